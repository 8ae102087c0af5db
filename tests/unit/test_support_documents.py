"""The documents of school support, networks and the fund, read back with pdftotext from the demo gmina."""

from __future__ import annotations

import pytest

from tests.unit.reports_pdf import needs_poppler, page_count, text
from wsparcie_desktop.errors import DomainError
from wsparcie_desktop.reports import build_document

pytestmark = needs_poppler


@pytest.fixture(scope="module")
def demo_store(tmp_path_factory, template_db):
    import shutil

    from wsparcie_desktop.db.migrate import open_store
    from wsparcie_desktop.demo import build_demo

    path = tmp_path_factory.mktemp("support_docs") / "demo.sqlite"
    shutil.copy(template_db, path)
    db = open_store(path)
    demo = build_demo(db)
    yield db, demo
    db.close()


def words(pdf) -> str:
    """The text with line breaks and no-break spaces as plain spaces, so phrases can be looked for whole."""
    return " ".join(text(pdf).replace("\xa0", " ").split())


def build(demo_store, tmp_path, document_id: str, **options) -> str:
    db, demo = demo_store
    pdf = build_document(document_id, db, demo.jst_id, tmp_path / f"{document_id}.pdf", **options)
    content = words(pdf)
    assert "r.." not in content, "a date's 'r.' is not followed by a second full stop"
    return content


def test_the_rpw_of_one_school_with_its_schedule_and_the_directors_approval(demo_store, tmp_path):
    _db, demo = demo_store
    content = build(demo_store, tmp_path, "roczny-plan-wspomagania", support_id=demo.extra["support_ids"]["running"])
    for phrase in ("Roczny plan wspomagania", "Szkoła Podstawowa w Borowinie", "1. Diagnoza", "2. Cele", "3. Wskaźniki",
                   "4. Harmonogram działań", "Szkolenie: metody pracy w klasach łączonych", "indywidualne zadanie",
                   "Zatwierdzenie planu przez dyrektora",
                   "Plan zatwierdził(a) Krzysztof Mazur, dyrektor szkoły w dniu 16 października 2026 r.",
                   "Zatwierdził(a) — dyrektor", "Poradnia Psychologiczno-Pedagogiczna w Węgrowie (PPP)"):  # fmt: skip
        assert phrase in content, phrase
    assert "Dębowej Woli" not in content
    assert "r.." not in content


def test_without_a_support_the_rpw_prints_every_school_in_support(demo_store, tmp_path):
    content = build(demo_store, tmp_path, "roczny-plan-wspomagania")
    assert (
        "Szkoła Podstawowa w Borowinie" in content and "Szkoła Podstawowa im. Jana Pawła II w Dębowej Woli" in content
    )


def test_the_evaluation_report_with_its_conclusions_and_recommendations(demo_store, tmp_path):
    _db, demo = demo_store
    content = build(demo_store, tmp_path, "raport-ewaluacji-wspomagania",
                    support_id=demo.extra["support_ids"]["finished"])  # fmt: skip
    for phrase in ("Raport z ewaluacji wspomagania", "Szkoła Podstawowa im. Jana Pawła II w Dębowej Woli",
                   "1. Przebieg wspomagania", "Wstępna rozmowa z dyrektorem", "12 czerwca 2025 r.",
                   "1. Pomoc w diagnozowaniu potrzeb szkoły", "Zrealizowano 6 z 6 działań", "2. Ewaluacja",
                   "Badanie ankietowe społeczności szkolnej", "24 nauczycieli (92 %)", "3. Wnioski",
                   "4. Rekomendacje", "Raport sporządzono 26 czerwca 2026 r."):  # fmt: skip
        assert phrase in content, phrase
    assert "r.." not in content


