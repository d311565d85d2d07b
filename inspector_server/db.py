"""Engine, sessions and migrations for the server database (SQLite or PostgreSQL)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from alembic import command
from alembic.config import Config
from sqlalchemy import Engine, create_engine, event, text
from sqlalchemy.orm import Session, sessionmaker

MIGRATIONS = Path(__file__).resolve().parent / "migrations"


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA synchronous=FULL")
    cursor.execute("PRAGMA busy_timeout=10000")
    cursor.close()
    dbapi_connection.isolation_level = None  # let the "begin" hook below open transactions


def _sqlite_begin(connection: Any) -> None:
    """BEGIN IMMEDIATE: a transaction that reads and then writes (push, number leases) takes
    the write lock up front and waits its turn, instead of failing with SQLITE_BUSY when
    another writer committed between its read and its write."""
    connection.exec_driver_sql("BEGIN IMMEDIATE")


def make_engine(url: str) -> Engine:
    if url.startswith("sqlite"):
        path = url.split("///", 1)[-1]
        if path and path != ":memory:":
            Path(path).parent.mkdir(parents=True, exist_ok=True)
        engine = create_engine(url, connect_args={"check_same_thread": False})
        event.listen(engine, "connect", _sqlite_pragmas)
        event.listen(engine, "begin", _sqlite_begin)
        return engine
    return create_engine(url, pool_pre_ping=True)


def upgrade(engine: Engine) -> None:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "head")


def serialize_changes(session: Session) -> None:
    """Make change-log writers take turns, so ``seq`` commits in order.

    A device pulls "everything after N".  If two transactions could commit seq 11 before seq 10,
    a device that read 11 would never see 10.  SQLite has a single writer anyway; on PostgreSQL
    a transaction-scoped advisory lock gives the same order.
    """
    if session.get_bind().dialect.name == "postgresql":
        session.execute(text("SELECT pg_advisory_xact_lock(7301)"))


class Sessions:
    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self.factory = sessionmaker(engine, expire_on_commit=False)

    @contextmanager
    def begin(self) -> Iterator[Session]:
        session = self.factory()
        try:
            yield session
            session.commit()
        except BaseException:
            session.rollback()
            raise
        finally:
            session.close()
