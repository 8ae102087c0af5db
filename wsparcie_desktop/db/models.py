"""The whole domain of the advisory model as SQLAlchemy tables.

The schema is complete from the first revision so that later features add screens, not tables.
Every table states the rules that keep it consistent (foreign keys, unique keys, NOT NULL, CHECKs);
the services add the rules that need more than one row to check.

Every row of user data carries a ``uid`` and a ``version`` (see :mod:`wsparcie_desktop.db.versioning`); the
reference tables loaded from the program's own files (kinds, roles, providers, ORE forms, areas, settings) do
not. Pure link tables (a pair of keys, only ever inserted or deleted) take a ``uid`` but no ``version``: a
change of links is a change of the row they hang on, whose version the saving service raises.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from sqlalchemy import (
    BigInteger,
    Boolean,
    CheckConstraint,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    Numeric,
    String,
    Text,
    UniqueConstraint,
    func,
    text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

from wsparcie_desktop.db.versioning import HasUid, Versioned

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

INFLUENCE = ("yes", "partly", "no")
MONEY = Numeric(14, 2)
EMPTY = text("''")  # the server default of a text column added to a table that has rows


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


def _in(column: str, values: tuple[str, ...]) -> str:
    return f"{column} IN ({', '.join(repr(v) for v in values)})"


# ---------------------------------------------------------------- reference data


class JstKind(Base):
    """gmina wiejska, miejsko-wiejska, miejska, powiat, miasto na prawach powiatu."""

    __tablename__ = "jst_kind"
    code: Mapped[str] = mapped_column(String(32), primary_key=True)
    name: Mapped[str] = mapped_column(String(100), nullable=False, unique=True)
    # The last digit of a gmina's 7-digit TERYT code (1 miejska, 2 wiejska, 3 miejsko-wiejska);
    # NULL for kinds with a 4-digit powiat code.
    teryt_digit: Mapped[str | None] = mapped_column(String(1))
    teryt_length: Mapped[int] = mapped_column(Integer, nullable=False)
    position: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    __table_args__ = (CheckConstraint("teryt_length IN (4, 7)", name="teryt_length"),)


class TeamRole(Base):
    """A role in the education team, the advisory team, or among stakeholders."""

    __tablename__ = "team_role"
    code: Mapped[str] = mapped_column(String(40), primary_key=True)
    name: Mapped[str] = mapped_column(String(120), nullable=False)
    team: Mapped[str] = mapped_column(String(20), nullable=False)
    position: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    __table_args__ = (CheckConstraint(_in("team", ("education", "advisory", "stakeholder")), name="team"),)


class SupportProvider(Base):
    """Who carries out school support: ODN, PPP, BP or another provider."""

    __tablename__ = "support_provider"
    code: Mapped[str] = mapped_column(String(10), primary_key=True)
    name: Mapped[str] = mapped_column(String(160), nullable=False)
    position: Mapped[int] = mapped_column(Integer, nullable=False, default=0)


class OreReportForm(Base):
    """The three forms of reporting to ORE; one must be planned in the HDR."""

    __tablename__ = "ore_report_form"
    code: Mapped[str] = mapped_column(String(40), primary_key=True)
    name: Mapped[str] = mapped_column(String(200), nullable=False)
    position: Mapped[int] = mapped_column(Integer, nullable=False, default=0)


class Area(Base):
    """One of the 12 areas of the model; loaded from resources/reference/areas.json."""

    __tablename__ = "area"
    id: Mapped[int] = mapped_column(primary_key=True)
    number: Mapped[int] = mapped_column(Integer, nullable=False, unique=True)
    name: Mapped[str] = mapped_column(String(300), nullable=False)
    description: Mapped[str] = mapped_column(Text, nullable=False, default="")
    statements: Mapped[list[AreaStatement]] = relationship(
        back_populates="area", order_by="AreaStatement.position", cascade="all, delete-orphan"
    )
    list_items: Mapped[list[AreaListItem]] = relationship(
        back_populates="area", order_by="AreaListItem.position", cascade="all, delete-orphan"
    )
    __table_args__ = (CheckConstraint("number BETWEEN 1 AND 99", name="number"),)


class AreaStatement(Base):
    """A statement of good practice rated on the diagnostic sheet."""

    __tablename__ = "area_statement"
    id: Mapped[int] = mapped_column(primary_key=True)
    area_id: Mapped[int] = mapped_column(ForeignKey("area.id", ondelete="CASCADE"), nullable=False)
    position: Mapped[int] = mapped_column(Integer, nullable=False)
    text: Mapped[str] = mapped_column(Text, nullable=False)
    # A statement removed from the data file stays while answers point to it, but is no longer asked.
    active: Mapped[bool] = mapped_column(Boolean, nullable=False, default=True)
    area: Mapped[Area] = relationship(back_populates="statements")
    __table_args__ = (UniqueConstraint("area_id", "position"),)


AREA_LISTS = ("tasks_for_jst", "management_tools", "people_tools")


class AreaListItem(Base):
    """An item of one of the area's three lists (tasks, management tools, people tools)."""

    __tablename__ = "area_list_item"
    id: Mapped[int] = mapped_column(primary_key=True)
    area_id: Mapped[int] = mapped_column(ForeignKey("area.id", ondelete="CASCADE"), nullable=False)
    list_kind: Mapped[str] = mapped_column(String(30), nullable=False)
    position: Mapped[int] = mapped_column(Integer, nullable=False)
    text: Mapped[str] = mapped_column(Text, nullable=False)
    area: Mapped[Area] = relationship(back_populates="list_items")
    __table_args__ = (
        UniqueConstraint("area_id", "list_kind", "position"),
        CheckConstraint(_in("list_kind", AREA_LISTS), name="list_kind"),
    )


class Setting(Base):
    """Settings kept with the data, e.g. the teachers' development fund rate."""

    __tablename__ = "setting"
    key: Mapped[str] = mapped_column(String(80), primary_key=True)
    value: Mapped[str] = mapped_column(Text, nullable=False)


# ---------------------------------------------------------------- local government and people

VOIVODESHIPS = (
    "dolnośląskie", "kujawsko-pomorskie", "lubelskie", "lubuskie", "łódzkie", "małopolskie",
    "mazowieckie", "opolskie", "podkarpackie", "podlaskie", "pomorskie", "śląskie",
    "świętokrzyskie", "warmińsko-mazurskie", "wielkopolskie", "zachodniopomorskie",
)  # fmt: skip


class Jst(Versioned, Base):
    """A local government (jednostka samorządu terytorialnego)."""

    __tablename__ = "jst"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), nullable=False)
    kind_code: Mapped[str] = mapped_column(ForeignKey("jst_kind.code"), nullable=False)
    teryt: Mapped[str | None] = mapped_column(String(7), unique=True)
    voivodeship: Mapped[str | None] = mapped_column(String(40))
    street: Mapped[str] = mapped_column(String(200), nullable=False, default="")
    postal_code: Mapped[str] = mapped_column(String(6), nullable=False, default="")
    city: Mapped[str] = mapped_column(String(120), nullable=False, default="")
    phone: Mapped[str] = mapped_column(String(60), nullable=False, default="")
    email: Mapped[str] = mapped_column(String(200), nullable=False, default="")
    website: Mapped[str] = mapped_column(String(200), nullable=False, default="")
    coat_of_arms: Mapped[bytes | None] = mapped_column(LargeBinary)
    coat_of_arms_mime: Mapped[str | None] = mapped_column(String(20))
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, nullable=False, server_default=func.current_timestamp())
    kind: Mapped[JstKind] = relationship()
    __table_args__ = (
        CheckConstraint("length(trim(name)) > 0", name="name_not_blank"),
        CheckConstraint("voivodeship IS NULL OR " + _in("voivodeship", VOIVODESHIPS), name="voivodeship"),
        CheckConstraint("coat_of_arms IS NULL OR coat_of_arms_mime IN ('image/png', 'image/jpeg')", name="arms_mime"),
    )


class Person(Versioned, Base):
    """A member of the JST's education team, its advisory team, or a stakeholder."""

    __tablename__ = "person"
    id: Mapped[int] = mapped_column(primary_key=True)
    jst_id: Mapped[int] = mapped_column(ForeignKey("jst.id", ondelete="CASCADE"), nullable=False, index=True)
    full_name: Mapped[str] = mapped_column(String(200), nullable=False)
    position: Mapped[str] = mapped_column(String(200), nullable=False, default="")
    institution: Mapped[str] = mapped_column(String(200), nullable=False, default="")
    email: Mapped[str] = mapped_column(String(200), nullable=False, default="")
    phone: Mapped[str] = mapped_column(String(60), nullable=False, default="")
    role_code: Mapped[str] = mapped_column(ForeignKey("team_role.code"), nullable=False)
    role: Mapped[TeamRole] = relationship()
    __table_args__ = (CheckConstraint("length(trim(full_name)) > 0", name="name_not_blank"),)


SCHOOL_TYPES = (
    "przedszkole", "szkola_podstawowa", "liceum", "technikum", "branzowa_1",
    "szkola_specjalna", "zespol_szkol", "inna",
)  # fmt: skip


