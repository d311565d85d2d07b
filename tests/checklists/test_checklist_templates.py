"""The shipped templates in resources/checklists: they load and follow reference.md §4."""

from __future__ import annotations

import re

import pytest

from inspector_app.checklists import (
    ChecklistTemplate,
    content_hash,
    default_templates_dir,
    load_directory,
    load_template,
)

SHIPPED = {
    "hazardous_waste.yaml": "hw",
    "discharge_permit.yaml": "permit",
    "auto_monitoring.yaml": "monitoring",
    "air_vocs_dust.yaml": "air",
    "wastewater_outlets.yaml": "wastewater",
    "construction_eia.yaml": "eia",
}
#: Codes that reference.md §4 fixes (tables a, b, c).
REFERENCE_CODES = {
    "hw": [f"a{n}" for n in range(1, 15)],
    "permit": [f"b{n}" for n in range(1, 11)],
    "monitoring": [f"c{n}" for n in range(1, 10)],
}
#: Number of violation-type rows in reference.md §2.
VIOLATION_ROWS = 36
CJK = re.compile(r"[\u4e00-\u9fff]")


@pytest.fixture(scope="module")
def templates() -> dict[str, ChecklistTemplate]:
    return {t.code: t for t in load_directory(default_templates_dir())}


def test_default_dir_is_the_repository_resources() -> None:
    directory = default_templates_dir()
    assert directory.parts[-2:] == ("resources", "checklists")
    assert directory.is_dir()


@pytest.mark.parametrize(("file_name", "code"), sorted(SHIPPED.items()))
def test_each_shipped_file_loads(file_name: str, code: str) -> None:
    template = load_template(default_templates_dir() / file_name)
    assert template.code == code
    assert template.version >= 1


def test_directory_holds_exactly_the_six_areas(templates: dict[str, ChecklistTemplate]) -> None:
    assert set(templates) == set(SHIPPED.values())


@pytest.mark.parametrize("code", sorted(REFERENCE_CODES))
def test_reference_item_codes_present_in_order(
    templates: dict[str, ChecklistTemplate], code: str
) -> None:
    codes = [item.code for item in templates[code].iter_items()]
    assert codes == REFERENCE_CODES[code]


@pytest.mark.parametrize(("code", "letter"), [("air", "d"), ("wastewater", "e"), ("eia", "f")])
def test_prose_areas_numbered_consecutively(
    templates: dict[str, ChecklistTemplate], code: str, letter: str
) -> None:
    codes = [item.code for item in templates[code].iter_items()]
    assert codes == [f"{letter}{n}" for n in range(1, len(codes) + 1)]
    assert len(codes) >= 7


def test_violation_ids_name_rows_of_the_table(templates: dict[str, ChecklistTemplate]) -> None:
    for template in templates.values():
        for item in template.iter_items():
            for violation in item.violations:
                assert re.fullmatch(r"V\d+", violation), (item.code, violation)
                assert 1 <= int(violation[1:]) <= VIOLATION_ROWS, (item.code, violation)


def test_every_text_is_bilingual_and_basis_is_chinese(
    templates: dict[str, ChecklistTemplate],
) -> None:
    for template in templates.values():
        for item in template.iter_items():
            assert CJK.search(item.text_zh), item.code
            assert not CJK.search(item.text_en), item.code
            assert CJK.search(item.basis), item.code
            assert (item.hint_zh is None) == (item.hint_en is None), item.code
            for choice in item.choices:
                assert CJK.search(choice.label_zh)
                assert not CJK.search(choice.label_en)


def test_mapping_follows_the_reference(templates: dict[str, ChecklistTemplate]) -> None:
    """Spot checks of the item → violation-type rows named in reference.md §2/§4."""
    hw, permit, monitoring = templates["hw"], templates["permit"], templates["monitoring"]
    assert hw.item("a2").violations == ["V24"]
    assert hw.item("a3").violations == ["V25"]
    assert hw.item("a4").violations == ["V26"]
    assert hw.item("a8").violations == ["V27"]
    assert "V28" in hw.item("a6").violations
    assert "V28" in hw.item("a7").violations
    assert hw.item("a1").violations == [] and hw.item("a13").violations == []
    assert "V14" in permit.item("b1").violations
    assert "V13" in permit.item("b3").violations
    assert {"V2", "V10"} <= set(monitoring.item("c4").violations)
    assert {"V2", "V10"} <= set(monitoring.item("c8").violations)
    eia_rows = {v for item in templates["eia"].iter_items() for v in item.violations}
    assert {"V19", "V20", "V21", "V22", "V23"} <= eia_rows
    air_rows = {v for item in templates["air"].iter_items() for v in item.violations}
    assert {"V5", "V6"} <= air_rows
    water_rows = {v for item in templates["wastewater"].iter_items() for v in item.violations}
    assert {"V10", "V12"} <= water_rows


def test_the_features_are_used(templates: dict[str, ChecklistTemplate]) -> None:
    items = [item for t in templates.values() for item in t.iter_items()]
    assert any(item.kind == "number" for item in items)
    assert any(item.kind == "choice" for item in items)
    assert any(item.show_if for item in items)
    assert templates["hw"].item("a9").show_if[0].item == "a8"
    assert templates["permit"].item("b1").kind == "choice"


def test_serious_items_need_evidence(templates: dict[str, ChecklistTemplate]) -> None:
    for template in templates.values():
        for item in template.iter_items():
            if item.severity in ("high", "critical"):
                assert item.evidence_required, item.code


def test_hashes_are_distinct_and_stable(templates: dict[str, ChecklistTemplate]) -> None:
    hashes = {code: content_hash(t) for code, t in templates.items()}
    assert len(set(hashes.values())) == len(hashes)
    again = {t.code: content_hash(t) for t in load_directory(default_templates_dir())}
    assert again == hashes
