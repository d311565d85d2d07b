"""Real media files written by the tests: JPEGs with EXIF and GPS, a PNG bomb, an MP4 header."""

from __future__ import annotations

import io
import struct
import zlib
from datetime import datetime

from PIL import ExifTags, Image


def jpeg_bytes(
    size: tuple[int, int] = (640, 480),
    color: tuple[int, int, int] = (200, 100, 50),
    taken: str | None = "2026:11:20 10:15:30",
    offset: str | None = "+08:00",
    gps: tuple[float, float, float] | None = (36.0584722, 103.8367361, 1520.5),
    accuracy: float | None = 4.5,
    make: str = "Canon",
    model: str = "EOS R6",
    orientation: int = 1,
) -> bytes:
    """A real JPEG with EXIF (camera, time, offset, orientation) and a GPS IFD."""
    img = Image.new("RGB", size, color)
    exif = Image.Exif()
    exif[0x010F] = make
    exif[0x0110] = model
    exif[0x0112] = orientation
    sub = exif.get_ifd(ExifTags.IFD.Exif)
    if taken:
        sub[0x9003] = taken
    if offset:
        sub[0x9011] = offset
    if gps:
        lat, lon, alt = gps

        def dms(value: float) -> tuple[float, float, float]:
            d = int(abs(value))
            m = int((abs(value) - d) * 60)
            s = round((abs(value) - d - m / 60) * 3600, 4)
            return (float(d), float(m), s)

        info = {1: "N" if lat >= 0 else "S", 2: dms(lat), 3: "E" if lon >= 0 else "W"}
        info |= {4: dms(lon), 5: b"\x00" if alt >= 0 else b"\x01", 6: abs(alt)}
        if accuracy is not None:
            info[31] = accuracy
        exif.get_ifd(ExifTags.IFD.GPSInfo).update(info)
    buffer = io.BytesIO()
    img.save(buffer, "JPEG", exif=exif, quality=85)
    return buffer.getvalue()


def png_header_only(width: int, height: int) -> bytes:
    """A PNG that claims huge dimensions: a decompression bomb as Pillow sees it at open."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return (
            struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
        )

    ihdr = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    idat = zlib.compress(b"\x00" * 16)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", idat) + chunk(b"IEND", b"")


def mp4_bytes(duration_s: int = 95, created: datetime | None = None, version: int = 0) -> bytes:
    """A minimal MP4 (ftyp + moov/mvhd + mdat) as a recorder would write its header."""
    mac = 0
    if created is not None:
        mac = int((created - datetime(1904, 1, 1, tzinfo=created.tzinfo)).total_seconds())
    scale = 1000
    if version == 1:
        body = struct.pack(">B3xQQIQ", 1, mac, mac, scale, duration_s * scale) + b"\x00" * 80
    else:
        body = struct.pack(">B3xIIII", 0, mac, mac, scale, duration_s * scale) + b"\x00" * 80
    mvhd = struct.pack(">I4s", 8 + len(body), b"mvhd") + body
    moov = struct.pack(">I4s", 8 + len(mvhd), b"moov") + mvhd
    ftyp = struct.pack(">I4s", 16, b"ftyp") + b"isom" + b"\x00\x00\x02\x00"
    mdat = struct.pack(">I4s", 8 + 4096, b"mdat") + bytes(range(256)) * 16
    return ftyp + mdat + moov