class School(Versioned, Base):
    """A school or kindergarten run by the JST."""

    __tablename__ = "school"
    id: Mapped[int] = mapped_column(primary_key=True)
    jst_id: Mapped[int] = mapped_column(ForeignKey("jst.id", ondelete="CASCADE"), nullable=False, index=True)
    name: Mapped[str] = mapped_column(String(400), nullable=False)
    school_type: Mapped[str] = mapped_column(String(30), nullable=False, default="inna")
    rspo: Mapped[str | None] = mapped_column(String(12))
    regon: Mapped[str | None] = mapped_column(String(14))
    street: Mapped[str] = mapped_column(String(200), nullable=False, default="")
    building_no: Mapped[str] = mapped_column(String(30), nullable=False, default="")
    postal_code: Mapped[str] = mapped_column(String(6), nullable=False, default="")
    city: Mapped[str] = mapped_column(String(120), nullable=False, default="")
    director: Mapped[str] = mapped_column(String(200), nullable=False, default="")
    pupils: Mapped[int | None] = mapped_column(Integer)
    teachers_fte: Mapped[Decimal | None] = mapped_column(Numeric(8, 2))
    is_public: Mapped[bool] = mapped_column(Boolean, nullable=False, default=True)
    notes: Mapped[str] = mapped_column(Text, nullable=False, default="")
    __table_args__ = (
        UniqueConstraint("jst_id", "rspo"),
        Index("ix_school_jst_name", "jst_id", "name"),
        CheckConstraint("length(trim(name)) > 0", name="name_not_blank"),
        CheckConstraint(_in("school_type", SCHOOL_TYPES), name="school_type"),
        CheckConstraint("pupils IS NULL OR pupils >= 0", name="pupils"),
        CheckConstraint("teachers_fte IS NULL OR teachers_fte >= 0", name="teachers_fte"),
        CheckConstraint("regon IS NULL OR length(regon) IN (9, 14)", name="regon_length"),
    )


# ---------------------------------------------------------------- the advisory process


class AdvisoryProcess(Versioned, Base):
    """One pass of a JST through the three-stage model (a JST may go through several)."""

    __tablename__ = "advisory_process"
    id: Mapped[int] = mapped_column(primary_key=True)
    jst_id: Mapped[int] = mapped_column(ForeignKey("jst.id", ondelete="CASCADE"), nullable=False, index=True)
    name: Mapped[str] = mapped_column(String(200), nullable=False)
    started_on: Mapped[dt.date] = mapped_column(Date, nullable=False)
    ended_on: Mapped[dt.date | None] = mapped_column(Date)
    chosen_area_id: Mapped[int | None] = mapped_column(ForeignKey("area.id"))
    choice_justification: Mapped[str] = mapped_column(Text, nullable=False, default="")
    chosen_on: Mapped[dt.date | None] = mapped_column(Date)
    # Sheet answers changed after the choice and the team kept it: the choice rests on older answers.
    choice_outdated: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False, server_default="0")
    notes: Mapped[str] = mapped_column(Text, nullable=False, default="")
    # How many of its schools the JST declared to cover with process support in this process (None: not declared;
    # the service refuses a negative number: a plain added column keeps the migration from re-creating the table).
    declared_support_schools: Mapped[int | None] = mapped_column(Integer)
    chosen_area: Mapped[Area | None] = relationship()
    __table_args__ = (
        UniqueConstraint("jst_id", "name"),
        CheckConstraint("ended_on IS NULL OR ended_on >= started_on", name="dates"),
    )


class ProcessAdvisor(HasUid, Base):
    """An advisor assigned to a process."""

    __tablename__ = "process_advisor"
    process_id: Mapped[int] = mapped_column(ForeignKey("advisory_process.id", ondelete="CASCADE"), primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="CASCADE"), primary_key=True)


class WizardProgress(Versioned, Base):
    """Where the user left a wizard, so that reopening it resumes there."""

    __tablename__ = "wizard_progress"
    process_id: Mapped[int] = mapped_column(ForeignKey("advisory_process.id", ondelete="CASCADE"), primary_key=True)
    wizard: Mapped[str] = mapped_column(String(40), primary_key=True)
    page: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    detail: Mapped[str] = mapped_column(Text, nullable=False, default="")


# Stage 1: the diagnostic sheet


class SheetRespondent(Versioned, Base):
    """A person filling in their own diagnostic sheet at the opening conference."""

    __tablename__ = "sheet_respondent"
    id: Mapped[int] = mapped_column(primary_key=True)
    process_id: Mapped[int] = mapped_column(
        ForeignKey("advisory_process.id", ondelete="CASCADE"), nullable=False, index=True
    )
    person_id: Mapped[int | None] = mapped_column(ForeignKey("person.id", ondelete="SET NULL"))
    full_name: Mapped[str] = mapped_column(String(200), nullable=False)
    position: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    __table_args__ = (
        UniqueConstraint("process_id", "full_name"),
        CheckConstraint("length(trim(full_name)) > 0", name="name_not_blank"),
    )


class SheetAnswer(Versioned, Base):
    """A rating of one statement by one respondent; NULL rating is "nie wiem" (no answer)."""

    __tablename__ = "sheet_answer"
    id: Mapped[int] = mapped_column(primary_key=True)
    respondent_id: Mapped[int] = mapped_column(ForeignKey("sheet_respondent.id", ondelete="CASCADE"), nullable=False)
    statement_id: Mapped[int] = mapped_column(ForeignKey("area_statement.id"), nullable=False)
    rating: Mapped[int | None] = mapped_column(Integer)
    __table_args__ = (
        UniqueConstraint("respondent_id", "statement_id"),
        Index("ix_sheet_answer_statement", "statement_id"),
        CheckConstraint("rating IS NULL OR rating BETWEEN 1 AND 4", name="rating"),
    )


class SheetAreaRating(Versioned, Base):
    """A respondent's importance (1–3) and influence (yes/partly/no) for one area."""

    __tablename__ = "sheet_area_rating"
    id: Mapped[int] = mapped_column(primary_key=True)
    respondent_id: Mapped[int] = mapped_column(ForeignKey("sheet_respondent.id", ondelete="CASCADE"), nullable=False)
    area_id: Mapped[int] = mapped_column(ForeignKey("area.id"), nullable=False)
    importance: Mapped[int | None] = mapped_column(Integer)
    influence: Mapped[str | None] = mapped_column(String(10))
    __table_args__ = (
        UniqueConstraint("respondent_id", "area_id"),
        CheckConstraint("importance IS NULL OR importance BETWEEN 1 AND 3", name="importance"),
        CheckConstraint("influence IS NULL OR " + _in("influence", INFLUENCE), name="influence"),
    )


# Stage 2: data collection and the deep diagnosis

DATA_SOURCES = ("sio", "cke", "budget", "school_docs", "survey", "interview", "other")
TASK_STATUSES = ("planned", "in_progress", "done", "cancelled")


class DataTask(Versioned, Base):
    """A data collection task of the zadanie wdrożeniowe."""

    __tablename__ = "data_task"
    id: Mapped[int] = mapped_column(primary_key=True)
    process_id: Mapped[int] = mapped_column(
        ForeignKey("advisory_process.id", ondelete="CASCADE"), nullable=False, index=True
    )
    what: Mapped[str] = mapped_column(Text, nullable=False)
    source: Mapped[str] = mapped_column(String(20), nullable=False)
    collector: Mapped[str] = mapped_column(String(200), nullable=False, default="")
    due_on: Mapped[dt.date | None] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(20), nullable=False, default="planned")
    findings: Mapped[str] = mapped_column(Text, nullable=False, default="")
    key_figures: Mapped[str] = mapped_column(Text, nullable=False, default="")
    __table_args__ = (
        CheckConstraint("length(trim(what)) > 0", name="what_not_blank"),
        CheckConstraint(_in("source", DATA_SOURCES), name="source"),
        CheckConstraint(_in("status", TASK_STATUSES), name="status"),
    )


class DiagnosisParticipant(Versioned, Base):
    """Who took part in the deep diagnosis, with their role."""

    __tablename__ = "diagnosis_participant"
    id: Mapped[int] = mapped_column(primary_key=True)
    process_id: Mapped[int] = mapped_column(
        ForeignKey("advisory_process.id", ondelete="CASCADE"), nullable=False, index=True
    )
    person_id: Mapped[int | None] = mapped_column(ForeignKey("person.id", ondelete="SET NULL"))
    full_name: Mapped[str] = mapped_column(String(200), nullable=False)
    role: Mapped[str] = mapped_column(String(200), nullable=False, default="")
    __table_args__ = (CheckConstraint("length(trim(full_name)) > 0", name="name_not_blank"),)


class CurrentState(Versioned, Base):
    """ "Jak jest?" — a statement of the current state, with its evidence."""

    __tablename__ = "current_state"
    id: Mapped[int] = mapped_column(primary_key=True)
    process_id: Mapped[int] = mapped_column(
        ForeignKey("advisory_process.id", ondelete="CASCADE"), nullable=False, index=True
    )
    position: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    text: Mapped[str] = mapped_column(Text, nullable=False)
    source: Mapped[str] = mapped_column(String(20), nullable=False, default="other")
    data_task_id: Mapped[int | None] = mapped_column(ForeignKey("data_task.id", ondelete="SET NULL"))
    evidence: Mapped[str] = mapped_column(Text, nullable=False, default="")
    __table_args__ = (
        CheckConstraint("length(trim(text)) > 0", name="text_not_blank"),
        CheckConstraint(_in("source", DATA_SOURCES), name="source"),
    )


