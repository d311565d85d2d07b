"""Signatures on documents: the image as a content-addressed file, its hash in the audit log.

The pad (Qt, built in ui/) hands over PNG bytes; this module keeps them the way evidence is
kept (DESIGN.md, Evidence): written to a temporary file, fsynced and renamed to
``blobs/ab/cdef…`` (the evidence store's ``BlobStore``) before the row commits, never
modified afterwards.  A
party who refuses to sign is recorded with the witness who saw it (reference.md §1.2: witness
for 留置 and refusals).
"""

from __future__ import annotations

import uuid
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from inspector_app.evidence.blobs import BlobStore
from inspector_app.i18n import Msg, UserError
from inspector_app.store import Signature
from inspector_app.store.audit import append_event

PNG_MAGIC = b"\x89PNG\r\n\x1a\n"
MAX_SIGNATURE_BYTES = 2 * 1024 * 1024
ROLES = ("officer", "party", "witness", "recorder", "receiver")


def blob_path(root: Path, sha256: str) -> Path:
    return BlobStore(root).path_for(sha256)


def store_blob(root: Path, data: bytes) -> str:
    """Write ``data`` once under its SHA-256 in the evidence store and return the hash.

    The blob is placed for good before the row commits: if the commit then fails, an unused
    file named by its own hash remains, which is harmless and never mistaken for another.
    """
    store = BlobStore(root)
    staged = store.stage_bytes(data)
    store.done(store.place(staged))
    return staged.sha256


def _role(role: str) -> str:
    if role not in ROLES:
        raise UserError(Msg(f"签名人身份不正确：{role}", f"Unknown signer role: {role}"))
    return role


def record_signature(
    session: Session,
    blobs: Path,
    png: bytes,
    role: str,
    signer_name: str,
    by: uuid.UUID,
    document_id: uuid.UUID | None = None,
    case_id: uuid.UUID | None = None,
) -> Signature:
    """Store a signature image and link it to a document (and/or case)."""
    _role(role)
    if not signer_name.strip():
        raise UserError(Msg("请填写签名人姓名", "Give the signer's name"))
    if not png.startswith(PNG_MAGIC):
        raise UserError(Msg("签名图像不是PNG格式", "The signature image is not a PNG"))
    if len(png) > MAX_SIGNATURE_BYTES:
        raise UserError(Msg("签名图像过大（超过2MB）", "The signature image is over 2 MB"))
    digest = store_blob(blobs, png)
    signature = Signature(
        id=uuid.uuid4(),
        document_id=document_id,
        case_id=case_id,
        role=role,
        signer_name=signer_name.strip(),
        sha256=digest,
        recorded_by=by,
    )
    session.add(signature)
    session.flush()
    append_event(
        session,
        "signature.add",
        "signature",
        signature.id,
        {
            "role": role,
            "signer": signer_name.strip(),
            "sha256": digest,
            "document": str(document_id) if document_id else None,
        },
        officer_id=by,
    )
    return signature


def record_refusal(
    session: Session,
    role: str,
    signer_name: str,
    witness: str,
    by: uuid.UUID,
    document_id: uuid.UUID | None = None,
    case_id: uuid.UUID | None = None,
    note: str = "",
) -> Signature:
    """The person refused to sign: recorded with the witness who saw it."""
    _role(role)
    if not witness.strip():
        raise UserError(
            Msg("拒绝签字须有见证人在场并记录其姓名", "A refusal to sign needs a named witness")
        )
    signature = Signature(
        id=uuid.uuid4(),
        document_id=document_id,
        case_id=case_id,
        role=role,
        signer_name=signer_name.strip(),
        refused=True,
        witness=witness.strip(),
        note=note,
        recorded_by=by,
    )
    session.add(signature)
    session.flush()
    append_event(
        session,
        "signature.refused",
        "signature",
        signature.id,
        {
            "role": role,
            "signer": signer_name.strip(),
            "witness": witness.strip(),
            "note": note,
            "document": str(document_id) if document_id else None,
        },
        officer_id=by,
    )
    return signature


def signatures_of(session: Session, document_id: uuid.UUID) -> list[dict[str, object]]:
    """What a document's snapshot carries about its signatures: role, name, hash or refusal."""
    rows = session.scalars(
        select(Signature).where(Signature.document_id == document_id).order_by(Signature.signed_at)
    )
    return [
        {
            "role": r.role,
            "name": r.signer_name,
            "sha256": r.sha256,
            "refused": r.refused,
            "witness": r.witness,
        }
        for r in rows
    ]
