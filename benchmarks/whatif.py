"""Measured proposals: what the slow parts would cost if changed as docs/performance.md suggests.

Nothing here changes the app.  Each experiment runs a small stand-in for a proposed change next
to the current code, on the same data, and checks that the results are identical, so the
suggestion comes with its figure and with evidence that it keeps behaviour:

* ``ranked_rows``: rank candidates from one SQL query of (id, name, stored initials) and build
  ORM objects only for the rows returned, instead of loading every candidate as an
  ``Enterprise`` and recomputing its initials with pypinyin;
* ``word_initials``: memoise pinyin initials per segmented word instead of per whole name;
* ``prefix_index``: an FTS5 ``prefix='1'`` index for one-character queries (on a copy).
"""

from __future__ import annotations

import re
import shutil
import sqlite3
import statistics
import tempfile
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache, partial
from pathlib import Path
from typing import Any

from pypinyin import Style, lazy_pinyin
from pypinyin.seg.simpleseg import seg
from sqlalchemy import select, text
from sqlalchemy.orm import Session

from benchmarks import report
from benchmarks.search_bench import QUERIES
from inspector_app.store import search as current
from inspector_app.store.engine import open_database
from inspector_app.store.enterprise import Enterprise
from inspector_app.store.search_tokens import initials, normalize

_ROWS = text(
    "SELECT s.enterprise_id, e.name, s.initials FROM enterprise_fts f"
    " JOIN enterprise_search s ON s.rowid = f.rowid"
    " JOIN enterprises e ON e.id = s.enterprise_id"
    " WHERE enterprise_fts MATCH :q LIMIT :cap"
)


def _rank(
    name: str, abbrev: str, norm: str, gapped: re.Pattern[str] | None
) -> tuple[tuple[Any, ...], str] | None:
    """``search._rank`` on plain values, with the initials read from the index table."""
    folded = normalize(name)
    tail = (len(folded), name)
    if folded == norm:
        return (1, 0, *tail), "name"
    pos = folded.find(norm)
    if pos >= 0:
        return (2 if pos == 0 else 3, pos, *tail), "name"
    pos = abbrev.find(norm)
    if pos >= 0:
        return (4 if pos == 0 else 5, pos, *tail), "initials"
    if gapped is not None:
        if gapped.search(folded):
            return (6, 0, *tail), "name"
        if gapped.search(abbrev):
            return (7, 0, *tail), "initials"
    return None


def ranked_rows(session: Session, query: str, limit: int) -> list[current.Hit]:
    """The proposed ``search``: same matching and order, ORM objects only for the results."""
    raw = query.strip()
    if not raw:
        return []
    hits: dict[str, tuple[tuple[Any, ...], str, Enterprise | None]] = {}
    code = raw.upper().replace(" ", "")
    if current._CODE_PREFIX.match(code):
        for ent in session.scalars(
            select(Enterprise)
            .where(Enterprise.credit_code >= code, Enterprise.credit_code < code + "~")
            .order_by(Enterprise.credit_code)
            .limit(limit)
        ):
            hits[ent.id.hex] = ((0, len(ent.credit_code), ent.credit_code), "code", ent)
    expressions = current.fts_query(raw)
    if expressions:
        norm = normalize(raw)
        cap = current.CANDIDATE_CAP
        rows = list(session.execute(_ROWS, {"q": expressions[0], "cap": cap}))
        pattern = None
        if expressions[1] and len(rows) < limit:
            pattern = current._gapped(norm)
            rows += session.execute(_ROWS, {"q": expressions[1], "cap": cap})
        for hex_id, name, abbrev in rows:
            if hex_id not in hits:
                ranked = _rank(name, abbrev, norm, pattern)
                if ranked is not None:
                    hits[hex_id] = (*ranked, None)
    top = sorted(hits.items(), key=lambda item: item[1][0])[:limit]
    wanted = [uuid.UUID(h) for h, (_, _, ent) in top if ent is None]
    loaded = {}
    if wanted:
        found = session.scalars(select(Enterprise).where(Enterprise.id.in_(wanted)))
        loaded = {e.id.hex: e for e in found}
    return [current.Hit(ent or loaded[h], matched) for h, (_, matched, ent) in top]


def _timed(call: Callable[[], Any]) -> tuple[float, Any]:
    started = time.perf_counter()
    result = call()
    return time.perf_counter() - started, result


@dataclass
class SearchComparison:
    query: str
    same_hits: bool
    seconds: tuple[float, float, float, float]  # first now, first proposed, warm now, warm new


