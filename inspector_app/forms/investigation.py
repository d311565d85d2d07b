"""Internal forms and records of a case: filing, inquiry, report, statement, re-check, closing.

These stay in the case file rather than going to the party, so they are ruled tables of
labelled fields with an approval chain (handler → department head → agency head, each with
signature and date) or, for records (笔录), a header, the questions and answers, and the
confirmation of the person heard on every page (reference.md §1.2 rows A–G).
"""

from __future__ import annotations

from datetime import date
from typing import Literal, Self

from pydantic import model_validator
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer

from inspector_app.forms.common import (
    F,
    Fen,
    Form,
    Officer,
    Party,
    Snap,
    Text,
    cn_date,
    missing,
)
from inspector_app.forms.layout import BLANK, FormRenderer


class Opinion(Snap):
    text: str = F("意见", "")
    signer: str = F("签字人", "")
    on: date | None = F("日期", None)


class QA(Snap):
    question: Text = F("问")
    answer: Text = F("答")


class FilingApprovalSnapshot(Form):
    number: Text = F("立案编号")
    source: Text = F("案件来源")
    cause: Text = F("案由")
    party: Party = F("当事人")
    summary: Text = F("简要案情及立案理由")
    handler: Opinion = F("承办人意见")
    department: Opinion = F("承办机构负责人意见", default_factory=Opinion)
    head: Opinion = F("机关负责人审批意见", default_factory=Opinion)


class FilingApprovalRenderer(FormRenderer):
    code = "filing_approval"
    title = "立案审批表"
    renderer_id = "filing_approval/1"

    def story(self, s: FilingApprovalSnapshot) -> list[Flowable]:
        rows = [("案件来源", s.source), ("案由", s.cause), *self.party_rows(s.party)]
        rows.append(("简要案情及立案理由", s.summary))
        return [
            *self.head(s),
            self.kv(rows),
            self.approval_chain(s.handler, s.department, s.head),
        ]


class RecordBase(Form):
    """A 笔录: when, where, who asked and who recorded; the person heard confirms each page."""

    started: Text = F("开始时间")
    ended: Text = F("结束时间")
    place: Text = F("地点")
    officers: list[Officer] = F("执法人员", min_length=2)
    recorder: Officer = F("记录人")


class _RecordRenderer(FormRenderer):
    who_signs = "被询问人"

    def footer_text(self, snapshot: RecordBase) -> str:
        return f"{self.who_signs}签名：____________    执法人员签名：____________"

    def record_head(self, s: RecordBase, extra: list[tuple[str, object]]) -> list[Flowable]:
        rows: list[tuple[str, object]] = [
            ("时间", f"{s.started} 至 {s.ended}"),
            ("地点", s.place),
            *extra,
            ("执法人员", self.officer_text(s.officers)),
            ("记录人", f"{s.recorder.name}（执法证号 {s.recorder.certificate_no}）"),
        ]
        return [*self.head(s), self.kv(rows), Spacer(1, 2 * mm)]

    def qa(self, items: list[QA]) -> list[Flowable]:
        out: list[Flowable] = []
        for item in items:
            out += self.para(f"问：{item.question}", "flush")
            out += self.para(f"答：{item.answer}", "flush")
        return out


class InquiryRecordSnapshot(RecordBase):
    cause: Text = F("案由")
    interviewee: Text = F("被询问人姓名")
    interviewee_id: Text = F("被询问人身份证号码")
    interviewee_employer: Text = F("工作单位及职务")
    interviewee_phone: str = F("联系电话", "")
    notice: Text = F("告知内容")
    questions: list[QA] = F("询问内容", min_length=1)


class InquiryRecordRenderer(_RecordRenderer):
    code = "inquiry_record"
    title = "调查询问笔录"
    renderer_id = "inquiry_record/1"

    def story(self, s: InquiryRecordSnapshot) -> list[Flowable]:
        person = f"{s.interviewee}  身份证号码：{s.interviewee_id}  电话：{s.interviewee_phone}"
        out = self.record_head(
            s,
            [("案由", s.cause), ("被询问人", person), ("工作单位及职务", s.interviewee_employer)],
        )
        out += self.para(f"告知：{s.notice}", "flush")
        out += self.qa(s.questions)
        out += self.para("被询问人确认：以上笔录我已看过（已向我宣读），与我所说的一致。", "flush")
        out.append(self.signatures(["被询问人", "询问人", "记录人"]))
        return out


