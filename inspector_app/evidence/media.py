"""What kind of file is this, and what does it say about itself?

The content decides, not the name: the first bytes are matched against known signatures, and a
file whose name promises a photo, video, audio or PDF but whose bytes are something else is
refused.  Video and audio metadata come from small hand-written readers (the MP4/MOV ``mvhd``
box, the AVI ``avih`` header, ``wave`` from the standard library), so no heavy media library
is needed; what cannot be read is simply left empty.
"""

from __future__ import annotations

import mimetypes
import struct
import wave
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import BinaryIO

from inspector_app.evidence.photo import PhotoInfo, analyse_photo
from inspector_app.i18n import Msg

PHOTO_SUFFIXES = {".jpg", ".jpeg", ".png", ".heic", ".heif", ".webp", ".tif", ".tiff", ".gif"}
VIDEO_SUFFIXES = {".mp4", ".mov", ".avi", ".m4v"}
AUDIO_SUFFIXES = {".wav", ".mp3", ".m4a"}
DOCUMENT_SUFFIXES = {".pdf"}
HEIF_BRANDS = {b"heic", b"heix", b"hevc", b"heim", b"heis", b"mif1", b"msf1"}
MAC_EPOCH = datetime(1904, 1, 1, tzinfo=UTC)


class RefusedError(Exception):
    """The file is not taken in at all; ``msg`` says why in both languages."""

    def __init__(self, msg: Msg) -> None:
        super().__init__(msg.en)
        self.msg = msg


@dataclass
class MediaInfo:
    kind: str  # photo / video / audio / document / file
    media_type: str
    photo: PhotoInfo = field(default_factory=PhotoInfo)
    duration_s: float | None = None
    created_at: datetime | None = None
    warning: Msg | None = None


def sniff(head: bytes, suffix: str) -> tuple[str, str]:
    """(family, media type) from the first bytes; family 'unknown' when nothing matches."""
    if head.startswith(b"\xff\xd8\xff"):
        return "image", "image/jpeg"
    if head.startswith(b"\x89PNG\r\n\x1a\n"):
        return "image", "image/png"
    if head.startswith((b"GIF87a", b"GIF89a")):
        return "image", "image/gif"
    if head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        return "image", "image/webp"
    if head[:4] in (b"II*\x00", b"MM\x00*"):
        return "image", "image/tiff"
    if head.startswith(b"%PDF-"):
        return "document", "application/pdf"
    if head[4:8] == b"ftyp":
        brand = head[8:12]
        if brand in HEIF_BRANDS:
            return "heif", "image/heic"
        if brand == b"M4A ":
            return "audio", "audio/mp4"
        return "video", "video/quicktime" if brand == b"qt  " else "video/mp4"
    if head[4:8] in (b"moov", b"mdat", b"wide", b"free") and suffix in VIDEO_SUFFIXES:
        return "video", "video/quicktime"
    if head[:4] == b"RIFF" and head[8:12] == b"WAVE":
        return "audio", "audio/wav"
    if head[:4] == b"RIFF" and head[8:12] == b"AVI ":
        return "video", "video/x-msvideo"
    if head.startswith(b"ID3") or (
        suffix == ".mp3" and len(head) > 1 and head[0] == 0xFF and head[1] & 0xE0 == 0xE0
    ):
        return "audio", "audio/mpeg"
    return "unknown", mimetypes.guess_type(f"x{suffix}")[0] or "application/octet-stream"


def _heif_available() -> bool:
    """HEIC photos need pillow-heif; without it they are kept as plain files, not decoded."""
    try:
        from pillow_heif import register_heif_opener  # type: ignore[import-not-found]
    except ImportError:
        return False
    register_heif_opener()
    return True


# -- video and audio readers ------------------------------------------------------------------
def _find_box(fh: BinaryIO, start: int, end: int, name: bytes) -> tuple[int, int] | None:
    pos = start
    while pos + 8 <= end:
        fh.seek(pos)
        size, kind = struct.unpack(">I4s", fh.read(8))
        header = 8
        if size == 1:
            size = struct.unpack(">Q", fh.read(8))[0]
            header = 16
        elif size == 0:
            size = end - pos
        if size < header:
            return None
        if kind == name:
            return pos + header, min(pos + size, end)
        pos += size
    return None


def mp4_info(path: Path) -> tuple[float | None, datetime | None]:
    """Duration and creation time from the ``mvhd`` box of an MP4/MOV (ISO/IEC 14496-12).

    Times count seconds from 1904-01-01 in UTC by the standard; some recorders write local
    time there, which is why the viewer shows the EXIF/file time beside it.
    """
    with path.open("rb") as fh:
        end = fh.seek(0, 2)
        moov = _find_box(fh, 0, end, b"moov")
        if moov is None:
            return None, None
        mvhd = _find_box(fh, moov[0], moov[1], b"mvhd")
        if mvhd is None:
            return None, None
        fh.seek(mvhd[0])
        body = fh.read(32)
    if len(body) < 20:
        return None, None
    if body[0] == 1 and len(body) >= 32:
        created, _mod, scale, duration = struct.unpack(">QQIQ", body[4:32])
    else:
        created, _mod, scale, duration = struct.unpack(">IIII", body[4:20])
    seconds = duration / scale if scale else None
    when = MAC_EPOCH + timedelta(seconds=created) if created else None
    return seconds, when


