"""Stage 1 in the store: respondents, answers saved one by one, results, the choice and reopening it."""

from __future__ import annotations

import datetime as dt

import pytest

from wsparcie_desktop.errors import DomainError
from wsparcie_desktop.services import area_choice as ac
from wsparcie_desktop.services import dashboard, meetings, people, processes
from wsparcie_desktop.services.people import PersonData
from wsparcie_desktop.services.processes import ProcessData


@pytest.fixture
def process_id(db, jst_id) -> int:
    return processes.save_process(db, jst_id, ProcessData("Proces doradczy 2026", dt.date(2026, 2, 2))).id


@pytest.fixture
def areas(db) -> dict[int, ac.AreaInfo]:
    return {a.number: a for a in ac.load_areas(db)}


def fill(db, respondent_id: int, area: ac.AreaInfo, rating: int | None, importance=3, influence="yes") -> None:
    for statement in area.statements:
        ac.set_answer(db, respondent_id, statement.id, rating)
    ac.set_area_rating(db, respondent_id, area.id, importance=importance, influence=influence)


def test_areas_come_with_statements_and_three_lists(areas):
    assert sorted(areas) == list(range(1, 13))
    budget = areas[4]
    assert budget.name == "Planowanie budżetowe"
    assert len(budget.statements) >= 4
    assert all(len(items) >= 3 for items in (budget.tasks_for_jst, budget.management_tools, budget.people_tools))


def test_respondents_typed_or_picked_from_the_team(db, jst_id, process_id):
    wojt = people.save_person(db, jst_id, PersonData(full_name="Andrzej Kowalczyk", role_code="decydent",
                                                     position="Wójt Gminy")).id  # fmt: skip
    first = ac.add_respondent(db, process_id, person_id=wojt).id
    second = ac.add_respondent(db, process_id, "  Anna Nowak ").id
    listed = ac.list_respondents(db, process_id)
    assert [(r.id, r.full_name, r.person_id, r.job) for r in listed] == [
        (first, "Andrzej Kowalczyk", wojt, "Wójt Gminy"),
        (second, "Anna Nowak", None, ""),
    ]
    with pytest.raises(DomainError) as error:
        ac.add_respondent(db, process_id, person_id=wojt)
    assert error.value.field == "person"
    with pytest.raises(DomainError) as error:
        ac.add_respondent(db, process_id, "Anna Nowak")
    assert error.value.field == "full_name" and "już na liście" in error.value.message
    with pytest.raises(DomainError) as error:
        ac.add_respondent(db, process_id, "   ")
    assert error.value.field == "full_name"
    assert len(ac.list_respondents(db, process_id)) == 2


def test_answers_are_stored_one_by_one_and_nie_wiem_differs_from_unanswered(db, process_id, areas):
    rid = ac.add_respondent(db, process_id, "Anna Nowak").id
    budget = areas[4]
    first, second, third = budget.statements[:3]
    ac.set_answer(db, rid, first.id, 2)
    ac.set_answer(db, rid, second.id, None)
    ac.set_area_rating(db, rid, budget.id, importance=3)
    sheet = ac.area_sheet(db, rid, budget.id)
    assert sheet.ratings == {first.id: 2, second.id: None}
    assert third.id not in sheet.ratings
    assert (sheet.importance, sheet.influence) == (3, None)
    ac.set_area_rating(db, rid, budget.id, influence="partly")
    ac.set_answer(db, rid, first.id, 4)
    ac.clear_answer(db, rid, second.id)
    sheet = ac.area_sheet(db, rid, budget.id)
    assert sheet.ratings == {first.id: 4}
    assert (sheet.importance, sheet.influence) == (3, "partly")


def test_bad_values_are_refused_with_a_polish_message(db, process_id, areas):
    rid = ac.add_respondent(db, process_id, "Anna Nowak").id
    statement = areas[1].statements[0]
    with pytest.raises(DomainError, match="od 1 do 4"):
        ac.set_answer(db, rid, statement.id, 5)
    with pytest.raises(DomainError) as error:
        ac.set_area_rating(db, rid, areas[1].id, importance=4)
    assert error.value.field == "importance"
    with pytest.raises(DomainError):
        ac.set_area_rating(db, rid, areas[1].id, influence="maybe")
    assert ac.area_sheet(db, rid, areas[1].id).ratings == {}


