"""Loading the schools register from the RSPO export: read, preview, then write in one transaction.

Reading (``read_file``) touches no data and may run in a worker thread; ``build_preview`` compares
what was read with the register; ``apply_import`` writes what the user confirmed, all or nothing.
A school is matched on its RSPO number and updated, never duplicated; a school typed in by hand
without an RSPO number is matched by its REGON or its exact name, so the import gives it its number
instead of adding it a second time. Values the registry leaves empty never wipe what the user typed,
and the teachers' posts (etaty) and notes, which the registry does not hold, are never touched.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from wsparcie_desktop.changes import Change as StoreChange
from wsparcie_desktop.changes import Kind
from wsparcie_desktop.db.database import Database
from wsparcie_desktop.db.models import Jst, School
from wsparcie_desktop.errors import DomainError
from wsparcie_desktop.i18n import format_number, plural_form
from wsparcie_desktop.importers.csv_stream import ImportCancelled, Progress
from wsparcie_desktop.importers.rspo import RspoFile, RspoRecord, RunningBody, SkippedRow, fold, parse_rspo
from wsparcie_desktop.services.schools import SCHOOL_TYPE_LABELS, polish_sort_key

__all__ = ["ImportCancelled", "ImportPreview", "ImportReport", "apply_import", "build_preview", "read_file",
           "running_body"]  # fmt: skip

ADD, UPDATE, UNCHANGED = "add", "update", "unchanged"
ACTION_LABELS = {ADD: "dodanie", UPDATE: "aktualizacja", UNCHANGED: "bez zmian"}
FIELD_LABELS = {
    "rspo": "numer RSPO", "name": "nazwa", "school_type": "typ", "regon": "REGON", "street": "ulica",
    "building_no": "numer budynku", "postal_code": "kod pocztowy", "city": "miejscowość", "director": "dyrektor",
    "pupils": "liczba uczniów", "is_public": "publiczna",
}  # fmt: skip


def _count(n: int, one: str, few: str, many: str) -> str:
    return f"{format_number(n)} {plural_form(n, one, few, many)}"


def _shown(key: str, value: object) -> str:
    if value is None or value == "":
        return "—"
    if key == "is_public":
        return "tak" if value else "nie"
    if key == "school_type":
        return SCHOOL_TYPE_LABELS.get(str(value), str(value))
    return str(value)


@dataclass(frozen=True)
class Change:
    """One field of a school the registry changes (not the ``Change`` a service reports to the screens)."""

    field: str
    old: object
    new: object

    def text(self) -> str:
        return f"{FIELD_LABELS[self.field]}: {_shown(self.field, self.old)} → {_shown(self.field, self.new)}"


@dataclass(frozen=True)
class PreviewRow:
    """What the import will do with one school of the file."""

    line: int
    rspo: str
    name: str
    action: str
    school_id: int | None
    changes: tuple[Change, ...] = ()
    notes: tuple[str, ...] = ()

    @property
    def action_label(self) -> str:
        return ACTION_LABELS[self.action]

    def details(self) -> str:
        parts = [c.text() for c in self.changes] if self.action == UPDATE else []
        return "; ".join(parts + list(self.notes))


@dataclass
class ImportPreview:
    jst_id: int
    body: RunningBody
    file: RspoFile
    rows: list[PreviewRow]
    not_in_file: list[str] = field(default_factory=list)
    run_by_others: list[str] = field(default_factory=list)
    liquidated_here: list[str] = field(default_factory=list)
    records: dict[str, RspoRecord] = field(default_factory=dict, repr=False)

    def count(self, action: str) -> int:
        return sum(1 for r in self.rows if r.action == action)

    @property
    def writable(self) -> int:
        return self.count(ADD) + self.count(UPDATE)

    def headline(self) -> str:
        """One sentence whose counts add up: the file's rows (broken ones among them), then this body's
        schools by what happens to them (those skipped for a reason of their own: liquidated, no number)."""
        found = len(self.rows)
        read = _count(self.file.rows_read, "wiersz", "wiersze", "wierszy")
        if self.file.broken_rows:
            read += f", w tym {format_number(self.file.broken_rows)} uszkodzonych"
        if not found:
            return f"W pliku ({read}) nie ma żadnej szkoły prowadzonej przez: {self.body.name}."
        schools = _count(found, "szkołę lub placówkę", "szkoły lub placówki", "szkół lub placówek")
        parts = [f"do dodania: {format_number(self.count(ADD))}",
                 f"do zaktualizowania: {format_number(self.count(UPDATE))}",
                 f"bez zmian: {format_number(self.count(UNCHANGED))}"]  # fmt: skip
        own_skipped = self.file.skipped_total - self.file.broken_rows
        if own_skipped > 0:
            parts.append(f"pominięte: {format_number(own_skipped)}")
        return f"W pliku ({read}) jest {schools} prowadzonych przez: {self.body.name} — {', '.join(parts)}."

    def warnings(self) -> list[str]:
        notes = []
        if self.file.truncated:
            notes.append("Plik jest ucięty: ostatni wiersz urywa się w połowie. Szkoły z dalszej części pliku nie "
                         "zostały wczytane — pobierz wyniki z RSPO ponownie, jeśli ich brakuje.")  # fmt: skip
        broken = self.file.broken_rows - (1 if self.file.truncated else 0)
        if broken > 0:
            what = plural_form(
                broken, "wiersz pliku jest uszkodzony", "wiersze pliku są uszkodzone", "wierszy pliku jest uszkodzonych"
            )
            notes.append(f"{format_number(broken)} {what} i pominięto je — ich listę widać niżej.")
        if not self.rows and self.file.suggestions:
            notes.append(
                "Nie znaleziono organu prowadzącego o tej nazwie. Podobne nazwy w pliku: "
                + "; ".join(self.file.suggestions)
                + ". Popraw nazwę organu prowadzącego i wczytaj plik ponownie."
            )
        elif not self.rows:
            notes.append(
                "Sprawdź, czy w profilu samorządu jest poprawny kod TERYT, czy nazwa organu prowadzącego "
                "jest zapisana tak jak w RSPO (np. „Gmina Zalesie”) i czy plik obejmuje Twoje województwo."
            )
        if self.liquidated_here:
            notes.append(
                "W RSPO oznaczono jako zlikwidowane szkoły, które są w rejestrze programu: "
                + "; ".join(self.liquidated_here)
                + ". Import ich nie usuwa — zdecyduj o nich sam."
            )
        if self.run_by_others:
            notes.append(
                "Według RSPO te szkoły z rejestru programu prowadzi teraz inny organ: "
                + "; ".join(self.run_by_others)
                + ". Import ich nie zmienia ani nie usuwa — zdecyduj o nich sam."
            )
        if self.not_in_file and self.rows:
            notes.append(
                "Tych szkół z rejestru programu nie ma w pliku; zostają bez zmian: " + "; ".join(self.not_in_file) + "."
            )
        if self.file.skipped_total > len(self.file.skipped):
            notes.append(f"Pokazano pierwsze {format_number(len(self.file.skipped))} z "
                         f"{format_number(self.file.skipped_total)} pominiętych wierszy.")  # fmt: skip
        return notes


@dataclass(frozen=True)
class ReportLine:
    rspo: str
    name: str
    changes: tuple[Change, ...] = ()

    def details(self) -> str:
        return "; ".join(c.text() for c in self.changes)


@dataclass
class ImportReport:
    """What the import did; ``changes`` is the register's change (the schools added and updated), if any."""

    added: list[ReportLine] = field(default_factory=list)
    updated: list[ReportLine] = field(default_factory=list)
    unchanged: list[ReportLine] = field(default_factory=list)
    skipped: list[SkippedRow] = field(default_factory=list)
    skipped_total: int = 0
    broken_rows: int = 0  # of skipped_total: rows of the file too broken to tell whose school they hold
    changes: tuple[StoreChange, ...] = ()

    @property
    def changed_anything(self) -> bool:
        return bool(self.added or self.updated)

    def summary(self) -> str:
        if not self.changed_anything:
            head = "Nic się nie zmieniło: rejestr szkół zgadza się z plikiem."
        else:
            head = "Zaimportowano dane z RSPO."
        parts = [f"dodane: {format_number(len(self.added))}", f"zaktualizowane: {format_number(len(self.updated))}",
                 f"bez zmian: {format_number(len(self.unchanged))}",
                 f"pominięte: {format_number(self.skipped_total - self.broken_rows)}"]  # fmt: skip
        text = f"{head} Szkoły i placówki — {', '.join(parts)}."
        if self.broken_rows:
            broken = plural_form(self.broken_rows, "uszkodzony wiersz pliku", "uszkodzone wiersze pliku",
                                 "uszkodzonych wierszy pliku")  # fmt: skip
            text += f" Pominięto też {format_number(self.broken_rows)} {broken}."
        return text


