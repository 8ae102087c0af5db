"""The CKE results import on files built in the published layout: matching, empty small-n cells, other gminas,
twin matura columns, and every refused file leaving the store exactly as it was."""

from __future__ import annotations

import sqlite3
import zipfile
from decimal import Decimal

import pytest

from tests.cke_support import e8_file, lipno
from wsparcie_desktop.changes import Kind
from wsparcie_desktop.errors import DomainError
from wsparcie_desktop.importers.cke import teryt_code
from wsparcie_desktop.importers.cke_sample import SampleSchool, write_cke_xlsx
from wsparcie_desktop.services import exam_results, schools
from wsparcie_desktop.services.schools import SchoolData


@pytest.fixture
def gmina(db):
    return lipno(db)


def dump(db) -> list[str]:
    """Every row of every table: what 'the store is unchanged' means."""
    conn = sqlite3.connect(db.file)
    try:
        return list(conn.iterdump())
    finally:
        conn.close()


def test_teryt_loses_no_zero():
    assert teryt_code(201022) == "0201022" == teryt_code("0201022") == teryt_code(201022.0)
    assert teryt_code(1434052) == "1434052"


def test_preview_matches_by_rspo_and_reports_both_ways(db, gmina, tmp_path):
    before = dump(db)
    preview = exam_results.preview_cke_import(db, gmina, e8_file(tmp_path), "e8", 2025)
    assert dump(db) == before  # the preview writes nothing
    assert [r.rspo for r in preview.rows] == ["31002", "31001"]  # by name: Brzoza, Lipno
    assert all(r.action == "add" for r in preview.rows)
    assert preview.not_in_file == ["Szkoła Podstawowa w Jaworze (RSPO 31003)"]  # the kindergarten writes no exam
    assert preview.not_in_register == ["SP Niepubliczna w Lipnie (RSPO 31077, Lipno)"]
    assert preview.file.other_rows == 1 and preview.file.rows_read == 4
    assert "Pominięto 1 szkołę innych gmin." in preview.warnings()
    assert preview.headline().startswith("Egzamin ósmoklasisty 2025: w pliku (4 szkoły) znaleziono 2 szkoły")

    report = exam_results.apply_cke_import(db, preview)
    assert report.written and report.results == 6
    [change] = report.changes
    assert change.kind == Kind.EXAM and change.jst_id == gmina
    stored = {(r.school_name, r.subject): r for r in exam_results.list_results(db, gmina, "e8", 2025)}
    lipno = stored[("Szkoła Podstawowa w Lipnie", "matematyka")]
    assert (lipno.takers, lipno.mean, lipno.std_dev, lipno.median, lipno.mode) == (
        48,
        Decimal("52.25"),
        Decimal("24.10"),
        Decimal("50.00"),
        Decimal("44.00"),
    )
    small = stored[("Szkoła Podstawowa w Brzozie", "język angielski")]
    assert small.takers == 3 and small.mean is None and small.median is None  # not published: no value, never 0
    assert lipno.pass_rate is None and lipno.laureates is None


def test_import_again_replaces_the_year(db, gmina, tmp_path):
    exam_results.apply_cke_import(db, exam_results.preview_cke_import(db, gmina, e8_file(tmp_path), "e8", 2025))
    again = exam_results.preview_cke_import(db, gmina, e8_file(tmp_path), "e8", 2025)
    assert {r.action for r in again.rows} == {"replace"} and "zastąpione" in again.headline()
    exam_results.apply_cke_import(db, again, exclude={"31002"})
    assert len(exam_results.list_results(db, gmina, "e8", 2025)) == 6
    other_year = exam_results.preview_cke_import(db, gmina, e8_file(tmp_path), "e8", 2024)
    exam_results.apply_cke_import(db, other_year)
    assert len(exam_results.list_results(db, gmina, "e8")) == 12


def test_twin_matura_columns(db, gmina, tmp_path):
    schools.save_school(db, gmina, SchoolData(name="Liceum w Lipnie", school_type="liceum", rspo="31100"))
    rows = [SampleSchool(31100, "LO w Lipnie", 201022, kind="Liceum ogólnokształcące",
                         results={"język polski": [60, 98.3, 70.5, 15.0, 71, 72, 0, 70.5],
                                  "matematyka": [60, 90.0, 58.0, 22.0, 60, 64, 1]}),
            SampleSchool(31101, "LO obce", 201032)]  # fmt: skip
    path = write_cke_xlsx(tmp_path / "em.xlsx", rows, exam="em", twin=True)
    preview = exam_results.preview_cke_import(db, gmina, path, "em", 2025)
    assert any("podwójne kolumny" in w for w in preview.warnings())
    exam_results.apply_cke_import(db, preview)
    [polish] = [r for r in exam_results.list_results(db, gmina, "em") if r.subject.startswith("język polski")]
    assert polish.subject == "język polski – poziom podstawowy"
    assert polish.pass_rate == Decimal("98.30") and polish.mean == Decimal("70.50") and polish.laureates == 0