class TargetState(Versioned, Base):
    """ "Jak chcemy, żeby było?" — answers one current-state statement."""

    __tablename__ = "target_state"
    id: Mapped[int] = mapped_column(primary_key=True)
    process_id: Mapped[int] = mapped_column(
        ForeignKey("advisory_process.id", ondelete="CASCADE"), nullable=False, index=True
    )
    current_state_id: Mapped[int] = mapped_column(ForeignKey("current_state.id", ondelete="CASCADE"), nullable=False)
    position: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    text: Mapped[str] = mapped_column(Text, nullable=False)
    __table_args__ = (CheckConstraint("length(trim(text)) > 0", name="text_not_blank"),)


CAUSE_CATEGORIES = ("people", "procedures", "resources", "communication", "law", "other")


class Cause(Versioned, Base):
    """ "Co powoduje, że nie mamy stanu docelowego?" — a node of the cause tree."""

    __tablename__ = "cause"
    id: Mapped[int] = mapped_column(primary_key=True)
    process_id: Mapped[int] = mapped_column(
        ForeignKey("advisory_process.id", ondelete="CASCADE"), nullable=False, index=True
    )
    parent_id: Mapped[int | None] = mapped_column(ForeignKey("cause.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    text: Mapped[str] = mapped_column(Text, nullable=False)
    category: Mapped[str] = mapped_column(String(20), nullable=False, default="other")
    influence: Mapped[str] = mapped_column(String(10), nullable=False, default="yes")
    __table_args__ = (
        CheckConstraint("length(trim(text)) > 0", name="text_not_blank"),
        CheckConstraint(_in("category", CAUSE_CATEGORIES), name="category"),
        CheckConstraint(_in("influence", INFLUENCE), name="influence"),
        CheckConstraint("parent_id IS NULL OR parent_id <> id", name="not_own_parent"),
    )


class DevelopmentGap(Versioned, Base):
    """Luka rozwojowa: a current state, its target state and the causes behind the difference."""

    __tablename__ = "development_gap"
    id: Mapped[int] = mapped_column(primary_key=True)
    process_id: Mapped[int] = mapped_column(
        ForeignKey("advisory_process.id", ondelete="CASCADE"), nullable=False, index=True
    )
    current_state_id: Mapped[int] = mapped_column(ForeignKey("current_state.id"), nullable=False)
    target_state_id: Mapped[int] = mapped_column(ForeignKey("target_state.id"), nullable=False)
    description: Mapped[str] = mapped_column(Text, nullable=False)
    importance: Mapped[int | None] = mapped_column(Integer)
    feasibility: Mapped[int | None] = mapped_column(Integer)
    manual_rank: Mapped[int | None] = mapped_column(Integer)
    is_priority: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    __table_args__ = (
        CheckConstraint("length(trim(description)) > 0", name="description_not_blank"),
        CheckConstraint("importance IS NULL OR importance BETWEEN 1 AND 5", name="importance"),
        CheckConstraint("feasibility IS NULL OR feasibility BETWEEN 1 AND 5", name="feasibility"),
        CheckConstraint("manual_rank IS NULL OR manual_rank >= 1", name="manual_rank"),
    )


class GapCause(HasUid, Base):
    __tablename__ = "gap_cause"
    gap_id: Mapped[int] = mapped_column(ForeignKey("development_gap.id", ondelete="CASCADE"), primary_key=True)
    cause_id: Mapped[int] = mapped_column(ForeignKey("cause.id", ondelete="CASCADE"), primary_key=True)


class DevelopmentGoal(Versioned, Base):
    """A development goal set for a priority gap."""

    __tablename__ = "development_goal"
    id: Mapped[int] = mapped_column(primary_key=True)
    process_id: Mapped[int] = mapped_column(
        ForeignKey("advisory_process.id", ondelete="CASCADE"), nullable=False, index=True
    )
    gap_id: Mapped[int] = mapped_column(ForeignKey("development_gap.id"), nullable=False)
    position: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    text: Mapped[str] = mapped_column(Text, nullable=False)
    __table_args__ = (CheckConstraint("length(trim(text)) > 0", name="text_not_blank"),)


class Indicator(Versioned, Base):
    """How a goal's achievement is measured: baseline and target, with dates."""

    __tablename__ = "indicator"
    id: Mapped[int] = mapped_column(primary_key=True)
    goal_id: Mapped[int] = mapped_column(ForeignKey("development_goal.id", ondelete="CASCADE"), nullable=False)
    name: Mapped[str] = mapped_column(Text, nullable=False)
    unit: Mapped[str] = mapped_column(String(60), nullable=False, default="")
    baseline_value: Mapped[Decimal | None] = mapped_column(Numeric(14, 4))
    baseline_on: Mapped[dt.date | None] = mapped_column(Date)
    target_value: Mapped[Decimal | None] = mapped_column(Numeric(14, 4))
    target_on: Mapped[dt.date | None] = mapped_column(Date)
    method: Mapped[str] = mapped_column(Text, nullable=False, default="")
    measured_by: Mapped[str] = mapped_column(String(200), nullable=False, default="")
    __table_args__ = (
        CheckConstraint("length(trim(name)) > 0", name="name_not_blank"),
        CheckConstraint(
            "baseline_on IS NULL OR target_on IS NULL OR target_on > baseline_on", name="target_after_baseline"
        ),
    )


# Stage 2/3: the HDR

ACTIVITY_FORMS = (
    "szkolenie", "warsztat", "doradztwo", "wizyta_studyjna", "siec_wspolpracy",
    "superwizja", "konsultacje", "zmiana_procedury", "inna",
)  # fmt: skip
FINANCING_SOURCES = ("budzet_jst", "fundusz_doskonalenia", "fundusze_ue", "bez_kosztow", "inne")


class Hdr(Versioned, Base):
    """Harmonogram działań rozwojowych of a process, with its period, approval and ORE form."""

    __tablename__ = "hdr"
    id: Mapped[int] = mapped_column(primary_key=True)
    process_id: Mapped[int] = mapped_column(
        ForeignKey("advisory_process.id", ondelete="CASCADE"), nullable=False, unique=True
    )
    period_start: Mapped[dt.date] = mapped_column(Date, nullable=False)
    period_end: Mapped[dt.date] = mapped_column(Date, nullable=False)
    approved_by: Mapped[str] = mapped_column(String(200), nullable=False, default="")
    approved_on: Mapped[dt.date | None] = mapped_column(Date)
    ore_form_code: Mapped[str | None] = mapped_column(ForeignKey("ore_report_form.code"))
    ore_form_due_on: Mapped[dt.date | None] = mapped_column(Date)
    ore_form_responsible_id: Mapped[int | None] = mapped_column(ForeignKey("person.id", ondelete="SET NULL"))
    __table_args__ = (CheckConstraint("period_end >= period_start", name="period"),)


class HdrActivity(Versioned, Base):
    """A development activity; ends_on is inclusive (1–30 September lasts 30 days)."""

    __tablename__ = "hdr_activity"
    id: Mapped[int] = mapped_column(primary_key=True)
    hdr_id: Mapped[int] = mapped_column(ForeignKey("hdr.id", ondelete="CASCADE"), nullable=False, index=True)
    position: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    name: Mapped[str] = mapped_column(String(300), nullable=False)
    description: Mapped[str] = mapped_column(Text, nullable=False, default="")
    form: Mapped[str] = mapped_column(String(30), nullable=False, default="inna")
    starts_on: Mapped[dt.date] = mapped_column(Date, nullable=False)
    ends_on: Mapped[dt.date] = mapped_column(Date, nullable=False)
    responsible_id: Mapped[int | None] = mapped_column(ForeignKey("person.id", ondelete="SET NULL"))
    cost: Mapped[Decimal] = mapped_column(MONEY, nullable=False, default=0)
    financing: Mapped[str] = mapped_column(String(30), nullable=False, default="bez_kosztow")
    expected_result: Mapped[str] = mapped_column(Text, nullable=False, default="")
    is_milestone: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    depends_on_id: Mapped[int | None] = mapped_column(ForeignKey("hdr_activity.id", ondelete="SET NULL"))
    __table_args__ = (
        CheckConstraint("length(trim(name)) > 0", name="name_not_blank"),
        CheckConstraint(_in("form", ACTIVITY_FORMS), name="form"),
        CheckConstraint(_in("financing", FINANCING_SOURCES), name="financing"),
        CheckConstraint("ends_on >= starts_on", name="dates"),
        CheckConstraint("cost >= 0", name="cost"),
        CheckConstraint("depends_on_id IS NULL OR depends_on_id <> id", name="not_own_dependency"),
        Index("ix_hdr_activity_dates", "hdr_id", "starts_on", "ends_on"),
    )


class ActivityGoal(HasUid, Base):
    __tablename__ = "activity_goal"
    activity_id: Mapped[int] = mapped_column(ForeignKey("hdr_activity.id", ondelete="CASCADE"), primary_key=True)
    goal_id: Mapped[int] = mapped_column(ForeignKey("development_goal.id", ondelete="CASCADE"), primary_key=True)


class ActivityIndicator(HasUid, Base):
    __tablename__ = "activity_indicator"
    activity_id: Mapped[int] = mapped_column(ForeignKey("hdr_activity.id", ondelete="CASCADE"), primary_key=True)
    indicator_id: Mapped[int] = mapped_column(ForeignKey("indicator.id", ondelete="CASCADE"), primary_key=True)


PARTNER_KINDS = ("school", "odn", "ppp", "bp", "kuratorium", "ngo", "other")


class ActivityPartner(Versioned, Base):
    """A partner of an activity: one of the JST's schools, or a named institution."""

    __tablename__ = "activity_partner"
    id: Mapped[int] = mapped_column(primary_key=True)
    activity_id: Mapped[int] = mapped_column(ForeignKey("hdr_activity.id", ondelete="CASCADE"), nullable=False)
    kind: Mapped[str] = mapped_column(String(20), nullable=False)
    school_id: Mapped[int | None] = mapped_column(ForeignKey("school.id", ondelete="CASCADE"))
    name: Mapped[str] = mapped_column(String(300), nullable=False, default="")
    __table_args__ = (
        CheckConstraint(_in("kind", PARTNER_KINDS), name="kind"),
        CheckConstraint("school_id IS NOT NULL OR length(trim(name)) > 0", name="named"),
        Index("ix_activity_partner_activity", "activity_id"),  # the plan reads its activities' partners by it
    )


class HdrBaseline(Versioned, Base):
    """The plan as approved; later changes are compared against it."""

    __tablename__ = "hdr_baseline"
    id: Mapped[int] = mapped_column(primary_key=True)
    hdr_id: Mapped[int] = mapped_column(ForeignKey("hdr.id", ondelete="CASCADE"), nullable=False, index=True)
    approved_by: Mapped[str] = mapped_column(String(200), nullable=False)
    approved_on: Mapped[dt.date] = mapped_column(Date, nullable=False)
    taken_at: Mapped[dt.datetime] = mapped_column(DateTime, nullable=False, server_default=func.current_timestamp())


class HdrBaselineActivity(Versioned, Base):
    """A copy of an activity as it stood at approval; activity_id is kept even if the activity is removed."""

    __tablename__ = "hdr_baseline_activity"
    id: Mapped[int] = mapped_column(primary_key=True)
    baseline_id: Mapped[int] = mapped_column(ForeignKey("hdr_baseline.id", ondelete="CASCADE"), nullable=False)
    activity_id: Mapped[int] = mapped_column(Integer, nullable=False)
    name: Mapped[str] = mapped_column(String(300), nullable=False)
    starts_on: Mapped[dt.date] = mapped_column(Date, nullable=False)
    ends_on: Mapped[dt.date] = mapped_column(Date, nullable=False)
    cost: Mapped[Decimal] = mapped_column(MONEY, nullable=False, default=0)
    financing: Mapped[str] = mapped_column(String(30), nullable=False)
    responsible_id: Mapped[int | None] = mapped_column(Integer)
    is_milestone: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    __table_args__ = (
        UniqueConstraint("baseline_id", "activity_id"),
        CheckConstraint("ends_on >= starts_on", name="dates"),
        CheckConstraint("cost >= 0", name="cost"),
    )


# Stage 3: carrying out the HDR (the activities' actuals, indicator measurements, the ORE report)

PROGRESS_STATUSES = ("planned", "in_progress", "done", "delayed", "cancelled", "moved")


class ActivityProgress(Versioned, Base):
    """How an activity of the HDR is carried out: its status and actuals (dates inclusive, cost, result)."""

    __tablename__ = "activity_progress"
    id: Mapped[int] = mapped_column(primary_key=True)
    activity_id: Mapped[int] = mapped_column(
        ForeignKey("hdr_activity.id", ondelete="CASCADE"), nullable=False, unique=True
    )
    status: Mapped[str] = mapped_column(String(20), nullable=False, default="planned")
    reason: Mapped[str] = mapped_column(Text, nullable=False, default="")
    actual_start: Mapped[dt.date | None] = mapped_column(Date)
    actual_end: Mapped[dt.date | None] = mapped_column(Date)
    actual_cost: Mapped[Decimal | None] = mapped_column(MONEY)
    actual_financing: Mapped[str | None] = mapped_column(String(30))
    result: Mapped[str] = mapped_column(Text, nullable=False, default="")
    notes: Mapped[str] = mapped_column(Text, nullable=False, default="")
    __table_args__ = (
        CheckConstraint(_in("status", PROGRESS_STATUSES), name="status"),
        CheckConstraint("actual_start IS NULL OR actual_end IS NULL OR actual_end >= actual_start", name="dates"),
        CheckConstraint("actual_cost IS NULL OR actual_cost >= 0", name="cost"),
        CheckConstraint(
            "actual_financing IS NULL OR " + _in("actual_financing", FINANCING_SOURCES), name="financing"
        ),  # fmt: skip
        CheckConstraint("status <> 'done' OR actual_end IS NOT NULL", name="done_has_end"),
        CheckConstraint("status <> 'cancelled' OR length(trim(reason)) > 0", name="cancelled_has_reason"),
    )


class IndicatorMeasurement(Versioned, Base):
    """A dated measurement of an indicator, taken while the HDR is carried out."""

    __tablename__ = "indicator_measurement"
    id: Mapped[int] = mapped_column(primary_key=True)
    indicator_id: Mapped[int] = mapped_column(ForeignKey("indicator.id", ondelete="CASCADE"), nullable=False)
    measured_on: Mapped[dt.date] = mapped_column(Date, nullable=False)
    value: Mapped[Decimal] = mapped_column(Numeric(14, 4), nullable=False)
    source: Mapped[str] = mapped_column(String(300), nullable=False, default="")
    measured_by: Mapped[str] = mapped_column(String(200), nullable=False, default="")
    note: Mapped[str] = mapped_column(Text, nullable=False, default="")
    __table_args__ = (Index("ix_indicator_measurement_indicator_date", "indicator_id", "measured_on"),)


ORE_REPORT_STATUSES = ("draft", "ready", "sent")


class OreReport(Versioned, Base):
    """The report to ORE in the form planned in the HDR; its sections' texts are in ``ore_report_section``."""

    __tablename__ = "ore_report"
    id: Mapped[int] = mapped_column(primary_key=True)
    hdr_id: Mapped[int] = mapped_column(ForeignKey("hdr.id", ondelete="CASCADE"), nullable=False, unique=True)
    form_code: Mapped[str] = mapped_column(ForeignKey("ore_report_form.code"), nullable=False)
    title: Mapped[str] = mapped_column(String(300), nullable=False, default="")
    status: Mapped[str] = mapped_column(String(20), nullable=False, default="draft")
    sent_on: Mapped[dt.date | None] = mapped_column(Date)
    __table_args__ = (CheckConstraint(_in("status", ORE_REPORT_STATUSES), name="status"),)


class OreReportSection(Versioned, Base):
    """The text of one section of the ORE report; ``key`` names the section in resources/reference/."""

    __tablename__ = "ore_report_section"
    id: Mapped[int] = mapped_column(primary_key=True)
    report_id: Mapped[int] = mapped_column(ForeignKey("ore_report.id", ondelete="CASCADE"), nullable=False)
    key: Mapped[str] = mapped_column(String(60), nullable=False)
    text: Mapped[str] = mapped_column(Text, nullable=False, default="")
    __table_args__ = (UniqueConstraint("report_id", "key"),)


class HdrMonitoring(Versioned, Base):
    """What the team concludes and recommends in the monitoring report of the HDR."""

    __tablename__ = "hdr_monitoring"
    id: Mapped[int] = mapped_column(primary_key=True)
    hdr_id: Mapped[int] = mapped_column(ForeignKey("hdr.id", ondelete="CASCADE"), nullable=False, unique=True)
    conclusions: Mapped[str] = mapped_column(Text, nullable=False, default="")
    recommendations: Mapped[str] = mapped_column(Text, nullable=False, default="")


# Stage 3: meetings and remote advice

MEETING_KINDS = ("conference", "meeting_1", "meeting_2", "summary", "training", "other")


class Meeting(Versioned, Base):
    """An on-site meeting of the model (2-day conference, meetings 1 and 2, summary, training)."""

    __tablename__ = "meeting"
    id: Mapped[int] = mapped_column(primary_key=True)
    process_id: Mapped[int] = mapped_column(
        ForeignKey("advisory_process.id", ondelete="CASCADE"), nullable=False, index=True
    )
    kind: Mapped[str] = mapped_column(String(20), nullable=False)
    title: Mapped[str] = mapped_column(String(300), nullable=False)
    starts_on: Mapped[dt.date] = mapped_column(Date, nullable=False)
    ends_on: Mapped[dt.date] = mapped_column(Date, nullable=False)
    place: Mapped[str] = mapped_column(String(300), nullable=False, default="")
    agenda: Mapped[str] = mapped_column(Text, nullable=False, default="")
    minutes: Mapped[str] = mapped_column(Text, nullable=False, default="")
    __table_args__ = (
        CheckConstraint(_in("kind", MEETING_KINDS), name="kind"),
        CheckConstraint("ends_on >= starts_on", name="dates"),
    )


class MeetingParticipant(Versioned, Base):
    """Someone invited to a meeting, and whether they attended."""

    __tablename__ = "meeting_participant"
    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meeting.id", ondelete="CASCADE"), nullable=False)
    person_id: Mapped[int | None] = mapped_column(ForeignKey("person.id", ondelete="SET NULL"))
    full_name: Mapped[str] = mapped_column(String(200), nullable=False)
    institution: Mapped[str] = mapped_column(String(200), nullable=False, default="")
    attended: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    __table_args__ = (
        UniqueConstraint("meeting_id", "full_name"),
        CheckConstraint("length(trim(full_name)) > 0", name="name_not_blank"),
    )


class RemoteAdvice(Versioned, Base):
    """An hour (or so) of remote advice by one advisor."""

    __tablename__ = "remote_advice"
    id: Mapped[int] = mapped_column(primary_key=True)
    process_id: Mapped[int] = mapped_column(
        ForeignKey("advisory_process.id", ondelete="CASCADE"), nullable=False, index=True
    )
    advisor_id: Mapped[int | None] = mapped_column(ForeignKey("person.id", ondelete="SET NULL"))
    held_on: Mapped[dt.date] = mapped_column(Date, nullable=False)
    minutes: Mapped[int] = mapped_column(Integer, nullable=False)
    channel: Mapped[str] = mapped_column(String(60), nullable=False, default="")
    topic: Mapped[str] = mapped_column(Text, nullable=False)
    notes: Mapped[str] = mapped_column(Text, nullable=False, default="")
    agreed: Mapped[str] = mapped_column(Text, nullable=False, default="", server_default=text("''"))
    __table_args__ = (CheckConstraint("minutes > 0 AND minutes <= 1440", name="minutes"),)


class MeetingLeader(HasUid, Base):
    """An advisor (or another person of the JST) leading a meeting."""

    __tablename__ = "meeting_leader"
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meeting.id", ondelete="CASCADE"), primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="CASCADE"), primary_key=True)


class MeetingAgendaItem(Versioned, Base):
    """One point of a meeting day's agenda, with what was discussed under it (the minutes)."""

    __tablename__ = "meeting_agenda_item"
    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meeting.id", ondelete="CASCADE"), nullable=False, index=True)
    day: Mapped[int] = mapped_column(Integer, nullable=False, default=1)  # 1 = the meeting's first day
    position: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    starts_at: Mapped[str] = mapped_column(String(5), nullable=False, default="")  # "09:00"
    ends_at: Mapped[str] = mapped_column(String(5), nullable=False, default="")
    topic: Mapped[str] = mapped_column(Text, nullable=False)
    leader: Mapped[str] = mapped_column(String(200), nullable=False, default="")
    discussion: Mapped[str] = mapped_column(Text, nullable=False, default="")
    __table_args__ = (
        CheckConstraint("day BETWEEN 1 AND 3", name="day"),
        CheckConstraint("length(trim(topic)) > 0", name="topic_not_blank"),
    )


class MeetingAttendance(HasUid, Base):
    """A participant present on one day of the meeting (a row per day ticked)."""

    __tablename__ = "meeting_attendance"
    participant_id: Mapped[int] = mapped_column(
        ForeignKey("meeting_participant.id", ondelete="CASCADE"), primary_key=True
    )
    day_on: Mapped[dt.date] = mapped_column(Date, primary_key=True)


class MeetingDecision(Versioned, Base):
    """A decision recorded in the minutes."""

    __tablename__ = "meeting_decision"
    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meeting.id", ondelete="CASCADE"), nullable=False, index=True)
    position: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    text: Mapped[str] = mapped_column(Text, nullable=False)
    __table_args__ = (CheckConstraint("length(trim(text)) > 0", name="text_not_blank"),)


class MeetingTask(Versioned, Base):
    """A task agreed at a meeting: who does it by when; it may become a data task or an HDR activity."""

    __tablename__ = "meeting_task"
    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meeting.id", ondelete="CASCADE"), nullable=False, index=True)
    what: Mapped[str] = mapped_column(Text, nullable=False)
    who: Mapped[str] = mapped_column(String(200), nullable=False, default="")
    due_on: Mapped[dt.date | None] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(20), nullable=False, default="planned")
    data_task_id: Mapped[int | None] = mapped_column(ForeignKey("data_task.id", ondelete="SET NULL"))
    hdr_activity_id: Mapped[int | None] = mapped_column(ForeignKey("hdr_activity.id", ondelete="SET NULL"))
    __table_args__ = (
        CheckConstraint("length(trim(what)) > 0", name="what_not_blank"),
        CheckConstraint(_in("status", TASK_STATUSES), name="status"),
    )


CHARTER_KINDS = ("rules", "ethics")  # zasady współpracy, kodeks etyczny


class ProcessCharter(Versioned, Base):
    """The co-operation rules or the code of ethics of a process, as the team is editing it now."""

    __tablename__ = "process_charter"
    id: Mapped[int] = mapped_column(primary_key=True)
    process_id: Mapped[int] = mapped_column(ForeignKey("advisory_process.id", ondelete="CASCADE"), nullable=False)
    kind: Mapped[str] = mapped_column(String(10), nullable=False)
    text: Mapped[str] = mapped_column(Text, nullable=False, default="")
    __table_args__ = (
        UniqueConstraint("process_id", "kind"),
        CheckConstraint(_in("kind", CHARTER_KINDS), name="kind"),
    )


class CharterAgreement(Versioned, Base):
    """A text of the rules or the code as agreed on a date (at a meeting); later edits never touch it."""

    __tablename__ = "charter_agreement"
    id: Mapped[int] = mapped_column(primary_key=True)
    charter_id: Mapped[int] = mapped_column(
        ForeignKey("process_charter.id", ondelete="CASCADE"), nullable=False, index=True
    )
    text: Mapped[str] = mapped_column(Text, nullable=False)
    agreed_on: Mapped[dt.date] = mapped_column(Date, nullable=False)
    meeting_id: Mapped[int | None] = mapped_column(ForeignKey("meeting.id", ondelete="SET NULL"))


# ---------------------------------------------------------------- school support, networks, the fund

SUPPORT_STATUSES = ("planned", "diagnosis", "rpw", "activities", "evaluation", "finished")


class ProcessSupport(Versioned, Base):
    """Procesowe wspomaganie of one school, lasting at least 7 months (checked by the service).

    The course before the four steps (the initial talk, the initial and deep diagnosis and what they drew on), the
    RPW's description and its approval, and the evaluation with its report are columns of the support; the four
    steps, the RPW's schedule and the copy frozen at approval are rows of their own tables.
    """

    __tablename__ = "process_support"
    id: Mapped[int] = mapped_column(primary_key=True)
    jst_id: Mapped[int] = mapped_column(ForeignKey("jst.id", ondelete="CASCADE"), nullable=False, index=True)
    school_id: Mapped[int] = mapped_column(ForeignKey("school.id"), nullable=False)
    provider_code: Mapped[str] = mapped_column(ForeignKey("support_provider.code"), nullable=False)
    provider_name: Mapped[str] = mapped_column(String(300), nullable=False, default="")
    area: Mapped[str] = mapped_column(Text, nullable=False, default="")
    starts_on: Mapped[dt.date] = mapped_column(Date, nullable=False)
    ends_on: Mapped[dt.date] = mapped_column(Date, nullable=False)
    status: Mapped[str] = mapped_column(String(20), nullable=False, default="planned")
    diagnosis: Mapped[str] = mapped_column(Text, nullable=False, default="")  # the deep diagnosis
    rpw_approved_on: Mapped[dt.date | None] = mapped_column(Date)
    conclusions: Mapped[str] = mapped_column(Text, nullable=False, default="")
    # added by revision 0008
    process_id: Mapped[int | None] = mapped_column(ForeignKey("advisory_process.id", ondelete="SET NULL"))
    cost: Mapped[Decimal] = mapped_column(MONEY, nullable=False, default=0, server_default="0")
    initial_talk_on: Mapped[dt.date | None] = mapped_column(Date)
    initial_talk_notes: Mapped[str] = mapped_column(Text, nullable=False, default="", server_default=EMPTY)
    initial_diagnosis: Mapped[str] = mapped_column(Text, nullable=False, default="", server_default=EMPTY)
    source_external_evaluation: Mapped[str] = mapped_column(Text, nullable=False, default="", server_default=EMPTY)
    source_internal_evaluation: Mapped[str] = mapped_column(Text, nullable=False, default="", server_default=EMPTY)
    source_exams: Mapped[str] = mapped_column(Text, nullable=False, default="", server_default=EMPTY)
    rpw_diagnosis: Mapped[str] = mapped_column(Text, nullable=False, default="", server_default=EMPTY)
    rpw_goals: Mapped[str] = mapped_column(Text, nullable=False, default="", server_default=EMPTY)
    rpw_indicators: Mapped[str] = mapped_column(Text, nullable=False, default="", server_default=EMPTY)
    rpw_approved_by: Mapped[str] = mapped_column(String(200), nullable=False, default="", server_default=EMPTY)
    evaluation_workshop: Mapped[str] = mapped_column(Text, nullable=False, default="", server_default=EMPTY)
    evaluation_documents: Mapped[str] = mapped_column(Text, nullable=False, default="", server_default=EMPTY)
    evaluation_survey: Mapped[str] = mapped_column(Text, nullable=False, default="", server_default=EMPTY)
    recommendations: Mapped[str] = mapped_column(Text, nullable=False, default="", server_default=EMPTY)
    report_on: Mapped[dt.date | None] = mapped_column(Date)
    __table_args__ = (
        CheckConstraint("ends_on >= starts_on", name="dates"),
        CheckConstraint(_in("status", SUPPORT_STATUSES), name="status"),
    )


STEP_STATES = ("planned", "in_progress", "done")


class SupportStep(Versioned, Base):
    """One of the four steps of process support (1 diagnosis, 2 agreeing, 3 planning and doing, 4 evaluation)."""

    __tablename__ = "support_step"
    id: Mapped[int] = mapped_column(primary_key=True)
    support_id: Mapped[int] = mapped_column(ForeignKey("process_support.id", ondelete="CASCADE"), nullable=False)
    number: Mapped[int] = mapped_column(Integer, nullable=False)
    starts_on: Mapped[dt.date | None] = mapped_column(Date)
    ends_on: Mapped[dt.date | None] = mapped_column(Date)
    state: Mapped[str] = mapped_column(String(20), nullable=False, default="planned")
    notes: Mapped[str] = mapped_column(Text, nullable=False, default="")
    __table_args__ = (
        UniqueConstraint("support_id", "number"),
        CheckConstraint("number BETWEEN 1 AND 4", name="number"),
        CheckConstraint(_in("state", STEP_STATES), name="state"),
        CheckConstraint("starts_on IS NULL OR ends_on IS NULL OR ends_on >= starts_on", name="dates"),
    )


RPW_FORMS = (
    "szkolenie", "warsztat", "kurs_online", "zadanie_indywidualne", "obserwacja_lekcji", "obserwacja_kolezenska",
    "wizyta_studyjna", "konsultacje", "spotkanie_ewaluacyjne", "inna",
)  # fmt: skip


class RpwItem(Versioned, Base):
    """A line of the roczny plan wspomagania: goal, activity, dates, who is responsible, indicator."""

    __tablename__ = "rpw_item"
    id: Mapped[int] = mapped_column(primary_key=True)
    support_id: Mapped[int] = mapped_column(ForeignKey("process_support.id", ondelete="CASCADE"), nullable=False)
    position: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    goal: Mapped[str] = mapped_column(Text, nullable=False, default="")
    activity: Mapped[str] = mapped_column(Text, nullable=False)
    form: Mapped[str] = mapped_column(String(30), nullable=False, default="inna")
    starts_on: Mapped[dt.date | None] = mapped_column(Date)
    ends_on: Mapped[dt.date | None] = mapped_column(Date)
    responsible: Mapped[str] = mapped_column(String(200), nullable=False, default="")
    indicator: Mapped[str] = mapped_column(Text, nullable=False, default="")
    done: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    __table_args__ = (
        CheckConstraint(_in("form", RPW_FORMS), name="form"),
        CheckConstraint("starts_on IS NULL OR ends_on IS NULL OR ends_on >= starts_on", name="dates"),
    )


class RpwBaselineItem(Versioned, Base):
    """A copy of an RPW line as the director approved it; item_id is kept even if the line is removed."""

    __tablename__ = "rpw_baseline_item"
    id: Mapped[int] = mapped_column(primary_key=True)
    support_id: Mapped[int] = mapped_column(
        ForeignKey("process_support.id", ondelete="CASCADE"), nullable=False, index=True
    )
    item_id: Mapped[int] = mapped_column(Integer, nullable=False)
    position: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    activity: Mapped[str] = mapped_column(Text, nullable=False)
    form: Mapped[str] = mapped_column(String(30), nullable=False)
    starts_on: Mapped[dt.date | None] = mapped_column(Date)
    ends_on: Mapped[dt.date | None] = mapped_column(Date)
    responsible: Mapped[str] = mapped_column(String(200), nullable=False, default="")
    indicator: Mapped[str] = mapped_column(Text, nullable=False, default="")
    __table_args__ = (UniqueConstraint("support_id", "item_id"),)


NETWORK_PROVIDERS = ("ODN", "PPP", "BP")


class Network(Versioned, Base):
    """A sieć współpracy i samokształcenia run by a coordinator from ODN, PPP or BP."""

    __tablename__ = "network"
    id: Mapped[int] = mapped_column(primary_key=True)
    jst_id: Mapped[int] = mapped_column(ForeignKey("jst.id", ondelete="CASCADE"), nullable=False, index=True)
    name: Mapped[str] = mapped_column(String(300), nullable=False)
    provider_code: Mapped[str] = mapped_column(ForeignKey("support_provider.code"), nullable=False)
    coordinator: Mapped[str] = mapped_column(String(200), nullable=False, default="")
    school_year: Mapped[str] = mapped_column(String(9), nullable=False)
    goals: Mapped[str] = mapped_column(Text, nullable=False, default="")
    planned_meetings: Mapped[int] = mapped_column(Integer, nullable=False, default=5)
    # added by revision 0008
    provider_name: Mapped[str] = mapped_column(String(300), nullable=False, default="", server_default=EMPTY)
    needs_diagnosis: Mapped[str] = mapped_column(Text, nullable=False, default="", server_default=EMPTY)
    conclusions: Mapped[str] = mapped_column(Text, nullable=False, default="", server_default=EMPTY)
    __table_args__ = (
        UniqueConstraint("jst_id", "name", "school_year"),
        CheckConstraint("planned_meetings >= 0", name="planned_meetings"),
    )


class NetworkMember(Versioned, Base):
    """A teacher (from one of the JST's schools or elsewhere) taking part in a network."""

    __tablename__ = "network_member"
    id: Mapped[int] = mapped_column(primary_key=True)
    network_id: Mapped[int] = mapped_column(ForeignKey("network.id", ondelete="CASCADE"), nullable=False)
    school_id: Mapped[int | None] = mapped_column(ForeignKey("school.id", ondelete="SET NULL"))
    full_name: Mapped[str] = mapped_column(String(200), nullable=False)
    # added by revision 0008: a teacher from elsewhere names their school; membership is voluntary and dated
    institution: Mapped[str] = mapped_column(String(300), nullable=False, default="", server_default=EMPTY)
    joined_on: Mapped[dt.date | None] = mapped_column(Date)
    left_on: Mapped[dt.date | None] = mapped_column(Date)
    __table_args__ = (UniqueConstraint("network_id", "full_name"),)


NETWORK_MEETING_FORMS = ("samoksztalcenie", "wymiana_doswiadczen", "rozwiazywanie_problemow", "wyklad", "warsztat",
                         "obserwacja_lekcji")  # fmt: skip


class NetworkMeeting(Versioned, Base):
    """A meeting of a network; ``held`` once it took place (attendance is then recorded)."""

    __tablename__ = "network_meeting"
    id: Mapped[int] = mapped_column(primary_key=True)
    network_id: Mapped[int] = mapped_column(ForeignKey("network.id", ondelete="CASCADE"), nullable=False, index=True)
    held_on: Mapped[dt.date] = mapped_column(Date, nullable=False)
    topic: Mapped[str] = mapped_column(Text, nullable=False)
    expert: Mapped[str] = mapped_column(String(300), nullable=False, default="")
    form: Mapped[str] = mapped_column(String(30), nullable=False, default="wymiana_doswiadczen")
    held: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    notes: Mapped[str] = mapped_column(Text, nullable=False, default="")
    __table_args__ = (
        CheckConstraint(_in("form", NETWORK_MEETING_FORMS), name="form"),
        CheckConstraint("length(trim(topic)) > 0", name="topic_not_blank"),
    )


class NetworkAttendance(HasUid, Base):
    """A member present at a network meeting."""

    __tablename__ = "network_attendance"
    meeting_id: Mapped[int] = mapped_column(ForeignKey("network_meeting.id", ondelete="CASCADE"), primary_key=True)
    member_id: Mapped[int] = mapped_column(ForeignKey("network_member.id", ondelete="CASCADE"), primary_key=True)


class FundRate(Versioned, Base):
    """The rate of the teachers' development fund from a year on (art. 70a ust. 1 KN: 0,8 %, earlier 1 %).

    The rate is set by law for every running body, so it is kept once for the whole store, as the settings are;
    a year's fund copies the rate in force when it is planned, and keeps it.
    """

    __tablename__ = "fund_rate"
    id: Mapped[int] = mapped_column(primary_key=True)
    from_year: Mapped[int] = mapped_column(Integer, nullable=False, unique=True)
    rate_percent: Mapped[Decimal] = mapped_column(Numeric(5, 3), nullable=False)
    basis: Mapped[str] = mapped_column(Text, nullable=False, default="")
    __table_args__ = (
        CheckConstraint("from_year BETWEEN 2000 AND 2100", name="from_year"),
        CheckConstraint("rate_percent >= 0 AND rate_percent <= 10", name="rate_percent"),
    )


class FundYear(Versioned, Base):
    """The teachers' development fund for one year (Karta Nauczyciela art. 70a); the rate is a setting."""

    __tablename__ = "fund_year"
    id: Mapped[int] = mapped_column(primary_key=True)
    jst_id: Mapped[int] = mapped_column(ForeignKey("jst.id", ondelete="CASCADE"), nullable=False, index=True)
    year: Mapped[int] = mapped_column(Integer, nullable=False)
    planned_salaries: Mapped[Decimal] = mapped_column(MONEY, nullable=False)
    rate_percent: Mapped[Decimal] = mapped_column(Numeric(5, 3), nullable=False)
    # added by revision 0008: salaries entered per school (planned_salaries is then their sum); the unions' opinion
    per_school: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False, server_default="0")
    unions_consulted_on: Mapped[dt.date | None] = mapped_column(Date)
    unions: Mapped[str] = mapped_column(Text, nullable=False, default="", server_default=EMPTY)
    union_opinion: Mapped[str] = mapped_column(Text, nullable=False, default="", server_default=EMPTY)
    __table_args__ = (
        UniqueConstraint("jst_id", "year"),
        CheckConstraint("year BETWEEN 2000 AND 2100", name="year"),
        CheckConstraint("planned_salaries >= 0", name="planned_salaries"),
        CheckConstraint("rate_percent >= 0 AND rate_percent <= 10", name="rate_percent"),
    )


