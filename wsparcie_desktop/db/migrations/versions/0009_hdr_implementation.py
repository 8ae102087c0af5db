"""carrying out the HDR: activity actuals, indicator measurements, the ORE report, monitoring notes

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-01

New tables only, and one nullable column on attachment (a file of evidence for an activity): every existing
row stays as it was. The attachment table is re-created in batch mode (SQLite cannot add a foreign key in
place); migrations run with foreign keys off, so nothing cascades.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None

FINANCING = "('budzet_jst', 'fundusz_doskonalenia', 'fundusze_ue', 'bez_kosztow', 'inne')"


def _row_identity() -> list[sa.Column]:
    return [
        sa.Column("version", sa.Integer(), server_default=sa.text("1"), nullable=False),
        sa.Column("uid", sa.String(length=36), nullable=False),
    ]


def _uid_index(table: str) -> None:
    op.create_index(op.f(f"ix_{table}_uid"), table, ["uid"], unique=True)


def upgrade() -> None:
    op.create_table(
        "activity_progress",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("activity_id", sa.Integer(), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("actual_start", sa.Date(), nullable=True),
        sa.Column("actual_end", sa.Date(), nullable=True),
        sa.Column("actual_cost", sa.Numeric(precision=14, scale=2), nullable=True),
        sa.Column("actual_financing", sa.String(length=30), nullable=True),
        sa.Column("result", sa.Text(), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        *_row_identity(),
        sa.CheckConstraint(
            f"actual_financing IS NULL OR actual_financing IN {FINANCING}", name=op.f("ck_activity_progress_financing")
        ),  # fmt: skip
        sa.CheckConstraint(
            "status <> 'cancelled' OR length(trim(reason)) > 0", name=op.f("ck_activity_progress_cancelled_has_reason")
        ),  # fmt: skip
        sa.CheckConstraint(
            "status <> 'done' OR actual_end IS NOT NULL", name=op.f("ck_activity_progress_done_has_end")
        ),
        sa.CheckConstraint(
            "status IN ('planned', 'in_progress', 'done', 'delayed', 'cancelled', 'moved')",
            name=op.f("ck_activity_progress_status"),
        ),  # fmt: skip
        sa.CheckConstraint("actual_cost IS NULL OR actual_cost >= 0", name=op.f("ck_activity_progress_cost")),
        sa.CheckConstraint(
            "actual_start IS NULL OR actual_end IS NULL OR actual_end >= actual_start",
            name=op.f("ck_activity_progress_dates"),
        ),  # fmt: skip
        sa.ForeignKeyConstraint(
            ["activity_id"],
            ["hdr_activity.id"],
            name=op.f("fk_activity_progress_activity_id_hdr_activity"),
            ondelete="CASCADE",
        ),  # fmt: skip
        sa.PrimaryKeyConstraint("id", name=op.f("pk_activity_progress")),
        sa.UniqueConstraint("activity_id", name=op.f("uq_activity_progress_activity_id")),
    )
    _uid_index("activity_progress")

    op.create_table(
        "indicator_measurement",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("indicator_id", sa.Integer(), nullable=False),
        sa.Column("measured_on", sa.Date(), nullable=False),
        sa.Column("value", sa.Numeric(precision=14, scale=4), nullable=False),
        sa.Column("source", sa.String(length=300), nullable=False),
        sa.Column("measured_by", sa.String(length=200), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        *_row_identity(),
        sa.ForeignKeyConstraint(
            ["indicator_id"],
            ["indicator.id"],
            name=op.f("fk_indicator_measurement_indicator_id_indicator"),
            ondelete="CASCADE",
        ),  # fmt: skip
        sa.PrimaryKeyConstraint("id", name=op.f("pk_indicator_measurement")),
    )
    op.create_index("ix_indicator_measurement_indicator_date", "indicator_measurement", ["indicator_id", "measured_on"])
    _uid_index("indicator_measurement")

    op.create_table(
        "ore_report",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("hdr_id", sa.Integer(), nullable=False),
        sa.Column("form_code", sa.String(length=40), nullable=False),
        sa.Column("title", sa.String(length=300), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("sent_on", sa.Date(), nullable=True),
        *_row_identity(),
        sa.CheckConstraint("status IN ('draft', 'ready', 'sent')", name=op.f("ck_ore_report_status")),
        sa.ForeignKeyConstraint(
            ["form_code"], ["ore_report_form.code"], name=op.f("fk_ore_report_form_code_ore_report_form")
        ),  # fmt: skip
        sa.ForeignKeyConstraint(["hdr_id"], ["hdr.id"], name=op.f("fk_ore_report_hdr_id_hdr"), ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_ore_report")),
        sa.UniqueConstraint("hdr_id", name=op.f("uq_ore_report_hdr_id")),
    )
    _uid_index("ore_report")

    op.create_table(
        "ore_report_section",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("report_id", sa.Integer(), nullable=False),
        sa.Column("key", sa.String(length=60), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        *_row_identity(),
        sa.ForeignKeyConstraint(
            ["report_id"],
            ["ore_report.id"],
            name=op.f("fk_ore_report_section_report_id_ore_report"),
            ondelete="CASCADE",
        ),  # fmt: skip
        sa.PrimaryKeyConstraint("id", name=op.f("pk_ore_report_section")),
        sa.UniqueConstraint("report_id", "key", name=op.f("uq_ore_report_section_report_id")),
    )
    _uid_index("ore_report_section")

    op.create_table(
        "hdr_monitoring",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("hdr_id", sa.Integer(), nullable=False),
        sa.Column("conclusions", sa.Text(), nullable=False),
        sa.Column("recommendations", sa.Text(), nullable=False),
        *_row_identity(),
        sa.ForeignKeyConstraint(["hdr_id"], ["hdr.id"], name=op.f("fk_hdr_monitoring_hdr_id_hdr"), ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_hdr_monitoring")),
        sa.UniqueConstraint("hdr_id", name=op.f("uq_hdr_monitoring_hdr_id")),
    )
    _uid_index("hdr_monitoring")

    with op.batch_alter_table("attachment") as batch:
        batch.add_column(sa.Column("activity_id", sa.Integer(), nullable=True))
        batch.create_foreign_key(batch.f("fk_attachment_activity_id_hdr_activity"), "hdr_activity", ["activity_id"],
                                 ["id"], ondelete="CASCADE")  # fmt: skip


def downgrade() -> None:
    with op.batch_alter_table("attachment") as batch:
        batch.drop_constraint("fk_attachment_activity_id_hdr_activity", type_="foreignkey")
        batch.drop_column("activity_id")
    for table in ("hdr_monitoring", "ore_report_section", "ore_report", "indicator_measurement", "activity_progress"):
        op.drop_index(op.f(f"ix_{table}_uid"), table_name=table)
        if table == "indicator_measurement":
            op.drop_index("ix_indicator_measurement_indicator_date", table_name=table)
        op.drop_table(table)
