"""Reading checklist templates from YAML files, with messages a person can act on.

A template error is found by whoever edits the YAML (a developer, or an agency administrator
adding a local checklist), so the message must say which file, which item and which field is
wrong, in Chinese and English, and never show a traceback.  Pydantic's locations such as
``sections.0.items.3.limit_max`` are translated to "item a4, field limit_max".
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

import yaml
from pydantic import ValidationError

from inspector_app.bundle import resources_dir
from inspector_app.checklists.schema import CODE_PATTERN, VIOLATION_PATTERN, ChecklistTemplate
from inspector_app.i18n import Msg, UserError, join_problems
from inspector_app.strict_yaml import DuplicateKeyError, load_strict

#: At most this many problems are spelled out in one message; the rest are counted.
MAX_REPORTED = 5
TEMPLATE_SUFFIXES = (".yaml", ".yml")


class TemplateError(UserError):
    """A checklist template file cannot be used.

    ``problems`` lists every problem found (one :class:`Msg` each, without the file name) for a
    screen that wants to show them all; ``msg`` is the one-line summary naming the file.
    """

    def __init__(self, path: Path, problems: Sequence[Msg]) -> None:
        self.path = path
        self.problems = list(problems)
        joined = join_problems(self.problems, MAX_REPORTED)
        zh, en = joined.zh, joined.en
        super().__init__(
            Msg(f"检查表模板 {path} 有误：{zh}", f"Checklist template {path} is invalid: {en}")
        )


def default_templates_dir() -> Path:
    """The templates shipped with the app (``resources/checklists`` in the repository)."""
    return resources_dir() / "checklists"


def load_template(path: str | Path) -> ChecklistTemplate:
    """Read and validate one template file; raise :class:`TemplateError` if it is unusable."""
    path = Path(path)
    data = _read_yaml(path)
    if not isinstance(data, dict):
        raise TemplateError(
            path,
            [
                Msg(
                    "文件内容应为一个映射（键: 值），以 code、version 等字段开头",
                    "the file must contain a mapping (key: value) starting with code, version, ...",
                )
            ],
        )
    try:
        return ChecklistTemplate.model_validate(data)
    except ValidationError as exc:
        problems = [_describe(error, data) for error in exc.errors()]
        raise TemplateError(path, problems) from None


def load_directory(directory: str | Path) -> list[ChecklistTemplate]:
    """Load every ``*.yaml`` / ``*.yml`` file of ``directory``, in file-name order.

    Fails on the first bad file (a half-loaded set of checklists would hide a whole inspection
    area from the officer) and when two files use the same template code.
    """
    directory = Path(directory)
    if not directory.is_dir():
        raise TemplateError(
            directory, [Msg("检查表模板目录不存在", "the template folder does not exist")]
        )
    templates: list[ChecklistTemplate] = []
    first_file: dict[str, Path] = {}
    for path in sorted(p for p in directory.iterdir() if p.suffix.lower() in TEMPLATE_SUFFIXES):
        template = load_template(path)
        if template.code in first_file:
            raise TemplateError(
                path,
                [
                    Msg(
                        f"模板代码 {template.code} 已在 {first_file[template.code].name} 中使用",
                        f"template code {template.code} is already used by "
                        f"{first_file[template.code].name}",
                    )
                ],
            )
        first_file[template.code] = path
        templates.append(template)
    return templates


def content_hash(template: ChecklistTemplate) -> str:
    """SHA-256 (hex) of the template's canonical JSON form.

    Computed from the validated model, not the file bytes, so comments, key order, quoting and
    spelled-out defaults do not change it, while any change to a question, limit or basis does.
    The store keeps it with each inspection to prove which exact questions were answered.
    """
    canonical = json.dumps(
        template.model_dump(mode="json"),
        sort_keys=True,
        ensure_ascii=False,
        separators=(",", ":"),
        allow_nan=False,
    )
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def _read_yaml(path: Path) -> object:
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise TemplateError(path, [Msg("文件不存在", "the file does not exist")]) from None
    except UnicodeDecodeError:
        raise TemplateError(
            path, [Msg("文件不是 UTF-8 编码", "the file is not UTF-8 encoded")]
        ) from None
    except OSError as exc:
        raise TemplateError(
            path, [Msg(f"无法读取文件：{exc.strerror}", f"cannot read the file: {exc.strerror}")]
        ) from None
    try:
        data = load_strict(text)
    except yaml.YAMLError as exc:
        raise TemplateError(path, [_yaml_problem(exc)]) from None
    if data is None:
        raise TemplateError(path, [Msg("文件为空", "the file is empty")])
    return data


def _yaml_problem(exc: yaml.YAMLError) -> Msg:
    mark = getattr(exc, "problem_mark", None)
    problem = getattr(exc, "problem", None) or str(exc)
    if mark is None:
        return Msg(f"YAML 语法错误：{problem}", f"YAML syntax error: {problem}")
    line, column = mark.line + 1, mark.column + 1
    if isinstance(exc, DuplicateKeyError):
        return Msg(
            f"第 {line} 行：键 {exc.key!r} 重复（同一映射中只能出现一次）",
            f"line {line}: duplicate key {exc.key!r}",
        )
    return Msg(
        f"YAML 语法错误，第 {line} 行第 {column} 列：{problem}",
        f"YAML syntax error at line {line}, column {column}: {problem}",
    )


# --- translating pydantic errors -------------------------------------------------------------


def _describe(error: Mapping[str, Any], data: Mapping[str, Any]) -> Msg:
    """One pydantic error as "item a4, field limit_max: <reason>" in both languages."""
    ctx = error.get("ctx") or {}
    loc: list[str | int] = list(error["loc"])
    at = ctx.get("at") if error["type"] == "template_rule" else ""
    if at:
        loc += [int(part) if part.isdigit() else part for part in at.split(".")]
    where_zh, where_en, field = _place(loc, data)
    reason = _reason(error)
    parts_zh = [where_zh] if where_zh else []
    parts_en = [where_en] if where_en else []
    if field:
        parts_zh.append(f"字段 {field}")
        parts_en.append(f"field {field}")
    prefix_zh = " 的".join(parts_zh)
    prefix_en = ", ".join(parts_en)
    return Msg(
        f"{prefix_zh}：{reason.zh}" if prefix_zh else reason.zh,
        f"{prefix_en}: {reason.en}" if prefix_en else reason.en,
    )


def _place(loc: list[str | int], data: Mapping[str, Any]) -> tuple[str, str, str]:
    """Split a location into (where in Chinese, where in English, field path)."""
    if len(loc) >= 2 and loc[0] == "sections" and isinstance(loc[1], int):
        s_index = loc[1]
        section = _get(data, "sections", s_index)
        if len(loc) >= 4 and loc[2] == "items" and isinstance(loc[3], int):
            i_index = loc[3]
            code = _get(section, "items", i_index, "code")
            field = _join(loc[4:])
            if isinstance(code, str) and code:
                return f"条目 {code}", f"item {code}", field
            return (
                f"第 {s_index + 1} 组第 {i_index + 1} 个条目",
                f"item {i_index + 1} of section {s_index + 1}",
                field,
            )
        code = _get(section, "code")
        field = _join(loc[2:])
        if isinstance(code, str) and code:
            return f"分组 {code}", f"section {code}", field
        return f"第 {s_index + 1} 组", f"section {s_index + 1}", field
    return "", "", _join(loc)


def _get(data: object, *keys: str | int) -> object:
    """Walk into the raw YAML data; None where the path does not exist."""
    for key in keys:
        if isinstance(key, int) and isinstance(data, list) and 0 <= key < len(data):
            data = data[key]
        elif isinstance(key, str) and isinstance(data, dict):
            data = data.get(key)
        else:
            return None
    return data


def _join(parts: Sequence[str | int]) -> str:
    return ".".join(str(p) for p in parts)


def _reason(error: Mapping[str, Any]) -> Msg:
    """The reason of one pydantic error, translated for the common cases."""
    kind = error["type"]
    ctx = error.get("ctx") or {}
    if kind == "template_rule":
        return Msg(ctx["zh"], ctx["en"])
    if kind == "missing":
        return Msg("缺少必填字段", "required field is missing")
    if kind == "extra_forbidden":
        return Msg("未知字段（可能拼写错误）", "unknown field (misspelt?)")
    if kind == "literal_error":
        expected = str(ctx.get("expected", ""))
        expected_zh = expected.replace(" or ", ", ")
        return Msg(
            f"取值无效，应为 {expected_zh} 之一", f"invalid value, expected one of {expected}"
        )
    if kind == "string_pattern_mismatch":
        pattern = ctx.get("pattern", "")
        if pattern == CODE_PATTERN:
            return Msg(
                "格式不正确：代码应以小写字母开头，只含小写字母、数字和下划线（如 a1），"
                "最长32个字符",
                "wrong format: a code starts with a lower-case letter and has only lower-case "
                "letters, digits and _ (e.g. a1), at most 32 characters",
            )
        if pattern == VIOLATION_PATTERN:
            return Msg(
                "格式不正确：违法类型应写作 V 加序号（如 V24）",
                "wrong format: a violation type is V and its number (e.g. V24)",
            )
        return Msg(f"格式不正确（应符合 {pattern}）", f"wrong format (must match {pattern})")
    if kind in ("string_too_short", "too_short"):
        return Msg("不能为空", "must not be empty")
    if kind == "greater_than_equal":
        bound = ctx.get("ge", "")
        return Msg(f"必须不小于 {bound}", f"must be at least {bound}")
    if kind in ("string_type", "string_sub_type"):
        return Msg("应为文本（必要时加引号）", "must be text (quote it if needed)")
    if kind in ("float_type", "float_parsing", "int_type", "int_parsing", "int_from_float"):
        return Msg("应为数字", "must be a number")
    if kind == "finite_number":
        return Msg("应为有限数字", "must be a finite number")
    if kind in ("bool_type", "bool_parsing"):
        return Msg("应为 true 或 false", "must be true or false")
    if kind == "list_type":
        return Msg("应为列表", "must be a list")
    if kind in ("model_type", "model_attributes_type", "dict_type"):
        return Msg("应为映射（键: 值）", "must be a mapping (key: value)")
    return Msg(f"取值无效：{error['msg']}", f"invalid value: {error['msg']}")
