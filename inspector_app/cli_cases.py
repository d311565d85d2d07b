"""`inspector cases …`: the case steps of the UI, scriptable.

open a case from an inspection (or a clue), show it with its deadlines and the steps it may
take next, take a step (issuing its document), issue another document, list what is due,
build the case file PDF and the police transfer package.  Values a document needs that the
case cannot supply come as JSON (``--document '{"receiver": "赵强"}'`` or ``--document-file``).
"""

from __future__ import annotations

import argparse
import json
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from inspector_app.cli_inspections import by_id_prefix, only_one
from inspector_app.i18n import Msg, UserError
from inspector_app.store import Case, Enterprise

if TYPE_CHECKING:
    from inspector_app.cases.settings import CaseSettings
    from inspector_app.cli import Console


def _settings(args: argparse.Namespace) -> CaseSettings:
    from inspector_app.cases.settings import CaseSettings
    from inspector_app.config import DataPaths, default_data_dir, load_settings

    paths = DataPaths(Path(args.data_dir) if args.data_dir else default_data_dir())
    return CaseSettings.from_extra(load_settings(paths).extra)


def _day(text: str | None) -> date:
    if not text:
        return date.today()
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise UserError(
            Msg(f"日期格式应为YYYY-MM-DD：{text}", f"Dates are YYYY-MM-DD: {text}")
        ) from None


def _json(text: str | None, file: str | None) -> dict[str, Any]:
    raw = Path(file).read_text(encoding="utf-8") if file else text
    if not raw:
        return {}
    try:
        value = json.loads(raw)
    except ValueError as exc:
        raise UserError(Msg(f"JSON格式有误：{exc}", f"Bad JSON: {exc}")) from None
    if not isinstance(value, dict):
        raise UserError(Msg("JSON应为对象", "The JSON must be an object"))
    return value


def _case(session: Session, ref: str) -> Case:
    """A case by its number (兰环立〔2026〕41号) or a unique id prefix of six characters or more."""
    found = session.scalars(select(Case).where(Case.case_number == ref)).all()
    return only_one(found or by_id_prefix(session, Case, ref, "案件"), ref, "案件", "case")


def _factors(items: list[str]) -> dict[str, dict[str, str]]:
    """``V24:correction=eliminated`` → {"V24": {"correction": "eliminated"}}."""
    out: dict[str, dict[str, str]] = {}
    for item in items:
        code, _, pair = item.partition(":")
        name, _, value = pair.partition("=")
        if not (code and name and value):
            raise UserError(
                Msg(f"裁量因素格式应为 违法代码:因素=值：{item}", f"Use CODE:FACTOR=VALUE: {item}")
            )
        out.setdefault(code, {})[name] = value
    return out


def _others(session: Session, certificates: list[str]) -> list[Any]:
    from inspector_app.store import Officer

    found = list(session.scalars(select(Officer).where(Officer.certificate_no.in_(certificates))))
    if len(found) != len(set(certificates)):
        raise UserError(Msg("有执法证号不存在", "An officer certificate number is unknown"))
    return [o.id for o in found]


def cmd_open(args: argparse.Namespace, out: Console, session: Session) -> int:
    from inspector_app.cases.service import open_case
    from inspector_app.cli_inspections import _enterprise, _inspection, _officer

    me = _officer(session, args)
    inspection = _inspection(session, args.inspection).id if args.inspection else None
    enterprise = _enterprise(session, args.enterprise).id if args.enterprise else None
    codes = [c.strip() for c in (args.violations or "").split(",") if c.strip()] or None
    case = open_case(
        session,
        by=me.id,
        opened_on=_day(args.on),
        inspection_id=inspection,
        enterprise_id=enterprise,
        source=args.source,
        violation_codes=codes,
        violation_date=_day(args.violation_date) if args.violation_date else None,
        factors=_factors(args.factor),
        officer_ids=[me.id, *_others(session, args.with_)],
        evidence=args.evidence,
        settings=_settings(args),
    )
    print(case.id)
    return 0


