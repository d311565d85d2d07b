"""Search latency: the app's ``search()`` against the bare FTS5 query it is built on.

For each query of a fixed list (the kinds officers type: one or two characters, a city, a
city plus an industry, pinyin initials, a credit-code prefix, words in the wrong order, and
terms that occur in almost every name or in none), both are timed on the same database with
a warm page cache:

* ``search(session, q, limit)`` in a fresh session, as the UI calls it;
* ``SELECT rowid FROM enterprise_fts WHERE enterprise_fts MATCH ? LIMIT n`` with the
  contiguous expression from ``fts_query``, on a plain ``sqlite3`` connection.

The ratio of the two is the headline: it is what our candidate loading, ORM objects and
ranking add on top of what SQLite itself needs.  The first call of each query is reported on
its own, with ``initials``' LRU cache emptied just before it: ``search`` ranks with
``initials()`` (pypinyin, ~0.15 ms a name), so the first search after start-up pays for
pinyin that repeated ones do not.
"""

from __future__ import annotations

import random
import sqlite3
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import Any

from benchmarks import report
from inspector_app.store.engine import Database, open_database
from inspector_app.store.search import DEFAULT_LIMIT, fts_query, search
from inspector_app.store.search_tokens import initials

# (query, why it is in the list)
QUERIES: tuple[tuple[str, str], ...] = (
    ("化", "1 char, common"),
    ("兰", "1 char, common"),
    ("鑫", "1 char, brand"),
    ("龘", "1 char, no match"),
    ("化工", "2 chars, very common industry"),
    ("水泥", "2 chars, common industry"),
    ("制药", "2 chars"),
    ("印染", "2 chars"),
    ("电镀", "2 chars, rarer industry"),
    ("热电", "2 chars"),
    ("包装", "2 chars"),
    ("有限", "2 chars, in ~every name"),
    ("公司", "2 chars, in ~every name"),
    ("兰州", "city"),
    ("白银", "city"),
    ("酒泉", "city"),
    ("西固", "district"),
    ("乌鲁木齐", "city, 4 chars"),
    ("兰州水泥", "city + industry"),
    ("白银化工", "city + industry"),
    ("金城化工", "brand + industry"),
    ("西固电镀", "district + industry (gap)"),
    ("有限公司", "4 chars, in ~every name"),
    ("危废处置", "rare industry"),
    ("医疗废物处置", "rare, 6 chars"),
    ("化工 兰州", "two words, reversed order"),
    ("公司有限", "no match; both halves in ~every name"),
    ("不存在的单位", "no match, 6 chars"),
    ("lz", "pinyin initials, 2"),
    ("hg", "pinyin initials, 2"),
    ("lzhg", "initials: 兰州…化工"),
    ("byhg", "initials: 白银…化工"),
    ("gsjcsn", "initials, 6"),
    ("9162", "credit-code prefix (Gansu)"),
    ("91620104", "credit-code prefix (西固区)"),
)


@dataclass
class QueryTiming:
    query: str
    kind: str
    matches: int
    gapped: bool
    hits: int
    first: float
    search: list[float] = field(default_factory=list)
    raw: list[float] = field(default_factory=list)

    @property
    def ratio(self) -> float:
        raw = report.median(self.raw)
        return report.median(self.search) / raw if raw > 0 else float("nan")


def seeded_queries(conn: sqlite3.Connection, seed: int) -> list[tuple[str, str]]:
    """Queries taken from the registry itself: an exact name, a name fragment, a full code."""
    rng = random.Random(seed)
    top = conn.execute("SELECT max(rowid) FROM enterprise_search").fetchone()[0] or 0
    picked: list[tuple[str, str]] = []
    for kind in ("exact name", "exact name", "name fragment", "full credit code", "code prefix"):
        row = conn.execute(
            "SELECT e.name, e.credit_code FROM enterprise_search s"
            " JOIN enterprises e ON e.id = s.enterprise_id WHERE s.rowid >= ? LIMIT 1",
            (rng.randint(1, max(top, 1)),),
        ).fetchone()
        if row is None:
            continue
        name, code = row
        if kind == "exact name":
            picked.append((name, kind))
        elif kind == "name fragment":
            start = rng.randint(0, max(len(name) - 6, 0))
            picked.append((name[start : start + 5], kind))
        elif kind == "full credit code":
            picked.append((code, kind))
        else:
            picked.append((code[:10], kind))
    return picked


def _time(call: Callable[[], Any]) -> tuple[float, Any]:
    started = time.perf_counter()
    result = call()
    return time.perf_counter() - started, result


def _run_search(db: Database, query: str, limit: int) -> int:
    with db.session() as session:
        return len(search(session, query, limit))


def _run_raw(conn: sqlite3.Connection, expression: str | None, limit: int) -> int:
    if expression is None:
        return 0
    sql = "SELECT rowid FROM enterprise_fts WHERE enterprise_fts MATCH ? LIMIT ?"
    return len(conn.execute(sql, (expression, limit)).fetchall())


