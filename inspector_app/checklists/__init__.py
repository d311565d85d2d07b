"""Checklist templates (清单式执法): schema, YAML loader and the answer engine.

The templates themselves are data in ``resources/checklists``; nothing here imports Qt.
"""

from inspector_app.checklists.engine import (
    AnswerError,
    AnswerValue,
    Outcome,
    findings,
    missing_required,
    normalize_answer,
    outcome,
    progress,
    visible_items,
)
from inspector_app.checklists.loader import (
    TemplateError,
    content_hash,
    default_templates_dir,
    load_directory,
    load_template,
)
from inspector_app.checklists.schema import ChecklistTemplate, Choice, Condition, Item, Section

__all__ = [
    "AnswerError",
    "AnswerValue",
    "ChecklistTemplate",
    "Choice",
    "Condition",
    "Item",
    "Outcome",
    "Section",
    "TemplateError",
    "content_hash",
    "default_templates_dir",
    "findings",
    "load_directory",
    "load_template",
    "missing_required",
    "normalize_answer",
    "outcome",
    "progress",
    "visible_items",
]
