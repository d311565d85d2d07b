"""Opening the officer's database safely.

Three promises are kept here: every connection gets the PRAGMAs that make SQLite durable (WAL,
foreign keys, ``synchronous=FULL``); an older database is copied to ``backups/`` before Alembic
upgrades it; and a database SQLite cannot read is moved aside, never recreated over the data.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.orm import Session, sessionmaker

from inspector_app.i18n import Msg, UserError
from inspector_app.store import migrations

SQLITE_HEADER = b"SQLite format 3\x00"


class CorruptDatabaseError(UserError):
    """Raised after a corrupt database file was moved aside; ``moved_to`` says where."""

    def __init__(self, msg: Msg, moved_to: Path) -> None:
        super().__init__(msg)
        self.moved_to = moved_to


def _set_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA synchronous=FULL")
    cursor.execute("PRAGMA busy_timeout=5000")
    cursor.close()


def make_engine(path: Path) -> Engine:
    engine = create_engine(f"sqlite:///{path}", future=True)
    event.listen(engine, "connect", _set_pragmas)
    return engine


def _timestamp() -> str:
    return datetime.now().strftime("%Y%m%d-%H%M%S")


def _probe(path: Path) -> str | None:
    """Return why SQLite cannot use the file, or None when it reads fine.

    A cheap check on purpose: the header and the schema.  The full ``PRAGMA quick_check`` is
    left to ``inspector db check`` because it reads every page and would slow every start.
    """
    if path.stat().st_size == 0:
        return None
    with path.open("rb") as fh:
        if fh.read(16) != SQLITE_HEADER:
            return "not an SQLite database"
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
            conn.execute("PRAGMA schema_version").fetchone()
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        return str(exc)
    return None


def move_aside(path: Path) -> Path:
    """Rename the database and its WAL/SHM files to ``*.corrupt-<time>``; nothing is deleted."""
    target = path.with_name(f"{path.name}.corrupt-{_timestamp()}")
    for suffix in ("", "-wal", "-shm"):
        side = Path(f"{path}{suffix}")
        if side.exists():
            side.rename(Path(f"{target}{suffix}"))
    return target


def backup_copy(path: Path, backups: Path, label: str) -> Path:
    """A consistent copy through SQLite's backup API (safe even with a WAL file present)."""
    backups.mkdir(parents=True, exist_ok=True)
    target = backups / f"{path.stem}-{label}-{_timestamp()}.db"
    src = sqlite3.connect(path)
    try:
        dst = sqlite3.connect(target)
        try:
            src.backup(dst)
        finally:
            dst.close()
    finally:
        src.close()
    return target


@dataclass
class Database:
    """An open, migrated database and the factory for its sessions."""

    path: Path
    engine: Engine
    sessions: sessionmaker[Session]
    backup_made: Path | None = None

    @contextmanager
    def session(self) -> Iterator[Session]:
        """One unit of work: commit on success, roll back on any error."""
        session = self.sessions()
        try:
            yield session
            session.commit()
        except BaseException:
            session.rollback()
            raise
        finally:
            session.close()

    def close(self) -> None:
        self.engine.dispose()


def open_database(path: Path, backups: Path | None = None, upgrade: bool = True) -> Database:
    """Open (creating if absent), check and migrate the database at ``path``.

    Raises CorruptDatabaseError after moving an unreadable file aside, so the caller can tell
    the officer where it went before starting with an empty database.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    backups = backups or path.parent / "backups"
    if path.exists():
        problem = _probe(path)
        if problem is not None:
            moved = move_aside(path)
            raise CorruptDatabaseError(
                Msg(
                    f"数据库文件已损坏（{problem}），已移到 {moved}，未删除任何数据；"
                    "请联系管理员恢复。程序将使用新的空数据库。",
                    f"The database file is damaged ({problem}). It was moved to {moved}; "
                    "nothing was deleted. Ask your administrator to recover it. "
                    "The app will start with a new, empty database.",
                ),
                moved,
            )
    engine = make_engine(path)
    backup_made = None
    if upgrade:
        current = migrations.current_revision(engine)
        if current is not None and current != migrations.head_revision():
            backup_made = backup_copy(path, backups, f"before-upgrade-from-{current}")
        migrations.upgrade(engine)
    sessions = sessionmaker(engine, expire_on_commit=False)
    return Database(path, engine, sessions, backup_made)


def quick_check(path: Path) -> list[str]:
    """Full page-level integrity check; an empty list means healthy."""
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        rows = [r[0] for r in conn.execute("PRAGMA quick_check").fetchall()]
        fk = conn.execute("PRAGMA foreign_key_check").fetchall()
    finally:
        conn.close()
    problems = [r for r in rows if r != "ok"]
    problems += [f"foreign key: {row}" for row in fk]
    return problems
