"""The HDR's budget, summed by source of financing and by calendar year.

An activity running across the turn of a year has its cost shared between the years in proportion to its
days in each (inclusive dates), rounded to the grosz so that the parts add up to the cost exactly.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from decimal import Decimal

from wsparcie_desktop.services.hdr import FINANCING_LABELS, ActivityData
from wsparcie_desktop.services.hdr_dates import split_by_year

PRO_RATA_RULE = (
    "Koszt działania trwającego na przełomie lat dzielono między lata proporcjonalnie do liczby dni działania "
    "w każdym roku (licząc pierwszy i ostatni dzień), z zaokrągleniem do pełnych groszy tak, by części "
    "sumowały się do kosztu działania."
)


@dataclass
class Budget:
    sources: list[str]
    years: list[int]
    by_source: dict[str, Decimal] = field(default_factory=dict)
    by_year: dict[int, Decimal] = field(default_factory=dict)
    cells: dict[tuple[int, str], Decimal] = field(default_factory=dict)  # (year, source) -> amount
    total: Decimal = Decimal("0.00")

    def label(self, source: str) -> str:
        return FINANCING_LABELS.get(source, source)


def budget(activities: Iterable[ActivityData]) -> Budget:
    """Sums by source and by (year, source); only sources and years that occur are listed."""
    cells: dict[tuple[int, str], Decimal] = {}
    by_source: dict[str, Decimal] = {}
    total = Decimal("0.00")
    for a in activities:
        cost = Decimal(a.cost)
        if a.starts_on is None or a.ends_on is None or a.ends_on < a.starts_on:
            continue
        by_source[a.financing] = by_source.get(a.financing, Decimal("0.00")) + cost
        total += cost
        for year, part in split_by_year(a.starts_on, a.ends_on, cost).items():
            cells[(year, a.financing)] = cells.get((year, a.financing), Decimal("0.00")) + part
    order = list(FINANCING_LABELS)
    sources = sorted(by_source, key=order.index)
    years = sorted({year for year, _ in cells})
    by_year = {y: sum((cells.get((y, src), Decimal("0.00")) for src in sources), Decimal("0.00")) for y in years}
    return Budget(sources, years, by_source, by_year, cells, total)
