"""Building a case file: 20 documents of a real case and 100 photos on exhibit sheets.

A case is run through its steps in a fresh database (every document filled from the case,
numbered, rendered and stored, as the app does), then ``build_case_file`` concatenates them
with 50 exhibit sheets of two 1600×1200 JPEGs each (photos are shrunk before they go on a
sheet, as the evidence store will do).  Reported: time per step with its document, time to
build the case file (median of ``--runs``), its pages and size, and peak memory of the build
(tracemalloc: Python allocations; ru_maxrss: the whole process).
"""

from __future__ import annotations

import io
import resource
import statistics
import tempfile
import time
import tracemalloc
from datetime import date
from pathlib import Path
from typing import Any

from benchmarks import report

D = date
RECORD = {"started": "2026年11月24日 09时30分", "ended": "2026年11月24日 10时40分"}
OPINION = {"text": "同意。", "signer": "赵磊", "on": D(2026, 11, 23)}


def _case(tmp: Path) -> tuple[Any, Any, list[float]]:
    from sqlalchemy import select

    from inspector_app.cases.numbering import add_block
    from inspector_app.cases.service import open_case, perform
    from inspector_app.cases.settings import CaseSettings
    from inspector_app.forms.registry import DOCUMENT_TYPES
    from inspector_app.forms.samples_base import ITEMS, LI, WANG
    from inspector_app.registry.demo import seed_demo
    from inspector_app.store import Agency, Enterprise, Officer
    from inspector_app.store.engine import open_database

    settings = CaseSettings(contact_phone="0931-8888888", agency_address="兰州市雁滩路2号")
    db = open_database(tmp / "bench.db")
    with db.session() as s:
        seed_demo(s, today=D(2026, 11, 1))
        agency = s.scalars(select(Agency)).one()
        li = s.scalars(select(Officer).where(Officer.certificate_no == "62010001")).one().id
        wang = s.scalars(select(Officer).where(Officer.certificate_no == "62010002")).one().id
        plant = s.scalars(select(Enterprise)).first()
        assert plant is not None
        for code, kind in DOCUMENT_TYPES.items():
            if kind.number_kind:
                add_block(s, agency.id, code, 2026, 1, 999)
        case_id = open_case(
            s,
            by=li,
            opened_on=D(2026, 11, 22),
            enterprise_id=plant.id,
            source="clue",
            violation_codes=["V24"],
            violation_date=D(2026, 11, 20),
            evidence=["现场照片100张"],
            officer_ids=[li, wang],
            settings=settings,
        ).id
    inquiry = {
        **RECORD,
        "place": "询问室",
        "officers": [LI, WANG],
        "recorder": WANG,
        "interviewee": "赵强",
        "interviewee_id": "11010519491231002X",
        "interviewee_employer": "EHS经理",
        "notice": "已告知权利。",
        "questions": [{"question": f"问题{i}", "answer": "回答" * 40} for i in range(12)],
    }
    plan: list[tuple[str, D, dict, dict]] = [
        (
            "order_to_correct",
            D(2026, 11, 22),
            {},
            {"corrections": ["设置标志"], "deadline": D(2026, 12, 7)},
        ),
        (
            "seal",
            D(2026, 11, 22),
            {"end_on": "2026-12-21"},
            {
                "items": ITEMS,
                "start_on": D(2026, 11, 22),
                "end_on": D(2026, 12, 21),
                "place": "库房",
                "officers": [LI, WANG],
            },
        ),
        ("file", D(2026, 11, 23), {}, {"department": OPINION, "head": OPINION}),
        ("inquiry", D(2026, 11, 24), {}, inquiry),
        ("inquiry", D(2026, 11, 24), {}, inquiry),
        ("inquiry", D(2026, 11, 25), {}, inquiry),
        ("inquiry", D(2026, 11, 25), {}, inquiry),
        (
            "seal_extend",
            D(2026, 11, 25),
            {"new_end_on": "2027-01-20"},
            {"new_end_on": D(2027, 1, 20), "reason": "鉴定尚未完成"},
        ),
        ("report", D(2026, 11, 26), {}, {}),
        ("prior_notice", D(2026, 11, 27), {}, {}),
        ("serve_notice", D(2026, 11, 27), {}, {"receiver": "赵强"}),
        (
            "statement",
            D(2026, 11, 28),
            {},
            {**RECORD, "place": "询问室", "speaker": "赵强", "statement": "无异议。"},
        ),
        (
            "seal_release",
            D(2026, 12, 1),
            {},
            {"reason": "已无必要", "items": ITEMS, "released_on": D(2026, 12, 1)},
        ),
        ("decide", D(2026, 12, 3), {}, {}),
        ("serve", D(2026, 12, 4), {}, {"receiver": "赵强"}),
        ("remind", D(2026, 12, 20), {}, {}),
        ("pay", D(2026, 12, 22), {"amount_fen": 20_000_000}, {}),
        (
            "recheck",
            D(2026, 12, 23),
            {"corrected": True},
            {**RECORD, "findings": "已改正。", "result": "已改正"},
        ),
        ("close", D(2026, 12, 24), {}, {"department": OPINION, "head": OPINION}),
    ]
    seconds = []
    for code, on, data, document in plan:
        with db.session() as s:
            t0 = time.perf_counter()
            perform(s, case_id, code, on, li, data, document, settings=settings)
            seconds.append(time.perf_counter() - t0)
    return db, case_id, seconds


