"""The report to ORE in the form planned in the HDR: its sections, their texts, its state and due date.

The three forms (opis dobrej praktyki, studium refleksji na podstawie etapów dyskusji zogniskowanej,
minireportaż z wywiadem) and their sections with guiding questions are editable content in
resources/reference/ore_report_forms.json, as the 12 areas are. A section not yet written starts from a draft
the program writes from its data where the section asks for it: the area, the priority gaps, the goals, the
activities done and the indicators with their measurements. The due date and the person come from the HDR;
a report not sent by its due date is overdue.

Changes are of ``Kind.ORE_REPORT``; their ``ids`` name the report.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass, field
from functools import lru_cache

from sqlalchemy import select
from sqlalchemy.orm import Session

from wsparcie_desktop.changes import Change, Kind
from wsparcie_desktop.db.database import Database
from wsparcie_desktop.db.models import ORE_REPORT_STATUSES, Hdr, OreReport, OreReportSection
from wsparcie_desktop.db.versioning import check_version, touch
from wsparcie_desktop.errors import DomainError
from wsparcie_desktop.i18n import format_date_short, plural
from wsparcie_desktop.paths import resource
from wsparcie_desktop.services.processes import process_change

STATUS_LABELS = {"draft": "w przygotowaniu", "ready": "gotowy do wysłania", "sent": "wysłany do ORE"}
assert set(STATUS_LABELS) == set(ORE_REPORT_STATUSES)
PREFILLS = ("area", "gaps", "goals", "activities_done", "indicators")
MAX_SECTION_CHARS = 60_000  # some twenty pages of text; more is a paste gone wrong


@dataclass(frozen=True)
class SectionSpec:
    key: str
    title: str
    questions: tuple[str, ...]
    prefill: str | None = None


@dataclass(frozen=True)
class FormSpec:
    code: str
    title: str
    intro: str
    sections: tuple[SectionSpec, ...]


def _read_forms(text: str) -> dict[str, FormSpec]:
    data = json.loads(text)
    forms = {}
    for code, form in data["forms"].items():
        sections = []
        seen = set()
        for item in form["sections"]:
            key = str(item["key"])
            if key in seen:
                raise ValueError(f"ore_report_forms.json: section {key!r} twice in {code}")
            seen.add(key)
            prefill = item.get("prefill")
            if prefill is not None and prefill not in PREFILLS:
                raise ValueError(f"ore_report_forms.json: unknown prefill {prefill!r}")
            sections.append(SectionSpec(key, str(item["title"]), tuple(str(q) for q in item.get("questions", [])),
                                        prefill))  # fmt: skip
        forms[code] = FormSpec(code, str(form["title"]), str(form.get("intro", "")), tuple(sections))
    return forms


@lru_cache(maxsize=1)
def load_forms() -> dict[str, FormSpec]:
    """The three forms as the resource file describes them."""
    return _read_forms(resource("reference", "ore_report_forms.json").read_text(encoding="utf-8"))


@dataclass
class SectionView:
    spec: SectionSpec
    text: str
    written: bool  # False: ``text`` is the program's draft, nothing stored yet
    version: int | None = None


@dataclass
class OreReportView:
    """The report as the editor and the document show it."""

    process_id: int
    hdr_id: int
    form: FormSpec | None
    due_on: dt.date | None
    responsible: str
    status: str = "draft"
    title: str = ""
    sent_on: dt.date | None = None
    report_id: int | None = None
    version: int | None = None
    sections: list[SectionView] = field(default_factory=list)
    today: dt.date = field(default_factory=dt.date.today)

    @property
    def started(self) -> bool:
        return any(s.written and s.text.strip() for s in self.sections)

    @property
    def written_count(self) -> int:
        return sum(1 for s in self.sections if s.written and s.text.strip())

    @property
    def overdue(self) -> bool:
        return self.due_on is not None and self.due_on < self.today and self.status != "sent"

    @property
    def state_text(self) -> str:
        """'w przygotowaniu (3 z 7 sekcji), termin 30.07.2027' — with 'PO TERMINIE' when overdue."""
        if self.form is None:
            return "nie zaplanowano formy raportu w HDR"
        text = STATUS_LABELS[self.status]
        if self.status == "sent" and self.sent_on:
            text += f" {format_date_short(self.sent_on)}"
        elif self.status == "draft":
            text += f" ({self.written_count} z {len(self.sections)} sekcji)" if self.started else " (nie rozpoczęty)"
        if self.due_on and self.status != "sent":
            text += f", termin {format_date_short(self.due_on)}"
        if self.overdue:
            text += f" — PO TERMINIE ({plural((self.today - self.due_on).days, 'dzień')})"
        return text


def _hdr(s: Session, process_id: int) -> Hdr:
    hdr = s.scalar(select(Hdr).where(Hdr.process_id == process_id))
    if hdr is None:
        raise DomainError("Ten proces nie ma jeszcze HDR — forma raportu dla ORE planuje się w HDR.")
    return hdr


def get_report(db: Database, process_id: int, today: dt.date | None = None, drafts: bool = True) -> OreReportView:
    """The report of the process's HDR with every section of its form (drafts for those not yet written)."""
    from wsparcie_desktop.services.hdr_plan import load_plan

    today = today or dt.date.today()
    plan = load_plan(db, process_id)
    with db.transaction() as s:
        hdr = _hdr(s, process_id)
        report = s.scalar(select(OreReport).where(OreReport.hdr_id == hdr.id))
        stored = {}
        if report is not None:
            stored = {
                r.key: r for r in s.scalars(select(OreReportSection).where(OreReportSection.report_id == report.id))
            }
        form = load_forms().get(hdr.ore_form_code) if hdr.ore_form_code else None
        view = OreReportView(
            process_id, hdr.id, form, hdr.ore_form_due_on, plan.person_name(hdr.ore_form_responsible_id),
            report.status if report else "draft", report.title if report else "", report.sent_on if report else None,
            report.id if report else None, report.version if report else None, today=today,
        )  # fmt: skip
    if form is None:
        return view
    texts = prefill_texts(db, process_id, today, plan) if drafts else {}
    for spec in form.sections:
        row = stored.get(spec.key)
        if row is not None:
            view.sections.append(SectionView(spec, row.text, True, row.version))
        else:
            view.sections.append(SectionView(spec, texts.get(spec.prefill, "") if spec.prefill else "", False))
    return view


