"""The late-payment surcharge the reminder demands is the one the case counts: 3 % a day of the
fine still unpaid when it fell due (行政处罚法 Art. 72), so a party who pays what the reminder
says has paid everything and the case can close."""

from __future__ import annotations

import subprocess
from datetime import date

from casehelpers import SETTINGS, World, open_clue_case, steps

from inspector_app.cases.service import get_case, perform
from inspector_app.store import Document

D = date


def test_paying_what_the_reminder_demands_settles_the_case(world: World) -> None:
    case_id = open_clue_case(world, ["V24"])

    def take(code: str, day: date, data=None, issue: bool = False):
        with world.db.session() as s:
            return perform(s, case_id, code, day, world.li, data, None, SETTINGS, issue=issue)

    steps(world, case_id, ("file", D(2026, 11, 23)), ("report", D(2026, 11, 25)))
    take("prior_notice", D(2026, 11, 26), issue=True)
    steps(world, case_id, ("serve_notice", D(2026, 11, 26)), ("waive", D(2026, 11, 26)))
    take("decide", D(2026, 11, 27), issue=True)
    steps(world, case_id, ("serve", D(2026, 11, 27)))  # due 12 December
    with world.db.session() as s:
        fine = get_case(s, case_id).fine_fen or 0
    take("pay", D(2026, 12, 10), {"amount_fen": fine - 40_000_00})  # 40,000 yuan left unpaid
    reminder = take("remind", D(2026, 12, 22), issue=True)  # 10 days late
    with world.db.session() as s:
        pdf = s.get(Document, reminder.document_id).pdf
    text = "".join(
        subprocess.run(["pdftotext", "-", "-"], input=pdf, capture_output=True, check=True)
        .stdout.decode("utf-8")
        .split()
    )
    # 3 % × 40,000 yuan × 10 days = 12,000 yuan on top of the 40,000 unpaid.
    assert "尚有罚款肆万元整（¥40000元）未缴纳" in text and "加处罚款壹万贰仟元整" in text
    take("pay", D(2026, 12, 22), {"amount_fen": 52_000_00})
    with world.db.session() as s:
        assert get_case(s, case_id).status == "executed"
    take("close", D(2026, 12, 23))
