"""A real database with the demo agency, its officers and enterprises, templates and number
blocks for every numbered document type; helpers to run a finished inspection."""

from __future__ import annotations

import shutil
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from inspector_app.cases.numbering import add_block
from inspector_app.cases.settings import CaseSettings
from inspector_app.checklists.catalog import register_templates
from inspector_app.checklists.engine import visible_items
from inspector_app.forms.registry import DOCUMENT_TYPES
from inspector_app.inspections import service as svc
from inspector_app.registry.demo import seed_demo
from inspector_app.store import (
    Agency,
    ChecklistTemplate,
    Enterprise,
    Inspection,
    InspectionKind,
    Officer,
)
from inspector_app.store.engine import Database, open_database

SETTINGS = CaseSettings(
    contact_person="李明", contact_phone="0931-8888888", agency_address="兰州市城关区雁滩路2号"
)


@dataclass
class World:
    db: Database
    agency: uuid.UUID
    li: uuid.UUID
    wang: uuid.UUID
    templates: dict[str, uuid.UUID]
    plant: uuid.UUID  # 兰州某精细化工有限公司
    other: uuid.UUID  # another enterprise, for Scenario 3

    def inspect(
        self,
        template: str,
        findings: dict[str, str],
        day: date,
        enterprise: uuid.UUID | None = None,
        start: datetime | None = None,
    ) -> uuid.UUID:
        """A finished inspection on ``day``: compliant except ``findings`` (item → note);
        ``start`` overrides the start time (default 09:05 in China)."""
        start = start or datetime(day.year, day.month, day.day, 1, 5, tzinfo=UTC)
        with self.db.session() as s:
            request = svc.StartRequest(
                enterprise_id=enterprise or self.plant,
                template_ids=[self.templates[template]],
                officer_ids=[self.li, self.wang],
                kind=InspectionKind.RANDOM,
            )
            inspection_id = svc.start(s, request, by=self.li, now=start).id
        with self.db.session() as s:
            inspection = s.get(Inspection, inspection_id)
            for row, tpl, _ in svc.answers_by_template(s, inspection):
                given: dict[str, object] = {}
                changed = True
                while changed:
                    changed = False
                    for item in visible_items(tpl, given):
                        if item.code in given:
                            continue
                        value: object = {"number": 1.0, "text": "正常"}.get(item.kind, "Y")
                        if item.kind == "choice":
                            value = next(c.code for c in item.choices if c.compliant)
                        note = None
                        if item.code in findings:
                            value, note = "N", findings[item.code]
                        svc.answer(s, inspection_id, row.code, item.code, value, self.li, note=note)
                        given[item.code] = value
                        changed = True
        with self.db.session() as s:
            svc.finish(s, inspection_id, by=self.li, now=start + timedelta(hours=2, minutes=35))
        return inspection_id


def _seed(path: Path) -> None:
    db = open_database(path)
    with db.session() as s:
        seed_demo(s, today=date(2026, 11, 1))
        agency = s.scalars(select(Agency)).one()
        register_templates(s)
        for code, kind in DOCUMENT_TYPES.items():
            if kind.number_kind:
                for year in (2026, 2027):
                    add_block(s, agency.id, code, year, 1, 50)
    db.close()


@pytest.fixture(scope="session")
def seeded(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Seeding (agency, officers, enterprises, templates, number blocks) once per session; each
    test gets its own copy of the file."""
    path = tmp_path_factory.mktemp("seeded") / "inspector.db"
    _seed(path)
    return path


def copy_database(source: Path, path: Path) -> None:
    """Copy a SQLite file with its WAL companions (a test's own copy of a prepared database)."""
    for suffix in ("", "-wal", "-shm"):
        found = source.with_name(source.name + suffix)
        if found.exists():
            shutil.copyfile(found, path.with_name(path.name + suffix))


def open_world(path: Path, backups: Path) -> World:
    """The World of a seeded database file (the caller closes ``world.db``)."""
    db = open_database(path, backups)
    with db.session() as s:
        agency = s.scalars(select(Agency)).one()
        templates = {t.code: t.id for t in s.scalars(select(ChecklistTemplate))}
        officers = {o.certificate_no: o.id for o in s.scalars(select(Officer))}
        plant = s.scalars(
            select(Enterprise).where(Enterprise.name == "兰州某精细化工有限公司")
        ).one()
        other = s.scalars(select(Enterprise).where(Enterprise.id != plant.id)).first()
        assert other is not None
        return World(
            db,
            agency.id,
            officers["62010001"],
            officers["62010002"],
            templates,
            plant.id,
            other.id,
        )


@pytest.fixture
def world(seeded: Path, tmp_path: Path) -> Iterator[World]:
    path = tmp_path / "inspector.db"
    copy_database(seeded, path)
    w = open_world(path, tmp_path / "backups")
    yield w
    w.db.close()


def open_clue_case(
    world: World,
    codes: list[str],
    violation_day: date = date(2026, 11, 20),
    opened_on: date = date(2026, 11, 22),
    factors: dict | None = None,
) -> uuid.UUID:
    """A case from a clue (no inspection): quick to set up for the deadline and refusal tests."""
    from inspector_app.cases.service import open_case

    with world.db.session() as s:
        return open_case(
            s,
            by=world.li,
            opened_on=opened_on,
            enterprise_id=world.plant,
            source="clue",
            violation_codes=codes,
            violation_date=violation_day,
            factors=factors,
            officer_ids=[world.li, world.wang],
            evidence=["现场照片6张"],
            settings=SETTINGS,
        ).id


def steps(world: World, case_id: uuid.UUID, *taken: tuple) -> None:
    """Record steps without documents: (code, day) or (code, day, data)."""
    from inspector_app.cases.service import perform

    for code, day, *rest in taken:
        with world.db.session() as s:
            perform(
                s,
                case_id,
                code,
                day,
                world.li,
                rest[0] if rest else None,
                settings=SETTINGS,
                issue=False,
            )


def limits(world: World, case_id: uuid.UUID) -> dict[str, list]:
    """Deadlines of the case by rule: [(due_on, done_on), …]."""
    from inspector_app.cases.deadlines import deadlines
    from inspector_app.cases.service import case_view, get_case

    with world.db.session() as s:
        out: dict[str, list] = {}
        for d in deadlines(case_view(s, get_case(s, case_id), SETTINGS)):
            out.setdefault(d.rule, []).append((d.due_on, d.done_on))
        return out
