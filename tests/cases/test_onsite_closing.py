"""An on-the-spot (simple procedure) case is never filed, yet it is closed and archived like
any other: its closing approval names the decision instead of a filing date."""

from __future__ import annotations

import subprocess
from datetime import date

import pytest
from casehelpers import SETTINGS, World, open_clue_case

from inspector_app.cases.service import perform
from inspector_app.forms.registry import build_snapshot
from inspector_app.forms.samples import sample
from inspector_app.i18n import UserError
from inspector_app.store import Case, Document

D = date(2026, 11, 24)


def test_an_on_the_spot_case_closes_without_a_filing_date(world: World, tmp_path) -> None:
    case_id = open_clue_case(world, ["V18"], opened_on=D)  # fine up to 50,000 yuan

    def step(code, on, data=None):
        with world.db.session() as s:
            return perform(s, case_id, code, on, world.li, data, settings=SETTINGS)

    decided = step("onsite_decide", D, {"fine_fen": 2_000_00})
    step("serve", D)
    step("pay", date(2026, 11, 25), {"amount_fen": 2_000_00})
    closing = step("close", date(2026, 11, 26))
    with world.db.session() as s:
        assert s.get(Case, case_id).status == "closed"
        number = s.get(Document, decided.document_id).number
        path = tmp_path / "closing.pdf"
        path.write_bytes(s.get(Document, closing.document_id).pdf)
    text = subprocess.run(
        ["pdftotext", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert "简易程序，未立案" in text and number in text and "当场处罚" in text


def test_an_ordinary_case_still_needs_its_filing_date() -> None:
    data = sample("closing_approval")
    data.pop("filed_on")
    with pytest.raises(UserError, match="缺少必填项：立案日期"):
        build_snapshot("closing_approval", data)
