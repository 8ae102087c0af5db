"""The co-operation rules and the code of ethics: from the template, agreed on a date, never changed silently."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.diagnosis_support import make_process
from wsparcie_desktop.changes import Kind
from wsparcie_desktop.errors import DomainError
from wsparcie_desktop.services import charters, meetings
from wsparcie_desktop.services.meetings import MeetingData

D = dt.date


def test_from_template_agreed_then_changed_only_on_purpose(db, jst_id):
    pid = make_process(db, jst_id)
    fresh = charters.get_charter(db, pid, "ethics")
    assert fresh.id is None and "Dotrzymujemy słowa" in fresh.text, "a new process starts from the template"
    change = charters.save_charter(db, pid, "ethics", fresh.text + "\n8. Uczymy się na błędach.")
    assert change.kind is Kind.CHARTER
    mid = meetings.save_meeting(db, pid, MeetingData("meeting_1", "Spotkanie 1", D(2026, 3, 9), D(2026, 3, 10))).id
    with pytest.raises(DomainError) as e:
        charters.agree_charter(db, pid, "ethics", D(2026, 3, 12), mid)
    assert e.value.field == "agreed_on" and "jednym z jego dni" in e.value.message
    charters.agree_charter(db, pid, "ethics", D(2026, 3, 10), mid)
    agreed = charters.get_charter(db, pid, "ethics")
    assert agreed.agreed.agreed_on == D(2026, 3, 10) and agreed.agreed.meeting_title == "Spotkanie 1"
    assert not agreed.changed_since_agreed
    with pytest.raises(DomainError) as e:
        charters.save_charter(db, pid, "ethics", agreed.text.replace("błędach", "sukcesach"), agreed.version)
    assert e.value.field == "text" and "uzgodniono 10.03.2026" in e.value.message
    assert charters.get_charter(db, pid, "ethics").text == agreed.text, "the refused change stored nothing"
    charters.save_charter(db, pid, "ethics", agreed.text.replace("błędach", "sukcesach"), agreed.version,
                          change_agreed=True)  # fmt: skip
    changed = charters.get_charter(db, pid, "ethics")
    assert changed.changed_since_agreed and "błędach" in changed.agreed.text, "the agreed version is kept"
    assert changed.changes() == [("-", "8. Uczymy się na błędach."), ("+", "8. Uczymy się na sukcesach.")]
    with pytest.raises(DomainError):
        charters.agree_charter(db, pid, "ethics", D(2026, 3, 9), None)
    charters.agree_charter(db, pid, "ethics", D(2026, 6, 16), None)
    again = charters.get_charter(db, pid, "ethics")
    assert len(again.agreements) == 2 and not again.changed_since_agreed


def test_an_empty_text_and_a_foreign_meeting_are_refused(db, jst_id):
    pid = make_process(db, jst_id)
    other = make_process(db, jst_id, name="Inny proces")
    mid = meetings.save_meeting(db, other, MeetingData("other", "Narada", D(2026, 3, 9), D(2026, 3, 9))).id
    with pytest.raises(DomainError) as e:
        charters.save_charter(db, pid, "rules", "  \n ")
    assert e.value.field == "text"
    with pytest.raises(DomainError) as e:
        charters.agree_charter(db, pid, "rules", D(2026, 3, 9), mid)
    assert e.value.field == "meeting"
    assert charters.get_charter(db, pid, "rules").agreements == []
