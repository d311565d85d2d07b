"""`inspector law show|list|check` and `inspector discretion`: the law catalogue from a shell.

Officers and administrators use these to see which provisions and fine apply to an act on a
given date, to check an edited catalogue folder before it is shipped, and to try the discretion
benchmark (``--factor NAME=VALUE``, repeatable).  Legal text is Chinese whatever ``--lang`` says;
only the labels and error messages follow it.
"""

from __future__ import annotations

import argparse
import json
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from inspector_app.i18n import Msg, UserError

if TYPE_CHECKING:
    from inspector_app.cli import Console
    from inspector_app.law import ApplicableRule, Catalogue, DiscretionResult
    from inspector_app.law.discretion_data import DiscretionData

WHEN_ZH = {
    "always": "应当",
    "may": "可以",
    "serious": "情节严重的",
    "refusal": "拒不改正的",
    "overdue": "逾期不改正的",
    "conditional": "符合条件的",
}


def _date(text: str | None, option: str) -> date | None:
    if text is None:
        return None
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise UserError(
            Msg(
                f"{option} 的日期格式应为 YYYY-MM-DD：{text}",
                f"{option} must be a date as YYYY-MM-DD: {text}",
            )
        ) from None


def _catalogue(args: argparse.Namespace) -> Catalogue:
    from inspector_app.law import default_catalogue, load_catalogue

    return load_catalogue(args.law_dir) if args.law_dir else default_catalogue()


def _discretion_data(args: argparse.Namespace) -> DiscretionData:
    from inspector_app.law import default_discretion, load_discretion

    return (
        load_discretion(Path(args.law_dir) / "discretion") if args.law_dir else default_discretion()
    )


def cmd_show(args: argparse.Namespace, out: Console) -> int:
    catalogue = _catalogue(args)
    day = _date(args.date, "--date")
    assert day is not None
    rule = catalogue.applicable(
        args.violation,
        day,
        _date(args.continuing_until, "--continuing-until"),
        decision_date=_date(args.decision_date, "--decision-date"),
        base_amount=args.base,
        instances=args.instances,
        variant=args.variant,
    )
    if args.json:
        print(json.dumps(rule.to_dict(), ensure_ascii=False, indent=2))
        return 0
    print_rule(out, rule)
    return 0


def print_rule(out: Console, rule: ApplicableRule) -> None:
    """The applicable basis as an officer reads it (labels bilingual, legal text Chinese)."""
    print(f"{rule.violation_code}  {rule.title_zh}")
    out.say(
        f"适用：{rule.regime_title_zh}（行为日期 {rule.act_date}，决定日期 {rule.decision_date}）",
        f"Applies: {rule.regime} (act {rule.act_date}, decision {rule.decision_date})",
    )
    if rule.variant_zh:
        out.say(f"情形：{rule.variant_zh}", f"Variant: {rule.variant} ({rule.variant_zh})")
    out.say(f"理由：{rule.reason_zh}", f"Reason: {rule.reason_zh}")
    out.say("禁止性规定：", "Prohibiting provisions:")
    for p in rule.prohibiting:
        print(f"  {p.citation_zh}：{p.text_zh}")
    out.say("罚则：", "Penalty provisions:")
    for p in rule.penalizing:
        print(f"  {p.citation_zh}：{p.text_zh}")
    out.say(f"罚款：{rule.fine.description_zh}", f"Fine: {rule.fine.description_zh}")
    if rule.fine.note_zh:
        print(f"  {rule.fine.note_zh}")
    if rule.other_fines:
        out.say("其他罚款：", "Other fines:")
        for other in rule.other_fines:
            where = f"（{other.provision.citation_zh}）" if other.provision else ""
            tag = f" [--variant {other.variant}]" if other.variant else ""
            print(f"  {other.when_zh}：{other.fine.description_zh}{where}{tag}")
    if rule.measures:
        out.say("措施：", "Measures:")
        for m in rule.measures:
            extra = f"：{m.note_zh}" if m.note_zh else ""
            where = f"（{m.provision.citation_zh}）" if m.provision else ""
            print(f"  - {m.title_zh}（{WHEN_ZH[m.when]}）{extra}{where}")
    for r in rule.rules:
        print(f"【{r.title_zh}】")
        for item in r.items:
            print(f"  · {item}")
        if r.note_zh:
            print(f"  {r.note_zh}")
    if not rule.issuable:
        out.say(f"⚠ {rule.pending_zh}", f"⚠ Cannot be issued yet: {rule.pending_zh}")


def cmd_list(args: argparse.Namespace, out: Console) -> int:
    catalogue = _catalogue(args)
    for code, violation in catalogue.violations.items():
        title = violation.title_en if out.lang == "en" else violation.title_zh
        print(f"{code:4}  {title}")
    return 0