def running_body(db: Database, jst_id: int, name: str | None = None) -> RunningBody:
    """The JST as the registry names its running body; ``name`` overrides the JST's own name."""
    with db.transaction() as s:
        jst = s.get(Jst, jst_id)
        if jst is None:
            raise DomainError("Ten samorząd nie istnieje — mógł zostać usunięty w innym oknie.")
        chosen = " ".join((name if name is not None else jst.name).split())
        if not chosen and not jst.teryt:
            raise DomainError("Podaj nazwę organu prowadzącego tak, jak zapisano ją w RSPO (np. „Gmina Zalesie”).",
                              "body_name")  # fmt: skip
        known = frozenset(s.scalars(select(School.rspo).where(School.jst_id == jst_id, School.rspo.is_not(None))))
        return RunningBody(name=chosen, teryt=jst.teryt, kind_code=jst.kind_code, voivodeship=jst.voivodeship,
                           known_rspo=known)  # fmt: skip


def read_file(source: str | Path | BinaryIO, body: RunningBody, progress: Progress | None = None,
              cancel: threading.Event | None = None, **options) -> RspoFile:  # fmt: skip
    """Read and filter the export (no data touched: safe in a worker thread). Raises DomainError or ImportCancelled."""
    return parse_rspo(source, body, progress=progress, cancel=cancel, **options)


