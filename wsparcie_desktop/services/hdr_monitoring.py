"""The team's conclusions and recommendations for the monitoring report of the HDR.

One pair of texts per HDR, typed by the team and printed in "Monitorowanie realizacji HDR". Changes are of
``Kind.HDR_PROGRESS``; their ``ids`` name the HDR.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select

from wsparcie_desktop.changes import Change, Kind
from wsparcie_desktop.db.database import Database
from wsparcie_desktop.db.models import Hdr, HdrMonitoring
from wsparcie_desktop.db.versioning import check_version
from wsparcie_desktop.errors import DomainError
from wsparcie_desktop.services.processes import process_change

MAX_CHARS = 30_000


@dataclass
class MonitoringNotes:
    conclusions: str = ""
    recommendations: str = ""
    version: int | None = None


def _hdr(s, process_id: int) -> Hdr:
    hdr = s.scalar(select(Hdr).where(Hdr.process_id == process_id))
    if hdr is None:
        raise DomainError("Ten proces nie ma jeszcze HDR — najpierw zaplanuj harmonogram w sekcji „HDR”.")
    return hdr


def get_notes(db: Database, process_id: int) -> MonitoringNotes:
    with db.transaction() as s:
        hdr = _hdr(s, process_id)
        row = s.scalar(select(HdrMonitoring).where(HdrMonitoring.hdr_id == hdr.id))
        return MonitoringNotes(row.conclusions, row.recommendations, row.version) if row else MonitoringNotes()


def save_notes(db: Database, process_id: int, notes: MonitoringNotes) -> Change:
    conclusions = (notes.conclusions or "").strip()
    recommendations = (notes.recommendations or "").strip()
    for text, name, label in ((conclusions, "conclusions", "Wnioski"),
                              (recommendations, "recommendations", "Rekomendacje")):  # fmt: skip
        if len(text) > MAX_CHARS:
            raise DomainError(f"{label} mogą mieć najwyżej 30 000 znaków.", name)
    with db.transaction() as s:
        hdr = _hdr(s, process_id)
        row = s.scalar(select(HdrMonitoring).where(HdrMonitoring.hdr_id == hdr.id))
        if row is None:
            row = HdrMonitoring(hdr_id=hdr.id)
            s.add(row)
        else:
            check_version(row, notes.version)
        row.conclusions, row.recommendations = conclusions, recommendations
        s.flush()
        return process_change(s, Kind.HDR_PROGRESS, process_id, (hdr.id,))
