"""Browsing the registry with an empty search box: keyset pages of 200 by (name, id).

The enterprise page shows the whole registry when nothing is typed and fetches further pages
as the officer scrolls (``browse_page``); this checks that a page costs the same at the start
of a million names as in the middle, i.e. that the keyset condition really uses the index.
"""

from __future__ import annotations

import sqlite3
import statistics
import time
import uuid
from pathlib import Path

from benchmarks import report
from inspector_app.store.engine import open_database
from inspector_app.ui.enterprise_records import EnterpriseRow, browse_page

PAGE = 200


def _row_at(path: Path, offset: int) -> EnterpriseRow | None:
    """The row at ``offset`` in browse order, as the model would hold it after scrolling."""
    conn = sqlite3.connect(path)
    try:
        found = conn.execute(
            "SELECT id, name FROM enterprises ORDER BY name, id LIMIT 1 OFFSET ?", (offset,)
        ).fetchone()
    finally:
        conn.close()
    if found is None:
        return None
    return EnterpriseRow(
        id=uuid.UUID(found[0]),
        name=found[1],
        credit_code="",
        region_code="",
        industry="",
        permit_valid_to=None,
        key_discharge_unit=False,
        positive_list=False,
        matched="",
    )


def measure(path: Path, size: int, repeat: int = 15) -> list[tuple[str, float]]:
    db = open_database(path)
    try:
        results = []
        for label, offset in (("first page", None), ("page at the middle", size // 2)):
            after = None if offset is None else _row_at(path, offset)
            samples = []
            for _ in range(repeat + 1):
                started = time.perf_counter()
                with db.session() as session:
                    browse_page(session, after, PAGE)
                samples.append(time.perf_counter() - started)
            results.append((label, statistics.median(samples[1:])))
        return results
    finally:
        db.close()


def run(path: Path, size: int) -> str:
    results = measure(path, size)
    report.save(f"browse-n{size}", {"pages": dict(results)})
    rows = [(label, report.ms(seconds)) for label, seconds in results]
    title = f"### Browsing {size:,} enterprises, {PAGE} rows a page (`browse_page`), warm"
    return f"{title}\n\n" + report.table(("page", "median ms"), rows)