class FundSchoolSalary(Versioned, Base):
    """The planned yearly personal salaries of one school's teachers, when a year's fund is planned per school."""

    __tablename__ = "fund_school_salary"
    id: Mapped[int] = mapped_column(primary_key=True)
    fund_year_id: Mapped[int] = mapped_column(ForeignKey("fund_year.id", ondelete="CASCADE"), nullable=False)
    school_id: Mapped[int] = mapped_column(ForeignKey("school.id", ondelete="CASCADE"), nullable=False)
    amount: Mapped[Decimal] = mapped_column(MONEY, nullable=False)
    __table_args__ = (
        UniqueConstraint("fund_year_id", "school_id"),
        CheckConstraint("amount >= 0", name="amount"),
    )


ALLOCATION_CATEGORIES = ("support", "network", "courses", "studies", "conferences", "other")


class FundAllocation(Versioned, Base):
    """Money from the fund year given to a purpose (support, a network, a course, a school)."""

    __tablename__ = "fund_allocation"
    id: Mapped[int] = mapped_column(primary_key=True)
    fund_year_id: Mapped[int] = mapped_column(ForeignKey("fund_year.id", ondelete="CASCADE"), nullable=False)
    purpose: Mapped[str] = mapped_column(Text, nullable=False)
    provider_code: Mapped[str | None] = mapped_column(ForeignKey("support_provider.code"))
    school_id: Mapped[int | None] = mapped_column(ForeignKey("school.id", ondelete="SET NULL"))
    support_id: Mapped[int | None] = mapped_column(ForeignKey("process_support.id", ondelete="SET NULL"))
    network_id: Mapped[int | None] = mapped_column(ForeignKey("network.id", ondelete="SET NULL"))
    amount: Mapped[Decimal] = mapped_column(MONEY, nullable=False)
    # added by revision 0008 (the category is checked by the service: a plain added column, no table re-creation)
    category: Mapped[str] = mapped_column(String(20), nullable=False, default="other", server_default="other")
    hdr_activity_id: Mapped[int | None] = mapped_column(ForeignKey("hdr_activity.id", ondelete="SET NULL"))
    __table_args__ = (
        CheckConstraint("amount >= 0", name="amount"),
        CheckConstraint("length(trim(purpose)) > 0", name="purpose_not_blank"),
    )


