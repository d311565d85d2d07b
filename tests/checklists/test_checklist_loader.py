"""Broken templates must be rejected with a message naming file, item and field, in zh and en."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import yaml

from inspector_app.checklists import (
    ChecklistTemplate,
    TemplateError,
    content_hash,
    load_directory,
    load_template,
)
from inspector_app.i18n import UserError

WriteYaml = Callable[[str, object], Path]


def _error(path: Path) -> TemplateError:
    with pytest.raises(TemplateError) as info:
        load_template(path)
    return info.value


def _item(data: dict[str, Any], code: str) -> dict[str, Any]:
    for section in data["sections"]:
        for item in section["items"]:
            if item["code"] == code:
                return item
    raise KeyError(code)


def test_valid_template_loads(write_yaml: WriteYaml, template_data: dict[str, Any]) -> None:
    template = load_template(write_yaml("ok.yaml", template_data))
    assert [i.code for i in template.iter_items()] == [
        "a1", "a2", "a3", "a4", "b1", "b2", "b3", "b4",
    ]  # fmt: skip


def test_template_error_is_a_user_error(write_yaml: WriteYaml) -> None:
    error = _error(write_yaml("empty.yaml", ""))
    assert isinstance(error, UserError)
    assert "empty.yaml" in error.render("zh") and "empty.yaml" in error.render("en")
    assert "文件为空" in error.render("zh")


def test_missing_field_names_file_item_and_field(
    write_yaml: WriteYaml, template_data: dict[str, Any]
) -> None:
    del _item(template_data, "a3")["text_en"]
    error = _error(write_yaml("missing.yaml", template_data))
    zh, en = error.render("zh"), error.render("en")
    assert "missing.yaml" in zh and "missing.yaml" in en
    assert "条目 a3" in zh and "字段 text_en" in zh and "缺少必填字段" in zh
    assert "item a3, field text_en: required field is missing" in en
    assert len(error.problems) == 1


def test_item_without_code_is_named_by_position(
    write_yaml: WriteYaml, template_data: dict[str, Any]
) -> None:
    del template_data["sections"][1]["items"][2]["code"]
    en = _error(write_yaml("nocode.yaml", template_data)).render("en")
    assert "item 3 of section 2, field code: required field is missing" in en


def test_bad_kind(write_yaml: WriteYaml, template_data: dict[str, Any]) -> None:
    _item(template_data, "a2")["kind"] = "maybe"
    error = _error(write_yaml("kind.yaml", template_data))
    assert "item a2, field kind: invalid value" in error.render("en")
    assert "yes_no_na" in error.render("en")
    assert "条目 a2 的字段 kind：取值无效" in error.render("zh")


def test_number_without_unit(write_yaml: WriteYaml, template_data: dict[str, Any]) -> None:
    del _item(template_data, "b2")["unit"]
    error = _error(write_yaml("unit.yaml", template_data))
    assert "item b2, field unit: a number item needs a unit" in error.render("en")
    assert "条目 b2 的字段 unit：数值型条目必须填写单位" in error.render("zh")


def test_number_without_any_limit(write_yaml: WriteYaml, template_data: dict[str, Any]) -> None:
    del _item(template_data, "b2")["limit_max"]
    en = _error(write_yaml("limit.yaml", template_data)).render("en")
    assert "item b2, field limit_max: a number item needs limit_max or limit_min" in en


def test_limits_the_wrong_way_round(write_yaml: WriteYaml, template_data: dict[str, Any]) -> None:
    _item(template_data, "b3")["limit_min"] = 12
    en = _error(write_yaml("order.yaml", template_data)).render("en")
    assert "item b3, field limit_min: limit_min is above limit_max" in en


def test_limit_on_a_non_number_item(write_yaml: WriteYaml, template_data: dict[str, Any]) -> None:
    _item(template_data, "a1")["limit_max"] = 3
    en = _error(write_yaml("stray.yaml", template_data)).render("en")
    assert "item a1, field limit_max: only number items may have limit_max" in en


def test_choice_without_choices(write_yaml: WriteYaml, template_data: dict[str, Any]) -> None:
    _item(template_data, "b1")["choices"] = []
    en = _error(write_yaml("choices.yaml", template_data)).render("en")
    assert "item b1, field choices: a choice item needs choices" in en


def test_duplicate_item_code(write_yaml: WriteYaml, template_data: dict[str, Any]) -> None:
    _item(template_data, "b4")["code"] = "a2"
    error = _error(write_yaml("dup.yaml", template_data))
    assert "field code: item code a2 is used twice" in error.render("en")
    assert "条目代码 a2 重复" in error.render("zh")


def test_show_if_unknown_item(write_yaml: WriteYaml, template_data: dict[str, Any]) -> None:
    _item(template_data, "a3")["show_if"] = [{"item": "zz9", "equals": "Y"}]
    error = _error(write_yaml("unknown.yaml", template_data))
    en = error.render("en")
    assert "item a3, field show_if.0.item" in en
    assert "zz9" in en and "does not exist" in en
    assert "条目 a3 的字段 show_if.0.item" in error.render("zh")


def test_show_if_may_not_look_forward(write_yaml: WriteYaml, template_data: dict[str, Any]) -> None:
    _item(template_data, "a1")["show_if"] = [{"item": "a2", "equals": "Y"}]
    en = _error(write_yaml("forward.yaml", template_data)).render("en")
    assert "item a1, field show_if.0.item" in en


def test_show_if_value_must_fit_the_item(
    write_yaml: WriteYaml, template_data: dict[str, Any]
) -> None:
    _item(template_data, "a3")["show_if"] = [{"item": "a2", "equals": "yes"}]
    en = _error(write_yaml("value.yaml", template_data)).render("en")
    assert "item a3, field show_if.0.equals" in en and "yes_no_na" in en


def test_unquoted_yaml_boolean_in_condition(
    write_yaml: WriteYaml, template_data: dict[str, Any]
) -> None:
    # An author writing `equals: yes` gets the YAML boolean True, which no answer ever equals.
    text = yaml.safe_dump(template_data, allow_unicode=True, sort_keys=False)
    text = re.sub(r"one_of:\n\s*- Y\n\s*- N", "equals: yes", text)
    assert "equals: yes" in text
    error = _error(write_yaml("bool.yaml", text))
    assert "item a3, field show_if.0.equals" in error.render("en")
    assert "布尔值" in error.render("zh")


def test_condition_needs_exactly_one_form(
    write_yaml: WriteYaml, template_data: dict[str, Any]
) -> None:
    _item(template_data, "a3")["show_if"] = [{"item": "a2"}]
    en = _error(write_yaml("neither.yaml", template_data)).render("en")
    assert "item a3, field show_if.0: a condition needs exactly one of equals or one_of" in en


def test_bad_violation_id(write_yaml: WriteYaml, template_data: dict[str, Any]) -> None:
    _item(template_data, "a1")["violations"] = ["24"]
    en = _error(write_yaml("viol.yaml", template_data)).render("en")
    assert "item a1, field violations.0: wrong format" in en


def test_unknown_field_is_rejected(write_yaml: WriteYaml, template_data: dict[str, Any]) -> None:
    _item(template_data, "b2")["limt_max"] = 4
    error = _error(write_yaml("typo.yaml", template_data))
    assert "item b2, field limt_max: unknown field" in error.render("en")
    assert "未知字段" in error.render("zh")


def test_template_level_field(write_yaml: WriteYaml, template_data: dict[str, Any]) -> None:
    template_data["version"] = 0
    en = _error(write_yaml("version.yaml", template_data)).render("en")
    assert "field version: must be at least 1" in en


def test_section_level_field(write_yaml: WriteYaml, template_data: dict[str, Any]) -> None:
    del template_data["sections"][1]["title_en"]
    en = _error(write_yaml("section.yaml", template_data)).render("en")
    assert "section second, field title_en: required field is missing" in en


def test_several_problems_are_all_listed(
    write_yaml: WriteYaml, template_data: dict[str, Any]
) -> None:
    for code in ("a1", "a2", "a3", "b1", "b2", "b3", "b4"):
        del _item(template_data, code)["text_zh"]
    error = _error(write_yaml("many.yaml", template_data))
    assert len(error.problems) == 7
    assert "(and 2 more)" in error.render("en")
    assert "另有 2 处问题" in error.render("zh")


def test_yaml_syntax_error_names_the_line(write_yaml: WriteYaml) -> None:
    path = write_yaml(
        "syntax.yaml",
        "code: demo\nversion: 1\nsections:\n  - code: s\n    items: [a1, a2\n  - code: t\n",
    )
    error = _error(path)
    assert "syntax.yaml" in error.render("en")
    assert "YAML syntax error at line 6" in error.render("en")
    assert "第 6 行" in error.render("zh")


def test_duplicate_yaml_key_names_the_line(write_yaml: WriteYaml) -> None:
    error = _error(write_yaml("dupkey.yaml", "code: demo\nversion: 1\ncode: other\n"))
    assert "line 3: duplicate key 'code'" in error.render("en")


def test_top_level_must_be_a_mapping(write_yaml: WriteYaml) -> None:
    error = _error(write_yaml("list.yaml", "- a\n- b\n"))
    assert "mapping" in error.render("en")


def test_not_utf8(tmp_path: Path) -> None:
    path = tmp_path / "gbk.yaml"
    path.write_bytes("title_zh: 危险废物".encode("gbk"))
    assert "UTF-8" in _error(path).render("zh")


def test_missing_file(tmp_path: Path) -> None:
    assert "does not exist" in _error(tmp_path / "nope.yaml").render("en")


def test_load_directory_sorted_and_checks_codes(
    write_yaml: WriteYaml, template_data: dict[str, Any], tmp_path: Path
) -> None:
    write_yaml("b.yaml", template_data)
    template_data["code"] = "other"
    write_yaml("a.yml", template_data)
    write_yaml("notes.txt", "not a template")
    assert [t.code for t in load_directory(tmp_path)] == ["other", "demo"]
    write_yaml("c.yaml", template_data)
    with pytest.raises(TemplateError) as info:
        load_directory(tmp_path)
    assert "c.yaml" in info.value.render("en") and "a.yml" in info.value.render("en")


def test_load_directory_missing(tmp_path: Path) -> None:
    with pytest.raises(TemplateError):
        load_directory(tmp_path / "absent")


def test_content_hash_ignores_formatting_but_not_content(
    write_yaml: WriteYaml, template_data: dict[str, Any]
) -> None:
    first = load_template(write_yaml("one.yaml", template_data))
    _item(template_data, "a1")["required"] = True  # the default, spelled out
    _item(template_data, "b2")["limit_max"] = 10.0  # same number, other spelling
    second = load_template(write_yaml("two.yaml", "# a comment\n" + _dump(template_data)))
    assert content_hash(first) == content_hash(second)
    _item(template_data, "b2")["limit_max"] = 11
    third = ChecklistTemplate.model_validate(template_data)
    assert content_hash(third) != content_hash(first)
    assert len(content_hash(first)) == 64


def _dump(data: dict[str, Any]) -> str:
    return yaml.safe_dump(data, allow_unicode=True, sort_keys=True)
