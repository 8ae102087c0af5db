"""Amounts of the development fund, the supports and the networks: ``Decimal`` to the grosz, never a float.

Money typed by a user is read with :func:`wsparcie_desktop.i18n.parse_money` (as an HDR cost is) and must be
between 0 and what the store's column holds. A computed amount (the fund as a percentage of the salaries) is
rounded to the grosz with ``ROUND_HALF_UP``: half a grosz and more goes up, as a Polish budget rounds.
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

from wsparcie_desktop.errors import DomainError
from wsparcie_desktop.i18n import format_money, parse_money, parse_number
from wsparcie_desktop.services.hdr_plan import MAX_COST

GROSZ = Decimal("0.01")
MAX_RATE = Decimal("10")


def to_grosz(value: Decimal) -> Decimal:
    """``value`` rounded to the grosz, ROUND_HALF_UP (12,345 → 12,35; 12,344 → 12,34)."""
    return Decimal(value).quantize(GROSZ, rounding=ROUND_HALF_UP)


def parse_amount(value: str | Decimal | int | None, field: str, label: str) -> Decimal:
    """An amount as typed ('1 234,50') or a Decimal; DomainError at ``field`` when it is not 0 … MAX_COST."""
    if isinstance(value, float | bool):
        raise TypeError(f"An amount is a Decimal or typed text, not {type(value).__name__}: {value!r}")
    if value is None or (isinstance(value, str) and not value.strip()):
        return Decimal("0.00")
    if isinstance(value, str):
        try:
            value = parse_money(value)
        except ValueError as exc:
            raise DomainError(f"{label}: podaj kwotę w złotych, z groszami po przecinku, np. 1 250,50.", field) from exc
    try:
        amount = Decimal(value)
    except (InvalidOperation, ValueError, TypeError) as exc:
        raise DomainError(f"{label}: podaj kwotę w złotych, np. 1 250,00.", field) from exc
    if amount != amount.quantize(GROSZ):
        raise DomainError(f"{label}: kwota może mieć najwyżej dwa miejsca po przecinku (grosze).", field)
    if amount < 0:
        raise DomainError(f"{label}: kwota nie może być ujemna.", field)
    if amount > MAX_COST:
        raise DomainError(f"{label}: kwota może wynosić najwyżej {format_money(MAX_COST)}.", field)
    return amount.quantize(GROSZ)


def parse_rate(value: str | Decimal | int | None, field: str = "rate_percent") -> Decimal:
    """A rate in percent ('0,8' or Decimal('0.8')), from 0 to 10 %, with at most three decimals."""
    if isinstance(value, float | bool):
        raise TypeError(f"A rate is a Decimal or typed text, not {type(value).__name__}: {value!r}")
    if value is None or (isinstance(value, str) and not value.strip()):
        raise DomainError("Podaj stawkę w procentach, np. 0,8.", field)
    if isinstance(value, str):
        try:
            value = parse_number(value.replace("%", ""))
        except ValueError as exc:
            raise DomainError("Stawkę podaje się liczbą procent, np. 0,8.", field) from exc
    rate = Decimal(value)
    if not rate.is_finite() or rate < 0 or rate > MAX_RATE:
        raise DomainError("Stawka musi wynosić od 0 do 10 %.", field)
    if rate != rate.quantize(Decimal("0.001")):
        raise DomainError("Stawka może mieć najwyżej trzy miejsca po przecinku, np. 0,875.", field)
    return rate.quantize(Decimal("0.001"))


def fund_amount(salaries: Decimal, rate_percent: Decimal) -> Decimal:
    """The fund: ``rate_percent`` % of the planned salaries, rounded to the grosz with ROUND_HALF_UP."""
    return to_grosz(Decimal(salaries) * Decimal(rate_percent) / Decimal(100))


def format_rate(rate: Decimal) -> str:
    """'0,8 %', '1 %', '0,875 %' — the rate as a Polish reader writes it."""
    text = format(Decimal(rate).normalize(), "f").replace(".", ",")
    return f"{text} %"


def fund_preview(salaries: list[str], rate: str) -> tuple[Decimal, Decimal, Decimal] | None:
    """(the salaries' sum, the rate, the fund) for what is being typed, or None while it is not yet valid.

    For a dialog that shows the fund as the user types; saving checks everything again with its messages.
    """
    try:
        total = sum((parse_amount(text, "planned_salaries", "") for text in salaries), Decimal("0.00"))
        value = parse_rate(rate)
    except DomainError:
        return None
    return total, value, fund_amount(total, value)
