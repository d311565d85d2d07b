"""Reading a photo without changing it: EXIF (time, GPS, camera) and a small thumbnail.

Pillow only ever *reads* the stored original here; nothing is saved back through it (a JPEG
saved by Pillow loses its EXIF, evidence-and-sync.md §4.1).  The thumbnail uses JPEG draft
(DCT) scaling, which ``Image.thumbnail`` applies when it runs on a freshly opened image, and
``exif_transpose`` runs *after* it because transposing first forces a full decode.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

from PIL import ExifTags, Image, ImageOps, UnidentifiedImageError

from inspector_app.i18n import Msg

THUMB_SIZE = (256, 256)
CHINA_TIME = timezone(timedelta(hours=8), "CST")  # EXIF times without an offset are taken as this

TAG_MAKE, TAG_MODEL, TAG_DATETIME = 0x010F, 0x0110, 0x0132
TAG_DATETIME_ORIGINAL, TAG_DATETIME_DIGITIZED, TAG_OFFSET_ORIGINAL = 0x9003, 0x9004, 0x9011
GPS_LAT_REF, GPS_LAT, GPS_LON_REF, GPS_LON, GPS_ALT_REF, GPS_ALT = 1, 2, 3, 4, 5, 6
GPS_H_ERROR = 31  # GPSHPositioningError: horizontal accuracy in metres


@dataclass
class PhotoInfo:
    """What a photo says about itself; ``problem`` is set when it cannot be shown."""

    width: int | None = None
    height: int | None = None
    captured_at: datetime | None = None
    capture_source: str = ""
    gps_lat: float | None = None
    gps_lon: float | None = None
    gps_alt: float | None = None
    gps_accuracy_m: float | None = None
    camera_make: str = ""
    camera_model: str = ""
    thumbnail: Image.Image | None = None
    problem: Msg | None = None
    exif: dict[str, Any] = field(default_factory=dict)


def _text(value: object) -> str:
    if isinstance(value, bytes):
        value = value.decode("utf-8", "replace")
    return str(value or "").replace("\x00", "").strip()


def parse_exif_time(raw: object, offset: object = None) -> tuple[datetime | None, str]:
    """'2026:11:20 10:15:30' (+ optional '+08:00') to an aware datetime and its source."""
    text = _text(raw)
    try:
        naive = datetime.strptime(text[:19], "%Y:%m:%d %H:%M:%S")
    except ValueError:
        return None, ""
    off = _text(offset)
    if len(off) == 6 and off[0] in "+-" and off[3] == ":":
        sign = 1 if off[0] == "+" else -1
        try:
            delta = timedelta(hours=int(off[1:3]), minutes=int(off[4:6])) * sign
        except ValueError:
            delta = None
        if delta is not None:
            return naive.replace(tzinfo=timezone(delta)), "exif+offset"
    return naive.replace(tzinfo=CHINA_TIME), "exif"


def _degrees(value: object, ref: object, negative: str) -> float | None:
    try:
        d, m, s = (float(x) for x in value)  # type: ignore[attr-defined]
    except (TypeError, ValueError, ZeroDivisionError):
        return None
    result = d + m / 60 + s / 3600
    return -result if _text(ref).upper() == negative else result


def _number(value: object) -> float | None:
    try:
        result = float(value)  # type: ignore[arg-type]
    except (TypeError, ValueError, ZeroDivisionError):
        return None
    return result if result == result else None  # NaN from a 0/0 rational


def _read_exif(img: Image.Image, info: PhotoInfo) -> None:
    exif = img.getexif()
    info.camera_make = _text(exif.get(TAG_MAKE))[:100]
    info.camera_model = _text(exif.get(TAG_MODEL))[:100]
    sub = exif.get_ifd(ExifTags.IFD.Exif)
    raw = (
        sub.get(TAG_DATETIME_ORIGINAL) or sub.get(TAG_DATETIME_DIGITIZED) or exif.get(TAG_DATETIME)
    )
    info.captured_at, info.capture_source = parse_exif_time(raw, sub.get(TAG_OFFSET_ORIGINAL))
    gps = exif.get_ifd(ExifTags.IFD.GPSInfo)
    if gps:
        info.gps_lat = _degrees(gps.get(GPS_LAT), gps.get(GPS_LAT_REF), "S")
        info.gps_lon = _degrees(gps.get(GPS_LON), gps.get(GPS_LON_REF), "W")
        alt = _number(gps.get(GPS_ALT))
        if alt is not None and gps.get(GPS_ALT_REF) in (1, b"\x01"):
            alt = -alt
        info.gps_alt = alt
        info.gps_accuracy_m = _number(gps.get(GPS_H_ERROR))


def analyse_photo(path: Path) -> PhotoInfo:
    """EXIF and thumbnail of an image file; never raises for bad image data.

    A decompression bomb is not decoded at all (Pillow raises or warns at open time, and the
    warning is checked here too because the app does not turn warnings into errors).
    """
    info = PhotoInfo()
    try:
        with Image.open(path) as img:
            info.width, info.height = img.size
            if img.width * img.height > (Image.MAX_IMAGE_PIXELS or 0) > 0:
                raise Image.DecompressionBombError("too many pixels")
            try:
                _read_exif(img, info)
            except Exception:  # damaged EXIF must not stop the import of the photo
                info.exif = {}
            img.thumbnail(THUMB_SIZE)
            thumb = ImageOps.exif_transpose(img)
            info.thumbnail = thumb.convert("RGB")
    except (Image.DecompressionBombError, Image.DecompressionBombWarning):
        dims = f"{info.width}×{info.height}" if info.width else "?"
        info.problem = Msg(
            f"图像像素过多（{dims}），疑为“解压炸弹”，未解码，已原样保存为文件",
            f"The image has too many pixels ({dims}) and may be a "
            "decompression bomb; it was not decoded and is stored unaltered as a plain file",
        )
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError, EOFError) as exc:
        info.problem = Msg(
            f"图像已损坏或不完整（{exc}），无法显示，已原样保存为文件",
            f"The image is damaged or incomplete ({exc}); it cannot be shown and is stored "
            "unaltered as a plain file",
        )
    if info.problem is not None:
        info.thumbnail = None
    return info


def make_thumbnail(path: Path) -> Image.Image | None:
    """A fresh thumbnail of a stored photo (the cache is rebuildable from the originals)."""
    return analyse_photo(path).thumbnail


def exif_details(path: Path) -> dict[str, str]:
    """Every readable EXIF and GPS tag by name, for the viewer's detail panel."""
    result: dict[str, str] = {}
    try:
        with Image.open(path) as img:
            exif = img.getexif()
            for tag, value in exif.items():
                if tag not in (ExifTags.IFD.Exif, ExifTags.IFD.GPSInfo):
                    result[ExifTags.TAGS.get(tag, hex(tag))] = _shown(value)
            for tag, value in exif.get_ifd(ExifTags.IFD.Exif).items():
                result[ExifTags.TAGS.get(tag, hex(tag))] = _shown(value)
            for tag, value in exif.get_ifd(ExifTags.IFD.GPSInfo).items():
                result[ExifTags.GPSTAGS.get(tag, f"GPS{tag:#x}")] = _shown(value)
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError, EOFError):
        return {}
    except (Image.DecompressionBombError, Image.DecompressionBombWarning):
        return {}
    return result


def _shown(value: object) -> str:
    if isinstance(value, bytes):
        return value[:64].hex() if any(b > 127 or b < 9 for b in value[:64]) else _text(value)
    if isinstance(value, tuple):
        return ", ".join(_shown(v) for v in value)
    return _text(value)[:200]