def test_results_rank_areas_and_skipped_area_counts_only_who_answered(db, process_id, areas):
    anna = ac.add_respondent(db, process_id, "Anna Nowak").id
    jan = ac.add_respondent(db, process_id, "Jan Wójcik").id
    fill(db, anna, areas[8], 1)  # need 100
    fill(db, jan, areas[8], 1)
    fill(db, anna, areas[4], 2)  # need 66.7; Jan skipped area 4 entirely
    fill(db, jan, areas[2], None)  # only "nie wiem": no data
    result = ac.results(db, process_id)
    assert result.respondents == 2
    assert [a.number for a in result.areas[:2]] == [8, 4]
    budget = result.by_id(areas[4].id)
    assert budget.respondents == 1
    assert budget.score == pytest.approx(66.667, abs=0.01)
    monitoring = result.by_id(areas[2].id)
    assert not monitoring.has_data and monitoring.dont_know == len(areas[2].statements)
    assert result.areas[2].number == 1  # the areas without data follow in number order
    assert result.top.number == 8


def test_progress_counts_answers_and_area_ratings(db, process_id, areas):
    rid = ac.add_respondent(db, process_id, "Anna Nowak").id
    fill(db, rid, areas[1], 3)
    ac.set_answer(db, rid, areas[2].statements[0].id, None)
    progress = ac.sheet_progress(db, process_id)[rid]
    assert progress[areas[1].id].complete
    assert progress[areas[2].id].started and not progress[areas[2].id].complete
    assert not progress[areas[3].id].started
    state = ac.stage_state(db, process_id)
    assert (state.respondents, state.sheets_complete, state.areas_answered, state.areas_total) == (1, 0, 2, 12)


def test_choice_other_than_top_needs_a_justification(db, process_id, areas):
    rid = ac.add_respondent(db, process_id, "Anna Nowak").id
    fill(db, rid, areas[8], 1)
    fill(db, rid, areas[4], 2)
    with pytest.raises(DomainError) as error:
        ac.choose_area(db, process_id, areas[4].id, "   ")
    assert error.value.field == "justification"
    assert "obszar 8" in error.value.message
    assert processes.get_process(db, process_id).chosen_area_id is None

    ac.choose_area(db, process_id, areas[4].id, "Budżet 2027 trzeba przygotować inaczej.", on=dt.date(2026, 2, 3))
    state = ac.stage_state(db, process_id)
    assert state.chosen_area_title == "4. Planowanie budżetowe"
    assert state.justification == "Budżet 2027 trzeba przygotować inaczej."
    assert state.chosen_on == dt.date(2026, 2, 3)


def test_top_area_may_be_chosen_without_justification_and_with_one(db, process_id, areas):
    rid = ac.add_respondent(db, process_id, "Anna Nowak").id
    fill(db, rid, areas[8], 1)
    ac.choose_area(db, process_id, areas[8].id, "")
    assert ac.stage_state(db, process_id).chosen_area_id == areas[8].id
    ac.choose_area(db, process_id, areas[8].id, "Najwyższy wskaźnik i zgoda zespołu.")
    assert ac.stage_state(db, process_id).justification == "Najwyższy wskaźnik i zgoda zespołu."


def test_choice_needs_one_area_and_some_answers(db, process_id, areas):
    with pytest.raises(DomainError, match="najpierw wypełnij"):
        ac.choose_area(db, process_id, areas[8].id, "Bo tak.")
    rid = ac.add_respondent(db, process_id, "Anna Nowak").id
    fill(db, rid, areas[8], 1)
    with pytest.raises(DomainError) as error:
        ac.choose_area(db, process_id, None, "")
    assert error.value.field == "area"


