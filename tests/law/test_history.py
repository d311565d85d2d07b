"""Repeats in the last two years, counted from the enterprise's own records in a real database."""

import uuid
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from inspector_app.checklists.catalog import register_templates
from inspector_app.checklists.engine import visible_items
from inspector_app.inspections import service as svc
from inspector_app.law import count_prior_violations
from inspector_app.registry.demo import seed_demo
from inspector_app.store import Case, Enterprise, Inspection, InspectionKind, Officer
from inspector_app.store.engine import Database, open_database


@pytest.fixture
def world(tmp_path: Path):
    db = open_database(tmp_path / "inspector.db", tmp_path / "backups")
    with db.session() as s:
        seed_demo(s)
        templates = {t.code: t.id for t in register_templates(s)}
        officers = {o.certificate_no: o.id for o in s.scalars(select(Officer))}
        plant = s.scalars(
            select(Enterprise).where(Enterprise.name == "兰州某精细化工有限公司")
        ).one()
        ids = (templates, officers["62010001"], officers["62010002"], plant.id, plant.credit_code)
    yield db, *ids
    db.close()


def inspect_hw(db: Database, templates, li, wang, plant, findings: dict[str, str]) -> uuid.UUID:
    """A finished hazardous-waste inspection: compliant except ``findings`` (item → note)."""
    with db.session() as s:
        request = svc.StartRequest(
            enterprise_id=plant,
            template_ids=[templates["hw"]],
            officer_ids=[li, wang],
            kind=InspectionKind.RANDOM,
        )
        inspection_id = svc.start(s, request, by=li).id
    with db.session() as s:
        inspection = s.get(Inspection, inspection_id)
        for row, template, _ in svc.answers_by_template(s, inspection):
            given: dict[str, object] = {}
            changed = True
            while changed:
                changed = False
                for item in visible_items(template, given):
                    if item.code in given:
                        continue
                    value: object = {"number": 1.0, "text": "正常"}.get(item.kind, "Y")
                    if item.kind == "choice":
                        value = next(c.code for c in item.choices if c.compliant)
                    note = None
                    if item.code in findings:
                        value, note = "N", findings[item.code]
                    svc.answer(s, inspection_id, row.code, item.code, value, li, note=note)
                    given[item.code] = value
                    changed = True
    with db.session() as s:
        svc.finish(s, inspection_id, by=li)
    return inspection_id


def test_finished_inspections_with_the_finding_are_counted(world) -> None:
    db, templates, li, wang, plant, _ = world
    inspect_hw(db, templates, li, wang, plant, {"a2": "6个废油桶无标签"})
    inspect_hw(db, templates, li, wang, plant, {"a2": "仍无标签"})
    inspect_hw(db, templates, li, wang, plant, {})  # no finding: not a repeat
    tomorrow = datetime.now(UTC).date() + timedelta(days=1)
    with db.session() as s:
        assert count_prior_violations(s, plant, "V24", tomorrow) == 2
        assert count_prior_violations(s, plant, "V25", tomorrow) == 0
        # Outside the two-year window the same inspections no longer count.
        assert count_prior_violations(s, plant, "V24", tomorrow + timedelta(days=800)) == 0
        # The act being judged today is not its own repeat.
        assert count_prior_violations(s, plant, "V24", date(2020, 1, 1)) == 0


def test_unfinished_inspections_do_not_count(world) -> None:
    db, templates, li, wang, plant, _ = world
    with db.session() as s:
        request = svc.StartRequest(
            enterprise_id=plant,
            template_ids=[templates["hw"]],
            officer_ids=[li, wang],
            kind=InspectionKind.RANDOM,
        )
        inspection_id = svc.start(s, request, by=li).id
        svc.answer(s, inspection_id, "hw", "a2", "N", li, note="无标签")
    with db.session() as s:
        assert count_prior_violations(s, plant, "V24", date.today() + timedelta(days=1)) == 0


def test_cases_table_is_used_when_it_exists(world) -> None:
    """Cases count as repeats; a case from a counted inspection is not counted twice, a withdrawn
    case or one outside the window not at all."""
    db, templates, li, wang, plant, _ = world
    counted = inspect_hw(db, templates, li, wang, plant, {"a2": "无标签"})
    today = datetime.now(UTC)
    with db.session() as s:
        other = s.scalars(select(Enterprise).where(Enterprise.id != plant)).first()
        agency_id = s.scalars(select(Officer.agency_id)).first()
        assert other is not None
        rows = [
            (plant, counted, ["V24"], "closed", today.date()),
            (plant, None, ["V24", "V26"], "closed", today.date()),
            (plant, None, ["V24"], "withdrawn", today.date()),
            (plant, None, ["V24"], "closed", (today - timedelta(days=900)).date()),
            (other.id, None, ["V24"], "closed", today.date()),
        ]
        for enterprise, inspection, codes, status, decided in rows:
            s.add(
                Case(
                    agency_id=agency_id,
                    enterprise_id=enterprise,
                    inspection_id=inspection,
                    source="inspection" if inspection else "clue",
                    violation_codes=codes,
                    violation_date=decided,
                    status=status,
                    opened_on=decided,
                    decided_on=decided,
                )
            )
    with db.session() as s:
        tomorrow = today.date() + timedelta(days=1)
        assert count_prior_violations(s, plant, "V24", tomorrow) == 2  # inspection + case c2
        assert count_prior_violations(s, plant, "V26", tomorrow) == 1


def test_the_inspection_being_judged_is_not_its_own_repeat(world) -> None:
    db, templates, li, wang, plant, _ = world
    earlier = inspect_hw(db, templates, li, wang, plant, {"a2": "无标签"})
    current = inspect_hw(db, templates, li, wang, plant, {"a2": "仍无标签"})
    tomorrow = datetime.now(UTC).date() + timedelta(days=1)
    with db.session() as s:
        assert count_prior_violations(s, plant, "V24", tomorrow, exclude_inspection_id=current) == 1
        assert count_prior_violations(s, plant, "V24", tomorrow, exclude_inspection_id=earlier) == 1


def test_a_case_gets_its_proposal_with_the_repeats_from_the_database(world) -> None:
    from inspector_app.law import calculate_with_history, default_catalogue, default_discretion

    db, templates, li, wang, plant, _ = world
    inspect_hw(db, templates, li, wang, plant, {"a2": "无标签"})
    current = inspect_hw(db, templates, li, wang, plant, {"a2": "仍无标签"})
    today = datetime.now(UTC).date()
    factors = {"correction": "corrected", "consequences": "minor", "first_in_year": "yes"}
    with db.session() as s:
        result = calculate_with_history(
            s,
            default_catalogue(),
            default_discretion(),
            plant,
            "V24",
            factors,
            violation_date=today + timedelta(days=1),
            exclude_inspection_id=current,
        )
    # One earlier finding in the window: not a first violation, so no 首违不罚.
    assert result.outcome == "heavier"
    assert "两年内已有同类违法行为1次" in result.explanation_zh
