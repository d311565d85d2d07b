"""Fixtures: a migrated database in a temporary folder (never the user's data folder)."""

from collections.abc import Iterator
from pathlib import Path

import pytest

from inspector_app.store.engine import Database, open_database


@pytest.fixture
def db(tmp_path: Path) -> Iterator[Database]:
    database = open_database(tmp_path / "inspector.db", tmp_path / "backups")
    yield database
    database.close()


@pytest.fixture
def world(db: Database):
    """The demo agency, its officers and templates, and the scenario-1 enterprise."""
    from types import SimpleNamespace

    from sqlalchemy import select

    from inspector_app.checklists.catalog import register_templates
    from inspector_app.registry.demo import seed_demo
    from inspector_app.store import Enterprise, Officer

    with db.session() as s:
        seed_demo(s)
        templates = {t.code: t.id for t in register_templates(s)}
        officers = {o.certificate_no: o.id for o in s.scalars(select(Officer))}
        plant = s.scalars(
            select(Enterprise).where(Enterprise.name == "兰州某精细化工有限公司")
        ).one()
        positive = s.scalars(select(Enterprise).where(Enterprise.positive_list)).first()
        return SimpleNamespace(
            db=db,
            templates=templates,
            officers=officers,
            plant=plant.id,
            plant_code=plant.credit_code,
            positive=positive.id,
            li=officers["62010001"],
            wang=officers["62010002"],
        )