def test_twin_columns_that_disagree_keep_the_first_and_say_so(db, gmina, tmp_path):
    schools.save_school(db, gmina, SchoolData(name="Liceum w Lipnie", school_type="liceum", rspo="31100"))
    rows = [SampleSchool(31100, "LO", 201022, results={"język polski": [60, 98.3, 70.5, 15.0, 71, 72, 0, 65.0]})]
    path = write_cke_xlsx(tmp_path / "em.xlsx", rows, exam="em", twin=True, subjects=["język polski"])
    [row] = exam_results.preview_cke_import(db, gmina, path, "em", 2025).rows
    assert any("podają różne wartości — przyjęto pierwszą (70.50)" in n for n in row.notes)


def refused(db, jst_id, path, exam="e8", **options) -> str:
    before = dump(db)
    with pytest.raises(DomainError) as caught:
        tgt = exam_results.target(db, jst_id, exam, 2025)
        exam_results.build_cke_preview(db, tgt, exam_results.read_cke_file(path, tgt, **options))
    assert dump(db) == before
    return caught.value.message


def test_matura_offered_as_e8_is_refused(db, gmina, tmp_path):
    path = write_cke_xlsx(tmp_path / "em.xlsx", [SampleSchool(31001, "x", 201022)], exam="em")
    assert refused(db, gmina, path) == ("To są wyniki: egzamin maturalny, a wybrano: egzamin ósmoklasisty. "
                                        "Wybierz właściwy egzamin albo inny plik; niczego nie zapisano.")  # fmt: skip
    assert "a wybrano: egzamin maturalny" in refused(db, gmina, e8_file(tmp_path), exam="em")


def test_missing_rspo_column_is_refused(db, gmina, tmp_path):
    labels = ("województwo", "powiat", "gmina", "typ gminy", "kod teryt gminy", "numer szkoły", "nazwa")
    path = write_cke_xlsx(tmp_path / "no_rspo.xlsx", [SampleSchool(31001, "x", 201022)], ident_labels=labels)
    assert refused(db, gmina, path).startswith("W pliku brakuje kolumny „RSPO szkoły”")


def test_renamed_pdf_is_refused(db, gmina, tmp_path):
    path = tmp_path / "wyniki.xlsx"
    path.write_bytes(b"%PDF-1.7\n1 0 obj << >> endobj\n%%EOF\n")
    assert refused(db, gmina, path).startswith("To jest dokument PDF, a nie arkusz Excela (.xlsx).")


def test_plain_zip_and_text_are_refused(db, gmina, tmp_path):
    archive = tmp_path / "archiwum.xlsx"
    with zipfile.ZipFile(archive, "w") as z:
        z.writestr("readme.txt", "nic")
    assert "archiwum ZIP, ale nie arkusz Excela" in refused(db, gmina, archive)
    text = tmp_path / "wyniki.csv"
    text.write_text("województwo;powiat\n", encoding="utf-8")
    assert "nie jest arkuszem Excela" in refused(db, gmina, text)


def test_zip_bomb_is_refused_before_it_is_unpacked(db, gmina, tmp_path):
    bomb = tmp_path / "bomba.xlsx"
    with zipfile.ZipFile(bomb, "w", compression=zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        z.writestr("xl/workbook.xml", "<workbook/>")
        z.writestr("xl/worksheets/sheet1.xml", b"\0" * (48 << 20))  # 48 MB of zeros pack to ~50 KB
    assert bomb.stat().st_size < 1 << 20
    message = refused(db, gmina, bomb)
    assert "bomba ZIP" in message and "xl/worksheets/sheet1.xml" in message


def test_file_over_the_size_limit_is_refused(db, gmina, tmp_path):
    message = refused(db, gmina, e8_file(tmp_path), max_bytes=1000)
    assert "to nie jest właściwy plik" in message


def test_broken_workbook_is_refused(db, gmina, tmp_path):
    path = tmp_path / "broken.xlsx"
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("xl/workbook.xml", "<workbook><not closed")
    assert "uszkodzony" in refused(db, gmina, path)


def test_year_and_exam_are_checked(db, gmina, tmp_path):
    with pytest.raises(DomainError, match="Rok egzaminu"):
        exam_results.preview_cke_import(db, gmina, e8_file(tmp_path), "e8", "25")
    with pytest.raises(DomainError, match="Wybierz egzamin"):
        exam_results.preview_cke_import(db, gmina, e8_file(tmp_path), "e9", 2025)


def test_comparisons_keep_their_source_and_range(db, gmina):
    C = exam_results.ComparisonData
    exam_results.save_comparisons(db, gmina, [C("e8", 2025, "matematyka", "kraj", "52,4", "CKE, wyniki krajowe"),
                                              C("e8", 2025, "matematyka", "powiat", "49,9")])  # fmt: skip
    stored = {c.level: c for c in exam_results.list_comparisons(db, gmina, "e8", 2025)}
    assert stored["kraj"].mean == Decimal("52.40") and stored["kraj"].source == "CKE, wyniki krajowe"
    assert stored["powiat"].source == "wpisano ręcznie"
    with pytest.raises(DomainError, match="za duże"):
        exam_results.save_comparisons(db, gmina, [C("e8", 2025, "matematyka", "kraj", "101")])
    exam_results.save_comparisons(db, gmina, [C("e8", 2025, "matematyka", "powiat", "")])
    assert [c.level for c in exam_results.list_comparisons(db, gmina, "e8", 2025)] == ["kraj"]