class Attachment(Versioned, Base):
    """A file kept in the database (a data collection finding, a scanned protocol, an RPW)."""

    __tablename__ = "attachment"
    id: Mapped[int] = mapped_column(primary_key=True)
    jst_id: Mapped[int] = mapped_column(ForeignKey("jst.id", ondelete="CASCADE"), nullable=False, index=True)
    process_id: Mapped[int | None] = mapped_column(ForeignKey("advisory_process.id", ondelete="CASCADE"))
    data_task_id: Mapped[int | None] = mapped_column(ForeignKey("data_task.id", ondelete="CASCADE"))
    meeting_id: Mapped[int | None] = mapped_column(ForeignKey("meeting.id", ondelete="CASCADE"))
    support_id: Mapped[int | None] = mapped_column(ForeignKey("process_support.id", ondelete="CASCADE"))
    activity_id: Mapped[int | None] = mapped_column(ForeignKey("hdr_activity.id", ondelete="CASCADE"))
    filename: Mapped[str] = mapped_column(String(260), nullable=False)
    mime: Mapped[str] = mapped_column(String(120), nullable=False, default="application/octet-stream")
    size: Mapped[int] = mapped_column(Integer, nullable=False)
    data: Mapped[bytes] = mapped_column(LargeBinary, nullable=False)
    description: Mapped[str] = mapped_column(Text, nullable=False, default="")
    added_at: Mapped[dt.datetime] = mapped_column(DateTime, nullable=False, server_default=func.current_timestamp())
    __table_args__ = (
        CheckConstraint("size >= 0 AND size = length(data)", name="size"),
        CheckConstraint("length(trim(filename)) > 0", name="filename_not_blank"),
    )


