"""Meetings: the template agenda, the 1–3 days, the model's order, participants once, attendance on the days only,
minutes with decisions and agreed tasks, the one-step conversions and the stage cards that derive from them."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.diagnosis_support import make_process
from tests.hdr_support import add_person
from wsparcie_desktop.changes import Kind
from wsparcie_desktop.errors import DomainError
from wsparcie_desktop.services import dashboard, data_tasks, hdr, meetings
from wsparcie_desktop.services.hdr_plan import HdrData
from wsparcie_desktop.services.meetings import (
    AgendaItemData,
    DecisionData,
    MeetingData,
    MeetingTaskData,
    ParticipantData,
)

D = dt.date


@pytest.fixture
def setup(db, jst_id):
    pid = make_process(db, jst_id)
    advisor = add_person(db, jst_id, "Ewa Szczepańska", role="doradca_rozwoj")
    clerk = add_person(db, jst_id, "Małgorzata Zając")
    return db, jst_id, pid, advisor, clerk


def meeting(kind="meeting_1", first=D(2026, 3, 9), last=D(2026, 3, 10), **kw) -> MeetingData:
    return MeetingData(kind, kw.pop("title", meetings.template_title(kind)), first, last, "Urząd Gminy", **kw)


def test_a_new_meeting_starts_from_its_kinds_template_cut_to_its_days(setup):
    db, jst_id, pid, advisor, _ = setup
    change = meetings.save_meeting(db, pid, meeting(leader_ids=[advisor]))
    assert (change.kind, change.jst_id, change.process_id) == (Kind.MEETING, jst_id, pid)
    agenda = meetings.list_agenda(db, change.id)
    topics = " ".join(i.topic for i in agenda)
    assert "wójtem" in topics and "kodeks" in topics.lower() and "zasad współpracy" in topics
    assert "zbieraniu danych" in topics
    assert {i.day for i in agenda} == {1, 2} and agenda[0].starts_at == "09:00"
    one_day = meetings.save_meeting(db, pid, meeting("training", D(2026, 4, 21), D(2026, 4, 21))).id
    assert {i.day for i in meetings.list_agenda(db, one_day)} == {1}, "a 1-day meeting keeps only day 1's points"
    assert meetings.get_meeting(db, change.id).leader_ids == [advisor]


def test_dates_in_order_and_one_to_three_days(setup):
    db, _, pid, _, _ = setup
    with pytest.raises(DomainError) as e:
        meetings.save_meeting(db, pid, meeting(first=D(2026, 3, 10), last=D(2026, 3, 9)))
    assert e.value.field == "ends_on" and "wcześniejszy" in e.value.message
    with pytest.raises(DomainError) as e:
        meetings.save_meeting(db, pid, meeting(first=D(2026, 3, 9), last=D(2026, 3, 12)))
    assert e.value.field == "ends_on" and "od 1 do 3 dni" in e.value.message
    assert meetings.save_meeting(db, pid, meeting(first=D(2026, 3, 9), last=D(2026, 3, 11))).id
    assert meetings.list_meetings(db, pid)[0].meeting.days == [D(2026, 3, 9), D(2026, 3, 10), D(2026, 3, 11)]


def test_the_models_meetings_come_once_and_in_order(setup):
    db, _, pid, _, _ = setup
    meetings.save_meeting(db, pid, meeting("meeting_1"))
    with pytest.raises(DomainError) as e:
        meetings.save_meeting(db, pid, meeting("meeting_1", D(2026, 4, 1), D(2026, 4, 2)))
    assert e.value.field == "kind"
    with pytest.raises(DomainError) as e:
        meetings.save_meeting(db, pid, meeting("meeting_2", D(2026, 3, 2), D(2026, 3, 3)))
    assert e.value.field == "starts_on" and "po spotkaniu" in e.value.message
    with pytest.raises(DomainError) as e:
        meetings.save_meeting(db, pid, meeting("conference", D(2026, 3, 10), D(2026, 3, 11)))
    assert e.value.field == "ends_on"
    assert meetings.save_meeting(db, pid, meeting("training", D(2026, 3, 9), D(2026, 3, 9))).id, (
        "trainings run alongside"
    )


def test_leaders_are_advisors_of_the_team(setup):
    db, _, pid, _, clerk = setup
    with pytest.raises(DomainError) as e:
        meetings.save_meeting(db, pid, meeting(leader_ids=[clerk]))
    assert e.value.field == "leaders"
    assert meetings.list_meetings(db, pid) == [], "nothing is stored half-way"


def test_agenda_items_keep_times_and_days_of_the_meeting(setup):
    db, _, pid, _, _ = setup
    mid = meetings.save_meeting(db, pid, meeting(), from_template=False).id
    meetings.save_agenda_item(db, mid, AgendaItemData("Otwarcie", 1, "9.00", "9:30", "doradcy"))
    item = meetings.list_agenda(db, mid)[0]
    assert (item.starts_at, item.ends_at) == ("09:00", "09:30")
    for bad, field in ((AgendaItemData("X", 3), "day"), (AgendaItemData("X", 1, "25:00"), "starts_at"),
                       (AgendaItemData("X", 1, "10:00", "09:00"), "ends_at"), (AgendaItemData(" ", 1), "topic")):  # fmt: skip
        with pytest.raises(DomainError) as e:
            meetings.save_agenda_item(db, mid, bad)
        assert e.value.field == field
    item.discussion = "Omówiono cele."
    meetings.save_agenda_item(db, mid, item)
    assert meetings.list_agenda(db, mid)[0].discussion == "Omówiono cele."
    meetings.save_agenda_item(db, mid, AgendaItemData("Dzień 2", 2))
    with pytest.raises(DomainError) as e:
        data = meetings.get_meeting(db, mid)
        data.ends_on = data.starts_on
        meetings.save_meeting(db, pid, data)
    assert "dniu 2" in e.value.message


def test_a_participant_is_listed_once_per_meeting(setup):
    db, _, pid, _, clerk = setup
    mid = meetings.save_meeting(db, pid, meeting()).id
    meetings.add_people(db, mid, [clerk, clerk])
    meetings.save_participant(db, mid, ParticipantData("Halina Sadowska", "Rada Gminy"))
    with pytest.raises(DomainError) as e:
        meetings.save_participant(db, mid, ParticipantData("  halina   SADOWSKA ", "Rada Gminy"))
    assert e.value.field == "full_name" and "już na liście" in e.value.message
    with pytest.raises(DomainError):
        meetings.save_participant(db, mid, ParticipantData("", person_id=clerk))
    meetings.add_people(db, mid, [clerk])  # already listed: skipped, not doubled
    names = [p.full_name for p in meetings.list_participants(db, mid)]
    assert names == ["Halina Sadowska", "Małgorzata Zając"]


def test_attendance_only_on_the_meetings_days(setup):
    db, _, pid, _, clerk = setup
    mid = meetings.save_meeting(db, pid, meeting()).id
    meetings.add_people(db, mid, [clerk])
    participant = meetings.list_participants(db, mid)[0]
    meetings.set_attendance(db, participant.id, D(2026, 3, 10), True)
    with pytest.raises(DomainError) as e:
        meetings.set_attendance(db, participant.id, D(2026, 3, 11), True)
    assert e.value.field == "attendance" and "tylko w dniach spotkania" in e.value.message
    assert meetings.list_participants(db, mid)[0].days_present == {D(2026, 3, 10)}
    summary = meetings.list_meetings(db, pid)[0]
    assert (summary.participants, summary.present) == (1, 1)
    data = meetings.get_meeting(db, mid)
    data.starts_on, data.ends_on = D(2026, 3, 11), D(2026, 3, 12)
    with pytest.raises(DomainError) as e:
        meetings.save_meeting(db, pid, data)
    assert "10.03.2026" in e.value.message, "new dates may not drop a day with ticked attendance"
    meetings.set_attendance(db, participant.id, D(2026, 3, 10), False)
    assert meetings.list_participants(db, mid)[0].days_present == set()


def test_minutes_decisions_and_agreed_tasks_on_the_dashboard_until_done(setup):
    db, _, pid, _, _ = setup
    mid = meetings.save_meeting(db, pid, meeting()).id
    meetings.save_decision(db, mid, DecisionData("Przyjęto kodeks etyczny."))
    with pytest.raises(DomainError):
        meetings.save_decision(db, mid, DecisionData("  "))
    assert [d.text for d in meetings.list_decisions(db, mid)] == ["Przyjęto kodeks etyczny."]
    with pytest.raises(DomainError) as e:
        meetings.save_meeting_task(db, mid, MeetingTaskData("Ankieta", "Anna", D(2026, 3, 1)))
    assert e.value.field == "due_on"
    meetings.save_meeting_task(db, mid, MeetingTaskData("Ankieta", "Anna", D(2026, 3, 20)))
    assert [t.what for t in meetings.open_tasks(db, pid)] == ["Ankieta"]
    task = meetings.list_meeting_tasks(db, mid)[0]
    task.status = "done"
    meetings.save_meeting_task(db, mid, task)
    assert meetings.open_tasks(db, pid) == []


def test_an_agreed_task_becomes_a_data_task_in_one_step(setup):
    db, jst_id, pid, _, _ = setup
    mid = meetings.save_meeting(db, pid, meeting()).id
    meetings.save_meeting_task(db, mid, MeetingTaskData("Zebrać dane SIO", "Małgorzata Zając", D(2026, 3, 27)))
    task = meetings.list_meeting_tasks(db, mid)[0]
    changes = meetings.make_data_task(db, task.id, task.version)
    assert {c.kind for c in changes} == {Kind.MEETING, Kind.DATA_TASK}
    stored = data_tasks.get_task(db, changes[1].id)
    assert (stored.what, stored.collector, stored.due_on) == ("Zebrać dane SIO", "Małgorzata Zając", D(2026, 3, 27))
    assert meetings.list_meeting_tasks(db, mid)[0].converted_to == "zadanie zbierania danych"
    with pytest.raises(DomainError):
        meetings.make_data_task(db, task.id)
    assert len(data_tasks.list_tasks(db, pid)) == 1


def test_an_agreed_task_becomes_an_hdr_activity_in_one_step(setup):
    db, jst_id, pid, _, clerk = setup
    mid = meetings.save_meeting(db, pid, meeting()).id
    meetings.save_meeting_task(db, mid, MeetingTaskData("Porozumienie z PPP", "Małgorzata Zając", D(2026, 10, 30)))
    task = meetings.list_meeting_tasks(db, mid)[0]
    with pytest.raises(DomainError) as e:
        meetings.make_hdr_activity(db, task.id)
    assert "HDR" in e.value.message and meetings.list_meeting_tasks(db, mid)[0].hdr_activity_id is None
    hdr_id = hdr.save_hdr(db, pid, HdrData(D(2026, 9, 1), D(2027, 8, 31))).id
    changes = meetings.make_hdr_activity(db, task.id)
    assert changes[1].kind is Kind.HDR_ACTIVITY
    activity = hdr.get_activity(db, changes[1].id)
    assert (activity.name, activity.starts_on, activity.ends_on) == ("Porozumienie z PPP", D(2026, 9, 1),
                                                                     D(2026, 10, 30))  # fmt: skip
    assert activity.responsible_id == clerk
    assert hdr.load_plan(db, pid).hdr.id == hdr_id


def test_meeting_held_once_its_last_day_has_come(setup):
    db, _, pid, _, _ = setup
    meetings.save_meeting(db, pid, meeting("summary", D(2027, 9, 6), D(2027, 9, 7)))
    assert not meetings.meeting_held(db, pid, "summary", today=D(2027, 9, 6))
    assert meetings.meeting_held(db, pid, "summary", today=D(2027, 9, 7))
    assert not meetings.meeting_held(db, pid, "conference", today=D(2028, 1, 1))


def test_the_demo_derives_the_stage_cards(demo_db):
    db, demo = demo_db
    board = dashboard.dashboard(db, demo.jst_id)
    steps = {s.label: s.done for stage in board.stages for s in stage.steps}
    assert steps["Konferencja otwierająca odbyta"] and steps["Spotkanie 1 w JST odbyte"]
    assert steps["Spotkanie 2 w JST odbyte"] and steps["Kodeks etyczny i zasady współpracy uzgodnione"]
    assert steps["Doradztwo zdalne udzielone"]
    assert steps["Spotkanie podsumowujące odbyte"]
    summaries = meetings.list_meetings(db, demo.process_id)
    assert [m.meeting.kind for m in summaries] == ["conference", "meeting_1", "training", "meeting_2", "summary"]
    assert all(m.present for m in summaries) and all(meetings.list_decisions(db, m.meeting.id) for m in summaries)
    assert all(meetings.list_meeting_tasks(db, m.meeting.id) for m in summaries)
    assert all(any(i.discussion for i in meetings.list_agenda(db, m.meeting.id)) for m in summaries)
    hdr_period = (dt.date(2026, 9, 1), dt.date(2027, 8, 31))
    summary = summaries[-1].meeting
    assert hdr_period[0] < summary.starts_on <= summary.ends_on < dt.date(2026, 12, 1), "held, while the HDR runs"
    assert len(meetings.open_tasks(db, demo.process_id)) == 3
