"""Build (once) and cache a synthetic registry database of N enterprises.

The database is created by the app's own ``open_database`` so it has exactly the schema the
migrations make, then filled behind the ORM's back with ``sqlite3.executemany`` in large
transactions: going through ``Session.add`` would take an hour at a million rows and would
measure nothing we care about here.  The search index is filled with the app's own token
functions (``index_tokens``/``initials``, the ones ``index_rows`` calls), computed in worker
processes because pypinyin costs ~0.15 ms a name; the rows go in through the same
``enterprise_search`` table, whose triggers feed FTS5 as they do in the app.

The file is cached under ``.bench/`` keyed by size, seed and generator version.  Other
engineers add migrations every day; a cached file behind the head is upgraded in place
(without ``open_database``'s backup copy, which would duplicate a gigabyte each time).  Bump
``GENERATOR_VERSION`` when a migration changes ``enterprises`` or the search tables.
"""

from __future__ import annotations

import multiprocessing
import os
import random
import sqlite3
import time
import uuid
from collections import deque
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from multiprocessing.pool import AsyncResult, Pool
from pathlib import Path

from benchmarks.names import EnterpriseRecord, RegistryFactory
from inspector_app.store import migrations
from inspector_app.store.engine import make_engine, open_database
from inspector_app.store.search_tokens import index_tokens, initials

GENERATOR_VERSION = 1
DEFAULT_SEED = 2026
CHUNK = 20_000
BENCH_DIR = Path(__file__).resolve().parent.parent / ".bench"
CREATED_AT = "2026-12-01 08:00:00.000000"  # SQLAlchemy's SQLite DateTime text format

_ENTERPRISE_COLUMNS = (
    "id, credit_code, name, legal_representative, address, region_code, industry, longitude,"
    " latitude, permit_no, permit_valid_from, permit_valid_to, key_discharge_unit,"
    " positive_list, contact_person, contact_phone, created_at, updated_at"
)
_INSERT_ENTERPRISE = (
    f"INSERT INTO enterprises ({_ENTERPRISE_COLUMNS}) VALUES ({', '.join('?' * 18)})"
)
Tokens = tuple[str, str, str]  # name_tokens, initials, initials_tokens
_INSERT_SEARCH = (
    "INSERT INTO enterprise_search(enterprise_id, name_tokens, initials, initials_tokens)"
    " VALUES (?, ?, ?, ?)"
)


@dataclass
class GenerationReport:
    path: Path
    size: int
    cached: bool
    seconds: dict[str, float]
    workers: int
    megabytes: float


def cache_path(size: int, seed: int = DEFAULT_SEED) -> Path:
    return BENCH_DIR / f"registry-n{size}-s{seed}-g{GENERATOR_VERSION}.db"


def upgrade_in_place(path: Path) -> None:
    """Apply migrations newer than the cached file, skipping the pre-upgrade backup."""
    engine = make_engine(path)
    try:
        if migrations.current_revision(engine) != migrations.head_revision():
            migrations.upgrade(engine)
    finally:
        engine.dispose()


def tokens(names: Sequence[str]) -> list[Tokens]:
    """Search columns for each name, exactly as ``search.index_rows`` derives them."""
    out = []
    for name in names:
        abbrev = initials(name)
        out.append((index_tokens(name), abbrev, index_tokens(abbrev)))
    return out


def _enterprise_row(enterprise_id: str, rec: EnterpriseRecord) -> tuple[object, ...]:
    return (
        enterprise_id,
        rec.credit_code,
        rec.name,
        rec.legal_representative,
        rec.address,
        rec.region_code,
        rec.industry,
        rec.longitude,
        rec.latitude,
        rec.permit_no,
        rec.permit_valid_from.isoformat(),
        rec.permit_valid_to.isoformat(),
        int(rec.key_discharge_unit),
        int(rec.positive_list),
        rec.contact_person,
        rec.contact_phone,
        CREATED_AT,
        CREATED_AT,
    )


class _Clock:
    """Accumulates wall time per phase, so the report can say where generation time went."""

    def __init__(self) -> None:
        self.seconds: dict[str, float] = {}

    def add(self, phase: str, started: float) -> None:
        self.seconds[phase] = self.seconds.get(phase, 0.0) + time.perf_counter() - started


