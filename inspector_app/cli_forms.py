"""`inspector forms …` (the document set) and `inspector numbers …` (document-number blocks).

``forms sample`` and ``forms render`` need no database: they preview a document from the
built-in example or from a JSON snapshot, without a number being drawn.  ``forms issue`` draws
the number and stores the document; ``numbers`` configures the blocks this device draws from
until sync leases them, lists what is left, and voids a number.
"""

from __future__ import annotations

import argparse
import json
from datetime import date, datetime, timedelta, timezone
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from inspector_app.i18n import Msg, UserError

if TYPE_CHECKING:
    from inspector_app.cli import Console

CHINA = timezone(timedelta(hours=8))


def _snapshot_file(path: str) -> dict[str, Any]:
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise UserError(
            Msg(f"无法读取文书数据文件 {path}：{exc}", f"Cannot read snapshot {path}: {exc}")
        ) from None
    if not isinstance(data, dict):
        raise UserError(Msg("文书数据应为 JSON 对象", "The snapshot must be a JSON object"))
    return data


def _write(out: Console, path: str, pdf: bytes, number: str | None = None) -> None:
    Path(path).write_bytes(pdf)
    label = f"（{number}）" if number else ""
    out.say(f"已生成文书{label}：{path}", f"Document {number or ''} written to {path}")


def cmd_list(args: argparse.Namespace, out: Console) -> int:
    from inspector_app.forms.registry import DOCUMENT_TYPES

    rows = [
        {
            "code": t.code,
            "title": t.title,
            "number_kind": t.number_kind,
            "abbr": t.default_abbreviation,
        }
        for t in DOCUMENT_TYPES.values()
    ]
    if args.json:
        print(json.dumps(rows, ensure_ascii=False, indent=2))
        return 0
    for row in rows:
        kind = f"{row['number_kind']}（{row['abbr']}）" if row["number_kind"] else "—"
        print(f"{row['code']:<30} {kind:<24} {row['title']}")
    return 0


def cmd_sample(args: argparse.Namespace, out: Console) -> int:
    from inspector_app.forms.registry import render_document
    from inspector_app.forms.samples import sample

    _write(out, args.output, render_document(args.code, sample(args.code)))
    return 0


def cmd_render(args: argparse.Namespace, out: Console) -> int:
    from inspector_app.forms.registry import render_document

    _write(out, args.output, render_document(args.code, _snapshot_file(args.snapshot)))
    return 0


def _today() -> date:
    return datetime.now(CHINA).date()


def cmd_issue(args: argparse.Namespace, out: Console, session: Session) -> int:
    from inspector_app.cases.issuing import issue_document
    from inspector_app.cli_inspections import _officer

    me = _officer(session, args)
    on = date.fromisoformat(args.date) if args.date else _today()
    data = _snapshot_file(args.snapshot)
    document = issue_document(session, me.agency_id, args.code, data, on, by=me.id)
    _write(out, args.output, document.pdf, document.number)
    return 0


def cmd_add_block(args: argparse.Namespace, out: Console, session: Session) -> int:
    from inspector_app.cases.numbering import add_block
    from inspector_app.cli_inspections import _officer
    from inspector_app.store import Role

    me = _officer(session, args)
    if me.role is not Role.ADMINISTRATOR:
        raise UserError(Msg("只有管理员可以配置文号段", "Only an administrator configures blocks"))
    block = add_block(session, me.agency_id, args.code, args.year, args.first, args.last, by=me.id)
    out.say(
        f"已配置文号段：{args.code} {block.year}年 {block.first_seq}–{block.last_seq}",
        f"Block added: {args.code} {block.year} {block.first_seq}–{block.last_seq}",
    )
    return 0


def cmd_blocks(args: argparse.Namespace, out: Console, session: Session) -> int:
    from inspector_app.store import NumberBlock

    blocks = session.scalars(
        select(NumberBlock).order_by(NumberBlock.year, NumberBlock.kind, NumberBlock.first_seq)
    )
    for b in blocks:
        left = b.last_seq - b.next_seq + 1
        print(f"{b.year} {b.kind:<16} {b.first_seq}–{b.last_seq}  next {b.next_seq}  left {left}")
    return 0


def cmd_void(args: argparse.Namespace, out: Console, session: Session) -> int:
    from inspector_app.cases.numbering import void_number
    from inspector_app.cli_inspections import _officer

    me = _officer(session, args)
    void_number(session, args.number, args.reason, by=me.id)
    out.say(f"文号 {args.number} 已作废（保留不再使用）", f"Number {args.number} is void (kept)")
    return 0


def _with_session(args: argparse.Namespace, out: Console) -> int:
    from inspector_app.cli import _open

    db = _open(args)
    try:
        with db.session() as session:
            return int(args.run(args, out, session))
    finally:
        db.close()


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    """Add `forms` and `numbers` to the `inspector` parser."""
    auth = argparse.ArgumentParser(add_help=False)
    auth.add_argument("--officer", help="certificate number of the acting officer")
    auth.add_argument("--password", help="password (or INSPECTOR_PASSWORD)")
    forms = sub.add_parser("forms", parents=[common], help="the enforcement document set")
    fsub = forms.add_subparsers(dest="action", required=True)
    p = fsub.add_parser("list", parents=[common], help="document types, number kinds")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_list)
    p = fsub.add_parser("sample", parents=[common], help="render the built-in example")
    p.add_argument("code")
    p.add_argument("-o", "--output", required=True)
    p.set_defaults(handler=cmd_sample)
    p = fsub.add_parser("render", parents=[common], help="preview from a JSON snapshot")
    p.add_argument("code")
    p.add_argument("snapshot")
    p.add_argument("-o", "--output", required=True)
    p.set_defaults(handler=cmd_render)
    p = fsub.add_parser("issue", parents=[common, auth], help="number, store and print")
    p.add_argument("code")
    p.add_argument("snapshot")
    p.add_argument("-o", "--output", required=True)
    p.add_argument("--date", help="issue date YYYY-MM-DD (default: today, China time)")
    p.set_defaults(handler=_with_session, run=cmd_issue)
    numbers = sub.add_parser("numbers", parents=[common], help="document-number blocks")
    nsub = numbers.add_subparsers(dest="action", required=True)
    p = nsub.add_parser("add-block", parents=[common, auth], help="configure a block")
    p.add_argument("code", help="document type, e.g. penalty_decision")
    p.add_argument("--year", type=int, required=True)
    p.add_argument("--first", type=int, required=True)
    p.add_argument("--last", type=int, required=True)
    p.set_defaults(handler=_with_session, run=cmd_add_block)
    p = nsub.add_parser("list", parents=[common], help="blocks and numbers left")
    p.set_defaults(handler=_with_session, run=cmd_blocks)
    p = nsub.add_parser("void", parents=[common, auth], help="void a number (kept, never reused)")
    p.add_argument("number")
    p.add_argument("--reason", required=True)
    p.set_defaults(handler=_with_session, run=cmd_void)