class StatementRecordSnapshot(RecordBase):
    party: Party = F("当事人")
    prior_notice_number: Text = F("事先告知书文号")
    speaker: Text = F("陈述申辩人")
    statement: Text = F("陈述申辩内容")
    review: str = F("复核意见", "")


class StatementRecordRenderer(_RecordRenderer):
    code = "statement_record"
    title = "陈述申辩笔录"
    renderer_id = "statement_record/1"
    who_signs = "陈述申辩人"

    def story(self, s: StatementRecordSnapshot) -> list[Flowable]:
        out = self.record_head(
            s,
            [
                *self.party_rows(s.party),
                ("事先告知书文号", s.prior_notice_number),
                ("陈述申辩人", s.speaker),
            ],
        )
        out += self.section("陈述申辩内容", s.statement)
        if s.review:
            out += self.section("复核意见", s.review)
        out.append(self.signatures(["陈述申辩人", "执法人员", "记录人"]))
        return out


class InvestigationReportSnapshot(Form):
    case_number: Text = F("案件编号")
    cause: Text = F("案由")
    party: Party = F("当事人")
    investigators: list[Officer] = F("调查人员", min_length=2)
    process: Text = F("调查经过")
    facts: Text = F("违法事实")
    evidence: list[Text] = F("证据", min_length=1)
    violated_provision: Text = F("违反的法律条款")
    penalty_provision: Text = F("处罚依据")
    discretion: Text = F("裁量分析")
    proposal: Text = F("处理建议")
    reported_on: date = F("报告日期")


class InvestigationReportRenderer(FormRenderer):
    code = "investigation_report"
    title = "行政处罚案件调查报告"
    renderer_id = "investigation_report/1"

    def story(self, s: InvestigationReportSnapshot) -> list[Flowable]:
        out = [
            *self.head(s),
            self.kv([("案件编号", s.case_number), ("案由", s.cause), *self.party_rows(s.party)]),
        ]
        out += self.section("一、调查经过", s.process)
        out += self.para(f"调查人员：{self.officer_text(s.investigators)}")
        out += self.section("二、违法事实", s.facts)
        out += self.section("三、证据", [])
        out += self.numbered(s.evidence)
        out += self.section(
            "四、违反的法律条款和处罚依据",
            [f"违反：{s.violated_provision}", f"处罚依据：{s.penalty_provision}"],
        )
        out += self.section("五、裁量分析", s.discretion)
        out += self.section("六、处理建议", s.proposal)
        out.append(self.signatures(["调查人员", "调查人员", "承办机构负责人"]))
        out += self.para(f"报告日期：{cn_date(s.reported_on)}", "seal")
        return out


class RecheckRecordSnapshot(RecordBase):
    party: Party = F("当事人")
    order_number: Text = F("责令改正决定书文号")
    method: Text = F("复查方式")
    findings: Text = F("复查情况")
    result: Literal["已改正", "部分改正", "未改正"] = F("复查结论")
    evidence: list[str] = F("复查证据", default_factory=list)


class RecheckRecordRenderer(_RecordRenderer):
    code = "recheck_record"
    title = "复查记录"
    renderer_id = "recheck_record/1"
    who_signs = "当事人现场负责人"

    def story(self, s: RecheckRecordSnapshot) -> list[Flowable]:
        out = self.record_head(
            s,
            [
                *self.party_rows(s.party),
                ("原责令改正决定书", s.order_number),
                ("复查方式", s.method),
            ],
        )
        out += self.section("复查情况", s.findings)
        out += self.section("复查结论", s.result)
        if s.evidence:
            out += self.section("复查证据", [])
            out += self.numbered(s.evidence)
        out.append(self.signatures(["当事人现场负责人", "复查人", "复查人", "记录人"]))
        return out


