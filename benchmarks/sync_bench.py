"""Sync over loopback: records per second, evidence upload against a raw HTTP upload of the
same bytes, and a sync with nothing to do.  ``python -m benchmarks.sync_bench [options]``.

The server is the real one (``inspector-server serve``, SQLite, in a child process, as the tests
start it); the device is a real database whose outbox holds ``--records`` audit events and whose
blob folder holds ``--photos`` random files of ``--photo-kb`` KiB each (incompressible, like
JPEG).  The raw baseline is a stdlib ``http.server`` child process that takes each file as one
``PUT`` body and writes it to disk with ``fsync``: no auth, no hashing, no resumability.  The
ratio of the two upload times is the price of resumable, verified upload.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx

from benchmarks import report
from inspector_app.store.audit import append_event
from inspector_app.store.engine import open_database
from inspector_app.sync.blobs import FolderBlobSource
from inspector_app.sync.engine import SyncEngine
from inspector_server.testing import ServerProcess, free_port, seed_agency

RAW_SERVER = """
import os, sys
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
root = sys.argv[2]
class Handler(BaseHTTPRequestHandler):
    def do_PUT(self):
        body = self.rfile.read(int(self.headers["Content-Length"]))
        path = os.path.join(root, self.path.strip("/"))
        with open(path, "wb") as fh:
            fh.write(body); fh.flush(); os.fsync(fh.fileno())
        self.send_response(201); self.send_header("Content-Length", "0"); self.end_headers()
    def log_message(self, *args):
        pass
ThreadingHTTPServer(("127.0.0.1", int(sys.argv[1])), Handler).serve_forever()
"""


def _raw_upload(files: list[Path], workdir: Path) -> float:
    port = free_port()
    target = workdir / "raw"
    target.mkdir()
    process = subprocess.Popen([sys.executable, "-c", RAW_SERVER, str(port), str(target)])
    try:
        with httpx.Client(base_url=f"http://127.0.0.1:{port}", timeout=60) as client:
            for _ in range(100):
                try:
                    client.put("/warmup", content=b"x")
                    break
                except httpx.TransportError:
                    time.sleep(0.05)
            start = time.perf_counter()
            for path in files:
                client.put("/" + path.name, content=path.read_bytes())
            return time.perf_counter() - start
    finally:
        process.terminate()
        process.wait()


def run(records: int, photos: int, photo_kb: int) -> dict[str, float]:
    with tempfile.TemporaryDirectory(prefix="sync-bench-") as tmp:
        work = Path(tmp)
        url = f"sqlite:///{work / 'server' / 'server.db'}"
        (work / "server").mkdir()
        seed_agency(url, "BENCH", [("B-O1", "李明", "officer")], "bench-password")
        server = ServerProcess(url, work / "server").start()
        try:
            db = open_database(work / "laptop" / "inspector.db")
            with db.session() as s:
                for n in range(records):
                    append_event(s, "bench.event", "bench", n, {"n": n, "note": "现场检查" * 25})
            blobs = work / "laptop" / "blobs"
            files = []
            for _ in range(photos):
                data = os.urandom(photo_kb * 1024)
                digest = hashlib.sha256(data).hexdigest()
                (blobs / digest[:2]).mkdir(parents=True, exist_ok=True)
                path = blobs / digest[:2] / digest[2:]
                path.write_bytes(data)
                files.append(path)
            engine = SyncEngine(db, server.url, FolderBlobSource(blobs))
            engine.login("BENCH", "B-O1", "bench-password")
            from inspector_app.sync.engine import SyncReport

            start = time.perf_counter()
            engine.push(SyncReport())
            push_s = time.perf_counter() - start
            start = time.perf_counter()
            engine.upload_blobs(SyncReport())
            blobs_s = time.perf_counter() - start
            engine.run()  # the first pull
            start = time.perf_counter()
            engine.run()
            noop_s = time.perf_counter() - start
            engine.close()
            db.close()
        finally:
            server.stop()
        raw_s = _raw_upload(files, work)
    return {"push_s": push_s, "blobs_s": blobs_s, "raw_s": raw_s, "noop_s": noop_s}


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.sync_bench", description=__doc__)
    parser.add_argument("--records", type=int, default=1000)
    parser.add_argument("--photos", type=int, default=200)
    parser.add_argument("--photo-kb", type=int, default=1024)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args(argv)
    results = [run(args.records, args.photos, args.photo_kb) for _ in range(args.runs)]
    pick = {key: report.median([r[key] for r in results]) for key in results[0]}
    megabytes = args.photos * args.photo_kb / 1024
    rows = [
        [
            f"push {args.records} records",
            f"{pick['push_s']:.2f} s",
            f"{args.records / pick['push_s']:.0f} records/s",
        ],
        [
            f"upload {args.photos} × {args.photo_kb} KiB (resumable, verified)",
            f"{pick['blobs_s']:.2f} s",
            f"{megabytes / pick['blobs_s']:.0f} MiB/s",
        ],
        [
            f"raw HTTP PUT of the same {megabytes:.0f} MiB",
            f"{pick['raw_s']:.2f} s",
            f"{megabytes / pick['raw_s']:.0f} MiB/s",
        ],
        ["ratio upload / raw", f"{pick['blobs_s'] / pick['raw_s']:.2f}×", ""],
        ["sync with nothing to do", f"{pick['noop_s'] * 1000:.0f} ms", ""],
    ]
    print(f"median of {args.runs} runs")
    print(report.table(["what", "time", "rate"], rows))


if __name__ == "__main__":
    main()
