"""Hearing and review: hearing notice and record, legal review opinion, collective discussion.

The hearing notice must reach the party at least seven days before the hearing (行政处罚法
Art. 64, reference.md T10), so a notice dated less than seven days ahead is refused.  Legal
review (Art. 58) and collective discussion by the agency heads (Art. 57) are records of who
decided what, so each lists its participants and the conclusion.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Self

from pydantic import model_validator
from reportlab.platypus import Flowable

from inspector_app.forms.common import F, Form, Letter, Party, Snap, Text, cn_date, invalid
from inspector_app.forms.investigation import Opinion, RecordBase, _RecordRenderer
from inspector_app.forms.layout import FormRenderer

HEARING_NOTICE_DAYS = 7


class HearingNoticeSnapshot(Letter):
    party: Party = F("当事人")
    cause: Text = F("案由")
    request_date: date = F("听证申请日期")
    hearing_date: date = F("听证日期")
    hearing_time: Text = F("听证时间")  # e.g. 上午9时30分
    hearing_place: Text = F("听证地点")
    public: bool = F("公开听证", True)
    chair: Text = F("听证主持人")
    recorder: Text = F("听证记录员")
    contact: Text = F("联系人及电话")

    @model_validator(mode="after")
    def _seven_days(self) -> Self:
        if self.hearing_date < self.issued_on + timedelta(days=HEARING_NOTICE_DAYS):
            raise invalid(
                "听证通知应当在举行听证的七日前送达（《行政处罚法》第六十四条），请推后听证日期",
                "The hearing notice must reach the party seven days before the hearing "
                "(Administrative Penalty Law Art. 64); move the hearing date later",
            )
        return self


class HearingNoticeRenderer(FormRenderer):
    code = "hearing_notice"
    title = "行政处罚听证通知书"
    renderer_id = "hearing_notice/1"

    def story(self, s: HearingNoticeSnapshot) -> list[Flowable]:
        you, we = s.party.you, s.agency_short
        public = "公开" if s.public else "不公开"
        out = [*self.head(s), *self.party_lines(s.party)]
        out += self.para(
            f"根据{you}于{cn_date(s.request_date)}提出的听证申请，{we}决定于"
            f"{cn_date(s.hearing_date)}{s.hearing_time}在{s.hearing_place}对{s.cause}一案"
            f"{public}举行听证。听证主持人：{s.chair}；听证记录员：{s.recorder}。"
        )
        out += self.para(
            f"{you}可以亲自参加听证，也可以委托一至二人代理。委托代理人参加的，应当提交授权委托书。"
            f"{you}认为主持人与本案有直接利害关系的，有权申请回避。"
            f"无正当理由拒不出席听证或者未经许可中途退出听证的，视为放弃听证权利。"
        )
        out += self.para(f"联系人及电话：{s.contact}")
        out.append(self.seal(s.agency_name, s.issued_on))
        return out


class HearingRecordSnapshot(RecordBase):
    cause: Text = F("案由")
    party: Party = F("当事人")
    attendees: list[Text] = F("参加人员", min_length=1)
    investigator_case: Text = F("调查人员提出的事实、证据和处罚建议")
    party_statement: Text = F("当事人陈述、申辩和质证意见")
    final_statements: Text = F("最后陈述")


class HearingRecordRenderer(_RecordRenderer):
    code = "hearing_record"
    title = "听证笔录"
    renderer_id = "hearing_record/1"
    who_signs = "听证参加人"

    def story(self, s: HearingRecordSnapshot) -> list[Flowable]:
        out = self.record_head(
            s, [("案由", s.cause), *self.party_rows(s.party), ("参加人员", "、".join(s.attendees))]
        )
        out += self.section("一、调查人员提出的事实、证据和处罚建议", s.investigator_case)
        out += self.section("二、当事人陈述、申辩和质证意见", s.party_statement)
        out += self.section("三、最后陈述", s.final_statements)
        out.append(self.signatures(["听证主持人", "听证记录员", "当事人或其代理人", "调查人员"]))
        return out


class LegalReviewSnapshot(Form):
    case_number: Text = F("案件编号")
    cause: Text = F("案由")
    party: Party = F("当事人")
    submitted: Text = F("送审材料")
    findings: list[Text] = F("审核内容", min_length=1)  # authority, facts, basis, procedure…
    conclusion: Text = F("审核意见")
    reviewers: list[Text] = F("审核人员", min_length=1)
    reviewed_on: date = F("审核日期")


class LegalReviewRenderer(FormRenderer):
    code = "legal_review"
    title = "重大行政处罚法制审核意见书"
    renderer_id = "legal_review/1"

    def story(self, s: LegalReviewSnapshot) -> list[Flowable]:
        out = [
            *self.head(s),
            self.kv([("案件编号", s.case_number), ("案由", s.cause), *self.party_rows(s.party)]),
        ]
        out += self.section("一、送审材料", s.submitted)
        out += self.section("二、审核内容", [])
        out += self.numbered(s.findings)
        out += self.section("三、审核意见", s.conclusion)
        out += self.para(f"审核人员：{'、'.join(s.reviewers)}")
        out.append(self.seal(s.agency_name, s.reviewed_on))
        return out


class Participant(Snap):
    name: Text = F("姓名")
    position: Text = F("职务")


class DiscussionRecordSnapshot(Form):
    case_number: Text = F("案件编号")
    cause: Text = F("案由")
    held: Text = F("讨论时间")
    place: Text = F("讨论地点")
    chair: Text = F("主持人")
    recorder: Text = F("记录人")
    participants: list[Participant] = F("出席人员", min_length=3)
    presentation: Text = F("承办人汇报情况")
    discussion: list[Text] = F("讨论意见", min_length=1)
    conclusion: Text = F("讨论决定")
    dissent: str = F("不同意见", "")
    head_opinion: Opinion = F("机关负责人意见", default_factory=Opinion)


class DiscussionRecordRenderer(FormRenderer):
    code = "collective_discussion"
    title = "案件集体讨论笔录"
    renderer_id = "collective_discussion/1"

    def story(self, s: DiscussionRecordSnapshot) -> list[Flowable]:
        people = "、".join(f"{p.name}（{p.position}）" for p in s.participants)
        rows: list[tuple[str, object]] = [
            ("案件编号", s.case_number),
            ("案由", s.cause),
            ("时间", s.held),
            ("地点", s.place),
            ("主持人", s.chair),
            ("记录人", s.recorder),
            ("出席人员", people),
        ]
        out = [*self.head(s), self.kv(rows)]
        out += self.section("一、承办人汇报案件情况", s.presentation)
        out += self.section("二、讨论意见", [])
        out += self.numbered(s.discussion)
        out += self.section("三、讨论决定", s.conclusion)
        if s.dissent:
            out += self.section("四、不同意见", s.dissent)
        out.append(self.signatures([f"出席人员：{p.name}" for p in s.participants]))
        return out
