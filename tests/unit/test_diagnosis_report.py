"""The stage 2 documents read from the demo gmina: every part of the report, overdue tasks in words."""

from __future__ import annotations

import datetime as dt
import re
import subprocess

import pytest

from tests.diagnosis_support import make_process
from wsparcie_desktop.errors import DomainError
from wsparcie_desktop.reports import build_document, list_documents
from wsparcie_desktop.services import causes, data_tasks, diagnosis, gaps, goals


def pdf_text(path, raw: bool = False) -> str:
    args = ["pdftotext", "-raw" if raw else "-layout", str(path), "-"]
    return subprocess.run(args, capture_output=True, text=True, check=True).stdout


def flat(text: str) -> str:
    return " ".join(text.split())


def test_both_documents_are_registered():
    ids = {spec.id: spec for spec in list_documents()}
    assert ids["diagnoza-poglebiona"].title == "Raport z diagnozy pogłębionej"
    assert ids["plan-zbierania-danych"].title == "Plan zbierania danych"


def test_demo_stage2_is_complete(demo_db):
    db, demo = demo_db
    pid = demo.process_id
    progress = diagnosis.diagnosis_progress(db, pid)
    assert all(step.done for step in progress.steps), progress.steps
    assert len(data_tasks.list_tasks(db, pid)) == 5
    assert len(data_tasks.overdue_tasks(db, pid)) == 1
    assert len(diagnosis.list_current_states(db, pid)) == 5 and len(diagnosis.list_target_states(db, pid)) == 5
    tree = causes.list_causes(db, pid)
    assert len(tree) == 12 and max(c.depth for c in tree) == 2
    assert sum(c.outside_influence for c in tree) == 2
    ranking = gaps.ranking(db, pid)
    assert len(ranking) == 3 and sum(g.is_priority for g in ranking) == 2
    listed = goals.list_goals(db, pid)
    assert [g.id for g in listed] == demo.extra["goal_ids"]
    assert sorted(i.id for g in listed for i in g.indicators) == sorted(demo.extra["indicator_ids"])
    goals.check_goals(db, pid)


def test_the_diagnosis_report_has_every_part(demo_db, tmp_path):
    db, demo = demo_db
    path = build_document(
        "diagnoza-poglebiona", db, demo.jst_id, tmp_path / "r.pdf", date="2026-04-24", process_id=demo.process_id
    )
    text = pdf_text(path)
    raw = flat(pdf_text(path, raw=True))
    for expected in (
        "Raport z diagnozy pogłębionej",
        "Zalesie, 24 kwietnia 2026 r.",
        "Obszar wsparcia: 8. System wspomagania szkół – doskonalenie nauczycieli",
        "1. Uczestnicy diagnozy",
        "Andrzej Kowalczyk",
        "Grzegorz Łukasiewicz",
        "2. Jak jest? Jak chcemy, żeby było?",
        "Jak jest? (stan obecny)",
        "Jak chcemy, żeby było? (stan docelowy)",
        "drzewo przyczyn",
        "4. Luki rozwojowe",
        "5. Priorytety",
        "Wynik = ważność × wykonalność",
        "6. Cele rozwojowe i wskaźniki",
        "Odsetek nauczycieli uczestniczących w procesowym wspomaganiu",
        "30.06.2027",
        "Sporządził(a):",
        "Zatwierdził(a):",
        "Małgorzata Zając",
    ):
        assert expected in raw, expected
    # the states side by side: a current state and its target on the same printed line
    line = next(ln for ln in text.splitlines() if "Tylko 12% nauczycieli" in ln)
    assert "Co najmniej połowa nauczycieli" in line
    # every cause is in the diagram, the ones outside the JST's influence marked
    for cause in causes.list_causes(db, demo.process_id):
        assert cause.text in raw, cause.text
    assert raw.count("(poza wpływem JST)") >= 2
    # the priorities with their scores, in the ranking order (20 and 20: the more important first)
    scores = [ln for ln in text.splitlines() if ln.strip().startswith(("1. Szkoły", "2. Fundusz", "3. Nauczyciele"))]
    assert [ln.split()[-2:] for ln in scores[-3:]] == [["20", "TAK"], ["20", "TAK"], ["9", "nie"]]


