"""Two writers at once (the officer answering while sync or an import appends to the log).

Each audit event reads the last entry's hash and appends after it.  If that read ran outside
the write transaction (the sqlite3 module's default opens a transaction only at the first
INSERT), two writers could read the same last entry and one commit would fail or fork the
chain.  ``append_event`` takes the write lock before it reads, so read and append are one step.
"""

from __future__ import annotations

import threading

from sqlalchemy import func, select

from inspector_app.store import AuditEvent
from inspector_app.store.audit import append_event, verify_session_chain
from inspector_app.store.engine import Database

EVENTS_EACH = 60


def test_two_threads_appending_keep_one_unbroken_chain(db: Database) -> None:
    errors: list[Exception] = []
    barrier = threading.Barrier(2)

    def writer(name: str) -> None:
        barrier.wait(5)
        for number in range(EVENTS_EACH):
            try:
                with db.session() as session:
                    append_event(session, f"{name}.event", "test", number)
            except Exception as error:
                errors.append(error)

    threads = [threading.Thread(target=writer, args=(n,)) for n in ("officer", "sync")]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)
    assert errors == []
    with db.session() as session:
        assert session.scalar(select(func.count()).select_from(AuditEvent)) == 2 * EVENTS_EACH
        assert verify_session_chain(session) is None
