"""Evidence ingest: 100 twelve-megapixel JPEGs with EXIF and GPS, against the floor.

The floor is what no ingest can avoid: read the bytes, SHA-256 them, and make a draft-decoded
thumbnail of the same bytes.  The ingest is ``ingest_files`` as the app runs it: copy to a temp
file while hashing, fsync, rename into the blob store, read EXIF and GPS, thumbnail, save the
thumbnail, insert the row and its audit event, commit (SQLite ``synchronous=FULL``) per file.

While the ingest runs on a worker thread, the main thread ticks every 5 ms the way an event loop
would and records its longest gap: a stand-in for the UI-thread stall (the GIL is the shared
resource; Qt's own loop adds nothing the worker competes for).  Run:
``python -m benchmarks.evidence_bench [--files 100]``.
"""

from __future__ import annotations

import argparse
import hashlib
import io
import shutil
import sys
import tempfile
import threading
import time
import uuid
from pathlib import Path

from PIL import ExifTags, Image
from sqlalchemy import select
from sqlalchemy.orm import Session

from benchmarks import report
from benchmarks.generate import BENCH_DIR
from inspector_app.config import DataPaths
from inspector_app.evidence.context import EvidenceContext
from inspector_app.evidence.ingest import Status, ingest_files
from inspector_app.store import Enterprise, InspectionKind, Officer
from inspector_app.store.engine import open_database

SIZE = (4000, 3000)
PHOTOS_VERSION = 1


def photos_dir(count: int) -> Path:
    return BENCH_DIR / "evidence" / f"jpeg12mp-{count}-v{PHOTOS_VERSION}"


def _exif(n: int) -> Image.Exif:
    exif = Image.Exif()
    exif[0x010F] = "Canon"
    exif[0x0110] = "EOS R6"
    exif[0x0112] = 1
    sub = exif.get_ifd(ExifTags.IFD.Exif)
    sub[0x9003] = f"2026:11:20 10:{n // 60 % 60:02d}:{n % 60:02d}"
    sub[0x9011] = "+08:00"
    gps = exif.get_ifd(ExifTags.IFD.GPSInfo)
    gps.update({1: "N", 2: (36.0, 3.0, 30.5 + n / 100), 3: "E", 4: (103.0, 50.0, 12.25)})
    gps.update({5: b"\x00", 6: 1520.5, 31: 4.5})
    return exif


def make_photos(count: int) -> Path:
    """Write (once, cached) ``count`` distinct ~2.7 MB 12-MP JPEGs with EXIF and GPS."""
    folder = photos_dir(count)
    if folder.is_dir() and len(list(folder.glob("*.JPG"))) == count:
        return folder
    folder.mkdir(parents=True, exist_ok=True)
    w, h = SIZE
    noise = Image.effect_noise((w // 4, h // 4), 40).resize(SIZE, Image.Resampling.BILINEAR)
    grad = Image.linear_gradient("L").resize(SIZE)
    base = Image.merge("RGB", (noise, grad, grad.transpose(Image.Transpose.FLIP_LEFT_RIGHT)))
    for n in range(count):
        img = base.copy()
        img.paste((n * 37 % 256, n * 91 % 256, 128), (n * 30, n * 20, n * 30 + 400, n * 20 + 300))
        img.save(folder / f"IMG_{n:04d}.JPG", "JPEG", quality=90, exif=_exif(n))
    return folder


def start_inspection(session: Session) -> tuple[uuid.UUID, uuid.UUID]:
    """The demo agency, two officers and an inspection in progress to import into."""
    from inspector_app.checklists.catalog import register_templates
    from inspector_app.inspections import service as svc
    from inspector_app.registry.demo import seed_demo

    seed_demo(session)
    template = register_templates(session)[0]
    officers = list(session.scalars(select(Officer).where(Officer.active)).all())[:2]
    enterprise = session.scalars(select(Enterprise)).first()
    assert enterprise is not None
    request = svc.StartRequest(
        enterprise_id=enterprise.id,
        template_ids=[template.id],
        kind=InspectionKind.RANDOM,
        officer_ids=[o.id for o in officers],
    )
    return svc.start(session, request, by=officers[0].id).id, officers[0].id


def floor(files: list[Path]) -> float:
    started = time.perf_counter()
    for path in files:
        data = path.read_bytes()
        hashlib.sha256(data).hexdigest()
        with Image.open(io.BytesIO(data)) as img:
            img.thumbnail((256, 256))
    return time.perf_counter() - started


def ingest(files: list[Path], folder: Path) -> tuple[float, float, int]:
    """Seconds for the whole ingest, the main thread's longest gap, and files stored."""
    work = Path(tempfile.mkdtemp(prefix="evbench-"))
    try:
        paths = DataPaths(work).ensure()
        db = open_database(paths.database, paths.backups)
        ctx = EvidenceContext.from_paths(paths)
        with db.session() as s:
            inspection_id, officer_id = start_inspection(s)
        result: dict[str, object] = {}

        def worker() -> None:
            with db.session() as s:
                result["report"] = ingest_files(s, ctx, [folder], inspection_id, officer_id)

        thread = threading.Thread(target=worker)
        started = time.perf_counter()
        thread.start()
        longest, last = 0.0, time.perf_counter()
        while thread.is_alive():
            time.sleep(0.005)
            now = time.perf_counter()
            longest, last = max(longest, now - last - 0.005), now
        thread.join()
        seconds = time.perf_counter() - started
        db.close()
        stored = result["report"].count(Status.STORED)  # type: ignore[attr-defined]
        return seconds, longest, stored
    finally:
        shutil.rmtree(work, ignore_errors=True)


def run(count: int = 100, rounds: int = 3) -> str:
    folder = make_photos(count)
    files = sorted(folder.glob("*.JPG"))
    megabytes = sum(f.stat().st_size for f in files) / 1024 / 1024
    floor(files)  # warm the OS file cache so both sides read from memory
    floors, ingests, stalls = [], [], []
    for _ in range(rounds):
        floors.append(floor(files))
        seconds, stall, stored = ingest(files, folder)
        assert stored == count, stored
        ingests.append(seconds)
        stalls.append(stall)
    f, i = report.median(floors), report.median(ingests)
    report.save(
        f"evidence-ingest-{count}",
        {"floor_s": floors, "ingest_s": ingests, "stall_s": stalls, "megabytes": megabytes},
    )
    rows = [
        ("floor: read + SHA-256 + draft thumbnail", f"{f:.2f}", report.ms(f / count), "1.00"),
        (
            "ingest_files (store, EXIF, thumbnail, row, commit)",
            f"{i:.2f}",
            report.ms(i / count),
            f"{i / f:.2f}",
        ),
    ]
    title = (
        f"### Evidence ingest: {count} JPEGs, 4000×3000 with EXIF+GPS ({megabytes:.0f} MB), "
        f"median of {rounds}"
    )
    stall = (
        f"Longest main-thread gap during the ingest (5 ms ticker, worker thread): "
        f"{report.ms(max(stalls))} ms (rounds: {', '.join(report.ms(s) for s in stalls)} ms)."
    )
    return (
        f"{title}\n\n"
        + report.table(("", "seconds", "per file (ms)", "× floor"), rows)
        + f"\n\n{stall}"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.evidence_bench")
    parser.add_argument("--files", type=int, default=100)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args(argv)
    print(report.machine_line(), flush=True)
    print("\n" + run(args.files, args.rounds), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
