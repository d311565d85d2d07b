"""An officer of one agency can never read or write another agency's data, on any endpoint."""

import hashlib
import os
import uuid

import httpx

from inspector_server.pytest_plugin import credit_code

ENTERPRISES = [
    {"credit_code": credit_code(16), "name": "乙市某化工有限公司", "region_code": "620102"},
    {"credit_code": credit_code(24), "name": "乙市某水泥有限公司", "region_code": "620103"},
]


def fill_agency_b(b) -> dict:
    admin, officer = b.login("A0"), b.login("O1")
    assert admin.post("/v1/enterprises", json=ENTERPRISES).status_code == 200
    record = str(uuid.uuid4())
    officer.post(
        "/v1/sync/push",
        json={
            "changes": [
                {
                    "record_type": "inspection",
                    "record_id": record,
                    "version": 1,
                    "payload": {"secret": "乙"},
                }
            ]
        },
    )
    blob = os.urandom(1000)
    digest = hashlib.sha256(blob).hexdigest()
    officer.post(f"/v1/blobs/{digest}/upload", json={"size": len(blob)})
    officer.patch(f"/v1/blobs/{digest}/upload", content=blob, headers={"Upload-Offset": "0"})
    draw = admin.post("/v1/draws", json={"title": "乙市抽查", "count": 1, "seed": "s"}).json()
    task = admin.get("/v1/tasks").json()[0]["id"]
    officer.post("/v1/number-blocks", json={"doc_type": "罚", "year": 2026, "size": 5})
    officer_ids = [o["id"] for o in admin.get("/v1/officers").json()]
    enterprise_ids = [e["id"] for e in admin.get("/v1/enterprises").json()]
    return {
        "record": record,
        "blob": digest,
        "draw": draw["id"],
        "task": task,
        "officers": officer_ids,
        "enterprises": enterprise_ids,
    }


def test_nothing_of_agency_b_is_visible_or_writable_to_agency_a(make_agency) -> None:
    a, b = make_agency(), make_agency()
    mine = fill_agency_b(b)
    for role in ("A0", "R1", "O1"):
        client = a.login(role)
        text = " ".join(
            client.get(path, params=params).text
            for path, params in [
                ("/v1/records", {}),
                ("/v1/records", {"record_id": mine["record"]}),
                ("/v1/enterprises", {}),
                ("/v1/officers", {}),
                ("/v1/tasks", {}),
                ("/v1/number-blocks", {}),
                ("/v1/sync/pull", {"since": 0}),
            ]
        )
        for secret in (
            mine["record"],
            mine["draw"],
            mine["task"],
            "乙市",
            b.code,
            *mine["officers"],
        ):
            assert secret not in text, (role, secret)
        assert client.post("/v1/blobs/missing", json={"hashes": [mine["blob"]]}).json()[
            "missing"
        ] == [mine["blob"]]

    admin = a.login("A0")
    reviewer = a.login("R1")
    assert reviewer.get(f"/v1/blobs/{mine['blob']}").status_code == 404
    assert reviewer.get(f"/v1/blobs/{mine['blob']}/upload").status_code == 404
    assert reviewer.get(f"/v1/draws/{mine['draw']}").status_code == 404
    assert reviewer.post(f"/v1/draws/{mine['draw']}/verify").status_code == 404
    assert reviewer.get(f"/v1/draws/{mine['draw']}/export").status_code == 404
    assert reviewer.put(f"/v1/tasks/{mine['task']}/result", json={"result": "x"}).status_code == 404
    conflict = {"officer_id": mine["officers"][0], "enterprise_id": mine["enterprises"][0]}
    assert admin.post("/v1/conflicts-of-interest", json=conflict).status_code == 404

    # The same record id pushed by A lives in A's space; B's copy is untouched.
    a.login("O1").post(
        "/v1/sync/push",
        json={
            "changes": [
                {
                    "record_type": "inspection",
                    "record_id": mine["record"],
                    "version": 1,
                    "payload": {"x": 1},
                }
            ]
        },
    )
    rows = b.login("R1").get("/v1/records", params={"record_id": mine["record"]}).json()
    assert [(r["payload"], r["conflict"]) for r in rows] == [({"secret": "乙"}, False)]

    # An agency A token cannot sign a device of agency B in: devices belong to one agency.
    device = b.clients[0].tokens["device_id"]
    response = httpx.post(
        a.server.url + "/v1/auth/login",
        json={
            "agency_code": a.code,
            "certificate_no": a.staff["O2"].certificate_no,
            "password": "correct-horse-42",
            "device_id": device,
        },
        timeout=60,
    )
    assert response.status_code == 403


