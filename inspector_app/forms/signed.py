"""Signatures drawn into a document's signature block, from images addressed by SHA-256.

A signed document is a new version whose snapshot lists its signatures (:class:`SignatureMark`):
who signed in which row of the block, the SHA-256 of the PNG, or a refusal with its witness.
The snapshot holds only the hash, never the image, so rendering stays pure: the renderer is
given a *resolver* that fetches blob bytes by hash, checks that the bytes still hash to what the
snapshot says, and draws them.  A missing or altered image stops the rendering with a
bilingual error; it never yields a silently unsigned PDF.

Which row a role signs in is read from the renderer itself: :meth:`SignedBlocks.signature_rows`
runs the story once and records every row label the block helpers print, so a new document type
needs no table of its own.
"""

from __future__ import annotations

import hashlib
import io
from collections.abc import Callable, Sequence
from datetime import date
from typing import Any, Literal

from PIL import Image as PILImage
from pydantic import BaseModel, ConfigDict, Field, SerializerFunctionWrapHandler, model_serializer
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Image, Paragraph, Table, TableStyle

from inspector_app.i18n import Msg, UserError

Role = Literal["officer", "party", "witness", "recorder", "receiver"]
Resolver = Callable[[str], bytes]

IMAGE_HEIGHT = 11 * mm  # the row of a signature block: image scaled to this height at most
IMAGE_WIDTH = 34 * mm

# Row labels of the signature blocks that each role signs in, most specific first
# (forms/*.py: signatures([...]), the receipt line of a letter, the proof of service).
ROLE_LABELS: dict[str, tuple[str, ...]] = {
    "party": (
        "当事人签名",
        "当事人",
        "被询问人",
        "陈述申辩人",
        "当事人或其代理人",
        "当事人现场负责人",
        "被检查单位现场负责人签字",
        "被采样单位人员",
        "当事人签收",
    ),
    "officer": (
        "执法人员签名",
        "执法人员",
        "询问人",
        "调查人员",
        "复查人",
        "检查人签字",
        "采样人",
        "送达人",
        "移送人",
    ),
    "witness": ("见证人", "见证人签字"),
    "recorder": ("记录人", "记录人签字", "听证记录员"),
    "receiver": ("受送达人签收", "当事人签收", "接收人", "样品接收人"),
}


