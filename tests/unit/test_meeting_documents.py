"""The new documents of the demo gmina, read back with pdftotext: the attendance list, the minutes, the rules and
the code of ethics, and the remote advice register."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.unit.reports_pdf import needs_poppler, page_count, text
from wsparcie_desktop.errors import DomainError
from wsparcie_desktop.reports import build_document
from wsparcie_desktop.services import charters


def squeeze(content: str) -> str:
    """The text with every run of spaces and line breaks as one space."""
    return " ".join(content.split())


@pytest.fixture(scope="module")
def demo(tmp_path_factory, template_db):
    import shutil

    from wsparcie_desktop.db.migrate import open_store
    from wsparcie_desktop.demo import build_demo

    path = tmp_path_factory.mktemp("demo") / "demo.sqlite"
    shutil.copy(template_db, path)
    db = open_store(path)
    yield db, build_demo(db)
    db.close()


@needs_poppler
def test_the_attendance_list_has_a_page_per_day_ready_to_sign(demo, tmp_path):
    db, d = demo
    pdf = build_document("lista-obecnosci", db, d.jst_id, tmp_path / "lista.pdf",
                         meeting_id=d.extra["meeting_ids"]["meeting_1"])  # fmt: skip
    assert page_count(pdf) == 2
    for page, day in ((1, "Dzień 1 z 2: poniedziałek, 9 marca 2026 r."), (2, "Dzień 2 z 2: wtorek, 10 marca 2026 r.")):
        content = squeeze(text(pdf, page))
        assert day in content and "Spotkanie 1 w Gminie Zalesie" in content
        assert "Podpis" in content and "Urząd Gminy Zalesie, sala narad" in content
        assert "Tomasz Nowicki" in content and "Małgorzata Zając" in content and "Grzegorz Łukasiewicz" in content


@needs_poppler
def test_the_minutes_carry_attendance_discussion_decisions_and_tasks(demo, tmp_path):
    db, d = demo
    pdf = build_document("protokol-spotkania", db, d.jst_id, tmp_path / "protokol.pdf",
                         meeting_id=d.extra["meeting_ids"]["meeting_1"], date=dt.date(2026, 3, 11))  # fmt: skip
    content = squeeze(text(pdf))
    assert "dzień 1 (09.03.2026): obecnych 7 z 8; dzień 2 (10.03.2026): obecnych 7 z 8" in content
    assert "Indywidualne spotkanie doradców z wójtem" in content and "Wójt potwierdził" in content
    assert "Zespół przyjmuje kodeks etyczny i zasady współpracy" in content
    assert "Uzupełnić ankiety z przedszkola i ZSP w Olszance" in content and "20.03.2026" in content
    assert "Protokołował(a)" in content and "Prowadzący spotkanie" in content
    assert "nieobecny(a)" in content


@needs_poppler
def test_the_rules_fit_one_page_with_the_agreed_text_the_changes_and_signature_lines(demo, tmp_path):
    db, d = demo
    pdf = build_document("zasady-wspolpracy", db, d.jst_id, tmp_path / "zasady.pdf")
    assert page_count(pdf) == 1
    content = squeeze(text(pdf))
    assert "uzgodnione 10 marca 2026 r. na spotkaniu „Spotkanie 1 w Gminie Zalesie”" in content
    assert "Zmiany wprowadzone po uzgodnieniu" in content and "dodano: 8. Raz na kwartał" in content
    agreed_part = content.split("Zmiany wprowadzone")[0]
    assert "8. Raz na kwartał" not in agreed_part, "the page prints the text as agreed"
    assert "Andrzej Kowalczyk" in content and "Ewa Szczepańska" in content and "Podpisy członków zespołu" in content
    ethics = build_document("kodeks-etyczny", db, d.jst_id, tmp_path / "kodeks.pdf")
    assert page_count(ethics) == 1 and "Zmiany wprowadzone" not in text(ethics)
    assert "Dotrzymujemy słowa i terminów" in squeeze(text(ethics))


@needs_poppler
def test_a_text_never_agreed_prints_as_a_draft(db, jst_id, tmp_path):
    from tests.diagnosis_support import make_process

    pid = make_process(db, jst_id)
    charters.save_charter(db, pid, "ethics", "1. Szanujemy się.")
    content = squeeze(text(build_document("kodeks-etyczny", db, jst_id, tmp_path / "k.pdf", process_id=pid)))
    assert "PROJEKT — tekst jeszcze nieuzgodniony" in content and "1. Szanujemy się." in content
    with pytest.raises(DomainError, match="nie ma jeszcze spotkań"):
        build_document("lista-obecnosci", db, jst_id, tmp_path / "l.pdf")


@needs_poppler
def test_the_register_sums_each_advisors_months_and_flags_the_month_over(demo, tmp_path):
    db, d = demo
    pdf = build_document(
        "rejestr-doradztwa-zdalnego", db, d.jst_id, tmp_path / "rejestr.pdf", date=dt.date(2026, 12, 1)
    )
    content = squeeze(text(pdf))
    assert "Limit: 1 h na doradcę w miesiącu" in content and "Wpisów: 20, łącznie 16 h 35 min." in content
    assert "PONAD LIMIT (+35 min)" in content and "brak doradztwa" in content
    assert "Zbieranie danych: wyniki ankiety i dane SIO" in content and "Ustalenia: Dodatkowa rozmowa" in content
    assert "460 (660)" in content and "535 (660)" in content
    assert "Etap 2: diagnoza pogłębiona i HDR" in content and "Etap 3: realizacja HDR" in content
    last = squeeze(text(pdf, page_count(pdf)))
    assert "Etap" in last or "Razem" in last, "the last page holds more than the signatures"
