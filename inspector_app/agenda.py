"""What the officer should look at today: the Today page's rows, from every part of the app.

Each source contributes plain :class:`AgendaEntry` rows; the page only sorts and shows them.
Sources that belong to parts of the app not present in a build (cases, sync tasks) are simply
absent, so the page never depends on them.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from inspector_app.i18n import Msg
from inspector_app.store import Enterprise, Inspection, InspectionStatus

EXPIRING_DAYS = 30
PERMIT_ROWS = 50


@dataclass(frozen=True)
class AgendaEntry:
    """One row: ``kind`` is "inspection", "permit", "case" or "task"; ``target`` what it opens."""

    kind: str
    title: str
    detail: Msg
    due: date | None
    overdue: bool
    target: uuid.UUID | None = None


AgendaSource = Callable[[Session, date], Iterable[AgendaEntry]]


def inspections_in_progress(session: Session, today: date) -> Iterable[AgendaEntry]:
    query = (
        select(Inspection.id, Inspection.started_at, Enterprise.name)
        .join(Enterprise, Enterprise.id == Inspection.enterprise_id)
        .where(Inspection.status == InspectionStatus.IN_PROGRESS)
        .order_by(Inspection.started_at)
    )
    for inspection_id, started, name in session.execute(query):
        started_day = started.astimezone().date()
        yield AgendaEntry(
            kind="inspection",
            title=name,
            detail=Msg(
                f"进行中的检查，开始于 {started.astimezone():%Y-%m-%d %H:%M}",
                f"Inspection in progress, started {started.astimezone():%Y-%m-%d %H:%M}",
            ),
            due=started_day,
            overdue=started_day < today,
            target=inspection_id,
        )


def permits_expiring(session: Session, today: date) -> Iterable[AgendaEntry]:
    """Permits expired or expiring within 30 days: a reason to visit, and to note on site."""
    limit = today + timedelta(days=EXPIRING_DAYS)
    query = (
        select(Enterprise.id, Enterprise.name, Enterprise.permit_no, Enterprise.permit_valid_to)
        .where(Enterprise.permit_valid_to.is_not(None), Enterprise.permit_valid_to <= limit)
        .order_by(Enterprise.permit_valid_to)
        .limit(PERMIT_ROWS)
    )
    for enterprise_id, name, permit_no, valid_to in session.execute(query):
        assert valid_to is not None  # filtered in the query
        expired = valid_to < today
        days = (valid_to - today).days
        number = permit_no or "—"
        yield AgendaEntry(
            kind="permit",
            title=name,
            detail=Msg(
                f"排污许可证 {number} 有效期至 {valid_to:%Y-%m-%d}，"
                + ("已过期" if expired else f"还剩 {days} 天"),
                f"Discharge permit {number} valid until {valid_to:%Y-%m-%d}, "
                + ("expired" if expired else f"{days} days left"),
            ),
            due=valid_to,
            overdue=expired,
            target=enterprise_id,
        )


def spot_check_tasks(session: Session, today: date) -> Iterable[AgendaEntry]:
    """Tasks of the random draw that came down with the last sync."""
    from inspector_app.sync.apply import tasks

    for task in tasks(session):
        offsite = task.get("kind") == "offsite"
        yield AgendaEntry(
            kind="task",
            title=str(task.get("enterprise_name", "")),
            detail=Msg(
                "“双随机”抽查任务（" + ("非现场检查" if offsite else "现场检查") + "）",
                "Random spot-check task (" + ("off-site" if offsite else "on site") + ")",
            ),
            due=None,
            overdue=False,
        )


def case_deadlines(session: Session, today: date) -> Iterable[AgendaEntry]:
    """Every open statutory time limit of every open case (reference.md §1.1)."""
    from inspector_app.cases.deadlines import due_items

    for item in due_items(session, today):
        yield AgendaEntry(
            kind="case",
            title=f"{item.case_label} · {item.enterprise}",
            detail=Msg(f"{item.title_zh}（{item.rule}）", f"{item.title_en} ({item.rule})"),
            due=item.due_on,
            overdue=item.overdue,
            target=uuid.UUID(item.case_id),
        )


DEFAULT_SOURCES: list[AgendaSource] = [
    inspections_in_progress,
    case_deadlines,
    permits_expiring,
    spot_check_tasks,
]


def agenda(
    session: Session, today: date, sources: Iterable[AgendaSource] = DEFAULT_SOURCES
) -> list[AgendaEntry]:
    """Every source's rows: overdue first, then by due date."""
    entries = [entry for source in sources for entry in source(session, today)]
    return sorted(entries, key=lambda e: (not e.overdue, e.due or date.max, e.title))