def _fill(
    conn: sqlite3.Connection,
    size: int,
    seed: int,
    pool: Pool | None,
    clock: _Clock,
    progress: Callable[[str], None],
) -> None:
    factory = RegistryFactory(seed)
    ids = random.Random(seed + 1)
    # (ids, their tokens): still being computed by a worker, or already computed here.
    pending: deque[tuple[list[str], AsyncResult[list[Tokens]] | list[Tokens]]] = deque()

    def drain(keep: int) -> None:
        while len(pending) > keep:
            chunk_ids, result = pending.popleft()
            started = time.perf_counter()
            rows = result if isinstance(result, list) else result.get()
            clock.add("waiting for tokens", started)
            started = time.perf_counter()
            conn.executemany(
                _INSERT_SEARCH, [(i, *t) for i, t in zip(chunk_ids, rows, strict=True)]
            )
            clock.add("insert enterprise_search + FTS5", started)

    done = 0
    while done < size:
        count = min(CHUNK, size - done)
        started = time.perf_counter()
        records = list(factory.records(count))
        chunk_ids = [uuid.UUID(int=ids.getrandbits(128), version=4).hex for _ in records]
        clock.add("make records", started)
        names = [r.name for r in records]
        if pool is not None:
            pending.append((chunk_ids, pool.apply_async(tokens, (names,))))
        started = time.perf_counter()
        conn.executemany(
            _INSERT_ENTERPRISE,
            [_enterprise_row(i, r) for i, r in zip(chunk_ids, records, strict=True)],
        )
        clock.add("insert enterprises", started)
        if pool is None:
            started = time.perf_counter()
            rows = tokens(names)
            clock.add("tokens (in process)", started)
            pending.append((chunk_ids, rows))
        drain(keep=4)
        done += count
        if done % 100_000 == 0 or done == size:
            progress(f"  {done:,} / {size:,} enterprises")
    drain(keep=0)


def build(
    path: Path,
    size: int,
    seed: int = DEFAULT_SEED,
    workers: int | None = None,
    progress: Callable[[str], None] = print,
) -> GenerationReport:
    """Create the database at ``path`` (replacing a partial one) and fill it."""
    workers = (os.cpu_count() or 1) if workers is None else workers
    clock = _Clock()
    tmp = path.with_name(path.name + ".partial")
    for suffix in ("", "-wal", "-shm"):
        Path(f"{tmp}{suffix}").unlink(missing_ok=True)
    started = time.perf_counter()
    total = started
    open_database(tmp).close()  # the app's schema, via its migrations
    clock.add("open_database + migrations", started)
    conn = sqlite3.connect(tmp, isolation_level=None)
    try:
        # Safe only because a crash leaves a .partial file that the next run throws away.
        conn.execute("PRAGMA journal_mode=OFF")
        conn.execute("PRAGMA synchronous=OFF")
        conn.execute("PRAGMA cache_size=-1000000")
        conn.execute("BEGIN")
        if workers > 1:
            with multiprocessing.get_context("fork").Pool(workers) as pool:
                _fill(conn, size, seed, pool, clock, progress)
        else:
            _fill(conn, size, seed, None, clock, progress)
        started = time.perf_counter()
        conn.execute("COMMIT")
        conn.execute("PRAGMA journal_mode=WAL")  # as the app leaves it
        clock.add("commit", started)
    finally:
        conn.close()
    tmp.rename(path)
    clock.seconds["total"] = time.perf_counter() - total
    return GenerationReport(path, size, False, clock.seconds, workers, path.stat().st_size / 1e6)


def ensure(
    size: int,
    seed: int = DEFAULT_SEED,
    workers: int | None = None,
    progress: Callable[[str], None] = print,
) -> GenerationReport:
    """The cached database for ``size``, generating it first when absent."""
    path = cache_path(size, seed)
    if path.exists():
        upgrade_in_place(path)
        return GenerationReport(path, size, True, {}, 0, path.stat().st_size / 1e6)
    path.parent.mkdir(parents=True, exist_ok=True)
    progress(f"Generating {size:,} enterprises into {path} (cached for later runs)...")
    return build(path, size, seed, workers, progress)