# ---------------------------------------------------------------- the exchange file's bookkeeping (exchange/)
# Not user data: they say what this installation knows about its exchanges, and never travel as rows.


class Tombstone(Base):
    """A deleted row of user data, so that the deletion travels in the next exchange file (db/tombstones.py)."""

    __tablename__ = "exchange_tombstone"
    id: Mapped[int] = mapped_column(primary_key=True)
    table_name: Mapped[str] = mapped_column(String(80), nullable=False)
    # The row's uid, or for a link table (a pair of keys) the uids of the rows it links, joined by "|".
    row_key: Mapped[str] = mapped_column(String(200), nullable=False, index=True)
    deleted_at: Mapped[dt.datetime] = mapped_column(DateTime, nullable=False, server_default=func.current_timestamp())


class ExchangePeer(Base):
    """Another installation whose file was imported here, with the key it signs with (trusted on first use)."""

    __tablename__ = "exchange_peer"
    id: Mapped[int] = mapped_column(primary_key=True)
    installation_id: Mapped[str] = mapped_column(String(36), nullable=False, unique=True)
    name: Mapped[str] = mapped_column(String(200), nullable=False, default="")
    public_key: Mapped[str] = mapped_column(String(64), nullable=False)  # Ed25519, 32 bytes as hex
    fingerprint: Mapped[str] = mapped_column(String(40), nullable=False)
    first_seen_at: Mapped[dt.datetime] = mapped_column(DateTime, nullable=False)
    last_import_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    last_file_made_at: Mapped[dt.datetime | None] = mapped_column(DateTime)


