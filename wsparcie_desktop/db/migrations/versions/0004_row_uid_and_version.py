"""every user row gets a stable uid and a version raised by each save

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-23

A save names the version its form read and is refused when the row has moved on since (two programs on one
file no longer overwrite each other); the uid names a row across files and stores. Existing rows get distinct
random uids and version 1. Pure link tables (a pair of keys, only inserted and deleted) get the uid alone.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

# The tables as they are at this revision (not read from the models, which move on).
VERSIONED = (
    "jst", "person", "school", "advisory_process", "wizard_progress", "sheet_respondent", "sheet_answer",
    "sheet_area_rating", "data_task", "diagnosis_participant", "current_state", "target_state", "cause",
    "development_gap", "development_goal", "indicator", "hdr", "hdr_activity", "activity_partner", "hdr_baseline",
    "hdr_baseline_activity", "meeting", "meeting_participant", "remote_advice", "process_support", "rpw_item",
    "network", "network_member", "fund_year", "fund_allocation", "attachment",
)  # fmt: skip
LINKS = ("process_advisor", "gap_cause", "activity_goal", "activity_indicator")

# A random (version 4) UUID as 8-4-4-4-12 lowercase hex, computed for each row by SQLite itself.
_SQLITE_UUID4 = (
    "lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' || substr(lower(hex(randomblob(2))), 2)"
    " || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(lower(hex(randomblob(2))), 2)"
    " || '-' || lower(hex(randomblob(6)))"
)


def _uuid_sql() -> str:
    dialect = op.get_bind().dialect.name
    if dialect == "sqlite":
        return _SQLITE_UUID4
    if dialect == "postgresql":
        return "gen_random_uuid()::text"
    raise NotImplementedError(f"no UUID function known for {dialect}")


def upgrade() -> None:
    uuid_sql = _uuid_sql()
    for table in VERSIONED + LINKS:
        op.add_column(table, sa.Column("uid", sa.String(length=36), nullable=True))
        if table in VERSIONED:
            op.add_column(table, sa.Column("version", sa.Integer(), server_default=sa.text("1"), nullable=False))
        op.execute(f"UPDATE {table} SET uid = {uuid_sql}")
        # SQLite cannot make a column NOT NULL in place: batch mode re-creates the table (foreign keys are off).
        with op.batch_alter_table(table) as batch:
            batch.alter_column("uid", existing_type=sa.String(length=36), nullable=False)
            batch.create_index(f"ix_{table}_uid", ["uid"], unique=True)


def downgrade() -> None:
    for table in reversed(VERSIONED + LINKS):
        with op.batch_alter_table(table) as batch:
            batch.drop_index(f"ix_{table}_uid")
            if table in VERSIONED:
                batch.drop_column("version")
            batch.drop_column("uid")
