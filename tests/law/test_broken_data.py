"""A broken catalogue file is refused with a message naming the file, the row and the field."""

from pathlib import Path

import pytest

from inspector_app.law import LawDataError, load_catalogue, load_discretion


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, old
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


@pytest.mark.parametrize(
    ("file", "old", "new", "phrases"),
    [
        (
            "violations.yaml",
            "fine: {kind: range, min: 20000, max: 200000}",
            "fine: {kind: range, min: 300000, max: 200000}",
            ["violations.yaml", "violations 第 4 条（V4）", "bases.0.fine.min", "不能大于"],
        ),
        (
            "violations.yaml",
            "penalizing: [apl-99-i2]",
            "penalizing: [apl-99-i9]",
            ["violations.yaml", "（V1）", "bases.0.penalizing.0", "apl-99-i9 不存在"],
        ),
        (
            "violations.yaml",
            "  - regime: code\n        prohibiting: [eec-151]",
            "  - regime: codex\n        prohibiting: [eec-151]",
            ["（V1）", "bases.1.regime", "codex 不存在"],
        ),
        (
            "violations.yaml",
            "penalizing: [eec-1107]\n        fine: {kind: range, min: 100000, max: 1000000}",
            "penalizing: [eec-1107]\n        fine: {kind: multiple, min: 100000, max: 1000000}",
            ["（V1）", "bases.1.fine.base_zh", "multiple 类罚款必须填写 base_zh"],
        ),
        (
            "violations.yaml",
            "prohibiting: [eec-151]",
            "prohibiting: [apl-18]",
            ["（V1）", "bases.1.prohibiting.0", "不生效"],
        ),
        (
            "provisions/eec.yaml",
            "{id: eec-1107, article: 1107,",
            "{id: eec-1107, article: null,",
            ["eec.yaml", "provisions 第", "（eec-1107）", "字段 article", "pending: true"],
        ),
        (
            "provisions/apl.yaml",
            "{id: apl-18, article: 18,",
            "{id: apl-18, artcle: 18,",
            ["apl.yaml", "（apl-18）", "artcle", "未知字段"],
        ),
        (
            "laws.yaml",
            "effective: 2026-08-15}",
            "effective: 2026-08-15, repealed: 2026-01-01}",
            ["laws.yaml", "laws 第", "（eec）", "versions.0.repealed", "废止日期必须晚于施行日期"],
        ),
        (
            "rules.yaml",
            "provisions: [eec-52]",
            "provisions: [eec-52, eec-9999]",
            ["rules.yaml", "（sealing）", "provisions.1", "eec-9999 不存在"],
        ),
        (
            "violations.yaml",
            "  - code: V2\n",
            "  - code: V1\n",
            ["（V1）", "重复"],
        ),
        (
            "violations.yaml",
            "title_en: Hazardous waste without identification signs\n",
            "title_en: Hazardous waste without identification signs\n    title_en: again\n",
            ["violations.yaml", "重复"],
        ),
    ],
)
def test_catalogue_errors_name_file_row_and_field(law_copy, file, old, new, phrases) -> None:
    edit(law_copy / file, old, new)
    with pytest.raises(LawDataError) as caught:
        load_catalogue(law_copy)
    message = caught.value.msg.zh
    for phrase in phrases:
        assert phrase in message, message
    assert caught.value.msg.en.startswith("Law catalogue file ")


@pytest.mark.parametrize(
    ("file", "old", "new", "phrases"),
    [
        (
            "guangdong_air_excess.yaml",
            '{value: "2", label_zh: 2项, weight: 3, at_least: 2}',
            '{value: "2", label_zh: 2项, at_least: 2}',
            ["guangdong_air_excess.yaml", "factors 第 1 条（pollutant_count）", "weight"],
        ),
        (
            "gansu_dust_example.yaml",
            "tier: 3}",
            "tier: 9}",
            ["gansu_dust_example.yaml", "（control_measures）", "tier"],
        ),
        (
            "no_penalty_guangdong.yaml",
            "{factor: quantity_t, max: 0.1}",
            "{factor: quantity_kg, max: 0.1}",
            [
                "no_penalty_guangdong.yaml",
                "（hw_storage_small）",
                "quantity_kg 未在 factors 中声明",
            ],
        ),
        (
            "general.yaml",
            "window_days: 730",
            "window_days: many",
            ["general.yaml", "window_days", "应为数字"],
        ),
    ],
)
def test_discretion_errors_name_file_row_and_field(law_copy, file, old, new, phrases) -> None:
    edit(law_copy / "discretion" / file, old, new)
    with pytest.raises(LawDataError) as caught:
        load_discretion(law_copy / "discretion")
    for phrase in phrases:
        assert phrase in caught.value.msg.zh, caught.value.msg.zh


def test_yaml_syntax_error_gives_the_line(law_copy) -> None:
    path = law_copy / "rules.yaml"
    path.write_text("rules:\n  - code: [unclosed\n", encoding="utf-8")
    with pytest.raises(LawDataError, match=r"rules.yaml.*第 \d+ 行"):
        load_catalogue(law_copy)
