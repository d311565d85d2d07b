"""`inspector inspections …`, `inspector documents render` and `inspector verify`.

The same use-case functions the app calls, so a whole inspection can be scripted and tested
without a display.  The acting officer signs in with ``--officer`` and ``--password`` (or the
``INSPECTOR_PASSWORD`` environment variable, so the password stays out of shell history).
"""

from __future__ import annotations

import argparse
import json
import os
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from sqlalchemy import String, cast, select
from sqlalchemy.orm import Session

from inspector_app.i18n import Msg, UserError
from inspector_app.store import Enterprise, Inspection, InspectionKind, Officer
from inspector_app.store.base import UUIDPrimaryKey

if TYPE_CHECKING:
    from inspector_app.cli import Console

Keyed = TypeVar("Keyed", bound=UUIDPrimaryKey)


def _officer(session: Session, args: argparse.Namespace) -> Officer:
    from inspector_app.inspections.auth import sign_in

    password = args.password if args.password is not None else os.environ.get("INSPECTOR_PASSWORD")
    if not args.officer or password is None:
        raise UserError(
            Msg(
                "请用 --officer 执法证号 和 --password（或环境变量 INSPECTOR_PASSWORD）登录",
                "Sign in with --officer CERTIFICATE and --password "
                "(or the INSPECTOR_PASSWORD environment variable)",
            )
        )
    return sign_in(session, args.officer, password)


def by_id_prefix(session: Session, model: type[Keyed], ref: str, noun_zh: str) -> list[Keyed]:
    """Up to two rows of ``model`` whose id starts with ``ref`` (two: not unique).  Fewer than
    six characters are refused, so a stray short argument never picks a record by chance."""
    text = ref.replace("-", "").lower()
    if len(text) < 6:
        raise UserError(Msg(f"{noun_zh}编号至少需要6位", "Give at least six characters of the id"))
    query = select(model).where(cast(model.id, String).like(f"{text}%")).limit(2)
    return list(session.scalars(query))


def only_one(found: Sequence[Keyed], ref: str, noun_zh: str, noun_en: str) -> Keyed:
    """The single record ``ref`` named; none or several is refused, naming what was looked for."""
    if len(found) != 1:
        raise UserError(Msg(f"找不到唯一的{noun_zh}：{ref}", f"No unique {noun_en} matches {ref}"))
    return found[0]


def _inspection(session: Session, ref: str) -> Inspection:
    """An inspection by full id or by a unique prefix of at least six characters."""
    return only_one(by_id_prefix(session, Inspection, ref, "检查"), ref, "检查", "inspection")


def _enterprise(session: Session, ref: str) -> Enterprise:
    from inspector_app.store.search import search

    exact = session.scalars(select(Enterprise).where(Enterprise.credit_code == ref.upper())).first()
    if exact:
        return exact
    hits = search(session, ref, limit=2)
    if len(hits) != 1:
        raise UserError(
            Msg(
                f"“{ref}”匹配到{len(hits)}家企业，请给出统一社会信用代码",
                f"'{ref}' matches {len(hits)} enterprises; give the credit code",
            )
        )
    return hits[0].enterprise


def _party(text: str) -> object:
    from inspector_app.inspections.service import PartyPresent

    parts = [p.strip() for p in text.split(",")] + [""] * 5
    return PartyPresent(
        name=parts[0], position=parts[1], id_number=parts[2], phone=parts[3], sex=parts[4]
    )


def cmd_start(args: argparse.Namespace, out: Console, session: Session) -> int:
    from inspector_app.checklists.catalog import register_templates
    from inspector_app.inspections.service import StartRequest, start

    me = _officer(session, args)
    templates = {t.code: t for t in register_templates(session)}
    codes = [c.strip() for c in args.checklists.split(",") if c.strip()]
    unknown = [c for c in codes if c not in templates]
    if unknown:
        raise UserError(Msg(f"没有检查表：{'、'.join(unknown)}", f"Unknown checklists: {unknown}"))
    others = list(session.scalars(select(Officer).where(Officer.certificate_no.in_(args.with_))))
    recorder = None
    if args.recorder:
        recorder = session.scalars(
            select(Officer).where(Officer.certificate_no == args.recorder)
        ).first()
    request = StartRequest(
        enterprise_id=_enterprise(session, args.enterprise).id,
        template_ids=[templates[c].id for c in codes],
        kind=InspectionKind(args.kind),
        officer_ids=[me.id, *[o.id for o in others]],
        recorder_id=recorder.id if recorder else None,
        parties=[_party(p) for p in args.party],  # type: ignore[misc]
        place=args.place or "",
    )
    inspection = start(session, request, by=me.id)
    print(inspection.id)
    return 0


