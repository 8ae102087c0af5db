"""Date arithmetic of the HDR, where every end date is inclusive.

An activity from 1 to 30 September lasts 30 days, not 29: the chart, the document, the spreadsheet and the
checks all count days with :func:`inclusive_days`, so they can never disagree by one.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterable, Sequence
from decimal import ROUND_DOWN, Decimal

ONE_DAY = dt.timedelta(days=1)
GROSZ = Decimal("0.01")


def inclusive_days(start: dt.date, end: dt.date) -> int:
    """How many calendar days an activity from ``start`` to ``end`` (both included) lasts."""
    if end < start:
        raise ValueError(f"end {end} is before start {start}")
    return (end - start).days + 1


def overlap_days(a_start: dt.date, a_end: dt.date, b_start: dt.date, b_end: dt.date) -> int:
    """Days two inclusive ranges share (0 when they do not meet)."""
    start, end = max(a_start, b_start), min(a_end, b_end)
    return inclusive_days(start, end) if end >= start else 0


def shift_dates(start: dt.date, end: dt.date, days: int) -> tuple[dt.date, dt.date]:
    """Both dates moved by ``days``; the duration stays the same."""
    delta = dt.timedelta(days=days)
    return start + delta, end + delta


def split_by_year(start: dt.date, end: dt.date, amount: Decimal) -> dict[int, Decimal]:
    """``amount`` shared between the calendar years the activity runs in, in proportion to its days in each.

    Shares are rounded down to the grosz and the grosze left over go to the years with the largest remainders,
    so the parts always add up to the amount exactly (30 days in 2026 and 10 in 2027 of 400 zł: 300 and 100).
    """
    amount = Decimal(amount)
    total_days = inclusive_days(start, end)
    if start.year == end.year:  # most activities: the rule below, worked out for one year (a plan sums thousands)
        return {start.year: one_year_part(amount)}
    years = range(start.year, end.year + 1)
    days = {y: overlap_days(start, end, dt.date(y, 1, 1), dt.date(y, 12, 31)) for y in years}
    exact = {y: amount * days[y] / total_days for y in years}
    parts = {y: exact[y].quantize(GROSZ, rounding=ROUND_DOWN) for y in years}
    left = int(((amount - sum(parts.values())) / GROSZ).to_integral_value())
    for year in sorted(years, key=lambda y: (exact[y] - parts[y], -y), reverse=True)[: max(left, 0)]:
        parts[year] += GROSZ
    return parts


def one_year_part(amount: Decimal) -> Decimal:
    """What :func:`split_by_year` gives the one year of an activity that runs within one: the amount in grosze
    (a part of a grosz rounded as the rule rounds the grosze left over). A plan of 5,000 sums it without the dict."""
    amount = Decimal(amount)
    part = amount.quantize(GROSZ, rounding=ROUND_DOWN)
    left = int(((amount - part) / GROSZ).to_integral_value())
    return part + GROSZ if left > 0 else part


def max_concurrent(ranges: Iterable[tuple[int, dt.date, dt.date]]) -> tuple[int, dt.date | None, list[int]]:
    """The largest number of ranges running on one day, the first such day, and the ids running then.

    Ranges are inclusive: one ending on 30 September and one starting that day both run on the 30th.
    """
    items = [(key, start, end) for key, start, end in ranges if end >= start]
    # The change in the number running, by day: a range counts from its start to the day after its end. Days
    # are few (a plan of 5,000 activities spans some hundreds), so the sort is over days, not over ranges; on
    # one day the endings and beginnings are summed, which gives the same peak as counting endings first.
    change = Counter(start for _key, start, _end in items)
    for end, n in Counter(end for _key, _start, end in items).items():
        day = end + ONE_DAY
        change[day] = change.get(day, 0) - n
    best, best_day, running = 0, None, 0
    for day in sorted(change):
        running += change[day]
        if running > best:
            best, best_day = running, day
    if best_day is None:
        return 0, None, []
    ids = [key for key, start, end in items if start <= best_day <= end]
    return best, best_day, ids


def months_in(start: dt.date, end: dt.date) -> list[tuple[int, int]]:
    """The (year, month) pairs a range touches, in order."""
    out = []
    year, month = start.year, start.month
    while (year, month) <= (end.year, end.month):
        out.append((year, month))
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return out


def month_start(year: int, month: int) -> dt.date:
    return dt.date(year, month, 1)


def month_end(year: int, month: int) -> dt.date:
    following = dt.date(year + 1, 1, 1) if month == 12 else dt.date(year, month + 1, 1)
    return following - ONE_DAY


def slices_of_months(start: dt.date, end: dt.date, months_per_slice: int) -> list[tuple[dt.date, dt.date]]:
    """The range cut into consecutive pieces of at most ``months_per_slice`` calendar months."""
    months = months_in(start, end)
    pieces: list[tuple[dt.date, dt.date]] = []
    for i in range(0, len(months), months_per_slice):
        chunk: Sequence[tuple[int, int]] = months[i : i + months_per_slice]
        pieces.append((max(start, month_start(*chunk[0])), min(end, month_end(*chunk[-1]))))
    return pieces
