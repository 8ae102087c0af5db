"""'Lista obecności' and 'Protokół spotkania': the two papers of an on-site meeting.

The attendance list is printed before the meeting, to be signed: one page set per day, each with the
meeting's header, the day's date and a tall signature column. The minutes are printed after it: the
attendance summary per day, what was discussed under each point of the agenda, the decisions, the agreed
tasks with who and by when, and the signatures of who took the minutes and who led the meeting.

Both take ``meeting_id``; without it, the most recent meeting that has begun (else the next one planned).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from reportlab.lib.units import mm
from reportlab.platypus import Spacer

from wsparcie_desktop.errors import DomainError
from wsparcie_desktop.i18n import format_date, format_date_short
from wsparcie_desktop.reports.data import JstInfo, PrintOptions, print_options
from wsparcie_desktop.reports.engine import Column, Document, Markup, Signature
from wsparcie_desktop.reports.registry import document
from wsparcie_desktop.services.meetings import (
    AgendaItemData,
    DecisionData,
    MeetingData,
    MeetingTaskData,
    ParticipantData,
)

LIST_ID, LIST_TITLE = "lista-obecnosci", "Lista obecności"
MINUTES_ID, MINUTES_TITLE = "protokol-spotkania", "Protokół spotkania"
DAY_NAMES = ("poniedziałek", "wtorek", "środa", "czwartek", "piątek", "sobota", "niedziela")
SIGN_ROW_MM = 9


@dataclass(frozen=True)
class MeetingPapers:
    process_name: str
    meeting: MeetingData
    leaders: list[str]
    agenda: list[AgendaItemData]
    participants: list[ParticipantData]
    decisions: list[DecisionData]
    tasks: list[MeetingTaskData]


def day_text(day: dt.date) -> str:
    """'wtorek, 10 marca 2026 r.'"""
    return f"{DAY_NAMES[day.weekday()]}, {format_date(day)}"


def _header(doc: Document, papers: MeetingPapers, day_line: str) -> None:
    m = papers.meeting
    doc.title_block([m.title, day_line])
    doc.fields([
        ("Rodzaj spotkania", m.kind_label),
        ("Termin", m.dates_text),
        ("Miejsce", m.place),
        ("Prowadzą", ", ".join(papers.leaders)),
        ("Proces doradczy", papers.process_name),
    ], label_share=0.25)  # fmt: skip
    doc.spacer(3)


def render_list(info: JstInfo, papers: MeetingPapers, options: PrintOptions) -> Document:
    doc = Document(LIST_TITLE, jst_name=info.name, coat_of_arms=info.coat_of_arms, orientation="portrait",
                   subject=f"{LIST_TITLE}: {papers.meeting.title}")  # fmt: skip
    columns = (Column("Lp.", 0.45, "right"), Column("Imię i nazwisko", 2.3), Column("Instytucja, stanowisko", 2.6),
               Column("Podpis", 2.4))  # fmt: skip
    days = papers.meeting.days
    for number, day in enumerate(days, start=1):
        if number > 1:
            doc.page_break()
        line = f"Dzień {number} z {len(days)}: {day_text(day)}" if len(days) > 1 else day_text(day)
        _header(doc, papers, line)
        rows = [[f"{n}.", p.full_name, p.institution or "", [Spacer(1, SIGN_ROW_MM * mm)]]
                for n, p in enumerate(papers.participants, start=1)]  # fmt: skip
        rows += [[f"{n}.", "", "", [Spacer(1, SIGN_ROW_MM * mm)]]
                 for n in range(len(rows) + 1, len(rows) + 4)]  # three empty lines for those not invited  # fmt: skip
        doc.table(columns, rows, font_size=10)
        doc.note("Podpisując listę, uczestnik potwierdza obecność w danym dniu spotkania.")
        doc.signatures([Signature("Prowadzący spotkanie", ", ".join(papers.leaders))])
    return doc


def _attendance_rows(papers: MeetingPapers) -> list[list[str]]:
    days = papers.meeting.days
    rows = []
    for n, p in enumerate(papers.participants, start=1):
        marks = ["obecny(a)" if day in p.days_present else "nieobecny(a)" for day in days]
        rows.append([f"{n}.", p.full_name, p.institution or "—", *marks])
    return rows


def render_minutes(info: JstInfo, papers: MeetingPapers, options: PrintOptions) -> Document:
    m = papers.meeting
    doc = Document(MINUTES_TITLE, jst_name=info.name, coat_of_arms=info.coat_of_arms, orientation="portrait",
                   subject=f"{MINUTES_TITLE}: {m.title}")  # fmt: skip
    doc.place_and_date(options.place or m.place, options.date)
    _header(doc, papers, f"{m.dates_text}")
    days = m.days

    doc.heading("1. Obecność")
    counts = [sum(day in p.days_present for p in papers.participants) for day in days]
    doc.paragraph("; ".join(f"dzień {n} ({format_date_short(day)}): obecnych {c} z {len(papers.participants)}"
                            for n, (day, c) in enumerate(zip(days, counts, strict=True), start=1))
                  + ". Podpisane listy obecności stanowią załącznik do protokołu.")  # fmt: skip
    day_columns = [Column(f"Dzień {n}", 1.1, "center") for n in range(1, len(days) + 1)]
    doc.table([Column("Lp.", 0.45, "right"), Column("Imię i nazwisko", 2.0), Column("Instytucja", 2.4),
               *day_columns], _attendance_rows(papers), empty_text="Nie wpisano uczestników.")  # fmt: skip

    doc.heading("2. Przebieg spotkania")
    if m.notes:
        doc.paragraph(m.notes)
    for number, day in enumerate(days, start=1):
        items = [i for i in papers.agenda if i.day == number]
        if not items:
            continue
        doc.heading(f"Dzień {number}: {day_text(day)}", level=2)
        rows = []
        for item in items:
            times = "–".join(t for t in (item.starts_at, item.ends_at) if t) or "—"
            topic = Markup.build("<b>{t}</b>", t=item.topic)
            if item.leader:
                topic = Markup.build("<b>{t}</b><br/>prowadzi: {l}", t=item.topic, l=item.leader)
            rows.append([times, topic, item.discussion or "—"])
        doc.table([Column("Godziny", 0.9), Column("Punkt programu", 2.6), Column("Co omówiono", 3.9)], rows)

    doc.heading("3. Decyzje")
    if papers.decisions:
        for n, decision in enumerate(papers.decisions, start=1):
            doc.paragraph(f"{n}. {decision.text}")
    else:
        doc.note("Na spotkaniu nie podjęto decyzji.")

    doc.heading("4. Uzgodnione zadania")
    rows = [[f"{n}.", t.what, t.who or "—", format_date_short(t.due_on) if t.due_on else "bez terminu",
             t.status_label + (f" (przeniesione: {t.converted_to})" if t.converted_to else "")]
            for n, t in enumerate(papers.tasks, start=1)]  # fmt: skip
    doc.table([Column("Lp.", 0.45, "right"), Column("Zadanie", 3.2), Column("Kto", 1.6), Column("Do kiedy", 1.1),
               Column("Stan", 1.4)], rows, empty_text="Nie uzgodniono zadań.")  # fmt: skip

    doc.signatures([
        Signature("Protokołował(a)", options.prepared_by.name, options.prepared_by.position),
        Signature("Prowadzący spotkanie", ", ".join(papers.leaders)),
    ])  # fmt: skip
    return doc


def process_of(db, jst_id: int, process_id: object) -> int:
    """The process asked for, else the JST's latest; unlike stage 2's documents no chosen area is needed."""
    from wsparcie_desktop.services.dashboard import latest_process_id
    from wsparcie_desktop.services.processes import get_process

    if process_id is None:
        process_id = latest_process_id(db, jst_id)
        if process_id is None:
            raise DomainError("Ten samorząd nie ma jeszcze procesu doradczego — utwórz go w sekcji „Proces doradczy”.")
    process = get_process(db, int(process_id))
    if process.jst_id != jst_id:
        raise DomainError("Ten proces doradczy należy do innego samorządu.")
    return process.id


def pick_meeting(db, jst_id: int, meeting_id: object, today: dt.date | None = None) -> int:
    """The meeting asked for, else the latest one that has begun, else the next one planned."""
    from wsparcie_desktop.services import meetings

    if meeting_id is not None:
        meeting = meetings.get_meeting(db, int(meeting_id))
        from wsparcie_desktop.services.processes import get_process

        if get_process(db, meeting.process_id).jst_id != jst_id:
            raise DomainError("To spotkanie należy do innego samorządu.")
        return meeting.id
    process_id = process_of(db, jst_id, None)
    rows = [s.meeting for s in meetings.list_meetings(db, process_id)]
    if not rows:
        raise DomainError("Ten proces nie ma jeszcze spotkań — dodaj je w sekcji „Spotkania”.")
    today = today or dt.date.today()
    begun = [m for m in rows if m.starts_on <= today]
    return (begun[-1] if begun else rows[0]).id


def load_papers(db, meeting_id: int) -> MeetingPapers:
    from wsparcie_desktop.services import meetings, people
    from wsparcie_desktop.services.processes import get_process

    meeting = meetings.get_meeting(db, meeting_id)
    leaders = [people.get_person(db, pid).full_name for pid in meeting.leader_ids]
    return MeetingPapers(get_process(db, meeting.process_id).name, meeting, leaders,
                         meetings.list_agenda(db, meeting_id), meetings.list_participants(db, meeting_id),
                         meetings.list_decisions(db, meeting_id), meetings.list_meeting_tasks(db, meeting_id))  # fmt: skip


def _build(render, db, jst_id: int, out_path: Path, options: dict) -> Path:
    from wsparcie_desktop.reports.loaders import default_signatures, load_jst

    meeting_id = pick_meeting(db, jst_id, options.pop("meeting_id", None))
    options.pop("process_id", None)
    info = load_jst(db, jst_id)
    settings = print_options(info.city, default_signatures(info), **options)
    return render(info, load_papers(db, meeting_id), settings).write(out_path)


@document(LIST_ID, LIST_TITLE, "portrait", "Lista obecności spotkania do podpisu: osobna strona na każdy dzień, "
          "z nagłówkiem spotkania i kolumną na podpis.")  # fmt: skip
def build_list(db, jst_id: int, out_path: str | Path, **options: object) -> Path:
    return _build(render_list, db, jst_id, Path(out_path), dict(options))


@document(MINUTES_ID, MINUTES_TITLE, "portrait", "Protokół spotkania: obecność w każdym dniu, przebieg według "
          "programu, decyzje i uzgodnione zadania, z podpisami.")  # fmt: skip
def build_minutes(db, jst_id: int, out_path: str | Path, **options: object) -> Path:
    return _build(render_minutes, db, jst_id, Path(out_path), dict(options))
