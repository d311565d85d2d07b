"""Registering the shipped templates in the database.

An inspection points at a stored (code, version) row whose content is frozen JSON, so editing a
YAML file later can never change what a finished inspection asked.  Changing a template's
content without raising its version is refused: that would make two different checklists
share one identity.
"""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from inspector_app.checklists.loader import content_hash, default_templates_dir, load_directory
from inspector_app.checklists.schema import ChecklistTemplate as TemplateSchema
from inspector_app.i18n import Msg, UserError
from inspector_app.store import ChecklistTemplate
from inspector_app.store.audit import append_event


def register_templates(session: Session, directory: Path | None = None) -> list[ChecklistTemplate]:
    """Store every template version not yet stored; return the stored rows, in file order."""
    rows: list[ChecklistTemplate] = []
    for template in load_directory(directory or default_templates_dir()):
        rows.append(register(session, template))
    return rows


def register(session: Session, template: TemplateSchema) -> ChecklistTemplate:
    digest = content_hash(template)
    stored = session.scalars(
        select(ChecklistTemplate).where(
            ChecklistTemplate.code == template.code,
            ChecklistTemplate.version == template.version,
        )
    ).one_or_none()
    if stored is not None:
        if stored.content_hash != digest:
            raise UserError(
                Msg(
                    f"检查表 {template.code} 第{template.version}版的内容已改变但版本号未提高；"
                    "请提高 version 后再导入",
                    f"Checklist {template.code} version {template.version} changed without a new "
                    "version number; raise 'version' and load it again",
                )
            )
        return stored
    row = ChecklistTemplate(
        code=template.code,
        version=template.version,
        title=template.title_zh,
        content=template.model_dump(mode="json"),
        content_hash=digest,
    )
    session.add(row)
    session.flush()
    append_event(
        session,
        "checklist.registered",
        "checklist_template",
        row.id,
        {"code": row.code, "version": row.version, "sha256": digest},
    )
    return row


def stored_template(row: ChecklistTemplate) -> TemplateSchema:
    """The frozen content of a stored version, validated again on the way out."""
    return TemplateSchema.model_validate(row.content)
