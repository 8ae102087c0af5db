"""Importing the register from RSPO: preview, one transaction, matching, re-import, the report."""

from __future__ import annotations

from decimal import Decimal

import pytest

from wsparcie_desktop.changes import Change, Kind
from wsparcie_desktop.db.models import School
from wsparcie_desktop.demo.schools import rspo_rows
from wsparcie_desktop.errors import DomainError
from wsparcie_desktop.importers.rspo_sample import national_rows, school_row, write_rspo_csv
from wsparcie_desktop.services import schools, schools_rspo
from wsparcie_desktop.services.schools import SchoolData


def export(tmp_path, rows=None, name="rspo.csv", **options):
    path = tmp_path / name
    write_rspo_csv(path, national_rows(400, seed=11, include=rspo_rows() if rows is None else rows), **options)
    return path


def snapshot(db):
    """Every stored column of every school: what 'the store is exactly as it was' means here."""
    with db.transaction() as s:
        return sorted(
            tuple(getattr(school, c.key) for c in School.__table__.columns) for school in s.query(School).all()
        )


def test_preview_writes_nothing_then_import_adds_all(db, jst_id, tmp_path):
    preview = schools_rspo.preview_import(db, jst_id, export(tmp_path))
    assert snapshot(db) == []
    assert preview.count("add") == 6 and preview.writable == 6
    assert preview.headline().startswith("W pliku (400 wierszy) jest 6 szkół lub placówek prowadzonych przez: "
                                         "Gmina Zalesie — do dodania: 6")  # fmt: skip
    report = schools_rspo.apply_import(db, preview)
    assert len(report.added) == 6 and not report.updated
    stored = {s.rspo: s for s in schools.list_schools(db, jst_id)}
    assert stored["21458"].director == "Joanna Król" and stored["21458"].postal_code == "07-140"
    assert stored["47862"].school_type == "przedszkole" and stored["47862"].pupils == 125
    assert stored["21467"].type_label == "zespół szkół"
    assert "dodane: 6" in report.summary()
    [change] = report.changes
    assert (change.kind, change.jst_id, change.deleted) == (Kind.SCHOOL, jst_id, False)
    assert sorted(change.ids) == sorted(s.id for s in stored.values())


@pytest.mark.parametrize("options", [{"encoding": "utf-8-sig"}, {"encoding": "cp1250"}, {"wrap": False}])
def test_reimporting_the_same_file_changes_nothing(db, jst_id, tmp_path, options):
    path = export(tmp_path, **options)
    schools_rspo.apply_import(db, schools_rspo.preview_import(db, jst_id, path))
    before = snapshot(db)
    preview = schools_rspo.preview_import(db, jst_id, path)
    assert [r.action for r in preview.rows] == ["unchanged"] * 6
    report = schools_rspo.apply_import(db, preview)
    assert not report.changed_anything and len(report.unchanged) == 6
    assert report.changes == (), "nothing written: nothing for the screens to follow"
    assert report.summary().startswith("Nic się nie zmieniło")
    assert snapshot(db) == before


def test_changed_registry_values_update_the_school_and_keep_what_rspo_does_not_hold(db, jst_id, tmp_path):
    schools_rspo.apply_import(db, schools_rspo.preview_import(db, jst_id, export(tmp_path, name="a.csv")))
    school = next(s for s in schools.list_schools(db, jst_id) if s.rspo == "21463")
    school.teachers_fte, school.notes = Decimal("12.5"), "Klasy łączone"
    schools.save_school(db, jst_id, school)
    rows = rspo_rows()
    borowina = next(r for r in rows if r["Numer RSPO"] == "21463")
    borowina.update({"Imię i nazwisko dyrektora": "Alicja Sowa", "Liczba uczniów": "", "Kod pocztowy": "07-141"})
    preview = schools_rspo.preview_import(db, jst_id, export(tmp_path, rows, name="b.csv"))
    row = next(r for r in preview.rows if r.rspo == "21463")
    assert row.action == "update"
    assert row.details() == "kod pocztowy: 07-140 → 07-141; dyrektor: Krzysztof Mazur → Alicja Sowa"
    report = schools_rspo.apply_import(db, preview)
    assert [line.name for line in report.updated] == ["Szkoła Podstawowa w Borowinie"]
    assert report.changes == (Change(Kind.SCHOOL, jst_id, ids=(school.id,)),)
    assert report.updated[0].details().startswith("kod pocztowy: 07-140 → 07-141")
    stored = schools.get_school(db, school.id)
    assert (stored.director, stored.postal_code) == ("Alicja Sowa", "07-141")
    assert stored.pupils == 96  # the registry gave no number: the stored one stays
    assert (stored.teachers_fte, stored.notes) == (Decimal("12.50"), "Klasy łączone")
    assert len(schools.list_schools(db, jst_id)) == 6


