"""Samples taken on site and their chain of custody: taken → sealed → handed to the laboratory.

Each step records who and when and goes into the audit log.  Steps happen in that order only,
and never earlier than the step before them, because a sample "handed over" before it was
sealed, or sealed before it was taken, would not survive a challenge to the monitoring result.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from inspector_app.i18n import Msg, UserError
from inspector_app.store import CustodyStep, Inspection, Officer, Sample
from inspector_app.store.audit import append_event
from inspector_app.store.base import utcnow

STEPS = ("taken", "sealed", "handed_to_lab")
STEP_LABELS = {"taken": "采样", "sealed": "封存", "handed_to_lab": "送检（交实验室）"}
CLOCK_SLACK = timedelta(minutes=5)


@dataclass
class SampleInput:
    number: str  # 样品编号
    medium: str  # 废水 / 废气 / 土壤 / 地下水 / 固体废物 …
    point: str  # 采样点位
    taken_at: datetime
    parameters: Sequence[str] = field(default_factory=list)  # 监测项目
    container: str = ""
    preservation: str = ""
    note: str = ""


def _officer(session: Session, officer_id: uuid.UUID) -> Officer:
    officer = session.get(Officer, officer_id)
    if officer is None:
        raise UserError(Msg("找不到该执法人员", "Officer not found"))
    return officer


def _when(at: datetime | None, after: datetime | None) -> datetime:
    now = utcnow()
    moment = (at or now).replace(microsecond=0)
    if moment.tzinfo is None:
        raise UserError(Msg("时间须带时区", "The time needs a time zone"))
    if moment > now + CLOCK_SLACK:
        raise UserError(Msg("时间不能晚于当前时间", "The time cannot be in the future"))
    if after is not None and moment < after:
        raise UserError(
            Msg(
                "该环节的时间不能早于上一环节",
                "A custody step cannot be earlier than the one before",
            )
        )
    return moment


def record_sample(
    session: Session, inspection_id: uuid.UUID, data: SampleInput, by: uuid.UUID
) -> Sample:
    """Record a sample as taken by ``by``; the number is unique within the inspection."""
    if session.get(Inspection, inspection_id) is None:
        raise UserError(Msg("找不到该检查", "Inspection not found"))
    officer = _officer(session, by)
    number, medium, point = data.number.strip(), data.medium.strip(), data.point.strip()
    for value, zh, en in (
        (number, "样品编号", "sample number"),
        (medium, "样品类别", "medium"),
        (point, "采样点位", "sampling point"),
    ):
        if not value:
            raise UserError(Msg(f"{zh}不能为空", f"The {en} is empty"))
    clash = session.scalars(
        select(Sample.id).where(Sample.inspection_id == inspection_id, Sample.number == number)
    ).first()
    if clash is not None:
        raise UserError(Msg(f"样品编号 {number} 已使用", f"Sample number {number} is already used"))
    taken_at = _when(data.taken_at, None)
    sample = Sample(
        id=uuid.uuid4(),
        inspection_id=inspection_id,
        number=number,
        medium=medium,
        point=point,
        taken_at=taken_at,
        parameters=[p.strip() for p in data.parameters if p.strip()],
        container=data.container.strip(),
        preservation=data.preservation.strip(),
        taken_by=officer.id,
        seal_numbers=[],
        status="taken",
        note=data.note.strip(),
    )
    sample.custody = [
        CustodyStep(
            position=1, step="taken", actor=officer.name, officer_id=officer.id, at=taken_at
        )
    ]
    session.add(sample)
    session.flush()
    append_event(
        session,
        "sample.taken",
        "sample",
        sample.id,
        {"inspection": str(inspection_id), "number": number, "medium": medium, "point": point},
        officer_id=by,
    )
    return sample


def _advance(
    session: Session,
    sample_id: uuid.UUID,
    step: str,
    actor: str,
    by: uuid.UUID,
    at: datetime | None,
    note: str,
) -> Sample:
    sample = session.get(Sample, sample_id)
    if sample is None:
        raise UserError(Msg("找不到该样品", "Sample not found"))
    expected = STEPS[STEPS.index(sample.status) + 1] if sample.status != STEPS[-1] else None
    if step != expected:
        have = STEP_LABELS[sample.status]
        raise UserError(
            Msg(
                f"样品 {sample.number} 当前为“{have}”，不能进行“{STEP_LABELS[step]}”；"
                "须按 采样 → 封存 → 送检 的顺序",
                f"Sample {sample.number} is at '{sample.status}'; '{step}' is not the next step "
                "(taken → sealed → handed to lab)",
            )
        )
    moment = _when(at, sample.custody[-1].at if sample.custody else None)
    sample.custody.append(
        CustodyStep(
            position=len(sample.custody) + 1,
            step=step,
            actor=actor,
            officer_id=by,
            at=moment,
            note=note.strip(),
        )
    )
    sample.status = step
    return sample


def seal_sample(
    session: Session,
    sample_id: uuid.UUID,
    seal_numbers: Sequence[str],
    by: uuid.UUID,
    at: datetime | None = None,
) -> Sample:
    seals = [s.strip() for s in seal_numbers if s.strip()]
    if not seals:
        raise UserError(Msg("请填写封条编号", "Give the seal numbers"))
    officer = _officer(session, by)
    sample = _advance(
        session, sample_id, "sealed", officer.name, by, at, "封条：" + "、".join(seals)
    )
    sample.seal_numbers = seals
    append_event(
        session,
        "sample.sealed",
        "sample",
        sample.id,
        {"inspection": str(sample.inspection_id), "number": sample.number, "seals": seals},
        officer_id=by,
    )
    return sample


def hand_to_lab(
    session: Session,
    sample_id: uuid.UUID,
    laboratory: str,
    receiver: str,
    by: uuid.UUID,
    at: datetime | None = None,
) -> Sample:
    if not laboratory.strip() or not receiver.strip():
        raise UserError(Msg("请填写实验室和接收人", "Give the laboratory and the receiver"))
    _officer(session, by)
    note = f"{laboratory.strip()}，接收人：{receiver.strip()}"
    sample = _advance(session, sample_id, "handed_to_lab", receiver.strip(), by, at, note)
    append_event(
        session,
        "sample.handed_to_lab",
        "sample",
        sample.id,
        {"inspection": str(sample.inspection_id), "number": sample.number, "lab": laboratory},
        officer_id=by,
    )
    return sample


def list_samples(session: Session, inspection_id: uuid.UUID) -> list[Sample]:
    return list(
        session.scalars(
            select(Sample)
            .where(Sample.inspection_id == inspection_id)
            .options(selectinload(Sample.custody))
            .order_by(Sample.taken_at, Sample.number)
        )
    )
