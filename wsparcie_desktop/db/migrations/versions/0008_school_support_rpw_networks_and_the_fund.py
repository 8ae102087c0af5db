"""school process support with its steps and RPW copy, networks' meetings, the fund's rate history

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-01

Process support gets the course before the four steps, the RPW's description and approval, the evaluation
and its report; the four steps and the copy of the RPW frozen at the director's approval get tables of their
own. Networks get meetings with attendance and dated memberships. The fund gets the rate's history (1 % until
2017, 0,8 % by art. 70a ust. 1 KN since 2018), salaries per school, the unions' opinion, and allocations by
category tied to an HDR activity. The RPW's forms gain "warsztat". Existing rows keep their values.
"""

from __future__ import annotations

import uuid

import sqlalchemy as sa
from alembic import op

RPW_FORMS = (
    "szkolenie", "warsztat", "kurs_online", "zadanie_indywidualne", "obserwacja_lekcji", "obserwacja_kolezenska",
    "wizyta_studyjna", "konsultacje", "spotkanie_ewaluacyjne", "inna",
)  # fmt: skip
OLD_RPW_FORMS = tuple(form for form in RPW_FORMS if form != "warsztat")
RATES = (
    (2000, "1.000", "Karta Nauczyciela, art. 70a ust. 1 w brzmieniu obowiązującym do 31 grudnia 2017 r. (1 %)"),
    (2018, "0.800", "Karta Nauczyciela, art. 70a ust. 1 (0,8 % planowanych rocznych środków na wynagrodzenia "
                    "osobowe nauczycieli)"),
)  # fmt: skip


def _forms_check(forms: tuple[str, ...]) -> str:
    return "form IN (" + ", ".join(f"'{form}'" for form in forms) + ")"


revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "fund_rate",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("from_year", sa.Integer(), nullable=False),
        sa.Column("rate_percent", sa.Numeric(precision=5, scale=3), nullable=False),
        sa.Column("basis", sa.Text(), nullable=False),
        sa.Column("version", sa.Integer(), server_default=sa.text("1"), nullable=False),
        sa.Column("uid", sa.String(length=36), nullable=False),
        sa.CheckConstraint("from_year BETWEEN 2000 AND 2100", name=op.f("ck_fund_rate_from_year")),
        sa.CheckConstraint("rate_percent >= 0 AND rate_percent <= 10", name=op.f("ck_fund_rate_rate_percent")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_fund_rate")),
        sa.UniqueConstraint("from_year", name=op.f("uq_fund_rate_from_year")),
    )
    with op.batch_alter_table("fund_rate", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_fund_rate_uid"), ["uid"], unique=True)

    op.create_table(
        "fund_school_salary",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("fund_year_id", sa.Integer(), nullable=False),
        sa.Column("school_id", sa.Integer(), nullable=False),
        sa.Column("amount", sa.Numeric(precision=14, scale=2), nullable=False),
        sa.Column("version", sa.Integer(), server_default=sa.text("1"), nullable=False),
        sa.Column("uid", sa.String(length=36), nullable=False),
        sa.CheckConstraint("amount >= 0", name=op.f("ck_fund_school_salary_amount")),
        sa.ForeignKeyConstraint(
            ["fund_year_id"],
            ["fund_year.id"],
            name=op.f("fk_fund_school_salary_fund_year_id_fund_year"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["school_id"], ["school.id"], name=op.f("fk_fund_school_salary_school_id_school"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_fund_school_salary")),
        sa.UniqueConstraint("fund_year_id", "school_id", name=op.f("uq_fund_school_salary_fund_year_id")),
    )
    with op.batch_alter_table("fund_school_salary", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_fund_school_salary_uid"), ["uid"], unique=True)

    op.create_table(
        "network_meeting",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("network_id", sa.Integer(), nullable=False),
        sa.Column("held_on", sa.Date(), nullable=False),
        sa.Column("topic", sa.Text(), nullable=False),
        sa.Column("expert", sa.String(length=300), nullable=False),
        sa.Column("form", sa.String(length=30), nullable=False),
        sa.Column("held", sa.Boolean(), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("version", sa.Integer(), server_default=sa.text("1"), nullable=False),
        sa.Column("uid", sa.String(length=36), nullable=False),
        sa.CheckConstraint(
            "form IN ('samoksztalcenie', 'wymiana_doswiadczen', 'rozwiazywanie_problemow', 'wyklad', 'warsztat', 'obserwacja_lekcji')",
            name=op.f("ck_network_meeting_form"),
        ),
        sa.CheckConstraint("length(trim(topic)) > 0", name=op.f("ck_network_meeting_topic_not_blank")),
        sa.ForeignKeyConstraint(
            ["network_id"], ["network.id"], name=op.f("fk_network_meeting_network_id_network"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_network_meeting")),
    )
    with op.batch_alter_table("network_meeting", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_network_meeting_network_id"), ["network_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_network_meeting_uid"), ["uid"], unique=True)

    op.create_table(
        "network_attendance",
        sa.Column("meeting_id", sa.Integer(), nullable=False),
        sa.Column("member_id", sa.Integer(), nullable=False),
        sa.Column("uid", sa.String(length=36), nullable=False),
        sa.ForeignKeyConstraint(
            ["meeting_id"],
            ["network_meeting.id"],
            name=op.f("fk_network_attendance_meeting_id_network_meeting"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["member_id"],
            ["network_member.id"],
            name=op.f("fk_network_attendance_member_id_network_member"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("meeting_id", "member_id", name=op.f("pk_network_attendance")),
    )
    with op.batch_alter_table("network_attendance", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_network_attendance_uid"), ["uid"], unique=True)

    op.create_table(
        "rpw_baseline_item",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("support_id", sa.Integer(), nullable=False),
        sa.Column("item_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("activity", sa.Text(), nullable=False),
        sa.Column("form", sa.String(length=30), nullable=False),
        sa.Column("starts_on", sa.Date(), nullable=True),
        sa.Column("ends_on", sa.Date(), nullable=True),
        sa.Column("responsible", sa.String(length=200), nullable=False),
        sa.Column("indicator", sa.Text(), nullable=False),
        sa.Column("version", sa.Integer(), server_default=sa.text("1"), nullable=False),
        sa.Column("uid", sa.String(length=36), nullable=False),
        sa.ForeignKeyConstraint(
            ["support_id"],
            ["process_support.id"],
            name=op.f("fk_rpw_baseline_item_support_id_process_support"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_rpw_baseline_item")),
        sa.UniqueConstraint("support_id", "item_id", name=op.f("uq_rpw_baseline_item_support_id")),
    )
    with op.batch_alter_table("rpw_baseline_item", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_rpw_baseline_item_support_id"), ["support_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_rpw_baseline_item_uid"), ["uid"], unique=True)

    op.create_table(
        "support_step",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("support_id", sa.Integer(), nullable=False),
        sa.Column("number", sa.Integer(), nullable=False),
        sa.Column("starts_on", sa.Date(), nullable=True),
        sa.Column("ends_on", sa.Date(), nullable=True),
        sa.Column("state", sa.String(length=20), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("version", sa.Integer(), server_default=sa.text("1"), nullable=False),
        sa.Column("uid", sa.String(length=36), nullable=False),
        sa.CheckConstraint("state IN ('planned', 'in_progress', 'done')", name=op.f("ck_support_step_state")),
        sa.CheckConstraint("number BETWEEN 1 AND 4", name=op.f("ck_support_step_number")),
        sa.CheckConstraint(
            "starts_on IS NULL OR ends_on IS NULL OR ends_on >= starts_on", name=op.f("ck_support_step_dates")
        ),
        sa.ForeignKeyConstraint(
            ["support_id"],
            ["process_support.id"],
            name=op.f("fk_support_step_support_id_process_support"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_support_step")),
        sa.UniqueConstraint("support_id", "number", name=op.f("uq_support_step_support_id")),
    )
    with op.batch_alter_table("support_step", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_support_step_uid"), ["uid"], unique=True)

    with op.batch_alter_table("advisory_process", schema=None) as batch_op:
        batch_op.add_column(sa.Column("declared_support_schools", sa.Integer(), nullable=True))

    with op.batch_alter_table("fund_allocation", schema=None) as batch_op:
        batch_op.add_column(sa.Column("category", sa.String(length=20), server_default="other", nullable=False))
        batch_op.add_column(sa.Column("hdr_activity_id", sa.Integer(), nullable=True))
        batch_op.create_foreign_key(
            batch_op.f("fk_fund_allocation_hdr_activity_id_hdr_activity"),
            "hdr_activity",
            ["hdr_activity_id"],
            ["id"],
            ondelete="SET NULL",
        )

    with op.batch_alter_table("fund_year", schema=None) as batch_op:
        batch_op.add_column(sa.Column("per_school", sa.Boolean(), server_default="0", nullable=False))
        batch_op.add_column(sa.Column("unions_consulted_on", sa.Date(), nullable=True))
        batch_op.add_column(sa.Column("unions", sa.Text(), server_default=sa.text("''"), nullable=False))
        batch_op.add_column(sa.Column("union_opinion", sa.Text(), server_default=sa.text("''"), nullable=False))

    with op.batch_alter_table("network", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("provider_name", sa.String(length=300), server_default=sa.text("''"), nullable=False)
        )
        batch_op.add_column(sa.Column("needs_diagnosis", sa.Text(), server_default=sa.text("''"), nullable=False))
        batch_op.add_column(sa.Column("conclusions", sa.Text(), server_default=sa.text("''"), nullable=False))

    with op.batch_alter_table("network_member", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("institution", sa.String(length=300), server_default=sa.text("''"), nullable=False)
        )
        batch_op.add_column(sa.Column("joined_on", sa.Date(), nullable=True))
        batch_op.add_column(sa.Column("left_on", sa.Date(), nullable=True))

    with op.batch_alter_table("process_support", schema=None) as batch_op:
        batch_op.add_column(sa.Column("process_id", sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column("cost", sa.Numeric(precision=14, scale=2), server_default="0", nullable=False))
        batch_op.add_column(sa.Column("initial_talk_on", sa.Date(), nullable=True))
        batch_op.add_column(sa.Column("initial_talk_notes", sa.Text(), server_default=sa.text("''"), nullable=False))
        batch_op.add_column(sa.Column("initial_diagnosis", sa.Text(), server_default=sa.text("''"), nullable=False))
        batch_op.add_column(
            sa.Column("source_external_evaluation", sa.Text(), server_default=sa.text("''"), nullable=False)
        )
        batch_op.add_column(
            sa.Column("source_internal_evaluation", sa.Text(), server_default=sa.text("''"), nullable=False)
        )
        batch_op.add_column(sa.Column("source_exams", sa.Text(), server_default=sa.text("''"), nullable=False))
        batch_op.add_column(sa.Column("rpw_diagnosis", sa.Text(), server_default=sa.text("''"), nullable=False))
        batch_op.add_column(sa.Column("rpw_goals", sa.Text(), server_default=sa.text("''"), nullable=False))
        batch_op.add_column(sa.Column("rpw_indicators", sa.Text(), server_default=sa.text("''"), nullable=False))
        batch_op.add_column(
            sa.Column("rpw_approved_by", sa.String(length=200), server_default=sa.text("''"), nullable=False)
        )
        batch_op.add_column(sa.Column("evaluation_workshop", sa.Text(), server_default=sa.text("''"), nullable=False))
        batch_op.add_column(sa.Column("evaluation_documents", sa.Text(), server_default=sa.text("''"), nullable=False))
        batch_op.add_column(sa.Column("evaluation_survey", sa.Text(), server_default=sa.text("''"), nullable=False))
        batch_op.add_column(sa.Column("recommendations", sa.Text(), server_default=sa.text("''"), nullable=False))
        batch_op.add_column(sa.Column("report_on", sa.Date(), nullable=True))
        batch_op.create_foreign_key(
            batch_op.f("fk_process_support_process_id_advisory_process"),
            "advisory_process",
            ["process_id"],
            ["id"],
            ondelete="SET NULL",
        )

    # A CHECK cannot be altered in place: dropped and created again (SQLite re-creates the table, keys off).
    with op.batch_alter_table("rpw_item", schema=None) as batch_op:
        batch_op.drop_constraint(op.f("ck_rpw_item_form"), type_="check")
        batch_op.create_check_constraint(op.f("ck_rpw_item_form"), _forms_check(RPW_FORMS))

    fund_rate = sa.table("fund_rate", sa.column("from_year", sa.Integer), sa.column("rate_percent", sa.Numeric(5, 3)),
                         sa.column("basis", sa.Text), sa.column("uid", sa.String), sa.column("version", sa.Integer))  # fmt: skip
    op.bulk_insert(fund_rate, [{"from_year": year, "rate_percent": rate, "basis": basis, "uid": str(uuid.uuid4()),
                                "version": 1} for year, rate, basis in RATES])  # fmt: skip


def downgrade() -> None:
    op.execute("UPDATE rpw_item SET form = 'szkolenie' WHERE form = 'warsztat'")
    with op.batch_alter_table("rpw_item", schema=None) as batch_op:
        batch_op.drop_constraint(op.f("ck_rpw_item_form"), type_="check")
        batch_op.create_check_constraint(op.f("ck_rpw_item_form"), _forms_check(OLD_RPW_FORMS))
    with op.batch_alter_table("process_support", schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f("fk_process_support_process_id_advisory_process"), type_="foreignkey")
        batch_op.drop_column("report_on")
        batch_op.drop_column("recommendations")
        batch_op.drop_column("evaluation_survey")
        batch_op.drop_column("evaluation_documents")
        batch_op.drop_column("evaluation_workshop")
        batch_op.drop_column("rpw_approved_by")
        batch_op.drop_column("rpw_indicators")
        batch_op.drop_column("rpw_goals")
        batch_op.drop_column("rpw_diagnosis")
        batch_op.drop_column("source_exams")
        batch_op.drop_column("source_internal_evaluation")
        batch_op.drop_column("source_external_evaluation")
        batch_op.drop_column("initial_diagnosis")
        batch_op.drop_column("initial_talk_notes")
        batch_op.drop_column("initial_talk_on")
        batch_op.drop_column("cost")
        batch_op.drop_column("process_id")

    with op.batch_alter_table("network_member", schema=None) as batch_op:
        batch_op.drop_column("left_on")
        batch_op.drop_column("joined_on")
        batch_op.drop_column("institution")

    with op.batch_alter_table("network", schema=None) as batch_op:
        batch_op.drop_column("conclusions")
        batch_op.drop_column("needs_diagnosis")
        batch_op.drop_column("provider_name")

    with op.batch_alter_table("fund_year", schema=None) as batch_op:
        batch_op.drop_column("union_opinion")
        batch_op.drop_column("unions")
        batch_op.drop_column("unions_consulted_on")
        batch_op.drop_column("per_school")

    with op.batch_alter_table("fund_allocation", schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f("fk_fund_allocation_hdr_activity_id_hdr_activity"), type_="foreignkey")
        batch_op.drop_column("hdr_activity_id")
        batch_op.drop_column("category")

    with op.batch_alter_table("advisory_process", schema=None) as batch_op:
        batch_op.drop_column("declared_support_schools")

    with op.batch_alter_table("support_step", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_support_step_uid"))

    op.drop_table("support_step")
    with op.batch_alter_table("rpw_baseline_item", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_rpw_baseline_item_uid"))
        batch_op.drop_index(batch_op.f("ix_rpw_baseline_item_support_id"))

    op.drop_table("rpw_baseline_item")
    with op.batch_alter_table("network_attendance", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_network_attendance_uid"))

    op.drop_table("network_attendance")
    with op.batch_alter_table("network_meeting", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_network_meeting_uid"))
        batch_op.drop_index(batch_op.f("ix_network_meeting_network_id"))

    op.drop_table("network_meeting")
    with op.batch_alter_table("fund_school_salary", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_fund_school_salary_uid"))

    op.drop_table("fund_school_salary")
    with op.batch_alter_table("fund_rate", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_fund_rate_uid"))

    op.drop_table("fund_rate")
