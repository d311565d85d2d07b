"""The ``inspector-server`` command: ``init`` an agency and its administrator, ``serve``,
``officer`` (add or update an account), ``import`` a registry file.

The database comes from ``DATABASE_URL`` (default: an SQLite file in ``INSPECTOR_SERVER_DATA``).
Passwords come from ``--password`` or the ``INSPECTOR_SERVER_PASSWORD`` environment variable.

TLS: ``serve --ssl-certfile cert.pem --ssl-keyfile key.pem`` makes uvicorn speak HTTPS itself;
behind a reverse proxy (nginx, Caddy) that terminates TLS, serve on 127.0.0.1 and let the proxy
forward.  Devices must only ever reach the server over HTTPS outside a lab.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from sqlalchemy import select

from inspector_app.i18n import Msg, UserError
from inspector_app.sync.protocol import ChangeKind, Role
from inspector_server import db
from inspector_server.changes import record_change
from inspector_server.config import ServerConfig
from inspector_server.models import Agency
from inspector_server.registry import AccountIn, agency_payload, upsert_account


def _sessions() -> db.Sessions:
    config = ServerConfig.from_env()
    engine = db.make_engine(config.database_url)
    db.upgrade(engine)
    return db.Sessions(engine)


def _password(args: argparse.Namespace) -> str:
    password = args.password or os.environ.get("INSPECTOR_SERVER_PASSWORD")
    if not password or len(password) < 8:
        raise UserError(
            Msg(
                "请用 --password 或 INSPECTOR_SERVER_PASSWORD 给出至少8位的密码",
                "Give a password of at least 8 characters with --password or "
                "INSPECTOR_SERVER_PASSWORD",
            )
        )
    return password


def _agency(session: object, code: str) -> Agency:
    from sqlalchemy.orm import Session

    assert isinstance(session, Session)
    agency = session.scalars(select(Agency).where(Agency.code == code)).first()
    if agency is None:
        raise UserError(Msg(f"找不到单位代码 {code}", f"No agency with code {code}"))
    return agency


def cmd_init(args: argparse.Namespace) -> int:
    password = _password(args)
    with _sessions().begin() as session:
        agency = session.scalars(select(Agency).where(Agency.code == args.agency_code)).first()
        if agency is None:
            agency = Agency(code=args.agency_code, name=args.agency_name, region_code=args.region)
            session.add(agency)
            session.flush()
            record_change(
                session, agency.id, ChangeKind.AGENCY, str(agency.id), agency_payload(agency)
            )
        account = upsert_account(
            session,
            agency,
            AccountIn(
                certificate_no=args.admin_certificate,
                name=args.admin_name,
                role=Role.ADMINISTRATOR,
                password=password,
            ),
        )
        print(f"agency {agency.code} ({agency.id}); administrator {account.certificate_no}")
    return 0


def cmd_officer(args: argparse.Namespace) -> int:
    password = (
        _password(args) if (args.password or os.environ.get("INSPECTOR_SERVER_PASSWORD")) else None
    )
    with _sessions().begin() as session:
        agency = _agency(session, args.agency_code)
        data = AccountIn(
            certificate_no=args.certificate, name=args.name, role=Role(args.role), password=password
        )
        account = upsert_account(session, agency, data)
        print(f"officer {account.certificate_no} {account.name} ({account.id})")
    return 0


def cmd_import(args: argparse.Namespace) -> int:
    from inspector_server.registry import import_enterprise_file

    path = Path(args.file)
    if not path.is_file():
        raise UserError(Msg(f"找不到文件：{path}", f"File not found: {path}"))
    with _sessions().begin() as session:
        agency = _agency(session, args.agency_code)
        counts = import_enterprise_file(session, agency.id, path)
    print(json.dumps(counts, ensure_ascii=False))
    return 1 if counts["errors"] else 0


def cmd_templates(args: argparse.Namespace) -> int:
    """Publish checklist templates (the bundled ones by default) to an agency's devices."""
    from inspector_app.checklists.loader import default_templates_dir, load_directory
    from inspector_server.registry import TemplateIn, add_template

    directory = Path(args.directory) if args.directory else default_templates_dir()
    with _sessions().begin() as session:
        agency = _agency(session, args.agency_code)
        for template in load_directory(directory):
            data = TemplateIn(
                code=template.code,
                version=template.version,
                title=template.title_zh,
                content=template.model_dump(mode="json"),
            )
            status = add_template(session, agency.id, data)
            print(f"{template.code} v{template.version}: {status}")
    return 0


def cmd_serve(args: argparse.Namespace) -> int:
    import uvicorn

    _sessions()  # migrate once before workers start
    uvicorn.run(
        "inspector_server.app:app_from_env",
        factory=True,
        host=args.host,
        port=args.port,
        ssl_certfile=args.ssl_certfile,
        ssl_keyfile=args.ssl_keyfile,
        log_level=args.log_level,
    )
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="inspector-server", description=__doc__.split("\n")[0])
    sub = parser.add_subparsers(dest="command", required=True)
    init = sub.add_parser("init", help="create an agency and its administrator")
    init.add_argument("--agency-code", required=True)
    init.add_argument("--agency-name", required=True)
    init.add_argument("--region", default="")
    init.add_argument("--admin-certificate", required=True)
    init.add_argument("--admin-name", required=True)
    init.add_argument("--password")
    init.set_defaults(handler=cmd_init)
    off = sub.add_parser("officer", help="add or update an officer account")
    off.add_argument("--agency-code", required=True)
    off.add_argument("--certificate", required=True)
    off.add_argument("--name", required=True)
    off.add_argument("--role", choices=[r.value for r in Role], default="officer")
    off.add_argument("--password")
    off.set_defaults(handler=cmd_officer)
    imp = sub.add_parser("import", help="import the enterprise registry from CSV/XLSX")
    imp.add_argument("--agency-code", required=True)
    imp.add_argument("file")
    imp.set_defaults(handler=cmd_import)
    tpl = sub.add_parser("templates", help="publish checklist templates to the devices")
    tpl.add_argument("--agency-code", required=True)
    tpl.add_argument("directory", nargs="?", help="YAML folder (default: the bundled templates)")
    tpl.set_defaults(handler=cmd_templates)
    serve = sub.add_parser("serve", help="run the HTTP server (uvicorn)")
    serve.add_argument("--host", default="127.0.0.1")
    serve.add_argument("--port", type=int, default=8000)
    serve.add_argument("--ssl-certfile", help="PEM certificate: serve HTTPS directly")
    serve.add_argument("--ssl-keyfile", help="PEM private key for --ssl-certfile")
    serve.add_argument("--log-level", default="info")
    serve.set_defaults(handler=cmd_serve)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return int(args.handler(args))
    except UserError as error:
        print(error.msg.render(os.environ.get("INSPECTOR_LANG", "zh")), file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
