"""pytest fixtures for tests that need a running server (imported by the tests' conftest).

``server`` is parametrised over the two databases: SQLite always, PostgreSQL when its binaries
are installed (the Makefile installs them on Debian; elsewhere the run is skipped with the
reason).  One server process per database for the whole session; each test gets its own agency
from ``agency``, which is also what keeps tests from seeing each other's data.
"""

from __future__ import annotations

import atexit
import subprocess
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field

import httpx
import pytest

from inspector_server.testing import (
    PostgresCluster,
    SeededOfficer,
    ServerProcess,
    postgres_bin,
    seed_agency,
)

PASSWORD = "correct-horse-42"
# Generous: CI machines run other suites beside this one; a slow answer is not a failure here.
TIMEOUT = 60.0
STAFF = [
    ("A0", "管理员", "administrator"),
    ("R1", "审核员", "reviewer"),
    ("O1", "李明", "officer"),
    ("O2", "王芳", "officer"),
    ("O3", "张伟", "officer"),
    ("O4", "刘洋", "officer"),
]


# One cluster and one server per database for the whole run, shared by every test folder that
# imports these fixtures (each conftest import would otherwise start its own); stopped at exit.
_RUNNING: dict[str, object] = {}


def _cluster() -> PostgresCluster | None:
    if "cluster" not in _RUNNING:
        bindir = postgres_bin()
        cluster = None
        if bindir is None:
            _RUNNING["why"] = (
                "PostgreSQL is not installed (no initdb): `apt-get install postgresql`"
            )
        else:
            try:
                cluster = PostgresCluster(bindir).start()
                atexit.register(cluster.stop)
            except (OSError, KeyError, subprocess.SubprocessError) as exc:
                _RUNNING["why"] = f"PostgreSQL from {bindir} did not start: {exc!r}"
                cluster = None
        _RUNNING["cluster"] = cluster
    return _RUNNING["cluster"]  # type: ignore[return-value]


@pytest.fixture(scope="session")
def pg_cluster() -> PostgresCluster | None:
    return _cluster()


@pytest.fixture(scope="session", params=["sqlite", "postgresql"])
def server(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> ServerProcess:
    running = _RUNNING.get(request.param)
    if isinstance(running, ServerProcess) and running.alive:
        return running
    data = tmp_path_factory.mktemp(f"server-{request.param}")
    if request.param == "postgresql":
        cluster = _cluster()
        if cluster is None:
            pytest.skip(str(_RUNNING["why"]))
        url = cluster.database()
    else:
        url = f"sqlite:///{data / 'server.db'}"
    process = ServerProcess(url, data).start()
    atexit.register(process.stop)
    _RUNNING[request.param] = process
    return process


@dataclass
class World:
    """One agency on the running server, its staff, and signed-in HTTP clients."""

    server: ServerProcess
    code: str
    staff: dict[str, SeededOfficer]
    clients: list[httpx.Client] = field(default_factory=list)

    def login(self, certificate: str, device_id: str | None = None) -> httpx.Client:
        device = device_id or str(uuid.uuid4())
        certificate = self.staff[certificate].certificate_no
        response = httpx.post(
            self.server.url + "/v1/auth/login",
            json={
                "agency_code": self.code,
                "certificate_no": certificate,
                "password": PASSWORD,
                "device_id": device,
                "device_name": f"laptop of {certificate}",
            },
            timeout=TIMEOUT,
        )
        assert response.status_code == 200, response.text
        token = response.json()["access_token"]
        client = httpx.Client(
            base_url=self.server.url,
            headers={"Authorization": f"Bearer {token}"},
            timeout=TIMEOUT,
        )
        client.tokens = response.json()  # type: ignore[attr-defined]
        self.clients.append(client)
        return client

    def id(self, certificate: str) -> str:
        return self.staff[certificate].id


@pytest.fixture
def make_agency(server: ServerProcess) -> Iterator[object]:
    worlds: list[World] = []

    def make() -> World:
        code = f"AG{uuid.uuid4().hex[:8].upper()}"
        staff = seed_agency(
            server.database_url, code, [(f"{code}-{c}", n, r) for c, n, r in STAFF], PASSWORD
        )
        world = World(server, code, {c.split("-", 1)[1]: o for c, o in staff.items()})
        world.staff.update(staff)
        worlds.append(world)
        return world

    yield make
    for world in worlds:
        for client in world.clients:
            client.close()


@pytest.fixture
def agency(make_agency) -> World:  # type: ignore[no-untyped-def]
    return make_agency()  # type: ignore[no-any-return]


def credit_code(number: int, region: str = "620100") -> str:
    """A valid 统一社会信用代码 (check character computed), distinct per number."""
    from inspector_app.registry.validators import uscc_check_char

    first17 = f"91{region}MA{number:07d}"
    return first17 + uscc_check_char(first17)


# For device-side tests whose subject is the engine, not the server's database: run them on
# SQLite only, so the PostgreSQL copy of the suite stays about the server.
sqlite_only = pytest.mark.parametrize("server", ["sqlite"], indirect=True)
