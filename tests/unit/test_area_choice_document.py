"""The document "Diagnoza wstępna – wybór obszaru", read back with pdftotext, and the demo's stage 1."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.unit.reports_pdf import fonts_used, needs_poppler, page_count, squeeze, text
from wsparcie_desktop.demo import stage1 as demo_stage1
from wsparcie_desktop.errors import DomainError
from wsparcie_desktop.reports import build_document, list_documents
from wsparcie_desktop.services import area_choice as ac
from wsparcie_desktop.services import processes
from wsparcie_desktop.services.area_ranking import TIE_RULE_TEXT
from wsparcie_desktop.services.processes import ProcessData

pytestmark = needs_poppler


def test_the_document_is_registered():
    spec = next(s for s in list_documents() if s.id == "diagnoza-wstepna")
    assert spec.title == "Diagnoza wstępna – wybór obszaru"


def test_demo_has_a_completed_stage_one(demo_db):
    db, demo = demo_db
    state = ac.stage_state(db, demo.process_id)
    assert processes.get_process(db, demo.process_id).name == "Proces doradczy 2026"
    assert state.respondents == 3 and state.sheets_complete == 3
    assert state.chosen_area_title.startswith("8. System wspomagania szkół")
    assert state.justification == demo_stage1.JUSTIFICATION
    ranking = ac.results(db, demo.process_id)
    assert len({round(a.score, 1) for a in ranking.areas}) > 6  # varied answers, not one flat profile
    assert any(a.discuss for a in ranking.areas)  # the treasurer and the others disagree on the budget


def test_the_document_has_every_part(demo_db, tmp_path):
    db, demo = demo_db
    pdf = build_document("diagnoza-wstepna", db, demo.jst_id, tmp_path / "diagnoza.pdf",
                         date=dt.date(2026, 2, 3))  # fmt: skip
    all_text = text(pdf)
    flat = squeeze(all_text)
    assert "Diagnoza wstępna – wybór obszaru" in all_text
    assert "Zalesie, 3 lutego 2026 r." in all_text
    assert "Proces doradczy 2026, rozpoczęty 2 lutego 2026 r." in all_text
    # the respondents, with their positions
    for name in ("Andrzej Kowalczyk", "Małgorzata Zając", "Barbara Wiśniewska", "Skarbnik Gminy"):
        assert name in all_text
    assert "Arkusz diagnostyczny wypełniły 3 osoby." in all_text  # not "wypełniło 3 osoby"
    # the ranking table: every area, the top one first, scores with a Polish decimal comma
    ranking = ac.results(db, demo.process_id)
    for area in ranking.areas:
        assert squeeze(f"{area.number}. {area.name}") in flat
    top = ranking.areas[0]
    assert squeeze(f"1. {top.number}. {top.name}") in flat
    assert f"{top.score:.1f}".replace(".", ",") in all_text
    assert "do dyskusji" in all_text and "Rozrzut" in all_text
    # the chart's axis title (the bar chart is drawn with ReportLab graphics)
    assert "wskaźnik potrzeby (0–100)" in all_text
    # the formula and the tie rule
    assert squeeze(TIE_RULE_TEXT) in flat
    assert "mnożnik wpływu" in all_text
    # the chosen area, its justification, its three lists and the signature lines
    assert squeeze(demo_stage1.JUSTIFICATION) in flat
    for heading in ("Zadania dla JST", "Narzędzia i rozwiązania zarządcze",
                    "Narzędzia i rozwiązania wspierające personalny rozwój organizacji"):  # fmt: skip
        assert heading in all_text
    chosen = ac.get_area(db, ac.stage_state(db, demo.process_id).chosen_area_id)
    assert squeeze(chosen.tasks_for_jst[0]) in flat
    assert squeeze(chosen.people_tools[-1]) in flat
    assert "Sporządził(a):" in all_text and "Zatwierdził(a):" in all_text
    used = fonts_used(pdf)
    assert any(font.endswith("+DejaVuSans") for font in used)
    assert not any("Times" in font for font in used), used  # the chart's labels are in DejaVu too
    assert page_count(pdf) >= 3


def test_process_id_option_and_outdated_choice(db, jst_id, tmp_path):
    first = processes.save_process(db, jst_id, ProcessData("Proces 2024", dt.date(2024, 3, 1))).id
    processes.save_process(db, jst_id, ProcessData("Proces 2026", dt.date(2026, 2, 2)))
    areas = {a.number: a for a in ac.load_areas(db)}
    rid = ac.add_respondent(db, first, "Anna <Nowak> & Syn").id
    for statement in areas[4].statements:
        ac.set_answer(db, rid, statement.id, 1)
    ac.choose_area(db, first, areas[4].id, "")
    ac.set_answer(db, rid, areas[4].statements[0].id, None)  # changed after the choice, choice kept

    latest = text(build_document("diagnoza-wstepna", db, jst_id, tmp_path / "latest.pdf"))
    assert "Proces 2026" in latest and "Nikt jeszcze nie wypełnił arkusza." in latest
    assert "Zespół nie wybrał jeszcze obszaru." in latest

    older = text(build_document("diagnoza-wstepna", db, jst_id, tmp_path / "older.pdf", process_id=first))
    assert "Proces 2024" in older
    assert "Arkusz diagnostyczny wypełniła 1 osoba. Oceniała ona" in older
    assert "Anna <Nowak> & Syn" in older  # user text printed as typed
    assert "brak danych" in older  # eleven areas nobody rated
    assert "Obszar zajął pierwsze miejsce w rankingu." in older
    assert "wcześniejszychodpowiedziach" in squeeze(older)


def test_a_jst_without_a_process_gets_a_polish_message(db, jst_id, tmp_path):
    with pytest.raises(DomainError, match="nie ma jeszcze procesu doradczego"):
        build_document("diagnoza-wstepna", db, jst_id, tmp_path / "x.pdf")
    assert not (tmp_path / "x.pdf").exists()


def test_a_process_of_another_jst_is_refused(db, jst_id, tmp_path):
    from wsparcie_desktop.services import jst

    other = jst.create_jst(db, "Gmina Borowo", "gmina_wiejska").id
    foreign = processes.save_process(db, other, ProcessData("Proces Borowa", dt.date(2026, 1, 1))).id
    with pytest.raises(DomainError, match="innego samorządu"):
        build_document("diagnoza-wstepna", db, jst_id, tmp_path / "x.pdf", process_id=foreign)


def test_the_chart_labels_give_every_area_name_whole_within_their_room(demo_db):
    from reportlab.pdfbase.pdfmetrics import stringWidth

    from wsparcie_desktop.reports import area_choice as doc
    from wsparcie_desktop.reports import fonts

    db, demo = demo_db
    fonts.register_fonts()
    for area in ac.results(db, demo.process_id).areas:
        label = doc._label(area, 80)
        assert "…" not in label
        assert " ".join(label.split("\n")) == f"{area.number}. {area.name}"
        assert all(stringWidth(line, fonts.REGULAR, doc.LABEL_SIZE) <= 80 or " " not in line
                   for line in label.split("\n"))  # fmt: skip
