"""The no-penalty decision names the paragraph of 行政处罚法 Art. 33 its reason rests on (¶1:
minor or first violation corrected; ¶2: no fault), once, without a stray "。，"."""

from __future__ import annotations

import subprocess
from datetime import date

import pytest
from casehelpers import SETTINGS, World, open_clue_case, steps

from inspector_app.cases.service import get_case, perform
from inspector_app.store import Document

D = date
FIRST = {"first_violation": "yes", "consequences": "minor", "correction": "corrected"}


@pytest.mark.parametrize(
    ("factors", "paragraph", "other"),
    [
        (FIRST, "第三十三条第一款", "第三十三条第二款"),
        ({"fault": "none"}, "第三十三条第二款", "第三十三条第一款"),
    ],
)
def test_no_penalty_decision_cites_the_paragraph_of_its_reason(
    world: World, factors: dict, paragraph: str, other: str
) -> None:
    case_id = open_clue_case(world, ["V20"], factors={"V20": factors})
    with world.db.session() as s:
        assert get_case(s, case_id).outcome == "no_penalty"
    steps(world, case_id, ("file", D(2026, 11, 23)), ("report", D(2026, 11, 25)))
    with world.db.session() as s:
        decided = perform(s, case_id, "decide", D(2026, 11, 26), world.li, None, None, SETTINGS)
        pdf = s.get(Document, decided.document_id).pdf
    text = "".join(
        subprocess.run(["pdftotext", "-", "-"], input=pdf, capture_output=True, check=True)
        .stdout.decode("utf-8")
        .split()
    )
    assert (
        f"依据《中华人民共和国行政处罚法》{paragraph}的规定，我局决定对你单位不予行政处罚" in text
    )
    assert other not in text and "。，" not in text
    assert text.count("第三十三条") == 1
