"""Building blocks shared by the document renderers, so each document module stays short.

Two shapes cover the whole document set of reference.md §1.2:
- *letters* issued in the agency's name (decisions, notices, letters): agency name, title,
  number, a party block, numbered sections of running text, then the agency name, seal place
  and date at the bottom right;
- *forms* kept in the case file (approval forms, records): a ruled table of labelled fields,
  opinion rows with signer and date, and signature lines.
Every page carries the document number (bottom left) and page x of y (bottom right).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date
from typing import Any, ClassVar, Protocol

from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer, Table

from inspector_app.forms.amounts import amount_text
from inspector_app.forms.base import DocumentRenderer, esc
from inspector_app.forms.common import Appeal, Officer, Party, cn_date

BLANK = "________________"


class OpinionLike(Protocol):
    """One signed opinion of an approval chain (investigation.Opinion and its kin)."""

    text: str
    signer: str
    on: date | None


class FormRenderer(DocumentRenderer):
    """A document renderer with the shared blocks; subclasses implement ``story``."""

    code: ClassVar[str] = ""

    def stylesheet(self) -> dict[str, ParagraphStyle]:
        styles = super().stylesheet()
        body = styles["body"]
        styles["letter"] = ParagraphStyle(
            "letter", parent=body, fontSize=12, leading=21, firstLineIndent=24
        )
        styles["flush"] = ParagraphStyle("flush", parent=styles["letter"], firstLineIndent=0)
        styles["seal"] = ParagraphStyle("seal", parent=styles["flush"], alignment=TA_RIGHT)
        styles["letter_heading"] = ParagraphStyle(
            "letter_heading",
            parent=styles["letter"],
            fontName=self.hei,
            spaceBefore=2 * mm,
        )
        return styles

    # -- page decoration ---------------------------------------------------------------------
    def doc_title(self, snapshot: Any) -> str:
        """The printed title; a few documents vary it (e.g. a prior notice with hearing rights)."""
        return self.title

    def header_text(self, snapshot: Any) -> str:
        number = getattr(snapshot, "number", "")
        return f"{snapshot.agency_name}  {self.doc_title(snapshot)}  {number}".rstrip()

    def footer_text(self, snapshot: Any) -> str:
        number = getattr(snapshot, "number", "")
        return f"文书编号：{number}" if number else ""

    # -- text --------------------------------------------------------------------------------
    def para(self, text: str, style: str = "letter") -> list[Flowable]:
        """Running text; each line of the input becomes its own indented paragraph."""
        return [self.p(esc(line), style) for line in str(text).splitlines() if line.strip()]

    def markup(self, text: str, style: str = "letter") -> Flowable:
        """One paragraph whose text the caller has already escaped (to mix in <b> etc.)."""
        return self.p(text, style)

    def section(self, heading: str, text: str | Iterable[str]) -> list[Flowable]:
        lines = [text] if isinstance(text, str) else list(text)
        out: list[Flowable] = [self.p(esc(heading), "letter_heading")]
        for line in lines:
            out += self.para(line)
        return out

    @staticmethod
    def spaced(table: Flowable) -> list[Flowable]:
        """A table inside running text, with a little air above and below."""
        return [Spacer(1, 2 * mm), table, Spacer(1, 2 * mm)]

    def numbered(self, items: Sequence[str], style: str = "letter") -> list[Flowable]:
        return [self.p(f"{n}. {esc(item)}", style) for n, item in enumerate(items, start=1)]

    @staticmethod
    def money(fen: int) -> str:
        return amount_text(fen)

    # -- blocks of a letter ------------------------------------------------------------------
    def head(self, snapshot: Any) -> list[Flowable]:
        out: list[Flowable] = [
            self.p(esc(snapshot.agency_name), "agency"),
            self.p(esc(self.doc_title(snapshot)), "title"),
        ]
        number = getattr(snapshot, "number", "")
        if number:
            out.append(self.p(esc(number), "number"))
        out.append(Spacer(1, 3 * mm))
        return out

    def party_lines(self, party: Party, label: str = "当事人") -> list[Flowable]:
        lines = [f"{label}：{party.name}", f"{party.code_label}：{party.printed_code}"]
        lines.append(f"地址：{party.address}")
        if party.legal_representative:
            title = f"（{party.position}）" if party.position else ""
            lines.append(f"法定代表人（负责人）：{party.legal_representative}{title}")
        return [self.p(esc(line), "flush") for line in lines]

    def addressee(self, name: str) -> Flowable:
        return self.p(f"{esc(name)}：", "flush")

    def appeal(self, appeal: Appeal, subject: str = "本决定") -> list[Flowable]:
        months = {6: "六"}.get(appeal.litigation_months, str(appeal.litigation_months))
        days = {60: "六十"}.get(appeal.review_days, str(appeal.review_days))
        return self.para(
            f"如不服{subject}，可以在收到{subject}书之日起{days}日内向{appeal.review_body}"
            f"申请行政复议，也可以在{months}个月内直接向{appeal.court}提起行政诉讼。"
        )

    def seal(self, agency_name: str, on: date | None, receipt: bool = False) -> Flowable:
        """Agency name and date at the bottom right, with room above for the seal; with
        ``receipt`` the party's acknowledgement line stays on the same page.

        Any letter can be signed for by the party (a signed version, forms/signed.py): the
        acknowledgement line then carries the signature, on letters without one too.
        """
        parts: list[Flowable] = [
            Spacer(1, 8 * mm),
            self.p("（印章）", "seal"),
            self.p(esc(agency_name), "seal"),
            self.p(cn_date(on), "seal"),
        ]
        marks = self.take("当事人签收")
        copies = "（本文书一式两份）" if receipt else ""
        if marks:
            parts += [Spacer(1, 4 * mm), self._receipt_line(marks, copies)]
        elif receipt:
            parts.append(Spacer(1, 4 * mm))
            parts.append(self.p(f"当事人签收：{BLANK}    日期：{BLANK}{copies}", "small"))
        return KeepTogether(parts)

    def _receipt_line(self, marks: Sequence[Any], copies: str) -> Flowable:
        label_w, note_w = 22 * mm, 32 * mm
        width = self.content_width - label_w - note_w
        line = Table(
            [["当事人签收：", self.signed(marks, self.styles["small"], width - 4), copies]],
            colWidths=[label_w, width, note_w],
            hAlign="LEFT",
        )
        line.setStyle(
            [
                ("FONT", (0, 0), (-1, -1), self.song, 9),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ]
        )
        return line

    # -- blocks of a form --------------------------------------------------------------------
    def kv(self, pairs: Sequence[tuple[str, object]], label_width: float = 34 * mm) -> Table:
        """A ruled two-column table of labelled values; long values wrap."""
        rows = [[label, self.cell(value)] for label, value in pairs]
        return self.grid(rows, [label_width, self.content_width - label_width])

    def cell(self, value: object, style: str = "cell") -> Flowable:
        """A table cell whose line breaks are kept (reportlab otherwise joins the lines)."""
        if isinstance(value, Flowable | list):  # already laid out (e.g. a signature)
            return value  # type: ignore[return-value]
        text = "" if value is None else str(value)
        return self.p("<br/>".join(esc(line) for line in text.splitlines()), style)

    def party_rows(self, party: Party) -> list[tuple[str, object]]:
        rows: list[tuple[str, object]] = [
            ("当事人", party.name),
            (party.code_label, party.printed_code),
            ("地址", party.address),
        ]
        if party.legal_representative:
            rows.append(("法定代表人（负责人）", party.legal_representative))
        if party.phone:
            rows.append(("联系电话", party.phone))
        return rows

    def officer_text(self, officers: Sequence[Officer]) -> str:
        return "、".join(f"{o.name}（执法证号 {o.certificate_no}）" for o in officers)

    def opinion(self, text: str, signer: str = "", on: date | None = None) -> str:
        """An opinion cell: the opinion, then who gave it and when, as written on the form."""
        tail = f"签字：{signer or BLANK}    日期：{cn_date(on)}"
        return f"{text}\n{tail}" if text else tail

    def opinions(self, rows: Sequence[tuple[str, str, str, date | None]]) -> Table:
        """Approval chain rows (label, opinion, signer, date), one ruled row each."""
        cells: list[list[object]] = []
        for label, text, signer, on in rows:
            cells.append([label, self.cell(self.opinion(text, signer, on))])
        return self.grid(cells, [34 * mm, self.content_width - 34 * mm])

    def approval_chain(
        self, handler: OpinionLike, department: OpinionLike, head: OpinionLike
    ) -> Table:
        """The usual three opinions of an approval form: handler, department, agency head."""
        return self.opinions(
            [
                ("承办人意见", handler.text, handler.signer, handler.on),
                ("承办机构意见", department.text, department.signer, department.on),
                ("机关负责人意见", head.text, head.signer, head.on),
            ]
        )

    def signatures(self, labels: Sequence[str]) -> Flowable:
        """The signature block: one ruled row per label, blank or with its signatures drawn."""
        width = self.content_width - 45 * mm
        rows: list[list[object]] = []
        for n, label in enumerate(labels):
            marks = self.take(label, rest=label not in labels[n + 1 :])
            blank = f"{BLANK}    日期：{BLANK}"
            rows.append(
                [label, self.signed(marks, self.styles["cell"], width - 6) if marks else blank]
            )
        return KeepTogether([Spacer(1, 4 * mm), self.grid(rows, [45 * mm, width])])

    def signature_line(self, label: str, blank: str, width: float) -> Flowable:
        """A cell that is ``blank`` (its text) until someone signs in row ``label``."""
        marks = self.take(label)
        return self.signed(marks, self.styles["cell"], width) if marks else self.cell(blank)