def summary(session: Session, case: Case, settings: CaseSettings, today: date) -> dict[str, Any]:
    from inspector_app.cases.alerts import case_alerts
    from inspector_app.cases.deadlines import deadlines
    from inspector_app.cases.machine import allowed_steps, status_label
    from inspector_app.cases.service import case_view

    view = case_view(session, case, settings)
    enterprise = session.get(Enterprise, case.enterprise_id)
    return {
        "id": str(case.id),
        "case_number": case.case_number,
        "cause": case.cause,
        "enterprise": enterprise.name if enterprise else None,
        "status": case.status,
        "status_zh": status_label(case.status),
        "violations": case.violation_codes,
        "violation_date": case.violation_date.isoformat(),
        "provisions": [p["citation_zh"] for r in case.rules for p in r["penalizing"]],
        "outcome": case.outcome,
        "fine_yuan": case.fine_fen / 100 if case.fine_fen else None,
        "explanation_zh": case.explanation_zh,
        "alerts": [
            {"level": a.level, "text_zh": a.text_zh, "step": a.step, "criteria": list(a.criteria)}
            for a in case_alerts(session, case)
        ],
        "branches": case.branches,
        "steps": [
            {"step": s.step, "on": s.on.isoformat(), "status": s.status_after} for s in view.steps
        ],
        "documents": [
            {"type": k, "on": on.isoformat() if on else None, "number": n}
            for k, on, n in view.documents
        ],
        "deadlines": [
            {
                "rule": d.rule,
                "title_zh": d.title_zh,
                "due_on": d.due_on.isoformat(),
                "done_on": d.done_on.isoformat() if d.done_on else None,
            }
            for d in deadlines(view)
        ],
        "next_steps": [s.code for s in allowed_steps(case.status)],
    }


def cmd_show(args: argparse.Namespace, out: Console, session: Session) -> int:
    case = _case(session, args.case)
    print(
        json.dumps(
            summary(session, case, _settings(args), date.today()), ensure_ascii=False, indent=2
        )
    )
    return 0


def cmd_list(args: argparse.Namespace, out: Console, session: Session) -> int:
    from inspector_app.cases.machine import status_label

    query = select(Case, Enterprise.name).join(Enterprise, Enterprise.id == Case.enterprise_id)
    if args.status:
        query = query.where(Case.status == args.status)
    for case, name in session.execute(query.order_by(Case.opened_on.desc()).limit(args.limit)):
        label = status_label(case.status, out.lang)
        print(f"{case.id}  {case.opened_on}  {label:8s}  {case.case_number or '-'}  {name}")
    return 0


def cmd_step(args: argparse.Namespace, out: Console, session: Session) -> int:
    from inspector_app.cases.service import perform
    from inspector_app.cli_inspections import _officer

    me = _officer(session, args)
    case = _case(session, args.case)
    try:
        step = perform(
            session,
            case.id,
            args.step,
            _day(args.on),
            me.id,
            _json(args.data, None),
            _json(args.document, args.document_file),
            settings=_settings(args),
            issue=not args.no_document,
        )
    except (ValueError, TypeError) as exc:  # e.g. --data '{"fine_fen": "abc"}': not a traceback
        raise UserError(Msg(f"步骤数据不正确：{exc}", f"Invalid data for the step: {exc}")) from exc
    out.say(
        f"已记录“{args.step}”，案件状态：{step.status_after}",
        f"Recorded '{args.step}'; the case is now {step.status_after}",
    )
    return 0


def cmd_repropose(args: argparse.Namespace, out: Console, session: Session) -> int:
    from inspector_app.cases.service import repropose
    from inspector_app.cli_inspections import _officer

    me = _officer(session, args)
    case = repropose(
        session, _case(session, args.case).id, _factors(args.factor), me.id, _day(args.on)
    )
    fine = f"{case.fine_fen / 100:.2f}" if case.fine_fen else "-"
    out.say(f"拟处理意见：{case.outcome}，罚款 {fine} 元", f"Proposal: {case.outcome}, fine {fine}")
    print(case.explanation_zh)
    return 0


def cmd_issue(args: argparse.Namespace, out: Console, session: Session) -> int:
    from inspector_app.cases.service import issue_for_case
    from inspector_app.cli_inspections import _officer

    me = _officer(session, args)
    case = _case(session, args.case)
    doc = issue_for_case(
        session,
        case.id,
        args.type,
        _day(args.on),
        me.id,
        _json(args.document, args.document_file),
        settings=_settings(args),
    )
    if args.output:
        Path(args.output).write_bytes(doc.pdf)
    print(doc.number or doc.id)
    return 0


def cmd_file(args: argparse.Namespace, out: Console, session: Session) -> int:
    from inspector_app.cases.casefile import build_case_file

    case = _case(session, args.case)
    Path(args.output).write_bytes(build_case_file(session, case.id))
    out.say(f"案卷已生成：{args.output}", f"Case file written to {args.output}")
    return 0


def cmd_package(args: argparse.Namespace, out: Console, session: Session) -> int:
    from inspector_app.cases.transfer import transfer_package
    from inspector_app.cli_evidence import _context
    from inspector_app.cli_inspections import _officer

    case = _case(session, args.case)
    # Exporting the evidence is logged under the officer who does it, hence the sign-in.
    with_evidence = not args.no_evidence
    path = transfer_package(
        session,
        case.id,
        args.kind,
        Path(args.output),
        not args.folder,
        evidence=_context(args) if with_evidence else None,
        by=_officer(session, args).id if with_evidence else None,
    )
    out.say(f"移送材料已生成：{path}", f"Transfer package written to {path}")
    return 0


