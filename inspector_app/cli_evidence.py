"""`inspector evidence import|export|list|document`: evidence from the command line.

Import prints one line per file as it is processed (so a long card import shows progress and a
killed run shows how far it got), then a summary; the exit code is 1 when any file was refused.
Before importing, what a crashed earlier run left behind is cleaned up.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy.orm import Session

if TYPE_CHECKING:
    from inspector_app.cli import Console
    from inspector_app.evidence.context import EvidenceContext


def _context(args: argparse.Namespace) -> EvidenceContext:
    from inspector_app.config import DataPaths, default_data_dir, load_settings
    from inspector_app.evidence.context import EvidenceContext

    paths = DataPaths(Path(args.data_dir) if args.data_dir else default_data_dir()).ensure()
    return EvidenceContext.from_paths(paths, load_settings(paths))


def _item(text: str | None) -> tuple[str, str] | None:
    if not text:
        return None
    code, _, item = text.partition("/")
    return code, item


def cmd_import(args: argparse.Namespace, out: Console, session: Session) -> int:
    from inspector_app.cli_inspections import _inspection, _officer
    from inspector_app.evidence.ingest import FileOutcome, Status, ingest_files, recover

    me = _officer(session, args)
    inspection = _inspection(session, args.inspection)
    ctx = _context(args)
    recover(session, ctx)

    def progress(done: int, total: int, outcome: FileOutcome) -> None:
        print(f"[{done}/{total}] {outcome.line().render(out.lang)}", flush=True)

    report = ingest_files(
        session,
        ctx,
        [Path(p) for p in args.paths],
        inspection.id,
        me.id,
        item=_item(args.item),
        progress=progress,
    )
    out.msg(report.summary())
    return 1 if report.count(Status.REFUSED) else 0


def cmd_export(args: argparse.Namespace, out: Console, session: Session) -> int:
    from inspector_app.cli_inspections import _inspection, _officer
    from inspector_app.evidence.export import export_package

    me = _officer(session, args)
    inspection = _inspection(session, args.inspection)
    result = export_package(session, _context(args), inspection.id, Path(args.folder), me.id)
    out.say(
        f"已导出 {result.files} 个证据文件到 {result.folder}；校验：python verify.py",
        f"Exported {result.files} evidence files to {result.folder}; check: python verify.py",
    )
    return 0


def cmd_list(args: argparse.Namespace, out: Console, session: Session) -> int:
    from inspector_app.cli_inspections import _inspection
    from inspector_app.evidence.service import list_evidence

    inspection = _inspection(session, args.inspection)
    for item in list_evidence(session, inspection.id):
        when = item.captured_at.isoformat() if item.captured_at else "-"
        print(f"{item.seq:3d}  {item.kind:8s}  {item.sha256[:16]}  {when}  {item.original_name}")
    return 0


def cmd_document(args: argparse.Namespace, out: Console, session: Session) -> int:
    from inspector_app.cli_inspections import _inspection, _officer
    from inspector_app.evidence.documents import generate

    me = _officer(session, args)
    inspection = _inspection(session, args.inspection)
    document = generate(session, _context(args), args.kind, inspection.id, me.id)
    Path(args.output).write_bytes(document.pdf)
    out.say(
        f"已生成 {args.output}（SHA-256 {document.pdf_sha256}）",
        f"Written {args.output} (SHA-256 {document.pdf_sha256})",
    )
    return 0


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    """Add `inspector evidence …` to the parser."""
    from inspector_app.cli_inspections import _with_session

    auth = argparse.ArgumentParser(add_help=False)
    auth.add_argument("--officer", help="certificate number of the acting officer")
    auth.add_argument("--password", help="password (or INSPECTOR_PASSWORD)")
    ev = sub.add_parser("evidence", parents=[common], help="import, list and export evidence")
    esub = ev.add_subparsers(dest="action", required=True)
    p = esub.add_parser("import", parents=[common, auth], help="import files or folders")
    p.add_argument("inspection")
    p.add_argument("paths", nargs="+", metavar="PATH")
    p.add_argument("--item", help="checklist/item the files support, e.g. hw/a2")
    p.set_defaults(run=cmd_import)
    p = esub.add_parser("export", parents=[common, auth], help="write a verifiable package")
    p.add_argument("inspection")
    p.add_argument("folder", metavar="DIR")
    p.set_defaults(run=cmd_export)
    p = esub.add_parser("list", parents=[common], help="list an inspection's evidence")
    p.add_argument("inspection")
    p.set_defaults(run=cmd_list)
    p = esub.add_parser("document", parents=[common, auth], help="photo sheet, list, samples")
    p.add_argument("kind", choices=["photos", "edata", "samples"])
    p.add_argument("inspection")
    p.add_argument("-o", "--output", required=True)
    p.set_defaults(run=cmd_document)
    ev.set_defaults(handler=_with_session)