def _registry_values(record: RspoRecord) -> dict[str, object]:
    return {
        "rspo": record.rspo, "name": record.name, "school_type": record.school_type, "regon": record.regon or None,
        "street": record.street, "building_no": record.building_no, "postal_code": record.postal_code,
        "city": record.city, "director": record.director, "pupils": record.pupils, "is_public": record.is_public,
    }  # fmt: skip


def _changes(school: School | None, values: dict[str, object]) -> tuple[Change, ...]:
    """The fields the registry would change; an empty registry value keeps what is stored."""
    changes = []
    for key, new in values.items():
        if new is None or new == "":
            continue
        old = getattr(school, key) if school is not None else None
        if key == "school_type" and new == "inna" and school is not None and old != "inna":
            continue  # the registry's type is unknown to us; keep the user's more precise choice
        if old != new:
            changes.append(Change(key, old, new))
    return tuple(changes)


class _Register:
    """The JST's schools, looked up as the import matches them."""

    def __init__(self, schools: list[School]):
        self.by_rspo = {s.rspo: s for s in schools if s.rspo}
        self.loose = [s for s in schools if not s.rspo]
        self.taken: set[int] = set()

    def find(self, record: RspoRecord) -> School | None:
        school = self.by_rspo.get(record.rspo)
        if school is not None:
            return school
        for candidate in self.loose:
            if candidate.id in self.taken:
                continue
            same_regon = record.regon and candidate.regon == record.regon
            if same_regon or fold(candidate.name) == fold(record.name):
                self.taken.add(candidate.id)
                return candidate
        return None


