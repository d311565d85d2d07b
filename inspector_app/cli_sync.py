"""`inspector sync`: sign in to the agency's server, push, upload evidence, pull.

The first time give the server, agency code and officer (the password from ``--password`` or
``INSPECTOR_PASSWORD``); the device is registered and a refresh token kept, so later runs need
only ``inspector sync``.  ``--lease penalty_decision:2026:50`` also leases a block of document
numbers.
"""

from __future__ import annotations

import argparse
import os
from typing import TYPE_CHECKING

from inspector_app.i18n import Msg, UserError

if TYPE_CHECKING:
    from inspector_app.cli import Console


def _lease(text: str) -> tuple[str, int, int]:
    parts = text.split(":")
    try:
        doc_type, year = parts[0], int(parts[1])
        size = int(parts[2]) if len(parts) > 2 else 50
    except (IndexError, ValueError):
        raise UserError(
            Msg(
                f"号段格式应为 类型:年份[:数量]，例如 penalty_decision:2026:50，而不是“{text}”",
                f"A lease is TYPE:YEAR[:COUNT], e.g. penalty_decision:2026:50, not '{text}'",
            )
        ) from None
    return doc_type, year, size


def cmd_sync(args: argparse.Namespace, out: Console) -> int:
    from inspector_app.cli import _open, _paths
    from inspector_app.sync.blobs import FolderBlobSource
    from inspector_app.sync.engine import Progress, SyncEngine

    def show(progress: Progress) -> None:
        out.msg(progress.message)

    db = _open(args)
    engine = SyncEngine(db, args.server, FolderBlobSource(_paths(args).blobs), progress=show)
    try:
        if args.officer:
            password = args.password or os.environ.get("INSPECTOR_PASSWORD")
            if not args.agency or not password:
                raise UserError(
                    Msg(
                        "登录需要 --agency 单位代码、--officer 执法证号和密码",
                        "Signing in needs --agency CODE, --officer CERTIFICATE and a password",
                    )
                )
            engine.login(args.agency, args.officer, password, args.device_name)
        report = engine.run()
        for lease in args.lease or []:
            block = engine.lease_numbers(*_lease(lease))
            out.say(
                f"已领取文书编号 {block.doc_type}〔{block.year}〕{block.first}–{block.last}号",
                f"Leased numbers {block.doc_type} {block.year} {block.first}–{block.last}",
            )
    finally:
        engine.close()
        db.close()
    out.say(
        f"同步完成：上传 {report.pushed} 条（重复 {report.duplicates}），证据文件 "
        f"{report.blobs_uploaded} 个，下载 {report.pulled} 项更新",
        f"Sync done: {report.pushed} records sent ({report.duplicates} already there), "
        f"{report.blobs_uploaded} evidence files, {report.pulled} updates received",
    )
    for record_type, record_id, version in report.conflicts:
        out.say(
            f"冲突：{record_type} {record_id} 第{version}版与服务器不同，两版均已保留，请处理",
            f"Conflict: {record_type} {record_id} v{version} differs from the server; "
            "both versions are kept, please resolve",
        )
    for sha256 in report.blobs_refused:
        out.say(
            f"服务器拒收文件 {sha256}（内容与摘要不符）",
            f"The server refused file {sha256} (content does not match its hash)",
        )
    return 1 if report.conflicts or report.blobs_refused else 0


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:  # type: ignore[type-arg]
    cmd = sub.add_parser("sync", parents=[common], help="sync with the agency's server")
    cmd.set_defaults(handler=cmd_sync)
    cmd.add_argument("--server", help="server address, e.g. https://sync.example.gov.cn")
    cmd.add_argument("--agency", help="agency code (first sign-in)")
    cmd.add_argument("--officer", help="certificate number (first sign-in)")
    cmd.add_argument("--password", help="or the INSPECTOR_PASSWORD environment variable")
    cmd.add_argument("--device-name", default="", help="a name for this laptop")
    cmd.add_argument("--lease", action="append", help="lease numbers TYPE:YEAR[:COUNT]")