def measure(
    path: Path, repeat: int = 20, limit: int = DEFAULT_LIMIT, seed: int = 7
) -> list[QueryTiming]:
    db = open_database(path)
    conn = sqlite3.connect(path)
    try:
        queries = [*QUERIES, *seeded_queries(conn, seed)]
        _run_search(db, "热身", limit)  # imports, statement compilation, first page reads
        timings = []
        for query, kind in queries:
            expressions = fts_query(query)
            contiguous = expressions[0] if expressions else None
            matches = 0
            if contiguous is not None:
                sql = "SELECT count(*) FROM enterprise_fts WHERE enterprise_fts MATCH ?"
                matches = conn.execute(sql, (contiguous,)).fetchone()[0]
            initials.cache_clear()
            first, hits = _time(partial(_run_search, db, query, limit))
            gapped = bool(expressions and expressions[1] and matches < limit)
            timings.append(QueryTiming(query, kind, matches, gapped, hits, first))
        for _ in range(repeat):
            for timing in timings:
                expressions = fts_query(timing.query)
                contiguous = expressions[0] if expressions else None
                timing.search.append(_time(partial(_run_search, db, timing.query, limit))[0])
                timing.raw.append(_time(partial(_run_raw, conn, contiguous, limit))[0])
        return timings
    finally:
        conn.close()
        db.close()


def summary(timings: list[QueryTiming]) -> dict[str, Any]:
    every_search = [s for t in timings for s in t.search]
    every_raw = [s for t in timings for s in t.raw]
    firsts = [t.first for t in timings]
    worst = max(timings, key=lambda t: report.median(t.search))
    worst_call = max(timings, key=lambda t: max([t.first, *t.search]))
    worst_first = max(timings, key=lambda t: t.first)
    return {
        "search_p50": report.percentile(every_search, 50),
        "search_p95": report.percentile(every_search, 95),
        "raw_p50": report.percentile(every_raw, 50),
        "raw_p95": report.percentile(every_raw, 95),
        "first_p50": report.percentile(firsts, 50),
        "first_p95": report.percentile(firsts, 95),
        "ratio_p50": report.percentile(every_search, 50) / report.percentile(every_raw, 50),
        "ratio_p95": report.percentile(every_search, 95) / report.percentile(every_raw, 95),
        "median_query_ratio": report.median([t.ratio for t in timings]),
        "worst_query": (worst.query, report.median(worst.search)),
        "worst_single_call": (worst_call.query, max([worst_call.first, *worst_call.search])),
        "worst_first_call": (worst_first.query, worst_first.first),
    }


def render(timings: list[QueryTiming], size: int, limit: int, repeat: int) -> str:
    rows = [
        (
            f"`{t.query}`",
            t.kind,
            f"{t.matches:,}",
            "yes" if t.gapped else "",
            t.hits,
            report.ms(t.first),
            report.ms(report.percentile(t.search, 50)),
            report.ms(report.percentile(t.search, 95)),
            report.ms(report.percentile(t.raw, 50)),
            report.ms(report.percentile(t.raw, 95)),
            f"{t.ratio:.0f}×",
        )
        for t in timings
    ]
    header = (
        "query",
        "kind",
        "FTS matches",
        "gap pass",
        "hits",
        "first ms",
        "search p50",
        "search p95",
        "FTS p50",
        "FTS p95",
        "ratio",
    )
    s = summary(timings)
    overall = report.table(
        ("", "p50 ms", "p95 ms"),
        [
            ("`search()`, warm", report.ms(s["search_p50"]), report.ms(s["search_p95"])),
            ("`search()`, first after start", report.ms(s["first_p50"]), report.ms(s["first_p95"])),
            ("raw FTS5", report.ms(s["raw_p50"]), report.ms(s["raw_p95"])),
            ("ratio warm / FTS5", f"{s['ratio_p50']:.0f}×", f"{s['ratio_p95']:.0f}×"),
        ],
    )
    return "\n\n".join(
        [
            f"### Search, {size:,} enterprises, limit={limit}, {repeat} warm repetitions",
            overall,
            f"Median of the per-query ratios: {s['median_query_ratio']:.0f}×. "
            f"Slowest query (p50): `{s['worst_query'][0]}` {report.ms(s['worst_query'][1])} ms; "
            f"slowest single call: `{s['worst_single_call'][0]}` "
            f"{report.ms(s['worst_single_call'][1])} ms; slowest first call: "
            f"`{s['worst_first_call'][0]}` {report.ms(s['worst_first_call'][1])} ms.",
            report.table(header, rows),
        ]
    )


def run(path: Path, size: int, repeat: int, limit: int) -> str:
    timings = measure(path, repeat, limit)
    report.save(
        f"search-n{size}-limit{limit}",
        {
            "size": size,
            "limit": limit,
            "repeat": repeat,
            "summary": summary(timings),
            "queries": [t.__dict__ | {"ratio": t.ratio} for t in timings],
        },
    )
    return render(timings, size, limit, repeat)
