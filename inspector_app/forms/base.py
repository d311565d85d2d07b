"""The shared frame of every enforcement document: page, fonts, styles, header, page x of y.

A document type is a typed snapshot (what goes on paper) plus a renderer subclass that turns it
into flowables.  Rendering is pure: reportlab runs in invariant mode (no timestamps or random
ids in the file) and every value printed comes from the snapshot, so the same snapshot always
gives the same bytes and the stored SHA-256 can re-verify printed paper.
"""

from __future__ import annotations

import hashlib
import io
from collections.abc import Sequence
from typing import Any, ClassVar

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    PageTemplate,
    Paragraph,
    Table,
    TableStyle,
)

from inspector_app.forms import cjk_wrap
from inspector_app.forms.fonts import register_fonts
from inspector_app.forms.signed import Resolver, SignedBlocks
from inspector_app.i18n import Msg, UserError


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def esc(text: object) -> str:
    """Escape text for reportlab's mini-markup: an ampersand or '<' in a name must print as is."""
    return (
        (str(text) if text is not None else "")
        .replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
    )


class _NumberedCanvas(Canvas):
    """Defers page output until the total is known, then stamps "第 x 页 共 y 页" on each."""

    footer_font: ClassVar[str] = "Helvetica"

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("initialFontName", self.footer_font)  # no stray unembedded Helvetica
        super().__init__(*args, **kwargs)
        self._pages: list[dict[str, Any]] = []

    def showPage(self) -> None:
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._pages)
        for state in self._pages:
            self.__dict__.update(state)
            self._draw_page_number(total)
            super().showPage()
        super().save()

    def _draw_page_number(self, total: int) -> None:
        self.setFont(self.footer_font, 9)
        width, _ = self._pagesize
        self.drawRightString(width - 20 * mm, 12 * mm, f"第 {self._pageNumber} 页  共 {total} 页")


