"""Inspection use cases as the officer meets them: the rules that protect the record."""

import uuid
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import select

from inspector_app.checklists.catalog import stored_template
from inspector_app.checklists.engine import visible_items
from inspector_app.i18n import UserError
from inspector_app.inspections import service as svc
from inspector_app.store import (
    AuditEvent,
    ChecklistTemplate,
    Inspection,
    InspectionKind,
    InspectionStatus,
)
from inspector_app.store.audit import verify_session_chain

FINDINGS = {"a2": "6个废矿物油桶未粘贴危险废物标签", "a4": "台账2026年8月至10月无记录"}


def start(
    world,
    kind=InspectionKind.RANDOM,
    officers=None,
    parties=(),
    enterprise=None,
    codes=("hw", "permit"),
) -> uuid.UUID:
    with world.db.session() as s:
        request = svc.StartRequest(
            enterprise_id=enterprise or world.plant,
            template_ids=[world.templates[c] for c in codes],
            kind=kind,
            officer_ids=officers or [world.li, world.wang],
            parties=list(parties),
        )
        return svc.start(s, request, by=world.li).id


def answer_all(world, inspection_id: uuid.UUID, findings=FINDINGS, notes=True) -> None:
    """Answer every visible item: compliant except the findings (as in scenario 1)."""
    with world.db.session() as s:
        inspection = s.get(Inspection, inspection_id)
        for row, template, _ in svc.answers_by_template(s, inspection):
            given: dict[str, object] = {}
            changed = True
            while changed:
                changed = False
                for item in visible_items(template, given):
                    if item.code in given:
                        continue
                    value = {"number": 1.0, "text": "正常"}.get(item.kind, "Y")
                    if item.kind == "choice":
                        value = next(c.code for c in item.choices if c.compliant)
                    note = None
                    if item.code in findings:
                        value, note = "N", findings[item.code] if notes else None
                    svc.answer(s, inspection_id, row.code, item.code, value, world.li, note=note)
                    given[item.code] = value
                    changed = True


def test_two_certified_officers_are_required(world) -> None:
    with pytest.raises(UserError, match="至少2名"):
        start(world, officers=[world.li])
    with pytest.raises(UserError, match="至少2名"):
        start(world, officers=[world.li, world.li])  # the same officer twice is one officer


def test_party_id_number_is_checked_digit_by_digit(world) -> None:
    bad = svc.PartyPresent(name="赵强", id_number="110105194912310021")
    with pytest.raises(UserError, match="第18位应为“X”"):
        start(world, parties=[bad])


def test_offsite_only_for_positive_list(world) -> None:
    with pytest.raises(UserError, match="正面清单"):
        start(world, kind=InspectionKind.OFFSITE)
    assert start(world, kind=InspectionKind.OFFSITE, enterprise=world.positive)


def test_answers_are_validated_and_logged_with_old_and_new(world) -> None:
    inspection_id = start(world)
    with world.db.session() as s:
        with pytest.raises(UserError, match="Y / N / A"):
            svc.answer(s, inspection_id, "hw", "a1", "maybe", world.li)
        svc.answer(s, inspection_id, "hw", "a1", "Y", world.li)
    with world.db.session() as s:
        svc.answer(s, inspection_id, "hw", "a1", "N", world.li, note="未公示责任信息")
    with world.db.session() as s:
        events = list(
            s.scalars(
                select(AuditEvent)
                .where(AuditEvent.action == "answer.changed")
                .order_by(AuditEvent.seq)
            )
        )
        assert [(e.payload["old"], e.payload["new"]) for e in events] == [(None, "Y"), ("Y", "N")]
        assert events[1].payload["new_note"] == "未公示责任信息"
        assert verify_session_chain(s) is None


def test_finish_lists_what_is_missing(world) -> None:
    inspection_id = start(world)
    answer_all(world, inspection_id, notes=False)
    with world.db.session() as s, pytest.raises(svc.IncompleteInspectionError) as caught:
        svc.finish(s, inspection_id, world.li)
    assert sorted(caught.value.missing) == [("hw", "a2", "no_note"), ("hw", "a4", "no_note")]
    assert "hw/a2" in caught.value.msg.zh


def test_finished_inspection_is_immutable_and_corrections_are_versions(world) -> None:
    inspection_id = start(world)
    answer_all(world, inspection_id)
    with world.db.session() as s:
        svc.finish(s, inspection_id, world.li)
    with world.db.session() as s, pytest.raises(UserError, match="已结束"):
        svc.answer(s, inspection_id, "hw", "a1", "N", world.li)
    with world.db.session() as s:
        new = svc.correct(s, inspection_id, "a13 误填", world.li)
        new_id = new.id
    with world.db.session() as s:
        old, new = s.get(Inspection, inspection_id), s.get(Inspection, new_id)
        assert old.status is InspectionStatus.SUPERSEDED
        assert (new.version, new.supersedes_id, new.status) == (
            2,
            old.id,
            InspectionStatus.IN_PROGRESS,
        )
        assert len(new.answers) == len(old.answers)


def test_start_time_changes_need_a_reason(world) -> None:
    inspection_id = start(world)
    earlier = datetime.now(UTC) - timedelta(minutes=30)
    with world.db.session() as s, pytest.raises(UserError, match="理由"):
        svc.change_start_time(s, inspection_id, earlier, " ", world.li)
    with world.db.session() as s:
        svc.change_start_time(s, inspection_id, earlier, "到达现场时未开机", world.li)
    with world.db.session() as s:
        event = s.scalars(
            select(AuditEvent).where(AuditEvent.action == "inspection.start_time_changed")
        ).one()
        assert event.payload["reason"] == "到达现场时未开机"


def test_inspection_records_the_exact_template_version(world) -> None:
    inspection_id = start(world, codes=("hw",))
    with world.db.session() as s:
        inspection = s.get(Inspection, inspection_id)
        row = s.get(ChecklistTemplate, inspection.checklists[0].template_id)
        assert (row.code, row.version) == ("hw", 1)
        assert stored_template(row).item("a2").violations == ["V24"]
