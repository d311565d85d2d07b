"""Issuing a document: check the snapshot, draw its number, render, store, audit — one transaction.

The snapshot is checked *before* a number is drawn (with a placeholder in the number field), so
a refused document never consumes a number; the number, the stored document and the audit
events then commit together, or not at all (cases/numbering.py).  The stored snapshot is what
a reprint uses, and ``rerender`` proves the stored bytes still come from it.
"""

from __future__ import annotations

import uuid
from datetime import date
from typing import Any

from pydantic import BaseModel
from sqlalchemy.orm import Session

from inspector_app.cases.numbering import draw_number, link_document
from inspector_app.forms.base import sha256
from inspector_app.forms.common import Letter
from inspector_app.forms.registry import document_type
from inspector_app.forms.signed import Resolver
from inspector_app.store import Document
from inspector_app.store.audit import append_event
from inspector_app.store.base import utcnow

PLACEHOLDER_NUMBER = "待编号"


def issue_document(
    session: Session,
    agency_id: uuid.UUID,
    code: str,
    data: dict[str, Any],
    on: date,
    by: uuid.UUID | None = None,
    inspection_id: uuid.UUID | None = None,
    supersedes: Document | None = None,
) -> Document:
    """Store a new document of type ``code`` from ``data``; numbered types draw a number.

    ``on`` is the issue date (it picks the number's year and fills ``issued_on`` when the
    data has none).  ``supersedes`` makes this a corrected version of an earlier document.
    """
    kind = document_type(code)
    data = dict(data)
    if issubclass(kind.snapshot, Letter):
        data.setdefault("issued_on", on)
    drawn = bool(kind.number_kind and not data.get("number"))
    if drawn:
        kind.build({**data, "number": PLACEHOLDER_NUMBER})  # refuse before spending a number
        data["number"] = draw_number(session, agency_id, code, on, by).number
    snapshot = kind.build(data)
    document = store_document(session, code, snapshot, by, inspection_id, supersedes)
    number = document.number
    if drawn and number:
        link_document(session, number, document.id)
    return document


def store_document(
    session: Session,
    code: str,
    snapshot: BaseModel,
    by: uuid.UUID | None,
    inspection_id: uuid.UUID | None = None,
    supersedes: Document | None = None,
    resolver: Resolver | None = None,
    late_reason: str = "",
) -> Document:
    """Render a checked snapshot and store it as a document, audited as ``document.issue``.

    A version that ``supersedes`` another keeps its number and names it in the audit event;
    ``resolver`` reads signature images for a signed version (forms/signed.py).
    """
    kind = document_type(code)
    pdf = kind.renderer(resolver).render(snapshot)
    number = getattr(snapshot, "number", "") or None
    document = Document(
        id=uuid.uuid4(),
        kind=code,
        inspection_id=inspection_id,
        number=number,
        version=supersedes.version + 1 if supersedes else 1,
        supersedes_id=supersedes.id if supersedes else None,
        snapshot=snapshot.model_dump(mode="json"),
        renderer=kind.renderer.renderer_id,
        pdf=pdf,
        pdf_sha256=sha256(pdf),
        generated_at=utcnow().replace(microsecond=0),
        generated_by=by,
        late_reason=late_reason,
    )
    session.add(document)
    session.flush()
    payload: dict[str, Any] = {"type": code, "number": number, "sha256": document.pdf_sha256}
    if supersedes is not None:
        payload["supersedes"] = str(supersedes.id)
        payload["version"] = document.version
    append_event(session, "document.issue", "document", document.id, payload, officer_id=by)
    return document


def rerender(document: Document, resolver: Resolver | None = None) -> bytes:
    """The PDF from the stored snapshot: equal to ``document.pdf`` unless something changed.

    A signed version needs ``resolver`` to read its signature images (each checked by hash).
    """
    return document_type(document.kind).render(dict(document.snapshot), resolver)