class DocumentRenderer(SignedBlocks):
    """Base class: subclasses set ``title`` and implement ``story``.

    ``resolver`` fetches signature images by SHA-256 for a signed version (forms/signed.py);
    an unsigned snapshot never calls it.

    Geometry follows the usual layout of the provincial forms: A4 portrait, 25 mm left margin
    for binding into the case file, 20 mm elsewhere, the document title centred on page one.
    """

    title: ClassVar[str] = ""
    renderer_id: ClassVar[str] = ""
    pagesize = A4
    left_margin = 25 * mm
    right_margin = 20 * mm
    top_margin = 20 * mm
    bottom_margin = 24 * mm

    def __init__(self, resolver: Resolver | None = None) -> None:
        super().__init__(resolver)
        cjk_wrap.install()  # Chinese line-start/line-end rules for every paragraph
        self.song, self.hei = register_fonts()
        self.styles = self.stylesheet()

    # -- styles ----------------------------------------------------------------------------
    def stylesheet(self) -> dict[str, ParagraphStyle]:
        """Named paragraph styles; CJK word wrap so lines break between any two characters."""
        base = ParagraphStyle(
            "body", fontName=self.song, fontSize=10.5, leading=16, wordWrap="CJK", alignment=TA_LEFT
        )
        return {
            "body": base,
            "agency": ParagraphStyle(
                "agency",
                parent=base,
                fontName=self.hei,
                fontSize=14,
                leading=20,
                alignment=TA_CENTER,
            ),
            "title": ParagraphStyle(
                "title",
                parent=base,
                fontName=self.hei,
                fontSize=20,
                leading=28,
                alignment=TA_CENTER,
                spaceAfter=2 * mm,
            ),
            "number": ParagraphStyle("number", parent=base, alignment=TA_RIGHT, fontSize=10.5),
            "heading": ParagraphStyle(
                "heading",
                parent=base,
                fontName=self.hei,
                fontSize=11.5,
                leading=18,
                spaceBefore=3 * mm,
                spaceAfter=1 * mm,
            ),
            "cell": ParagraphStyle("cell", parent=base, fontSize=9.5, leading=13),
            "cell_bold": ParagraphStyle(
                "cell_bold", parent=base, fontName=self.hei, fontSize=9.5, leading=13
            ),
            "small": ParagraphStyle(
                "small", parent=base, fontSize=9, leading=13, textColor=colors.HexColor("#333333")
            ),
        }

    def p(self, text: str, style: str = "body") -> Paragraph:
        return Paragraph(text, self.styles[style])

    def grid(
        self,
        rows: Sequence[Sequence[object]],
        widths: Sequence[float],
        header: bool = False,
        style: str = "cell",
    ) -> Table:
        """A ruled table whose string cells wrap; used for every tabular block of a form."""
        cells = [[self.p(esc(c), style) if isinstance(c, str) else c for c in row] for row in rows]
        table = Table(cells, colWidths=list(widths), repeatRows=1 if header else 0)
        commands: list[tuple[Any, ...]] = [
            ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
            # Table sets each cell's font even around a Paragraph; without this it pulls an
            # unembedded Helvetica into the file.
            ("FONT", (0, 0), (-1, -1), self.song),
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("LEFTPADDING", (0, 0), (-1, -1), 3),
            ("RIGHTPADDING", (0, 0), (-1, -1), 3),
        ]
        if header:
            commands.append(("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#eeeeee")))
        table.setStyle(TableStyle(commands))
        return table

    @property
    def content_width(self) -> float:
        return self.pagesize[0] - self.left_margin - self.right_margin

    # -- page decoration -------------------------------------------------------------------
    def header_text(self, snapshot: Any) -> str:
        """Printed at the top of every page after the first: which document this page is."""
        return self.title

    def footer_text(self, snapshot: Any) -> str:
        """Printed at the bottom left of every page (e.g. a signature line for each page)."""
        return ""

    def _decorate(self, canvas: Canvas, doc: BaseDocTemplate, snapshot: Any) -> None:
        canvas.saveState()
        height = self.pagesize[1]
        if doc.page > 1:
            canvas.setFont(self.song, 9)
            canvas.drawString(self.left_margin, height - 12 * mm, self.header_text(snapshot))
        footer = self.footer_text(snapshot)
        if footer:
            canvas.setFont(self.song, 9.5)
            canvas.drawString(self.left_margin, 12 * mm, footer)
        canvas.restoreState()

    # -- rendering -------------------------------------------------------------------------
    def story(self, snapshot: Any) -> list[Flowable]:
        raise NotImplementedError

    def render(self, snapshot: Any) -> bytes:
        """PDF bytes for the snapshot; identical input gives identical bytes."""
        self.begin_signatures(snapshot)
        buffer = io.BytesIO()
        doc = BaseDocTemplate(
            buffer,
            pagesize=self.pagesize,
            leftMargin=self.left_margin,
            rightMargin=self.right_margin,
            topMargin=self.top_margin,
            bottomMargin=self.bottom_margin,
            title=self.title,
            author="Field Inspector",
            subject=self.header_text(snapshot),
            creator="Field Inspector",
            invariant=1,
            initialFontName=self.song,  # else reportlab adds an unembedded Helvetica
        )
        frame = Frame(doc.leftMargin, doc.bottomMargin, doc.width, doc.height, id="body")
        doc.addPageTemplates(
            [
                PageTemplate(
                    id="page",
                    frames=[frame],
                    onPage=lambda canvas, d: self._decorate(canvas, d, snapshot),
                )
            ]
        )
        song = self.song

        class _Canvas(_NumberedCanvas):
            footer_font = song

        story = self.story(snapshot)
        if self._marks:  # a signature with no row to go in: never print it as unsigned
            names = "、".join(f"{m.name}（{m.label}）" for m in self._marks)
            raise UserError(
                Msg(
                    f"签名无法放入此文书的签名栏：{names}",
                    f"Signatures have no row in this document's signature block: {names}",
                )
            )
        doc.build(story, canvasmaker=_Canvas)
        return buffer.getvalue()