def test_the_data_plan_marks_overdue_tasks_in_words(demo_db, tmp_path):
    db, demo = demo_db
    path = build_document("plan-zbierania-danych", db, demo.jst_id, tmp_path / "p.pdf", date="2026-03-20")
    text = flat(pdf_text(path, raw=True))
    assert "Plan zbierania danych" in text and "Zalesie, 20 marca 2026 r." in text
    assert "5 zadań (zakończone: 3, w toku: 1, odwołane: 1, po terminie: 1)" in text
    assert "PO TERMINIE (7 dni)" in text
    assert (
        "Zadanie po terminie: Ankieta dla nauczycieli: potrzeby doskonalenia i udział we wspomaganiu "
        "(termin 13.03.2026, 7 dni po terminie)" in text
    )
    assert "24 100 zł z 39 500 zł (61%)" in text
    assert text.count("PO TERMINIE") == 1, "done and cancelled tasks are never overdue"


def test_documents_need_a_process_with_a_chosen_area(db, jst_id, tmp_path):
    with pytest.raises(DomainError, match="nie ma jeszcze procesu"):
        build_document("diagnoza-poglebiona", db, jst_id, tmp_path / "x.pdf")
    make_process(db, jst_id, area_number=None)
    with pytest.raises(DomainError, match="obszaru"):
        build_document("plan-zbierania-danych", db, jst_id, tmp_path / "x.pdf")


def test_an_empty_diagnosis_prints_with_plain_notes(db, jst_id, tmp_path):
    make_process(db, jst_id)
    path = build_document("diagnoza-poglebiona", db, jst_id, tmp_path / "e.pdf", date=dt.date(2026, 4, 1))
    text = flat(pdf_text(path))
    for note in (
        "Nie wpisano uczestników diagnozy.",
        "Nie wpisano przyczyn.",
        "Nie określono luk rozwojowych.",
        "Nie wyznaczono celów rozwojowych.",
    ):
        assert note in text


def test_a_200_cause_tree_starts_under_its_heading_in_balanced_parts(tmp_path):
    """The first part of the diagram takes the room left under the section's heading and text (the heading
    is not left alone on its page), and no part is left with a stray cause or two."""
    import itertools

    from wsparcie_desktop.reports import diagnosis_report as dr
    from wsparcie_desktop.reports.data import JstInfo, print_options
    from wsparcie_desktop.services.causes import CauseData

    counter = itertools.count(1)

    def cause(depth: int) -> CauseData:
        n = next(counter)
        return CauseData(f"Przyczyna {n:03d}: brak planu doskonalenia nauczycieli " + "w gminie " * (n % 5),
                         category="procedures", influence=("yes", "partly", "no")[n % 3], depth=depth)  # fmt: skip

    roots = [cause(0) for _ in range(4)]
    level, made = roots, 4
    for depth in range(1, 5):
        grown = []
        for parent in level:
            for _ in range(3):
                if made < 200:
                    parent.children.append(cause(depth))
                    grown.append(parent.children[-1])
                    made += 1
        level = grown
    report = dr.DiagnosisReport("Proces", "Obszar", [], [], [], roots, [], [])
    doc = dr.render(JstInfo("Gmina Zalesie", city="Zalesie"), report, print_options("Zalesie"))
    path = doc.write(tmp_path / "r.pdf")
    pages = pdf_text(path, raw=True).split("\f")
    heading = next(p for p in pages if "3. Co powoduje" in p)
    assert "Drzewo przyczyn — część 1 z" in heading, "the diagram starts on the heading's page"
    parts = [p for p in pages if "Drzewo przyczyn — część" in p]
    counts = [len(re.findall(r"Przyczyna \d{3}:", p)) for p in parts]
    assert sum(counts) >= 200 and min(counts) >= (sum(counts) / len(counts)) / 2, counts
