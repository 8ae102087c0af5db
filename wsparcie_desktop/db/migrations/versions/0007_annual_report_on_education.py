"""the annual report on education: school figures per year, the JST's figures, narratives, supervision, exams

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-01

Only new tables: no existing row is touched.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "education_year",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("jst_id", sa.Integer(), nullable=False),
        sa.Column("school_year", sa.String(length=9), nullable=False),
        sa.Column("budget_year", sa.Integer(), nullable=False),
        sa.Column("spending_current", sa.Numeric(precision=14, scale=2), nullable=True),
        sa.Column("spending_capital", sa.Numeric(precision=14, scale=2), nullable=True),
        sa.Column("state_funding", sa.Numeric(precision=14, scale=2), nullable=True),
        sa.Column("transported_pupils", sa.Integer(), nullable=True),
        sa.Column("transport_cost", sa.Numeric(precision=14, scale=2), nullable=True),
        sa.Column("version", sa.Integer(), server_default=sa.text("1"), nullable=False),
        sa.Column("uid", sa.String(length=36), nullable=False),
        sa.CheckConstraint(
            "length(school_year) = 9 AND substr(school_year, 5, 1) = '/'", name=op.f("ck_education_year_school_year")
        ),
        sa.CheckConstraint("budget_year BETWEEN 2000 AND 2100", name=op.f("ck_education_year_budget_year")),
        sa.CheckConstraint(
            "spending_capital IS NULL OR spending_capital >= 0", name=op.f("ck_education_year_spending_capital")
        ),
        sa.CheckConstraint(
            "spending_current IS NULL OR spending_current >= 0", name=op.f("ck_education_year_spending_current")
        ),
        sa.CheckConstraint("state_funding IS NULL OR state_funding >= 0", name=op.f("ck_education_year_state_funding")),
        sa.CheckConstraint(
            "transport_cost IS NULL OR transport_cost >= 0", name=op.f("ck_education_year_transport_cost")
        ),
        sa.CheckConstraint(
            "transported_pupils IS NULL OR transported_pupils >= 0", name=op.f("ck_education_year_transported_pupils")
        ),
        sa.ForeignKeyConstraint(["jst_id"], ["jst.id"], name=op.f("fk_education_year_jst_id_jst"), ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_education_year")),
        sa.UniqueConstraint("jst_id", "school_year", name=op.f("uq_education_year_jst_id")),
    )
    with op.batch_alter_table("education_year", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_education_year_jst_id"), ["jst_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_education_year_uid"), ["uid"], unique=True)

    op.create_table(
        "exam_comparison",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("jst_id", sa.Integer(), nullable=False),
        sa.Column("exam", sa.String(length=2), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("subject", sa.String(length=120), nullable=False),
        sa.Column("level", sa.String(length=20), nullable=False),
        sa.Column("mean", sa.Numeric(precision=5, scale=2), nullable=True),
        sa.Column("source", sa.String(length=300), nullable=False),
        sa.Column("version", sa.Integer(), server_default=sa.text("1"), nullable=False),
        sa.Column("uid", sa.String(length=36), nullable=False),
        sa.CheckConstraint("exam IN ('e8', 'em')", name=op.f("ck_exam_comparison_exam")),
        sa.CheckConstraint("level IN ('powiat', 'wojewodztwo', 'kraj')", name=op.f("ck_exam_comparison_level")),
        sa.CheckConstraint("mean IS NULL OR (mean >= 0 AND mean <= 100)", name=op.f("ck_exam_comparison_mean")),
        sa.CheckConstraint("year BETWEEN 2000 AND 2100", name=op.f("ck_exam_comparison_year")),
        sa.ForeignKeyConstraint(["jst_id"], ["jst.id"], name=op.f("fk_exam_comparison_jst_id_jst"), ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_exam_comparison")),
        sa.UniqueConstraint("jst_id", "exam", "year", "subject", "level", name=op.f("uq_exam_comparison_jst_id")),
    )
    with op.batch_alter_table("exam_comparison", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_exam_comparison_jst_id"), ["jst_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_exam_comparison_uid"), ["uid"], unique=True)

    op.create_table(
        "report_section",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("jst_id", sa.Integer(), nullable=False),
        sa.Column("school_year", sa.String(length=9), nullable=False),
        sa.Column("section", sa.String(length=30), nullable=False),
        sa.Column("narrative", sa.Text(), nullable=False),
        sa.Column("included", sa.Boolean(), nullable=False),
        sa.Column("version", sa.Integer(), server_default=sa.text("1"), nullable=False),
        sa.Column("uid", sa.String(length=36), nullable=False),
        sa.CheckConstraint(
            "length(school_year) = 9 AND substr(school_year, 5, 1) = '/'", name=op.f("ck_report_section_school_year")
        ),
        sa.ForeignKeyConstraint(["jst_id"], ["jst.id"], name=op.f("fk_report_section_jst_id_jst"), ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_report_section")),
        sa.UniqueConstraint("jst_id", "school_year", "section", name=op.f("uq_report_section_jst_id")),
    )
    with op.batch_alter_table("report_section", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_report_section_jst_id"), ["jst_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_report_section_uid"), ["uid"], unique=True)

    op.create_table(
        "exam_result",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("school_id", sa.Integer(), nullable=False),
        sa.Column("exam", sa.String(length=2), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("subject", sa.String(length=120), nullable=False),
        sa.Column("takers", sa.Integer(), nullable=True),
        sa.Column("mean", sa.Numeric(precision=5, scale=2), nullable=True),
        sa.Column("std_dev", sa.Numeric(precision=5, scale=2), nullable=True),
        sa.Column("median", sa.Numeric(precision=5, scale=2), nullable=True),
        sa.Column("mode", sa.Numeric(precision=5, scale=2), nullable=True),
        sa.Column("pass_rate", sa.Numeric(precision=5, scale=2), nullable=True),
        sa.Column("laureates", sa.Integer(), nullable=True),
        sa.Column("version", sa.Integer(), server_default=sa.text("1"), nullable=False),
        sa.Column("uid", sa.String(length=36), nullable=False),
        sa.CheckConstraint("exam IN ('e8', 'em')", name=op.f("ck_exam_result_exam")),
        sa.CheckConstraint("laureates IS NULL OR laureates >= 0", name=op.f("ck_exam_result_laureates")),
        sa.CheckConstraint("mean IS NULL OR (mean >= 0 AND mean <= 100)", name=op.f("ck_exam_result_mean")),
        sa.CheckConstraint("median IS NULL OR (median >= 0 AND median <= 100)", name=op.f("ck_exam_result_median")),
        sa.CheckConstraint("mode IS NULL OR (mode >= 0 AND mode <= 100)", name=op.f("ck_exam_result_mode")),
        sa.CheckConstraint(
            "pass_rate IS NULL OR (pass_rate >= 0 AND pass_rate <= 100)", name=op.f("ck_exam_result_pass_rate")
        ),
        sa.CheckConstraint("std_dev IS NULL OR (std_dev >= 0 AND std_dev <= 100)", name=op.f("ck_exam_result_std_dev")),
        sa.CheckConstraint("takers IS NULL OR takers >= 0", name=op.f("ck_exam_result_takers")),
        sa.CheckConstraint("year BETWEEN 2000 AND 2100", name=op.f("ck_exam_result_year")),
        sa.ForeignKeyConstraint(
            ["school_id"], ["school.id"], name=op.f("fk_exam_result_school_id_school"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_exam_result")),
        sa.UniqueConstraint("school_id", "exam", "year", "subject", name=op.f("uq_exam_result_school_id")),
    )
    with op.batch_alter_table("exam_result", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_exam_result_school_id"), ["school_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_exam_result_uid"), ["uid"], unique=True)

    op.create_table(
        "school_year_stats",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("school_id", sa.Integer(), nullable=False),
        sa.Column("school_year", sa.String(length=9), nullable=False),
        sa.Column("pupils", sa.Integer(), nullable=True),
        sa.Column("classes", sa.Integer(), nullable=True),
        sa.Column("teachers", sa.Integer(), nullable=True),
        sa.Column("trainee", sa.Integer(), nullable=True),
        sa.Column("contract", sa.Integer(), nullable=True),
        sa.Column("beginning", sa.Integer(), nullable=True),
        sa.Column("appointed", sa.Integer(), nullable=True),
        sa.Column("chartered", sa.Integer(), nullable=True),
        sa.Column("posts", sa.Numeric(precision=8, scale=2), nullable=True),
        sa.Column("special_needs", sa.Integer(), nullable=True),
        sa.Column("version", sa.Integer(), server_default=sa.text("1"), nullable=False),
        sa.Column("uid", sa.String(length=36), nullable=False),
        sa.CheckConstraint(
            "length(school_year) = 9 AND substr(school_year, 5, 1) = '/'", name=op.f("ck_school_year_stats_school_year")
        ),
        sa.CheckConstraint("appointed IS NULL OR appointed >= 0", name=op.f("ck_school_year_stats_appointed")),
        sa.CheckConstraint("beginning IS NULL OR beginning >= 0", name=op.f("ck_school_year_stats_beginning")),
        sa.CheckConstraint("chartered IS NULL OR chartered >= 0", name=op.f("ck_school_year_stats_chartered")),
        sa.CheckConstraint("classes IS NULL OR classes >= 0", name=op.f("ck_school_year_stats_classes")),
        sa.CheckConstraint("contract IS NULL OR contract >= 0", name=op.f("ck_school_year_stats_contract")),
        sa.CheckConstraint("posts IS NULL OR posts >= 0", name=op.f("ck_school_year_stats_posts")),
        sa.CheckConstraint("pupils IS NULL OR pupils >= 0", name=op.f("ck_school_year_stats_pupils")),
        sa.CheckConstraint(
            "special_needs IS NULL OR special_needs >= 0", name=op.f("ck_school_year_stats_special_needs")
        ),
        sa.CheckConstraint("teachers IS NULL OR teachers >= 0", name=op.f("ck_school_year_stats_teachers")),
        sa.CheckConstraint("trainee IS NULL OR trainee >= 0", name=op.f("ck_school_year_stats_trainee")),
        sa.ForeignKeyConstraint(
            ["school_id"], ["school.id"], name=op.f("fk_school_year_stats_school_id_school"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_school_year_stats")),
        sa.UniqueConstraint("school_id", "school_year", name=op.f("uq_school_year_stats_school_id")),
    )
    with op.batch_alter_table("school_year_stats", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_school_year_stats_school_id"), ["school_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_school_year_stats_uid"), ["uid"], unique=True)

    op.create_table(
        "supervision_entry",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("school_id", sa.Integer(), nullable=False),
        sa.Column("school_year", sa.String(length=9), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("subject", sa.Text(), nullable=False),
        sa.Column("result", sa.Text(), nullable=False),
        sa.Column("version", sa.Integer(), server_default=sa.text("1"), nullable=False),
        sa.Column("uid", sa.String(length=36), nullable=False),
        sa.CheckConstraint(
            "kind IN ('ewaluacja', 'kontrola', 'monitorowanie', 'inne')", name=op.f("ck_supervision_entry_kind")
        ),
        sa.CheckConstraint(
            "length(school_year) = 9 AND substr(school_year, 5, 1) = '/'", name=op.f("ck_supervision_entry_school_year")
        ),
        sa.CheckConstraint("length(trim(subject)) > 0", name=op.f("ck_supervision_entry_subject_not_blank")),
        sa.ForeignKeyConstraint(
            ["school_id"], ["school.id"], name=op.f("fk_supervision_entry_school_id_school"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_supervision_entry")),
    )
    with op.batch_alter_table("supervision_entry", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_supervision_entry_school_id"), ["school_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_supervision_entry_uid"), ["uid"], unique=True)


def downgrade() -> None:
    with op.batch_alter_table("supervision_entry", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_supervision_entry_uid"))
        batch_op.drop_index(batch_op.f("ix_supervision_entry_school_id"))

    op.drop_table("supervision_entry")
    with op.batch_alter_table("school_year_stats", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_school_year_stats_uid"))
        batch_op.drop_index(batch_op.f("ix_school_year_stats_school_id"))

    op.drop_table("school_year_stats")
    with op.batch_alter_table("exam_result", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_exam_result_uid"))
        batch_op.drop_index(batch_op.f("ix_exam_result_school_id"))

    op.drop_table("exam_result")
    with op.batch_alter_table("report_section", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_report_section_uid"))
        batch_op.drop_index(batch_op.f("ix_report_section_jst_id"))

    op.drop_table("report_section")
    with op.batch_alter_table("exam_comparison", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_exam_comparison_uid"))
        batch_op.drop_index(batch_op.f("ix_exam_comparison_jst_id"))

    op.drop_table("exam_comparison")
    with op.batch_alter_table("education_year", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_education_year_uid"))
        batch_op.drop_index(batch_op.f("ix_education_year_jst_id"))

    op.drop_table("education_year")
