"""现场照片（图片、影像资料）证据: the photo evidence sheet (reference.md §1.2, row A).

Each photo is printed with its number, time, place (with GPS), photographer, what it shows and
the SHA-256 of the original, so paper and file can be matched.  Videos and recordings are
listed below the photos with their duration and hash.  The snapshot refers to each photo by
hash; the renderer is given the already shrunken JPEG bytes for it (photos are shrunk with
Pillow before embedding, so a sheet of twenty photos stays a few megabytes, not a hundred).
"""

from __future__ import annotations

import io
from collections.abc import Mapping
from typing import ClassVar

from pydantic import BaseModel, ConfigDict
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Image, KeepTogether, Spacer

from inspector_app.forms.base import DocumentRenderer, esc


class _Snap(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class PhotoLine(_Snap):
    seq: int
    sha256: str
    time: str  # 2026年11月20日 10时15分, or a note that the file carried no time
    place: str
    photographer: str
    caption: str
    camera: str = ""
    derived_note: str = ""  # "标注件：原件为第 3 号（SHA-256 …）"
    width: int = 4
    height: int = 3


class MediaLine(_Snap):
    seq: int
    name: str
    kind: str  # 视频 / 音频
    duration: str
    time: str
    sha256: str
    caption: str = ""


class PhotoSheetSnapshot(_Snap):
    agency_name: str
    inspection_id: str
    enterprise_name: str
    place: str
    inspected: str  # the inspection's time span
    photos: list[PhotoLine]
    media: list[MediaLine]


class PhotoSheetRenderer(DocumentRenderer):
    title: ClassVar[str] = "现场照片（图片、影像资料）证据"
    renderer_id: ClassVar[str] = "evidence_photo_sheet/1"
    photo_height = 82 * mm  # two photos with their tables fit on a page

    def __init__(self, images: Mapping[str, bytes]) -> None:
        super().__init__()
        self.images = images

    def header_text(self, snapshot: PhotoSheetSnapshot) -> str:
        return f"{snapshot.agency_name}  现场照片证据  {snapshot.enterprise_name}"

    def footer_text(self, snapshot: PhotoSheetSnapshot) -> str:
        return "当事人签字：____________    拍摄人签字：____________    见证人签字：____________"

    def _image(self, line: PhotoLine) -> Flowable:
        data = self.images.get(line.sha256)
        if data is None:
            return self.p(f"（照片文件缺失：{line.sha256}）", "small")
        width = self.content_width - 10 * mm
        height = width * line.height / line.width
        if height > self.photo_height:
            width, height = self.photo_height * line.width / line.height, self.photo_height
        image = Image(io.BytesIO(data), width=width, height=height)
        image.hAlign = "CENTER"
        return image

    def _photo(self, line: PhotoLine) -> Flowable:
        w = self.content_width
        rows: list[list[object]] = [
            ["照片编号", f"第 {line.seq} 号", "拍摄时间", line.time],
            ["拍摄地点", line.place, "", ""],
            ["拍摄人", line.photographer, "拍摄设备", line.camera or "—"],
            ["证明内容", line.caption or "（未填写）", "", ""],
            ["SHA-256", line.sha256, "", ""],
        ]
        if line.derived_note:
            rows.append(["说明", line.derived_note, "", ""])
        table = self.grid(rows, [22 * mm, w / 2 - 22 * mm, 22 * mm, w / 2 - 22 * mm])
        table.setStyle([("SPAN", (1, i), (3, i)) for i in (1, 3, 4, 5) if i < len(rows)])
        return KeepTogether([self._image(line), Spacer(1, 2 * mm), table, Spacer(1, 5 * mm)])

    def story(self, snapshot: PhotoSheetSnapshot) -> list[Flowable]:
        s = snapshot
        w = self.content_width
        out: list[Flowable] = [
            self.p(esc(s.agency_name), "agency"),
            self.p("现场照片（图片、影像资料）证据", "title"),
        ]
        head = self.grid(
            [
                ["被检查单位", s.enterprise_name],
                ["检查地点", s.place],
                ["检查时间", s.inspected],
            ],
            [28 * mm, w - 28 * mm],
        )
        out += [head, Spacer(1, 4 * mm)]
        if not s.photos:
            out.append(self.p("（本次检查未拍摄照片）"))
        out += [self._photo(line) for line in s.photos]
        if s.media:
            out.append(self.p("影像资料（视频、录音）", "heading"))
            rows: list[list[object]] = [["编号", "文件名", "类别", "时长", "拍摄时间", "SHA-256"]]
            rows += [[str(m.seq), m.name, m.kind, m.duration, m.time, m.sha256] for m in s.media]
            out.append(
                self.grid(
                    rows,
                    [11 * mm, 32 * mm, 12 * mm, 16 * mm, 30 * mm, w - 101 * mm],
                    header=True,
                    style="small",
                )
            )
        return out
