"""an index on activity_partner.activity_id

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-01

Reading a plan's partners searched the whole activity_partner table; with the index it looks up each
activity's rows. An index only: no row changes.
"""

from __future__ import annotations

from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_activity_partner_activity", "activity_partner", ["activity_id"])


def downgrade() -> None:
    op.drop_index("ix_activity_partner_activity", table_name="activity_partner")