def cmd_due(args: argparse.Namespace, out: Console, session: Session) -> int:
    from inspector_app.cases.deadlines import due_items

    for item in due_items(session, _day(args.today), _settings(args)):
        flag = "逾期" if item.overdue else f"{item.days_left}天"
        title = item.title_en if out.lang == "en" else item.title_zh
        print(f"{item.due_on}  {flag:6s}  {item.rule:4s}  {item.case_label}  {title}")
    return 0


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    """Add `inspector cases …` to the parser."""
    from inspector_app.cases.machine import STATUSES, STEPS
    from inspector_app.cli_inspections import _with_session
    from inspector_app.cli_signing import add_sign

    auth = argparse.ArgumentParser(add_help=False)
    auth.add_argument("--officer", help="certificate number of the acting officer")
    auth.add_argument("--password", help="password (or INSPECTOR_PASSWORD)")
    doc = argparse.ArgumentParser(add_help=False)
    doc.add_argument("--document", help="JSON values for the document")
    doc.add_argument("--document-file", help="a JSON file with values for the document")
    cases = sub.add_parser("cases", parents=[common], help="case life cycle")
    cases.set_defaults(handler=_with_session)
    csub = cases.add_subparsers(dest="action", required=True)
    p = csub.add_parser("open", parents=[common, auth], help="open a case")
    p.add_argument("--inspection", help="id of a finished inspection with findings")
    p.add_argument("--enterprise", help="credit code or unique name (clue, complaint…)")
    p.add_argument(
        "--source", default="inspection", choices=["inspection", "clue", "complaint", "transfer"]
    )
    p.add_argument("--violations", help="violation codes, e.g. V24,V26 (default: proposed)")
    p.add_argument("--violation-date", help="YYYY-MM-DD (default: the inspection date)")
    p.add_argument("--factor", action="append", default=[], help="CODE:FACTOR=VALUE")
    p.add_argument("--evidence", action="append", default=[], help="an evidence line")
    p.add_argument("--on", help="date the case is opened (default today)")
    p.add_argument(
        "--with",
        dest="with_",
        action="append",
        default=[],
        help="another handling officer's certificate number (without --inspection)",
    )
    p.set_defaults(run=cmd_open)
    p = csub.add_parser("show", parents=[common], help="a case as JSON")
    p.add_argument("case")
    p.set_defaults(run=cmd_show)
    p = csub.add_parser("list", parents=[common], help="list cases")
    p.add_argument("--status", choices=list(STATUSES))
    p.add_argument("--limit", type=int, default=50)
    p.set_defaults(run=cmd_list)
    p = csub.add_parser("step", parents=[common, auth, doc], help="take a step")
    p.add_argument("case")
    p.add_argument("step", choices=list(STEPS))
    p.add_argument("--on", help="date of the step (default today)")
    p.add_argument("--data", help='JSON facts of the step, e.g. {"amount_fen": 100}')
    p.add_argument("--no-document", action="store_true", help="record without a document")
    p.set_defaults(run=cmd_step)
    p = csub.add_parser("repropose", parents=[common, auth], help="new factors before notice")
    p.add_argument("case")
    p.add_argument("--factor", action="append", default=[], help="CODE:FACTOR=VALUE")
    p.add_argument("--on")
    p.set_defaults(run=cmd_repropose)
    p = csub.add_parser("issue", parents=[common, auth, doc], help="issue another document")
    p.add_argument("case")
    p.add_argument("type", help="document type code")
    p.add_argument("--on")
    p.add_argument("-o", "--output")
    p.set_defaults(run=cmd_issue)
    p = csub.add_parser("file", parents=[common], help="build the case file PDF")
    p.add_argument("case")
    p.add_argument("-o", "--output", required=True)
    p.set_defaults(run=cmd_file)
    p = csub.add_parser("package", parents=[common, auth], help="police transfer package")
    p.add_argument("case")
    p.add_argument("--kind", choices=["criminal", "detention"], required=True)
    p.add_argument("-o", "--output", required=True, help="folder to write into")
    p.add_argument("--folder", action="store_true", help="a folder instead of a zip")
    p.add_argument(
        "--no-evidence",
        action="store_true",
        help="documents only (the evidence export needs --officer)",
    )
    p.set_defaults(run=cmd_package)
    add_sign(csub, [common, auth])
    p = csub.add_parser("due", parents=[common], help="what is due and overdue")
    p.add_argument("--today")
    p.set_defaults(run=cmd_due)
