"""The shipped catalogue: every file loads, every checklist finding resolves to a violation."""

import re
from datetime import date

import pytest

from inspector_app.checklists.loader import default_templates_dir, load_directory
from inspector_app.i18n import UserError
from inspector_app.law import load_catalogue, load_discretion
from inspector_app.law.citation import capital_yuan, cn_number


def test_every_data_file_loads(law_copy) -> None:
    catalogue = load_catalogue(law_copy)
    data = load_discretion(law_copy / "discretion")
    assert sorted(catalogue.violations, key=lambda c: int(c[1:])) == [f"V{n}" for n in range(1, 37)]
    assert {t.code for t in data.tables} == {"gd_air_excess", "gs_dust_example"}
    assert data.no_penalty and data.general.window_days == 730


def test_every_violation_has_a_basis_before_and_after_the_code(catalogue) -> None:
    for violation in catalogue.violations.values():
        assert {b.regime for b in violation.bases} == {"pre_code", "code"}, violation.code


def test_every_checklist_violation_resolves(catalogue) -> None:
    templates = load_directory(default_templates_dir())
    seen = set()
    for template in templates:
        for item in template.iter_items():
            proposed = catalogue.proposed_violations(template.code, item.code)
            assert [v.code for v in proposed] == item.violations
            seen.update(item.violations)
    assert len(seen) > 20  # the templates really do name violations


def test_proposed_violations_takes_the_template_an_inspection_used(catalogue) -> None:
    hw = next(t for t in load_directory(default_templates_dir()) if t.code == "hw")
    assert [v.code for v in catalogue.proposed_violations(hw, "a2")] == ["V24"]
    with pytest.raises(UserError, match="没有条目 zz"):
        catalogue.proposed_violations(hw, "zz")
    with pytest.raises(UserError, match="没有检查表"):
        catalogue.proposed_violations("nope", "a2")


def test_code_article_numbers_from_domain_are_carried(catalogue) -> None:
    # code2026.md rows checked by hand: excess 1107, evasion 1108, no permit 1102, HW signs 1175(一)
    after = date(2026, 9, 1)
    expected = {"V1": (1107, None), "V2": (1108, None), "V9": (1102, None), "V24": (1175, 1)}
    for code, (article, item) in expected.items():
        rule = catalogue.applicable(code, after, decision_date=after)
        assert (rule.penalizing[0].article, rule.penalizing[0].item) == (article, item)
        assert rule.penalizing[0].law == "eec"


def test_pending_code_articles_block_issuing_and_say_so(catalogue) -> None:
    after = date(2026, 9, 1)
    for code in ("V15", "V22", "V23"):
        rule = catalogue.applicable(code, after, decision_date=after)
        assert not rule.issuable
        assert "管理员" in (rule.pending_zh or "")
        assert any(p.pending and p.article is None for p in rule.penalizing)
        assert "第（待补充）条" in rule.penalizing[0].citation_zh
    # The same act before the Code is judged under the regulation and can be issued.
    before = catalogue.applicable("V22", date(2026, 5, 1), decision_date=date(2026, 6, 1))
    assert before.issuable and before.regime == "pre_code"


def test_administrator_supplies_a_missing_article_by_editing_data(law_copy) -> None:
    path = law_copy / "provisions" / "eec.yaml"
    text = path.read_text(encoding="utf-8")
    text = re.sub(
        r"\{id: eec-pending-v22, article: null, pending: true,",
        "{id: eec-pending-v22, article: 1112,",
        text,
    )
    path.write_text(text, encoding="utf-8")
    rule = load_catalogue(law_copy).applicable(
        "V22", date(2026, 9, 1), decision_date=date(2026, 9, 1)
    )
    assert rule.issuable
    assert rule.penalizing[0].citation_zh == "《生态环境法典》第一千一百一十二条"


def test_provision_texts_and_measures_are_in_the_result(catalogue) -> None:
    rule = catalogue.applicable("V30", date(2026, 3, 1), decision_date=date(2026, 3, 2))
    kinds = {m.kind for m in rule.measures}
    assert {"daily_penalty", "sealing_seizure", "detention_transfer", "criminal_transfer"} <= kinds
    crime = next(r for r in rule.rules if r.code == "crime")
    assert any("三吨以上" in item for item in crime.items)
    assert all(p.text_zh for p in rule.penalizing)
    data = rule.to_dict()
    assert data["act_date"] == "2026-03-01" and data["penalizing"][0]["citation_zh"]


@pytest.mark.parametrize(
    ("number", "text"),
    [
        (10, "十"),
        (18, "十八"),
        (108, "一百零八"),
        (110, "一百一十"),
        (1055, "一千零五十五"),
        (1242, "一千二百四十二"),
    ],
)
def test_article_numbers_in_chinese(number: int, text: str) -> None:
    assert cn_number(number) == text


@pytest.mark.parametrize(
    ("amount", "text"),
    [
        (200000, "贰拾万元整"),
        (38000, "叁万捌仟元整"),
        (100500, "壹拾万零伍佰元整"),
        (1000000, "壹佰万元整"),
    ],
)
def test_amounts_in_capital_numerals(amount: int, text: str) -> None:
    assert capital_yuan(amount) == text


def test_the_result_records_which_catalogue_data_was_applied(law_copy) -> None:
    first = load_catalogue(law_copy)
    rule = first.applicable("V1", date(2026, 3, 1), decision_date=date(2026, 3, 1))
    assert len(rule.catalogue_digest) == 64 and rule.catalogue_digest == first.digest
    assert load_catalogue(law_copy).digest == first.digest  # stable
    rules = law_copy / "rules.yaml"
    rules.write_text(rules.read_text(encoding="utf-8") + "\n# edited\n", encoding="utf-8")
    assert load_catalogue(law_copy).digest != first.digest
