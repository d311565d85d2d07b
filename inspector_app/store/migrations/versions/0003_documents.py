"""documents: snapshot, pdf bytes and hash

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-23 19:40:25.260269
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: Sequence[str] | None = None
depends_on: Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "documents",
        sa.Column("kind", sa.String(length=40), nullable=False),
        sa.Column("inspection_id", sa.Uuid(), nullable=True),
        sa.Column("number", sa.String(length=60), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("supersedes_id", sa.Uuid(), nullable=True),
        sa.Column("snapshot", sa.JSON(), nullable=False),
        sa.Column("renderer", sa.String(length=60), nullable=False),
        sa.Column("pdf", sa.LargeBinary(), nullable=False),
        sa.Column("pdf_sha256", sa.String(length=64), nullable=False),
        sa.Column("generated_at", sa.DateTime(), nullable=False),
        sa.Column("generated_by", sa.Uuid(), nullable=True),
        sa.Column("late_reason", sa.Text(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.ForeignKeyConstraint(
            ["generated_by"], ["officers.id"], name=op.f("fk_documents_generated_by_officers")
        ),
        sa.ForeignKeyConstraint(
            ["inspection_id"],
            ["inspections.id"],
            name=op.f("fk_documents_inspection_id_inspections"),
        ),
        sa.ForeignKeyConstraint(
            ["supersedes_id"], ["documents.id"], name=op.f("fk_documents_supersedes_id_documents")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_documents")),
    )
    with op.batch_alter_table("documents", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_documents_inspection_id"), ["inspection_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_documents_kind"), ["kind"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("documents", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_documents_kind"))
        batch_op.drop_index(batch_op.f("ix_documents_inspection_id"))
    op.drop_table("documents")
