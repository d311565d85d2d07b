"""Push: each (record, version) is kept once; a repeat is success; a divergence is a conflict
kept beside the first, never written over it."""

import uuid


def change(record_id: str, version: int, payload: dict | None) -> dict:
    return {
        "record_type": "inspection",
        "record_id": record_id,
        "version": version,
        "payload": payload,
    }


def push(client, *changes):
    response = client.post("/v1/sync/push", json={"protocol": 1, "changes": list(changes)})
    assert response.status_code == 200, response.text
    return [r["status"] for r in response.json()["results"]]


def test_push_twice_stores_each_version_once(agency) -> None:
    officer = agency.login("O1")
    record = str(uuid.uuid4())
    batch = [change(record, 1, {"place": "车间"}), change(record, 2, {"place": "车间东侧"})]
    assert push(officer, *batch) == ["applied", "applied"]
    assert push(officer, *batch) == ["duplicate", "duplicate"]  # the retry after a lost answer

    rows = officer.get("/v1/records", params={"record_id": record}).json()
    assert [(r["version"], r["payload"]["place"], r["conflict"]) for r in rows] == [
        (1, "车间", False),
        (2, "车间东侧", False),
    ]


def test_a_different_payload_under_a_held_version_is_a_conflict_kept_as_two(agency) -> None:
    first, second = agency.login("O1"), agency.login("O2")
    record = str(uuid.uuid4())
    assert push(first, change(record, 1, {"conclusion": "未发现问题"})) == ["applied"]
    assert push(second, change(record, 1, {"conclusion": "责令改正"})) == ["conflict"]
    assert push(second, change(record, 1, {"conclusion": "责令改正"})) == [
        "conflict"
    ]  # no 3rd copy

    reviewer = agency.login("R1")
    rows = reviewer.get("/v1/records", params={"record_id": record}).json()
    kept = sorted((r["payload"]["conclusion"], r["conflict"]) for r in rows)
    assert kept == [("未发现问题", False), ("责令改正", True)]
    open_conflicts = reviewer.get("/v1/records", params={"conflicts_only": True}).json()
    assert [r["record_id"] for r in open_conflicts] == [record]


def test_unsigned_or_forged_requests_are_refused(agency) -> None:
    officer = agency.login("O1")
    token = officer.headers["Authorization"].removeprefix("Bearer ")
    body, mac = token.split(".")
    forged = body[:-2] + ("AA" if body[-2:] != "AA" else "BB") + "." + mac
    for headers in ({}, {"Authorization": "Bearer " + forged}, {"Authorization": "Bearer x.y"}):
        response = officer.post(
            "/v1/sync/push",
            json={"changes": []},
            headers={**headers, "Authorization": headers.get("Authorization", "")},
        )
        assert response.status_code == 401
        assert "登录" in response.json()["detail"]["zh"]


def test_a_reviewer_resolves_a_conflict_and_both_versions_stay(agency) -> None:
    first, second = agency.login("O1"), agency.login("O2")
    record = str(uuid.uuid4())
    push(first, change(record, 1, {"a": 1}))
    push(second, change(record, 1, {"a": 2}))
    path = f"/v1/records/inspection/{record}/1/resolve"
    assert first.post(path).status_code == 403  # officers cannot close conflicts
    reviewer = agency.login("R1")
    assert reviewer.post(path).json() == {"resolved": 1}
    assert reviewer.get("/v1/records", params={"conflicts_only": True}).json() == []
    assert len(reviewer.get("/v1/records", params={"record_id": record}).json()) == 2
