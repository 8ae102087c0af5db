"""The documents of stage 3 on the demo gmina, read back through pdftotext."""

from __future__ import annotations

import datetime as dt

from reports_pdf import page_count, page_sizes, squeeze, text, words_with_boxes

from wsparcie_desktop.reports.page import MARGIN_BOTTOM
from wsparcie_desktop.reports.registry import build_document

AS_OF = dt.date(2026, 11, 30)  # the day the demo's implementation is told as of
LATER = dt.date(2026, 12, 15)  # a fortnight on: the order planned to end on 30 November is late by then


class Squeezed(str):
    """The document's text without white space; ``in`` squeezes the phrase looked for too (lines break anywhere)."""

    def __new__(cls, value: str):
        return super().__new__(cls, squeeze(value))

    def __contains__(self, phrase: object) -> bool:
        return str.__contains__(self, squeeze(str(phrase)))


def test_the_monitoring_report_prints_the_status_reasons_costs_indicators_warnings_and_conclusions(demo_db, tmp_path):
    db, demo = demo_db
    pdf = build_document("monitorowanie-hdr", db, demo.jst_id, tmp_path / "m.pdf", date=LATER)
    body = Squeezed(text(pdf, raw=True))
    assert "Monitorowanie realizacji HDR" in body and "Stan na 15 grudnia 2026 r." in body
    assert "zrealizowane: 4" in body and "opóźnione: 1" in body and "odwołane: 1" in body
    assert "Projekt zarządzenia czeka na opinię związków zawodowych nauczycieli." in body
    assert "Gmina goszcząca przełożyła wizytę" in body  # the reason of the cancelled visit
    assert "po terminie (15 dni)" in body  # the order's planned end, 30 November, as of 15 December
    assert "Przesunięto: „Wizyta studyjna" in body  # the changes since approval
    assert "67 900,00 zł" in body and "7 950,00 zł" in body  # planned and spent
    assert "50,0% drogi do celu" in body  # schools with a plan: 3 of 6
    assert "Wskaźnika nie zmierzono ani razu po dacie bazowej" in body
    assert "Opóźnia się zarządzenie o podziale funduszu doskonalenia." in body
    assert "Sporządził(a)" in body and page_count(pdf) >= 4
    # the indicators' heading is never left alone at the foot of a page: it stands with the first indicator
    pages = [Squeezed(text(pdf, page=n, raw=True)) for n in range(1, page_count(pdf) + 1)]
    assert [n for n, p in enumerate(pages) if "5. Wskaźniki" in p] == [n for n, p in enumerate(pages) if "Cel 1:" in p]
    # the table of all activities is a landscape annex after the signatures, whole on one page
    assert "Załącznik. Plan a realizacja" in pages[-1] and "16. Warsztaty dla nauczycieli przedszkola" in pages[-1]
    assert page_sizes(pdf)[-1][0] > page_sizes(pdf)[-1][1] and "Sporządził(a)" not in pages[-1]


def test_the_ore_report_prints_its_form_and_sections(demo_db, tmp_path):
    db, demo = demo_db
    pdf = build_document("raport-ore", db, demo.jst_id, tmp_path / "o.pdf", date=AS_OF)
    body = Squeezed(text(pdf, raw=True))
    assert "Raport dla Ośrodka Rozwoju Edukacji" in body and "Opis dobrej praktyki" in body
    assert "1. Samorząd i obszar doradztwa" in body and "94 nauczycieli" in body
    assert "Szkic przygotowany przez program" in body  # the sections not yet written are marked
    assert "Sekcja nie została jeszcze napisana." in body


def test_the_logic_of_change_draws_each_chain(demo_db, tmp_path):
    db, demo = demo_db
    pdf = build_document("logika-zmiany", db, demo.jst_id, tmp_path / "l.pdf", date=AS_OF)
    body = Squeezed(text(pdf, raw=True))
    assert "Logika zmiany" in body and "Łańcuch 1 (luka priorytetowa)" in body and "Łańcuch 3" in body
    assert "Luki w łańcuchu" in body


def test_the_logic_of_change_breaks_a_long_chain_between_its_goals_so_page_1_is_not_left_empty(demo_db, tmp_path):
    """Chain 1 of the demo (two goals, 13 activities) is taller than a page: it starts on page 1 under the title,
    with its first goal and that goal's activities, and goes on overleaf with its second goal."""
    db, demo = demo_db
    pdf = build_document("logika-zmiany", db, demo.jst_id, tmp_path / "l.pdf", date=AS_OF)
    first, second = Squeezed(text(pdf, page=1, raw=True)), Squeezed(text(pdf, page=2, raw=True))
    assert "Łańcuch 1 (luka priorytetowa)" in first and "ciąg dalszy" not in first
    assert "Wprowadzić coroczną diagnozę potrzeb" in first and "1. Diagnoza potrzeb doskonalenia" in first
    assert "Objąć procesowym wspomaganiem" not in first  # the second goal is not cut in two
    assert "Łańcuch 1 (luka priorytetowa) — ciąg dalszy" in second and "Objąć procesowym wspomaganiem" in second
    assert "6. Procesowe wspomaganie SP w Borowinie" in second and "— jak wyżej —" in second
    # the boxes reach well down page 1: the lowest word above the footer lies in the page's lower third
    width, height = page_sizes(pdf)[0]
    body = [w for w in words_with_boxes(pdf) if w[0] == 1 and w[4] < height - MARGIN_BOTTOM]
    assert max(w[4] for w in body) > height * 2 / 3