def cmd_check(args: argparse.Namespace, out: Console) -> int:
    from inspector_app.law import load_catalogue, load_discretion

    folder = Path(args.folder)
    catalogue = load_catalogue(folder)  # raises LawDataError naming the file, row and field
    data = load_discretion(folder / "discretion")
    out.say(
        f"法律目录有效：{len(catalogue.violations)} 个违法类型，"
        f"{len(catalogue.provisions)} 条条文，{len(data.tables)} 个裁量基准表",
        f"Law catalogue valid: {len(catalogue.violations)} violation types, "
        f"{len(catalogue.provisions)} provisions, {len(data.tables)} discretion tables",
    )
    return 0


def _factors(pairs: list[str]) -> dict[str, str]:
    factors: dict[str, str] = {}
    for pair in pairs:
        name, sep, value = pair.partition("=")
        if not sep or not name.strip() or not value.strip():
            raise UserError(
                Msg(
                    f"--factor 应写作 名称=取值：{pair}",
                    f"--factor must be NAME=VALUE: {pair}",
                )
            )
        factors[name.strip()] = value.strip()
    return factors


def cmd_discretion(args: argparse.Namespace, out: Console) -> int:
    from inspector_app.law import calculate

    catalogue = _catalogue(args)
    factors = _factors(args.factor)
    day = _date(args.date, "--date") or date.today()
    if args.enterprise and "repeats" not in factors:
        factors["repeats"] = str(_repeats(args, catalogue, day))
    result = calculate(
        catalogue,
        _discretion_data(args),
        args.violation,
        factors,
        violation_date=day,
        continuing_until=_date(args.continuing_until, "--continuing-until"),
        decision_date=_date(args.decision_date, "--decision-date"),
        base_amount=args.base,
        province=args.province,
        variant=args.variant,
    )
    if args.json:
        print(json.dumps(result.to_dict(), ensure_ascii=False, indent=2, default=str))
        return 0
    print_result(out, result)
    return 0


def print_result(out: Console, result: DiscretionResult) -> None:
    amount = "—"
    if result.amount is not None:
        amount = f"{result.amount:,} 元（{result.amount_capital_zh}）"
    print(f"{result.violation_code}  {result.rule.title_zh}")
    out.say(f"裁量结果：{result.outcome_zh}", f"Outcome: {result.outcome}")
    out.say(f"拟罚款：{amount}", f"Proposed fine: {amount}")
    out.say("说明：", "Explanation:")
    print(result.explanation_zh)


def _repeats(args: argparse.Namespace, catalogue: Catalogue, day: date) -> int:
    from sqlalchemy import select

    from inspector_app.cli import _open
    from inspector_app.law import count_prior_violations
    from inspector_app.store import Enterprise

    code = catalogue.violation(args.violation).code
    db = _open(args)
    try:
        with db.session() as session:
            enterprise = session.scalars(
                select(Enterprise).where(Enterprise.credit_code == args.enterprise.upper())
            ).first()
            if enterprise is None:
                raise UserError(
                    Msg(
                        f"找不到统一社会信用代码为 {args.enterprise} 的企业",
                        f"No enterprise has the credit code {args.enterprise}",
                    )
                )
            window = _discretion_data(args).general.window_days
            return count_prior_violations(session, enterprise.id, code, day, window)
    finally:
        db.close()


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    """Add ``law`` and ``discretion`` to the `inspector` parser."""
    source = argparse.ArgumentParser(add_help=False)
    source.add_argument("--law-dir", help="a catalogue folder instead of the shipped one")
    act = argparse.ArgumentParser(add_help=False)
    act.add_argument("--continuing-until", help="the day a continuing act ended (YYYY-MM-DD)")
    act.add_argument("--decision-date", help="the day of the decision (default: today)")
    act.add_argument("--base", type=float, help="base amount: disposal cost, total investment")
    act.add_argument("--variant", help="a distinct act within the row, e.g. unapproved_transfer")
    act.add_argument("--json", action="store_true", help="print JSON")
    law = sub.add_parser("law", parents=[common], help="the law catalogue")
    lsub = law.add_subparsers(dest="action", required=True)
    p = lsub.add_parser("show", parents=[common, source, act], help="provisions and fine")
    p.add_argument("violation", help="violation type, e.g. V24")
    p.add_argument("--date", required=True, help="the day of the act (YYYY-MM-DD)")
    p.add_argument("--instances", type=int, default=1, help="instances, for per-instance fines")
    p.set_defaults(handler=cmd_show)
    p = lsub.add_parser("list", parents=[common, source], help="list the violation types")
    p.set_defaults(handler=cmd_list)
    p = lsub.add_parser("check", parents=[common], help="validate a catalogue folder")
    p.add_argument("folder")
    p.set_defaults(handler=cmd_check)
    p = sub.add_parser(
        "discretion", parents=[common, source, act], help="propose a penalty (discretion)"
    )
    p.add_argument("violation", help="violation type, e.g. V1")
    p.add_argument(
        "--factor", action="append", default=[], help="NAME=VALUE (repeatable), e.g. area=general"
    )
    p.add_argument("--date", help="the day of the act (YYYY-MM-DD, default: today)")
    p.add_argument("--province", help="the agency's region code (GB/T 2260), e.g. 44 or 620100")
    p.add_argument("--enterprise", help="credit code: count repeats from the database")
    p.set_defaults(handler=cmd_discretion)