def test_every_endpoint_in_the_schema_refuses_a_caller_without_a_token(server) -> None:
    schema = httpx.get(server.url + "/openapi.json", timeout=60).json()
    walked = 0
    for path, operations in schema["paths"].items():
        if path.startswith("/v1/auth/login") or path.startswith("/v1/auth/refresh"):
            continue
        concrete = path.replace("{sha256}", "0" * 64).replace("{draw_id}", str(uuid.uuid4()))
        concrete = concrete.replace("{task_id}", str(uuid.uuid4()))
        for method in operations:
            response = httpx.request(method.upper(), server.url + concrete, json={}, timeout=60)
            if path == "/health":
                continue
            assert response.status_code == 401, (method, path, response.status_code)
            walked += 1
    assert walked >= 15


def test_roles_limit_what_an_officer_may_change(agency) -> None:
    officer = agency.login("O1")
    refused = officer.post("/v1/enterprises", json=ENTERPRISES)
    assert refused.status_code == 403 and "administrator" in refused.json()["detail"]["en"]
    assert officer.post("/v1/draws", json={"title": "t", "count": 1}).status_code == 403
    assert agency.login("A0").post("/v1/enterprises", json=ENTERPRISES).json()["created"] == 2


def test_refresh_tokens_rotate_and_a_used_one_is_worthless(agency) -> None:
    first = agency.login("O1").tokens
    url = agency.server.url + "/v1/auth/refresh"
    second = httpx.post(url, json={"refresh_token": first["refresh_token"]}, timeout=60)
    assert second.status_code == 200 and second.json()["refresh_token"] != first["refresh_token"]
    again = httpx.post(url, json={"refresh_token": first["refresh_token"]}, timeout=60)
    assert again.status_code == 401
    bad = httpx.post(
        agency.server.url + "/v1/auth/login",
        json={
            "agency_code": agency.code,
            "certificate_no": agency.staff["O1"].certificate_no,
            "password": "wrong-password",
            "device_id": str(uuid.uuid4()),
        },
        timeout=60,
    )
    assert bad.status_code == 401 and bad.json()["detail"]["zh"] == "单位代码、执法证号或密码不正确"


def test_a_revoked_laptop_can_neither_refresh_nor_sign_in_again(agency) -> None:
    officer = agency.login("O1")
    device = officer.tokens["device_id"]
    admin = agency.login("A0")
    assert device in {d["id"] for d in admin.get("/v1/devices").json()}
    assert officer.post(f"/v1/devices/{device}/revoke").status_code == 403
    assert admin.post(f"/v1/devices/{device}/revoke").status_code == 200
    url = agency.server.url
    refresh = httpx.post(
        url + "/v1/auth/refresh",
        json={"refresh_token": officer.tokens["refresh_token"]},
        timeout=60,
    )
    assert refresh.status_code == 401
    again = httpx.post(
        url + "/v1/auth/login",
        json={
            "agency_code": agency.code,
            "certificate_no": agency.staff["O1"].certificate_no,
            "password": "correct-horse-42",
            "device_id": device,
        },
        timeout=60,
    )
    assert again.status_code == 403 and "停用" in again.json()["detail"]["zh"]


def test_the_schema_walk_with_another_agencys_ids_finds_nothing(make_agency) -> None:
    """Every operation with a path parameter, called by agency A's administrator with agency B's
    ids, answers as if they did not exist (only A's own space can be written)."""
    a, b = make_agency(), make_agency()
    mine = fill_agency_b(b)
    device = b.clients[1].tokens["device_id"]
    values = {
        "sha256": mine["blob"],
        "draw_id": mine["draw"],
        "task_id": mine["task"],
        "device_id": device,
        "record_type": "inspection",
        "record_id": mine["record"],
        "version": "1",
        "key": "law-catalogue",
    }
    own_space = {("post", "/v1/blobs/{sha256}/upload"), ("put", "/v1/reference/{key}")}
    admin = a.login("A0")
    schema = admin.get("/openapi.json").json()
    walked = 0
    for path, operations in schema["paths"].items():
        if "{" not in path:
            continue
        concrete = path
        for name, value in values.items():
            concrete = concrete.replace("{" + name + "}", value)
        for method in operations:
            if (method, path) in own_space:
                continue
            body = {"result": "x"} if method == "put" else None
            response = admin.request(
                method.upper(), concrete, json=body, headers={"Upload-Offset": "0"}
            )
            assert response.status_code == 404, (method, path, response.status_code)
            walked += 1
    assert walked >= 9
