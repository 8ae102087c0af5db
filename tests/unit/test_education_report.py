"""'Informacja o stanie realizacji zadań oświatowych' of the demo gmina, read back through pdftotext."""

from __future__ import annotations

import re
import shutil

import pytest

import main
from tests.unit.reports_pdf import needs_poppler, text
from wsparcie_desktop.reports import build_document
from wsparcie_desktop.services import education_report


@pytest.fixture(scope="module")
def demo_store(tmp_path_factory, template_db):
    from wsparcie_desktop.db.migrate import open_store
    from wsparcie_desktop.demo import build_demo

    path = tmp_path_factory.mktemp("demo") / "demo.sqlite"
    shutil.copy(template_db, path)
    db = open_store(path)
    demo = build_demo(db)
    yield db, demo, path
    db.close()


def flat(pdf) -> str:
    return " ".join(text(pdf).split())


@needs_poppler
def test_the_latest_year_with_every_section(demo_store, tmp_path):
    db, demo, _ = demo_store
    pdf = build_document("informacja-oswiatowa", db, demo.jst_id, tmp_path / "i.pdf")
    content = flat(pdf)
    assert "Informacja o stanie realizacji zadań oświatowych w roku szkolnym 2025/2026" in content
    assert "Podstawa prawna: art. 11 ust. 7 ustawy z dnia 14 grudnia 2016 r. – Prawo oświatowe" in content
    assert "Termin przedstawienia radzie gminy: do 31 października 2026 r." in content
    for n, title in enumerate(("Sieć szkół i placówek", "Uczniowie", "Nauczyciele według stopni awansu zawodowego",
                               "Wyniki egzaminów zewnętrznych", "Wyniki nadzoru pedagogicznego", "Dowóz uczniów",
                               "Finansowanie zadań oświatowych",
                               "Doskonalenie zawodowe nauczycieli i wspomaganie szkół", "Wnioski"), start=1):  # fmt: skip
        assert f"{n}. {title}" in content
    assert "Egzamin ósmoklasisty 2026" in content and "Porównanie średnich wyników" in content
    assert "Źródło danych porównawczych: CKE, wyniki egzaminu ósmoklasisty 2026" in content
    assert "Potrzeby oświatowe 10 312 800,00 zł" in content
    assert re.search(r"Razem\s+913\s+55\n", text(pdf, page=1, layout=True))  # pupils and classes of the network
    assert "Kontrola planowa: prawidłowość organizacji kształcenia specjalnego" in content
    assert "Liczba uczniów w szkołach i placówkach samorządu w kolejnych latach szkolnych" in content
    assert "Koszt na jednego ucznia 2 449,51 zł" in content
    assert "Harmonogram działań rozwojowych (HDR)" in content
    # teachers' development from the fund, process support and networks sections (services fund, school_support)
    assert "Środki na doskonalenie zawodowe nauczycieli w 2026 r. (art. 70a Karty Nauczyciela)" in content
    assert "Procesowe wspomaganie szkół" in content and "Przeznaczono 68 400,00 zł" in content
    assert "Realizacja (według sekcji „Realizacja HDR”" in content and "Działań: 16" in content
    assert "2. Przygotować analizę kosztów" in content


@needs_poppler
def test_an_older_year_a_small_exam_and_a_section_left_out(demo_store, tmp_path):
    db, demo, _ = demo_store
    education_report.save_section(db, demo.jst_id, "2024/2025", "transport", "", included=False)
    try:
        content = flat(build_document("informacja-oswiatowa", db, demo.jst_id, tmp_path / "i.pdf",
                                      school_year="2024/2025"))  # fmt: skip
    finally:
        education_report.save_section(db, demo.jst_id, "2024/2025", "transport", "x", included=True)
    assert "w roku szkolnym 2024/2025" in content and "do 31 października 2025 r." in content
    assert "Dowóz uczniów" not in content and "6. Finansowanie zadań oświatowych" in content
    assert "Subwencja oświatowa 9 870 420,00 zł" in content
    assert "Szkoła Podstawowa w Kamiennej Górce język angielski 4 n.p. n.p. n.p." in content
    assert "n.p. – wynik nieopublikowany" in content


@needs_poppler
def test_printed_from_the_command_line_with_the_year(demo_store, tmp_path, capsys):
    _, _, path = demo_store
    out = tmp_path / "cli.pdf"
    assert main.main(["print", "informacja-oswiatowa", "--db", str(path), "--jst", "Gmina Zalesie", "--out", str(out),
                      "--year", "2024/2025"]) == 0  # fmt: skip
    assert "w roku szkolnym 2024/2025" in flat(out)
    assert main.main(["print", "informacja-oswiatowa", "--db", str(path), "--jst", "1", "--out", str(out),
                      "--year", "2024"]) == 2  # fmt: skip
    assert "Rok szkolny zapisz jako dwa kolejne lata" in capsys.readouterr().err
    assert main.main(["print", "wykaz-szkol", "--db", str(path), "--jst", "1", "--out", str(out),
                      "--year", "2024/2025"]) == 2  # fmt: skip
    assert "nie dotyczy jednego roku szkolnego" in capsys.readouterr().err
