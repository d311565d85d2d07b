"""The ``inspector`` command: the same use cases as the app, for scripts, tests and admins.

Exit codes: 0 success, 1 a user error (one line saying what is wrong), 2 wrong usage.
Messages are Chinese unless ``--lang en`` is given.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from inspector_app import cli_cases, cli_evidence, cli_forms, cli_inspections, cli_law, cli_sync
from inspector_app.config import DataPaths, default_data_dir, load_settings
from inspector_app.i18n import Msg, UserError
from inspector_app.store.engine import Database, open_database, quick_check

Handler = Callable[[argparse.Namespace, "Console"], int]


class Console:
    """Prints in the chosen language; the one place the CLI writes to the terminal."""

    def __init__(self, lang: str) -> None:
        self.lang = lang

    def say(self, zh: str, en: str | None = None) -> None:
        print(en if self.lang == "en" and en is not None else zh)

    def msg(self, msg: Msg) -> None:
        print(msg.render(self.lang))

    def error(self, msg: Msg) -> None:
        print(msg.render(self.lang), file=sys.stderr)


def _paths(args: argparse.Namespace) -> DataPaths:
    return DataPaths(Path(args.data_dir) if args.data_dir else default_data_dir()).ensure()


def _open(args: argparse.Namespace) -> Database:
    paths = _paths(args)
    return open_database(paths.database, paths.backups)


def cmd_demo(args: argparse.Namespace, out: Console) -> int:
    from inspector_app.checklists.catalog import register_templates
    from inspector_app.registry.demo import seed_demo

    db = _open(args)
    with db.session() as session:
        result = seed_demo(session)
        register_templates(session)
    out.say(
        f"演示数据：{result.agency}，{result.enterprises} 家企业，数据库 {db.path}",
        f"Demo data: {result.agency}, {result.enterprises} enterprises, database {db.path}",
    )
    out.say(
        "演示账号（姓名 / 执法证号 / 角色 / 密码）：",
        "Demo accounts (name / certificate / role / password):",
    )
    for name, cert, role, password in result.officers:
        print(f"  {name}  {cert}  {role}  {password}")
    db.close()
    return 0


def _print_report(out: Console, report: object) -> None:
    from inspector_app.registry.importer import ImportReport

    assert isinstance(report, ImportReport)
    for error in report.errors:
        out.say(f"第{error.row}行：{error.msg.zh}", f"Row {error.row}: {error.msg.en}")
    out.msg(report.summary())


def cmd_import(args: argparse.Namespace, out: Console) -> int:
    from inspector_app.registry.importer import import_enterprises, import_officers

    importer = import_enterprises if args.kind == "enterprises" else import_officers
    path = Path(args.file)
    if not path.is_file():
        raise UserError(Msg(f"找不到文件：{path}", f"File not found: {path}"))
    db = _open(args)
    session = db.sessions()
    try:
        report = importer(session, path)
        if args.check:
            session.rollback()
            out.say("（仅检查，未导入任何数据）", "(check only: nothing was imported)")
        else:
            session.commit()
    finally:
        session.close()
        db.close()
    _print_report(out, report)
    return 1 if report.errors else 0


def cmd_export(args: argparse.Namespace, out: Console) -> int:
    from inspector_app.registry.importer import export_enterprises

    db = _open(args)
    with db.session() as session:
        count = export_enterprises(session, Path(args.file))
    db.close()
    out.say(f"已导出 {count} 家企业到 {args.file}", f"Exported {count} enterprises to {args.file}")
    return 0


def cmd_search(args: argparse.Namespace, out: Console) -> int:
    from inspector_app.store.search import search

    db = _open(args)
    with db.session() as session:
        hits = search(session, args.text, limit=args.limit)
        for hit in hits:
            ent = hit.enterprise
            flags = []
            if ent.key_discharge_unit:
                flags.append("重点" if out.lang == "zh" else "key unit")
            if ent.positive_list:
                flags.append("正面清单" if out.lang == "zh" else "positive list")
            expiry = ent.permit_valid_to.isoformat() if ent.permit_valid_to else "-"
            print(f"{ent.credit_code}  {ent.name}  {ent.region_code}  {expiry}  {' '.join(flags)}")
    db.close()
    if not hits:
        out.say(f"没有找到与“{args.text}”匹配的企业", f"No enterprise matches '{args.text}'")
        return 1
    return 0


def cmd_checklists(args: argparse.Namespace, out: Console) -> int:
    from inspector_app.checklists.loader import default_templates_dir, load_directory, load_template

    if args.action == "list":
        for template in load_directory(default_templates_dir()):
            items = sum(len(section.items) for section in template.sections)
            title = template.title_en if out.lang == "en" else template.title_zh
            print(f"{template.code}  v{template.version}  {items:3d}  {title}")
        return 0
    target = Path(args.path)
    files = sorted(target.glob("*.yaml")) if target.is_dir() else [target]
    for file in files:
        load_template(file)  # raises TemplateError naming the file, item and field
        out.say(f"{file.name}：有效", f"{file.name}: valid")
    return 0


def cmd_db(args: argparse.Namespace, out: Console) -> int:
    from inspector_app.store import migrations

    db = _open(args)  # opening upgrades, after a backup when the schema is older
    revision = migrations.current_revision(db.engine)
    db.close()
    if args.action == "upgrade":
        if db.backup_made:
            out.say(f"已备份到 {db.backup_made}", f"Backed up to {db.backup_made}")
        out.say(
            f"数据库已是最新版本（{revision}）：{db.path}",
            f"Database is at the latest revision ({revision}): {db.path}",
        )
        return 0
    problems = quick_check(db.path)
    if problems:
        for problem in problems:
            print(problem)
        raise UserError(
            Msg(
                f"数据库检查发现 {len(problems)} 个问题：{db.path}",
                f"The database check found {len(problems)} problems: {db.path}",
            )
        )
    out.say(
        f"数据库完好（版本 {revision}）：{db.path}",
        f"The database is healthy (revision {revision}): {db.path}",
    )
    return 0


def build_parser() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    # SUPPRESS: a sub-command's parser must not reset an option given before the sub-command.
    common.add_argument(
        "--data-dir",
        default=argparse.SUPPRESS,
        help="data folder (default: the user's data folder)",
    )
    common.add_argument(
        "--lang",
        choices=["zh", "en"],
        default=argparse.SUPPRESS,
        help="message language (default zh)",
    )
    parser = argparse.ArgumentParser(
        prog="inspector", parents=[common], description="Field Inspector command line"
    )
    sub = parser.add_subparsers(dest="command", required=True)

    def add(name: str, handler: Handler, help_text: str) -> argparse.ArgumentParser:
        cmd = sub.add_parser(name, parents=[common], help=help_text)
        cmd.set_defaults(handler=handler)
        return cmd

    add("demo", cmd_demo, "create the demo agency, officers and enterprises")
    imp = add("import", cmd_import, "import enterprises or officers from CSV/XLSX")
    imp.add_argument("kind", choices=["enterprises", "officers"])
    imp.add_argument("file")
    imp.add_argument("--check", action="store_true", help="validate only, import nothing")
    exp = add("export", cmd_export, "export the enterprise registry to CSV/XLSX")
    exp.add_argument("kind", choices=["enterprises"])
    exp.add_argument("file")
    find = add("search", cmd_search, "search enterprises by name, pinyin initials or credit code")
    find.add_argument("text")
    find.add_argument("--limit", type=int, default=20)
    chk = add("checklists", cmd_checklists, "list or validate checklist templates")
    chk_sub = chk.add_subparsers(dest="action", required=True)
    chk_sub.add_parser("list", parents=[common])
    val = chk_sub.add_parser("validate", parents=[common])
    val.add_argument("path")
    db = add("db", cmd_db, "upgrade or check the database")
    db.add_argument("action", choices=["upgrade", "check"])
    cli_inspections.register(sub, common)
    cli_law.register(sub, common)
    cli_forms.register(sub, common)
    cli_evidence.register(sub, common)
    cli_sync.register(sub, common)
    cli_cases.register(sub, common)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    args.data_dir = getattr(args, "data_dir", None)
    lang = getattr(args, "lang", None)
    if lang is None:
        lang = load_settings(_paths(args)).language if args.data_dir else "zh"
    out = Console(lang)
    try:
        return int(args.handler(args, out))
    except UserError as error:
        out.error(error.msg)
        return 1


if __name__ == "__main__":
    sys.exit(main())
