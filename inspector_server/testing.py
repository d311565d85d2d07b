"""Harness for tests and benchmarks: a real server process, a throwaway PostgreSQL cluster.

Nothing here is mocked: ``ServerProcess`` runs uvicorn in a subprocess on 127.0.0.1 at a free
port; ``PostgresCluster`` runs ``initdb`` and ``pg_ctl`` from the installed PostgreSQL into a
temporary folder (as the ``postgres`` user when we are root, because initdb refuses root; see
shared ENVIRONMENT.md) and removes it afterwards.
"""

from __future__ import annotations

import glob
import os
import pwd
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import uuid
from dataclasses import dataclass
from pathlib import Path

import httpx
from sqlalchemy import Engine

from inspector_app.registry.passwords import hash_password
from inspector_app.sync.protocol import ChangeKind
from inspector_server import db
from inspector_server.changes import record_change
from inspector_server.models import Account, Agency
from inspector_server.registry import account_payload, agency_payload


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def postgres_bin() -> Path | None:
    """The newest installed PostgreSQL server binaries, or None when there are none."""
    found = sorted(
        glob.glob("/usr/lib/postgresql/*/bin/initdb"), key=lambda p: int(p.split("/")[4])
    )
    if found:
        return Path(found[-1]).parent
    initdb = shutil.which("initdb")
    return Path(initdb).parent if initdb else None


class PostgresCluster:
    """A private cluster on a random port; ``database()`` makes a fresh database in it."""

    def __init__(self, bindir: Path) -> None:
        self.bindir = bindir
        self.port = free_port()
        self.root = Path(tempfile.mkdtemp(prefix="inspector-pg-"))
        self._as_postgres = os.geteuid() == 0

    def _run(self, command: list[str]) -> None:
        if self._as_postgres:
            text = " ".join(f"'{part}'" for part in command)
            command = ["su", "postgres", "-c", text]
        subprocess.run(command, check=True, capture_output=True, timeout=60)

    def start(self) -> PostgresCluster:
        if self._as_postgres:
            user = pwd.getpwnam("postgres")
            os.chown(self.root, user.pw_uid, user.pw_gid)
        data = self.root / "data"
        self._run(
            [
                str(self.bindir / "initdb"),
                "-D",
                str(data),
                "-U",
                "postgres",
                "-A",
                "trust",
                "-E",
                "UTF8",
                "--locale=C.UTF-8",
            ]
        )
        options = f"-c listen_addresses=127.0.0.1 -p {self.port} -k {self.root} -c fsync=off"
        self._run(
            [
                str(self.bindir / "pg_ctl"),
                "-D",
                str(data),
                "-o",
                options,
                "-l",
                str(self.root / "log"),
                "-w",
                "start",
            ]
        )
        return self

    def url(self, name: str = "postgres") -> str:
        return f"postgresql+psycopg://postgres@127.0.0.1:{self.port}/{name}"

    def database(self) -> str:
        import psycopg

        name = f"t_{uuid.uuid4().hex[:12]}"
        with psycopg.connect(
            f"postgresql://postgres@127.0.0.1:{self.port}/postgres", autocommit=True
        ) as conn:
            conn.execute(f'CREATE DATABASE "{name}"')
        return self.url(name)

    def stop(self) -> None:
        try:
            self._run(
                [
                    str(self.bindir / "pg_ctl"),
                    "-D",
                    str(self.root / "data"),
                    "-m",
                    "immediate",
                    "stop",
                ]
            )
        finally:
            shutil.rmtree(self.root, ignore_errors=True)


class ServerProcess:
    """``inspector_server`` under uvicorn in a child process; restartable on the same data."""

    def __init__(self, database_url: str, data_dir: Path, port: int | None = None) -> None:
        self.database_url = database_url
        self.data_dir = data_dir
        self.port = port or free_port()
        self.process: subprocess.Popen[bytes] | None = None

    @property
    def alive(self) -> bool:
        return self.process is not None and self.process.poll() is None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self, timeout: float = 30.0) -> ServerProcess:
        self.data_dir.mkdir(parents=True, exist_ok=True)
        env = {
            **os.environ,
            "DATABASE_URL": self.database_url,
            "INSPECTOR_SERVER_DATA": str(self.data_dir),
        }
        # The documented command itself, so every server test also tests `inspector-server serve`.
        command = [sys.executable, "-m", "inspector_server", "serve", "--port", str(self.port)]
        command += ["--log-level", "warning"]
        with (self.data_dir / "server.log").open("ab") as log:  # the child keeps its own handle
            self.process = subprocess.Popen(command, env=env, stdout=log, stderr=subprocess.STDOUT)
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(
                    f"server exited: {(self.data_dir / 'server.log').read_text()[-2000:]}"
                )
            try:
                if httpx.get(self.url + "/health", timeout=1).status_code == 200:
                    return self
            except httpx.TransportError:
                time.sleep(0.1)
        raise RuntimeError("server did not start in time")

    def stop(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        self.process = None


@dataclass(frozen=True)
class SeededOfficer:
    id: str
    certificate_no: str
    name: str
    role: str


_HASHES: dict[str, str] = {}
_ENGINES: dict[str, Engine] = {}


def seed_agency(
    database_url: str, code: str, officers: list[tuple[str, str, str]], password: str
) -> dict[str, SeededOfficer]:
    """An agency with officers (certificate, name, role), all with ``password``; by certificate."""
    if password not in _HASHES:
        _HASHES[password] = hash_password(password)
    engine = _ENGINES.get(database_url)
    if engine is None:  # migrate once per database, not once per seeded agency
        engine = _ENGINES[database_url] = db.make_engine(database_url)
        db.upgrade(engine)
    out = {}
    with db.Sessions(engine).begin() as session:
        agency = Agency(code=code, name=f"{code}生态环境局", region_code="620100")
        session.add(agency)
        session.flush()
        record_change(session, agency.id, ChangeKind.AGENCY, str(agency.id), agency_payload(agency))
        for certificate, name, role in officers:
            row = Account(
                agency_id=agency.id,
                certificate_no=certificate,
                name=name,
                role=role,
                password_hash=_HASHES[password],
            )
            session.add(row)
            session.flush()
            record_change(
                session,
                agency.id,
                ChangeKind.OFFICER,
                str(row.id),
                account_payload(row, agency),
            )
            out[certificate] = SeededOfficer(str(row.id), certificate, name, role)
    return out
