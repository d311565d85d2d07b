"""The audit log is a hash chain: any edit, deletion or insertion is found and named."""

from sqlalchemy import delete, select, update

from inspector_app.store import AuditEvent
from inspector_app.store.audit import _digest, append_event, verify_session_chain
from inspector_app.store.engine import Database


def fill(db: Database, n: int = 5) -> None:
    with db.session() as s:
        for i in range(n):
            append_event(s, "answer.changed", "answer", f"a{i}", {"old": None, "new": "Y"})


def test_intact_chain_verifies(db: Database) -> None:
    fill(db)
    with db.session() as s:
        assert verify_session_chain(s) is None
        seqs = list(s.scalars(select(AuditEvent.seq).order_by(AuditEvent.seq)))
    assert seqs == [1, 2, 3, 4, 5]


def test_altered_payload_is_named(db: Database) -> None:
    fill(db)
    with db.session() as s:
        s.execute(update(AuditEvent).where(AuditEvent.seq == 3).values(payload={"new": "N"}))
    with db.session() as s:
        broken = verify_session_chain(s)
    assert broken is not None and (broken.seq, broken.reason) == (3, "altered")


def test_deleted_event_is_named(db: Database) -> None:
    fill(db)
    with db.session() as s:
        s.execute(delete(AuditEvent).where(AuditEvent.seq == 2))
    with db.session() as s:
        broken = verify_session_chain(s)
    assert broken is not None and broken.seq == 2


def test_rehashed_event_breaks_the_next_link(db: Database) -> None:
    fill(db)
    with db.session() as s:
        event = s.scalars(select(AuditEvent).where(AuditEvent.seq == 2)).one()
        event.payload = {"new": "A"}
        event.hash = _digest(event)  # a forger recomputes this entry's own hash...
    with db.session() as s:
        broken = verify_session_chain(s)
    assert broken is not None and (broken.seq, broken.reason) == (3, "prev_hash")  # ...but not 3
