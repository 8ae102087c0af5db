"""The cause tree: adding in place, moving with sub-causes, indenting, and no cause under itself."""

from __future__ import annotations

import pytest

from tests.diagnosis_support import make_process
from wsparcie_desktop.errors import DomainError
from wsparcie_desktop.services import causes
from wsparcie_desktop.services.causes import CauseData


def shape(db, pid) -> list[tuple[int, str]]:
    return [(c.depth, c.text) for c in causes.list_causes(db, pid)]


@pytest.fixture
def tree(db, jst_id):
    pid = make_process(db, jst_id)
    a = causes.save_cause(db, pid, CauseData("A", "people")).id
    b = causes.save_cause(db, pid, CauseData("B", "resources", "no")).id
    a1 = causes.save_cause(db, pid, CauseData("A1", parent_id=a)).id
    a2 = causes.save_cause(db, pid, CauseData("A2", parent_id=a)).id
    a1x = causes.save_cause(db, pid, CauseData("A1x", parent_id=a1)).id
    return pid, dict(A=a, B=b, A1=a1, A2=a2, A1x=a1x)


def test_the_tree_reads_in_order_with_depths(db, tree):
    pid, _ = tree
    assert shape(db, pid) == [(0, "A"), (1, "A1"), (2, "A1x"), (1, "A2"), (0, "B")]
    outside = [c for c in causes.list_causes(db, pid) if c.outside_influence]
    assert [c.text for c in outside] == ["B"] and outside[0].category_label == "zasoby"


def test_a_sibling_is_inserted_right_after_the_current_one(db, tree):
    pid, ids = tree
    causes.save_cause(db, pid, CauseData("A1.5", parent_id=ids["A"]), after_id=ids["A1"])
    causes.save_cause(db, pid, CauseData("Z"), after_id=ids["A"])
    assert shape(db, pid) == [(0, "A"), (1, "A1"), (2, "A1x"), (1, "A1.5"), (1, "A2"), (0, "Z"), (0, "B")]


def test_moving_takes_the_sub_causes_along_and_never_under_itself(db, tree):
    pid, ids = tree
    causes.move_cause(db, pid, ids["A1"], ids["B"], 0)
    assert shape(db, pid) == [(0, "A"), (1, "A2"), (0, "B"), (1, "A1"), (2, "A1x")]
    with pytest.raises(DomainError) as err:
        causes.move_cause(db, pid, ids["B"], ids["A1x"], 0)
    assert err.value.field == "parent_id"
    with pytest.raises(DomainError):
        causes.move_cause(db, pid, ids["B"], ids["B"], 0)
    causes.move_cause(db, pid, ids["B"], None, 0)
    assert shape(db, pid)[0] == (0, "B")


def test_keyboard_moves_shift_indent_and_outdent(db, tree):
    pid, ids = tree
    causes.shift_cause(db, pid, ids["A2"], -1)
    assert shape(db, pid) == [(0, "A"), (1, "A2"), (1, "A1"), (2, "A1x"), (0, "B")]
    causes.shift_cause(db, pid, ids["A2"], -1)  # already first among its siblings
    assert causes.indent_cause(db, pid, ids["A1"])  # under A2, the sibling above
    assert shape(db, pid) == [(0, "A"), (1, "A2"), (2, "A1"), (3, "A1x"), (0, "B")]
    assert not causes.indent_cause(db, pid, ids["A2"]), "the first child has no sibling above to go under"
    assert causes.outdent_cause(db, pid, ids["A1x"])
    assert shape(db, pid) == [(0, "A"), (1, "A2"), (2, "A1"), (2, "A1x"), (0, "B")]
    assert not causes.outdent_cause(db, pid, ids["A"])


def test_category_and_influence_are_checked_and_edits_keep_the_place(db, tree):
    pid, ids = tree
    with pytest.raises(DomainError) as err:
        causes.save_cause(db, pid, CauseData("A", "pogoda", id=ids["A"]))
    assert err.value.field == "category"
    with pytest.raises(DomainError) as err:
        causes.save_cause(db, pid, CauseData("A", "people", "może", id=ids["A"]))
    assert err.value.field == "influence"
    causes.save_cause(db, pid, CauseData("A poprawione", "law", "partly", id=ids["A"]))
    first = causes.list_causes(db, pid)[0]
    assert (first.text, first.category, first.influence, first.depth) == ("A poprawione", "law", "partly", 0)


def test_deleting_removes_the_subtree_and_closes_the_numbering(db, tree):
    pid, ids = tree
    causes.delete_cause(db, ids["A1"])
    assert shape(db, pid) == [(0, "A"), (1, "A2"), (0, "B")]
    assert [c.position for c in causes.list_causes(db, pid) if c.parent_id == ids["A"]] == [1]
