"""Every service that changes data says what it changed (a ``Change``), so the screens showing it can follow."""

from __future__ import annotations

import dataclasses
import datetime as dt
import importlib
import inspect
import pkgutil
import re
import types
import typing

import pytest

import wsparcie_desktop.services as services_package
from wsparcie_desktop.changes import Change, Kind, changes_of
from wsparcie_desktop.services import (
    area_choice,
    causes,
    data_tasks,
    gaps,
    goals,
    hdr,
    jst,
    people,
    processes,
    schools,
)
from wsparcie_desktop.services.causes import CauseData
from wsparcie_desktop.services.goals import GoalData
from wsparcie_desktop.services.hdr_baseline import approve_hdr
from wsparcie_desktop.services.people import PersonData

# A public service function whose name starts with one of these verbs changes data.
DATA_VERBS = (
    "add", "apply", "approve", "archive", "assign", "attach", "change", "choose", "clear", "confirm", "copy",
    "create", "delete", "detach", "duplicate", "edit", "import", "indent", "insert", "link", "mark", "merge", "move",
    "outdent", "rate", "record", "remove", "rename", "reopen", "reorder", "replace", "reset", "restore", "save",
    "set", "shift", "store", "swap", "toggle", "unlink", "update", "upsert", "write",
)  # fmt: skip
VERB = re.compile(rf"^({'|'.join(DATA_VERBS)})(_|$)")

# Functions named like a change that are not service calls changing the store.
NOT_CHANGES = {
    # pure date arithmetic on two dates; no store involved
    "hdr_dates.shift_dates",
    # works inside the calling service's transaction (it takes the Session); the caller returns the Change
    "diagnosis.delete_gaps_with_goals",
}


def _service_modules() -> list[types.ModuleType]:
    names = [m.name for m in pkgutil.iter_modules(services_package.__path__) if not m.name.startswith("_")]
    return [importlib.import_module(f"wsparcie_desktop.services.{name}") for name in sorted(names)]


def _changing_functions() -> dict[str, types.FunctionType]:
    found = {}
    for module in _service_modules():
        short = module.__name__.rsplit(".", 1)[-1]
        for name, function in inspect.getmembers(module, inspect.isfunction):
            if function.__module__ == module.__name__ and not name.startswith("_") and VERB.match(name):
                found[f"{short}.{name}"] = function
    return found


def _reports_changes(annotation: object) -> bool:
    """Change, Change | None, tuple[Change, ...], or a result dataclass with ``changes: tuple[Change, ...]``."""
    if annotation is Change:
        return True
    origin, args = typing.get_origin(annotation), typing.get_args(annotation)
    if origin in (typing.Union, types.UnionType):
        return Change in args and set(args) <= {Change, type(None)}
    if origin is tuple:
        return args == (Change, ...)
    if dataclasses.is_dataclass(annotation):
        changes = typing.get_type_hints(annotation).get("changes")
        return typing.get_origin(changes) is tuple and _reports_changes(changes)
    return False


def test_every_service_that_changes_data_returns_a_change():
    functions = _changing_functions()
    assert len(functions) >= 50, "the scan found too few services: is the verb list or the package path wrong?"
    missing = []
    for name, function in sorted(functions.items()):
        if name in NOT_CHANGES:
            continue
        annotation = function.__annotations__.get("return")
        if isinstance(annotation, str):  # postponed annotations: evaluated where the function was written
            annotation = eval(annotation, function.__globals__)
        if not _reports_changes(annotation):
            missing.append(f"{name} -> {annotation!r}")
    assert not missing, "services that change data must be annotated to return a Change:\n" + "\n".join(missing)


def test_the_allow_list_names_functions_that_exist():
    assert NOT_CHANGES <= set(_changing_functions()), "remove names from NOT_CHANGES that no longer exist"