def test_a_school_typed_by_hand_gets_its_rspo_number_instead_of_a_twin(db, jst_id, tmp_path):
    typed = schools.save_school(db, jst_id, SchoolData(name="Szkoła Podstawowa w Borowinie", pupils=90,
                                                       teachers_fte="12")).id  # fmt: skip
    by_regon = schools.save_school(db, jst_id, SchoolData(name="SP Dębowa Wola", regon="711652471")).id
    preview = schools_rspo.preview_import(db, jst_id, export(tmp_path))
    assert preview.count("add") == 4 and preview.count("update") == 2
    schools_rspo.apply_import(db, preview)
    assert len(schools.list_schools(db, jst_id)) == 6
    assert schools.get_school(db, typed).rspo == "21463" and schools.get_school(db, typed).pupils == 96
    assert schools.get_school(db, by_regon).name == "Szkoła Podstawowa im. Jana Pawła II w Dębowej Woli"


def test_rows_unticked_in_the_preview_are_not_written_and_are_reported(db, jst_id, tmp_path):
    preview = schools_rspo.preview_import(db, jst_id, export(tmp_path))
    report = schools_rspo.apply_import(db, preview, exclude={"21475"})
    assert len(report.added) == 5
    assert "21475" not in {s.rspo for s in schools.list_schools(db, jst_id)}
    assert any(k.rspo == "21475" and "odznaczona w podglądzie" in k.reason for k in report.skipped)


def test_import_is_one_transaction(db, jst_id, tmp_path, monkeypatch):
    schools.save_school(db, jst_id, SchoolData(name="Stara szkoła", rspo="1"))
    before = snapshot(db)
    preview = schools_rspo.preview_import(db, jst_id, export(tmp_path))
    calls = []
    real = schools_rspo._changes

    def failing(school, values):
        calls.append(values["rspo"])
        if len(calls) == 4:
            raise RuntimeError("disk full")
        return real(school, values)

    monkeypatch.setattr(schools_rspo, "_changes", failing)
    with pytest.raises(RuntimeError):
        schools_rspo.apply_import(db, preview)
    assert snapshot(db) == before


def test_confirming_matches_the_register_as_it_is_then_not_as_it_was_at_the_preview(db, jst_id, tmp_path):
    preview = schools_rspo.preview_import(db, jst_id, export(tmp_path))
    assert preview.count("add") == 6
    # while the preview was open, someone typed one of the schools in by hand
    typed = schools.save_school(db, jst_id, SchoolData(name="SP Borowina", rspo="21463", teachers_fte="12")).id
    report = schools_rspo.apply_import(db, preview)
    assert len(report.added) == 5 and [(u.rspo, u.name) for u in report.updated] == [
        ("21463", "Szkoła Podstawowa w Borowinie")
    ]
    assert len(schools.list_schools(db, jst_id)) == 6
    assert schools.get_school(db, typed).teachers_fte == Decimal("12.00")


def test_a_clash_the_checks_missed_leaves_the_store_as_it_was(db, jst_id, tmp_path, monkeypatch):
    schools.save_school(db, jst_id, SchoolData(name="SP Borowina", rspo="21463"))
    preview = schools_rspo.preview_import(db, jst_id, export(tmp_path))
    before = snapshot(db)
    monkeypatch.setattr(schools_rspo._Register, "find", lambda self, record: None)  # as if matching had failed
    with pytest.raises(DomainError) as caught:
        schools_rspo.apply_import(db, preview)
    assert "Rejestr został bez zmian" in caught.value.message
    assert snapshot(db) == before


