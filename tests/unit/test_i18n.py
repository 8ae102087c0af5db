"""Polish formatting through Babel."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from wsparcie_desktop.i18n import format_date, format_money, format_number, parse_number, place_and_date, plural


def test_dates_in_the_official_form():
    assert format_date(dt.date(2026, 11, 21)) == "21 listopada 2026 r."
    assert format_date(dt.date(2026, 3, 1)) == "1 marca 2026 r."
    assert place_and_date("Zalesie", dt.date(2026, 11, 21)) == "Zalesie, 21 listopada 2026 r."


@pytest.mark.parametrize(("n", "expected"), [(0, "0 szkół"), (1, "1 szkoła"), (2, "2 szkoły"), (4, "4 szkoły"),
                                             (5, "5 szkół"), (12, "12 szkół"), (22, "22 szkoły"), (25, "25 szkół"),
                                             (101, "101 szkół"), (102, "102 szkoły")])  # fmt: skip
def test_polish_plural_forms(n, expected):
    assert plural(n, "szkoła") == expected


def test_numbers_and_money():
    assert format_money(Decimal("12345.5")).replace("\u00a0", " ") == "12 345,50 zł"
    assert format_number(Decimal("14.5"), 2) == "14,50"
    assert parse_number("1 234,5") == Decimal("1234.5")
    with pytest.raises(ValueError):
        parse_number("abc")
