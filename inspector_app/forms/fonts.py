"""Registering the bundled Chinese fonts with reportlab, once per process.

Documents embed subsets of TrueType fonts shipped in ``resources/fonts``, so a printed PDF never
depends on the fonts of the laptop or the reviewer's viewer (reportlab's built-in STSong-Light
is not embedded and shows blanks where the viewer lacks a Chinese font).
"""

from __future__ import annotations

from functools import cache

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from inspector_app.bundle import resources_dir

FONTS_DIR = resources_dir() / "fonts"
SONG = "FI-Song"  # AR PL UMing: body text, as official documents are set in a Song face
HEI = "FI-Hei"  # WenQuanYi Micro Hei: titles and headings


@cache
def register_fonts() -> tuple[str, str]:
    """Register both faces and return their names; later calls cost nothing."""
    pdfmetrics.registerFont(TTFont(SONG, str(FONTS_DIR / "uming.ttc"), subfontIndex=0))
    pdfmetrics.registerFont(TTFont(HEI, str(FONTS_DIR / "wqy-microhei.ttc"), subfontIndex=0))
    return SONG, HEI
