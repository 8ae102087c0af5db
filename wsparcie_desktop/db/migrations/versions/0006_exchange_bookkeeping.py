"""the exchange file's bookkeeping: tombstones of deleted rows, peers and their keys, merge bases, lost versions

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-01

Nothing existing changes; four new tables that belong to no JST (they never travel as rows).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "exchange_tombstone",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("table_name", sa.String(length=80), nullable=False),
        sa.Column("row_key", sa.String(length=200), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), server_default=sa.func.current_timestamp(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_exchange_tombstone")),
    )
    op.create_index(op.f("ix_exchange_tombstone_row_key"), "exchange_tombstone", ["row_key"], unique=False)
    op.create_table(
        "exchange_peer",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("installation_id", sa.String(length=36), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("public_key", sa.String(length=64), nullable=False),
        sa.Column("fingerprint", sa.String(length=40), nullable=False),
        sa.Column("first_seen_at", sa.DateTime(), nullable=False),
        sa.Column("last_import_at", sa.DateTime(), nullable=True),
        sa.Column("last_file_made_at", sa.DateTime(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_exchange_peer")),
        sa.UniqueConstraint("installation_id", name=op.f("uq_exchange_peer_installation_id")),
    )
    op.create_table(
        "exchange_base",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("peer_id", sa.Integer(), nullable=False),
        sa.Column("row_key", sa.String(length=200), nullable=False),
        sa.Column("row_hash", sa.String(length=64), nullable=False),
        sa.Column("my_mark", sa.BigInteger(), nullable=False),
        sa.Column("their_mark", sa.BigInteger(), nullable=False),
        sa.ForeignKeyConstraint(
            ["peer_id"], ["exchange_peer.id"], name=op.f("fk_exchange_base_peer_id_exchange_peer"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_exchange_base")),
        sa.UniqueConstraint("peer_id", "row_key", name=op.f("uq_exchange_base_peer_id")),
    )
    op.create_table(
        "exchange_history",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("jst_uid", sa.String(length=36), nullable=False),
        sa.Column("table_name", sa.String(length=80), nullable=False),
        sa.Column("row_key", sa.String(length=200), nullable=False),
        sa.Column("label", sa.Text(), nullable=False),
        sa.Column("kept", sa.String(length=10), nullable=False),
        sa.Column("lost", sa.Text(), nullable=False),
        sa.Column("kept_version", sa.Text(), nullable=False),
        sa.Column("peer_name", sa.String(length=200), nullable=False),
        sa.Column("decided_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint("kept IN ('mine', 'theirs')", name=op.f("ck_exchange_history_kept")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_exchange_history")),
    )
    op.create_index(op.f("ix_exchange_history_jst_uid"), "exchange_history", ["jst_uid"], unique=False)


def downgrade() -> None:
    op.drop_index(op.f("ix_exchange_history_jst_uid"), table_name="exchange_history")
    op.drop_table("exchange_history")
    op.drop_table("exchange_base")
    op.drop_table("exchange_peer")
    op.drop_index(op.f("ix_exchange_tombstone_row_key"), table_name="exchange_tombstone")
    op.drop_table("exchange_tombstone")
