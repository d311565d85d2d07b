"""Reference data published on the server arrives on the device: templates, law catalogue."""

import threading

import pytest
from sqlalchemy import select

from inspector_app.checklists.loader import content_hash, default_templates_dir, load_directory
from inspector_app.store import ChecklistTemplate, PulledItem
from inspector_app.store.engine import open_database
from inspector_app.sync.engine import SyncEngine
from inspector_app.sync.errors import SyncCancelled
from inspector_server.pytest_plugin import PASSWORD, sqlite_only


def test_templates_and_the_law_catalogue_come_down(agency, tmp_path) -> None:
    admin = agency.login("A0")
    template = load_directory(default_templates_dir())[0]
    body = {
        "code": template.code,
        "version": template.version,
        "title": template.title_zh,
        "content": template.model_dump(mode="json"),
    }
    assert admin.post("/v1/templates", json=body).json() == {"status": "created"}
    assert admin.post("/v1/templates", json=body).json() == {"status": "unchanged"}
    changed = {**body, "content": {**body["content"], "title_zh": "改过的标题"}}
    refused = admin.post("/v1/templates", json=changed)
    assert refused.status_code == 422 and "提高版本号" in refused.json()["detail"]["zh"]
    catalogue = {"version": "2026-08-15", "provisions": [{"code": "生态环境法典-1", "text": "…"}]}
    admin.put("/v1/reference/law-catalogue", json={"content": catalogue})

    db = open_database(tmp_path / "inspector.db")
    engine = SyncEngine(db, agency.server.url)
    try:
        engine.login(agency.code, agency.staff["O1"].certificate_no, PASSWORD)
        engine.run()
    finally:
        engine.close()
    with db.session() as s:
        stored = s.scalars(select(ChecklistTemplate)).one()
        assert (stored.code, stored.content_hash) == (template.code, content_hash(template))
        law = s.get(PulledItem, ("reference", "law-catalogue"))
        assert law is not None and law.payload == catalogue
    db.close()


@sqlite_only
def test_a_large_registry_comes_down_in_pages_and_resumes(agency, tmp_path) -> None:
    from sqlalchemy import func

    from inspector_app.store import Enterprise
    from inspector_app.sync import state
    from inspector_server.pytest_plugin import credit_code

    rows = [{"credit_code": credit_code(n), "name": f"第{n}号企业"} for n in range(1, 521)]
    assert agency.login("A0").post("/v1/enterprises", json=rows).json()["created"] == 520
    db = open_database(tmp_path / "inspector.db")
    cancel = threading.Event()
    pages = []

    def progress(p) -> None:
        pages.append(p.done)
        cancel.set()  # stop after the first page, as a closed lid would

    engine = SyncEngine(db, agency.server.url, progress=progress, cancel=cancel)
    try:
        engine.login(agency.code, agency.staff["O1"].certificate_no, PASSWORD)
        with pytest.raises(SyncCancelled):
            engine.run()
        with db.session() as s:
            first_page = state.last_seq(s)
            assert s.scalar(select(func.count()).select_from(Enterprise)) == pages[0] - 7
        cancel.clear()
        report = engine.run()  # continues after the stored sequence number
    finally:
        engine.close()
    assert pages[0] == 500 and report.pulled == 520 + 7 - 500 and report.last_seq > first_page
    with db.session() as s:
        assert s.scalar(select(func.count()).select_from(Enterprise)) == 520
    db.close()