def cmd_answer(args: argparse.Namespace, out: Console, session: Session) -> int:
    from inspector_app.inspections.service import answer

    me = _officer(session, args)
    inspection = _inspection(session, args.inspection)
    template_code, _, item_code = args.item.partition("/")
    value: object = args.value
    if args.value.replace(".", "", 1).lstrip("-").isdigit():
        value = float(args.value)
    answer(session, inspection.id, template_code, item_code, value, me.id, note=args.note)
    out.say(f"已记录 {args.item} = {args.value}", f"Recorded {args.item} = {args.value}")
    return 0


def cmd_finish(args: argparse.Namespace, out: Console, session: Session) -> int:
    from inspector_app.inspections.service import finish

    me = _officer(session, args)
    inspection = finish(session, _inspection(session, args.inspection).id, me.id)
    out.say(f"检查已结束：{inspection.id}", f"Inspection finished: {inspection.id}")
    return 0


def cmd_list(args: argparse.Namespace, out: Console, session: Session) -> int:
    query = select(Inspection, Enterprise).join(Enterprise).order_by(Inspection.started_at.desc())
    for inspection, enterprise in session.execute(query.limit(args.limit)):
        started = inspection.started_at.strftime("%Y-%m-%d %H:%M")
        print(f"{inspection.id}  {started}  {inspection.status.value:12s}  {enterprise.name}")
    return 0


def cmd_show(args: argparse.Namespace, out: Console, session: Session) -> int:
    from inspector_app.checklists.engine import findings, progress
    from inspector_app.inspections.service import answers_by_template, problems_before_finish

    inspection = _inspection(session, args.inspection)
    enterprise = session.get(Enterprise, inspection.enterprise_id)
    assert enterprise is not None
    summary: dict[str, object] = {
        "id": str(inspection.id),
        "status": inspection.status.value,
        "enterprise": enterprise.name,
        "credit_code": enterprise.credit_code,
        "kind": inspection.kind.value,
        "started_at": inspection.started_at.isoformat(),
        "ended_at": inspection.ended_at.isoformat() if inspection.ended_at else None,
        "officers": inspection.officers,
        "version": inspection.version,
    }
    checklists: list[dict[str, object]] = []
    summary["checklists"] = checklists
    for row, template, answers in answers_by_template(session, inspection):
        values = {code: a.value for code, a in answers.items()}
        checklists.append(
            {
                "code": row.code,
                "version": row.version,
                "progress": {k: list(v) for k, v in progress(template, values).items()},
                "findings": [
                    {"item": i.code, "note": answers[i.code].note, "basis": i.basis}
                    for i in findings(template, values)
                ],
            }
        )
    summary["missing"] = [list(p) for p in problems_before_finish(session, inspection)]
    print(json.dumps(summary, ensure_ascii=False, indent=2))
    return 0


def cmd_render(args: argparse.Namespace, out: Console, session: Session) -> int:
    from inspector_app.config import DataPaths, default_data_dir, load_settings
    from inspector_app.inspections.record import generate_record

    me = _officer(session, args)
    paths = DataPaths(Path(args.data_dir) if args.data_dir else default_data_dir())
    hours = load_settings(paths).backfill_warning_hours
    inspection = _inspection(session, args.inspection)
    document = generate_record(
        session, inspection.id, me.id, backfill_hours=hours, late_reason=args.reason or ""
    )
    Path(args.output).write_bytes(document.pdf)
    out.say(
        f"已生成现场检查笔录：{args.output}（SHA-256 {document.pdf_sha256}）",
        f"Record written to {args.output} (SHA-256 {document.pdf_sha256})",
    )
    return 0