def test_the_jst_wide_list_shows_every_school_its_stage_months_left_and_cost(demo_store, tmp_path):
    import datetime as dt

    content = build(demo_store, tmp_path, "wspomaganie-zestawienie", date=dt.date(2026, 12, 1))
    assert "Wspomaganie szkół — zestawienie" in content
    assert "Objęte wspomaganiem: 1 z 4 zadeklarowanych (w rejestrze 6). Brakuje jeszcze 3 szkół." in content
    assert content.count("bez wspomagania") == 4
    # Borowina: 1 December 2026 to 18 June 2027 is 6 whole months; the finished one has 0
    rows = {line.split()[0]: " ".join(line.split()) for line in text(tmp_path / "wspomaganie-zestawienie.pdf",
                                                                     layout=True).replace("\xa0", " ").splitlines()
            if line.split()[:1] in (["2."], ["4."])}  # fmt: skip
    assert rows["4."].endswith("w trakcie 6 zatwierdzony 9 000,00 zł"), rows["4."]
    assert rows["2."].endswith("zakończone 0 zatwierdzony 8 400,00 zł"), rows["2."]
    assert "Razem" in content and "17 400,00 zł" in content
    assert "liczona na dzień 1 grudnia 2026 r." in content


def test_the_network_plan_with_goals_meetings_members_and_the_year_summary(demo_store, tmp_path):
    _db, demo = demo_store
    db, _ = demo_store
    pdf = build_document(
        "plan-pracy-sieci", db, demo.jst_id, tmp_path / "siec.pdf", network_id=demo.extra["network_id"]
    )
    content = words(pdf)
    for phrase in ("Plan pracy sieci", "Sieć współpracy i samokształcenia nauczycieli edukacji wczesnoszkolnej",
                   "Rok szkolny 2026/2027", "Koordynator Małgorzata Wrona", "Planowane spotkania 5",
                   "1. Diagnoza potrzeb i cele", "2. Spotkania", "Diagnoza potrzeb i cele sieci",
                   "wzajemna obserwacja lekcji", "3. Członkowie sieci", "Agnieszka Zając", "SP w Liwie (gmina Liw)",
                   "4. Podsumowanie roku", "Odbyło się 2 z 5 planowanych spotkań; średnia frekwencja 83 %.",
                   "Członków sieci: 12."):  # fmt: skip
        assert phrase in content, phrase
    assert page_count(pdf) == 2 and "r.." not in content


def test_the_fund_plan_with_the_computation_allocations_hdr_and_union_opinion(demo_store, tmp_path):
    content = build(demo_store, tmp_path, "plan-dofinansowania-doskonalenia", year=2026)
    for phrase in ("Plan dofinansowania doskonalenia zawodowego nauczycieli", "na rok 2026",
                   "1. Wyliczenie środków (art. 70a ust. 1 Karty Nauczyciela)", "Razem 9 793 360,00 zł",
                   "Stawka 0,8 %", "Środki na dofinansowanie doskonalenia 78 346,88 zł",  # 9 793 360 × 0,008 = 78 346,88
                   "2. Podział środków", "68 400,00 zł", "Pozostaje do podziału", "9 946,88 zł",
                   "3. Działania HDR finansowane z funduszu doskonalenia",
                   "Szkolenie dyrektorów: planowanie wspomagania na podstawie diagnozy 3 200,00 zł 3 200,00 zł",
                   "4. Wspomaganie szkół i sieci współpracy w roku 2026", "5. Opinia związków zawodowych",
                   "12 lutego 2026 r.", "Opinia pozytywna", "Sporządził(a)",
                   "Zatwierdził(a)"):  # fmt: skip
        assert phrase in content, phrase


def test_the_fund_plan_of_a_year_not_consulted_says_so_and_a_year_without_plan_is_refused(demo_store, tmp_path):
    content = build(demo_store, tmp_path, "plan-dofinansowania-doskonalenia", year=2027)
    assert "Środki na dofinansowanie doskonalenia 80 418,40 zł" in content  # 10 052 300 × 0,008 = 80 418,40
    assert "Plan nie został jeszcze przedstawiony związkom zawodowym do zaopiniowania." in content
    with pytest.raises(DomainError, match="2031"):
        build(demo_store, tmp_path, "plan-dofinansowania-doskonalenia", year=2031)
