"""现场检查笔录: the on-site inspection record (reference.md §1.2, row A).

Fields per the document guide: start and end time, place, the inspected unit and its legal
representative, the people present (name, sex, position, ID number, phone), two inspectors and a
recorder with certificate numbers, the identity / notice / recusal script, the record body (what
was checked and found, with the legal basis of every finding), evidence taken, and signatures:
the inspected party confirms each page, then inspectors, recorder, and a witness line for a
refusal to sign.
"""

from __future__ import annotations

from typing import ClassVar

from pydantic import BaseModel, ConfigDict
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, Spacer

from inspector_app.forms.base import DocumentRenderer, esc
from inspector_app.forms.signed import Signable


class _Snap(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class PersonLine(_Snap):
    name: str
    certificate_no: str = ""


class PartyLine(_Snap):
    name: str
    sex: str = ""
    position: str = ""
    id_number: str = ""
    phone: str = ""


class ItemLine(_Snap):
    code: str
    text: str
    result: str  # 符合 / 不符合 / 不适用 / a number with its unit / text
    note: str = ""
    finding: bool = False


class ChecklistBlock(_Snap):
    title: str
    version: int
    items: list[ItemLine]


class FindingLine(_Snap):
    code: str
    text: str
    note: str
    basis: str


class OnsiteRecordSnapshot(_Snap, Signable):
    """Everything the record prints, already formatted (times in China Standard Time)."""

    agency_name: str
    inspection_id: str
    inspection_version: int = 1
    supersedes_note: str = ""
    kind_label: str
    started: str  # e.g. 2026年11月23日 09时05分
    ended: str
    place: str
    enterprise_name: str
    credit_code: str
    legal_representative: str
    enterprise_address: str
    enterprise_phone: str = ""
    inspectors: list[PersonLine]
    recorder: PersonLine
    parties: list[PartyLine]
    notice: str
    checklists: list[ChecklistBlock]
    findings: list[FindingLine]
    evidence_summary: str = ""


class OnsiteRecordRenderer(DocumentRenderer):
    title: ClassVar[str] = "现场检查笔录"
    renderer_id: ClassVar[str] = "onsite_record/2"  # 2: embedded fonts only, CJK line breaking

    def header_text(self, snapshot: OnsiteRecordSnapshot) -> str:
        return f"{snapshot.agency_name}  现场检查笔录  {snapshot.enterprise_name}"

    def footer_text(self, snapshot: OnsiteRecordSnapshot) -> str:
        # Each page is confirmed by the inspected party (reference.md §1.2 row A, "each page").
        return "被检查单位现场负责人签字：____________    检查人签字：____________"

    def story(self, snapshot: OnsiteRecordSnapshot) -> list[Flowable]:
        s = snapshot
        w = self.content_width
        out: list[Flowable] = [
            self.p(esc(s.agency_name), "agency"),
            self.p("现场检查笔录", "title"),
        ]
        if s.supersedes_note:
            out.append(self.p(esc(s.supersedes_note), "small"))
        label_w = 30 * mm
        half = (w - 2 * label_w) / 2
        rows: list[list[object]] = [
            ["检查时间", f"{s.started} 至 {s.ended}", "", ""],
            ["检查地点", s.place, "", ""],
            ["检查类型", s.kind_label, "", ""],
            ["被检查单位", s.enterprise_name, "", ""],
            ["统一社会信用代码", s.credit_code, "法定代表人", s.legal_representative],
            ["单位地址", s.enterprise_address, "联系电话", s.enterprise_phone],
        ]
        table = self.grid(rows, [label_w, half, label_w, half])
        table.setStyle([("SPAN", (1, i), (3, i)) for i in range(4)])
        out.append(table)

        out.append(self.p("现场负责人及在场人员", "heading"))
        party_rows: list[list[object]] = [["姓名", "性别", "职务", "身份证号码", "联系电话"]]
        party_rows += [[pl.name, pl.sex, pl.position, pl.id_number, pl.phone] for pl in s.parties]
        if not s.parties:
            party_rows.append(["（无）", "", "", "", ""])
        out.append(
            self.grid(party_rows, [25 * mm, 14 * mm, 33 * mm, w - 112 * mm, 40 * mm], header=True)
        )

        out.append(self.p("执法人员", "heading"))
        officer_rows: list[list[object]] = [["角色", "姓名", "执法证号"]]
        officer_rows += [["检查人", o.name, o.certificate_no] for o in s.inspectors]
        officer_rows.append(["记录人", s.recorder.name, s.recorder.certificate_no])
        out.append(self.grid(officer_rows, [30 * mm, 50 * mm, w - 80 * mm], header=True))

        out.append(self.p("告知事项", "heading"))
        out.append(self.p(esc(s.notice)))

        out.append(self.p("检查情况", "heading"))
        for block in s.checklists:
            out.append(CondPageBreak(30 * mm))
            out.append(self.p(f"{esc(block.title)}（第{block.version}版）", "cell_bold"))
            rows = [["编号", "检查内容", "结果", "情况说明"]]
            rows += [[i.code, i.text, i.result, i.note] for i in block.items]
            grid = self.grid(rows, [12 * mm, w - 82 * mm, 22 * mm, 48 * mm], header=True)
            grid.setStyle(
                [
                    ("TEXTCOLOR", (2, n + 1), (2, n + 1), "#b00000")
                    for n, i in enumerate(block.items)
                    if i.finding
                ]
            )
            out.append(grid)
            out.append(Spacer(1, 2 * mm))

        out.append(self.p("发现的问题及法律依据", "heading"))
        if s.findings:
            for n, f in enumerate(s.findings, start=1):
                out.append(
                    self.p(
                        f"{n}. [{esc(f.code)}] {esc(f.text)}：{esc(f.note)}<br/>"
                        f"<font size=9>依据：{esc(f.basis)}</font>"
                    )
                )
        else:
            out.append(self.p("本次检查未发现违法问题。"))
        if s.evidence_summary:
            out.append(self.p("现场取证情况", "heading"))
            out.append(self.p(esc(s.evidence_summary)))
        out.append(KeepTogether(self._signatures(s)))
        return out

    def _signatures(self, s: OnsiteRecordSnapshot) -> list[Flowable]:
        w = self.content_width
        line = "________________"
        width = w - 45 * mm - 6

        def row(label: str, blank: str) -> list[object]:
            marks = self.take(label)
            return [label, self.signed(marks, self.styles["cell"], width) if marks else blank]

        rows: list[list[object]] = [
            ["被检查单位现场负责人意见", "以上笔录我已看过，与事实相符。"],
            row("被检查单位现场负责人签字", f"{line}    日期：{line}"),
            row("检查人签字", f"{line}    {line}    日期：{line}"),
            row("记录人签字", f"{line}    日期：{line}"),
            ["拒绝签字情况", "当事人拒绝签字的，注明情况：" + line * 2],
            row("见证人签字", f"{line}    身份证号码：{line}    日期：{line}"),
        ]
        return [
            Spacer(1, 4 * mm),
            self.p("签字确认", "heading"),
            self.grid(rows, [45 * mm, w - 45 * mm]),
        ]
