"""The rules of an activity's cost, for the service and for every editor that lets a user type one.

A cost is a ``Decimal`` from the moment it is typed to the moment it is stored: text is read with
:func:`wsparcie_desktop.i18n.parse_money`, never through a float, so 0,10 + 0,20 is 0,30 and
12 345 678 901,23 stays what was typed. The largest cost is what the store's column holds (``MAX_COST``).
An activity "bez kosztów" (``NO_COST``) has no cost; a cost needs a source of financing.
"""

from __future__ import annotations

from decimal import Decimal, InvalidOperation

from wsparcie_desktop.errors import DomainError
from wsparcie_desktop.i18n import format_money, parse_money
from wsparcie_desktop.services.hdr_plan import MAX_COST, NO_COST

__all__ = ["MAX_COST", "NO_COST", "PendingCosts", "check_cost", "needs_source", "parse_cost"]

GROSZ = Decimal("0.01")


def parse_cost(value: str | Decimal | int | None) -> Decimal:
    """A cost as typed ('1 234,50', '1 234,50 zł') or already a Decimal, to the grosz; checked against the rules.

    Raises DomainError (Polish, field "cost") for text that is not an amount, a negative amount or one larger
    than the store holds. A float is refused outright: it would already have lost the grosze.
    """
    if isinstance(value, float | bool):
        raise TypeError(f"A cost is a Decimal or typed text, not {type(value).__name__}: {value!r}")
    if value is None or (isinstance(value, str) and not value.strip()):
        return Decimal("0.00")
    if isinstance(value, str):
        try:
            value = parse_money(value)
        except ValueError as exc:
            raise DomainError(
                "Koszt podaje się kwotą w złotych, z groszami po przecinku, np. 1 250,50.", "cost"
            ) from exc
    return check_cost(value)


def check_cost(value: Decimal | int) -> Decimal:
    """The cost rounded to the grosz, or DomainError when it is negative or larger than the store holds."""
    try:
        cost = Decimal(value).quantize(GROSZ)
    except (InvalidOperation, ValueError, TypeError) as exc:
        raise DomainError("Koszt podaje się liczbą w złotych, np. 1 250,00.", "cost") from exc
    if cost < 0:
        raise DomainError("Koszt nie może być ujemny.", "cost")
    if cost > MAX_COST:
        raise DomainError(f"Koszt może wynosić najwyżej {format_money(MAX_COST)} — sprawdź, czy nie wpisano za "
                          "wielu cyfr.", "cost")  # fmt: skip
    return cost


def needs_source(cost: Decimal, financing: str) -> bool:
    """A cost above zero on an activity "bez kosztów": it cannot be stored until a source is chosen."""
    return cost > 0 and financing == NO_COST


class PendingCosts:
    """Costs typed for activities still "bez kosztów", kept until a source of financing is chosen.

    In the activities table the cost column comes before the financing column, so a user types the cost
    first. Storing it would break the rule, refusing it would lose what was typed: it waits here, per activity,
    and goes into the same save as the paid source chosen next.
    """

    def __init__(self) -> None:
        self._costs: dict[int, Decimal] = {}

    def __contains__(self, activity_id: object) -> bool:
        return activity_id in self._costs

    def keep(self, activity_id: int, financing: str, cost: Decimal) -> bool:
        """True when ``cost`` must wait for a source (it is then kept); False when it can be stored now."""
        if needs_source(cost, financing):
            self._costs[activity_id] = cost
            return True
        self._costs.pop(activity_id, None)
        return False

    def take(self, activity_id: int, financing: str) -> Decimal | None:
        """The waiting cost to store with the chosen ``financing`` (a paid one), or None."""
        if financing == NO_COST:
            return None
        return self._costs.pop(activity_id, None)