def test_broken_file_leaves_the_store_exactly_as_it_was(demo_db, tmp_path):
    db, demo = demo_db
    before = snapshot(db)
    (tmp_path / "zly.csv").write_text("Numer RSPO,Nazwa\n1,Szkoła\n", encoding="utf-8")
    with pytest.raises(DomainError) as caught:
        schools_rspo.preview_import(db, demo.jst_id, tmp_path / "zly.csv")
    assert "średnikami" in caught.value.message
    assert snapshot(db) == before


def test_demo_gmina_reimports_its_own_export_unchanged(demo_db, tmp_path):
    db, demo = demo_db
    preview = schools_rspo.preview_import(db, demo.jst_id, export(tmp_path))
    assert preview.count("unchanged") == 6 and preview.writable == 0
    assert preview.warnings() == []


def test_warnings_for_a_cut_file_liquidated_schools_and_schools_not_in_the_file(demo_db, tmp_path):
    db, demo = demo_db
    rows = [r for r in rspo_rows() if r["Numer RSPO"] != "21475"]
    olszanka = next(r for r in rows if r["Numer RSPO"] == "21467")
    olszanka["Data likwidacji"] = "2026-08-31"
    data = export(tmp_path, rows).read_bytes()
    (tmp_path / "uciety.csv").write_bytes(data[: len(data) - 40])
    preview = schools_rspo.preview_import(db, demo.jst_id, tmp_path / "uciety.csv")
    warnings = " ".join(preview.warnings())
    assert "Plik jest ucięty" in warnings
    assert "zlikwidowane szkoły, które są w rejestrze programu: Zespół Szkolno-Przedszkolny w Olszance" in warnings
    assert "nie ma w pliku; zostają bez zmian: Szkoła Podstawowa w Kamiennej Górce" in warnings
    reasons = [s.reason for s in preview.file.skipped]
    assert any("zlikwidowana (31.08.2026)" in r for r in reasons)
    assert preview.file.truncated and any("został ucięty" in r for r in reasons)


def test_nothing_found_explains_what_to_check(db, jst_id, tmp_path):
    rows = [school_row(**{"Numer RSPO": "7", "Nazwa": "SP", "Typ": "Szkoła podstawowa",
                          "Kod terytorialny gmina": "1434062", "Typ organu prowadzącego": "Gmina",
                          "Nazwa organu prowadzącego": "Gmina Zalesie Dolne"})]  # fmt: skip
    preview = schools_rspo.preview_import(db, jst_id, export(tmp_path, rows))
    assert preview.rows == [] and "nie ma żadnej szkoły prowadzonej przez: Gmina Zalesie" in preview.headline()
    assert "Podobne nazwy w pliku: Gmina Zalesie Dolne" in preview.warnings()[0]
    assert schools_rspo.preview_import(db, jst_id, export(tmp_path, rows, "b.csv"), "Gmina Zalesie Dolne").rows


def test_running_body_name_can_be_given_as_rspo_spells_it(db, tmp_path):
    from wsparcie_desktop.services import jst

    no_teryt = jst.create_jst(db, "Zalesie", "gmina_wiejska").id
    assert schools_rspo.preview_import(db, no_teryt, export(tmp_path)).rows == []
    assert len(schools_rspo.preview_import(db, no_teryt, export(tmp_path), "Gmina Zalesie").rows) == 6
    with pytest.raises(DomainError) as caught:
        schools_rspo.running_body(db, no_teryt, "  ")
    assert caught.value.field == "body_name"


def test_a_school_now_run_by_another_body_is_named_as_moved_not_as_missing_from_the_file(demo_db, tmp_path):
    db, demo = demo_db
    rows = rspo_rows()
    moved = rows[0]
    moved.update({"Typ organu prowadzącego": "Stowarzyszenie", "Nazwa organu prowadzącego": "Stowarzyszenie Razem"})
    before = snapshot(db)
    preview = schools_rspo.preview_import(db, demo.jst_id, export(tmp_path, rows))
    warnings = " ".join(preview.warnings())
    assert f"prowadzi teraz inny organ: {moved['Nazwa']} (prowadzi: Stowarzyszenie Razem)" in warnings
    assert "nie ma w pliku" not in warnings
    schools_rspo.apply_import(db, preview)
    assert snapshot(db) == before