def cmd_verify(args: argparse.Namespace, out: Console, session: Session) -> int:
    from inspector_app.forms.base import sha256
    from inspector_app.store import Document
    from inspector_app.store.audit import event_count, verify_session_chain

    broken = verify_session_chain(session)
    if broken is not None:
        reasons = {
            "missing": ("缺失", "is missing"),
            "prev_hash": ("前序哈希不符", "has a wrong link"),
            "altered": ("内容被修改", "was altered"),
        }[broken.reason]
        raise UserError(
            Msg(
                f"审计日志第{broken.seq}条{reasons[0]}：日志链已断开",
                f"Audit log entry {broken.seq} {reasons[1]}: the chain is broken",
            )
        )
    bad = [d for d in session.scalars(select(Document)) if sha256(d.pdf) != d.pdf_sha256]
    if bad:
        raise UserError(
            Msg(
                f"文书 {bad[0].id} 的内容与记录的哈希不符",
                f"Document {bad[0].id} does not match its recorded hash",
            )
        )
    documents = len(list(session.scalars(select(Document.id))))
    blobs = _verify_evidence(args, out, session)
    out.say(
        f"审计日志完整（{event_count(session)} 条），{documents} 份文书哈希一致，"
        f"{blobs} 个证据文件哈希一致",
        f"Audit log intact ({event_count(session)} events); {documents} documents match; "
        f"{blobs} evidence files match",
    )
    return 0


def _verify_evidence(args: argparse.Namespace, out: Console, session: Session) -> int:
    """Rehash every stored evidence file; name each missing or altered one."""
    from inspector_app.config import DataPaths, default_data_dir
    from inspector_app.evidence.blobs import BlobStore
    from inspector_app.evidence.verify import verify_blobs

    paths = DataPaths(Path(args.data_dir) if args.data_dir else default_data_dir())
    checked, problems = verify_blobs(session, BlobStore(paths.blobs))
    for problem in problems:
        out.error(problem.msg())
    if problems:
        raise UserError(
            Msg(
                f"{len(problems)} 个证据文件缺失或被修改（共 {checked} 个）",
                f"{len(problems)} of {checked} evidence files are missing or altered",
            )
        )
    return checked


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    """Add these commands to the `inspector` parser."""
    auth = argparse.ArgumentParser(add_help=False)
    auth.add_argument("--officer", help="certificate number of the acting officer")
    auth.add_argument("--password", help="password (or INSPECTOR_PASSWORD)")
    insp = sub.add_parser("inspections", parents=[common], help="run inspections")
    isub = insp.add_subparsers(dest="action", required=True)
    p = isub.add_parser("start", parents=[common, auth])
    p.add_argument("--enterprise", required=True, help="credit code or a unique name")
    p.add_argument("--checklists", required=True, help="codes, e.g. hw,permit")
    p.add_argument("--kind", default="random", choices=[k.value for k in InspectionKind])
    p.add_argument(
        "--with",
        dest="with_",
        action="append",
        default=[],
        required=True,
        help="certificate number of another officer (repeatable)",
    )
    p.add_argument("--recorder", help="certificate number of the recorder")
    p.add_argument(
        "--party",
        action="append",
        default=[],
        help="person present: name,position,id number,phone,sex",
    )
    p.add_argument("--place")
    p.set_defaults(run=cmd_start)
    p = isub.add_parser("answer", parents=[common, auth])
    p.add_argument("inspection")
    p.add_argument("item", help="checklist/item, e.g. hw/a2")
    p.add_argument("value", help="Y, N, A, a number, a choice code or text")
    p.add_argument("--note")
    p.set_defaults(run=cmd_answer)
    p = isub.add_parser("finish", parents=[common, auth])
    p.add_argument("inspection")
    p.set_defaults(run=cmd_finish)
    p = isub.add_parser("list", parents=[common])
    p.add_argument("--limit", type=int, default=50)
    p.set_defaults(run=cmd_list)
    p = isub.add_parser("show", parents=[common])
    p.add_argument("inspection")
    p.set_defaults(run=cmd_show)
    docs = sub.add_parser("documents", parents=[common], help="make enforcement documents")
    dsub = docs.add_subparsers(dest="action", required=True)
    p = dsub.add_parser("render", parents=[common, auth])
    p.add_argument("inspection")
    p.add_argument("-o", "--output", required=True)
    p.add_argument("--reason", help="why the record is made late (back-fill)")
    p.set_defaults(run=cmd_render)
    ver = sub.add_parser(
        "verify", parents=[common], help="verify the audit chain, documents and evidence files"
    )
    ver.set_defaults(run=cmd_verify)
    for parser in (insp, docs, ver):
        parser.set_defaults(handler=_with_session)


def _with_session(args: argparse.Namespace, out: Console) -> int:
    from inspector_app.cli import _open

    db = _open(args)
    try:
        with db.session() as session:
            return int(args.run(args, out, session))
    finally:
        db.close()
