"""Scenario 1 without a display: findings a2/a4 → case → prior notice → decision → service →
payment → re-check → closed, and the case file PDF holds the index and every document."""

from __future__ import annotations

import subprocess
from datetime import date, timedelta

import pytest
from casehelpers import SETTINGS, World
from sqlalchemy import select

from inspector_app.cases import casefile
from inspector_app.cases.issuing import issue_document
from inspector_app.cases.overview import case_rows, timeline
from inspector_app.cases.service import case_view, open_case, perform
from inspector_app.forms.samples import sample
from inspector_app.i18n import UserError
from inspector_app.inspections.record import generate_record
from inspector_app.store import Case, Document, Inspection
from inspector_app.store.audit import verify_session_chain

RECORD = {
    "started": "2026年11月24日 09时30分",
    "ended": "2026年11月24日 10时40分",
    "place": "兰州市生态环境局西固分局询问室",
}
DEPT = {"text": "同意。", "signer": "陈静", "on": date(2026, 11, 23)}
HEAD = {"text": "同意立案。", "signer": "赵磊", "on": date(2026, 11, 23)}


def onsite_order(world: World, inspection_id) -> Document:
    """The order to correct printed on site before leaving (Scenario 1), 15 days to comply."""
    data = sample("order_to_correct")
    data.pop("number")
    data["issued_on"] = date(2026, 11, 20)
    data["deadline"] = date(2026, 12, 5)
    with world.db.session() as s:
        return issue_document(
            s,
            world.agency,
            "order_to_correct",
            data,
            date(2026, 11, 20),
            world.li,
            inspection_id=inspection_id,
        )