def build_preview(db: Database, jst_id: int, body: RunningBody, rspo_file: RspoFile) -> ImportPreview:
    with db.transaction() as s:
        register = _Register(list(s.scalars(select(School).where(School.jst_id == jst_id))))
        rows = []
        for record in rspo_file.records:
            school = register.find(record)
            changes = _changes(school, _registry_values(record))
            action = ADD if school is None else UPDATE if changes else UNCHANGED
            rows.append(PreviewRow(record.line, record.rspo, record.name, action, school.id if school else None,
                                   changes, tuple(record.notes)))  # fmt: skip
        in_file = {r.rspo for r in rspo_file.records} | {k.rspo for k in rspo_file.skipped if k.rspo}
        matched_loose = register.taken
        moved = rspo_file.elsewhere
        run_by_others = sorted((f"{s.name} (prowadzi: {moved[s.rspo]})" for s in register.by_rspo.values()
                                if s.rspo not in in_file and s.rspo in moved), key=polish_sort_key)  # fmt: skip
        not_in_file = sorted((s.name for s in register.by_rspo.values() if s.rspo not in in_file and s.rspo not in moved),
                             key=polish_sort_key)  # fmt: skip
        not_in_file += sorted((s.name for s in register.loose if s.id not in matched_loose), key=polish_sort_key)
        liquidated = [register.by_rspo[k.rspo].name for k in rspo_file.skipped
                      if k.liquidated and k.rspo in register.by_rspo]  # fmt: skip
    order = {ADD: 0, UPDATE: 1, UNCHANGED: 2}
    rows.sort(key=lambda r: (order[r.action], polish_sort_key(r.name)))
    records = {r.rspo: r for r in rspo_file.records}
    return ImportPreview(jst_id, body, rspo_file, rows, not_in_file, run_by_others, liquidated, records)


def preview_import(db: Database, jst_id: int, source: str | Path | BinaryIO, body_name: str | None = None,
                   progress: Progress | None = None,
                   cancel: threading.Event | None = None) -> ImportPreview:  # fmt: skip
    """Read the file and compare it with the register, in one call (the GUI splits it across threads)."""
    body = running_body(db, jst_id, body_name)
    return build_preview(db, jst_id, body, read_file(source, body, progress, cancel))


def apply_import(db: Database, preview: ImportPreview,
                 exclude: set[str] | frozenset[str] = frozenset()) -> ImportReport:  # fmt: skip
    """Write the confirmed rows in one transaction, matched again against the register as it is now."""
    report = ImportReport(skipped=list(preview.file.skipped), skipped_total=preview.file.skipped_total,
                          broken_rows=preview.file.broken_rows)  # fmt: skip
    try:
        with db.transaction() as s:
            if s.get(Jst, preview.jst_id) is None:
                raise DomainError("Ten samorząd nie istnieje — mógł zostać usunięty w innym oknie.")
            register = _Register(list(s.scalars(select(School).where(School.jst_id == preview.jst_id))))
            written: list[School] = []
            for row in preview.rows:
                record = preview.records[row.rspo]
                if row.rspo in exclude:
                    reason = "odznaczona w podglądzie — nie zaimportowano jej."
                    report.skipped.append(SkippedRow(row.line, row.rspo, row.name, reason))
                    report.skipped_total += 1
                    continue
                values = _registry_values(record)
                school = register.find(record)
                changes = _changes(school, values)
                if school is None:
                    school = School(jst_id=preview.jst_id, **{k: v for k, v in values.items() if v is not None})
                    s.add(school)
                    report.added.append(ReportLine(record.rspo, record.name))
                    written.append(school)
                elif changes:
                    for change in changes:
                        setattr(school, change.field, change.new)
                    report.updated.append(ReportLine(record.rspo, school.name, changes))
                    written.append(school)
                else:
                    report.unchanged.append(ReportLine(record.rspo, school.name))
                s.flush()
            if written:
                ids = tuple(dict.fromkeys(school.id for school in written))
                report.changes = (StoreChange(Kind.SCHOOL, preview.jst_id, ids=ids),)
    except IntegrityError as exc:
        raise DomainError("Nie zaimportowano niczego: dane z pliku kolidują z rejestrem szkół (np. ten sam numer "
                          "RSPO w dwóch szkołach). Rejestr został bez zmian.") from exc  # fmt: skip
    return report
