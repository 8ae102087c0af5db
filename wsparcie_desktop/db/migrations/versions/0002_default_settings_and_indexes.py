"""default settings and lookup indexes

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-21
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

setting = sa.table("setting", sa.column("key", sa.String), sa.column("value", sa.Text))


def upgrade() -> None:
    # Karta Nauczyciela art. 70a: 0.8% of planned teachers' salaries (older rules said 1%); a setting, not a constant.
    op.bulk_insert(setting, [{"key": "fund_rate_percent", "value": "0.8"}])
    op.create_index("ix_school_jst_name", "school", ["jst_id", "name"])
    op.create_index("ix_hdr_activity_dates", "hdr_activity", ["hdr_id", "starts_on", "ends_on"])
    op.create_index("ix_sheet_answer_statement", "sheet_answer", ["statement_id"])


def downgrade() -> None:
    op.drop_index("ix_sheet_answer_statement", table_name="sheet_answer")
    op.drop_index("ix_hdr_activity_dates", table_name="hdr_activity")
    op.drop_index("ix_school_jst_name", table_name="school")
    op.execute("DELETE FROM setting WHERE key = 'fund_rate_percent'")
