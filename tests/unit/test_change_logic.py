"""'Logika zmiany': where a chain is broken across pages, and when it moves whole."""

from __future__ import annotations

import datetime as dt

import pytest
from reports_pdf import page_count, squeeze, text

from wsparcie_desktop.reports import fonts
from wsparcie_desktop.reports.change_logic import (
    CONTINUED,
    TABLE_PAGES,
    Box,
    ChainColumns,
    ChainDiagram,
    GoalGroup,
    render,
)
from wsparcie_desktop.reports.data import JstInfo, print_options
from wsparcie_desktop.reports.page import frame_height, frame_width
from wsparcie_desktop.services.hdr_chain import Chain

WIDTH, PAGE = frame_width("landscape"), frame_height("landscape")


@pytest.fixture(autouse=True)
def _fonts():
    fonts.register_fonts()  # the boxes are measured in the documents' fonts


def _chain(goals: int, activities: int, causes: int = 3) -> ChainColumns:
    groups = [GoalGroup([Box(f"Cel {g}", strong=True), Box(f"Wskaźnik: W{g}", "brak pomiarów")],
                        [(g * 100 + a, Box(f"{g * 100 + a}. Działanie {g}.{a} o dość długiej nazwie do zawinięcia"))
                         for a in range(activities)])
              for g in range(1, goals + 1)]  # fmt: skip
    return ChainColumns("Łańcuch 1", [Box("Stan obecny")], [Box(f"Przyczyna {c}") for c in range(causes)],
                        Box("Luka", strong=True), groups)  # fmt: skip


def test_a_chain_that_fits_a_page_moves_whole_rather_than_start_at_the_foot_of_a_half_full_page():
    diagram = ChainDiagram(_chain(goals=2, activities=7), WIDTH, PAGE)
    assert PAGE * 0.6 < diagram.height <= PAGE
    assert diagram.split(WIDTH, diagram.height) == [diagram]
    assert diagram.split(WIDTH, PAGE * 0.45) == []  # this page is over half full: the next page takes it whole
    # a page more than half empty is not left so: the chain starts here and goes on overleaf
    first, rest = diagram.split(WIDTH, PAGE * 0.55)
    assert first.height <= PAGE * 0.55 and rest.chain.title.endswith(CONTINUED)


def test_a_long_chain_is_broken_between_its_goals_each_goal_with_its_activities_and_the_gap_repeated():
    diagram = ChainDiagram(_chain(goals=3, activities=6), WIDTH, PAGE)
    assert diagram.height > PAGE  # three goals of six activities do not fit on one page
    first, rest = diagram.split(WIDTH, PAGE * 0.7)
    assert first.height <= PAGE * 0.7
    goals = [b.text for b in first.columns[3] if b.strong]
    assert goals and all(g in ("Cel 1", "Cel 2") for g in goals)
    # each goal on the first part has all its activities there, and none of a later goal
    numbers = {int(b.text.split(".")[0]) for b in first.columns[4]}
    assert numbers == {g * 100 + a for g in range(1, len(goals) + 1) for a in range(6)}
    assert rest.chain.title == "Łańcuch 1" + CONTINUED and rest.chain.gap.text == "Luka"
    assert [b.text for b in rest.columns[3] if b.strong][0] == f"Cel {len(goals) + 1}"
    assert rest.chain.drawn_before[:2] == (True, True) and rest.columns[0] == [] and rest.columns[1] == []
    # the rest fits on the next page, still with its repeated heading
    assert rest.split(WIDTH, PAGE) == [rest]


def test_one_goal_taller_than_a_page_is_broken_between_its_boxes_and_its_goal_is_repeated():
    diagram = ChainDiagram(_chain(goals=1, activities=30), WIDTH, PAGE)
    assert PAGE < diagram.height <= TABLE_PAGES * PAGE
    first, rest = diagram.split(WIDTH, PAGE)
    assert first.height <= PAGE and [b.text for b in first.columns[3] if b.strong] == ["Cel 1"]
    assert [b.text for b in rest.columns[3] if b.strong] == ["Cel 1 (cd.)"]
    shown = [b.text for b in first.columns[4]] + [b.text for b in rest.columns[4]]
    assert len(shown) == 30 and len(set(shown)) == 30  # every activity once, none lost at the break


def _tree_chain(causes: int) -> Chain:
    chain = Chain(approved_on=dt.date(2026, 9, 1))
    chain.states = [1]
    chain.state_task = {1: None}
    chain.texts[("state", 1)] = "Stan"
    for c in range(1, causes + 1):
        chain.cause_parent[c] = None
        chain.cause_influence[c] = "yes"
        chain.texts[("cause", c)] = f"Przyczyna numer {c}"
    chain.gap_state, chain.gap_priority, chain.gap_causes = {1: 1}, {1: True}, {1: set(range(1, causes + 1))}
    chain.texts[("gap", 1)] = "Luka"
    chain.goal_gap, chain.texts[("goal", 1)] = {1: 1}, "Cel"
    chain.activity_order, chain.activity_goals, chain.activity_indicators = [1], {1: {1}}, {1: set()}
    chain.texts[("activity", 1)] = "Działanie"
    return chain


def _print(chain: Chain, tmp_path) -> str:
    jst = JstInfo(name="Gmina Zalesie", city="Zalesie")
    doc = render(
        jst, "Proces 2026", "8. System wspomagania", chain, print_options("Zalesie", None, date=dt.date(2026, 12, 1))
    )
    return doc.write(tmp_path / "l.pdf")


def test_a_chain_of_200_causes_is_printed_as_a_table_and_one_of_18_as_a_diagram_over_pages(tmp_path):
    pdf = _print(_tree_chain(200), tmp_path)
    assert squeeze("przedstawiono go jako tabelę") in squeeze(text(pdf, raw=True))
    pdf = _print(_tree_chain(18), tmp_path)
    body = squeeze(text(pdf, raw=True))
    assert (
        squeeze("przedstawiono go jako tabelę") not in body
        and squeeze("Łańcuch 1 (luka priorytetowa)" + CONTINUED) in body
    )
    assert squeeze("Przyczyna numer 18") in body and page_count(pdf) >= 2


def test_an_activity_serving_goals_on_both_sides_of_a_break_is_named_by_number_in_the_continuation():
    item = _chain(goals=3, activities=6)
    shared = (150, Box("150. Działanie wspólne dla wszystkich celów"))
    for group in item.groups:
        group.activities.append(shared)
    first, rest = ChainDiagram(item, WIDTH, PAGE).split(WIDTH, PAGE * 0.7)
    assert "150. Działanie wspólne dla wszystkich celów" in [b.text for b in first.columns[4]]
    texts = [b.text for b in rest.columns[4]]
    assert (
        "150. Działanie wspólne dla wszystkich celów" not in texts and texts[-1] == "Także działania 151. — jak wyżej"
    )