def compare_search(path: Path, limit: int, repeat: int = 9) -> str:
    db = open_database(path)
    rows: list[SearchComparison] = []
    try:

        def run(fn: Callable[[Session, str, int], list[current.Hit]], q: str) -> Any:
            with db.session() as session:
                return [(h.enterprise.id, h.matched) for h in fn(session, q, limit)]

        def warm(fn: Callable[[Session, str, int], list[current.Hit]], q: str) -> float:
            return statistics.median(_timed(partial(run, fn, q))[0] for _ in range(repeat))

        for query, _kind in QUERIES:
            initials.cache_clear()
            first_now, now = _timed(partial(run, current.search, query))
            first_new, new = _timed(partial(run, ranked_rows, query))
            seconds = (first_now, first_new, warm(current.search, query), warm(ranked_rows, query))
            rows.append(SearchComparison(query, now == new, seconds))
    finally:
        db.close()
    table = report.table(
        ("query", "first now", "first proposed", "warm now", "warm proposed", "same hits"),
        [
            (f"`{r.query}`", *(report.ms(v) for v in r.seconds), "yes" if r.same_hits else "NO")
            for r in rows
        ],
    )
    columns = list(zip(*(r.seconds for r in rows), strict=True))
    summary = report.table(
        ("ms", "first now", "first proposed", "warm now", "warm proposed"),
        [
            ("median over queries", *(report.ms(statistics.median(c)) for c in columns)),
            ("worst query", *(report.ms(max(c)) for c in columns)),
        ],
    )
    same = sum(r.same_hits for r in rows)
    title = f"### What if `search()` ranked plain rows (limit={limit})"
    return (
        f"{title}\n\nIdentical hits in the same order for {same} of {len(rows)} queries.\n\n"
        f"{summary}\n\n<details><summary>per query</summary>\n\n{table}\n\n</details>"
    )


@cache
def _word_initials(word: str) -> str:
    out: list[str] = []
    for part in lazy_pinyin(word, style=Style.FIRST_LETTER, errors="default"):
        out.extend(ch for ch in part.lower() if ch.isascii() and ch.isalnum())
    return "".join(out)


def word_initials(name: str) -> str:
    """Proposed ``initials``: pypinyin's own segmentation, then a cache per word."""
    return "".join(_word_initials(word) for word in seg(normalize(name)))


def compare_initials(path: Path, count: int = 100_000) -> str:
    conn = sqlite3.connect(path)
    try:
        names = [r[0] for r in conn.execute("SELECT name FROM enterprises LIMIT ?", (count,))]
    finally:
        conn.close()
    # Polyphones (重庆 cq, 长沙 cs, 银行 yh) and Latin letters, which a real registry has.
    names += ["重庆长安化工有限公司", "长沙重型机械厂", "银行行长", "朝阳朝阳区", "3M中国"]
    now_s, now = _timed(lambda: [initials.__wrapped__(n) for n in names])
    new_s, new = _timed(lambda: [word_initials(n) for n in names])
    differ = sum(a != b for a, b in zip(now, new, strict=True))
    rows = [
        ("`initials()` now (uncached)", f"{1000 * now_s / len(names):.3f}", ""),
        ("per-word cache", f"{1000 * new_s / len(names):.3f}", f"{differ} differ"),
    ]
    title = (
        f"### What if initials were cached per word ({len(names):,} names, "
        f"{_word_initials.cache_info().currsize:,} distinct words)"
    )
    return f"{title}\n\n" + report.table(("", "ms per name", "results"), rows)


def _fetch(conn: sqlite3.Connection, sql: str, expression: str) -> list[Any]:
    return conn.execute(sql, (expression,)).fetchall()


def compare_prefix_index(path: Path, repeat: int = 15) -> str:
    """Build a ``prefix='1'`` twin of enterprise_fts on a copy and time 1-character queries."""
    with tempfile.TemporaryDirectory(prefix="bench-whatif-", dir=path.parent) as tmp:
        copy = Path(tmp) / "copy.db"
        shutil.copyfile(path, copy)
        conn = sqlite3.connect(copy, isolation_level=None)
        try:
            started = time.perf_counter()
            conn.execute(
                "CREATE VIRTUAL TABLE fts_prefix USING fts5(name_tokens, initials_tokens,"
                " content='enterprise_search', content_rowid='rowid',"
                " tokenize='unicode61 remove_diacritics 0', prefix='1')"
            )
            conn.execute("INSERT INTO fts_prefix(fts_prefix) VALUES('rebuild')")
            built = time.perf_counter() - started
            rows = []
            for char in ("化", "兰", "鑫"):
                expression = f'name_tokens : "{char}"*'
                timings = []
                for table in ("enterprise_fts", "fts_prefix"):
                    sql = f"SELECT rowid FROM {table} WHERE {table} MATCH ? LIMIT 50"
                    fetch = partial(_fetch, conn, sql, expression)
                    samples = [_timed(fetch)[0] for _ in range(repeat)]
                    timings.append(report.ms(statistics.median(samples)))
                rows.append((f"`{char}`", *timings))
            sizes = [
                conn.execute(f"SELECT sum(length(block)) FROM {t}_data").fetchone()[0] / 1e6
                for t in ("enterprise_fts", "fts_prefix")
            ]
        finally:
            conn.close()
    title = (
        f"### What if FTS5 had prefix='1' (index {sizes[0]:.0f} → {sizes[1]:.0f} MB, "
        f"rebuild {built:.0f} s)"
    )
    return f"{title}\n\n" + report.table(("query", "FTS5 ms now", "with prefix='1'"), rows)


def run(path: Path, limit: int) -> str:
    return "\n\n".join(
        [compare_search(path, limit), compare_initials(path), compare_prefix_index(path)]
    )
