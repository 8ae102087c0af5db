"""The schools register: adding, editing, checks of RSPO and REGON, totals, deleting, the XLSX export."""

from __future__ import annotations

import datetime as dt
import errno
import os
from decimal import Decimal

import pytest
from openpyxl import load_workbook

from wsparcie_desktop.db.models import (
    ActivityPartner,
    AdvisoryProcess,
    FundAllocation,
    FundYear,
    Hdr,
    HdrActivity,
    Network,
    NetworkMember,
    ProcessSupport,
    School,
)
from wsparcie_desktop.errors import DomainError
from wsparcie_desktop.exporters.schools_xlsx import export_schools_xlsx
from wsparcie_desktop.importers.rspo_sample import regon9, regon14
from wsparcie_desktop.services import schools
from wsparcie_desktop.services.schools import SchoolData
from wsparcie_desktop.validation import regon_is_valid


def add(db, jst_id, **values) -> int:
    data = SchoolData(name=values.pop("name", "Szkoła Podstawowa w Zalesiu"), **values)
    return schools.save_school(db, jst_id, data).id


def test_add_and_edit_keep_every_field(db, jst_id):
    school_id = add(db, jst_id, school_type="zespol_szkol", rspo=" 21467 ", regon="711652554", street="ul. Polna",
                    building_no="41", postal_code="07-140", city="Olszanka", director="Marek Wójcik", pupils="174",
                    teachers_fte="19,27", is_public=True, notes="Szkoła i przedszkole")  # fmt: skip
    stored = schools.get_school(db, school_id)
    assert (stored.rspo, stored.pupils, stored.teachers_fte) == ("21467", 174, Decimal("19.27"))
    assert stored.type_label == "zespół szkół"
    assert stored.address == "ul. Polna 41, 07-140 Olszanka"
    stored.teachers_fte = "19.5"
    stored.director = "Anna Nowak"
    schools.save_school(db, jst_id, stored)
    again = schools.get_school(db, school_id)
    assert (again.teachers_fte, again.director) == (Decimal("19.50"), "Anna Nowak")


def test_village_address_without_street():
    assert SchoolData(building_no="27", postal_code="07-140", city="Borowina").address == "Borowina 27, 07-140 Borowina"


@pytest.mark.parametrize(
    ("values", "field", "fragment"),
    [
        ({"name": "  "}, "name", "Nazwa"),
        ({"rspo": "21-458"}, "rspo", "samych cyfr"),
        ({"regon": "12345678"}, "regon", "9 albo 14 cyfr"),
        ({"regon": "711652302"}, "regon", "cyfrę kontrolną"),
        ({"regon": "71165230100011"}, "regon", "cyfrę kontrolną"),
        ({"postal_code": "07140x"}, "postal_code", "00-000"),
        ({"pupils": "dużo"}, "pupils", "liczba całkowita"),
        ({"pupils": "-3"}, "pupils", "liczba całkowita"),
        ({"teachers_fte": "12,555"}, "teachers_fte", "dwoma miejscami"),
        ({"teachers_fte": "pół"}, "teachers_fte", "np. 12,5"),
        ({"school_type": "gimnazjum"}, "school_type", "typ"),
    ],
)
def test_bad_input_is_refused_at_its_field_and_nothing_is_stored(db, jst_id, values, field, fragment):
    with pytest.raises(DomainError) as caught:
        add(db, jst_id, **values)
    assert caught.value.field == field
    assert fragment in caught.value.message
    assert schools.list_schools(db, jst_id) == []


def test_regon_checksums_nine_and_fourteen_digits():
    nine = regon9("71165230")
    assert nine == "711652301" and regon_is_valid(nine)
    fourteen = regon14(nine, "0001")
    assert len(fourteen) == 14 and regon_is_valid(fourteen)
    wrong_last = fourteen[:-1] + str((int(fourteen[-1]) + 1) % 10)
    assert not regon_is_valid(wrong_last)
    assert not regon_is_valid("711652302")
    # a 14-digit number whose own check digit is right but whose first nine digits are not a valid REGON
    assert not regon_is_valid(regon14("711652302", "0001"))


def test_valid_fourteen_digit_regon_is_stored(db, jst_id):
    regon = regon14("711652301", "0002")
    school_id = add(db, jst_id, regon=regon)
    assert schools.get_school(db, school_id).regon == regon


