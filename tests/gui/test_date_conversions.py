"""Python dates and Qt's are converted in one place, ui/widgets/date_edit.py, by every screen."""

from __future__ import annotations

import ast
import datetime as dt
from pathlib import Path

from PySide6.QtCore import QDate

from ui.widgets.date_edit import from_qdate, to_qdate

ROOT = Path(__file__).resolve().parents[2]


def test_dates_go_to_qt_and_back_unchanged():
    for day in (dt.date(2026, 9, 1), dt.date(2027, 2, 28), dt.date(2028, 2, 29), dt.date(1999, 12, 31)):
        qdate = to_qdate(day)
        assert (qdate.year(), qdate.month(), qdate.day()) == (day.year, day.month, day.day)
        assert from_qdate(qdate) == day
    assert from_qdate(QDate()) is None  # an empty field holds no date
    assert from_qdate(dt.date(2026, 9, 1)) == dt.date(2026, 9, 1) and from_qdate(None) is None


def test_no_screen_converts_dates_by_itself():
    found = []
    for path in sorted((ROOT / "ui").rglob("*.py")):
        if path.name == "date_edit.py":
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            func = node.func
            builds_qdate = isinstance(func, ast.Name) and func.id == "QDate" and node.args
            to_python = isinstance(func, ast.Attribute) and func.attr == "toPython"
            from_parts = (isinstance(func, ast.Attribute) and func.attr == "date" and len(node.args) == 3
                          and all(isinstance(a, ast.Call) and isinstance(a.func, ast.Attribute)
                                  and a.func.attr in ("year", "month", "day") for a in node.args))  # fmt: skip
            if builds_qdate or to_python or from_parts:
                found.append(f"{path.relative_to(ROOT)}:{node.lineno}")
    assert found == []