def prefill_texts(db: Database, process_id: int, today: dt.date, plan=None) -> dict[str, str]:
    """The drafts the program can write from its data, by prefill name."""
    from wsparcie_desktop.services.hdr_chain import load_chain
    from wsparcie_desktop.services.hdr_plan import load_plan
    from wsparcie_desktop.services.hdr_progress import load_realisation
    from wsparcie_desktop.services.measurements import indicator_progress

    plan = plan or load_plan(db, process_id)
    chain = load_chain(db, process_id)
    texts = {"area": f"Obszar doradztwa: {plan.area_title}." if plan.area_title else ""}
    gaps = [chain.text("gap", g) for g in chain.gap_state if chain.gap_priority.get(g)]
    texts["gaps"] = "\n".join(f"• {g}" for g in gaps)
    texts["goals"] = "\n".join(f"• {g.label}" for g in plan.goals)
    if plan.hdr is not None:
        realisation = load_realisation(db, process_id, today)
        done = [r for r in realisation.rows if r.progress.status == "done"]
        lines = []
        for r in done:
            when = format_date_short(r.progress.actual_end)
            result = f" — {r.progress.result}" if r.progress.result else ""
            lines.append(f"• {r.activity.name} (zakończone {when}){result}")
        texts["activities_done"] = "\n".join(lines)
    lines = []
    for p in indicator_progress(db, process_id, today, plan):
        latest = p.latest
        line = (f"• {p.indicator.name}: wartość bazowa {p.value_text(p.indicator.baseline_value)}, docelowa "
                f"{p.value_text(p.indicator.target_value)}")  # fmt: skip
        if latest:  # "ostatni pomiar 3 szkoły (27.11.2026) — 50,0% drogi do celu"
            line += f", ostatni pomiar {p.value_text(latest.value)} ({format_date_short(latest.measured_on)})"
        lines.append(f"{line} — {p.state_text}.")  # without one: "… docelowa 90 % — nie zmierzono."

    texts["indicators"] = "\n".join(lines)
    return texts


def _report_row(s: Session, process_id: int) -> OreReport:
    hdr = _hdr(s, process_id)
    if not hdr.ore_form_code:
        raise DomainError("W HDR nie zaplanowano formy raportu dla ORE — wybierz ją w sekcji „HDR”.")
    report = s.scalar(select(OreReport).where(OreReport.hdr_id == hdr.id))
    if report is None:
        report = OreReport(hdr_id=hdr.id, form_code=hdr.ore_form_code, status="draft")
        s.add(report)
        s.flush()
    elif report.form_code != hdr.ore_form_code:
        report.form_code = hdr.ore_form_code  # the form changed in the HDR; texts of the old one stay stored
    return report


def save_section(db: Database, process_id: int, key: str, text: str, version: int | None = None) -> Change:
    """Store the text of one section (the report is created with its first section)."""
    body = (text or "").replace("\r\n", "\n").strip()
    if len(body) > MAX_SECTION_CHARS:
        raise DomainError(f"Sekcja może mieć najwyżej {MAX_SECTION_CHARS:,} znaków".replace(",", " ")
                          + " — podziel tekst albo skróć go.", "text")  # fmt: skip
    with db.transaction() as s:
        report = _report_row(s, process_id)
        form = load_forms().get(report.form_code)
        if form is None or key not in {spec.key for spec in form.sections}:
            raise DomainError("Tej sekcji nie ma w formie raportu zaplanowanej w HDR.", "text")
        row = s.scalar(select(OreReportSection).where(OreReportSection.report_id == report.id,
                                                      OreReportSection.key == key))  # fmt: skip
        if row is None:
            row = OreReportSection(report_id=report.id, key=key, text=body)
            s.add(row)
        else:
            check_version(row, version)
            row.text = body
        touch(report)
        s.flush()
        return process_change(s, Kind.ORE_REPORT, process_id, (report.id,))


def set_report_state(db: Database, process_id: int, status: str, sent_on: dt.date | None = None,
                     title: str | None = None) -> Change:  # fmt: skip
    """Draft, ready or sent (a sent report has the date it was sent, not in the future)."""
    if status not in STATUS_LABELS:
        raise DomainError("Wybierz stan raportu z listy.", "status")
    if status == "sent":
        if sent_on is None:
            raise DomainError("Podaj datę wysłania raportu do ORE.", "sent_on")
        if sent_on > dt.date.today():
            raise DomainError("Data wysłania nie może być w przyszłości.", "sent_on")
    with db.transaction() as s:
        report = _report_row(s, process_id)
        report.status = status
        report.sent_on = sent_on if status == "sent" else None
        if title is not None:
            title = " ".join(title.split())
            if len(title) > 300:
                raise DomainError("Tytuł raportu może mieć najwyżej 300 znaków.", "title")
            report.title = title
        s.flush()
        return process_change(s, Kind.ORE_REPORT, process_id, (report.id,))
