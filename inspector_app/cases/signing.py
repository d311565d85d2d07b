"""Signing a document: the signature goes on paper as a new, signed version of the document.

An issued document is immutable (DESIGN.md rule 3) and its PDF is re-verifiable from its
snapshot, so a signature is not pasted into the stored PDF.  Instead the signature is kept as
evidence (cases/signatures.py: PNG in the blob store, hash in the audit log), and a new version
of the document — same number, ``supersedes`` the one signed — carries every signature so far in
its snapshot and draws them in its signature block.  Every listing shows only the newest version
(``store.document.is_current``); the older one stays in the database and the audit chain.
"""

from __future__ import annotations

import uuid
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from inspector_app.cases.issuing import store_document
from inspector_app.cases.signatures import ROLES, record_refusal, record_signature
from inspector_app.evidence.blobs import BlobStore
from inspector_app.forms.registry import DOCUMENT_TYPES
from inspector_app.forms.signed import Resolver, SignatureMark, choose_label
from inspector_app.i18n import Msg, UserError
from inspector_app.store import CaseDocument, Document

ROLE_NAMES = {
    "party": ("当事人", "the party"),
    "officer": ("执法人员", "an officer"),
    "witness": ("见证人", "a witness"),
    "recorder": ("记录人", "the recorder"),
    "receiver": ("受送达人", "the receiver"),
}


def blob_resolver(blobs: Path) -> Resolver:
    """Reads a signature image from the evidence store by its hash (the renderer checks it)."""
    store = BlobStore(blobs)
    return lambda sha256: store.path_for(sha256).read_bytes()


def signable(session: Session, document_id: uuid.UUID) -> tuple[Document, list[str]]:
    """The document, if it can be signed now, and the labels of its signature rows."""
    doc = session.get(Document, document_id)
    if doc is None:
        raise UserError(Msg("找不到该文书", "Document not found"))
    if doc.voided:
        raise UserError(
            Msg(
                f"文书{doc.number or ''}已作废，不能签字",
                f"Document {doc.number or ''} is voided and cannot be signed",
            )
        )
    if session.scalar(select(Document.id).where(Document.supersedes_id == doc.id)) is not None:
        raise UserError(
            Msg(
                "此文书已有更新的版本，请在最新版本上签字",
                "This document has a newer version; sign the current one",
            )
        )
    kind = DOCUMENT_TYPES.get(doc.kind)
    if kind is None:
        raise UserError(
            Msg(
                f"此类文书不在此签字：{doc.kind}",
                f"This kind of document is not signed here: {doc.kind}",
            )
        )
    rows = kind.renderer().signature_rows(kind.build(dict(doc.snapshot)))
    return doc, rows


def sign_document(
    session: Session,
    blobs: Path,
    document_id: uuid.UUID,
    role: str,
    signer_name: str,
    by: uuid.UUID,
    on: date,
    png: bytes | None = None,
    refused: bool = False,
    witness: str = "",
    label: str | None = None,
) -> Document:
    """Record a signature (or a witnessed refusal) and return the signed version.

    ``label`` picks the row of the signature block; by default the first free row for the
    role (forms/signed.py ``ROLE_LABELS``).  Nothing is written if anything is refused.
    """
    if role not in ROLES:
        raise UserError(Msg(f"签名人身份不正确：{role}", f"Unknown signer role: {role}"))
    if not signer_name.strip():
        raise UserError(Msg("请填写签名人姓名", "Give the signer's name"))
    doc, rows = signable(session, document_id)
    kind = DOCUMENT_TYPES[doc.kind]
    existing = [SignatureMark.model_validate(m) for m in doc.snapshot.get("signatures", [])]
    if label is not None and label not in rows:
        raise UserError(
            Msg(f"此文书没有“{label}”签字栏", f"This document has no signature row “{label}”")
        )
    chosen = label or choose_label(rows, role, [m.label for m in existing])
    if chosen is None:
        zh, en = ROLE_NAMES.get(role, (role, role))
        raise UserError(
            Msg(f"此文书没有{zh}的签字栏", f"This document has no signature row for {en}")
        )
    issued = doc.snapshot.get("issued_on")
    if issued and on < date.fromisoformat(str(issued)[:10]):
        raise UserError(
            Msg(
                f"签字日期{on}早于文书日期{str(issued)[:10]}",
                f"The signature date {on} is before the document's date {str(issued)[:10]}",
            )
        )
    case_id = session.scalar(select(CaseDocument.case_id).where(CaseDocument.document_id == doc.id))
    if refused:
        signature = record_refusal(
            session, role, signer_name, witness, by, document_id=doc.id, case_id=case_id
        )
    else:
        if png is None:
            raise UserError(Msg("没有签名图像", "No signature image was given"))
        signature = record_signature(
            session, blobs, png, role, signer_name, by, document_id=doc.id, case_id=case_id
        )
    mark = SignatureMark(
        role=role,  # type: ignore[arg-type]  # checked against ROLES above
        label=chosen,
        name=signature.signer_name,
        sha256=signature.sha256 or "",
        refused=signature.refused,
        witness=signature.witness,
        on=on,
    )
    data: dict[str, Any] = dict(doc.snapshot)
    data["signatures"] = [m.model_dump(mode="json") for m in [*existing, mark]]
    signed = store_document(
        session,
        doc.kind,
        kind.build(data),
        by,
        inspection_id=doc.inspection_id,
        supersedes=doc,
        resolver=blob_resolver(blobs),
        late_reason=doc.late_reason,
    )
    links = session.scalars(select(CaseDocument).where(CaseDocument.document_id == doc.id)).all()
    for link in links:  # the signed version takes the old one's place in the case file
        session.add(
            CaseDocument(
                case_id=link.case_id,
                document_id=signed.id,
                position=link.position,
                serves_document_id=link.serves_document_id,
            )
        )
    session.flush()
    return signed
