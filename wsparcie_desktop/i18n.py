"""Polish formatting with Babel: dates, numbers, money and plural forms.

Babel is imported, and its Polish data read (together about 35 ms), when first needed, not with this module:
the first window's counts ("150 szkół, 16 425 uczniów") come from :func:`plural_form` and the whole-number path
of :func:`format_number`, which give Babel's results for Polish without it (tests/unit/test_i18n.py compares
them with Babel's over thousands of values). ``LOCALE`` is Babel's Polish locale, made on first use.
"""

from __future__ import annotations

import datetime as dt
import re
from decimal import ROUND_HALF_EVEN, Decimal
from functools import cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from babel import Locale


@cache
def babel_locale() -> Locale:
    from babel import Locale

    return Locale.parse("pl_PL")


def __getattr__(name: str):
    if name == "LOCALE":  # i18n.LOCALE, read through Babel when first asked for
        return babel_locale()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


# Nouns the program counts, as (one, few, many) — "1 szkoła, 2 szkoły, 5 szkół".
NOUNS: dict[str, tuple[str, str, str]] = {
    "szkoła": ("szkoła", "szkoły", "szkół"),
    "osoba": ("osoba", "osoby", "osób"),
    "uczeń": ("uczeń", "uczniów", "uczniów"),
    "działanie": ("działanie", "działania", "działań"),
    "dzień": ("dzień", "dni", "dni"),
    "obszar": ("obszar", "obszary", "obszarów"),
    "strona": ("strona", "strony", "stron"),
    "proces": ("proces", "procesy", "procesów"),
    "członek": ("członek", "członkowie", "członków"),
    "respondent": ("respondent", "respondentów", "respondentów"),
    "przyczyna": ("przyczyna", "przyczyny", "przyczyn"),
    "zadanie": ("zadanie", "zadania", "zadań"),
    "cel": ("cel", "cele", "celów"),
    "wskaźnik": ("wskaźnik", "wskaźniki", "wskaźników"),
    "spotkanie": ("spotkanie", "spotkania", "spotkań"),
    "wiersz": ("wiersz", "wiersze", "wierszy"),
    "etat": ("etat", "etaty", "etatów"),
    "miesiąc": ("miesiąc", "miesiące", "miesięcy"),
    "dokument": ("dokument", "dokumenty", "dokumentów"),
}


def plural_form(n: int, one: str, few: str, many: str) -> str:
    """Pick the form by the CLDR plural rule for Polish whole numbers (one / few / many), the rule Babel gives as
    ``Locale("pl").plural_form``: one for 1; few when the last digit is 2–4 but the last two are not 12–14."""
    i = abs(int(n))
    if i == 1:
        return one
    if 2 <= i % 10 <= 4 and not 12 <= i % 100 <= 14:
        return few
    return many


def plural(n: int, noun: str) -> str:
    """'5 szkół' for plural(5, 'szkoła')."""
    forms = NOUNS[noun]
    return f"{n} {plural_form(n, *forms)}"


def format_date(value: dt.date | None, with_suffix: bool = True) -> str:
    """'21 listopada 2026 r.' — the form used in Polish official letters."""
    if value is None:
        return ""
    from babel.dates import format_date as babel_format_date

    text = babel_format_date(value, format="d MMMM y", locale=babel_locale())
    return f"{text} r." if with_suffix else text


def format_date_short(value: dt.date | None) -> str:
    """'21.11.2026'."""
    if value is None:
        return ""
    return value.strftime("%d.%m.%Y")


def place_and_date(place: str, value: dt.date) -> str:
    """'Zalesie, 21 listopada 2026 r.'"""
    return f"{place}, {format_date(value)}" if place else format_date(value)


def format_size(n: int) -> str:
    """A file's size the Polish way: '45,2 MB', '1,2 GB', '5 kB' (a small file is not '0,0 MB'), '300 B'."""
    if n >= 1 << 30:
        return f"{format_number(n / (1 << 30), 1)} GB"
    if n >= 1 << 20:
        return f"{format_number(n / (1 << 20), 1)} MB"
    if n >= 1024:
        return f"{format_number(round(n / 1024))} kB"
    return f"{format_number(n)} B"


_REGISTER_DATE = re.compile(r"(\d{4})[.\-/](\d{1,2})[.\-/](\d{1,2})")


def register_date(text: str) -> str:
    """A date as a registry writes it ('2024.08.31', '2024-08-31', '2024-08-31 00:00:00') the Polish way
    ('31.08.2024'); text that is no such date comes back as it was."""
    found = _REGISTER_DATE.fullmatch(text.strip().split(" ")[0]) if text.strip() else None
    if found is None:
        return text
    try:
        return format_date_short(dt.date(*map(int, found.groups())))
    except ValueError:
        return text


