"""What the dashboard says about school support and the development fund, in two Polish lines."""

from __future__ import annotations

import datetime as dt

from wsparcie_desktop.db.database import Database
from wsparcie_desktop.i18n import format_money
from wsparcie_desktop.services import fund, school_support


def dashboard_lines(db: Database, jst_id: int, process_id: int | None, today: dt.date | None = None) -> list[str]:
    """'Wspomaganie szkół: objęte 1 z 4 zadeklarowanych …' and 'Fundusz doskonalenia 2026: pozostaje …'."""
    year = (today or dt.date.today()).year
    view = school_support.overview(db, jst_id, process_id)
    if process_id is None:
        support = f"Wspomaganie szkół: objęte {view.covered} z {view.schools} szkół w rejestrze."
    elif view.declared is None:
        support = f"Wspomaganie szkół: objęte {view.covered}; nie zadeklarowano liczby szkół w procesie."
    else:
        support = f"Wspomaganie szkół: objęte {view.covered} z {view.declared} zadeklarowanych."
    summary = fund.fund_summary(db, jst_id, year)
    if not summary.planned:
        money = f"Fundusz doskonalenia {year}: nie zaplanowano."
    elif summary.left >= 0:
        money = (f"Fundusz doskonalenia {year}: pozostaje {format_money(summary.left)} z "
                 f"{format_money(summary.fund)}.")  # fmt: skip
    else:
        money = (f"Fundusz doskonalenia {year}: przydziały przekraczają fundusz o {format_money(-summary.left)} "
                 f"(fundusz {format_money(summary.fund)}).")  # fmt: skip
    return [support, money]