def test_the_check_tells_a_change_from_anything_else():
    assert _reports_changes(Change) and _reports_changes(Change | None) and _reports_changes(tuple[Change, ...])
    assert _reports_changes(goals.Saved)
    assert not _reports_changes(int) and not _reports_changes(None) and not _reports_changes(tuple[int, ...])
    assert not _reports_changes(type(None) | int) and not _reports_changes(jst.JstProfile)


# ---------------------------------------------------------------- what the services report, on the demo gmina


@pytest.fixture
def demo(demo_db):
    return demo_db


def test_a_person_saved_new_and_changed(demo):
    db, d = demo
    change = people.save_person(db, d.jst_id, PersonData(full_name="Ewa Lis", role_code="doradca_rozwoj"))
    assert (change.kind, change.jst_id, change.process_id, change.deleted) == (Kind.PERSON, d.jst_id, None, False)
    assert change.ids == (change.id,) and people.get_person(db, change.id).full_name == "Ewa Lis"
    person = people.get_person(db, next(iter(d.people.values())))
    person.phone = "25 640 11 99"
    assert people.save_person(db, d.jst_id, person) == Change(Kind.PERSON, d.jst_id, ids=(person.id,))
    assert people.delete_person(db, change.id) == Change(Kind.PERSON, d.jst_id, ids=(change.id,), deleted=True)


def test_a_school_saved(demo):
    db, d = demo
    school = schools.get_school(db, next(iter(d.extra["school_ids"].values())))
    school.notes = "Sala gimnastyczna w remoncie"
    assert schools.save_school(db, d.jst_id, school) == Change(Kind.SCHOOL, d.jst_id, ids=(school.id,))


def test_a_process_changed(demo):
    db, d = demo
    process = processes.get_process(db, d.process_id)
    process.name = "Proces doradczy 2026/2027"
    change = processes.save_process(db, d.jst_id, process)
    assert change == Change(Kind.PROCESS, d.jst_id, d.process_id, (d.process_id,))


def test_a_sheet_answer_names_the_respondent(demo):
    db, d = demo
    respondent = area_choice.list_respondents(db, d.process_id)[0]
    statement = area_choice.load_areas(db)[0].statements[0]
    change = area_choice.set_answer(db, respondent.id, statement.id, 4)
    assert change == Change(Kind.AREA_CHOICE, d.jst_id, d.process_id, (respondent.id,))
    assert area_choice.clear_answer(db, respondent.id, statement.id) == change
    removed = area_choice.remove_respondent(db, respondent.id)
    assert removed == Change(Kind.AREA_CHOICE, d.jst_id, d.process_id, (respondent.id,), deleted=True)


def test_a_data_task_and_its_file(demo):
    db, d = demo
    task = data_tasks.list_tasks(db, d.process_id)[0]
    task.findings = "Dane zebrane w całości."
    assert data_tasks.save_task(db, d.process_id, task) == Change(Kind.DATA_TASK, d.jst_id, d.process_id, (task.id,))
    added = data_tasks.add_attachment(db, task.id, "notatka.txt", b"notatka")
    assert (added.kind, added.jst_id, added.process_id) == (Kind.DATA_TASK, d.jst_id, d.process_id)
    assert [a.id for a in data_tasks.list_attachments(db, task.id)][-1] == added.id
    deleted = data_tasks.delete_task(db, task.id)
    assert deleted == Change(Kind.DATA_TASK, d.jst_id, d.process_id, (task.id,), deleted=True)


def test_a_cause_added_and_deleted_with_its_sub_causes(demo):
    db, d = demo
    root = causes.save_cause(db, d.process_id, CauseData("Brak czasu na szkolenia", "resources", "partly"))
    assert (root.kind, root.jst_id, root.process_id, root.deleted) == (Kind.DIAGNOSIS, d.jst_id, d.process_id, False)
    assert root.id in {c.id for c in causes.list_causes(db, d.process_id)}
    child = causes.save_cause(db, d.process_id, CauseData("Zastępstwa", "resources", "yes", parent_id=root.id)).id
    deleted = causes.delete_cause(db, root.id)
    assert (deleted.kind, deleted.jst_id, deleted.process_id, deleted.deleted) == (Kind.DIAGNOSIS, d.jst_id,
                                                                                   d.process_id, True)  # fmt: skip
    assert deleted.ids == (root.id, child)