def avi_duration(path: Path) -> float | None:
    """Microseconds per frame × frame count from the AVI main header (``avih``)."""
    with path.open("rb") as fh:
        head = fh.read(64)
    if head[12:16] != b"LIST" or head[20:24] != b"hdrl" or head[24:28] != b"avih":
        return None
    usec_per_frame, total_frames = struct.unpack("<I12xI", head[32:52])
    return usec_per_frame * total_frames / 1_000_000 if usec_per_frame and total_frames else None


MP3_BITRATES = (0, 32, 40, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320)  # MPEG-1 L3
MP3_RATES = (44100, 48000, 32000)


def mp3_duration(path: Path) -> float | None:
    """Best effort for MPEG-1 Layer III: the Xing/Info frame count, else constant bit rate."""
    with path.open("rb") as fh:
        size = fh.seek(0, 2)
        fh.seek(0)
        head = fh.read(10)
        start = 0
        if head[:3] == b"ID3" and len(head) == 10:
            start = 10 + ((head[6] << 21) | (head[7] << 14) | (head[8] << 7) | head[9])
        fh.seek(start)
        frame = fh.read(200)
    if len(frame) < 4 or frame[0] != 0xFF or frame[1] & 0xFE != 0xFA:
        return None  # not an MPEG-1 Layer III frame header: leave the duration empty
    bitrate_index, rate_index = frame[2] >> 4, (frame[2] >> 2) & 0x03
    if not 0 < bitrate_index < len(MP3_BITRATES) or rate_index >= len(MP3_RATES):
        return None
    rate = MP3_RATES[rate_index]
    for tag in (b"Xing", b"Info"):
        at = frame.find(tag)
        if at > 0 and frame[at + 7] & 0x01:  # the frame-count flag
            frames = struct.unpack(">I", frame[at + 8 : at + 12])[0]
            return frames * 1152 / rate
    return (size - start) * 8 / (MP3_BITRATES[bitrate_index] * 1000)


def wav_duration(path: Path) -> float | None:
    try:
        with wave.open(str(path), "rb") as wav:
            rate = wav.getframerate()
            return wav.getnframes() / rate if rate else None
    except (wave.Error, EOFError, OSError):
        return None


# -- the dispatcher ---------------------------------------------------------------------------
def _mismatch(name: str, expected: str) -> RefusedError:
    return RefusedError(
        Msg(
            f"“{name}”的文件名表明是{expected}，但内容不是，已拒绝导入；请检查该文件",
            f"'{name}' is named as a {expected_en(expected)} but its content is not one; "
            "it was refused. Check the file",
        )
    )


def expected_en(zh: str) -> str:
    return {"照片": "photo", "视频": "video", "音频": "audio recording", "PDF文件": "PDF"}.get(
        zh, zh
    )


def analyse(path: Path, original_name: str) -> MediaInfo:
    """Classify and read the staged copy; raises RefusedError for a mislabelled file."""
    suffix = Path(original_name).suffix.lower()
    with path.open("rb") as fh:
        head = fh.read(64)
    family, media_type = sniff(head, suffix)
    if family == "image":
        photo = analyse_photo(path)
        if photo.problem is not None:
            return MediaInfo("file", media_type, photo=photo, warning=photo.problem)
        return MediaInfo("photo", media_type, photo=photo)
    if family == "heif":
        if _heif_available():
            photo = analyse_photo(path)
            if photo.problem is not None:
                return MediaInfo("file", media_type, photo=photo, warning=photo.problem)
            return MediaInfo("photo", media_type, photo=photo)
        return MediaInfo(
            "file",
            media_type,
            warning=Msg(
                "不支持 HEIC 照片的预览（未安装 pillow-heif），已原样保存为文件",
                "HEIC photos are not supported for preview here (pillow-heif is not "
                "installed); the file is stored unaltered",
            ),
        )
    if family == "video":
        if media_type == "video/x-msvideo":
            return MediaInfo("video", media_type, duration_s=avi_duration(path))
        duration, created = mp4_info(path)
        return MediaInfo("video", media_type, duration_s=duration, created_at=created)
    if family == "audio":
        duration = wav_duration(path) if media_type == "audio/wav" else mp3_duration(path)
        if media_type == "audio/mp4":
            duration = mp4_info(path)[0]
        return MediaInfo("audio", media_type, duration_s=duration)
    if family == "document":
        return MediaInfo("document", media_type)
    for suffixes, expected in (
        (PHOTO_SUFFIXES, "照片"),
        (VIDEO_SUFFIXES, "视频"),
        (AUDIO_SUFFIXES, "音频"),
        (DOCUMENT_SUFFIXES, "PDF文件"),
    ):
        if suffix in suffixes:
            raise _mismatch(original_name, expected)
    return MediaInfo(
        "file",
        media_type,
        warning=Msg(
            "不是照片、视频、音频或PDF，无法预览，已原样保存为文件",
            "Not a photo, video, audio recording or PDF: no preview; stored unaltered as a file",
        ),
    )