def test_scenario_one_from_finding_to_closed_case_file(world: World, tmp_path) -> None:
    inspection = world.inspect(
        "hw", {"a2": "12个废矿物油包装桶无识别标志", "a4": "台账8月起未记录"}, date(2026, 11, 20)
    )
    with world.db.session() as s:  # printed on site before leaving
        ended = s.get(Inspection, inspection).ended_at
        record = generate_record(s, inspection, world.li, now=ended + timedelta(minutes=10))
        assert record.kind == "onsite_record"
    order = onsite_order(world, inspection)
    assert order.number == "兰环责改〔2026〕1号"

    lighter = {"correction": "eliminated"}
    with world.db.session() as s:
        case = open_case(
            s,
            by=world.li,
            opened_on=date(2026, 11, 22),
            inspection_id=inspection,
            factors={"V24": lighter, "V26": lighter},
            evidence=["现场照片14张、执法记录仪视频1段"],
            settings=SETTINGS,
        )
        case_id = case.id
        # The violations the findings establish, under the articles in force on 2026-11-20.
        assert case.violation_codes == ["V24", "V26"]
        assert [r["regime"] for r in case.rules] == ["code", "code"]
        cited = [p["citation_zh"] for r in case.rules for p in r["penalizing"]]
        assert cited == [
            "《生态环境法典》第一千一百七十五条第（一）项",
            "《生态环境法典》第一千一百七十五条第（三）项",
        ]
        assert case.rules[0]["penalizing"][0]["text_zh"].startswith(
            "未按照规定设置危险废物识别标志"
        )
        assert case.outcome == "lighter"
        assert case.fine_fen == 2 * 87_500_00
        assert "从轻" in case.explanation_zh

    def step(code: str, on: date, data=None, document=None):
        with world.db.session() as s:
            return perform(s, case_id, code, on, world.li, data, document, settings=SETTINGS)

    step("file", date(2026, 11, 23), document={"department": DEPT, "head": HEAD})
    step(
        "inquiry",
        date(2026, 11, 24),
        document={
            **RECORD,
            "interviewee": "赵强",
            "interviewee_id": "11010519491231002X",
            "interviewee_employer": "兰州某精细化工有限公司 EHS经理",
            "notice": "已出示执法证件，告知回避权利。你是否申请回避？答：不申请。",
            "questions": [{"question": "台账为何未记录？", "answer": "记录员离职。"}],
        },
    )
    step("report", date(2026, 11, 25))
    step("prior_notice", date(2026, 11, 26))
    step("serve_notice", date(2026, 11, 26), document={"receiver": "赵强"})
    # Five working days from Thursday 26 Nov (行政处罚法 Art. 85): not over on 3 Dec.
    with pytest.raises(UserError, match="陈述申辩期限至2026-12-03届满"):
        step("decide", date(2026, 12, 3))
    decided = step("decide", date(2026, 12, 4))
    step("serve", date(2026, 12, 7), document={"receiver": "赵强"})
    step("pay", date(2026, 12, 10), data={"amount_fen": 175_000_00})
    step(
        "recheck",
        date(2026, 12, 12),
        data={"corrected": True},
        document={
            **RECORD,
            "started": "2026年12月12日 14时00分",
            "ended": "2026年12月12日 14时50分",
            "findings": "包装桶均已设置识别标志；台账已补记完整。",
            "result": "已改正",
        },
    )
    step("close", date(2026, 12, 15), document={"department": DEPT, "head": HEAD})

    with world.db.session() as s:
        case = s.get(Case, case_id)
        assert case.status == "closed"
        assert case.case_number == "兰环立〔2026〕1号"
        decision = s.get(Document, decided.document_id)
        assert decision.number == "兰环罚〔2026〕1号"
        text = _text(decision.pdf)
        assert "第一千一百七十五条" in text and "危险废物识别标志" in text
        assert "2026年11月20日现场检查笔录1份" in text
        assert "罚款壹拾柒万伍仟元整" in text
        assert "兰环罚告〔2026〕1号" in text  # the prior notice it rests on
        # The discretion reasons run on into "，我局决定…": no stray full stop before it.
        assert "。，" not in text.replace("\n", "") and "我局决定对你单位作出如下行政处罚" in text
        view = case_view(s, case, SETTINGS)
        kinds = [k for k, _, _ in view.documents]
        assert kinds == [
            "onsite_record",
            "order_to_correct",
            "filing_approval",
            "inquiry_record",
            "investigation_report",
            "prior_notice",
            "proof_of_service",
            "penalty_decision",
            "proof_of_service",
            "recheck_record",
            "closing_approval",
        ]
        # Archive order (reference.md §1.6): a proof of service follows what it serves.
        assert [d.kind for d in casefile.archive_order(s, case_id)] == [
            "filing_approval",
            "onsite_record",
            "inquiry_record",
            "order_to_correct",
            "investigation_report",
            "prior_notice",
            "proof_of_service",
            "penalty_decision",
            "proof_of_service",
            "recheck_record",
            "closing_approval",
        ]
        photos = casefile.Attachment("现场照片证据", _photo_sheet(), date(2026, 11, 20))
        pdf = casefile.build_case_file(s, case_id, [photos])
        rows = case_rows(s, date(2026, 12, 20), SETTINGS)
        assert rows[0].status_zh == "已结案" and rows[0].next_due_on is None
        assert [e.step for e in timeline(s, case_id)][:3] == ["open", "file", "inquiry"]
        assert verify_session_chain(s) is None
        assert s.scalars(select(Document)).all()

    path = tmp_path / "case.pdf"  # kept for a look: pdftoppm -r 60 -png
    path.write_bytes(pdf)
    text = _text(pdf)
    assert "卷内目录" in text and "兰环立〔2026〕1号" in text
    index = text[: text.index("备考表")]
    assert index.index("调查询问笔录") < index.index("现场照片证据") < index.index("调查报告")
    for title in (
        "立案审批表",
        "调查询问笔录",
        "行政处罚事先告知书",
        "行政处罚决定书",
        "送达回证",
        "复查",
        "结案审批表",
        "责令改正违法行为决定书",
        "备考表",
    ):
        assert title in text, title
    # Every document page carries its continuous number; cover and index carry none.
    pages = text.count("\f")
    assert f"卷内第 {pages - 2} 页" in text and f"卷内第 {pages - 1} 页" not in text


def _photo_sheet() -> bytes:
    """A one-page exhibit sheet with a real JPEG on it, as the evidence store will supply."""
    import io

    from PIL import Image
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen.canvas import Canvas

    jpeg = io.BytesIO()
    Image.new("RGB", (640, 480), (120, 140, 90)).save(jpeg, "JPEG")
    out = io.BytesIO()
    canvas = Canvas(out)
    canvas.drawImage(ImageReader(io.BytesIO(jpeg.getvalue())), 72, 400, 320, 240)
    canvas.showPage()
    canvas.save()
    return out.getvalue()


def _text(pdf: bytes) -> str:
    done = subprocess.run(
        ["pdftotext", "-layout", "-", "-"], input=pdf, capture_output=True, check=True
    )
    return done.stdout.decode("utf-8")
