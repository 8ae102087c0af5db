"""'Plan zbierania danych': the data collection tasks of the zadanie wdrożeniowe, as of the document's date.

Overdue tasks are marked in words ("PO TERMINIE (3 dni)"), not by colour: the plan is printed in black and
white and photocopied for the team.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from wsparcie_desktop.errors import DomainError
from wsparcie_desktop.i18n import format_date, format_date_short, plural, plural_form
from wsparcie_desktop.reports.data import JstInfo, PrintOptions, print_options
from wsparcie_desktop.reports.engine import Column, Document, Markup, Signature
from wsparcie_desktop.reports.registry import document
from wsparcie_desktop.reports.text import join_lines
from wsparcie_desktop.services.data_tasks import DataTaskData, overdue_text

DOCUMENT_ID = "plan-zbierania-danych"
TITLE = "Plan zbierania danych"

COLUMNS = (
    Column("Lp.", 0.4, "right"),
    Column("Jakie dane", 2.2),
    Column("Źródło", 1.3),
    Column("Kto zbiera", 1.3),
    Column("Termin", 1.05),
    Column("Stan", 1.0),
    Column("Ustalenia i kluczowe liczby", 2.9),
    Column("Pliki", 0.55, "right"),
)


@dataclass(frozen=True)
class DataPlan:
    process_name: str
    area_title: str
    tasks: list[DataTaskData]


def summary(tasks: list[DataTaskData], date: dt.date) -> str:
    """'Zadań: 5 (zakończone: 2, w toku: 2, po terminie: 1). Stan na 20 maja 2026 r.'"""
    done = sum(t.status == "done" for t in tasks)
    cancelled = sum(t.status == "cancelled" for t in tasks)
    overdue = sum(t.overdue for t in tasks)
    parts = [f"zakończone: {done}", f"w toku: {len(tasks) - done - cancelled}"]
    if cancelled:
        parts.append(f"odwołane: {cancelled}")
    parts.append(f"po terminie: {overdue}")
    return f"{plural(len(tasks), 'zadanie').capitalize()} ({', '.join(parts)}). Stan na {format_date(date)}"


def _due(task: DataTaskData) -> Markup | str:
    if task.due_on is None:
        return "bez terminu"
    if task.overdue:
        return Markup.build("{date}<br/><b>PO TERMINIE</b><br/>{late}", date=format_date_short(task.due_on),
                            late=overdue_text(task.days_overdue).removeprefix("po terminie "))  # fmt: skip
    return format_date_short(task.due_on)


def render(info: JstInfo, plan: DataPlan, options: PrintOptions) -> Document:
    doc = Document(TITLE, jst_name=info.name, coat_of_arms=info.coat_of_arms, orientation="landscape",
                   subject=f"{TITLE}: {info.name}")  # fmt: skip
    doc.place_and_date(options.place, options.date)
    doc.title_block([f"Proces doradczy: {plan.process_name}", f"Obszar wsparcia: {plan.area_title}"])
    doc.paragraph(summary(plan.tasks, options.date))
    rows = [
        [
            f"{number}.",
            task.what,
            task.source_label,
            task.collector or "—",
            _due(task),
            Markup.build("<b>{s}</b>", s=task.status_label) if task.overdue else task.status_label,
            join_lines([task.findings, f"Kluczowe liczby: {task.key_figures}" if task.key_figures else ""]) or "—",
            str(task.attachments) if task.attachments else "—",
        ]
        for number, task in enumerate(plan.tasks, start=1)
    ]
    doc.table(COLUMNS, rows, empty_text="Nie zaplanowano jeszcze żadnego zadania zbierania danych.")
    overdue = [t for t in plan.tasks if t.overdue]
    if overdue:
        names = "; ".join(
            f"{t.what} (termin {format_date_short(t.due_on)}, "
            f"{t.days_overdue} {plural_form(t.days_overdue, 'dzień', 'dni', 'dni')} po terminie)"
            for t in overdue
        )
        label = plural_form(len(overdue), "Zadanie po terminie", "Zadania po terminie", "Zadania po terminie")
        doc.paragraph(Markup.build("<b>{label}:</b> {names}.", label=label, names=names))
    doc.note("„Pliki” to liczba plików dołączonych do zadania i przechowywanych w programie.")
    doc.signatures([
        Signature("Sporządził(a)", options.prepared_by.name, options.prepared_by.position),
        Signature("Zatwierdził(a)", options.approved_by.name, options.approved_by.position),
    ])  # fmt: skip
    return doc


def process_for(db, jst_id: int, process_id: object) -> int:
    """The process the document is about: the one asked for, else the JST's latest."""
    from wsparcie_desktop.services.dashboard import latest_process_id
    from wsparcie_desktop.services.processes import get_process

    if process_id is None:
        process_id = latest_process_id(db, jst_id)
        if process_id is None:
            raise DomainError("Ten samorząd nie ma jeszcze procesu doradczego — utwórz go w sekcji „Proces doradczy”.")
    process = get_process(db, int(process_id))
    if process.jst_id != jst_id:
        raise DomainError("Ten proces doradczy należy do innego samorządu.")
    if process.chosen_area_id is None:
        raise DomainError("Proces nie ma jeszcze wybranego obszaru wsparcia — wybierz go w sekcji „Proces doradczy”.")
    return process.id


@document(DOCUMENT_ID, TITLE, "landscape", "Zadania zbierania danych w wybranym obszarze, z terminami i ustaleniami; "
          "zadania po terminie są wyróżnione słownie.")  # fmt: skip
def build(db, jst_id: int, out_path: str | Path, **options: object) -> Path:
    from wsparcie_desktop.reports.loaders import default_signatures, load_jst
    from wsparcie_desktop.services.data_tasks import list_tasks
    from wsparcie_desktop.services.diagnosis import diagnosis_context

    process_id = process_for(db, jst_id, options.pop("process_id", None))
    info = load_jst(db, jst_id)
    settings = print_options(info.city, default_signatures(info), **options)
    context = diagnosis_context(db, process_id)
    plan = DataPlan(context.process_name, context.area_title, list_tasks(db, process_id, today=settings.date))
    return render(info, plan, settings).write(out_path)
