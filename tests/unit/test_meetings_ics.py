"""The meetings' .ics file, parsed back: one all-day event per meeting, with its dates, place, uid and agenda."""

from __future__ import annotations

import datetime as dt

from icalendar import Calendar

from wsparcie_desktop.exporters.meetings_ics import export_meetings
from wsparcie_desktop.services import meetings


def test_the_demo_meetings_parse_back(demo_db, tmp_path):
    db, demo = demo_db
    path = export_meetings(db, demo.process_id, tmp_path / "spotkania.ics")
    calendar = Calendar.from_ical(path.read_bytes())
    events = [c for c in calendar.walk() if c.name == "VEVENT"]
    stored = meetings.list_meetings(db, demo.process_id)
    assert len(events) == len(stored) == 5
    for event, summary in zip(events, stored, strict=True):
        m = summary.meeting
        assert str(event["summary"]) == m.title
        assert event.decoded("dtstart") == m.starts_on
        assert event.decoded("dtend") == m.ends_on + dt.timedelta(days=1), "DTEND is the day after the last"
        assert str(event["uid"]).startswith(m.uid)
        assert str(event["location"]) == m.place
    first = str(events[1]["description"])
    assert "Dzień 1 (09.03.2026):" in first and "wójtem" in first and "Dzień 2 (10.03.2026):" in first
    assert b"\r\n" in path.read_bytes(), "lines end in CRLF, as RFC 5545 wants"
