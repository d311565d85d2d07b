"""Sync through a proxy that cuts connections mid-request and mid-answer, with the server
restarted half-way: in the end nothing is lost, nothing is duplicated, every blob verifies."""

import hashlib
import random

import pytest
from sqlalchemy import func, select

from inspector_app.store import OutboxEntry
from inspector_app.store.audit import append_event
from inspector_app.store.engine import open_database
from inspector_app.sync.blobs import FolderBlobSource
from inspector_app.sync.client import ServerClient
from inspector_app.sync.engine import SyncEngine
from inspector_app.sync.errors import SyncError
from inspector_server.faultproxy import FaultProxy, Faults
from inspector_server.pytest_plugin import PASSWORD, STAFF
from inspector_server.testing import ServerProcess, seed_agency


@pytest.fixture
def lonely_server(tmp_path):
    """A server of its own (SQLite), because this test stops and restarts it."""
    url = f"sqlite:///{tmp_path / 'server' / 'server.db'}"
    (tmp_path / "server").mkdir()
    staff = seed_agency(url, "FP", [(f"FP-{c}", n, r) for c, n, r in STAFF], PASSWORD)
    process = ServerProcess(url, tmp_path / "server").start()
    yield process, staff
    process.stop()


def test_nothing_lost_or_duplicated_through_a_faulty_network(lonely_server, tmp_path) -> None:
    server, _ = lonely_server
    proxy = FaultProxy(
        server.port, Faults(cut_request=0.06, cut_response=0.06, delay=0.002)
    ).start()
    db = open_database(tmp_path / "laptop" / "inspector.db")
    with db.session() as s:
        for n in range(250):
            append_event(s, "test.event", "test", n, {"n": n, "text": "现场检查" * 20})
    blobs = tmp_path / "laptop" / "blobs"
    photos = {}
    rng = random.Random(6)
    for size in (100_000, 40_000):
        data = rng.randbytes(size)
        digest = hashlib.sha256(data).hexdigest()
        (blobs / digest[:2]).mkdir(parents=True, exist_ok=True)
        (blobs / digest[:2] / digest[2:]).write_bytes(data)
        photos[digest] = data

    def client(url, **kwargs):
        return ServerClient(url, backoff=0.01, timeout=10, **kwargs)

    restarted = []

    def restart_once(progress) -> None:
        if not restarted:  # after the first batch went up, the server goes away and comes back
            restarted.append(progress.phase)
            server.stop()
            server.start()

    engine = SyncEngine(
        db,
        proxy.url,
        FolderBlobSource(blobs),
        chunk_size=16 * 1024,
        client_factory=client,
        progress=restart_once,
    )
    signed_in, finished, failures = False, False, 0
    for _attempt in range(80):
        try:
            if not signed_in:
                engine.login("FP", "FP-O1", PASSWORD)
                signed_in = True
            engine.run()
            finished = True
            break
        except SyncError:
            failures += 1
    assert finished, f"no complete sync in 80 attempts ({failures} failed)"
    # The faults really happened (most were absorbed by the client's own retries).
    assert proxy.cuts > 0 and restarted

    proxy.faults.enabled = False
    quiet = engine.run()
    assert (quiet.pushed, quiet.duplicates, quiet.blobs_uploaded) == (0, 0, 0)
    engine.close()

    with db.session() as s:
        total = s.scalar(select(func.count()).select_from(OutboxEntry))
        unacked = s.scalar(
            select(func.count()).select_from(OutboxEntry).where(OutboxEntry.acked_at.is_(None))
        )
    assert unacked == 0
    import httpx

    token = httpx.post(
        server.url + "/v1/auth/login",
        timeout=60,
        json={
            "agency_code": "FP",
            "certificate_no": "FP-R1",
            "password": PASSWORD,
            "device_id": "00000000-0000-4000-8000-000000000001",
        },
    ).json()["access_token"]
    auth = {"Authorization": f"Bearer {token}"}
    records = httpx.get(
        server.url + "/v1/records", params={"limit": 1000}, headers=auth, timeout=60
    ).json()
    keys = [(r["record_type"], r["record_id"], r["version"]) for r in records]
    assert len(keys) == len(set(keys)) == total  # zero lost, zero duplicated
    assert not any(r["conflict"] for r in records)
    for digest, data in photos.items():
        stored = httpx.get(f"{server.url}/v1/blobs/{digest}", headers=auth, timeout=60).content
        assert hashlib.sha256(stored).hexdigest() == digest and stored == data
    proxy.stop()
    db.close()
