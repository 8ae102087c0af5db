"""The need score and the ranking of areas: the formula the team reads on screen and on paper."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from wsparcie_desktop.services.area_ranking import (
    FORMULA_TEXT,
    TIE_RULE_TEXT,
    AreaInput,
    RespondentArea,
    rank_areas,
    score_area,
)


def area(number: int, *sheets: RespondentArea) -> AreaInput:
    return AreaInput(area_id=100 + number, number=number, name=f"Obszar {number}", sheets=sheets)


def test_need_follows_the_stated_formula():
    # mean rating 2 -> weakness 2/3; importance 3 -> 1; influence yes -> 1
    assert RespondentArea((2, 2, 2), 3, "yes").need == pytest.approx(100 * 2 / 3)
    # mean rating 1 -> weakness 1; importance 2 -> 2/3; partly -> 0.6
    assert RespondentArea((1, 1), 2, "partly").need == pytest.approx(100 * 2 / 3 * 0.6)
    # all practice in place -> no need, whatever the importance
    assert RespondentArea((4, 4, 4, 4), 3, "yes").need == 0


def test_no_influence_strongly_reduces_the_need():
    weak = (1, 1, 1, 1)
    assert RespondentArea(weak, 3, "no").need == pytest.approx(20)
    assert RespondentArea(weak, 3, "yes").need == pytest.approx(100)


def test_dont_know_answers_are_left_out_of_the_mean():
    # "nie wiem" (None) neither raises nor lowers the score: (1, None, None) scores like (1,)
    assert RespondentArea((1, None, None), 3, "yes").need == RespondentArea((1,), 3, "yes").need
    result = score_area(area(1, RespondentArea((1, None, 3), 3, "yes")))
    assert result.mean_rating == 2
    assert result.answers == 2
    assert result.dont_know == 1


def test_only_dont_know_counts_as_no_data_for_that_respondent():
    assert RespondentArea((None, None), 3, "yes").need is None
    result = score_area(area(1, RespondentArea((None, None), 3, "yes")))
    assert result.score is None and not result.has_data


def test_missing_importance_and_influence_take_the_stated_defaults():
    assert RespondentArea((1,), None, None).need == pytest.approx(100 * 2 / 3 * 0.6)


def test_respondent_who_skips_an_area_is_not_counted_there():
    strict = RespondentArea((1, 1, 1), 3, "yes")  # need 100
    skipped = RespondentArea((), None, None)
    only_importance = RespondentArea((), 3, "yes")  # rated the area, but no statement
    result = score_area(area(1, strict, skipped, only_importance))
    assert result.score == pytest.approx(100)
    assert result.respondents == 1
    # counted, the second respondent would halve nothing here but change the mean
    half = score_area(area(1, strict, RespondentArea((4, 4, 4), 3, "yes")))
    assert half.score == pytest.approx(50)
    assert half.respondents == 2


def test_ranking_orders_by_score_and_puts_areas_without_data_last():
    results = rank_areas([
        area(1, RespondentArea((3, 3), 2, "yes")),
        area(2),  # nobody answered
        area(3, RespondentArea((1, 1), 3, "yes")),
        area(4, RespondentArea((None,), 3, "yes")),  # only "nie wiem"
        area(5, RespondentArea((2, 2), 3, "partly")),
    ])  # fmt: skip
    assert [r.number for r in results] == [3, 5, 1, 2, 4]
    assert [r.rank for r in results] == [1, 2, 3, 4, 5]
    assert results[-1].score is None and results[-2].score is None


def test_tie_broken_by_importance_then_answers_then_number():
    # Same score 100 * (1/3) * 1 * 1 ≈ 33.3 reached two ways: importance 3 with rating 3, importance 1 with rating 1.
    a = area(7, RespondentArea((3, 3), 3, "yes"))
    b = area(2, RespondentArea((1, 1), 1, "yes"))
    ranked = rank_areas([b, a])
    assert ranked[0].score == pytest.approx(ranked[1].score)
    assert [r.number for r in ranked] == [7, 2]  # higher importance first, although 2 < 7

    # Same score and importance: the area with more rated statements first.
    c = area(9, RespondentArea((2, 2, 2, 2), 3, "yes"))
    d = area(3, RespondentArea((2, 2), 3, "yes"))
    assert [r.number for r in rank_areas([d, c])] == [9, 3]

    # Everything equal: the lower number first.
    e = area(11, RespondentArea((2, 2), 3, "yes"))
    f = area(6, RespondentArea((2, 2), 3, "yes"))
    assert [r.number for r in rank_areas([e, f])] == [6, 11]


def test_scores_equal_after_rounding_count_as_a_tie():
    # 10.667 and 10.741 both show as 10,7: a tie, so the higher importance wins although its exact score is lower.
    important = area(8, RespondentArea((1, 1, 2, 4, 4), 3, "no"))
    higher_exact = area(2, RespondentArea((1,), 1, "no"), RespondentArea((1, 3, 4), 1, "yes"))
    ranked = rank_areas([higher_exact, important])
    assert ranked[1].score > ranked[0].score
    assert round(ranked[0].score, 1) == round(ranked[1].score, 1) == 10.7
    assert [r.number for r in ranked] == [8, 2]


def test_spread_and_discussion_marks():
    agree = score_area(area(1, RespondentArea((2, 2), 3, "yes"), RespondentArea((2, 3), 3, "yes")))
    assert agree.spread == pytest.approx(0.5)
    assert not agree.discuss
    apart = score_area(area(2, RespondentArea((1, 1), 3, "yes"), RespondentArea((3, 3), 3, "yes")))
    assert apart.spread == pytest.approx(2)
    assert apart.discuss_reasons == ["różne oceny praktyki"]
    views = score_area(area(3, RespondentArea((2,), 1, "yes"), RespondentArea((2,), 3, "no")))
    assert views.discuss_reasons == ["różna ważność", "różna ocena wpływu"]
    single = score_area(area(4, RespondentArea((1,), 3, "yes")))
    assert single.spread == 0 and not single.discuss


def test_influence_counts_read_in_polish():
    result = score_area(area(1, RespondentArea((1,), 3, "yes"), RespondentArea((2,), 3, "yes"),
                             RespondentArea((2,), 3, "no")))  # fmt: skip
    assert result.influence_text == "tak 2, nie 1"


def test_formula_and_tie_rule_are_written_in_polish():
    assert "nie wiem" in FORMULA_TEXT and "ważność" in FORMULA_TEXT and "wpływu" in FORMULA_TEXT
    assert "Remisy" in TIE_RULE_TEXT and "niższym numerze" in TIE_RULE_TEXT


sheets = st.builds(
    RespondentArea,
    st.lists(st.one_of(st.none(), st.integers(1, 4)), max_size=5).map(tuple),
    st.one_of(st.none(), st.integers(1, 3)),
    st.one_of(st.none(), st.sampled_from(["yes", "partly", "no"])),
)


@settings(max_examples=40, deadline=None)
@given(st.lists(st.lists(sheets, max_size=4), min_size=1, max_size=12))
def test_ranking_is_a_total_order_within_bounds(per_area):
    items = [area(i + 1, *s) for i, s in enumerate(per_area)]
    ranked = rank_areas(items)
    assert sorted(r.number for r in ranked) == [i + 1 for i in range(len(items))]
    scored = [r for r in ranked if r.has_data]
    assert all(0 <= r.score <= 100 for r in scored)
    assert [round(r.score, 1) for r in scored] == sorted((round(r.score, 1) for r in scored), reverse=True)
    # areas without data come after every area with data
    flags = [r.has_data for r in ranked]
    assert flags == sorted(flags, reverse=True)
