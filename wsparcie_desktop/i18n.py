"""Polish formatting with Babel: dates, numbers, money and plural forms."""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal

from babel import Locale
from babel.dates import format_date as _format_date
from babel.numbers import format_currency, format_decimal

LOCALE = Locale.parse("pl_PL")

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
    """Pick the form by Babel's CLDR plural rule for Polish (one / few / many)."""
    category = LOCALE.plural_form(abs(int(n)))
    return {"one": one, "few": few}.get(category, many)


def plural(n: int, noun: str) -> str:
    """'5 szkół' for plural(5, 'szkoła')."""
    forms = NOUNS[noun]
    return f"{n} {plural_form(n, *forms)}"


def format_date(value: dt.date | None, with_suffix: bool = True) -> str:
    """'21 listopada 2026 r.' — the form used in Polish official letters."""
    if value is None:
        return ""
    text = _format_date(value, format="d MMMM y", locale=LOCALE)
    return f"{text} r." if with_suffix else text


def format_date_short(value: dt.date | None) -> str:
    """'21.11.2026'."""
    if value is None:
        return ""
    return value.strftime("%d.%m.%Y")


def place_and_date(place: str, value: dt.date) -> str:
    """'Zalesie, 21 listopada 2026 r.'"""
    return f"{place}, {format_date(value)}" if place else format_date(value)


def format_number(value: float | int | Decimal | None, decimals: int | None = None) -> str:
    """'1 234,5' — Polish separators (a no-break space groups thousands)."""
    if value is None:
        return ""
    if decimals is None:
        return format_decimal(value, locale=LOCALE)
    pattern = "#,##0" + ("." + "0" * decimals if decimals else "")
    return format_decimal(value, format=pattern, locale=LOCALE)


def format_money(value: float | int | Decimal | None) -> str:
    """'12 345,00 zł'."""
    if value is None:
        return ""
    return format_currency(value, "PLN", locale=LOCALE)


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
