"""mark an area choice made on answers that were changed afterwards

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-22
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Answers changed after the area was chosen, and the team kept its choice: results show it rests on older answers.
    with op.batch_alter_table("advisory_process") as batch:
        batch.add_column(sa.Column("choice_outdated", sa.Boolean(), nullable=False, server_default=sa.false()))


def downgrade() -> None:
    with op.batch_alter_table("advisory_process") as batch:
        batch.drop_column("choice_outdated")
