"""Scenario 5: the battery dies mid-inspection; after restart every acknowledged answer is there.

The app runs as its own process and is killed with SIGKILL (no clean-up handlers, no atexit),
then the same data folder is opened again, in another process, the way the officer would.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from sqlalchemy import select

from inspector_app.checklists.catalog import register_templates
from inspector_app.inspections.service import StartRequest, start
from inspector_app.registry.demo import seed_demo
from inspector_app.store import Answer, ChecklistTemplate, Enterprise, InspectionKind, Officer
from inspector_app.store.engine import open_database

DRIVER = Path(__file__).with_name("answer_driver.py")
ACKS_BEFORE_KILL = 6


def start_demo_inspection(data_dir: Path) -> None:
    database = open_database(data_dir / "inspector.db", data_dir / "backups")
    with database.session() as session:
        seed_demo(session)
        templates = {t.code: t for t in register_templates(session)}
        officers = session.scalars(
            select(Officer).where(Officer.certificate_no.in_(["62010001", "62010002"]))
        ).all()
        enterprise = session.scalars(
            select(Enterprise).where(Enterprise.name == "兰州某精细化工有限公司")
        ).one()
        request = StartRequest(
            enterprise_id=enterprise.id,
            template_ids=[templates["hw"].id],
            kind=InspectionKind.RANDOM,
            officer_ids=[o.id for o in officers],
        )
        start(session, request, by=officers[0].id)
    database.close()


def kill(process: subprocess.Popen[str]) -> None:
    process.send_signal(signal.SIGKILL)
    process.wait(10)
    if process.stdout is not None:
        process.stdout.close()


def run_driver(data_dir: Path) -> subprocess.Popen[str]:
    env = os.environ | {"QT_QPA_PLATFORM": "offscreen", "PYTHONUNBUFFERED": "1"}
    return subprocess.Popen(
        [sys.executable, str(DRIVER), str(data_dir), "62010001", "lm-62010001"],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
        env=env,
    )


def read_until(process: subprocess.Popen[str], acks: int) -> tuple[str, list[tuple[str, str]]]:
    """Read the app's lines until it has resumed and acknowledged ``acks`` answers."""
    assert process.stdout is not None
    resumed, acked = "", []
    deadline = time.monotonic() + 60
    while (not resumed or len(acked) < acks) and time.monotonic() < deadline:
        line = process.stdout.readline()
        if not line:
            break
        words = line.split()
        if words[0] == "RESUMED":
            resumed = " ".join(words[1:])
        elif words[0] == "ACK":
            acked.append((words[1], words[2]))
    return resumed, acked


def saved_answers(data_dir: Path) -> dict[str, object]:
    database = open_database(data_dir / "inspector.db", data_dir / "backups")
    with database.session() as session:
        rows = session.execute(
            select(Answer.item_code, Answer.value).join(
                ChecklistTemplate, ChecklistTemplate.id == Answer.template_id
            )
        ).all()
    database.close()
    return dict(rows)


def test_sigkill_loses_no_acknowledged_answer_and_resumes_after_it(data_dir: Path) -> None:
    start_demo_inspection(data_dir)

    first = run_driver(data_dir)
    try:
        resumed, acked = read_until(first, ACKS_BEFORE_KILL)
    finally:
        kill(first)
    assert resumed == "hw a1"
    assert len(acked) == ACKS_BEFORE_KILL, "the app did not answer in time"

    answers = saved_answers(data_dir)
    for _template, item in acked:
        assert answers.get(item) == "Y", item

    second = run_driver(data_dir)
    try:
        resumed_again, _ = read_until(second, 0)
    finally:
        kill(second)
    # Resumes right after the last answer it had acknowledged (or a later one it saved
    # between the last ACK line and the kill): never before it, never at the start.
    last_item = acked[-1][1]
    item_numbers = sorted(int(code[1:]) for code in answers)
    assert int(resumed_again.split()[1][1:]) == item_numbers[-1] + 1
    assert int(resumed_again.split()[1][1:]) > int(last_item[1:])
