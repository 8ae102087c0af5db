"""The co-operation rules (zasady współpracy) and the code of ethics (kodeks etyczny) of a process.

Each starts from a template (resources/templates/charters.json) and is edited by the team. When the team
agrees it (on a date, usually at meeting 1), the text as agreed is kept as a separate record that later edits
never touch. Editing an agreed text is never silent: the save must say that it changes an agreed text, and from
then on the screens and the document show the agreed version beside what changed since.

Changes return a ``Change`` of ``Kind.CHARTER`` naming the charter.
"""

from __future__ import annotations

import datetime as dt
import difflib
import json
from dataclasses import dataclass, field
from functools import cache

from sqlalchemy import select
from sqlalchemy.orm import Session

from wsparcie_desktop.changes import Change, Kind
from wsparcie_desktop.db.database import Database
from wsparcie_desktop.db.models import CHARTER_KINDS, AdvisoryProcess, CharterAgreement, Meeting, ProcessCharter
from wsparcie_desktop.db.versioning import check_version
from wsparcie_desktop.errors import DomainError
from wsparcie_desktop.i18n import format_date_short
from wsparcie_desktop.paths import resource

TITLES = {"rules": "Zasady współpracy", "ethics": "Kodeks etyczny"}


@cache
def _templates() -> dict:
    with open(resource("templates", "charters.json"), encoding="utf-8") as handle:
        return json.load(handle)


def template_text(kind: str) -> str:
    return _templates()[kind]["text"]


@dataclass(frozen=True)
class Agreement:
    text: str
    agreed_on: dt.date
    meeting_id: int | None
    meeting_title: str


@dataclass
class CharterData:
    kind: str
    text: str
    id: int | None = None
    process_id: int | None = None
    version: int | None = None
    agreements: list[Agreement] = field(default_factory=list)  # oldest first

    @property
    def title(self) -> str:
        return TITLES[self.kind]

    @property
    def agreed(self) -> Agreement | None:
        return self.agreements[-1] if self.agreements else None

    @property
    def changed_since_agreed(self) -> bool:
        return self.agreed is not None and _norm(self.text) != _norm(self.agreed.text)

    def changes(self) -> list[tuple[str, str]]:
        """What changed since the agreed version, line by line: ('-', line) removed, ('+', line) added."""
        if self.agreed is None:
            return []
        return diff_lines(self.agreed.text, self.text)


def diff_lines(old: str, new: str) -> list[tuple[str, str]]:
    result = []
    for line in difflib.ndiff(_norm(old).splitlines(), _norm(new).splitlines()):
        if line[:1] in "+-":
            result.append((line[0], line[2:]))
    return result


def _norm(text: str) -> str:
    return "\n".join(line.rstrip() for line in (text or "").strip().splitlines())


def _kind(kind: str) -> str:
    if kind not in CHARTER_KINDS:
        raise DomainError("Nieznany rodzaj dokumentu: wybierz zasady współpracy albo kodeks etyczny.")
    return kind


def _load(s: Session, process_id: int, kind: str) -> CharterData:
    row = s.scalar(select(ProcessCharter).where(ProcessCharter.process_id == process_id, ProcessCharter.kind == kind))
    if row is None:
        return CharterData(kind, template_text(kind), process_id=process_id)
    agreements = []
    for a in s.scalars(select(CharterAgreement).where(CharterAgreement.charter_id == row.id)
                       .order_by(CharterAgreement.agreed_on, CharterAgreement.id)):  # fmt: skip
        meeting = s.get(Meeting, a.meeting_id) if a.meeting_id else None
        agreements.append(Agreement(a.text, a.agreed_on, a.meeting_id, meeting.title if meeting else ""))
    return CharterData(kind, row.text, row.id, process_id, row.version, agreements)


def get_charter(db: Database, process_id: int, kind: str) -> CharterData:
    """The charter as stored, or the template's text when the team has not started it yet (id None)."""
    with db.transaction() as s:
        return _load(s, process_id, _kind(kind))


def list_charters(db: Database, process_id: int) -> list[CharterData]:
    with db.transaction() as s:
        return [_load(s, process_id, kind) for kind in CHARTER_KINDS]


