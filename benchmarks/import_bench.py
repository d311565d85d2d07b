"""CSV import throughput: ``import_enterprises`` into a fresh database, then the same file again.

The files are written in the agency's format (Chinese headers, 是/否 flags, ISO dates,
UTF-8 with BOM as Excel saves it) from the same synthetic generator as the search database,
so every row is valid.  The first import creates every row (ORM inserts, the after-flush hook
indexing each name with pypinyin, one audit event); the second finds every row unchanged,
which is what an officer's weekly re-import of the agency list mostly is.  Each import runs
in its own ``Database.session()`` so the commit is part of the time.
"""

from __future__ import annotations

import cProfile
import csv
import io
import pstats
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from benchmarks import report
from benchmarks.generate import BENCH_DIR, GENERATOR_VERSION
from benchmarks.names import RegistryFactory
from inspector_app.registry.importer import ImportReport, import_enterprises
from inspector_app.store.engine import open_database

HEADER = (
    "统一社会信用代码",
    "单位名称",
    "法定代表人",
    "地址",
    "行政区划代码",
    "行业",
    "排污许可证编号",
    "许可证有效期至",
    "重点排污单位",
    "正面清单",
    "联系人",
    "联系电话",
    "经度",
    "纬度",
)
CSV_SEED = 4242  # not the search database's seed: these are other enterprises


def csv_path(rows: int) -> Path:
    return BENCH_DIR / "csv" / f"enterprises-{rows}-s{CSV_SEED}-g{GENERATOR_VERSION}.csv"


def write_csv(path: Path, rows: int) -> Path:
    """Write (once) an agency-format registry file of ``rows`` enterprises."""
    if path.exists():
        return path
    path.parent.mkdir(parents=True, exist_ok=True)
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(HEADER)
    for rec in RegistryFactory(CSV_SEED).records(rows):
        writer.writerow(
            (
                rec.credit_code,
                rec.name,
                rec.legal_representative,
                rec.address,
                rec.region_code,
                rec.industry,
                rec.permit_no,
                rec.permit_valid_to.isoformat(),
                "是" if rec.key_discharge_unit else "否",
                "是" if rec.positive_list else "否",
                rec.contact_person,
                rec.contact_phone,
                rec.longitude,
                rec.latitude,
            )
        )
    tmp = path.with_suffix(".partial")
    tmp.write_text(buffer.getvalue(), encoding="utf-8-sig", newline="")
    tmp.rename(path)
    return path


@dataclass
class ImportTiming:
    rows: int
    first_seconds: float
    first: ImportReport
    again_seconds: float
    again: ImportReport
    megabytes: float

    def rate(self, seconds: float) -> float:
        return self.rows / seconds if seconds else float("nan")


def _import(database: Path, source: Path) -> tuple[float, ImportReport]:
    db = open_database(database)
    try:
        started = time.perf_counter()
        with db.session() as session:
            result = import_enterprises(session, source)
        return time.perf_counter() - started, result
    finally:
        db.close()


def measure(rows: int) -> ImportTiming:
    source = write_csv(csv_path(rows), rows)
    with tempfile.TemporaryDirectory(prefix="bench-import-") as tmp:
        database = Path(tmp) / "inspector.db"
        first_seconds, first = _import(database, source)
        again_seconds, again = _import(database, source)
    if first.errors or again.errors:
        raise RuntimeError(f"generated rows were rejected: {first.errors[:3]}{again.errors[:3]}")
    return ImportTiming(
        rows, first_seconds, first, again_seconds, again, source.stat().st_size / 1e6
    )


def profile(rows: int, top: int = 25) -> str:
    """Where a first import spends its time (cProfile, cumulative), for the notes."""
    source = write_csv(csv_path(rows), rows)
    with tempfile.TemporaryDirectory(prefix="bench-import-") as tmp:
        profiler = cProfile.Profile()
        profiler.enable()
        _import(Path(tmp) / "inspector.db", source)
        profiler.disable()
    out = io.StringIO()
    pstats.Stats(profiler, stream=out).sort_stats("cumulative").print_stats(top)
    return out.getvalue()


def render(timings: list[ImportTiming]) -> str:
    rows = [
        (
            f"{t.rows:,}",
            f"{t.megabytes:.1f}",
            f"{t.first_seconds:.2f}",
            f"{t.rate(t.first_seconds):,.0f}",
            f"{t.first.created:,}",
            f"{t.again_seconds:.2f}",
            f"{t.rate(t.again_seconds):,.0f}",
            f"{t.again.unchanged:,}",
        )
        for t in timings
    ]
    header = (
        "rows",
        "CSV MB",
        "import s",
        "rows/s",
        "created",
        "re-import s",
        "rows/s",
        "unchanged",
    )
    return "### CSV import (`import_enterprises`, fresh database)\n\n" + report.table(header, rows)


def run(sizes: list[int]) -> str:
    timings = [measure(rows) for rows in sizes]
    report.save(
        "import-" + "-".join(str(rows) for rows in sizes),
        {
            "runs": [
                {
                    "rows": t.rows,
                    "first_seconds": t.first_seconds,
                    "first_rows_per_s": t.rate(t.first_seconds),
                    "again_seconds": t.again_seconds,
                    "again_rows_per_s": t.rate(t.again_seconds),
                    "created": t.first.created,
                    "unchanged": t.again.unchanged,
                }
                for t in timings
            ]
        },
    )
    return render(timings)