ONSITE_OUTCOME = "当场处罚"  # a simple-procedure case is never filed (cases/documents.py)


class ClosingApprovalSnapshot(Form):
    case_number: Text = F("案件编号")
    cause: Text = F("案由")
    party: Party = F("当事人")
    filed_on: date | None = F("立案日期", None)  # none for an on-the-spot (simple) procedure
    decision_number: Text = F("处理决定文号")
    outcome: Text = F("处理结果")
    fine_fen: Fen | None = F("罚款金额", None)
    paid_fen: Fen | None = F("已缴罚款", None)
    paid_on: date | None = F("缴款日期", None)
    execution: Text = F("执行情况")
    correction: Text = F("整改情况")
    closing_reason: Text = F("结案理由")
    handler: Opinion = F("承办人意见")
    department: Opinion = F("承办机构负责人意见", default_factory=Opinion)
    head: Opinion = F("机关负责人审批意见", default_factory=Opinion)

    @model_validator(mode="after")
    def _filed_unless_on_the_spot(self) -> Self:
        if self.filed_on is None and self.outcome != ONSITE_OUTCOME:
            raise missing("立案日期")
        return self


class ClosingApprovalRenderer(FormRenderer):
    code = "closing_approval"
    title = "行政处罚案件结案审批表"
    renderer_id = "closing_approval/1"

    def story(self, s: ClosingApprovalSnapshot) -> list[Flowable]:
        paid = "—"
        if s.paid_fen is not None:
            paid = f"{self.money(s.paid_fen)}，{cn_date(s.paid_on) if s.paid_on else BLANK}缴纳"
        rows: list[tuple[str, object]] = [
            ("案件编号", s.case_number),
            ("案由", s.cause),
            *self.party_rows(s.party),
            ("立案日期", cn_date(s.filed_on) if s.filed_on else "简易程序，未立案"),
            ("处理决定文号", s.decision_number),
            ("处理结果", s.outcome),
            ("罚款金额", self.money(s.fine_fen) if s.fine_fen is not None else "—"),
            ("罚款缴纳情况", paid),
            ("执行情况", s.execution),
            ("整改情况", s.correction),
            ("结案理由", s.closing_reason),
        ]
        return [
            *self.head(s),
            self.kv(rows),
            self.approval_chain(s.handler, s.department, s.head),
        ]


class SuspensionApprovalSnapshot(Form):
    """中止/恢复/终止案件调查审批表 (reference.md §1.1 T6b): one form, three actions."""

    action: Literal["中止", "恢复", "终止"] = F("审批事项")
    case_number: Text = F("案件编号")
    cause: Text = F("案由")
    party: Party = F("当事人")
    filed_on: date = F("立案日期")
    suspended_on: date | None = F("中止调查日期", None)
    ground: Text = F("理由")
    basis: Text = F("依据")
    handler: Opinion = F("承办人意见")
    department: Opinion = F("承办机构负责人意见", default_factory=Opinion)
    head: Opinion = F("机关负责人审批意见", default_factory=Opinion)


class SuspensionApprovalRenderer(FormRenderer):
    code = "investigation_suspension"
    title = "中止（恢复、终止）案件调查审批表"
    renderer_id = "investigation_suspension/1"

    def doc_title(self, snapshot: SuspensionApprovalSnapshot) -> str:
        return f"{snapshot.action}案件调查审批表"

    def story(self, s: SuspensionApprovalSnapshot) -> list[Flowable]:
        reason_label = "恢复调查理由" if s.action == "恢复" else f"{s.action}调查理由"
        rows: list[tuple[str, object]] = [
            ("案件编号", s.case_number),
            ("案由", s.cause),
            *self.party_rows(s.party),
            ("立案日期", cn_date(s.filed_on)),
        ]
        if s.suspended_on is not None:
            rows.append(("中止调查日期", cn_date(s.suspended_on)))
        rows += [(reason_label, s.ground), ("依据", s.basis)]
        return [
            *self.head(s),
            self.kv(rows),
            self.approval_chain(s.handler, s.department, s.head),
        ]
