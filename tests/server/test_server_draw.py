"""The random spot-check draw: reproducible from its record, pairs without conflicts of interest,
off-site tasks for the positive list, tasks only to the drawn officers, public export."""

import csv
import io

from openpyxl import load_workbook

from inspector_server.pytest_plugin import credit_code

POSITIVE = {3, 7}


def registry(count: int = 12) -> list[dict]:
    return [
        {
            "credit_code": credit_code(n),
            "name": f"甲市第{n}化工有限公司",
            "region_code": "620102" if n % 2 else "620103",
            "industry": "化工",
            "key_discharge_unit": n % 3 == 0,
            "positive_list": n in POSITIVE,
        }
        for n in range(1, count + 1)
    ]


def test_same_seed_same_draw_and_the_record_replays(agency) -> None:
    admin = agency.login("A0")
    admin.post("/v1/enterprises", json=registry())
    body = {"title": "2026年第四季度双随机抽查", "proportion": 0.5, "seed": "2026-Q4-甲市"}
    first = admin.post("/v1/draws", json=body).json()
    second = admin.post("/v1/draws", json=body).json()
    assert first["result"] == second["result"] and first["id"] != second["id"]
    assert len(first["result"]["tasks"]) == 6
    other = admin.post("/v1/draws", json={**body, "seed": "another"}).json()
    assert other["result"] != first["result"]

    record = agency.login("R1").get(f"/v1/draws/{first['id']}").json()
    assert record["seed"] == "2026-Q4-甲市" and record["algorithm"] == "draw-v1"
    assert record["run_by"] == agency.id("A0") and record["run_at"]
    assert (
        len(record["pool"]["groups"][0]["enterprises"]) == 12
        and len(record["pool"]["officers"]) == 5
    )
    assert agency.login("R1").post(f"/v1/draws/{first['id']}/verify").json()["reproduced"] is True

    # The draw is a pure function of the record: re-run it here, without the server.
    from inspector_server import draw

    assert draw.run(record["pool"], record["parameters"], record["seed"]) == record["result"]


def test_pairs_exclude_conflicts_and_positive_list_gets_offsite(agency) -> None:
    admin = agency.login("A0")
    admin.post("/v1/enterprises", json=registry())
    enterprises = {e["credit_code"]: e["id"] for e in admin.get("/v1/enterprises").json()}
    conflicted = enterprises[credit_code(5)]
    for officer in ("O1", "O2", "O3"):
        response = admin.post(
            "/v1/conflicts-of-interest",
            json={
                "officer_id": agency.id(officer),
                "enterprise_id": conflicted,
                "reason": "亲属任职",
            },
        )
        assert response.status_code == 200
    result = admin.post("/v1/draws", json={"title": "全量", "count": 12, "seed": "x"}).json()
    tasks = {t["credit_code"]: t for t in result["result"]["tasks"]}
    assert all(len(set(t["officer_ids"])) == 2 for t in tasks.values())
    assert agency.id("A0") not in {o for t in tasks.values() for o in t["officer_ids"]}
    assert set(tasks[credit_code(5)]["officer_ids"]) == {agency.id("O4"), agency.id("R1")}
    assert {c for c, t in tasks.items() if t["kind"] == "offsite"} == {
        credit_code(n) for n in POSITIVE
    }


def test_filters_narrow_the_pool(agency) -> None:
    admin = agency.login("A0")
    admin.post("/v1/enterprises", json=registry())
    key_units = admin.post(
        "/v1/draws",
        json={"title": "重点", "count": 4, "seed": "k", "filters": {"key_discharge_unit": True}},
    ).json()
    assert {e["credit_code"] for e in key_units["pool"]["groups"][0]["enterprises"]} == {
        credit_code(n) for n in (3, 6, 9, 12)
    }
    too_many = admin.post("/v1/draws", json={"title": "x", "count": 13, "seed": "k"})
    assert too_many.status_code == 422 and "13" in too_many.json()["detail"]["zh"]


def test_tasks_reach_only_the_drawn_officers(agency) -> None:
    admin = agency.login("A0")
    admin.post("/v1/enterprises", json=registry(2))
    result = admin.post("/v1/draws", json={"title": "抽查", "count": 1, "seed": "t"}).json()
    drawn = set(result["result"]["tasks"][0]["officer_ids"])
    for certificate in ("O1", "O2", "O3", "O4", "R1"):
        pulled = agency.login(certificate).get("/v1/sync/pull", params={"since": 0}).json()
        tasks = [c for c in pulled["changes"] if c["kind"] == "task"]
        if agency.id(certificate) in drawn:
            assert len(tasks) == 1 and tasks[0]["payload"]["enterprise_name"].startswith("甲市")
            assert {o["id"] for o in tasks[0]["payload"]["officers"]} == drawn
        else:
            assert tasks == []


def test_export_for_public_disclosure(agency) -> None:
    admin = agency.login("A0")
    admin.post("/v1/enterprises", json=registry(4))
    result = admin.post("/v1/draws", json={"title": "公开抽查", "count": 2, "seed": "e"}).json()
    reviewer = agency.login("R1")
    task = reviewer.get("/v1/tasks").json()[0]
    reviewer.put(f"/v1/tasks/{task['id']}/result", json={"result": "未发现环境违法问题"})

    text = reviewer.get(f"/v1/draws/{result['id']}/export").content.decode("utf-8-sig")
    rows = list(csv.reader(io.StringIO(text)))
    assert rows[0][:5] == ["序号", "抽查事项", "单位名称", "统一社会信用代码", "检查方式"]
    assert len(rows) == 3 and all(r[1] == "公开抽查" for r in rows[1:])
    assert "未发现环境违法问题" in {r[-1] for r in rows[1:]}

    xlsx = reviewer.get(f"/v1/draws/{result['id']}/export", params={"format": "xlsx"}).content
    sheet = load_workbook(io.BytesIO(xlsx)).active
    assert [c.value for c in sheet[2]][2] == rows[1][2]


def test_classes_with_their_own_shares_in_one_draw(agency) -> None:
    """重点 at 50 %, then 2 of the rest: no enterprise is drawn twice, each task says its class."""
    admin = agency.login("A0")
    admin.post("/v1/enterprises", json=registry())
    body = {
        "title": "分类抽查",
        "seed": "classes",
        "groups": [
            {"label": "重点监管对象", "proportion": 0.5, "filters": {"key_discharge_unit": True}},
            {"label": "一般监管对象", "count": 2},
        ],
    }
    result = admin.post("/v1/draws", json=body).json()
    tasks = result["result"]["tasks"]
    key = [t for t in tasks if t["group"] == "重点监管对象"]
    general = [t for t in tasks if t["group"] == "一般监管对象"]
    assert len(key) == 2 and {t["credit_code"] for t in key} <= {
        credit_code(n) for n in (3, 6, 9, 12)
    }
    assert len(general) == 2 and len({t["credit_code"] for t in tasks}) == 4
    assert agency.login("R1").post(f"/v1/draws/{result['id']}/verify").json()["reproduced"]