def format_number(value: float | int | Decimal | None, decimals: int | None = None) -> str:
    """'1 234,5' — Polish separators (a no-break space groups thousands)."""
    if value is None:
        return ""
    plain = _plain_number(value) if decimals is None else _fixed_number(value, decimals)
    if plain is not None:
        return plain
    from babel.numbers import format_decimal

    if decimals is None:
        return format_decimal(value, locale=babel_locale())
    pattern = "#,##0" + ("." + "0" * decimals if decimals else "")
    return format_decimal(value, format=pattern, locale=babel_locale())


def _plain_number(value: object) -> str | None:
    """Babel's default Polish form of a whole number, or of a Decimal with at most three decimals (no rounding
    needed): '-12 345,5'. None for anything else (a float, a longer fraction), which Babel then formats."""
    if type(value) is int:
        negative, whole, fraction = value < 0, str(abs(value)), ""
    elif type(value) is Decimal and value.is_finite() and value.as_tuple().exponent >= -3:
        if value.is_zero() and value.is_signed():
            return None
        whole, _, fraction = format(abs(value), "f").partition(".")
        negative, fraction = value < 0, fraction.rstrip("0")
    else:
        return None
    groups = [whole[max(0, end - 3) : end] for end in range(len(whole), 0, -3)]
    text = "\u00a0".join(reversed(groups)) + ("," + fraction if fraction else "")
    return "-" + text if negative else text


def _fixed_number(value: object, decimals: int) -> str | None:
    """Babel's Polish form of a whole number or a Decimal rounded to ``decimals`` places, half to even, as Babel
    rounds ('-1 234,56'); None for anything else (a float, a negative zero), which Babel then formats. A list of
    thousands of amounts or exam means is formatted here, each in a few microseconds instead of Babel's ~100."""
    if type(value) is int:
        value = Decimal(value)
    elif type(value) is not Decimal or not value.is_finite() or decimals < 0:
        return None
    rounded = value.quantize(Decimal(1).scaleb(-decimals), rounding=ROUND_HALF_EVEN) if decimals else \
        value.quantize(Decimal(1), rounding=ROUND_HALF_EVEN)  # fmt: skip
    if rounded.is_zero():
        if value.is_signed():
            return None
        rounded = abs(rounded)
    whole, _, fraction = format(abs(rounded), "f").partition(".")
    groups = [whole[max(0, end - 3) : end] for end in range(len(whole), 0, -3)]
    text = "\u00a0".join(reversed(groups)) + ("," + fraction if decimals else "")
    return "-" + text if rounded.is_signed() else text


def format_money(value: float | int | Decimal | None) -> str:
    """'12 345,00 zł'."""
    if value is None:
        return ""
    plain = _fixed_number(value, 2)
    if plain is not None:
        return plain + "\u00a0zł"
    from babel.numbers import format_currency

    return format_currency(value, "PLN", locale=babel_locale())


def parse_number(text: str) -> Decimal:
    """Read a number typed the Polish way ('1 234,5') or the dot way; raises ValueError."""
    cleaned = text.strip().replace("\u00a0", "").replace("\u202f", "").replace(" ", "").replace(",", ".")
    if not cleaned:
        raise ValueError("empty")
    try:
        return Decimal(cleaned)
    except ArithmeticError as exc:  # decimal.InvalidOperation
        raise ValueError(text) from exc


_AMOUNT = re.compile(r"-?\d+(?:\.\d{0,2})?")
_CURRENCY = re.compile(r"(?:zł|pln)$", re.IGNORECASE)


def parse_money(text: str) -> Decimal:
    """An amount typed the Polish way, to the grosz: '1 234,50', '1234,5', '1.234,50 zł' → Decimal('1234.50').

    Spaces (also no-break ones) group thousands; a comma is the decimal sign, and with a comma present dots
    group thousands too. More than two decimals, letters or an empty text raise ValueError: an amount of
    money is never guessed. No float on the way, so 0,10 stays 0,10.
    """
    cleaned = _CURRENCY.sub("", "".join(text.split()))
    if "," in cleaned:
        cleaned = cleaned.replace(".", "").replace(",", ".")
    elif cleaned.count(".") > 1:
        cleaned = cleaned.replace(".", "")
    if not _AMOUNT.fullmatch(cleaned):
        raise ValueError(text)
    return Decimal(cleaned).quantize(Decimal("0.01"))
