"""Evidence use cases the UI calls besides import: list, caption, link, thumbnail, EXIF panel.

Captions and links are descriptions *about* the evidence, so they may change; each change goes
into the audit log with the old and new value.  The original bytes never change.
"""

from __future__ import annotations

import uuid
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from inspector_app.checklists.catalog import stored_template
from inspector_app.evidence.context import EvidenceContext
from inspector_app.evidence.photo import exif_details, make_thumbnail
from inspector_app.i18n import Msg, UserError
from inspector_app.store import ChecklistTemplate, EvidenceItem, EvidenceLink, Inspection
from inspector_app.store.audit import append_event
from inspector_app.store.base import utcnow

MAX_CAPTION = 500


def get_item(session: Session, evidence_id: uuid.UUID) -> EvidenceItem:
    item = session.get(EvidenceItem, evidence_id)
    if item is None:
        raise UserError(Msg("找不到该证据", "Evidence item not found"))
    return item


def list_evidence(
    session: Session,
    inspection_id: uuid.UUID,
    item: tuple[str, str] | None = None,
    include_withdrawn: bool = False,
) -> list[EvidenceItem]:
    """An inspection's evidence in exhibit order; with ``item``, only what supports that item."""
    query = (
        select(EvidenceItem)
        .where(EvidenceItem.inspection_id == inspection_id)
        .options(selectinload(EvidenceItem.links))
        .order_by(EvidenceItem.seq)
    )
    if not include_withdrawn:
        query = query.where(EvidenceItem.withdrawn_at.is_(None))
    if item is not None:
        query = (
            query.join(EvidenceLink)
            .join(ChecklistTemplate, ChecklistTemplate.id == EvidenceLink.template_id)
            .where(ChecklistTemplate.code == item[0], EvidenceLink.item_code == item[1])
        )
    return list(session.scalars(query))


def set_caption(
    session: Session, evidence_id: uuid.UUID, caption: str, by: uuid.UUID
) -> EvidenceItem:
    """Change what the photo is said to show (证明内容); the audit log keeps the old text."""
    item = get_item(session, evidence_id)
    text = caption.strip()
    if len(text) > MAX_CAPTION:
        raise UserError(
            Msg(f"说明不能超过 {MAX_CAPTION} 字", f"A caption is at most {MAX_CAPTION} characters")
        )
    if text == item.caption:
        return item
    old = item.caption
    item.caption = text
    append_event(
        session,
        "evidence.caption_changed",
        "evidence",
        item.id,
        {"sha256": item.sha256, "old": old, "new": text},
        officer_id=by,
    )
    return item


def withdraw(session: Session, evidence_id: uuid.UUID, reason: str, by: uuid.UUID) -> EvidenceItem:
    """Take an item out of the documents and exports without deleting anything.

    Evidence is never deleted (evidence-and-sync.md §4.2 item 13): the row, the blob and the
    audit history stay; the reason is required and logged.
    """
    item = get_item(session, evidence_id)
    if item.withdrawn_at is not None:
        raise UserError(Msg("该证据已撤回", "This evidence item is already withdrawn"))
    if not reason.strip():
        raise UserError(Msg("撤回证据须说明理由", "Withdrawing evidence needs a reason"))
    item.withdrawn_at = utcnow().replace(microsecond=0)
    item.withdrawn_by = by
    item.withdrawn_reason = reason.strip()
    append_event(
        session,
        "evidence.withdrawn",
        "evidence",
        item.id,
        {"sha256": item.sha256, "reason": item.withdrawn_reason},
        officer_id=by,
    )
    return item


ACCESS_ACTIONS = ("viewed", "printed", "shared")


def log_access(session: Session, evidence_id: uuid.UUID, action: str, by: uuid.UUID) -> None:
    """Record that the officer viewed, printed or shared an item (custody log, §4.2 item 9)."""
    if action not in ACCESS_ACTIONS:
        raise ValueError(action)
    item = get_item(session, evidence_id)
    append_event(
        session, f"evidence.{action}", "evidence", item.id, {"sha256": item.sha256}, officer_id=by
    )


def item_template_id(
    session: Session, inspection: Inspection, code: str, item_code: str
) -> uuid.UUID:
    """The stored template of checklist ``code`` in this inspection, if it has ``item_code``."""
    for link in inspection.checklists:
        row = session.get(ChecklistTemplate, link.template_id)
        if row is not None and row.code == code:
            try:
                stored_template(row).item(item_code)
            except KeyError:
                raise UserError(
                    Msg(
                        f"检查表 {code} 中没有条目 {item_code}",
                        f"Checklist {code} has no item {item_code}",
                    )
                ) from None
            return row.id
    raise UserError(
        Msg(f"本次检查未使用检查表 {code}", f"This inspection does not use checklist {code}")
    )


def link_item(
    session: Session, evidence_id: uuid.UUID, template_code: str, item_code: str, by: uuid.UUID
) -> EvidenceItem:
    """Say that this evidence supports one more checklist item (one photo, several items)."""
    item = get_item(session, evidence_id)
    inspection = session.get(Inspection, item.inspection_id)
    assert inspection is not None
    template_id = item_template_id(session, inspection, template_code, item_code)
    if any((x.template_id, x.item_code) == (template_id, item_code) for x in item.links):
        return item
    item.links.append(EvidenceLink(template_id=template_id, item_code=item_code))
    append_event(
        session,
        "evidence.linked",
        "evidence",
        item.id,
        {"sha256": item.sha256, "item": f"{template_code}/{item_code}"},
        officer_id=by,
    )
    return item


def unlink_item(
    session: Session, evidence_id: uuid.UUID, template_code: str, item_code: str, by: uuid.UUID
) -> EvidenceItem:
    item = get_item(session, evidence_id)
    inspection = session.get(Inspection, item.inspection_id)
    assert inspection is not None
    template_id = item_template_id(session, inspection, template_code, item_code)
    keep = [x for x in item.links if (x.template_id, x.item_code) != (template_id, item_code)]
    if len(keep) != len(item.links):
        item.links = keep
        append_event(
            session,
            "evidence.unlinked",
            "evidence",
            item.id,
            {"sha256": item.sha256, "item": f"{template_code}/{item_code}"},
            officer_id=by,
        )
    return item


def original_path(ctx: EvidenceContext, item: EvidenceItem) -> Path:
    """Where the stored original is, for a viewer that opens it read-only."""
    return ctx.blobs.path_for(item.sha256)


def thumbnail_path(ctx: EvidenceContext, item: EvidenceItem) -> Path | None:
    """The cached thumbnail, built from the original when missing; None when not a photo.

    Building decodes a JPEG at reduced (draft) size, ~50 ms for 12 megapixels: call it from a
    worker thread, not the UI thread.
    """
    if item.kind != "photo":
        return None
    cached = ctx.thumbs.path_for(item.sha256)
    if cached.is_file():
        return cached
    source = ctx.blobs.path_for(item.sha256)
    if not source.is_file():
        return None
    image = make_thumbnail(source)
    return ctx.thumbs.save(item.sha256, image) if image is not None else None


def details(ctx: EvidenceContext, item: EvidenceItem) -> dict[str, str]:
    """Every EXIF/GPS tag of a photo by name, for the viewer's panel; empty otherwise."""
    if item.kind not in ("photo", "file") or not item.media_type.startswith("image/"):
        return {}
    source = ctx.blobs.path_for(item.sha256)
    return exif_details(source) if source.is_file() else {}
