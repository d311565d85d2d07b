"""Reading the law catalogue's YAML files, with messages that name the file, row and field.

A catalogue error is found by whoever edits the data (a developer, an administrator adding a
Code article number, or a server update), so the message says which file, which row (by its
code, e.g. ``V24`` or ``apl-99-i2``) and which field is wrong, in Chinese and English, and
never shows a traceback.  Cross-file checks (a basis cites a provision that does not exist, a
provision of a law version the laws file lacks) are made by :mod:`inspector_app.law.catalogue`
through :func:`problem`, so they read the same way.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any, TypeVar

import yaml
from pydantic import BaseModel, ValidationError

from inspector_app.bundle import resources_dir
from inspector_app.checklists.loader import _reason
from inspector_app.i18n import Msg, UserError, join_problems
from inspector_app.strict_yaml import DuplicateKeyError, load_strict

M = TypeVar("M", bound=BaseModel)
MAX_REPORTED = 5
#: Keys whose list entries are "rows"; the key inside a row that names it.
ROW_KEYS = {
    "violations": "code",
    "provisions": "id",
    "laws": "code",
    "rules": "code",
    "regimes": "code",
    "factors": "name",
    "tiers": "name",
    "entries": "code",
}


class LawDataError(UserError):
    """A catalogue file cannot be used; ``problems`` lists each problem without the file name."""

    def __init__(self, path: Path, problems: Sequence[Msg]) -> None:
        self.path = path
        self.problems = list(problems)
        joined = join_problems(self.problems, MAX_REPORTED)
        zh, en = joined.zh, joined.en
        super().__init__(
            Msg(f"法律目录文件 {path} 有误：{zh}", f"Law catalogue file {path} is invalid: {en}")
        )


def default_law_dir() -> Path:
    """The catalogue shipped with the app (``resources/law`` in the repository)."""
    return resources_dir() / "law"


def read_yaml(path: Path) -> dict[str, Any]:
    """The file's top-level mapping, or :class:`LawDataError` saying why it cannot be read."""
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise LawDataError(path, [Msg("文件不存在", "the file does not exist")]) from None
    except (UnicodeDecodeError, OSError):
        raise LawDataError(
            path, [Msg("无法以 UTF-8 读取文件", "cannot read the file as UTF-8")]
        ) from None
    try:
        data = load_strict(text)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        problem = getattr(exc, "problem", None) or str(exc)
        where = f"第 {mark.line + 1} 行：" if mark else ""
        where_en = f"line {mark.line + 1}: " if mark else ""
        if isinstance(exc, DuplicateKeyError):
            raise LawDataError(
                path,
                [
                    Msg(
                        f"{where}键 {exc.key!r} 重复（同一映射中只能出现一次）",
                        f"{where_en}duplicate key {exc.key!r}",
                    )
                ],
            ) from None
        raise LawDataError(
            path, [Msg(f"{where}YAML 语法错误：{problem}", f"{where_en}YAML error: {problem}")]
        ) from None
    if not isinstance(data, dict):
        raise LawDataError(
            path, [Msg("文件内容应为一个映射（键: 值）", "the file must be a mapping")]
        )
    return data


def validate(path: Path, model: type[M], data: Mapping[str, Any] | None = None) -> M:
    """Read (unless ``data`` is given) and validate one file against ``model``."""
    raw = read_yaml(path) if data is None else data
    try:
        return model.model_validate(raw)
    except ValidationError as exc:
        raise LawDataError(path, [_describe(err, raw) for err in exc.errors()]) from None


def problem(where: Sequence[str | int], data: Mapping[str, Any], zh: str, en: str) -> Msg:
    """A cross-file problem at ``where`` (a pydantic-style location) of a file's ``data``."""
    where_zh, where_en = _place(list(where), data)
    return Msg(f"{where_zh}：{zh}" if where_zh else zh, f"{where_en}: {en}" if where_en else en)


def _describe(error: Mapping[str, Any], data: Mapping[str, Any]) -> Msg:
    loc: list[str | int] = list(error["loc"])
    ctx = error.get("ctx") or {}
    if error["type"] == "template_rule" and ctx.get("at"):
        loc += [int(p) if p.isdigit() else p for p in str(ctx["at"]).split(".")]
    reason = _reason(error)
    where_zh, where_en = _place(loc, data)
    return Msg(
        f"{where_zh}：{reason.zh}" if where_zh else reason.zh,
        f"{where_en}: {reason.en}" if where_en else reason.en,
    )


def _place(loc: list[str | int], data: Mapping[str, Any]) -> tuple[str, str]:
    """ "第 3 条（V3）的字段 bases.0.fine.min" from a location such as
    ``["violations", 2, "bases", 0, "fine", "min"]``; nested rows are named the same way."""
    parts_zh: list[str] = []
    parts_en: list[str] = []
    node: Any = data
    index = 0
    while index < len(loc):
        key = loc[index]
        nxt = loc[index + 1] if index + 1 < len(loc) else None
        if isinstance(key, str) and key in ROW_KEYS and isinstance(nxt, int):
            rows = node.get(key) if isinstance(node, dict) else None
            row = rows[nxt] if isinstance(rows, list) and 0 <= nxt < len(rows) else None
            if not isinstance(row, dict):
                break  # a list of references, not of rows: name it as a field path
            name = row.get(ROW_KEYS[key]) if isinstance(row, dict) else None
            label = f"（{name}）" if isinstance(name, str) else ""
            label_en = f" ({name})" if isinstance(name, str) else ""
            parts_zh.append(f"{key} 第 {nxt + 1} 条{label}")
            parts_en.append(f"{key} row {nxt + 1}{label_en}")
            node = row
            index += 2
            continue
        break
    field = ".".join(str(p) for p in loc[index:])
    if field:
        parts_zh.append(f"字段 {field}")
        parts_en.append(f"field {field}")
    return " 的".join(parts_zh), ", ".join(parts_en)
