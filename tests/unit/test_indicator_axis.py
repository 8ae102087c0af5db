"""The indicator charts' value axis: round limits from 0, round steps, Polish labels (screen and paper)."""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal as D

import pytest

from wsparcie_desktop.services.measurements import value_axis


@pytest.mark.parametrize(
    ("values", "labels"),
    [
        ([0, 6, 3], ["0", "2", "4", "6"]),  # schools with a plan: 0 → 6
        ([12, 50, 24], ["0", "20", "40", "60"]),  # a share in %, from 12 to 50: the axis starts at 0
        ([58, 90], ["0", "25", "50", "75", "100"]),
        ([0, 1], ["0", "1"]),  # a document adopted or not: whole ticks only
        ([D("0.3"), D("0.7")], ["0", "0,2", "0,4", "0,6", "0,8"]),
        ([1200, 45000], ["0", "20\u00a0000", "40\u00a0000", "60\u00a0000"]),
        ([-3, 4], ["-4", "-2", "0", "2", "4"]),
        ([7, 7], ["0", "2", "4", "6", "8"]),
    ],
)
def test_the_axis_has_round_limits_and_steps(values, labels):
    axis = value_axis([D(v) for v in values])
    assert axis.labels == labels
    assert axis.low <= min(D(v) for v in values) and axis.high >= max(D(v) for v in values)
    steps = {b - a for a, b in zip(axis.ticks, axis.ticks[1:])}
    assert len(steps) == 1 and len(axis.ticks) <= 5


def test_the_monitoring_reports_charts_show_round_ticks_and_no_padded_limits(demo_db, tmp_path):
    from reports_pdf import text

    from wsparcie_desktop.reports.registry import build_document

    db, demo = demo_db
    pdf = build_document("monitorowanie-hdr", db, demo.jst_id, tmp_path / "m.pdf", date=dt.date(2026, 11, 30))
    body = text(pdf, raw=True)
    share = body[body.index("Odsetek nauczycieli uczestniczących") :]
    assert share.split("drogi do celu.", 1)[1].split()[:4] == ["0", "20", "40", "60"]  # the % indicator 12 → 50
    section = body[body.index("5. Wskaźniki") : body.index("6. Luki")]
    assert not re.search(r"^-?\d+,\d\d$", section, re.M)  # no "-0,48" or "53,04" at the axis's ends
