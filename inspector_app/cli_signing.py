"""`inspector cases sign`: a signature from a PNG file, or a witnessed refusal, on a document.

The signed version is written like the UI writes it (cases/signing.py): the PNG goes to the
evidence store, the new version of the document draws it, and the command prints the new
version's id so a script can sign again (the officer after the party).
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlalchemy.orm import Session

from inspector_app.cli_inspections import by_id_prefix, only_one
from inspector_app.i18n import Msg, UserError
from inspector_app.store import Document
from inspector_app.store.document import is_current

if TYPE_CHECKING:
    from inspector_app.cli import Console


def find_document(session: Session, ref: str) -> Document:
    """The current version of a document by number, or a document by id (six characters or
    more of it)."""
    found = session.scalars(
        select(Document).where(Document.number == ref, Document.voided.is_(False), is_current())
    ).all()
    return only_one(found or by_id_prefix(session, Document, ref, "文书"), ref, "文书", "document")


def cmd_sign(args: argparse.Namespace, out: Console, session: Session) -> int:
    from inspector_app.cases.signing import sign_document
    from inspector_app.cli_cases import _day
    from inspector_app.cli_evidence import _context
    from inspector_app.cli_inspections import _officer

    me = _officer(session, args)
    if args.refused == bool(args.png):
        raise UserError(
            Msg(
                "请给出 --png 签名图像，或 --refused 与 --witness",
                "Give --png, or --refused with --witness",
            )
        )
    png = None
    if args.png:
        try:
            png = Path(args.png).read_bytes()
        except OSError as exc:
            raise UserError(
                Msg(f"无法读取签名图像：{args.png}", f"Cannot read the signature image: {exc}")
            ) from None
    doc = find_document(session, args.document)
    signed = sign_document(
        session,
        _context(args).blobs.root,
        doc.id,
        args.role,
        args.name,
        me.id,
        _day(args.on),
        png=png,
        refused=args.refused,
        witness=args.witness or "",
        label=args.row,
    )
    if args.output:
        Path(args.output).write_bytes(signed.pdf)
    print(signed.id)  # the signed version, for a further signature
    return 0


def add_sign(csub: argparse._SubParsersAction, parents: list[argparse.ArgumentParser]) -> None:
    """Add `inspector cases sign` (called from cli_cases.register)."""
    from inspector_app.cases.signatures import ROLES

    p = csub.add_parser("sign", parents=parents, help="sign a document (a signed version)")
    p.add_argument("--document", required=True, help="document number or id")
    p.add_argument("--role", required=True, choices=list(ROLES))
    p.add_argument("--name", required=True, help="the signer's name")
    p.add_argument("--png", help="the signature image (PNG)")
    p.add_argument("--refused", action="store_true", help="the signer refused to sign")
    p.add_argument("--witness", help="who saw the refusal")
    p.add_argument("--row", help="the row of the signature block (default: by role)")
    p.add_argument("--on", help="date of signing (default today)")
    p.add_argument("-o", "--output", help="write the signed PDF here")
    p.set_defaults(run=cmd_sign)