def _row(s: Session, process_id: int, kind: str, version: int | None) -> ProcessCharter:
    process = s.get(AdvisoryProcess, process_id)
    if process is None:
        raise DomainError("Ten proces doradczy nie istnieje — mógł zostać usunięty.")
    row = s.scalar(select(ProcessCharter).where(ProcessCharter.process_id == process_id, ProcessCharter.kind == kind))
    if row is None:
        row = ProcessCharter(process_id=process_id, kind=kind, text=template_text(kind))
        s.add(row)
        s.flush()
    else:
        check_version(row, version)
    return row


def save_charter(db: Database, process_id: int, kind: str, text: str, version: int | None = None,
                 change_agreed: bool = False) -> Change:  # fmt: skip
    """Store the team's text; an agreed text is changed only with ``change_agreed`` (the agreed one is kept)."""
    kind = _kind(kind)
    if not _norm(text):
        raise DomainError(f"Tekst dokumentu „{TITLES[kind]}” nie może być pusty.", "text")
    with db.transaction() as s:
        row = _row(s, process_id, kind, version)
        agreed = s.scalar(select(CharterAgreement).where(CharterAgreement.charter_id == row.id)
                          .order_by(CharterAgreement.agreed_on.desc(), CharterAgreement.id.desc()).limit(1))  # fmt: skip
        if agreed is not None and _norm(text) != _norm(agreed.text) and not change_agreed:
            raise DomainError(
                f"Ten tekst uzgodniono {format_date_short(agreed.agreed_on)}. Zaznacz „Zmieniam uzgodniony tekst”, "
                "aby zapisać zmianę: uzgodniona wersja zostanie zachowana, a zmiany będą widoczne do czasu ponownego "
                "uzgodnienia.", "text")  # fmt: skip
        row.text = _norm(text)
        s.flush()
        return Change(Kind.CHARTER, s.get(AdvisoryProcess, process_id).jst_id, process_id, (row.id,))


def agree_charter(db: Database, process_id: int, kind: str, agreed_on: dt.date | None, meeting_id: int | None,
                  version: int | None = None) -> Change:  # fmt: skip
    """Record the stored text as agreed on this date (at this meeting of the process, if one is named)."""
    kind = _kind(kind)
    if agreed_on is None:
        raise DomainError("Podaj datę uzgodnienia.", "agreed_on")
    with db.transaction() as s:
        row = _row(s, process_id, kind, version)
        process = s.get(AdvisoryProcess, process_id)
        if agreed_on < process.started_on:
            raise DomainError(f"Data uzgodnienia nie może być wcześniejsza niż początek procesu "
                              f"({format_date_short(process.started_on)}).", "agreed_on")  # fmt: skip
        if meeting_id is not None:
            meeting = s.get(Meeting, meeting_id)
            if meeting is None or meeting.process_id != process_id:
                raise DomainError("Wybierz spotkanie tego procesu.", "meeting")
            if not meeting.starts_on <= agreed_on <= meeting.ends_on:
                raise DomainError(
                    f"Spotkanie „{meeting.title}” trwa {format_date_short(meeting.starts_on)}–"
                    f"{format_date_short(meeting.ends_on)}: data uzgodnienia musi być jednym z jego dni.",
                    "agreed_on")  # fmt: skip
        last = s.scalar(select(CharterAgreement.agreed_on).where(CharterAgreement.charter_id == row.id)
                        .order_by(CharterAgreement.agreed_on.desc()).limit(1))  # fmt: skip
        if last is not None and agreed_on < last:
            raise DomainError(f"Tekst uzgodniono już {format_date_short(last)}; nowe uzgodnienie nie może mieć "
                              "wcześniejszej daty.", "agreed_on")  # fmt: skip
        s.add(CharterAgreement(charter_id=row.id, text=row.text, agreed_on=agreed_on, meeting_id=meeting_id))
        s.flush()
        return Change(Kind.CHARTER, process.jst_id, process_id, (row.id,))


def agreed_kinds(s: Session, process_id: int) -> set[str]:
    """The charters of the process agreed at least once, read in the caller's transaction (for the stage cards)."""
    return set(s.scalars(select(ProcessCharter.kind).join(CharterAgreement,
                                                          CharterAgreement.charter_id == ProcessCharter.id)
                         .where(ProcessCharter.process_id == process_id)))  # fmt: skip