def test_rspo_is_unique_within_the_jst_only(db, jst_id):
    from wsparcie_desktop.services import jst

    add(db, jst_id, name="SP Zalesie", rspo="21458")
    with pytest.raises(DomainError) as caught:
        add(db, jst_id, name="Inna szkoła", rspo="21458")
    assert caught.value.field == "rspo" and "SP Zalesie" in caught.value.message
    other = jst.create_jst(db, "Gmina Borowina", "gmina_wiejska").id
    add(db, other, name="Szkoła w innej gminie", rspo="21458")  # the same number elsewhere is no clash


def test_list_is_sorted_the_polish_way(db, jst_id):
    for name in ("Żabno", "Łąka", "Lipa", "Źródło", "Zalesie"):
        add(db, jst_id, name=name)
    assert [s.name for s in schools.list_schools(db, jst_id)] == ["Lipa", "Łąka", "Zalesie", "Źródło", "Żabno"]


def test_totals_use_polish_plurals(db, jst_id):
    add(db, jst_id, name="A", pupils=312, teachers_fte="28,45")
    add(db, jst_id, name="B", pupils=96, teachers_fte="12,5")
    add(db, jst_id, name="C")
    text = schools.totals(schools.list_schools(db, jst_id)).text()
    assert text.startswith("3 szkoły lub placówki: 408 uczniów, 40,95 etatu nauczycieli")
    assert "liczby uczniów nie podano dla 1" in text
    assert schools.format_fte(Decimal(1)) == "1 etat"
    assert schools.format_fte(Decimal(3)) == "3 etaty"
    assert schools.format_fte(Decimal(25)) == "25 etatów"
    assert schools.format_fte(Decimal("0.5")) == "0,5 etatu"


# ------------------------------------------------------------------ deleting


def test_delete_without_references(db, jst_id):
    school_id = add(db, jst_id)
    assert not schools.school_dependants(db, school_id).any
    schools.delete_school(db, school_id)
    assert schools.list_schools(db, jst_id) == []


def test_delete_is_refused_while_process_support_points_to_the_school(db, jst_id):
    school_id = add(db, jst_id, name="SP Borowina")
    with db.transaction() as s:
        s.add(ProcessSupport(jst_id=jst_id, school_id=school_id, provider_code="PPP", area="czytanie ze zrozumieniem",
                             starts_on=dt.date(2026, 9, 1), ends_on=dt.date(2027, 5, 31), status="rpw"))  # fmt: skip
    references = schools.school_dependants(db, school_id)
    assert references.blocked
    with pytest.raises(DomainError) as caught:
        schools.delete_school(db, school_id, confirmed=True)
    message = caught.value.message
    assert "Nie można usunąć szkoły „SP Borowina”" in message
    assert "01.09.2026–31.05.2027" in message and "poradnia psychologiczno-pedagogiczna" in message
    assert "historię" in message
    assert len(schools.list_schools(db, jst_id)) == 1


def test_delete_asks_first_and_says_what_happens_to_each_link(db, jst_id):
    school_id = add(db, jst_id, name="SP Dębowa Wola")
    with db.transaction() as s:
        process = AdvisoryProcess(jst_id=jst_id, name="Proces 2026", started_on=dt.date(2026, 1, 10))
        s.add(process)
        s.flush()
        hdr = Hdr(process_id=process.id, period_start=dt.date(2026, 9, 1), period_end=dt.date(2027, 6, 30))
        s.add(hdr)
        s.flush()
        activity = HdrActivity(hdr_id=hdr.id, name="Warsztaty dla rodziców", starts_on=dt.date(2026, 10, 1),
                               ends_on=dt.date(2026, 10, 2))  # fmt: skip
        network = Network(jst_id=jst_id, name="Sieć matematyków", provider_code="ODN", school_year="2026/2027")
        fund = FundYear(jst_id=jst_id, year=2026, planned_salaries=Decimal(5000000), rate_percent=Decimal("0.8"))
        s.add_all([activity, network, fund])
        s.flush()
        s.add_all([
            ActivityPartner(activity_id=activity.id, kind="school", school_id=school_id),
            NetworkMember(network_id=network.id, school_id=school_id, full_name="Ewa Lis"),
            FundAllocation(fund_year_id=fund.id, purpose="Kurs dla nauczycieli", school_id=school_id,
                           amount=Decimal(1200)),
        ])  # fmt: skip
    references = schools.school_dependants(db, school_id)
    assert references.any and not references.blocked
    question = references.question()
    assert "„Warsztaty dla rodziców”" in question
    assert "Ewa Lis (sieć „Sieć matematyków”, 2026/2027)" in question
    assert "2026: Kurs dla nauczycieli — 1200,00" in question.replace("\u00a0", "")
    with pytest.raises(DomainError):
        schools.delete_school(db, school_id)  # not without the user's yes
    assert len(schools.list_schools(db, jst_id)) == 1
    schools.delete_school(db, school_id, confirmed=True)
    with db.transaction() as s:
        assert s.get(School, school_id) is None
        assert s.query(ActivityPartner).count() == 0
        member = s.query(NetworkMember).one()
        allocation = s.query(FundAllocation).one()
        assert (member.full_name, member.school_id) == ("Ewa Lis", None)
        assert (allocation.amount, allocation.school_id) == (Decimal("1200.00"), None)


