"""The deep diagnosis rules: evidence, one target per statement, gaps, priorities, goals and indicators."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from tests.diagnosis_support import indicator, make_process, small_diagnosis
from wsparcie_desktop.errors import DomainError
from wsparcie_desktop.services import causes, data_tasks, diagnosis, gaps, goals, processes
from wsparcie_desktop.services.data_tasks import DataTaskData
from wsparcie_desktop.services.diagnosis import CurrentStateData, ParticipantData, TargetStateData
from wsparcie_desktop.services.gaps import GapData
from wsparcie_desktop.services.goals import GoalData


def field_of(call) -> str | None:
    with pytest.raises(DomainError) as err:
        call()
    return err.value.field


# ---------------------------------------------------------------- participants and statements


def test_participants_need_a_name_and_a_role_and_appear_once(db, jst_id):
    pid = make_process(db, jst_id)
    diagnosis.save_participant(db, pid, ParticipantData("Anna Nowak", "inspektor ds. oświaty"))
    assert field_of(lambda: diagnosis.save_participant(db, pid, ParticipantData("anna nowak", "radna"))) == "full_name"
    assert field_of(lambda: diagnosis.save_participant(db, pid, ParticipantData("Jan Lis", " "))) == "role"
    assert [p.full_name for p in diagnosis.list_participants(db, pid)] == ["Anna Nowak"]


def test_the_diagnosis_needs_a_chosen_area(db, jst_id):
    pid = make_process(db, jst_id, area_number=None)
    with pytest.raises(DomainError, match="Proces doradczy"):
        diagnosis.save_participant(db, pid, ParticipantData("Anna Nowak", "inspektor"))


def test_a_current_state_needs_evidence_and_a_task_of_its_own_process(db, jst_id):
    pid = make_process(db, jst_id)
    other = make_process(db, jst_id, name="Inny proces")
    foreign_task = data_tasks.save_task(db, other, DataTaskData(what="Dane z SIO", source="sio")).id
    own_task = data_tasks.save_task(db, pid, DataTaskData(what="Dane z SIO", source="sio")).id
    assert field_of(lambda: diagnosis.save_current_state(db, pid, CurrentStateData("Mało", "sio", ""))) == "evidence"
    assert field_of(lambda: diagnosis.save_current_state(db, pid, CurrentStateData("", "sio", "5"))) == "text"
    assert (
        field_of(lambda: diagnosis.save_current_state(db, pid, CurrentStateData("Mało", "sio", "5", foreign_task)))
        == "data_task_id"
    )
    sid = diagnosis.save_current_state(db, pid, CurrentStateData("Mało", "sio", "12% nauczycieli", own_task)).id
    [state] = diagnosis.list_current_states(db, pid)
    assert (state.id, state.data_task_what, state.evidence) == (sid, "Dane z SIO", "12% nauczycieli")


def test_each_current_state_has_one_target_state(db, jst_id):
    pid = make_process(db, jst_id)
    a = diagnosis.save_current_state(db, pid, CurrentStateData("A", "sio", "1")).id
    b = diagnosis.save_current_state(db, pid, CurrentStateData("B", "cke", "2")).id
    ta = diagnosis.save_target_state(db, pid, TargetStateData("Docelowo A", a)).id
    assert field_of(lambda: diagnosis.save_target_state(db, pid, TargetStateData("Drugi", a))) == "current_state_id"
    assert field_of(lambda: diagnosis.save_target_state(db, pid, TargetStateData("X", None))) == "current_state_id"
    diagnosis.save_target_state(db, pid, TargetStateData("Docelowo A, poprawione", a, ta))
    diagnosis.save_target_state(db, pid, TargetStateData("Docelowo B", b))
    assert [(t.current_state_id, t.text) for t in diagnosis.list_target_states(db, pid)] == [
        (a, "Docelowo A, poprawione"),
        (b, "Docelowo B"),
    ]


# ---------------------------------------------------------------- gaps and dependants


def test_a_gap_needs_a_cause_and_the_target_of_its_own_current_state(db, jst_id):
    d = small_diagnosis(db, jst_id)
    pid, (c1, _c2), (t1, t2) = d.process_id, d.current_ids, d.target_ids
    assert field_of(lambda: gaps.save_gap(db, pid, GapData("Luka", c1, t1, []))) == "causes"
    assert field_of(lambda: gaps.save_gap(db, pid, GapData("Luka", c1, t2, [d.cause_ids[0]]))) == "target_state_id"
    assert field_of(lambda: gaps.save_gap(db, pid, GapData(" ", c1, t1, [d.cause_ids[0]]))) == "description"
    gid = gaps.save_gap(db, pid, GapData("Luka trzecia", c1, t1, [d.cause_ids[2], d.cause_ids[2]])).id
    [saved] = [g for g in gaps.list_gaps(db, pid) if g.id == gid]
    assert saved.cause_ids == [d.cause_ids[2]] and saved.current_text == "Mało nauczycieli we wspomaganiu"
    gaps.check_gaps(db, pid)


def test_deleting_a_current_state_lists_what_depends_on_it_then_removes_it_all(db, jst_id):
    d = small_diagnosis(db, jst_id)
    found = diagnosis.current_state_dependants(db, d.current_ids[0])
    assert found == [
        "stan docelowy „Cel: Mało nauczycieli we wspomaganiu”",
        "luka rozwojowa „Za mało wspomagania”",
        "cel rozwojowy „Objąć wspomaganiem połowę nauczycieli”",
    ]
    diagnosis.delete_current_state(db, d.current_ids[0])
    assert [g.id for g in gaps.list_gaps(db, d.process_id)] == [d.gap_ids[1]]
    assert goals.list_goals(db, d.process_id) == []
    assert [t.id for t in diagnosis.list_target_states(db, d.process_id)] == [d.target_ids[1]]


def test_deleting_a_target_state_or_a_gap_lists_and_removes_the_goals(db, jst_id):
    d = small_diagnosis(db, jst_id)
    assert diagnosis.target_state_dependants(db, d.target_ids[1]) == ["luka rozwojowa „Brak planu”"]
    assert gaps.gap_dependants(db, d.gap_ids[0]) == [
        "cel rozwojowy „Objąć wspomaganiem połowę nauczycieli” (razem ze wskaźnikami)"
    ]
    gaps.delete_gap(db, d.gap_ids[0])
    assert goals.list_goals(db, d.process_id) == []
    diagnosis.delete_target_state(db, d.target_ids[1])
    assert gaps.list_gaps(db, d.process_id) == []
    assert len(diagnosis.list_current_states(db, d.process_id)) == 2


def test_deleting_a_cause_names_the_gap_left_without_causes(db, jst_id):
    d = small_diagnosis(db, jst_id)
    found = causes.cause_dependants(db, d.cause_ids[2])
    assert found == ["luka rozwojowa „Brak planu” — zostanie bez przyczyn i trzeba będzie wskazać nowe"]
    root_found = causes.cause_dependants(db, d.cause_ids[0])
    assert root_found[0] == "1 przyczyna podrzędnych (zostaną usunięte razem z nią)"
    causes.delete_cause(db, d.cause_ids[2])
    with pytest.raises(DomainError, match="Brak planu"):
        gaps.check_gaps(db, d.process_id)


# ---------------------------------------------------------------- priorities


def test_ranking_by_score_then_importance_then_order_and_by_hand(db, jst_id):
    d = small_diagnosis(db, jst_id)
    pid = d.process_id
    extra = [
        gaps.save_gap(db, pid, GapData(f"Luka {n}", d.current_ids[0], d.target_ids[0], [d.cause_ids[0]])).id
        for n in (3, 4, 5)
    ]
    gaps.rate_gap(db, d.gap_ids[0], 5, 4)  # 20
    gaps.rate_gap(db, d.gap_ids[1], 3, 2)  # 6
    gaps.rate_gap(db, extra[0], 2, 3)  # 6, less important than gap 1 → after it
    gaps.rate_gap(db, extra[1], 4, 5)  # 20, less important than gap 0 → after it
    # extra[2] unrated → last
    order = [g.id for g in gaps.ranking(db, pid)]
    assert order == [d.gap_ids[0], extra[1], d.gap_ids[1], extra[0], extra[2]]
    assert [g.score for g in gaps.ranking(db, pid)] == [20, 20, 6, 6, None]
    gaps.move_in_ranking(db, pid, extra[0], -1)
    gaps.move_in_ranking(db, pid, extra[0], -1)
    assert [g.id for g in gaps.ranking(db, pid)] == [d.gap_ids[0], extra[0], extra[1], d.gap_ids[1], extra[2]]
    assert [g.rank for g in gaps.ranking(db, pid)] == [1, 2, 3, 4, 5]
    gaps.move_in_ranking(db, pid, d.gap_ids[0], -1)  # already first: nothing moves
    assert gaps.ranking(db, pid)[0].id == d.gap_ids[0]
    gaps.reset_manual_order(db, pid)
    assert [g.id for g in gaps.ranking(db, pid)] == order


def test_ratings_are_one_to_five_and_every_gap_must_be_rated(db, jst_id):
    d = small_diagnosis(db, jst_id)
    assert field_of(lambda: gaps.rate_gap(db, d.gap_ids[0], 6, 3)) == "importance"
    assert field_of(lambda: gaps.rate_gap(db, d.gap_ids[0], 3, 0)) == "feasibility"
    gaps.check_priorities(db, d.process_id)
    gaps.rate_gap(db, d.gap_ids[1], None, 2)
    with pytest.raises(DomainError, match="Brak planu"):
        gaps.check_priorities(db, d.process_id)


def test_a_priority_with_goals_cannot_be_unmarked_silently(db, jst_id):
    d = small_diagnosis(db, jst_id)
    with pytest.raises(DomainError, match="Objąć wspomaganiem"):
        gaps.set_priority(db, d.gap_ids[0], False)
    gaps.set_priority(db, d.gap_ids[1], True)
    gaps.set_priority(db, d.gap_ids[1], False)
    assert [g.is_priority for g in gaps.list_gaps(db, d.process_id)] == [True, False]


def test_at_least_one_priority(db, jst_id):
    d = small_diagnosis(db, jst_id)
    goals.delete_goal(db, d.goal_ids[0])
    gaps.set_priority(db, d.gap_ids[0], False)
    assert field_of(lambda: gaps.check_priorities(db, d.process_id)) == "is_priority"


# ---------------------------------------------------------------- goals and indicators


def test_goals_are_set_for_priorities_only(db, jst_id):
    d = small_diagnosis(db, jst_id)
    assert field_of(lambda: goals.save_goal(db, d.process_id, GoalData("Cel", d.gap_ids[1]))) == "gap_id"


def test_a_goal_on_causes_outside_the_jsts_influence_is_saved_with_a_warning(db, jst_id):
    d = small_diagnosis(db, jst_id)
    gaps.set_priority(db, d.gap_ids[1], True)  # its only cause is the law: influence "no"
    saved = goals.save_goal(db, d.process_id, GoalData("Zmienić ustawę", d.gap_ids[1]))
    [warning] = saved.warnings
    assert "nie ma wpływu" in warning and "Zmienić ustawę" in warning
    assert goals.save_goal(db, d.process_id, GoalData("Więcej szkoleń", d.gap_ids[0])).warnings == []
    listed = {g.id: g for g in goals.list_goals(db, d.process_id)}
    assert listed[saved.id].warnings == [warning], "the warning stays visible, the goal stays saved"


@pytest.mark.parametrize(
    "change, field",
    [
        (dict(name=""), "name"),
        (dict(unit=" "), "unit"),
        (dict(baseline_value=None), "baseline_value"),
        (dict(baseline_on=None), "baseline_on"),
        (dict(target_value=None), "target_value"),
        (dict(target_on=None), "target_on"),
        (dict(method=""), "method"),
        (dict(measured_by=""), "measured_by"),
        (dict(target_on=dt.date(2026, 6, 30)), "target_on"),
        (dict(target_on=dt.date(2026, 1, 1)), "target_on"),
        (dict(target_value=Decimal("1e12")), "target_value"),
    ],
)
def test_an_indicator_needs_every_field_and_a_later_target_date(db, jst_id, change, field):
    d = small_diagnosis(db, jst_id)
    before = goals.list_goals(db, d.process_id)[0].indicators
    assert field_of(lambda: goals.save_indicator(db, d.goal_ids[0], indicator(**change))) == field
    assert goals.list_goals(db, d.process_id)[0].indicators == before


def test_target_date_message_names_the_baseline_date(db, jst_id):
    d = small_diagnosis(db, jst_id)
    with pytest.raises(DomainError, match="późniejsza niż data bazowa \\(30.06.2026\\)"):
        goals.save_indicator(db, d.goal_ids[0], indicator(target_on=dt.date(2026, 6, 30)))


def test_every_priority_needs_a_goal_and_every_goal_an_indicator(db, jst_id):
    d = small_diagnosis(db, jst_id)
    goals.check_goals(db, d.process_id)
    gaps.set_priority(db, d.gap_ids[1], True)
    with pytest.raises(DomainError, match="Priorytet „Brak planu” nie ma jeszcze celu"):
        goals.check_goals(db, d.process_id)
    gid = goals.save_goal(db, d.process_id, GoalData("Plan wydatków", d.gap_ids[1])).id
    assert field_of(lambda: goals.check_goals(db, d.process_id)) == "indicators"
    iid = goals.save_indicator(
        db, gid, indicator("Plan przyjęty", unit="dokument", baseline_value=Decimal(0), target_value=Decimal(1))
    ).id
    goals.check_goals(db, d.process_id)
    assert goals.goal_dependants(db, gid) == ["wskaźnik „Plan przyjęty”"]
    goals.delete_indicator(db, iid)
    assert field_of(lambda: goals.check_goals(db, d.process_id)) == "indicators"


def test_progress_counts_every_part_and_knows_the_wizard_page(db, jst_id):
    d = small_diagnosis(db, jst_id)
    processes.set_wizard_page(db, d.process_id, diagnosis.WIZARD, 4)
    progress = diagnosis.diagnosis_progress(db, d.process_id)
    assert progress.wizard_page == 4
    assert [s.done for s in progress.steps] == [True] * 7
    assert progress.steps[3].count_text == "3 przyczyny, poza wpływem JST: 1"
    assert progress.steps[6].count_text == "1 cel, 1 wskaźnik"
    assert progress.context.area_number == 8
    gaps.set_priority(db, d.gap_ids[1], True)
    assert not diagnosis.diagnosis_progress(db, d.process_id).steps[6].done, "a priority without a goal"


def test_the_dashboard_shows_how_far_stage_2_got(db, jst_id):
    from wsparcie_desktop.services.dashboard import dashboard

    d = small_diagnosis(db, jst_id)
    data_tasks.save_task(db, d.process_id, DataTaskData(what="Dane SIO", source="sio", due_on=dt.date(2026, 3, 10)))
    stage2 = dashboard(db, jst_id).stages[1]
    done = {step.label: step.done for step in stage2.steps}
    assert done == {
        "Plan zbierania danych": False,
        "Uczestnicy diagnozy pogłębionej": True,
        "Jak jest? (stan obecny)": True,
        "Jak chcemy, żeby było? (stan docelowy)": True,
        "Przyczyny": True,
        "Luki rozwojowe": True,
        "Priorytety": True,
        "Cele i wskaźniki": True,
        "HDR zatwierdzony": False,
        "Spotkanie 1 w JST odbyte": False,
        "Spotkanie 2 w JST odbyte": False,
        "Kodeks etyczny i zasady współpracy uzgodnione": False,
    }
    assert stage2.summary == "Ukończono 7 z 12 kroków. Zadania zbierania danych po terminie: 1."
    gaps.set_priority(db, d.gap_ids[1], True)
    assert not {s.label: s.done for s in dashboard(db, jst_id).stages[1].steps}["Cele i wskaźniki"]