class SignatureMark(BaseModel):
    """One signature (or refusal) as the snapshot of a signed version carries it."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    role: Role
    label: str = Field(min_length=1)  # the row of the block it is drawn in
    name: str = Field(min_length=1)
    sha256: str = ""  # of the PNG in the evidence store; empty for a refusal
    refused: bool = False
    witness: str = ""
    on: date


class Signable(BaseModel):
    """Mixed into a snapshot: the signatures of a signed version, in the order given.

    An unsigned snapshot dumps exactly as before the field existed, so stored snapshots and
    their hashes do not change.
    """

    signatures: list[SignatureMark] = Field(default_factory=list, title="签名")

    @model_serializer(mode="wrap")
    def _omit_unsigned(self, handler: SerializerFunctionWrapHandler) -> Any:
        data = handler(self)
        if isinstance(data, dict) and not data.get("signatures"):
            data.pop("signatures", None)
        return data


def digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def choose_label(rows: Sequence[str], role: str, taken: Sequence[str]) -> str | None:
    """The row ``role`` signs in: the first matching row not yet filled, else the first match.

    ``rows`` lists the block's labels in print order (a label may repeat, e.g. two 执法人员
    rows); ``taken`` the labels of the signatures already on the document.
    """
    wanted = ROLE_LABELS.get(role, ())
    matches = [label for label in wanted if label in rows]
    for label in matches:
        if rows.count(label) > list(taken).count(label):
            return label
    return matches[0] if matches else None


def load_images(marks: Sequence[SignatureMark], resolver: Resolver | None) -> dict[str, bytes]:
    """The verified PNG bytes of every signature, by hash; refuses a missing or altered one."""
    images: dict[str, bytes] = {}
    for mark in marks:
        if mark.refused or mark.sha256 in images:
            continue
        if resolver is None:
            raise UserError(
                Msg(
                    "此文书有签名，须从证据库读取签名图像后才能生成",
                    "This document is signed: its signature images must be read from the "
                    "evidence store to render it",
                )
            )
        try:
            data = resolver(mark.sha256)
        except (OSError, KeyError) as exc:
            raise UserError(
                Msg(
                    f"找不到{mark.name}的签名图像（{mark.sha256[:12]}…），无法生成已签名文书",
                    f"The signature image of {mark.name} ({mark.sha256[:12]}…) is missing; "
                    "the signed document cannot be rendered",
                )
            ) from exc
        if digest(data) != mark.sha256:
            raise UserError(
                Msg(
                    f"{mark.name}的签名图像已被改动（哈希值不符），拒绝生成",
                    f"The signature image of {mark.name} was altered (hash mismatch); "
                    "refusing to render",
                )
            )
        images[mark.sha256] = data
    return images


class SignedBlocks:
    """Mixed into DocumentRenderer: the state of one rendering and the row helpers."""

    song: str

    def __init__(self, resolver: Resolver | None = None) -> None:
        self.resolver = resolver
        self._marks: list[SignatureMark] = []
        self._images: dict[str, bytes] = {}
        self._rows: list[str] = []

    def begin_signatures(self, snapshot: Any) -> None:
        """Called before the story: the marks to draw, their images verified."""
        self._marks = list(getattr(snapshot, "signatures", None) or [])
        self._images = load_images(self._marks, self.resolver)
        self._rows = []

    def signature_rows(self, snapshot: Any) -> list[str]:
        """The labels of the rows a signature can go in, in print order (runs the story)."""
        self._marks, self._images, self._rows = [], {}, []
        self.story(snapshot)
        return list(self._rows)

    def story(self, snapshot: Any) -> list[Flowable]:
        raise NotImplementedError

    def take(self, label: str, rest: bool = True) -> list[SignatureMark]:
        """The signatures for one row labelled ``label``: the next one, or (``rest``) all left.

        Where a label repeats (two 执法人员 rows), each row takes one signature in order and
        the last row takes the rest, side by side.
        """
        self._rows.append(label)
        mine = [m for m in self._marks if m.label == label]
        taken = mine if rest else mine[:1]
        for mark in taken:
            self._marks.remove(mark)
        return taken

    def signed(self, marks: Sequence[SignatureMark], style: Any, width: float) -> Flowable:
        """Signatures side by side in ``width``: the image (or 拒绝签字), then name and date."""
        each = width / max(1, len(marks))
        image_w = min(IMAGE_WIDTH + 2 * mm, each * 0.55)
        row: list[Flowable] = []
        for mark in marks:
            when = f"{mark.on.year}年{mark.on.month}月{mark.on.day}日"
            if mark.refused:
                row.append(Paragraph("<b>拒绝签字</b>", style))
                text = f"{_esc(mark.name)}<br/>见证人：{_esc(mark.witness)}<br/>{when}"
            else:
                row.append(self._signature_image(self._images[mark.sha256], image_w - 2 * mm))
                text = f"{_esc(mark.name)}<br/>{when}"
            row.append(Paragraph(text, style))
        table = Table([row], colWidths=[image_w, each - image_w] * len(marks), hAlign="LEFT")
        table.setStyle(
            TableStyle(
                [
                    ("FONT", (0, 0), (-1, -1), self.song),
                    ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 2),
                    ("TOPPADDING", (0, 0), (-1, -1), 0),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
                ]
            )
        )
        return table

    @staticmethod
    def _signature_image(png: bytes, max_width: float) -> Flowable:
        """The PNG scaled to fit the row height and ``max_width`` (aspect kept)."""
        with PILImage.open(io.BytesIO(png)) as picture:
            width, height = picture.size
        scale = min(max_width / width, IMAGE_HEIGHT / height)
        image = Image(io.BytesIO(png), width=width * scale, height=height * scale)
        image.hAlign = "LEFT"
        return image


def _esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
