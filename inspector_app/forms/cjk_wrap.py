"""Chinese line breaking for reportlab paragraphs (避头尾: no line starts with "，" or "）").

reportlab breaks CJK text between any two characters and knows the Japanese rule that closing
punctuation may not start a line, but it hangs at most one mark in the margin and its list
lacks the Chinese full-width comma, semicolon and colon.  A decision whose line begins with
"，" after "（¥123000元）" looks careless on a legal document, so one breaking rule replaces
both of reportlab's CJK paths (single-style paragraphs and mixed-style ones):
- up to two closing marks hang into the right margin (）， or 》。);
- an opening mark (（《“) that would end a line moves to the start of the next line;
- a run of Latin letters or digits (a credit code, an amount, a year) is not split when it
  can move to the next line whole.
``install()`` swaps the splitters in for the whole process.  Rendering stays deterministic:
the breaks depend only on the text and the widths.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import paragraph

CANNOT_START = frozenset("，。、；：？！）》」』】〕”’…%·,.;:?!)]")
CANNOT_END = frozenset("（《「『【〔“‘([")
MAX_HANG = 2
FUZZ = 1e-6

Segment = tuple[int, int, float, bool]  # start, end, width used, ends with a <br/>


def _latin(char: str) -> bool:
    return bool(char) and ord(char[0]) < 0x3000 and not char.isspace()


def breaks(
    chars: Sequence[str],
    widths: Sequence[float],
    max_widths: Sequence[float],
    forced: frozenset[int] = frozenset(),
) -> list[Segment]:
    """Where to end each line; ``forced`` are indexes of explicit line breaks."""
    out: list[Segment] = []
    start = i = 0
    used = 0.0
    while i < len(chars):
        max_width = max_widths[min(len(out), len(max_widths) - 1)]
        if i in forced:
            out.append((start, i + 1, used + widths[i], True))
            start, i, used = i + 1, i + 1, 0.0
            continue
        if used + widths[i] <= max_width + FUZZ or i == start:
            used += widths[i]
            i += 1
            continue
        end = i
        while end < len(chars) and end - i < MAX_HANG and chars[end] in CANNOT_START:
            end += 1  # hangs into the margin
        if end == i:
            if _latin(chars[i]) and _latin(chars[i - 1]):
                run = i - 1
                while run > start and _latin(chars[run - 1]):
                    run -= 1
                if run > start + (i - start) // 2:
                    end = run  # the whole number or word goes to the next line
            if end - 1 > start and chars[end - 1] in CANNOT_END:
                end -= 1
        out.append((start, end, sum(widths[start:end]), False))
        start, i, used = end, end, 0.0
    if start < len(chars):
        out.append((start, len(chars), used, False))
    return out


def _width(glyph: Any, max_width: float) -> float:
    width = glyph.width
    if hasattr(width, "normalizedValue"):  # an inline image sized relative to the line
        width._normalizer = max_width
        width = width.normalizedValue(max_width)
    return float(width)


def cjk_frag_split(
    frags: list[Any], max_widths: list[float], calc_bounds: bool, encoding: str = "utf8"
) -> Any:
    """Drop-in for ``reportlab.platypus.paragraph.cjkFragSplit`` (mixed-style paragraphs)."""
    glyphs: list[Any] = []
    for frag in frags:
        text = frag.text.decode(encoding) if isinstance(frag.text, bytes) else frag.text
        if text:
            glyphs += [paragraph.cjkU(char, frag, encoding) for char in text]
        else:
            glyphs.append(paragraph.cjkU(text, frag, encoding))  # e.g. a <br/>
    widths = [_width(g, max_widths[0]) for g in glyphs]
    forced = frozenset(n for n, g in enumerate(glyphs) if hasattr(g.frag, "lineBreak"))
    lines = []
    for number, (start, end, used, line_break) in enumerate(
        breaks(glyphs, widths, max_widths, forced)
    ):
        width = max_widths[min(number, len(max_widths) - 1)]
        lines.append(
            paragraph.makeCJKParaLine(
                glyphs[start:end], width, used, width - used, line_break, calc_bounds
            )
        )
    return paragraph.ParaLines(kind=1, lines=lines)


def word_split(
    text: str | bytes,
    max_widths: float | Sequence[float],
    font_name: str,
    font_size: float,
    encoding: str = "utf8",
) -> list[list[Any]]:
    """Drop-in for ``reportlab.lib.textsplit.wordSplit`` (single-style CJK paragraphs)."""
    word = text.decode(encoding) if isinstance(text, bytes) else text
    limits = list(max_widths) if isinstance(max_widths, Sequence) else [max_widths]
    widths = [stringWidth(char, font_name, font_size) for char in word]
    return [
        [limits[min(n, len(limits) - 1)] - used, word[start:end]]
        for n, (start, end, used, _) in enumerate(breaks(word, widths, limits))
    ]


def install() -> None:
    paragraph.cjkFragSplit = cjk_frag_split
    paragraph.wordSplit = word_split