def test_a_goal_saved_carries_its_change_beside_the_warnings(demo):
    db, d = demo
    goal = goals.get_goal(db, d.extra["goal_ids"][0])
    saved = goals.save_goal(db, d.process_id, GoalData(goal.text + " i w przedszkolach", goal.gap_id, goal.id))
    assert saved.id == goal.id
    assert changes_of(saved) == (Change(Kind.GOALS, d.jst_id, d.process_id, (goal.id,)),)


def test_a_priority_gap_deleted_reports_its_goals_too(demo):
    db, d = demo
    goal = goals.get_goal(db, d.extra["goal_ids"][0])
    goal_ids = tuple(g.id for g in goals.list_goals(db, d.process_id) if g.gap_id == goal.gap_id)
    assert gaps.delete_gap(db, goal.gap_id) == (
        Change(Kind.DIAGNOSIS, d.jst_id, d.process_id, (goal.gap_id,), deleted=True),
        Change(Kind.GOALS, d.jst_id, d.process_id, goal_ids, deleted=True),
    )


def test_an_hdr_activity_saved_and_deleted(demo):
    db, d = demo
    activity_id = d.extra["hdr_activity_ids"][next(iter(d.extra["hdr_activity_ids"]))]
    activity = hdr.get_activity(db, activity_id)
    activity.name = "Spotkanie otwierające HDR"
    saved = hdr.save_activity(db, d.extra["hdr_id"], activity)
    assert saved.changes == (Change(Kind.HDR_ACTIVITY, d.jst_id, d.process_id, (activity_id,)),)
    assert saved.activity == hdr.get_activity(db, activity_id)  # as stored, new version included: no second read
    assert saved.activity.version == activity.version + 1 and saved.id == activity_id
    new = dataclasses.replace(activity, id=None, version=None, name=" Nowe ")
    added = hdr.save_activity(db, d.extra["hdr_id"], new)
    assert added.activity == hdr.get_activity(db, added.id) and added.activity.name == "Nowe"
    deleted = hdr.delete_activity(db, activity_id)
    assert deleted == Change(Kind.HDR_ACTIVITY, d.jst_id, d.process_id, (activity_id,), deleted=True)


def test_an_hdr_approval(demo):
    db, d = demo
    change = approve_hdr(db, d.process_id, "Andrzej Kowalczyk, Wójt Gminy Zalesie", dt.date(2026, 9, 15))
    assert change == Change(Kind.HDR, d.jst_id, d.process_id, (d.extra["hdr_id"],))


def test_a_jst_renamed_and_deleted(demo):
    db, d = demo
    assert jst.rename_jst(db, d.jst_id, "Gmina Zalesie Nowe") == (
        Change(Kind.JST_LIST, d.jst_id, ids=(d.jst_id,)),
        Change(Kind.JST, d.jst_id, ids=(d.jst_id,)),
    )
    assert jst.delete_jst(db, d.jst_id) == Change(Kind.JST_LIST, d.jst_id, ids=(d.jst_id,), deleted=True)


def test_a_move_names_the_moved_row_first_then_the_rows_it_pushed(demo):
    db, d = demo
    first = causes.save_cause(db, d.process_id, CauseData("Pierwsza", "people")).id
    second = causes.save_cause(db, d.process_id, CauseData("Druga", "people")).id
    assert causes.shift_cause(db, d.process_id, second, -1).ids == (second, first)
    assert causes.outdent_cause(db, d.process_id, second) is None, "a cause without a parent cannot go out"
    order = [a.id for a in sorted(hdr.list_activities(db, d.extra["hdr_id"]), key=lambda a: a.position)]
    moved = hdr.move_activity(db, order[1], -1)
    assert moved == Change(Kind.HDR_ACTIVITY, d.jst_id, d.process_id, (order[1], order[0]))