class ExchangeBase(Base):
    """The content of a row as it stood at the last exchange with a peer: the common base of the next merge.

    ``my_mark`` is this installation's clock when the base was recorded; ``their_mark`` the peer's clock
    written in its file. A file carries its sender's bases, so the receiver can take the newer of two.
    """

    __tablename__ = "exchange_base"
    id: Mapped[int] = mapped_column(primary_key=True)
    peer_id: Mapped[int] = mapped_column(ForeignKey("exchange_peer.id", ondelete="CASCADE"), nullable=False)
    row_key: Mapped[str] = mapped_column(String(200), nullable=False)
    row_hash: Mapped[str] = mapped_column(String(64), nullable=False)
    my_mark: Mapped[int] = mapped_column(BigInteger, nullable=False)
    their_mark: Mapped[int] = mapped_column(BigInteger, nullable=False)
    __table_args__ = (UniqueConstraint("peer_id", "row_key"),)


class ExchangeHistory(Base):
    """The version of a row that lost a conflict in an import, kept so that it can be read (and retyped) later."""

    __tablename__ = "exchange_history"
    id: Mapped[int] = mapped_column(primary_key=True)
    jst_uid: Mapped[str] = mapped_column(String(36), nullable=False, index=True)
    table_name: Mapped[str] = mapped_column(String(80), nullable=False)
    row_key: Mapped[str] = mapped_column(String(200), nullable=False)
    label: Mapped[str] = mapped_column(Text, nullable=False, default="")
    kept: Mapped[str] = mapped_column(String(10), nullable=False)  # whose version stayed: "mine" or "theirs"
    lost: Mapped[str] = mapped_column(Text, nullable=False)  # the losing version as JSON (null: it was deleted)
    kept_version: Mapped[str] = mapped_column(Text, nullable=False)  # the winning version as JSON
    peer_name: Mapped[str] = mapped_column(String(200), nullable=False, default="")
    decided_at: Mapped[dt.datetime] = mapped_column(DateTime, nullable=False)
    __table_args__ = (CheckConstraint("kept IN ('mine', 'theirs')", name="kept"),)


