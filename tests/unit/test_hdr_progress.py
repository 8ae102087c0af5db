"""Carrying out the HDR: the rules of an activity's actuals, the derived "delayed", and planned against spent."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from decimal import Decimal

import pytest
from sqlalchemy import select

from wsparcie_desktop.changes import Kind
from wsparcie_desktop.db.models import ActivityProgress
from wsparcie_desktop.errors import DomainError, StaleEditError
from wsparcie_desktop.services import hdr, hdr_progress
from wsparcie_desktop.services.hdr import ActivityData, HdrData
from wsparcie_desktop.services.hdr_baseline import approve_hdr
from wsparcie_desktop.services.hdr_progress import ProgressData, is_delayed

D = dt.date
TODAY = D(2027, 3, 1)


@pytest.fixture
def plan(db, jst_id):
    """An HDR of three activities: one within 2027, one across the turn of 2026/2027, one free of cost."""
    from wsparcie_desktop.services import processes
    from wsparcie_desktop.services.people import PersonData, save_person

    person = save_person(db, jst_id, PersonData(full_name="Anna Nowak", role_code="naczelnik_oswiaty")).id
    process_id = processes.save_process(db, jst_id, processes.ProcessData("Proces", D(2026, 3, 2))).id
    hdr_id = hdr.save_hdr(db, process_id, HdrData(D(2026, 9, 1), D(2027, 8, 31), "dobra_praktyka", D(2027, 7, 30),
                                                  person)).id  # fmt: skip
    ids = []
    for name, start, end, cost, source in (
        ("Szkolenie", D(2027, 1, 10), D(2027, 1, 20), "1000.00", "budzet_jst"),
        # 61 days in 2026 (1 Nov – 31 Dec), 31 in 2027 (1 – 31 Jan): 9 200 → 6 100 + 3 100
        ("Wspomaganie", D(2026, 11, 1), D(2027, 1, 31), "9200.00", "fundusz_doskonalenia"),
        ("Zarządzenie", D(2026, 10, 1), D(2026, 10, 31), "0", "bez_kosztow"),
    ):
        ids.append(hdr.save_activity(db, hdr_id, ActivityData(
            name=name, starts_on=start, ends_on=end, cost=Decimal(cost), financing=source, responsible_id=person,
        )).id)  # fmt: skip
    return process_id, hdr_id, ids


def test_a_done_activity_with_its_actuals_is_stored_and_read_back(db, plan):
    process_id, _hdr_id, (first, *_rest) = plan
    saved = hdr_progress.save_progress(db, ProgressData(
        first, "done", "", D(2027, 1, 11), D(2027, 1, 21), Decimal("1150.40"),
        "budzet_jst", " 12 osób przeszkolonych ", "",
    ), today=TODAY)  # fmt: skip
    assert saved.changes[0].kind is Kind.HDR_PROGRESS and saved.changes[0].ids == (first,)
    stored = hdr_progress.get_progress(db, first)
    assert (stored.status, stored.actual_end, stored.actual_cost, stored.result) == (
        "done",
        D(2027, 1, 21),
        Decimal("1150.40"),
        "12 osób przeszkolonych",
    )
    assert stored.version == saved.progress.version == 1


@pytest.mark.parametrize(
    ("change", "field", "words"),
    [
        ({"actual_start": D(2027, 1, 20), "actual_end": D(2027, 1, 10)}, "actual_end", "przed faktycznym"),
        ({"status": "done", "actual_end": None}, "actual_end", "musi mieć datę faktycznego zakończenia"),
        ({"status": "cancelled", "reason": "   "}, "reason", "powód odwołania"),
        ({"actual_cost": Decimal("-1")}, "actual_cost", "ujemny"),
        ({"actual_start": D(2026, 1, 5)}, "actual_start", "początek procesu"),
        ({"actual_end": D(2207, 1, 5)}, "actual_end", "sprawdź rok"),
        ({"status": "unknown"}, "status", "stan działania"),
        ({"actual_cost": Decimal("10"), "actual_financing": "bez_kosztow"}, "actual_financing", "źródło"),
    ],
)
def test_every_rule_is_refused_at_its_field_and_nothing_is_stored(db, plan, change, field, words):
    _process_id, _hdr_id, (first, *_rest) = plan
    with pytest.raises(DomainError) as refused:
        hdr_progress.save_progress(db, replace(ProgressData(first), **change), today=TODAY)
    assert refused.value.field == field and words in refused.value.message
    with db.transaction() as s:
        assert s.scalar(select(ActivityProgress)) is None


def test_the_store_itself_refuses_a_done_activity_without_an_end_and_a_cancelled_one_without_a_reason(db, plan):
    from sqlalchemy.exc import IntegrityError

    _process_id, _hdr_id, (first, second, _third) = plan
    for row in (ActivityProgress(activity_id=first, status="done"),
                ActivityProgress(activity_id=second, status="cancelled", reason=" ")):  # fmt: skip
        with pytest.raises(IntegrityError), db.transaction() as s:
            s.add(row)


def test_a_save_over_an_older_reading_is_refused(db, plan):
    _process_id, _hdr_id, (first, *_rest) = plan
    hdr_progress.save_progress(db, ProgressData(first, "in_progress", actual_start=D(2027, 1, 10)), today=TODAY)
    read = hdr_progress.get_progress(db, first)
    hdr_progress.save_progress(db, replace(read, notes="pierwsza"), today=TODAY)
    with pytest.raises(StaleEditError):
        hdr_progress.save_progress(db, replace(read, notes="druga"), today=TODAY)
    assert hdr_progress.get_progress(db, first).notes == "pierwsza"


@pytest.mark.parametrize(
    ("status", "today", "delayed"),
    [
        ("planned", D(2027, 1, 20), False),  # the last planned day itself is not late (inclusive)
        ("planned", D(2027, 1, 21), True),
        ("in_progress", D(2027, 1, 21), True),
        ("moved", D(2027, 1, 21), True),
        ("done", D(2027, 6, 1), False),
        ("cancelled", D(2027, 6, 1), False),
        ("delayed", D(2026, 12, 1), True),  # marked so by the team, before the end
    ],
)
def test_delayed_is_derived_around_today(status, today, delayed):
    assert is_delayed(D(2027, 1, 20), status, today) is delayed


def test_the_table_shows_delayed_in_words_with_the_days_late(db, plan):
    process_id, _hdr_id, (first, *_rest) = plan
    row = hdr_progress.load_realisation(db, process_id, D(2027, 1, 24)).row(first)
    assert row.delayed and row.shown_status == "delayed" and row.days_late == 4
    assert row.status_text == "opóźnione — po terminie (4 dni)"
    assert not hdr_progress.load_realisation(db, process_id, D(2027, 1, 20)).row(first).delayed


def test_keys_set_the_status_and_fill_the_dates_the_rules_need(db, plan):
    process_id, _hdr_id, (first, second, third) = plan
    hdr_progress.set_status(db, second, "in_progress", today=D(2026, 11, 3))
    assert hdr_progress.get_progress(db, second).actual_start == D(2026, 11, 3)
    done = hdr_progress.set_status(db, second, "done", today=D(2027, 2, 2)).progress
    assert (done.actual_start, done.actual_end) == (D(2026, 11, 3), D(2027, 2, 2))
    ended = hdr_progress.record_end_today(db, third, today=D(2026, 11, 4)).progress
    assert (ended.status, ended.actual_start, ended.actual_end) == ("done", D(2026, 10, 1), D(2026, 11, 4))
    with pytest.raises(DomainError) as refused:
        hdr_progress.set_status(db, first, "cancelled", today=TODAY)
    assert refused.value.field == "reason"
    hdr_progress.set_status(db, first, "cancelled", today=TODAY, reason="Brak trenera")
    realisation = hdr_progress.load_realisation(db, process_id, TODAY)
    assert realisation.counts["done"] == 2 and realisation.counts["cancelled"] == 1
    assert realisation.percent_done == Decimal("100.0")  # both activities not cancelled are done


def test_planned_against_spent_by_source_and_year_matches_the_hand_computed_sums(db, plan):
    process_id, hdr_id, (first, second, third) = plan
    approve_hdr(db, process_id, "Wójt", D(2026, 9, 1))
    # after approval the training is made dearer: the comparison still plans the approved 1 000 zł
    training = hdr.get_activity(db, first)
    hdr.save_activity(db, hdr_id, replace(training, cost=Decimal("1500.00")))
    hdr_progress.save_progress(db, ProgressData(first, "done", "", D(2027, 1, 10), D(2027, 1, 20), Decimal("1234.56"),
                                                None), today=TODAY)  # fmt: skip
    # spent 3 100 zł over 15 Dec 2026 – 14 Jan 2027: 17 days in 2026, 14 in 2027 → 1 700 + 1 400
    hdr_progress.save_progress(db, ProgressData(second, "done", "", D(2026, 12, 15), D(2027, 1, 14), Decimal("3100"),
                                                "fundusze_ue"), today=TODAY)  # fmt: skip
    costs = hdr_progress.load_realisation(db, process_id, TODAY).costs
    assert costs.sources == ["budzet_jst", "fundusz_doskonalenia", "fundusze_ue"] and costs.years == [2026, 2027]
    assert costs.planned == {(2027, "budzet_jst"): Decimal("1000.00"), (2026, "fundusz_doskonalenia"): Decimal("6100.00"),
                             (2027, "fundusz_doskonalenia"): Decimal("3100.00")}  # fmt: skip
    assert costs.spent == {(2027, "budzet_jst"): Decimal("1234.56"), (2026, "fundusze_ue"): Decimal("1700.00"),
                           (2027, "fundusze_ue"): Decimal("1400.00")}  # fmt: skip
    assert costs.planned_total == Decimal("10200.00") and costs.spent_total == Decimal("4334.56")
    assert costs.spent_by_year(2027) == Decimal("2634.56") and costs.planned_by_source("budzet_jst") == Decimal("1000")


def test_evidence_files_keep_the_stores_limit(db, plan):
    from wsparcie_desktop.services.data_tasks import MAX_ATTACHMENT_BYTES, attachment_content

    process_id, _hdr_id, (first, *_rest) = plan
    change = hdr_progress.add_activity_attachment(db, first, "C:\\skany\\lista obecności.pdf", b"%PDF-1.4")
    assert change.kind is Kind.HDR_PROGRESS
    files = hdr_progress.list_activity_attachments(db, first)
    assert [f.filename for f in files] == ["lista obecności.pdf"]
    assert attachment_content(db, files[0].id) == ("lista obecności.pdf", b"%PDF-1.4")
    with pytest.raises(DomainError) as refused:
        hdr_progress.add_activity_attachment(db, first, "skan.pdf", b"x" * (MAX_ATTACHMENT_BYTES + 1))
    assert refused.value.field == "attachment"
    assert hdr_progress.load_realisation(db, process_id, TODAY).row(first).attachments == 1
    hdr_progress.delete_activity_attachment(db, files[0].id)
    assert hdr_progress.list_activity_attachments(db, first) == []


def test_deleting_an_activity_takes_its_progress_with_it(db, plan):
    _process_id, _hdr_id, (first, *_rest) = plan
    hdr_progress.save_progress(db, ProgressData(first, "in_progress", actual_start=D(2027, 1, 10)), today=TODAY)
    hdr.delete_activity(db, first)
    with db.transaction() as s:
        assert s.scalar(select(ActivityProgress)) is None


def test_the_screens_brief_reading_has_the_same_rows_and_sums_without_descriptions_and_partners(db, plan):
    from wsparcie_desktop.services.hdr_plan import PartnerData, load_plan

    process_id, hdr_id, (first, second, _third) = plan
    training = hdr.get_activity(db, first)
    hdr.save_activity(db, hdr_id, replace(training, description="Dwa dni warsztatów",
                                          partners=[PartnerData("ngo", None, "Fundacja Szkoła")]))  # fmt: skip
    hdr_progress.set_status(db, second, "in_progress", today=TODAY)
    whole = hdr_progress.find_realisation(db, process_id, TODAY)
    brief = hdr_progress.find_realisation(db, process_id, TODAY, brief=True)
    assert brief.plan.brief and not whole.plan.brief and brief.plan.schools == {}
    assert [(r.number, r.progress, r.delayed, r.days_late, r.responsible) for r in brief.rows] == [
        (r.number, r.progress, r.delayed, r.days_late, r.responsible) for r in whole.rows
    ]
    assert brief.costs == whole.costs and brief.summary == whole.summary
    # what differs: the description and the partners, which the screen does not show, are left empty
    assert whole.rows[0].activity.description == "Dwa dni warsztatów" and whole.rows[0].activity.partners
    assert brief.rows[0].activity == replace(whole.rows[0].activity, description="", goal_ids=[], partners=[])
    assert load_plan(db, process_id, brief=True).activities == brief.plan.activities


def test_the_start_of_a_long_plan_is_its_first_rows_numbered_as_in_the_whole_and_says_how_many_there_are(db, plan):
    process_id, _hdr_id, ids = plan
    hdr_progress.set_status(db, ids[0], "in_progress", today=TODAY)
    whole = hdr_progress.find_realisation(db, process_id, TODAY, brief=True)
    start = hdr_progress.find_realisation_start(db, process_id, first=2, today=TODAY, whole_up_to=0)
    assert not start.whole and start.total == 3 and len(start.rows) == 2
    assert [(r.activity.id, r.number, r.progress, r.delayed) for r in start.rows] == [
        (r.activity.id, r.number, r.progress, r.delayed) for r in whole.rows[:2]
    ]
    short = hdr_progress.find_realisation_start(db, process_id, first=2, today=TODAY)  # 3 ≤ WHOLE_UP_TO: all of it
    assert short.whole and short.rows == whole.rows and short.costs == whole.costs
