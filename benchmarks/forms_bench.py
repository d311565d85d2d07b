"""Render time of every enforcement document type, and the cost of drawing a number.

An officer prints on site and waits for the PDF, so what matters is (1) the first document in
a fresh process, which pays for importing reportlab and registering (parsing) the two CJK
fonts, and (2) every later document, warm.  Each type is rendered from its built-in example
(``inspector_app.forms.samples``): checking the snapshot and rendering are timed separately,
``--repeat`` warm runs each, median and p95 reported with pages and file size.  Numbers are
drawn into a fresh database, one committed transaction per draw as the app does.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
import time
import uuid
from datetime import date
from pathlib import Path

from benchmarks import report

FIRST_DOCUMENT = """
import time
t0 = time.perf_counter()
from inspector_app.forms.registry import render_document
from inspector_app.forms.samples import sample
t1 = time.perf_counter()
from inspector_app.forms.fonts import register_fonts
register_fonts()
t2 = time.perf_counter()
render_document("penalty_decision", sample("penalty_decision"))
t3 = time.perf_counter()
render_document("prior_notice", sample("prior_notice"))
t4 = time.perf_counter()
print(t1 - t0, t2 - t1, t3 - t2, t4 - t3)
"""


def _first_document(runs: int) -> list[list[float]]:
    out = []
    for _ in range(runs + 1):
        text = subprocess.run(
            [sys.executable, "-c", FIRST_DOCUMENT], capture_output=True, text=True, check=True
        ).stdout
        out.append([float(x) for x in text.split()])
    return out[1:]  # the first run only warms the OS file cache


def _pages(pdf: bytes) -> int:
    return pdf.count(b"/Type /Page\n") or pdf.count(b"/Type /Page")


def _per_type(repeat: int) -> list[tuple[object, ...]]:
    from inspector_app.forms.registry import DOCUMENT_TYPES
    from inspector_app.forms.samples import sample

    rows: list[tuple[object, ...]] = []
    for code, kind in DOCUMENT_TYPES.items():
        renderer = kind.renderer()
        snapshot = kind.build(sample(code))
        pdf = renderer.render(snapshot)  # warm-up
        build_s, render_s = [], []
        for _ in range(repeat):
            data = sample(code)
            t0 = time.perf_counter()
            snapshot = kind.build(data)
            t1 = time.perf_counter()
            pdf = kind.renderer().render(snapshot)
            t2 = time.perf_counter()
            build_s.append(t1 - t0)
            render_s.append(t2 - t1)
        rows.append(
            (
                code,
                kind.title,
                report.ms(report.median(build_s)),
                report.ms(report.median(render_s)),
                report.ms(report.percentile(render_s, 95)),
                _pages(pdf),
                f"{len(pdf) / 1024:.0f}",
            )
        )
    return rows


def _signature_png(seed: int) -> bytes:
    """A pad-sized PNG with one stroke, like the signature pad writes."""
    import io

    from PIL import Image, ImageDraw

    image = Image.new("RGB", (600, 200), "white")
    draw = ImageDraw.Draw(image)
    draw.line([(40, 150), (160 + seed * 20, 50), (300, 140), (520, 60)], fill="black", width=6)
    out = io.BytesIO()
    image.save(out, "PNG")
    return out.getvalue()


def _signed(repeat: int) -> list[tuple[object, ...]]:
    """Render time of a signed version against the same document unsigned."""
    from inspector_app.forms.registry import DOCUMENT_TYPES
    from inspector_app.forms.samples import sample
    from inspector_app.forms.signed import choose_label, digest

    rows: list[tuple[object, ...]] = []
    for code, roles in (
        ("penalty_decision", ("party",)),
        ("inquiry_record", ("party", "officer", "recorder")),
    ):
        kind = DOCUMENT_TYPES[code]
        plain = kind.build(sample(code))
        labels = kind.renderer().signature_rows(plain)
        images = {}
        marks: list[dict[str, object]] = []
        for n, role in enumerate(roles):
            png = _signature_png(n)
            images[digest(png)] = png
            label = choose_label(labels, role, [str(m["label"]) for m in marks])
            mark = {"role": role, "label": label, "name": f"签名人{n}", "on": "2026-12-12"}
            marks.append({**mark, "sha256": digest(png)})
        signed = kind.build({**sample(code), "signatures": marks})
        timings: dict[str, list[float]] = {"plain": [], "signed": []}
        for name, snapshot in (("plain", plain), ("signed", signed)):
            kind.renderer(images.__getitem__).render(snapshot)  # warm-up
            for _ in range(repeat):
                t0 = time.perf_counter()
                pdf = kind.renderer(images.__getitem__).render(snapshot)
                timings[name].append(time.perf_counter() - t0)
        rows.append(
            (
                code,
                len(roles),
                report.ms(report.median(timings["plain"])),
                report.ms(report.median(timings["signed"])),
                f"{len(pdf) / 1024:.0f}",
            )
        )
    return rows


def _draws(count: int) -> tuple[float, float]:
    from inspector_app.cases.numbering import add_block, draw_number
    from inspector_app.store import Agency
    from inspector_app.store.engine import open_database

    with tempfile.TemporaryDirectory() as folder:
        db = open_database(Path(folder) / "bench.db")
        with db.session() as s:
            agency = Agency(
                id=uuid.uuid4(),
                code="620100",
                name="兰州市生态环境局",
                region_code="620100",
                doc_abbreviations={"agency": "兰环"},
            )
            s.add(agency)
            s.flush()
            add_block(s, agency.id, "penalty_decision", 2026, 1, count)
        times = []
        for _ in range(count):
            t0 = time.perf_counter()
            with db.session() as s:
                draw_number(s, agency.id, "penalty_decision", date(2026, 11, 25))
            times.append(time.perf_counter() - t0)
        db.close()
    return report.median(times), report.percentile(times, 95)


def run(repeat: int = 20, first_runs: int = 5, draws: int = 200) -> str:
    first = _first_document(first_runs)
    imports, fonts, first_doc, second_doc = (report.median([r[i] for r in first]) for i in range(4))
    rows = _per_type(repeat)
    signed = _signed(repeat)
    draw_p50, draw_p95 = _draws(draws)
    report.save(
        "forms",
        {
            "first": first,
            "per_type": [list(map(str, r)) for r in rows],
            "signed": [list(map(str, r)) for r in signed],
            "draw_p50": draw_p50,
            "draw_p95": draw_p95,
        },
    )
    renders = sorted(float(r[3]) for r in rows)
    parts = [
        f"### Documents ({len(rows)} types, {repeat} warm renders each)",
        "",
        f"First document in a fresh process (median of {first_runs} processes): imports "
        f"{report.ms(imports)} ms, font registration {report.ms(fonts)} ms, first render "
        f"(penalty decision) {report.ms(first_doc)} ms, second document (prior notice) "
        f"{report.ms(second_doc)} ms.",
        "",
        f"Warm render, median over types: {report.ms(report.median(renders) / 1000)} ms; "
        f"slowest type {max(renders):.1f} ms.",
        "",
        report.table(
            ("type", "title", "check ms", "render p50 ms", "render p95 ms", "pages", "KB"), rows
        ),
        "",
        "Signed versions (signature images drawn in the block, hashes checked):",
        "",
        report.table(("type", "signatures", "unsigned p50 ms", "signed p50 ms", "KB"), signed),
        "",
        f"Drawing a number (one committed transaction each, {draws} draws): "
        f"p50 {report.ms(draw_p50)} ms, p95 {report.ms(draw_p95)} ms.",
    ]
    return "\n".join(parts)


if __name__ == "__main__":
    print(report.machine_line())
    print(run())