# ---------------------------------------------------------------- the annual report on education (art. 11 ust. 7)

SCHOOL_YEAR_CHECK = "length(school_year) = 9 AND substr(school_year, 5, 1) = '/'"
EXAMS = ("e8", "em")  # egzamin ósmoklasisty, matura
COMPARISON_LEVELS = ("powiat", "wojewodztwo", "kraj")
SUPERVISION_KINDS = ("ewaluacja", "kontrola", "monitorowanie", "inne")


class SchoolYearStats(Versioned, Base):
    """One school's figures for one school year: pupils, classes, teachers by promotion grade, posts.

    The grades before 1 September 2022 (stażysta, kontraktowy) are kept for the older years; from 2022/2023 the
    Karta Nauczyciela knows the początkujący, mianowany and dyplomowany teacher.
    """

    __tablename__ = "school_year_stats"
    id: Mapped[int] = mapped_column(primary_key=True)
    school_id: Mapped[int] = mapped_column(ForeignKey("school.id", ondelete="CASCADE"), nullable=False, index=True)
    school_year: Mapped[str] = mapped_column(String(9), nullable=False)
    pupils: Mapped[int | None] = mapped_column(Integer)
    classes: Mapped[int | None] = mapped_column(Integer)
    teachers: Mapped[int | None] = mapped_column(Integer)
    trainee: Mapped[int | None] = mapped_column(Integer)  # stażysta (before 2022)
    contract: Mapped[int | None] = mapped_column(Integer)  # kontraktowy (before 2022)
    beginning: Mapped[int | None] = mapped_column(Integer)  # początkujący (from 2022)
    appointed: Mapped[int | None] = mapped_column(Integer)  # mianowany
    chartered: Mapped[int | None] = mapped_column(Integer)  # dyplomowany
    posts: Mapped[Decimal | None] = mapped_column(Numeric(8, 2))
    special_needs: Mapped[int | None] = mapped_column(Integer)  # pupils with an orzeczenie o potrzebie kształcenia
    __table_args__ = (
        UniqueConstraint("school_id", "school_year"),
        CheckConstraint(SCHOOL_YEAR_CHECK, name="school_year"),
        *(
            CheckConstraint(f"{c} IS NULL OR {c} >= 0", name=c)
            for c in ("pupils", "classes", "teachers", "trainee", "contract", "beginning", "appointed", "chartered",
                      "posts", "special_needs")
        ),
    )  # fmt: skip


class EducationYear(Versioned, Base):
    """The JST's own figures for a school year: spending on education, the state money, the transport of pupils.

    The money is for the budget year ``budget_year`` (by default the calendar year the school year starts in, the
    last complete one when the report is written); up to 2024 the state money is the subwencja oświatowa, from 2025
    the "potrzeby oświatowe" of the act on JST revenue.
    """

    __tablename__ = "education_year"
    id: Mapped[int] = mapped_column(primary_key=True)
    jst_id: Mapped[int] = mapped_column(ForeignKey("jst.id", ondelete="CASCADE"), nullable=False, index=True)
    school_year: Mapped[str] = mapped_column(String(9), nullable=False)
    budget_year: Mapped[int] = mapped_column(Integer, nullable=False)
    spending_current: Mapped[Decimal | None] = mapped_column(MONEY)
    spending_capital: Mapped[Decimal | None] = mapped_column(MONEY)
    state_funding: Mapped[Decimal | None] = mapped_column(MONEY)
    transported_pupils: Mapped[int | None] = mapped_column(Integer)
    transport_cost: Mapped[Decimal | None] = mapped_column(MONEY)
    __table_args__ = (
        UniqueConstraint("jst_id", "school_year"),
        CheckConstraint(SCHOOL_YEAR_CHECK, name="school_year"),
        CheckConstraint("budget_year BETWEEN 2000 AND 2100", name="budget_year"),
        *(
            CheckConstraint(f"{c} IS NULL OR {c} >= 0", name=c)
            for c in ("spending_current", "spending_capital", "state_funding", "transported_pupils", "transport_cost")
        ),
    )


class ReportSection(Versioned, Base):
    """The narrative of one section of the annual report for one school year, and whether the section is printed."""

    __tablename__ = "report_section"
    id: Mapped[int] = mapped_column(primary_key=True)
    jst_id: Mapped[int] = mapped_column(ForeignKey("jst.id", ondelete="CASCADE"), nullable=False, index=True)
    school_year: Mapped[str] = mapped_column(String(9), nullable=False)
    section: Mapped[str] = mapped_column(String(30), nullable=False)
    narrative: Mapped[str] = mapped_column(Text, nullable=False, default="")
    included: Mapped[bool] = mapped_column(Boolean, nullable=False, default=True)
    __table_args__ = (
        UniqueConstraint("jst_id", "school_year", "section"),
        CheckConstraint(SCHOOL_YEAR_CHECK, name="school_year"),
    )


class SupervisionEntry(Versioned, Base):
    """A result of the kurator's pedagogical supervision in one school: an evaluation, an inspection, monitoring."""

    __tablename__ = "supervision_entry"
    id: Mapped[int] = mapped_column(primary_key=True)
    school_id: Mapped[int] = mapped_column(ForeignKey("school.id", ondelete="CASCADE"), nullable=False, index=True)
    school_year: Mapped[str] = mapped_column(String(9), nullable=False)
    kind: Mapped[str] = mapped_column(String(20), nullable=False, default="ewaluacja")
    subject: Mapped[str] = mapped_column(Text, nullable=False)
    result: Mapped[str] = mapped_column(Text, nullable=False, default="")
    __table_args__ = (
        CheckConstraint(SCHOOL_YEAR_CHECK, name="school_year"),
        CheckConstraint(_in("kind", SUPERVISION_KINDS), name="kind"),
        CheckConstraint("length(trim(subject)) > 0", name="subject_not_blank"),
    )


class ExamResult(Versioned, Base):
    """One school's published result in one subject of an external exam written in ``year`` (CKE figures).

    A figure the CKE did not publish (fewer than 5 pupils) is NULL, never 0.
    """

    __tablename__ = "exam_result"
    id: Mapped[int] = mapped_column(primary_key=True)
    school_id: Mapped[int] = mapped_column(ForeignKey("school.id", ondelete="CASCADE"), nullable=False, index=True)
    exam: Mapped[str] = mapped_column(String(2), nullable=False)
    year: Mapped[int] = mapped_column(Integer, nullable=False)
    subject: Mapped[str] = mapped_column(String(120), nullable=False)
    takers: Mapped[int | None] = mapped_column(Integer)
    mean: Mapped[Decimal | None] = mapped_column(Numeric(5, 2))
    std_dev: Mapped[Decimal | None] = mapped_column(Numeric(5, 2))
    median: Mapped[Decimal | None] = mapped_column(Numeric(5, 2))
    mode: Mapped[Decimal | None] = mapped_column(Numeric(5, 2))
    pass_rate: Mapped[Decimal | None] = mapped_column(Numeric(5, 2))
    laureates: Mapped[int | None] = mapped_column(Integer)
    __table_args__ = (
        UniqueConstraint("school_id", "exam", "year", "subject"),
        CheckConstraint(_in("exam", EXAMS), name="exam"),
        CheckConstraint("year BETWEEN 2000 AND 2100", name="year"),
        CheckConstraint("takers IS NULL OR takers >= 0", name="takers"),
        CheckConstraint("laureates IS NULL OR laureates >= 0", name="laureates"),
        *(
            CheckConstraint(f"{c} IS NULL OR ({c} >= 0 AND {c} <= 100)", name=c)
            for c in ("mean", "std_dev", "median", "mode", "pass_rate")
        ),
    )


class ExamComparison(Versioned, Base):
    """The mean result of the powiat, the voivodeship or the country in one subject, and where it came from."""

    __tablename__ = "exam_comparison"
    id: Mapped[int] = mapped_column(primary_key=True)
    jst_id: Mapped[int] = mapped_column(ForeignKey("jst.id", ondelete="CASCADE"), nullable=False, index=True)
    exam: Mapped[str] = mapped_column(String(2), nullable=False)
    year: Mapped[int] = mapped_column(Integer, nullable=False)
    subject: Mapped[str] = mapped_column(String(120), nullable=False)
    level: Mapped[str] = mapped_column(String(20), nullable=False)
    mean: Mapped[Decimal | None] = mapped_column(Numeric(5, 2))
    source: Mapped[str] = mapped_column(String(300), nullable=False, default="")
    __table_args__ = (
        UniqueConstraint("jst_id", "exam", "year", "subject", "level"),
        CheckConstraint(_in("exam", EXAMS), name="exam"),
        CheckConstraint(_in("level", COMPARISON_LEVELS), name="level"),
        CheckConstraint("year BETWEEN 2000 AND 2100", name="year"),
        CheckConstraint("mean IS NULL OR (mean >= 0 AND mean <= 100)", name="mean"),
    )
