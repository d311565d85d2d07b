"""Migrations: empty to head, an older database upgraded after a backup with its data kept,
and a corrupt file moved aside instead of being recreated over."""

import sqlite3
import uuid
from pathlib import Path

import pytest
from sqlalchemy import inspect, text

from inspector_app.store import migrations
from inspector_app.store.engine import CorruptDatabaseError, make_engine, open_database
from inspector_app.store.search import search


def test_empty_to_head_creates_every_table(tmp_path: Path) -> None:
    db = open_database(tmp_path / "a.db")
    tables = set(inspect(db.engine).get_table_names())
    assert {
        "agencies",
        "officers",
        "enterprises",
        "checklist_templates",
        "inspections",
        "inspection_checklists",
        "answers",
        "audit_events",
        "enterprise_search",
    } <= tables
    assert migrations.current_revision(db.engine) == migrations.head_revision()
    with db.engine.connect() as conn:
        assert conn.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert conn.execute(text("PRAGMA foreign_keys")).scalar() == 1
        assert conn.execute(text("PRAGMA synchronous")).scalar() == 2  # FULL
    assert db.backup_made is None
    db.close()


def test_previous_revision_upgrades_with_data_kept_and_backup(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    engine = make_engine(path)
    migrations.upgrade(engine, "0001")
    enterprise_id = uuid.uuid4()
    with engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO enterprises (id, credit_code, name, legal_representative, address,"
                " region_code, industry, permit_no, key_discharge_unit, positive_list,"
                " contact_person, contact_phone, created_at, updated_at) VALUES (:id, :code,"
                " :name, '', '', '620104', '', '', 1, 0, '', '', '2026-01-01', '2026-01-01')"
            ),
            {"id": enterprise_id.hex, "code": "91620104MA00000001", "name": "兰州旧库化工有限公司"},
        )
    engine.dispose()

    db = open_database(path, tmp_path / "backups")
    assert db.backup_made is not None and db.backup_made.exists()
    assert "0001" in db.backup_made.name
    with sqlite3.connect(db.backup_made) as backup:
        assert backup.execute("SELECT version_num FROM alembic_version").fetchone() == ("0001",)
        assert backup.execute("SELECT count(*) FROM enterprises").fetchone() == (1,)
    with db.session() as s:
        hits = search(s, "旧库")  # the 0002 migration indexed the existing row
        assert [h.enterprise.id for h in hits] == [enterprise_id]
        assert hits[0].enterprise.key_discharge_unit is True
    db.close()


def test_downgrade_and_upgrade_again(tmp_path: Path) -> None:
    db = open_database(tmp_path / "a.db")
    migrations.downgrade(db.engine, "base")
    assert migrations.current_revision(db.engine) is None
    migrations.upgrade(db.engine)
    assert migrations.current_revision(db.engine) == migrations.head_revision()
    db.close()


@pytest.mark.parametrize(
    "content", [b"this is not a database at all" * 100, b"SQLite format 3\x00" + b"\xff" * 4000]
)
def test_corrupt_database_is_moved_aside_never_overwritten(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "inspector.db"
    path.write_bytes(content)
    with pytest.raises(CorruptDatabaseError) as caught:
        open_database(path)
    moved = caught.value.moved_to
    assert moved.read_bytes() == content  # the damaged file is kept, byte for byte
    assert not path.exists()
    assert str(moved) in caught.value.msg.zh and "nothing was deleted" in caught.value.msg.en
    fresh = open_database(path)  # the caller then starts with a new, empty database
    assert moved.read_bytes() == content
    fresh.close()


def test_models_and_migrations_agree(tmp_path: Path) -> None:
    """A model change without a migration would break an officer's upgrade; catch it here."""
    from alembic.autogenerate import compare_metadata
    from alembic.runtime.migration import MigrationContext

    from inspector_app.store import Base
    from inspector_app.store.migrations.env_filter import include_object

    db = open_database(tmp_path / "a.db")
    with db.engine.connect() as conn:
        context = MigrationContext.configure(conn, opts={"include_object": include_object})
        assert compare_metadata(context, Base.metadata) == []
    db.close()
