"""Reference data published on the server arrives on the device: templates, law catalogue."""

from sqlalchemy import select

from inspector_app.checklists.loader import content_hash, default_templates_dir, load_directory
from inspector_app.store import ChecklistTemplate, PulledItem
from inspector_app.store.engine import open_database
from inspector_app.sync.engine import SyncEngine
from inspector_server.pytest_plugin import PASSWORD


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
