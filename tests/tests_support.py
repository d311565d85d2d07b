"""Shared set-up for UI and end-to-end tests: Scenario 1's inspection, started by use cases."""

from __future__ import annotations

import uuid

from sqlalchemy import select

from inspector_app.checklists.catalog import register_templates
from inspector_app.inspections.auth import OfficerChoice
from inspector_app.inspections.service import StartRequest, start
from inspector_app.store import Enterprise, InspectionKind, Officer
from inspector_app.store.engine import Database

ENTERPRISE = "兰州某精细化工有限公司"


def start_scenario_one(
    database: Database, checklists: tuple[str, ...] = ("hw", "permit")
) -> tuple[OfficerChoice, uuid.UUID]:
    """李明 and 王芳 start a random check of 兰州某精细化工 (the demo registry must be seeded)."""
    with database.session() as session:
        templates = {t.code: t for t in register_templates(session)}
        officers = session.scalars(
            select(Officer)
            .where(Officer.certificate_no.in_(["62010001", "62010002"]))
            .order_by(Officer.certificate_no)
        ).all()
        enterprise = session.scalars(select(Enterprise).where(Enterprise.name == ENTERPRISE)).one()
        request = StartRequest(
            enterprise_id=enterprise.id,
            template_ids=[templates[c].id for c in checklists],
            kind=InspectionKind.RANDOM,
            officer_ids=[o.id for o in officers],
        )
        inspection = start(session, request, by=officers[0].id)
        me = officers[0]
        return OfficerChoice(me.id, me.name, me.certificate_no, me.agency_id), inspection.id
