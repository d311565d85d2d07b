"""Which fields each case step asks for: only what its document cannot take from the case.

``cases/documents.py`` fills the party, the provisions, the fine, earlier documents' numbers and
dates; what is left is asked here, one :class:`~.step_fields.Field` each, with the wording an
officer would most often write as the default (document wording, so Chinese whatever the UI
language) and the legal limit as a hint.  A value the guards read (a new due date, the end of
a sealing, whether a re-check found the violation corrected) goes to ``data``; the rest goes on
the document.  Every step of ``machine.STEPS`` has an entry, even an empty one, so a test can
tell a step that needs nothing from one that was forgotten.
"""

from __future__ import annotations

from dataclasses import replace

from inspector_app.ui.step_fields import QT_TRANSLATE_NOOP, Column, Field
from inspector_app.ui.step_forms_branches import APPROVAL, BRANCH_FORMS

RESULTS = (
    QT_TRANSLATE_NOOP("StepFields", "已改正"),
    QT_TRANSLATE_NOOP("StepFields", "部分改正"),
    QT_TRANSLATE_NOOP("StepFields", "未改正"),
)
SERVICE_METHODS = (
    QT_TRANSLATE_NOOP("StepFields", "直接送达"),
    QT_TRANSLATE_NOOP("StepFields", "留置送达"),
    QT_TRANSLATE_NOOP("StepFields", "委托送达"),
    QT_TRANSLATE_NOOP("StepFields", "邮寄送达"),
    QT_TRANSLATE_NOOP("StepFields", "电子送达"),
    QT_TRANSLATE_NOOP("StepFields", "公告送达"),
)

STARTED = Field(
    "started",
    QT_TRANSLATE_NOOP("StepFields", "开始时间"),
    placeholder=QT_TRANSLATE_NOOP("StepFields", "例：{day} 09时30分"),
)
ENDED = Field(
    "ended",
    QT_TRANSLATE_NOOP("StepFields", "结束时间"),
    placeholder=QT_TRANSLATE_NOOP("StepFields", "例：{day} 10时40分"),
)
PLACE = Field("place", QT_TRANSLATE_NOOP("StepFields", "地点"))
RECORD = (STARTED, ENDED, PLACE)
RECEIVER = (
    Field("receiver", QT_TRANSLATE_NOOP("StepFields", "受送达人（签收人）")),
    Field(
        "method",
        QT_TRANSLATE_NOOP("StepFields", "送达方式"),
        "choice",
        choices=SERVICE_METHODS,
    ),
    Field(
        "witness",
        QT_TRANSLATE_NOOP("StepFields", "见证人"),
        hint=QT_TRANSLATE_NOOP("StepFields", "拒绝签收而留置送达的，须有见证人"),
    ),
)
OTHER_PENALTIES = Field(
    "other_penalties",
    QT_TRANSLATE_NOOP("StepFields", "其他处罚种类"),
    "lines",
    placeholder=QT_TRANSLATE_NOOP("StepFields", "每行一项，没有则留空"),
)

# The short names of cases/suspension.py's grounds (Order 30 Arts. 35 and 36); the form prints
# the situation in full.
SUSPENSION_GROUNDS = (
    QT_TRANSLATE_NOOP("StepFields", "须等待相关案件或其他决定"),
    QT_TRANSLATE_NOOP("StepFields", "须送请有权机关解释或确认"),
    QT_TRANSLATE_NOOP("StepFields", "不可抗力"),
    QT_TRANSLATE_NOOP("StepFields", "当事人下落不明"),
    QT_TRANSLATE_NOOP("StepFields", "其他中止情形"),
)
TERMINATION_GROUNDS = (
    QT_TRANSLATE_NOOP("StepFields", "涉嫌违法的公民死亡"),
    QT_TRANSLATE_NOOP("StepFields", "法人或其他组织终止且无承受人"),
    QT_TRANSLATE_NOOP("StepFields", "其他终止情形"),
)
DETAILS = Field(
    "reason",
    QT_TRANSLATE_NOOP("StepFields", "具体情况"),
    "text",
    to="data",
    hint=QT_TRANSLATE_NOOP("StepFields", "选择“其他”情形时必填；写明事实及佐证材料"),
)

