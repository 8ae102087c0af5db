"""Polish formatting through Babel."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from wsparcie_desktop.i18n import (
    format_date,
    format_money,
    format_number,
    parse_number,
    place_and_date,
    plural,
    plural_form,
)


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


def test_the_plural_rule_is_babels_for_every_whole_number_up_to_ten_thousand():
    from babel import Locale

    polish = Locale.parse("pl_PL")
    for n in range(10_001):
        expected = {"one": "one", "few": "few"}.get(polish.plural_form(n), "many")
        assert plural_form(n, "one", "few", "many") == expected, n
        assert plural_form(-n, "one", "few", "many") == expected, -n


def test_whole_numbers_and_short_decimals_are_formatted_as_babel_does():
    from babel.numbers import format_decimal

    values: list[object] = [*range(-2_000, 2_000), *range(-(10**7), 10**7, 9_973), 10**12 + 7, -(10**15)]
    values += [Decimal(text) for text in ("0", "0.0", "0.001", "-0.5", "12.5", "12.50", "1234.50", "12345.125",
                                          "1E+3", "2.5E+4", "-98765.430", "0.100", "100.000", "7.000")]  # fmt: skip
    values += [Decimal(n) / 8 for n in range(-4_000, 4_000, 7)]  # up to three decimals: n/8 ends in .125 steps
    for value in values:
        assert format_number(value) == format_decimal(value, locale="pl_PL"), value
    for other in (1.5, Decimal("12.3456"), Decimal("-0"), Decimal("NaN")):  # Babel's own (rounding, signs)
        assert format_number(other) == format_decimal(other, locale="pl_PL"), other


def test_amounts_and_rounded_numbers_are_formatted_as_babel_does():
    from babel.numbers import format_currency, format_decimal

    values: list[object] = [*range(-1_500, 1_500, 7), *range(-(10**8), 10**8, 999_983), 10**12 + 7]
    values += [Decimal(text) for text in ("0", "0.00", "0.005", "0.015", "0.025", "-0.004", "-0.005", "1234.565",
                                          "-1234.565", "1E+3", "2.5E+4", "99.995", "99.985", "12345.125", "0.04",
                                          "-98765.4351", "1234567.125", "7.000", "-0.05", "-0.15")]  # fmt: skip
    values += [Decimal(n) / 1000 for n in range(-40_000, 40_000, 37)]
    for value in values:
        assert format_money(value) == format_currency(value, "PLN", locale="pl_PL"), value
        for decimals in (0, 1, 2):
            pattern = "#,##0" + ("." + "0" * decimals if decimals else "")
            assert format_number(value, decimals) == format_decimal(value, format=pattern, locale="pl_PL"), (
                value, decimals)  # fmt: skip
    for other in (1.5, 0.125, Decimal("-0"), Decimal("NaN")):  # Babel's own
        assert format_money(other) == format_currency(other, "PLN", locale="pl_PL"), other


def test_the_window_gets_its_counts_without_importing_babel():
    import subprocess
    import sys

    code = (
        "import sys\n"
        "from decimal import Decimal\n"
        "from wsparcie_desktop.services.summaries import SchoolTotals\n"
        "from wsparcie_desktop.i18n import format_number, plural\n"
        "text = format_number(16425) + plural(150, 'szkoła') + format_number(Decimal('1875.5'))\n"
        "print(text, 'babel' in sys.modules)\n"
    )
    root = __import__("pathlib").Path(__file__).resolve().parents[2]
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=root)
    assert result.stdout.split()[-1] == "False", result.stdout
