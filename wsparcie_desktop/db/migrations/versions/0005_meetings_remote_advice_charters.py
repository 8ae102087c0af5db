"""meetings: days' agendas, leaders, attendance per day, decisions, agreed tasks; co-operation rules and the
code of ethics with their agreed versions; what was agreed in remote advice; the monthly allowance setting

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-01

New tables only (and one column with a default), so every existing row stays as it was. The remote advice
allowance (60 minutes per advisor per month in the model) is a setting, not a constant.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

setting = sa.table("setting", sa.column("key", sa.String), sa.column("value", sa.Text))


def upgrade() -> None:
    op.create_table(
        "process_charter",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("process_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=10), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("version", sa.Integer(), server_default=sa.text("1"), nullable=False),
        sa.Column("uid", sa.String(length=36), nullable=False),
        sa.CheckConstraint("kind IN ('rules', 'ethics')", name=op.f("ck_process_charter_kind")),
        sa.ForeignKeyConstraint(
            ["process_id"],
            ["advisory_process.id"],
            name=op.f("fk_process_charter_process_id_advisory_process"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_process_charter")),
        sa.UniqueConstraint("process_id", "kind", name=op.f("uq_process_charter_process_id")),
    )
    with op.batch_alter_table("process_charter", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_process_charter_uid"), ["uid"], unique=True)

    op.create_table(
        "charter_agreement",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("charter_id", sa.Integer(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("agreed_on", sa.Date(), nullable=False),
        sa.Column("meeting_id", sa.Integer(), nullable=True),
        sa.Column("version", sa.Integer(), server_default=sa.text("1"), nullable=False),
        sa.Column("uid", sa.String(length=36), nullable=False),
        sa.ForeignKeyConstraint(
            ["charter_id"],
            ["process_charter.id"],
            name=op.f("fk_charter_agreement_charter_id_process_charter"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["meeting_id"], ["meeting.id"], name=op.f("fk_charter_agreement_meeting_id_meeting"), ondelete="SET NULL"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_charter_agreement")),
    )
    with op.batch_alter_table("charter_agreement", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_charter_agreement_charter_id"), ["charter_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_charter_agreement_uid"), ["uid"], unique=True)

    op.create_table(
        "meeting_agenda_item",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("meeting_id", sa.Integer(), nullable=False),
        sa.Column("day", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("starts_at", sa.String(length=5), nullable=False),
        sa.Column("ends_at", sa.String(length=5), nullable=False),
        sa.Column("topic", sa.Text(), nullable=False),
        sa.Column("leader", sa.String(length=200), nullable=False),
        sa.Column("discussion", sa.Text(), nullable=False),
        sa.Column("version", sa.Integer(), server_default=sa.text("1"), nullable=False),
        sa.Column("uid", sa.String(length=36), nullable=False),
        sa.CheckConstraint("day BETWEEN 1 AND 3", name=op.f("ck_meeting_agenda_item_day")),
        sa.CheckConstraint("length(trim(topic)) > 0", name=op.f("ck_meeting_agenda_item_topic_not_blank")),
        sa.ForeignKeyConstraint(
            ["meeting_id"], ["meeting.id"], name=op.f("fk_meeting_agenda_item_meeting_id_meeting"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_meeting_agenda_item")),
    )
    with op.batch_alter_table("meeting_agenda_item", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_meeting_agenda_item_meeting_id"), ["meeting_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_meeting_agenda_item_uid"), ["uid"], unique=True)

    op.create_table(
        "meeting_decision",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("meeting_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("version", sa.Integer(), server_default=sa.text("1"), nullable=False),
        sa.Column("uid", sa.String(length=36), nullable=False),
        sa.CheckConstraint("length(trim(text)) > 0", name=op.f("ck_meeting_decision_text_not_blank")),
        sa.ForeignKeyConstraint(
            ["meeting_id"], ["meeting.id"], name=op.f("fk_meeting_decision_meeting_id_meeting"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_meeting_decision")),
    )
    with op.batch_alter_table("meeting_decision", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_meeting_decision_meeting_id"), ["meeting_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_meeting_decision_uid"), ["uid"], unique=True)

    op.create_table(
        "meeting_leader",
        sa.Column("meeting_id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("uid", sa.String(length=36), nullable=False),
        sa.ForeignKeyConstraint(
            ["meeting_id"], ["meeting.id"], name=op.f("fk_meeting_leader_meeting_id_meeting"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["person_id"], ["person.id"], name=op.f("fk_meeting_leader_person_id_person"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("meeting_id", "person_id", name=op.f("pk_meeting_leader")),
    )
    with op.batch_alter_table("meeting_leader", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_meeting_leader_uid"), ["uid"], unique=True)

    op.create_table(
        "meeting_attendance",
        sa.Column("participant_id", sa.Integer(), nullable=False),
        sa.Column("day_on", sa.Date(), nullable=False),
        sa.Column("uid", sa.String(length=36), nullable=False),
        sa.ForeignKeyConstraint(
            ["participant_id"],
            ["meeting_participant.id"],
            name=op.f("fk_meeting_attendance_participant_id_meeting_participant"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("participant_id", "day_on", name=op.f("pk_meeting_attendance")),
    )
    with op.batch_alter_table("meeting_attendance", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_meeting_attendance_uid"), ["uid"], unique=True)

    op.create_table(
        "meeting_task",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("meeting_id", sa.Integer(), nullable=False),
        sa.Column("what", sa.Text(), nullable=False),
        sa.Column("who", sa.String(length=200), nullable=False),
        sa.Column("due_on", sa.Date(), nullable=True),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("data_task_id", sa.Integer(), nullable=True),
        sa.Column("hdr_activity_id", sa.Integer(), nullable=True),
        sa.Column("version", sa.Integer(), server_default=sa.text("1"), nullable=False),
        sa.Column("uid", sa.String(length=36), nullable=False),
        sa.CheckConstraint(
            "status IN ('planned', 'in_progress', 'done', 'cancelled')", name=op.f("ck_meeting_task_status")
        ),
        sa.CheckConstraint("length(trim(what)) > 0", name=op.f("ck_meeting_task_what_not_blank")),
        sa.ForeignKeyConstraint(
            ["data_task_id"], ["data_task.id"], name=op.f("fk_meeting_task_data_task_id_data_task"), ondelete="SET NULL"
        ),
        sa.ForeignKeyConstraint(
            ["hdr_activity_id"],
            ["hdr_activity.id"],
            name=op.f("fk_meeting_task_hdr_activity_id_hdr_activity"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["meeting_id"], ["meeting.id"], name=op.f("fk_meeting_task_meeting_id_meeting"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_meeting_task")),
    )
    with op.batch_alter_table("meeting_task", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_meeting_task_meeting_id"), ["meeting_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_meeting_task_uid"), ["uid"], unique=True)

    op.add_column("remote_advice", sa.Column("agreed", sa.Text(), server_default="", nullable=False))
    op.bulk_insert(setting, [{"key": "remote_advice_minutes_per_month", "value": "60"}])


def downgrade() -> None:
    op.execute("DELETE FROM setting WHERE key = 'remote_advice_minutes_per_month'")
    with op.batch_alter_table("remote_advice", schema=None) as batch_op:
        batch_op.drop_column("agreed")

    with op.batch_alter_table("meeting_task", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_meeting_task_uid"))
        batch_op.drop_index(batch_op.f("ix_meeting_task_meeting_id"))

    op.drop_table("meeting_task")
    with op.batch_alter_table("meeting_attendance", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_meeting_attendance_uid"))

    op.drop_table("meeting_attendance")
    with op.batch_alter_table("meeting_leader", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_meeting_leader_uid"))

    op.drop_table("meeting_leader")
    with op.batch_alter_table("meeting_decision", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_meeting_decision_uid"))
        batch_op.drop_index(batch_op.f("ix_meeting_decision_meeting_id"))

    op.drop_table("meeting_decision")
    with op.batch_alter_table("meeting_agenda_item", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_meeting_agenda_item_uid"))
        batch_op.drop_index(batch_op.f("ix_meeting_agenda_item_meeting_id"))

    op.drop_table("meeting_agenda_item")
    with op.batch_alter_table("charter_agreement", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_charter_agreement_uid"))
        batch_op.drop_index(batch_op.f("ix_charter_agreement_charter_id"))

    op.drop_table("charter_agreement")
    with op.batch_alter_table("process_charter", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_process_charter_uid"))

    op.drop_table("process_charter")