FORMS: dict[str, tuple[Field, ...]] = {
    "file": (APPROVAL,),
    "withdraw": (Field("reason", QT_TRANSLATE_NOOP("StepFields", "理由"), "text", to="data"),),
    "suspend": (
        Field(
            "ground_code",
            QT_TRANSLATE_NOOP("StepFields", "中止调查的情形"),
            "choice",
            to="data",
            choices=SUSPENSION_GROUNDS,
            hint=QT_TRANSLATE_NOOP(
                "StepFields", "《生态环境行政处罚办法》第三十五条；中止期间不计入办案期限"
            ),
        ),
        DETAILS,
        APPROVAL,
    ),
    "resume": (
        Field(
            "reason",
            QT_TRANSLATE_NOOP("StepFields", "中止原因消除的情况"),
            "text",
            to="data",
        ),
        APPROVAL,
    ),
    "terminate": (
        Field(
            "ground_code",
            QT_TRANSLATE_NOOP("StepFields", "终止调查的情形"),
            "choice",
            to="data",
            choices=TERMINATION_GROUNDS,
            hint=QT_TRANSLATE_NOOP("StepFields", "《生态环境行政处罚办法》第三十六条"),
        ),
        DETAILS,
        APPROVAL,
    ),
    "inquiry": (
        *RECORD,
        Field("interviewee", QT_TRANSLATE_NOOP("StepFields", "被询问人")),
        Field("interviewee_id", QT_TRANSLATE_NOOP("StepFields", "身份证号码")),
        Field("interviewee_employer", QT_TRANSLATE_NOOP("StepFields", "工作单位及职务")),
        Field("interviewee_phone", QT_TRANSLATE_NOOP("StepFields", "联系电话")),
        Field(
            "notice",
            QT_TRANSLATE_NOOP("StepFields", "告知内容"),
            "text",
            default="我们是生态环境执法人员，已向你出示执法证件。你有如实回答询问、"
            "协助调查的义务，有申请执法人员回避的权利。",
        ),
        Field("qa", "", "qa"),
    ),
    "sampling": (
        Field(
            "samples",
            QT_TRANSLATE_NOOP("StepFields", "样品"),
            "table",
            columns=(
                Column("sample_id", QT_TRANSLATE_NOOP("StepFields", "样品编号"), width=100),
                Column("point", QT_TRANSLATE_NOOP("StepFields", "采样点位")),
                Column("taken_at", QT_TRANSLATE_NOOP("StepFields", "采样时间"), width=80),
                Column("item", QT_TRANSLATE_NOOP("StepFields", "监测项目")),
                Column("container", QT_TRANSLATE_NOOP("StepFields", "容器"), default="聚乙烯瓶"),
                Column(
                    "preservation", QT_TRANSLATE_NOOP("StepFields", "保存方式"), default="0-4℃冷藏"
                ),
                Column("seal_no", QT_TRANSLATE_NOOP("StepFields", "封条编号"), width=90),
            ),
        ),
        Field("handed_to", QT_TRANSLATE_NOOP("StepFields", "样品移交接收单位")),
        Field("remarks", QT_TRANSLATE_NOOP("StepFields", "备注")),
    ),
    "preserve": (
        Field(
            "reason",
            QT_TRANSLATE_NOOP("StepFields", "登记保存理由"),
            "text",
            default="你单位涉嫌环境违法，相关物品系证明违法事实的证据",
        ),
        Field(
            "items",
            QT_TRANSLATE_NOOP("StepFields", "登记保存物品"),
            "table",
            columns=(
                Column("name", QT_TRANSLATE_NOOP("StepFields", "物品名称")),
                Column("spec", QT_TRANSLATE_NOOP("StepFields", "规格型号"), width=100),
                Column("quantity", QT_TRANSLATE_NOOP("StepFields", "数量"), width=60),
                Column("unit", QT_TRANSLATE_NOOP("StepFields", "单位"), width=50),
                Column("note", QT_TRANSLATE_NOOP("StepFields", "备注"), width=100),
            ),
        ),
        Field("storage_place", QT_TRANSLATE_NOOP("StepFields", "保存地点")),
        Field("custodian", QT_TRANSLATE_NOOP("StepFields", "保存人")),
    ),
    "preserve_decide": (
        Field(
            "decision",
            QT_TRANSLATE_NOOP("StepFields", "处理决定"),
            "choice",
            to="data",
            choices=(
                QT_TRANSLATE_NOOP("StepFields", "解除登记保存，退还当事人"),
                QT_TRANSLATE_NOOP("StepFields", "送检测、检验、鉴定"),
                QT_TRANSLATE_NOOP("StepFields", "依法予以没收"),
                QT_TRANSLATE_NOOP("StepFields", "移送有关机关"),
            ),
            hint=QT_TRANSLATE_NOOP(
                "StepFields", "登记保存后七日内作出处理决定（《行政处罚法》第五十六条）"
            ),
        ),
    ),
    "extend": (
        Field(
            "collective",
            QT_TRANSLATE_NOOP("StepFields", "经机关负责人集体讨论决定"),
            "check",
            to="data",
            hint=QT_TRANSLATE_NOOP(
                "StepFields", "第一次延长经机关负责人批准；再次延长须经集体讨论决定"
            ),
        ),
    ),
    "report": (),
    "prior_notice": (
        Field(
            "statement_days",
            QT_TRANSLATE_NOOP("StepFields", "陈述申辩期限（日）"),
            "int",
            default=5,
            hint=QT_TRANSLATE_NOOP("StepFields", "自告知书送达之日起计算"),
        ),
        OTHER_PENALTIES,
    ),
    "serve_notice": RECEIVER,
    "statement": (
        *RECORD,
        Field("speaker", QT_TRANSLATE_NOOP("StepFields", "陈述申辩人")),
        Field("statement", QT_TRANSLATE_NOOP("StepFields", "陈述申辩内容"), "text"),
        Field("review", QT_TRANSLATE_NOOP("StepFields", "复核意见"), "text"),
    ),
    "waive": (),
    "hearing_request": (
        Field(
            "requested",
            QT_TRANSLATE_NOOP("StepFields", "申请方式"),
            "choice",
            to="data",
            choices=(
                QT_TRANSLATE_NOOP("StepFields", "书面申请"),
                QT_TRANSLATE_NOOP("StepFields", "口头申请（已记录）"),
            ),
            hint=QT_TRANSLATE_NOOP(
                "StepFields", "告知书送达后五个工作日内提出（《行政处罚法》第六十四条、第八十五条）"
            ),
        ),
    ),
    "hearing_notice": (
        Field(
            "hearing_date",
            QT_TRANSLATE_NOOP("StepFields", "听证日期"),
            "date",
            to="data",
            default=9,  # a week and a weekend; the case proposes its own earliest date
            hint=QT_TRANSLATE_NOOP(
                "StepFields", "通知应在听证七个工作日前送达（《行政处罚法》第六十四条、第八十五条）"
            ),
            prefill="earliest_hearing",
        ),
        Field("hearing_time", QT_TRANSLATE_NOOP("StepFields", "听证时间"), default="上午9时30分"),
        Field("hearing_place", QT_TRANSLATE_NOOP("StepFields", "听证地点")),
        Field("chair", QT_TRANSLATE_NOOP("StepFields", "主持人")),
        Field("recorder", QT_TRANSLATE_NOOP("StepFields", "记录人")),
        Field("contact", QT_TRANSLATE_NOOP("StepFields", "联系人及电话")),
        Field("public", QT_TRANSLATE_NOOP("StepFields", "公开举行听证"), "check", default=True),
    ),
    "hearing_record": (
        *RECORD,
        Field("attendees", QT_TRANSLATE_NOOP("StepFields", "参加人员"), "lines"),
        Field(
            "investigator_case",
            QT_TRANSLATE_NOOP("StepFields", "调查人员提出的事实、证据和处罚建议"),
            "text",
        ),
        Field(
            "party_statement", QT_TRANSLATE_NOOP("StepFields", "当事人陈述、申辩和质证意见"), "text"
        ),
        Field("final_statements", QT_TRANSLATE_NOOP("StepFields", "最后陈述"), "text"),
    ),
    "legal_review": (
        Field(
            "submitted",
            QT_TRANSLATE_NOOP("StepFields", "送审材料"),
            default="案件调查报告、证据材料、事先告知书及送达回证。",
        ),
        Field(
            "review_findings",
            QT_TRANSLATE_NOOP("StepFields", "审核内容"),
            "lines",
            key="findings",
            default="执法主体合法，执法人员具有执法资格\n事实清楚，证据确凿\n"
            "适用法律正确，裁量适当\n程序合法",
        ),
        Field(
            "conclusion",
            QT_TRANSLATE_NOOP("StepFields", "结论意见"),
            default="同意承办机构的处理意见。",
        ),
        Field("reviewers", QT_TRANSLATE_NOOP("StepFields", "审核人员"), "lines"),
    ),
    "collective_discussion": (
        Field(
            "held",
            QT_TRANSLATE_NOOP("StepFields", "讨论时间"),
            placeholder=QT_TRANSLATE_NOOP("StepFields", "例：{day} 09时30分"),
        ),
        PLACE,
        Field("chair", QT_TRANSLATE_NOOP("StepFields", "主持人")),
        Field("recorder", QT_TRANSLATE_NOOP("StepFields", "记录人")),
        Field(
            "participants",
            QT_TRANSLATE_NOOP("StepFields", "出席人员"),
            "people",
            hint=QT_TRANSLATE_NOOP("StepFields", "至少三人，每行一位：姓名 职务"),
        ),
        Field("presentation", QT_TRANSLATE_NOOP("StepFields", "承办人汇报情况"), "text"),
        Field("discussion", QT_TRANSLATE_NOOP("StepFields", "讨论意见"), "lines"),
        Field(
            "conclusion",
            QT_TRANSLATE_NOOP("StepFields", "结论意见"),
            default="同意承办机构的处理意见。",
        ),
        Field("dissent", QT_TRANSLATE_NOOP("StepFields", "不同意见")),
    ),
    # Other kinds of penalty go with a fine; a no-penalty decision has none.
    "decide": (replace(OTHER_PENALTIES, when=lambda case: bool(getattr(case, "fine_fen", None))),),
    "onsite_decide": (
        Field(
            "fine",
            QT_TRANSLATE_NOOP("StepFields", "罚款金额"),
            "money",
            key="fine_fen",
            to="data",
            hint=QT_TRANSLATE_NOOP(
                "StepFields",
                "当场处罚：单位不超过3000元，个人不超过200元（《行政处罚法》第五十一条）",
            ),
        ),
        Field(
            "place",
            QT_TRANSLATE_NOOP("StepFields", "违法地点"),
            placeholder=QT_TRANSLATE_NOOP("StepFields", "留空则为当事人地址"),
        ),
    ),
    "onsite_report": (),
    "serve": RECEIVER,
    "pay": (
        Field(
            "amount",
            QT_TRANSLATE_NOOP("StepFields", "缴纳金额"),
            "money",
            key="amount_fen",
            to="data",
            default="fine",
        ),
    ),
    "defer": (
        Field(
            "mode",
            QT_TRANSLATE_NOOP("StepFields", "缴纳方式"),
            "choice",
            choices=(
                QT_TRANSLATE_NOOP("StepFields", "延期"),
                QT_TRANSLATE_NOOP("StepFields", "分期"),
            ),
            hint=QT_TRANSLATE_NOOP(
                "StepFields",
                "当事人确有经济困难的，经申请和批准可以暂缓或者分期缴纳（《行政处罚法》第六十六条）",
            ),
        ),
        Field("applied_on", QT_TRANSLATE_NOOP("StepFields", "申请日期"), "date"),
        Field(
            "reason",
            QT_TRANSLATE_NOOP("StepFields", "同意理由"),
            "text",
            default="你单位确有经济困难",
        ),
        Field(
            "deferred_to",
            QT_TRANSLATE_NOOP("StepFields", "延期缴纳期限"),
            "date",
            to="data",
            default=30,
            shown_if=("mode", "延期"),
        ),
        Field(
            "instalments",
            QT_TRANSLATE_NOOP("StepFields", "分期缴纳计划"),
            "table",
            to="data",
            shown_if=("mode", "分期"),
            columns=(
                Column("due_on", QT_TRANSLATE_NOOP("StepFields", "缴纳期限"), "date", default="30"),
                Column("amount_fen", QT_TRANSLATE_NOOP("StepFields", "缴纳金额（元）"), "money"),
            ),
            hint=QT_TRANSLATE_NOOP("StepFields", "各期金额合计须等于罚款金额"),
        ),
    ),
    "remind": (),
    "enforce": (
        Field(
            "attachments",
            QT_TRANSLATE_NOOP("StepFields", "附件"),
            "lines",
            default="行政处罚决定书及送达回证\n催告书及送达回证\n当事人身份材料",
            hint=QT_TRANSLATE_NOOP(
                "StepFields",
                "催告书送达十日后、复议诉讼期限届满后三个月内申请（《行政强制法》第五十三条、第五十四条）",
            ),
        ),
    ),
    "order_to_correct": (
        Field("corrections", QT_TRANSLATE_NOOP("StepFields", "改正要求"), "lines"),
        Field("deadline", QT_TRANSLATE_NOOP("StepFields", "改正期限"), "date", default=15),
    ),
    "recheck": (
        *RECORD,
        Field("findings", QT_TRANSLATE_NOOP("StepFields", "复查情况"), "text", to="both"),
        Field("result", QT_TRANSLATE_NOOP("StepFields", "复查结论"), "choice", choices=RESULTS),
        Field(
            "corrected",
            QT_TRANSLATE_NOOP("StepFields", "违法行为已改正"),
            "check",
            to="data",
            default=True,
        ),
    ),
    "close": (APPROVAL,),
    **BRANCH_FORMS,
}
