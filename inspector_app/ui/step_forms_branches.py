"""The fields of the five types of cases' steps (and sealing's papers): see :mod:`.step_forms`.

Measures and transfers carry lists (sealed items, people, materials) and legal periods
(sealing ≤ 30 days plus one extension ≤ 30, 行政强制法 Art. 25; transfer within three days),
so they are kept apart from the main procedure's simpler forms.
"""

from __future__ import annotations

from dataclasses import replace

from inspector_app.ui.step_fields import QT_TRANSLATE_NOOP, Column, Field

APPROVAL = Field("approval", "", "opinion")
PERSONS = Field(
    "persons",
    QT_TRANSLATE_NOOP("StepFields", "涉案人员"),
    "table",
    prefill="persons",
    columns=(
        Column("name", QT_TRANSLATE_NOOP("StepFields", "姓名"), width=90),
        Column("id_number", QT_TRANSLATE_NOOP("StepFields", "身份证号码"), width=180),
        Column("position", QT_TRANSLATE_NOOP("StepFields", "职务")),
    ),
)
MATERIALS = Field(
    "materials",
    QT_TRANSLATE_NOOP("StepFields", "移送材料"),
    "table",
    columns=(
        Column("name", QT_TRANSLATE_NOOP("StepFields", "材料名称")),
        Column("pages", QT_TRANSLATE_NOOP("StepFields", "页数"), "int", width=60),
        Column("form", QT_TRANSLATE_NOOP("StepFields", "原件/复印件"), default="复印件", width=100),
    ),
    default=(
        {"name": "案件调查报告"},
        {"name": "现场检查笔录、调查询问笔录"},
        {"name": "现场照片、视频资料及说明"},
    ),
    hint=QT_TRANSLATE_NOOP("StepFields", "作出移送决定后三日内移送（页数须填写）"),
)
SEALED_ITEMS = Field(
    "items",
    QT_TRANSLATE_NOOP("StepFields", "查封（扣押）物品"),
    "table",
    columns=(
        Column("name", QT_TRANSLATE_NOOP("StepFields", "名称")),
        Column("spec", QT_TRANSLATE_NOOP("StepFields", "规格型号"), width=90),
        Column("quantity", QT_TRANSLATE_NOOP("StepFields", "数量"), width=50),
        Column("unit", QT_TRANSLATE_NOOP("StepFields", "单位"), width=50),
        Column("location", QT_TRANSLATE_NOOP("StepFields", "存放地点"), width=120),
        Column("seal_no", QT_TRANSLATE_NOOP("StepFields", "封条编号"), width=100),
    ),
)

BRANCH_FORMS: dict[str, tuple[Field, ...]] = {
    "daily_penalty": (
        Field(
            "daily",
            QT_TRANSLATE_NOOP("StepFields", "每日罚款数额"),
            "money",
            key="daily_fen",
            default="fine",
            hint=QT_TRANSLATE_NOOP(
                "StepFields",
                "按原处罚数额按日连续处罚；计罚日数自责令改正决定书送达次日起至复查发现拒不改正之日止，自动计算",
            ),
        ),
        Field(
            "refusal_facts",
            QT_TRANSLATE_NOOP("StepFields", "拒不改正的事实"),
            "text",
            placeholder=QT_TRANSLATE_NOOP("StepFields", "留空则取复查记录"),
        ),
    ),
    "production_order": (
        Field(
            "measure",
            QT_TRANSLATE_NOOP("StepFields", "措施种类"),
            "choice",
            choices=(
                QT_TRANSLATE_NOOP("StepFields", "限制生产"),
                QT_TRANSLATE_NOOP("StepFields", "停产整治"),
            ),
        ),
        Field("start_on", QT_TRANSLATE_NOOP("StepFields", "起始日期"), "date", default=1),
        Field(
            "end_on",
            QT_TRANSLATE_NOOP("StepFields", "截止日期"),
            "date",
            default=90,
            hint=QT_TRANSLATE_NOOP(
                "StepFields",
                "限制生产一般不超过三个月，情况复杂的经批准可再延长不超过三个月（环境保护部令第30号（2014））",
            ),
        ),
        Field("corrections", QT_TRANSLATE_NOOP("StepFields", "整改要求"), "lines"),
        Field(
            "duties",
            QT_TRANSLATE_NOOP("StepFields", "当事人义务"),
            "text",
            default="整改期间，你单位应当按照整改要求整改，并于整改完成后向我局报告整改情况。",
        ),
    ),
    "seal": (
        Field(
            "measure",
            QT_TRANSLATE_NOOP("StepFields", "措施种类"),
            "choice",
            choices=(
                QT_TRANSLATE_NOOP("StepFields", "查封"),
                QT_TRANSLATE_NOOP("StepFields", "扣押"),
            ),
        ),
        SEALED_ITEMS,
        Field("start_on", QT_TRANSLATE_NOOP("StepFields", "起始日期"), "date", to="both"),
        Field(
            "end_on",
            QT_TRANSLATE_NOOP("StepFields", "截止日期"),
            "date",
            to="both",
            default=29,
            hint=QT_TRANSLATE_NOOP(
                "StepFields",
                "不得超过三十日；情况复杂的经负责人批准可延长，延长不超过三十日（《行政强制法》第二十五条）",
            ),
        ),
        Field("custodian", QT_TRANSLATE_NOOP("StepFields", "保管人")),
    ),
    "seal_extend": (
        Field(
            "new_end_on",
            QT_TRANSLATE_NOOP("StepFields", "延长后截止日期"),
            "date",
            to="both",
            default=30,
            prefill="seal_extend_until",
            hint=QT_TRANSLATE_NOOP("StepFields", "只能延长一次，自原截止日期次日起不超过三十日"),
        ),
        Field(
            "reason",
            QT_TRANSLATE_NOOP("StepFields", "延期理由"),
            "text",
            default="案情复杂，需进一步调查取证",
        ),
    ),
    "seal_release": (
        Field(
            "reason",
            QT_TRANSLATE_NOOP("StepFields", "解除理由"),
            "text",
            default="违法事实已经查清，已无需继续查封（扣押）",
        ),
        replace(
            SEALED_ITEMS,
            label=QT_TRANSLATE_NOOP("StepFields", "解除查封（扣押）物品"),
            prefill="sealed_items",
        ),
    ),
    "detention_approve": (
        PERSONS,
        APPROVAL,
    ),
    "detention_send": (PERSONS, MATERIALS),
    "criminal_transfer": (
        PERSONS,
        Field(
            "suspected_crime",
            QT_TRANSLATE_NOOP("StepFields", "涉嫌罪名"),
            default="污染环境罪（《中华人民共和国刑法》第三百三十八条）",
        ),
        Field(
            "basis",
            QT_TRANSLATE_NOOP("StepFields", "移送依据"),
            default="《行政执法机关移送涉嫌犯罪案件的规定》第三条",
        ),
        MATERIALS,
    ),
}
