"""enterprise search index: name bigrams and pinyin initials in FTS5

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-23

The index lives in its own table (``enterprise_search``) with an integer rowid that an FTS5
external-content table points to; plain SQL triggers keep FTS5 in step with it, so no custom
SQL function is needed by anyone who opens the file.  Existing enterprises are indexed here.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from inspector_app.store.search_tokens import index_tokens, initials

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: Sequence[str] | None = None
depends_on: Sequence[str] | None = None

STATEMENTS = [
    """CREATE TABLE enterprise_search (
        rowid INTEGER PRIMARY KEY,
        enterprise_id CHAR(32) NOT NULL UNIQUE,
        name_tokens TEXT NOT NULL,
        initials TEXT NOT NULL,
        initials_tokens TEXT NOT NULL
    )""",
    """CREATE VIRTUAL TABLE enterprise_fts USING fts5(
        name_tokens, initials_tokens,
        content='enterprise_search', content_rowid='rowid',
        tokenize='unicode61 remove_diacritics 0'
    )""",
    """CREATE TRIGGER enterprise_search_ai AFTER INSERT ON enterprise_search BEGIN
        INSERT INTO enterprise_fts(rowid, name_tokens, initials_tokens)
        VALUES (new.rowid, new.name_tokens, new.initials_tokens);
    END""",
    """CREATE TRIGGER enterprise_search_ad AFTER DELETE ON enterprise_search BEGIN
        INSERT INTO enterprise_fts(enterprise_fts, rowid, name_tokens, initials_tokens)
        VALUES ('delete', old.rowid, old.name_tokens, old.initials_tokens);
    END""",
    """CREATE TRIGGER enterprise_search_au AFTER UPDATE ON enterprise_search BEGIN
        INSERT INTO enterprise_fts(enterprise_fts, rowid, name_tokens, initials_tokens)
        VALUES ('delete', old.rowid, old.name_tokens, old.initials_tokens);
        INSERT INTO enterprise_fts(rowid, name_tokens, initials_tokens)
        VALUES (new.rowid, new.name_tokens, new.initials_tokens);
    END""",
]


def upgrade() -> None:
    for statement in STATEMENTS:
        op.execute(statement)
    bind = op.get_bind()
    rows = bind.execute(sa.text("SELECT id, name FROM enterprises")).fetchall()
    if rows:
        bind.execute(
            sa.text(
                "INSERT INTO enterprise_search"
                "(enterprise_id, name_tokens, initials, initials_tokens)"
                " VALUES (:id, :n, :i, :it)"
            ),
            [
                {
                    "id": r[0],
                    "n": index_tokens(r[1]),
                    "i": initials(r[1]),
                    "it": index_tokens(initials(r[1])),
                }
                for r in rows
            ],
        )


def downgrade() -> None:
    for name in ("enterprise_search_au", "enterprise_search_ad", "enterprise_search_ai"):
        op.execute(f"DROP TRIGGER {name}")
    op.execute("DROP TABLE enterprise_fts")
    op.execute("DROP TABLE enterprise_search")
