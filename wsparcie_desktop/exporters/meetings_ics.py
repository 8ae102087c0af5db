"""The process's meetings as an iCalendar (.ics) file that Outlook, Thunderbird and phones open.

Written with the ``icalendar`` package (RFC 5545: line folding at 75 octets, escaping of commas and
semicolons, UTF-8), not by hand. Each meeting is one all-day event over its days (DTEND is the day after the
last, as the standard wants); its UID is the meeting's own uid, so importing the file again updates the same
events instead of doubling them. The description carries the agenda day by day.
"""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

from icalendar import Calendar, Event

from wsparcie_desktop import APP_NAME
from wsparcie_desktop.db.database import Database
from wsparcie_desktop.i18n import format_date_short
from wsparcie_desktop.reports.output import write_atomically
from wsparcie_desktop.services import meetings
from wsparcie_desktop.services.processes import get_process

UID_DOMAIN = "wsparcie-jst"


def calendar_bytes(db: Database, process_id: int, stamp: dt.datetime | None = None) -> bytes:
    stamp = stamp or dt.datetime.now(dt.UTC).replace(microsecond=0)
    process = get_process(db, process_id)
    cal = Calendar()
    cal.add("prodid", f"-//{APP_NAME}//{UID_DOMAIN}//PL")
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("x-wr-calname", f"Spotkania: {process.name}")
    for summary in meetings.list_meetings(db, process_id):
        m = summary.meeting
        event = Event()
        event.add("uid", f"{m.uid}@{UID_DOMAIN}")
        event.add("dtstamp", stamp)
        event.add("dtstart", m.starts_on)
        event.add("dtend", m.ends_on + dt.timedelta(days=1))
        event.add("summary", m.title)
        if m.place:
            event.add("location", m.place)
        event.add("categories", [m.kind_label])
        event.add("description", _description(db, summary))
        cal.add_component(event)
    return cal.to_ical()


def _description(db: Database, summary: meetings.MeetingSummary) -> str:
    m = summary.meeting
    lines = [f"{m.kind_label}, {m.dates_text}"]
    if summary.leaders:
        lines.append("Prowadzą: " + ", ".join(summary.leaders))
    agenda = meetings.list_agenda(db, m.id)
    for number, day in enumerate(m.days, start=1):
        items = [i for i in agenda if i.day == number]
        if not items:
            continue
        lines.append("")
        lines.append(f"Dzień {number} ({format_date_short(day)}):")
        for item in items:
            times = "–".join(t for t in (item.starts_at, item.ends_at) if t)
            lines.append(f"{times + ' ' if times else ''}{item.topic}" + (f" ({item.leader})" if item.leader else ""))
    return "\n".join(lines)


def export_meetings(db: Database, process_id: int, path: str | os.PathLike[str]) -> Path:
    """Write the .ics file in one step (never half a file); DomainError with the path when the system refuses."""
    return write_atomically(path, calendar_bytes(db, process_id))
