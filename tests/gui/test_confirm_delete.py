"""Every delete asks one question, ``ui.dialogs.base.confirm_delete``: what goes, what goes with it, "No" first."""

from __future__ import annotations

import ast
import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtWidgets import QMessageBox, QWidget

from tests.hdr_support import PERIOD, stage2
from ui.dialogs.base import confirm_delete
from ui.sections.hdr import HdrSection
from wsparcie_desktop.services import hdr
from wsparcie_desktop.services.hdr import ActivityData, HdrData

ROOT = Path(__file__).resolve().parents[2]
D = dt.date


@pytest.fixture
def asked(monkeypatch):
    """The questions shown: (title, text, default button); the answer is ``asked.answer``."""

    class Asked(list):
        answer = QMessageBox.StandardButton.No

    questions = Asked()

    def question(parent, title, text, buttons, default):
        questions.append((title, text, default))
        return questions.answer

    monkeypatch.setattr(QMessageBox, "question", question)
    return questions


def test_it_lists_what_goes_with_the_record_and_defaults_to_no(qtbot, asked):
    parent = QWidget()
    qtbot.addWidget(parent)
    assert not confirm_delete(parent, "Usuń", "Usunąć „A”?", ["cel „B”", "wskaźnik „C”"])
    assert asked == [("Usuń", "Usunąć „A”?\n\nTogether with it:\n• cel „B”\n• wskaźnik „C”",
                      QMessageBox.StandardButton.No)]  # fmt: skip
    asked.answer = QMessageBox.StandardButton.Yes
    assert confirm_delete(parent, "Usuń", "Usunąć „A”?")
    assert asked[-1][1] == "Usunąć „A”?"  # nothing goes with it: the question alone
    assert confirm_delete(parent, "Usuń", "Usunąć osobę?", ["autor HDR"], "Ta osoba jest też:")
    assert asked[-1][1] == "Usunąć osobę?\n\nTa osoba jest też:\n• autor HDR"


def test_its_heading_is_translated(qapp):
    translator = QTranslator()
    assert translator.load(str(ROOT / "translations" / "wsparcie_pl.qm"))
    QCoreApplication.installTranslator(translator)
    try:
        assert QCoreApplication.translate("confirm_delete", "Together with it:") == "Razem z nim:"
    finally:
        QCoreApplication.removeTranslator(translator)


def _questions_outside_confirm_delete() -> list[tuple[str, int, list[str]]]:
    """Each QMessageBox.question call in ui/ other than confirm_delete's own, with the texts it names."""
    found = []
    for path in sorted((ROOT / "ui").rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        inside = {n for f in ast.walk(tree) if isinstance(f, ast.FunctionDef) and f.name == "confirm_delete"
                  for n in ast.walk(f)}  # fmt: skip
        for node in ast.walk(tree):
            if (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "question"
                    and isinstance(node.func.value, ast.Name) and node.func.value.id == "QMessageBox"
                    and node not in inside):  # fmt: skip
                texts = [c.value for c in ast.walk(node) if isinstance(c, ast.Constant) and isinstance(c.value, str)]
                found.append((str(path.relative_to(ROOT)), node.lineno, texts))
    return found


def test_no_screen_writes_its_own_delete_question():
    others = _questions_outside_confirm_delete()
    assert others, "the scan finds the questions that are not about deleting (save the changes?, restore?)"
    deleting = [(path, line) for path, line, texts in others
                if any(word in text for text in texts for word in ("Delete", "Remove", "delete", "remove"))]  # fmt: skip
    assert deleting == []


def test_deleting_an_activity_names_those_that_depend_on_it(qtbot, ctx, db, jst_id, asked):
    s2 = stage2(db, jst_id)
    hdr_id = hdr.save_hdr(db, s2.process_id, HdrData(*PERIOD)).id
    first = hdr.save_activity(db, hdr_id, ActivityData(name="Diagnoza", starts_on=D(2026, 9, 1),
                                                       ends_on=D(2026, 9, 30))).id  # fmt: skip
    hdr.save_activity(db, hdr_id, ActivityData(name="Szkolenie", starts_on=D(2026, 10, 1), ends_on=D(2026, 10, 2),
                                               depends_on_id=first))  # fmt: skip
    section = HdrSection(ctx)
    qtbot.addWidget(section)
    section.set_jst(jst_id)
    section.select_activity(first)
    section.delete_activity()
    ((title, text, default),) = asked
    assert title == "Delete activity" and default == QMessageBox.StandardButton.No
    assert text == ("Delete the activity “Diagnoza”?\n\nThese activities depend on it and will keep their dates "
                    "without the dependency:\n• Szkolenie")  # fmt: skip
    assert [a.name for a in hdr.list_activities(db, hdr_id)] == ["Diagnoza", "Szkolenie"]  # "No": nothing goes
    asked.answer = QMessageBox.StandardButton.Yes
    section.delete_activity()
    qtbot.waitUntil(lambda: [a.name for a in hdr.list_activities(db, hdr_id)] == ["Szkolenie"])