# ------------------------------------------------------------------ export and demo


def test_xlsx_export(db, jst_id, tmp_path):
    add(db, jst_id, name="Szkoła Podstawowa w Borowinie", rspo="21463", regon="001288345", postal_code="07-140",
        city="Borowina", pupils=96, teachers_fte="12,5")  # fmt: skip
    add(db, jst_id, name="Przedszkole „Leśna Polana”", school_type="przedszkole", pupils=125, teachers_fte="11")
    path = export_schools_xlsx(db, jst_id, tmp_path / "szkoły")
    assert path.name == "szkoły.xlsx"
    sheet = load_workbook(path).active
    header = [c.value for c in sheet[1]]
    assert header[:4] == ["Lp.", "Nazwa szkoły lub placówki", "Typ", "Numer RSPO"]
    assert sheet.freeze_panes == "C2"
    rows = {sheet.cell(row=r, column=2).value: r for r in range(2, 4)}
    borowina = rows["Szkoła Podstawowa w Borowinie"]
    assert sheet.cell(row=borowina, column=5).value == "001288345"  # the REGON keeps its leading zeros
    assert sheet.cell(row=borowina, column=11).value == 96
    assert sheet.cell(row=borowina, column=12).value == 12.5
    assert sheet.cell(row=borowina, column=12).number_format == "#,##0.00"
    assert sheet.cell(row=4, column=11).value == "=SUM(K2:K3)"
    assert sheet.cell(row=rows["Przedszkole „Leśna Polana”"], column=3).value == "przedszkole"
    assert sheet.column_dimensions["B"].width >= 30


def test_xlsx_export_to_a_missing_folder_says_so(db, jst_id, tmp_path):
    with pytest.raises(DomainError) as caught:
        export_schools_xlsx(db, jst_id, tmp_path / "nie-ma" / "szkoly.xlsx")
    assert "nie istnieje" in caught.value.message


def test_xlsx_export_on_a_full_disk_names_the_file_and_the_reason_in_polish(db, jst_id, tmp_path, monkeypatch):
    def full_disk(*_args):
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(os, "replace", full_disk)
    (tmp_path / "out").mkdir()
    target = tmp_path / "out" / "szkoły.xlsx"
    with pytest.raises(DomainError) as caught:
        export_schools_xlsx(db, jst_id, target)
    assert f"„{target}”: brak miejsca na dysku" in caught.value.message
    assert list((tmp_path / "out").iterdir()) == []  # no half-written file, no temporary left behind


def test_demo_has_six_schools_with_valid_numbers(demo_db):
    db, demo = demo_db
    listed = schools.list_schools(db, demo.jst_id)
    assert len(listed) == 6
    assert set(demo.extra["school_ids"].values()) == {s.id for s in listed}
    assert all(regon_is_valid(s.regon) and s.rspo.isdigit() for s in listed)
    kinds = [s.school_type for s in listed]
    assert kinds.count("przedszkole") == 1 and kinds.count("zespol_szkol") == 1
    assert any(s.teachers_fte != s.teachers_fte.to_integral_value() for s in listed)
    assert schools.totals(listed).text() == "6 szkół lub placówek: 913 uczniów, 96,35 etatu nauczycieli"
