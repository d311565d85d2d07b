"""Scenario 4: a positive-list enterprise is checked off site with the same checklist and the
same audit trail, and an enterprise not on the list cannot be checked that way."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from sqlalchemy import select

from inspector_app.checklists.catalog import register_templates
from inspector_app.i18n import UserError
from inspector_app.inspections import service
from inspector_app.inspections.record import generate_record
from inspector_app.registry.demo import seed_demo
from inspector_app.store import Enterprise, InspectionKind, Officer
from inspector_app.store.audit import verify_session_chain
from inspector_app.store.engine import open_database


def test_off_site_check_of_a_positive_list_enterprise(tmp_path: Path) -> None:
    db = open_database(tmp_path / "inspector.db")
    with db.session() as s:
        seed_demo(s)
        templates = {t.code: t.id for t in register_templates(s)}
        officers = list(s.scalars(select(Officer.id).order_by(Officer.certificate_no).limit(2)))
        listed = s.scalars(select(Enterprise).where(Enterprise.positive_list)).first()
        other = s.scalars(select(Enterprise).where(~Enterprise.positive_list)).first()
        assert listed is not None and other is not None
        with pytest.raises(UserError, match="正面清单"):
            service.start(
                s,
                service.StartRequest(
                    other.id, [templates["monitoring"]], InspectionKind.OFFSITE, officers
                ),
                by=officers[0],
            )
        inspection = service.start(
            s,
            service.StartRequest(
                listed.id,
                [templates["monitoring"]],
                InspectionKind.OFFSITE,
                officers,
                place="非现场：在线监控平台及视频监控",
            ),
            by=officers[0],
        )
        for row, schema, _ in service.answers_by_template(s, inspection):
            for item in schema.iter_items():
                if item.required and not item.show_if:
                    value = "Y" if item.kind == "yes_no_na" else None
                    if item.kind == "choice":
                        value = next(c.code for c in item.choices if c.compliant)
                    if value is not None:
                        service.answer(s, inspection.id, row.code, item.code, value, officers[0])
        while missing := service.problems_before_finish(s, inspection):
            template, item, _why = missing[0]
            service.answer(s, inspection.id, template, item, "A", officers[0])
        service.finish(s, inspection.id, officers[0])
        record = generate_record(s, inspection.id, officers[0])
        assert verify_session_chain(s) is None
        name = listed.name
    path = tmp_path / "record.pdf"
    path.write_bytes(record.pdf)
    text = "".join(
        subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True).stdout.split()
    )
    assert "非现场检查（正面清单）" in text and name in text and "在线监控平台" in text
    db.close()
