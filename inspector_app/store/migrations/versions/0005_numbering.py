"""number blocks, issued numbers, void documents

Existing documents get voided = false and an empty reason (server defaults), so an officer's
database upgrades with its documents intact.

Revision ID: 0005
Revises: 0003
Create Date: 2026-11-24 12:13:31.597313
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0005"
down_revision: str | None = "0003"
branch_labels: Sequence[str] | None = None
depends_on: Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "number_blocks",
        sa.Column("agency_id", sa.Uuid(), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=40), nullable=False),
        sa.Column("first_seq", sa.Integer(), nullable=False),
        sa.Column("last_seq", sa.Integer(), nullable=False),
        sa.Column("next_seq", sa.Integer(), nullable=False),
        sa.Column("source", sa.String(length=20), nullable=False),
        sa.Column("device_id", sa.String(length=64), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.CheckConstraint(
            "first_seq >= 1 AND last_seq >= first_seq", name=op.f("ck_number_blocks_range")
        ),
        sa.CheckConstraint(
            "next_seq >= first_seq AND next_seq <= last_seq + 1", name=op.f("ck_number_blocks_next")
        ),
        sa.ForeignKeyConstraint(
            ["agency_id"], ["agencies.id"], name=op.f("fk_number_blocks_agency_id_agencies")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_number_blocks")),
    )
    with op.batch_alter_table("number_blocks", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_number_blocks_agency_id"), ["agency_id"], unique=False)

    op.create_table(
        "issued_numbers",
        sa.Column("agency_id", sa.Uuid(), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=40), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("number", sa.String(length=60), nullable=False),
        sa.Column("document_type", sa.String(length=40), nullable=False),
        sa.Column("block_id", sa.Uuid(), nullable=False),
        sa.Column("document_id", sa.Uuid(), nullable=True),
        sa.Column("drawn_at", sa.DateTime(), nullable=False),
        sa.Column("drawn_by", sa.Uuid(), nullable=True),
        sa.Column("voided", sa.Boolean(), nullable=False),
        sa.Column("void_reason", sa.Text(), nullable=False),
        sa.Column("voided_at", sa.DateTime(), nullable=True),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.ForeignKeyConstraint(
            ["agency_id"], ["agencies.id"], name=op.f("fk_issued_numbers_agency_id_agencies")
        ),
        sa.ForeignKeyConstraint(
            ["block_id"],
            ["number_blocks.id"],
            name=op.f("fk_issued_numbers_block_id_number_blocks"),
        ),
        sa.ForeignKeyConstraint(
            ["document_id"], ["documents.id"], name=op.f("fk_issued_numbers_document_id_documents")
        ),
        sa.ForeignKeyConstraint(
            ["drawn_by"], ["officers.id"], name=op.f("fk_issued_numbers_drawn_by_officers")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_issued_numbers")),
        sa.UniqueConstraint(
            "agency_id", "year", "kind", "seq", name=op.f("uq_issued_numbers_agency_id")
        ),
        sa.UniqueConstraint("number", name=op.f("uq_issued_numbers_number")),
    )
    with op.batch_alter_table("documents", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("voided", sa.Boolean(), nullable=False, server_default=sa.false())
        )
        batch_op.add_column(sa.Column("void_reason", sa.Text(), nullable=False, server_default=""))
        batch_op.add_column(sa.Column("voided_at", sa.DateTime(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("documents", schema=None) as batch_op:
        batch_op.drop_column("voided_at")
        batch_op.drop_column("void_reason")
        batch_op.drop_column("voided")

    op.drop_table("issued_numbers")
    with op.batch_alter_table("number_blocks", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_number_blocks_agency_id"))

    op.drop_table("number_blocks")