def _sheets(photos: int, per_sheet: int = 2) -> list[Any]:
    from PIL import Image
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen.canvas import Canvas

    from inspector_app.cases.casefile import Attachment

    out = []
    for first in range(0, photos, per_sheet):
        buffer = io.BytesIO()
        canvas = Canvas(buffer, pagesize=A4, invariant=1)
        for slot in range(per_sheet):
            # A smooth scene with sensor-like noise compresses like a photo (~0.3 MB), which
            # pure noise (1.7 MB) would not.
            base = Image.linear_gradient("L").resize((1600, 1200))
            noise = Image.effect_noise((1600, 1200), 12 + (first + slot) % 5)
            image = Image.merge("RGB", (base, Image.blend(base, noise, 0.2), noise))
            jpeg = io.BytesIO()
            image.save(jpeg, "JPEG", quality=85)
            canvas.drawImage(
                ImageReader(io.BytesIO(jpeg.getvalue())), 60, 440 - slot * 380, 460, 345
            )
        canvas.showPage()
        canvas.save()
        out.append(
            Attachment(f"现场照片（第{first + 1}–{first + per_sheet}张）", buffer.getvalue())
        )
    return out


def run(runs: int = 3, photos: int = 100) -> str:
    from inspector_app.cases.casefile import build_case_file
    from inspector_app.cases.service import case_view, get_case

    with tempfile.TemporaryDirectory() as tmp:
        db, case_id, step_seconds = _case(Path(tmp))
        sheets = _sheets(photos)
        with db.session() as s:
            documents = len(case_view(s, get_case(s, case_id)).documents)
            times, peaks, size, pages = [], [], 0, 0
            for _ in range(runs):
                tracemalloc.start()
                t0 = time.perf_counter()
                pdf = build_case_file(s, case_id, sheets)
                times.append(time.perf_counter() - t0)
                peaks.append(tracemalloc.get_traced_memory()[1])
                tracemalloc.stop()
                size = len(pdf)
                pages = pdf.count(b"/Type /Page\n") or pdf.count(b"/Type /Page")
            t0 = time.perf_counter()
            build_case_file(s, case_id)
            without = time.perf_counter() - t0
        db.close()
    rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    rows = [
        ("documents in the case (filled, numbered, rendered, stored)", str(documents)),
        (
            "one step with its document: median / max",
            f"{report.ms(statistics.median(step_seconds))} / {report.ms(max(step_seconds))} ms",
        ),
        (
            f"case file with {photos} photos on {len(sheets)} sheets: median of {runs}",
            f"{statistics.median(times):.2f} s",
        ),
        ("case file without photos", f"{without:.2f} s"),
        ("pages / size", f"{pages} / {size / 1e6:.1f} MB"),
        ("peak Python allocations during the build (tracemalloc)", f"{max(peaks) / 1e6:.0f} MB"),
        ("peak resident memory of the process (ru_maxrss)", f"{rss_mb:.0f} MB"),
    ]
    report.save(
        "casefile",
        {
            "steps_s": step_seconds,
            "build_s": times,
            "peak_bytes": peaks,
            "size": size,
            "pages": pages,
            "rss_mb": rss_mb,
        },
    )
    return "### Case file (`benchmarks/casefile_bench.py`)\n\n" + report.table(
        ("what", "figure"), rows
    )
