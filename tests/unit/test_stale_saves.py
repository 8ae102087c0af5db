"""The remaining saves name the version they read: a rename, the coat of arms, a process, an HDR approval.

As in ``test_row_versions``, the same file is opened through two ``Database`` objects (two programs); a save
made over what the second read before the first saved is refused, and the first one's change stays.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from tests.diagnosis_support import make_process, small_diagnosis
from tests.hdr_support import PERIOD, stage2
from wsparcie_desktop.db.database import Database
from wsparcie_desktop.errors import StaleEditError
from wsparcie_desktop.paths import resource
from wsparcie_desktop.services import area_choice, causes, diagnosis, gaps, goals, hdr, jst, people, processes
from wsparcie_desktop.services.hdr import ActivityData, HdrData
from wsparcie_desktop.services.hdr_baseline import approve_hdr, latest_baseline
from wsparcie_desktop.services.people import PersonData


@pytest.fixture
def other(db_path, db):
    second = Database(db_path)
    yield second
    second.close()


def arms() -> bytes:
    return resource("demo", "herb_zalesie.png").read_bytes()


# ---------------------------------------------------------------- the JST's name and coat of arms


def test_a_rename_over_an_older_reading_is_refused_and_the_other_name_stays(db, other, jst_id):
    read_by_second = jst.get_profile(other, jst_id)
    jst.rename_jst(db, jst_id, "Gmina Nowe Zalesie", version=jst.get_profile(db, jst_id).version)

    with pytest.raises(StaleEditError):
        jst.rename_jst(other, jst_id, "Gmina Stare Zalesie", version=read_by_second.version)
    assert jst.get_profile(db, jst_id).name == "Gmina Nowe Zalesie"
    jst.rename_jst(other, jst_id, "Gmina Stare Zalesie")  # no version named (the demo, old callers): no check
    assert jst.get_profile(db, jst_id).name == "Gmina Stare Zalesie"


def test_a_coat_of_arms_over_an_older_reading_is_refused_and_the_other_change_stays(db, other, jst_id):
    read_by_second = jst.get_profile(other, jst_id)
    first = jst.get_profile(db, jst_id)
    first.city = "Nowe Zalesie"
    jst.save_profile(db, first)

    with pytest.raises(StaleEditError):
        jst.set_coat_of_arms(other, jst_id, arms(), version=read_by_second.version)
    stored = jst.get_profile(db, jst_id)
    assert (stored.city, stored.has_coat_of_arms, jst.coat_of_arms(db, jst_id)) == ("Nowe Zalesie", False, None)
    jst.set_coat_of_arms(other, jst_id, arms(), version=stored.version)  # read again: stored
    assert jst.coat_of_arms(db, jst_id)


# ---------------------------------------------------------------- the process


def test_a_process_saved_over_an_older_reading_is_refused_and_the_other_name_stays(db, other, jst_id):
    advisor = people.save_person(db, jst_id, PersonData(full_name="Ewa Doradczyni", role_code="doradca_rozwoj")).id
    process_id = processes.save_process(db, jst_id, processes.ProcessData(name="Proces 2026",
                                                                          started_on=dt.date(2026, 3, 1))).id  # fmt: skip
    read_by_second = processes.get_process(other, process_id)
    assert read_by_second.version == 1
    first = processes.get_process(db, process_id)
    first.name = "Proces doradczy 2026/27"
    processes.save_process(db, jst_id, first)

    read_by_second.advisor_ids = [advisor]
    with pytest.raises(StaleEditError):
        processes.save_process(other, jst_id, read_by_second)
    stored = processes.get_process(db, process_id)
    assert (stored.name, stored.advisor_ids, stored.version) == ("Proces doradczy 2026/27", [], 2)


# ---------------------------------------------------------------- the HDR approval


def test_an_approval_over_an_older_reading_of_the_hdr_is_refused_and_the_other_period_stays(db, other, jst_id):
    s2 = stage2(db, jst_id)
    hdr_id = hdr.save_hdr(db, s2.process_id, HdrData(
        *PERIOD, ore_form_code="studium_refleksji", ore_form_due_on=dt.date(2027, 6, 30),
        ore_form_responsible_id=s2.person_ids[0],
    )).id  # fmt: skip
    for n, goal in enumerate(s2.goal_ids[:2]):
        hdr.save_activity(db, hdr_id, ActivityData(
            name=f"Działanie {n}", starts_on=dt.date(2026, 10, 1), ends_on=dt.date(2026, 10, 31), goal_ids=[goal],
            responsible_id=s2.person_ids[0], cost=Decimal("1000"), financing="budzet_jst",
        ))  # fmt: skip
    read_by_second = hdr.get_hdr(other, s2.process_id)
    first = hdr.get_hdr(db, s2.process_id)
    first.ore_form_due_on = dt.date(2027, 5, 31)
    hdr.save_hdr(db, s2.process_id, first)

    with pytest.raises(StaleEditError):
        approve_hdr(other, s2.process_id, "Jan Wójcik, Wójt Gminy", dt.date(2026, 8, 25),
                    version=read_by_second.version)  # fmt: skip
    stored = hdr.get_hdr(db, s2.process_id)
    assert (stored.approved_by, stored.ore_form_due_on) == ("", dt.date(2027, 5, 31))
    assert latest_baseline(db, hdr_id) is None
    approve_hdr(other, s2.process_id, "Jan Wójcik, Wójt Gminy", dt.date(2026, 8, 25), version=stored.version)
    assert hdr.get_hdr(db, s2.process_id).approved_by == "Jan Wójcik, Wójt Gminy"


# ---------------------------------------------------------------- the deep diagnosis and the respondents


def _one(records, record_id):
    return next(r for r in records if r.id == record_id)


@pytest.fixture
def small(db, jst_id):
    return small_diagnosis(db, jst_id)


def _participant(db, d):
    return diagnosis.list_participants(db, d.process_id)[0]


def _current(db, d):
    return _one(diagnosis.list_current_states(db, d.process_id), d.current_ids[0])


def _target(db, d):
    return _one(diagnosis.list_target_states(db, d.process_id), d.target_ids[0])


def _gap(db, d):
    return _one(gaps.list_gaps(db, d.process_id), d.gap_ids[1])


def _goal(db, d):
    return _one(goals.list_goals(db, d.process_id), d.goal_ids[0])


def _indicator(db, d):
    return _goal(db, d).indicators[0]


def _cause(db, d):
    return next(c for c in causes.walk(causes.cause_tree(db, d.process_id)) if c.id == d.cause_ids[0])


RECORDS = {
    "participant": (_participant, lambda db, d, r: diagnosis.save_participant(db, d.process_id, r), "role"),
    "current state": (_current, lambda db, d, r: diagnosis.save_current_state(db, d.process_id, r), "evidence"),
    "target state": (_target, lambda db, d, r: diagnosis.save_target_state(db, d.process_id, r), "text"),
    "gap": (_gap, lambda db, d, r: gaps.save_gap(db, d.process_id, r), "description"),
    "goal": (_goal, lambda db, d, r: goals.save_goal(db, d.process_id, r), "text"),
    "indicator": (_indicator, lambda db, d, r: goals.save_indicator(db, r.goal_id, r), "method"),
    "cause": (_cause, lambda db, d, r: causes.save_cause(db, d.process_id, r), "text"),
}


@pytest.mark.parametrize("kind", list(RECORDS))
def test_a_diagnosis_record_saved_over_an_older_reading_is_refused_and_the_other_text_stays(db, other, small, kind):
    read, save, field = RECORDS[kind]
    read_by_second = read(other, small)
    assert read_by_second.version is not None
    first = read(db, small)
    setattr(first, field, "Zmienione w pierwszym programie")
    save(db, small, first)

    setattr(read_by_second, field, "Zmienione w drugim programie")
    with pytest.raises(StaleEditError):
        save(other, small, read_by_second)
    assert getattr(read(db, small), field) == "Zmienione w pierwszym programie"
    again = read(other, small)  # read again, the same change goes through
    setattr(again, field, "Zmienione w drugim programie")
    save(other, small, again)
    assert getattr(read(db, small), field) == "Zmienione w drugim programie"


def test_a_respondent_renamed_over_an_older_reading_is_refused_and_the_other_name_stays(db, other, jst_id):
    process_id = make_process(db, jst_id)
    respondent_id = area_choice.add_respondent(db, process_id, "Anna Nowak").id
    read_by_second = area_choice.list_respondents(other, process_id)[0]
    area_choice.rename_respondent(db, respondent_id, "Anna Nowak-Lis", version=read_by_second.version)

    with pytest.raises(StaleEditError):
        area_choice.rename_respondent(other, respondent_id, "Anna Kowalska", version=read_by_second.version)
    assert area_choice.list_respondents(db, process_id)[0].full_name == "Anna Nowak-Lis"
