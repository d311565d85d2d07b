"""Document number blocks leased per device never overlap, even when leased at once."""

from concurrent.futures import ThreadPoolExecutor


def test_blocks_leased_concurrently_by_two_devices_never_overlap(agency) -> None:
    devices = [agency.login("O1"), agency.login("O2")]

    def lease(index: int) -> tuple[int, int]:
        client = devices[index % 2]
        response = client.post(
            "/v1/number-blocks", json={"doc_type": "罚", "year": 2026, "size": 7}
        )
        assert response.status_code == 200, response.text
        return response.json()["first"], response.json()["last"]

    with ThreadPoolExecutor(8) as pool:
        blocks = sorted(pool.map(lease, range(24)))
    numbers = [n for first, last in blocks for n in range(first, last + 1)]
    assert numbers == list(range(1, 24 * 7 + 1))  # every number once, none skipped

    other_year = devices[0].post(
        "/v1/number-blocks", json={"doc_type": "罚", "year": 2027, "size": 3}
    )
    assert (other_year.json()["first"], other_year.json()["last"]) == (1, 3)

    # Each device sees (and pulls) only its own blocks.
    own = devices[0].get("/v1/number-blocks").json()
    assert len(own) == 13 and {b["device_id"] for b in own} == {devices[0].tokens["device_id"]}
    pulled = devices[1].get("/v1/sync/pull", params={"since": 0}).json()["changes"]
    assert len([c for c in pulled if c["kind"] == "number_block"]) == 12
