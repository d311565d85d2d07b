"""Verify a Field Inspector evidence package with nothing but Python's standard library.

This file is copied into every exported package as ``verify.py``.  A reviewer runs::

    python verify.py            (in the package folder)
    python verify.py PACKAGE    (from anywhere)

It checks that every file listed in manifest.json is present with the recorded size and SHA-256,
that manifest.csv says the same, that no unlisted file was slipped into files/, and that the
audit-chain excerpt links up from the first event to the last, with every included event body
hashing to its recorded value and every file's hash recorded by an import event.
Exit code 0 means the package is intact; 1 lists what is wrong.
"""

from __future__ import annotations

import csv
import hashlib
import json
import sys
from pathlib import Path

GENESIS = "0" * 64
RECORDING_ACTIONS = ("evidence.imported", "evidence.annotated")


def sha256_file(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        for chunk in iter(lambda: fh.read(1024 * 1024), b""):
            digest.update(chunk)
    return digest.hexdigest()


def event_hash(body: dict) -> str:
    canonical = json.dumps(body, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def check_files(root: Path, manifest: dict) -> list[str]:
    problems = []
    listed = set()
    for item in manifest["items"]:
        path = root / item["file"]
        listed.add(item["file"])
        if not path.is_file():
            problems.append(f"missing file: {item['file']}")
            continue
        if path.stat().st_size != item["size"]:
            problems.append(f"size differs: {item['file']}")
        if sha256_file(path) != item["sha256"]:
            problems.append(f"hash differs (file altered): {item['file']}")
    for path in sorted((root / "files").rglob("*")):
        name = path.relative_to(root).as_posix()
        if path.is_file() and name not in listed:
            problems.append(f"file not in the manifest: {name}")
    with (root / "manifest.csv").open(encoding="utf-8-sig", newline="") as fh:
        rows = {row["file"]: row for row in csv.DictReader(fh)}
    for item in manifest["items"]:
        row = rows.get(item["file"])
        if row is None or row["sha256"] != item["sha256"]:
            problems.append(f"manifest.csv disagrees with manifest.json: {item['file']}")
    if len(rows) != len(manifest["items"]):
        problems.append("manifest.csv and manifest.json list different files")
    return problems


def check_chain(root: Path, manifest: dict) -> list[str]:
    problems = []
    chain = json.loads((root / "chain.json").read_text(encoding="utf-8"))
    prev, expected_seq = GENESIS, 1
    recorded = set()
    for event in chain["events"]:
        seq = event["seq"]
        if seq != expected_seq:
            problems.append(f"audit event {expected_seq} is missing")
            break
        if event["prev_hash"] != prev:
            problems.append(f"audit event {seq} does not link to the one before it")
        body = event.get("body")
        if body is not None:
            if body.get("seq") != seq or body.get("prev_hash") != event["prev_hash"]:
                problems.append(f"audit event {seq}: body does not match the chain")
            elif event_hash(body) != event["hash"]:
                problems.append(f"audit event {seq} was altered")
            elif body.get("action") in RECORDING_ACTIONS:
                recorded.add(body.get("payload", {}).get("sha256"))
        prev, expected_seq = event["hash"], seq + 1
    if prev != manifest.get("chain_head"):
        problems.append("the chain does not end at the head recorded in the manifest")
    for item in manifest["items"]:
        if item["sha256"] not in recorded:
            problems.append(f"no audit event records the import of {item['file']}")
    return problems


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if hasattr(sys.stdout, "reconfigure"):
        sys.stdout.reconfigure(errors="replace")  # a console without Chinese still gets the verdict
    root = Path(args[0]) if args else Path(__file__).resolve().parent
    try:
        manifest = json.loads((root / "manifest.json").read_text(encoding="utf-8"))
        problems = check_files(root, manifest) + check_chain(root, manifest)
    except (OSError, ValueError, KeyError, TypeError) as exc:
        problems = [f"the package cannot be read: {exc!r}"]
    if problems:
        print("证据包校验失败 / Package verification FAILED:")
        for problem in problems:
            print("  - " + problem)
        return 1
    count = len(manifest["items"])
    print(f"证据包完整：{count} 个文件哈希一致，审计链完整 / OK: {count} files match, chain intact")
    return 0


if __name__ == "__main__":
    sys.exit(main())
