"""Fixtures: a migrated database with the demo agency, one started inspection, an evidence
context on the test's data folder, and real photos with EXIF and GPS written by Pillow."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from types import SimpleNamespace

import pytest

from inspector_app.config import DataPaths
from inspector_app.evidence.context import EvidenceContext
from inspector_app.store.engine import Database, open_database


@pytest.fixture
def db(tmp_path: Path) -> Iterator[Database]:
    database = open_database(tmp_path / "data" / "inspector.db", tmp_path / "backups")
    yield database
    database.close()


@pytest.fixture
def ctx(data_dir: Path) -> EvidenceContext:
    return EvidenceContext.from_paths(DataPaths(data_dir).ensure())


@pytest.fixture
def world(db: Database) -> SimpleNamespace:
    """The demo agency and officers, and an inspection of the scenario-1 plant in progress."""
    from sqlalchemy import select

    from inspector_app.checklists.catalog import register_templates
    from inspector_app.inspections import service as svc
    from inspector_app.registry.demo import seed_demo
    from inspector_app.store import Enterprise, InspectionKind, Officer

    with db.session() as s:
        seed_demo(s)
        templates = {t.code: t.id for t in register_templates(s)}
        officers = {o.certificate_no: o.id for o in s.scalars(select(Officer))}
        plant = s.scalars(
            select(Enterprise).where(Enterprise.name == "兰州某精细化工有限公司")
        ).one()
        request = svc.StartRequest(
            enterprise_id=plant.id,
            template_ids=[templates["hw"]],
            kind=InspectionKind.RANDOM,
            officer_ids=[officers["62010001"], officers["62010002"]],
            place="兰州市西固区某化工园区",
        )
        inspection = svc.start(s, request, by=officers["62010001"])
        return SimpleNamespace(
            db=db,
            templates=templates,
            inspection=inspection.id,
            li=officers["62010001"],
            wang=officers["62010002"],
        )