def test_changing_an_answer_after_the_choice_marks_it_outdated_until_reopened(db, jst_id, process_id, areas):
    rid = ac.add_respondent(db, process_id, "Anna Nowak").id
    fill(db, rid, areas[8], 1)
    ac.choose_area(db, process_id, areas[8].id, "")
    ac.set_answer(db, rid, areas[8].statements[0].id, 1)  # the same value: nothing changed
    assert not ac.results(db, process_id).choice_outdated

    ac.set_answer(db, rid, areas[8].statements[0].id, 3)
    kept = ac.results(db, process_id)
    assert kept.choice_outdated and kept.chosen_area_id == areas[8].id
    assert "wcześniejszych" in dashboard.dashboard(db, jst_id).stages[0].summary

    ac.choose_area(db, process_id, areas[8].id, "")  # confirming the choice again clears the mark
    assert not ac.results(db, process_id).choice_outdated

    ac.set_area_rating(db, rid, areas[8].id, importance=1)
    assert ac.results(db, process_id).choice_outdated
    ac.reopen_choice(db, process_id)
    reopened = ac.stage_state(db, process_id)
    assert reopened.chosen_area_id is None and not reopened.outdated
    assert dashboard.dashboard(db, jst_id).stages[0].state != dashboard.DONE


def test_removing_a_respondent_removes_their_sheet(db, process_id, areas):
    anna = ac.add_respondent(db, process_id, "Anna Nowak").id
    jan = ac.add_respondent(db, process_id, "Jan Wójcik").id
    fill(db, anna, areas[8], 1)
    fill(db, jan, areas[8], 4)
    ac.choose_area(db, process_id, areas[8].id, "")
    assert ac.respondent_answer_count(db, jan) == len(areas[8].statements)
    ac.remove_respondent(db, jan)
    result = ac.results(db, process_id)
    assert result.respondents == 1 and result.top.score == pytest.approx(100)
    assert result.choice_outdated


def test_dashboard_shows_stage_one_done_with_the_chosen_area(db, jst_id, process_id, areas):
    rid = ac.add_respondent(db, process_id, "Anna Nowak").id
    fill(db, rid, areas[8], 1)
    ac.choose_area(db, process_id, areas[8].id, "")
    stage = dashboard.dashboard(db, jst_id).stages[0]
    assert stage.state == dashboard.IN_PROGRESS  # the area is chosen, the opening conference not yet held
    assert {s.label: s.done for s in stage.steps}["Konferencja otwierająca odbyta"] is False
    day = dt.date.today() - dt.timedelta(days=30)
    meetings.save_meeting(db, process_id, meetings.MeetingData(kind="conference", title="Konferencja",
                                                               starts_on=day, ends_on=day + dt.timedelta(days=1)))  # fmt: skip
    stage = dashboard.dashboard(db, jst_id).stages[0]
    assert stage.state == dashboard.DONE
    assert "8. System wspomagania szkół" in stage.summary


def test_wizard_place_round_trips(db, process_id):
    assert ac.wizard_place(db, process_id) == ac.WizardPlace()
    ac.save_wizard_place(db, process_id, ac.WizardPlace(page=2, respondent_id=7, area_number=5, row=3))
    assert ac.wizard_place(db, process_id) == ac.WizardPlace(2, 7, 5, 3)
    processes.set_wizard_page(db, process_id, ac.WIZARD, 3, "[1, 2")  # damaged: the page survives
    assert ac.wizard_place(db, process_id) == ac.WizardPlace(3)


def test_names_that_differ_only_in_letter_case_are_one_respondent(db, process_id):
    first = ac.add_respondent(db, process_id, "Anna Nowak").id
    with pytest.raises(DomainError, match="„Anna Nowak” jest już na liście respondentów") as refused:
        ac.add_respondent(db, process_id, "anna  NOWAK")
    assert refused.value.field == "full_name"
    second = ac.add_respondent(db, process_id, "Jan Kos").id
    with pytest.raises(DomainError, match="jest już na liście"):
        ac.rename_respondent(db, second, "ANNA NOWAK")
    ac.rename_respondent(db, first, "Anna NOWAK")  # the same person, written otherwise: allowed
    assert [r.full_name for r in ac.list_respondents(db, process_id)] == ["Anna NOWAK", "Jan Kos"]
