"""Enterprise search: Chinese substrings, pinyin initials and credit-code prefixes.

Matching is done by SQLite (FTS5 over bigrams, see ``search_tokens``; a B-tree range for code
prefixes); ranking is done here on a bounded candidate set, because ordering every match of a
common word such as 化工 by bm25 on a million rows costs far more than the officer can wait.
Results are always limited.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, event, select, text
from sqlalchemy.orm import Session

from inspector_app.store.enterprise import Enterprise
from inspector_app.store.search_tokens import index_tokens, initials, normalize, phrase

CANDIDATE_CAP = 600
DEFAULT_LIMIT = 50
_CODE_PREFIX = re.compile(r"^[0-9][0-9A-HJ-NPQRTUWXY]{1,17}$")
_INITIALS = re.compile(r"^[a-z]{2,}$")

_UPSERT = text(
    "INSERT INTO enterprise_search(enterprise_id, name_tokens, initials, initials_tokens)"
    " VALUES (:id, :n, :i, :it)"
    " ON CONFLICT(enterprise_id) DO UPDATE SET name_tokens=excluded.name_tokens,"
    " initials=excluded.initials, initials_tokens=excluded.initials_tokens"
)


def index_rows(connection: Connection, rows: Iterable[tuple[uuid.UUID, str]]) -> None:
    """(Re)index enterprises by id and name; used by the flush hook and bulk loaders."""
    params = []
    for enterprise_id, name in rows:
        abbrev = initials(name)
        params.append(
            {
                "id": enterprise_id.hex,
                "n": index_tokens(name),
                "i": abbrev,
                "it": index_tokens(abbrev),
            }
        )
    if params:
        connection.execute(_UPSERT, params)


@event.listens_for(Session, "after_flush")
def _keep_index_in_step(session: Session, _context: Any) -> None:
    """Every write of an Enterprise, from any code path, updates the search index with it."""
    changed = [
        (obj.id, obj.name) for obj in (*session.new, *session.dirty) if isinstance(obj, Enterprise)
    ]
    removed = [obj.id.hex for obj in session.deleted if isinstance(obj, Enterprise)]
    connection = session.connection()
    index_rows(connection, changed)
    if removed:
        connection.execute(
            text("DELETE FROM enterprise_search WHERE enterprise_id = :id"),
            [{"id": r} for r in removed],
        )


@dataclass(frozen=True)
class Hit:
    enterprise: Enterprise
    matched: str  # "name", "initials" or "code": shown so the officer sees why it matched


def fts_query(query: str) -> tuple[str, str | None] | None:
    """Build the FTS5 MATCH expressions for a normalised query.

    Returns (contiguous expression, gapped expression or None).  A query of four or more
    characters may also match with one gap, as two runs of at least two characters in order:
    ``lzhg`` finds 兰州…化工 and 兰州水泥 finds 兰州新区水泥, the way officers abbreviate.
    """
    norm = normalize(query)
    if not norm:
        return None
    columns = ["name_tokens"] + (["initials_tokens"] if _INITIALS.match(norm) else [])
    if len(norm) == 1:
        contiguous = f'name_tokens : "{norm}"*'
    else:
        contiguous = " OR ".join(f"{col} : {phrase(norm)}" for col in columns)
    splits = [
        f"({col} : {phrase(norm[:k])} AND {col} : {phrase(norm[k:])})"
        for col in columns
        for k in range(2, len(norm) - 1)
    ]
    return contiguous, " OR ".join(splits) or None


def _gapped(norm: str) -> re.Pattern[str]:
    return re.compile(
        "|".join(f"{re.escape(norm[:k])}.*{re.escape(norm[k:])}" for k in range(2, len(norm) - 1))
    )


def _candidate_ids(session: Session, expression: str, cap: int) -> list[str]:
    rows = session.execute(
        text(
            "SELECT s.enterprise_id FROM enterprise_fts f"
            " JOIN enterprise_search s ON s.rowid = f.rowid"
            " WHERE enterprise_fts MATCH :q LIMIT :cap"
        ),
        {"q": expression, "cap": cap},
    )
    return [r[0] for r in rows]


def search(session: Session, query: str, limit: int = DEFAULT_LIMIT) -> list[Hit]:
    """Ranked matches: exact name, name prefix, name substring, initials, then code prefix."""
    raw = query.strip()
    if not raw:
        return []
    hits: dict[uuid.UUID, tuple[tuple[Any, ...], Hit]] = {}
    code = raw.upper().replace(" ", "")
    if _CODE_PREFIX.match(code):
        upper = code + "~"  # '~' sorts after every credit-code character
        for ent in session.scalars(
            select(Enterprise)
            .where(Enterprise.credit_code >= code, Enterprise.credit_code < upper)
            .order_by(Enterprise.credit_code)
            .limit(limit)
        ):
            hits[ent.id] = ((0, len(ent.credit_code), ent.credit_code), Hit(ent, "code"))
    expressions = fts_query(raw)
    if expressions:
        norm = normalize(raw)
        ids = _candidate_ids(session, expressions[0], CANDIDATE_CAP)
        if expressions[1] and len(ids) < limit:
            pattern = _gapped(norm)
            extra = _candidate_ids(session, expressions[1], CANDIDATE_CAP)
            ids += extra
        else:
            pattern = None
        for ent in _load(session, ids):
            if ent.id in hits:
                continue
            rank = _rank(ent, norm, pattern)
            if rank is not None:
                hits[ent.id] = rank
    ordered = sorted(hits.values(), key=lambda pair: pair[0])
    return [hit for _, hit in ordered[:limit]]


def _load(session: Session, hex_ids: Sequence[str]) -> list[Enterprise]:
    if not hex_ids:
        return []
    ids = [uuid.UUID(h) for h in dict.fromkeys(hex_ids)]
    return list(session.scalars(select(Enterprise).where(Enterprise.id.in_(ids))))


def _rank(
    ent: Enterprise, norm: str, gapped: re.Pattern[str] | None
) -> tuple[tuple[Any, ...], Hit] | None:
    name = normalize(ent.name)
    tail = (len(name), ent.name)
    if name == norm:
        return (1, 0, *tail), Hit(ent, "name")
    pos = name.find(norm)
    if pos >= 0:
        return (2 if pos == 0 else 3, pos, *tail), Hit(ent, "name")
    abbrev = initials(ent.name)
    pos = abbrev.find(norm)
    if pos >= 0:
        return (4 if pos == 0 else 5, pos, *tail), Hit(ent, "initials")
    if gapped is not None:
        if gapped.search(name):
            return (6, 0, *tail), Hit(ent, "name")
        if gapped.search(abbrev):
            return (7, 0, *tail), Hit(ent, "initials")
    return None


def rebuild_index(connection: Connection) -> int:
    """Re-derive the whole index from the enterprises table (after a bulk load or repair)."""
    connection.execute(text("DELETE FROM enterprise_search"))
    rows = connection.execute(text("SELECT id, name FROM enterprises")).fetchall()
    index_rows(connection, ((uuid.UUID(r[0]), r[1]) for r in rows))
    return len(rows)
