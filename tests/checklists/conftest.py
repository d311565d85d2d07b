"""Shared helpers for the checklist tests: a small valid template to break or evaluate."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import yaml

from inspector_app.checklists.schema import ChecklistTemplate

#: Every kind, a show_if chain (a2 → a3 → a4), a choice and number limits; see the file.
DEMO_TEMPLATE = Path(__file__).parent / "data" / "demo.yaml"


@pytest.fixture
def template_data() -> dict[str, Any]:
    """The demo template as plain data, fresh for each test so that it may be broken."""
    data: dict[str, Any] = yaml.safe_load(DEMO_TEMPLATE.read_text(encoding="utf-8"))
    return data


@pytest.fixture
def small_template(template_data: dict[str, Any]) -> ChecklistTemplate:
    return ChecklistTemplate.model_validate(template_data)


@pytest.fixture
def write_yaml(tmp_path: Path) -> Callable[[str, object], Path]:
    """Write data (dict → YAML, str → verbatim) to ``tmp_path/name`` and return the path."""

    def write(name: str, content: object) -> Path:
        path = tmp_path / name
        text = (
            content
            if isinstance(content, str)
            else yaml.safe_dump(content, allow_unicode=True, sort_keys=False)
        )
        path.write_text(text, encoding="utf-8")
        return path

    return write
