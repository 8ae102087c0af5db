"""'Karta samorządu' and 'Wykaz szkół i placówek': their text, their numbers and Polish plurals, from sample
data and from the store, and the command line that prints them."""

from __future__ import annotations

import datetime as dt
import io
from decimal import Decimal

import pytest
from PIL import Image as PILImage
from reports_pdf import image_count, needs_poppler, page_count, page_sizes, squeeze, text

from wsparcie_desktop.cli_print import run
from wsparcie_desktop.db.models import School
from wsparcie_desktop.errors import DomainError
from wsparcie_desktop.i18n import format_number
from wsparcie_desktop.reports import build_document, get_document, jst_card, list_documents, schools_list
from wsparcie_desktop.reports.data import JstInfo, PrintOptions, SchoolInfo, Signatory, TeamMember, print_options
from wsparcie_desktop.reports.loaders import load_schools
from wsparcie_desktop.reports.registry import CATALOGUE, document

DATE = dt.date(2026, 11, 21)


def arms() -> bytes:
    buffer = io.BytesIO()
    PILImage.new("RGB", (120, 150), (20, 110, 50)).save(buffer, "JPEG")
    return buffer.getvalue()


INFO = JstInfo(
    name="Gmina Łąckie Źródła",
    kind="gmina miejsko-wiejska",
    teryt="1434053",
    voivodeship="świętokrzyskie",
    street="ul. Żółkiewskiego 5",
    postal_code="26-020",
    city="Chęciny",
    phone="41 315 11 00",
    email="sekretariat@chęciny.example.pl",
    website="chęciny.example.pl",
    coat_of_arms=arms(),
    education_team=(
        TeamMember("Ąćę Łńóśźż", "wójt / burmistrz / prezydent / starosta", "Burmistrz Miasta i Gminy",
                   "Urząd Gminy", "burmistrz@example.pl", "41 315 11 01", "decydent"),
        TeamMember("Ósemka Ćwikła", "skarbnik", "Skarbnik Gminy", "Urząd Gminy", "", "", "skarbnik"),
        TeamMember("Żaneta Śliwa", "naczelnik / inspektor ds. oświaty", "Inspektor ds. oświaty", "Urząd Gminy",
                   "oswiata@example.pl", "41 315 11 12", "naczelnik_oswiaty"),
        TeamMember("ŹDZISŁAW ĘĄ", "pracownik Centrum Usług Wspólnych", "Księgowy", "CUW", "", "", "pracownik_cuw"),
        TeamMember("Agnieszka Tomaszewska-Łoś", "analityk budżetowy", "", "", "", "", "analityk"),
    ),
    advisory_team=(
        TeamMember("Ewa Szczepańska", "doradca ds. personalnego rozwoju organizacji", "Doradca", "ORE"),
        TeamMember("Grzegorz Łukasiewicz", "doradca z doświadczeniem samorządowym", "Doradca", "ORE"),
    ),
)  # fmt: skip

SCHOOLS = [
    SchoolInfo("Szkoła Podstawowa nr 1 <im. Jana Pawła II> & Przedszkole", "szkoła podstawowa", "12345",
               "ul. Szkolna 1, 26-020 Chęciny", "Żaneta Gęś", 412, Decimal("35.45"), True),
    SchoolInfo("Przedszkole Samorządowe „Źdźbło”", "przedszkole", "23456", "ul. Łąkowa 2, 26-020 Chęciny",
               "Ćwirek Ósmy", 96, Decimal("8"), True),
    SchoolInfo("Szkoła Filialna w Łukowej", "szkoła podstawowa", "34567", "Łukowa 7, 26-020 Chęciny",
               "Anna Kowalska", None, None, True),
    SchoolInfo("Niepubliczne Przedszkole „Ósemka”", "przedszkole", "45678", "ul. Polna 3, 26-020 Chęciny",
               "Józef Śmigły", 24, Decimal("2.25"), False),
    SchoolInfo("Zespół Szkół Ponadpodstawowych", "zespół szkół", "56789", "ul. Długa 10, 26-020 Chęciny",
               "Ździsław Ąę", 1204, Decimal("101.72"), True),
    SchoolInfo("Szkoła Muzyczna I stopnia", "inna placówka", "67890", "ul. Krótka 1, 26-020 Chęciny",
               "Łucja Nowak", 48, Decimal("6.5"), False),
]  # fmt: skip

OPTIONS = PrintOptions(place="Chęciny", date=DATE, prepared_by=Signatory("Żaneta Śliwa", "Inspektor ds. oświaty"),
                       approved_by=Signatory("Ąćę Łńóśźż", "Burmistrz Miasta i Gminy"))  # fmt: skip


# ---------------------------------------------------------------- registry


def test_both_documents_are_registered_with_polish_titles():
    specs = {spec.id: spec for spec in list_documents()}
    assert specs["karta-samorzadu"].title == "Karta samorządu"
    assert specs["karta-samorzadu"].orientation == "portrait"
    assert specs["wykaz-szkol"].title == "Wykaz szkół i placówek"
    assert specs["wykaz-szkol"].orientation == "landscape"
    assert all(spec.description for spec in specs.values())


def test_an_unknown_document_is_a_polish_error():
    with pytest.raises(DomainError) as caught:
        get_document("nie-ma-takiego")
    assert "Nie ma dokumentu „nie-ma-takiego”" in caught.value.message
    assert "karta-samorzadu" in caught.value.message


def test_an_id_cannot_be_registered_twice_for_different_builders():
    with pytest.raises(ValueError):
        document("karta-samorzadu", "Karta samorządu", "portrait")(lambda *a, **k: None)
    with pytest.raises(ValueError, match="disagrees with CATALOGUE"):
        document("karta-samorzadu", "Inna karta", "portrait")(jst_card.build)


def test_a_document_is_built_with_the_collector_paused_and_it_is_restored_after(monkeypatch, tmp_path):
    import gc

    from wsparcie_desktop.reports import registry

    seen = []

    def builder(db, jst_id, out_path, **options):
        seen.append(gc.isenabled())
        if options.get("fail"):
            raise DomainError("nie wyszło")
        return out_path

    monkeypatch.setitem(registry._builders, "karta-samorzadu", builder)
    assert gc.isenabled()
    build_document("karta-samorzadu", None, 1, tmp_path / "a.pdf")
    with pytest.raises(DomainError):
        build_document("karta-samorzadu", None, 1, tmp_path / "b.pdf", fail=True)
    assert seen == [False, False]
    assert gc.isenabled()
    gc.disable()  # a caller that paused it itself gets it back paused
    try:
        build_document("karta-samorzadu", None, 1, tmp_path / "c.pdf")
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_every_catalogue_entry_is_built_by_its_module_and_agrees_with_it():
    import importlib

    from wsparcie_desktop.reports import registry

    for entry in CATALOGUE:
        importlib.import_module(entry.module)
        assert entry.id in registry._builders, entry.module


def test_listing_documents_loads_neither_reportlab_nor_a_document_module():
    import subprocess
    import sys

    code = (
        "import sys; from wsparcie_desktop.reports import list_documents, get_document\n"
        "assert len(list_documents()) >= 6 and get_document('hdr').title\n"
        "loaded = [m for m in sys.modules if m.startswith('reportlab') or m in "
        "{e.module for e in __import__('wsparcie_desktop.reports.registry', fromlist=['x']).CATALOGUE}]\n"
        "print(loaded); sys.exit(1 if loaded else 0)\n"
    )
    root = __import__("pathlib").Path(__file__).resolve().parents[2]
    result = subprocess.run([sys.executable, "-c", code], cwd=root, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_print_options_merge_defaults_and_reject_unknown_ones():
    defaults = PrintOptions(place="Zalesie", approved_by=Signatory("Wójt", "Wójt Gminy"))
    merged = print_options("Inne", defaults, date="2026-11-21", prepared_by=("Anna Nowak", "inspektor"))
    assert merged == PrintOptions(
        "Zalesie", DATE, Signatory("Anna Nowak", "inspektor"), Signatory("Wójt", "Wójt Gminy")
    )
    assert print_options("Zalesie").place == "Zalesie"
    with pytest.raises(TypeError):
        print_options("Zalesie", colour="red")


# ---------------------------------------------------------------- Karta samorządu


@needs_poppler
def test_jst_card_prints_the_profile_both_teams_and_signatures(tmp_path):
    pdf = jst_card.render(INFO, OPTIONS).write(tmp_path / "karta.pdf")
    all_text = text(pdf)
    flat = squeeze(all_text)
    assert page_sizes(pdf)[0][0] < page_sizes(pdf)[0][1]  # portrait
    for expected in ("Karta samorządu", "Chęciny, 21 listopada 2026 r.", "1. Dane samorządu", "Gmina Łąckie Źródła",
                     "gmina miejsko-wiejska", "1434053", "świętokrzyskie", "ul. Żółkiewskiego 5, 26-020 Chęciny",
                     "41 315 11 00", "sekretariat@chęciny.example.pl", "chęciny.example.pl",
                     "2. Samorządowy zespół oświatowy (5 osób)", "Ąćę Łńóśźż", "ŹDZISŁAW ĘĄ",
                     "Agnieszka Tomaszewska-Łoś", "3. Team doradczy (2 osoby)",
                     "doradca ds. personalnego rozwoju organizacji", "doradca z doświadczeniem samorządowym",
                     "Sporządził(a):", "Zatwierdził(a):", "Burmistrz Miasta i Gminy"):  # fmt: skip
        assert squeeze(expected) in flat, expected
    assert f"Strona 1 z {page_count(pdf)}" in all_text
    assert image_count(pdf) >= 2  # in the body and in the header


@needs_poppler
def test_jst_card_says_when_a_team_is_empty_and_when_there_is_no_coat_of_arms(tmp_path):
    bare = JstInfo(name="Powiat Żniński", kind="powiat")
    pdf = jst_card.render(bare, PrintOptions(place="Żnin", date=DATE)).write(tmp_path / "karta.pdf")
    page = text(pdf)
    assert "Nie wpisano jeszcze członków zespołu oświatowego." in page
    assert "Nie wpisano jeszcze doradców." in page
    assert "nie wprowadzono" in page
    assert "Kod TERYT" not in page  # empty fields are left out
    assert "(imię i nazwisko, podpis)" in page
    assert image_count(pdf) == 0


# ---------------------------------------------------------------- Wykaz szkół


@pytest.mark.parametrize(
    ("n", "expected"),
    [(1, "1 szkoła lub placówka"), (2, "2 szkoły lub placówki"), (5, "5 szkół lub placówek"),
     (6, "6 szkół lub placówek"), (12, "12 szkół lub placówek"), (22, "22 szkoły lub placówki"),
     (25, "25 szkół lub placówek"), (101, "101 szkół lub placówek")],
)  # fmt: skip
def test_schools_are_counted_with_polish_plurals(n, expected):
    assert schools_list.schools_phrase(n) == expected


def test_status_agrees_with_the_number():
    assert schools_list.status_phrase(1, True) == "1 publiczna"
    assert schools_list.status_phrase(3, False) == "3 niepubliczne"
    assert schools_list.status_phrase(5, True) == "5 publicznych"
    assert schools_list.summary(SCHOOLS) == "W wykazie: 6 szkół lub placówek (4 publiczne, 2 niepubliczne)."
    assert schools_list.summary(SCHOOLS[:1]) == "W wykazie: 1 szkoła lub placówka (1 publiczna)."
    assert schools_list.summary([]) == "Samorząd nie ma wpisanych szkół."


def test_teacher_posts_use_a_decimal_comma():
    assert schools_list.posts(Decimal("12.5")) == "12,50"
    assert schools_list.posts(Decimal("1234.25")) == "1\u00a0234,25"  # a no-break space groups thousands
    assert schools_list.posts(None) == "—"


@needs_poppler
def test_schools_list_prints_every_school_and_the_totals(tmp_path):
    pdf = schools_list.render(INFO, SCHOOLS, OPTIONS).write(tmp_path / "wykaz.pdf")
    width, height = page_sizes(pdf)[0]
    assert width > height  # landscape
    page = text(pdf, layout=True)
    flat = squeeze(text(pdf, raw=True))  # content order: each cell's lines together
    assert "Wykaz szkół i placówek" in page
    assert "Organ prowadzący: Gmina Łąckie Źródła" in page
    assert "W wykazie: 6 szkół lub placówek (4 publiczne, 2 niepubliczne)." in page
    for school in SCHOOLS:
        assert squeeze(school.name) in flat
        assert squeeze(school.director) in flat
        assert school.rspo in flat
    assert "Szkoła Podstawowa nr 1 <im. Jana Pawła" in text(pdf, raw=True)
    assert "35,45" in page and "101,72" in page and "2,25" in page
    # totals: 412 + 96 + 24 + 1204 + 48 pupils, 35.45 + 8 + 2.25 + 101.72 + 6.5 posts; one school without data
    totals_line = next(line for line in page.splitlines() if line.strip().startswith("Razem") and "153,92" in line)
    assert "1784" in totals_line.replace("\u00a0", "").replace(" ", "")
    assert "Bez podanej liczby uczniów: 1 szkoła lub placówka" in page
    assert "Bez podanej liczby etatów nauczycieli: 1 szkoła lub placówka" in page
    assert "niepubliczna" in page and "publiczna" in page
    assert "Chęciny, 21 listopada 2026 r." in page


@needs_poppler
def test_schools_list_of_a_powiat_runs_over_pages_with_the_header_on_each(tmp_path):
    schools = [SchoolInfo(f"Szkoła nr {i} w Żninie", "szkoła podstawowa", str(10000 + i), "ul. Ślusarska 1",
                          "Łucja Ćwik", 100 + i, Decimal("10.25"), i % 4 != 0) for i in range(1, 151)]  # fmt: skip
    pdf = schools_list.render(INFO, schools, OPTIONS).write(tmp_path / "powiat.pdf")
    pages = page_count(pdf)
    assert pages > 3
    for number in range(1, pages + 1):
        page = text(pdf, number, layout=True)
        assert "Nazwa szkoły lub placówki" in page
        assert f"Strona {number} z {pages}" in page
    last = text(pdf, pages, layout=True)
    assert "W wykazie: 150 szkół lub placówek (113 publicznych, 37 niepublicznych)." in text(pdf, 1, layout=True)
    assert "1537,50" in squeeze(last) and squeeze("26 325") in squeeze(last)  # 150 × 10.25; Σ(100+i)


@needs_poppler
def test_totals_are_a_dash_not_zero_when_no_school_has_the_figure(tmp_path):
    schools = [SchoolInfo("Szkoła Podstawowa w Żabnie", "szkoła podstawowa", "1", "", "", None, None, True),
               SchoolInfo("Przedszkole w Żabnie", "przedszkole", "2", "", "", None, None, True)]  # fmt: skip
    page = text(schools_list.render(INFO, schools, OPTIONS).write(tmp_path / "bez.pdf"), layout=True)
    totals_line = next(line for line in page.splitlines() if line.strip().startswith("Razem"))
    assert "0,00" not in totals_line and "0" not in totals_line.replace("Razem", "")
    assert totals_line.count("—") == 2
    assert "Nie podano liczby uczniów żadnej szkoły ani placówki." in page
    assert "Nie podano liczby etatów nauczycieli żadnej szkoły ani placówki." in page
    assert "obejmuje pozostałe" not in page


@needs_poppler
def test_an_empty_schools_list_says_so(tmp_path):
    pdf = schools_list.render(JstInfo(name="Gmina Pusta"), [], OPTIONS).write(tmp_path / "pusty.pdf")
    page = text(pdf)
    assert "Samorząd nie ma wpisanych szkół." in page
    assert "Nie wpisano jeszcze żadnej szkoły ani placówki." in page


# ---------------------------------------------------------------- from the store


def add_schools(db, jst_id: int) -> None:
    with db.transaction() as s:
        s.add(
            School(
                jst_id=jst_id,
                name="Szkoła Podstawowa im. Marii Konopnickiej w Zalesiu",
                school_type="szkola_podstawowa",
                rspo="101010",
                street="ul. Szkolna",
                building_no="5",
                postal_code="07-140",
                city="Zalesie",
                director="Joanna Król",
                pupils=312,
                teachers_fte=Decimal("28.45"),
            )
        )
        s.add(
            School(
                jst_id=jst_id,
                name="Przedszkole „Łąka”",
                school_type="przedszkole",
                rspo="202020",
                city="Zalesie",
                pupils=60,
                teachers_fte=Decimal("5.5"),
                is_public=False,
            )
        )
        s.add(School(jst_id=jst_id, name="Ąbecadło — szkoła", school_type="szkola_podstawowa", city="Zalesie"))
    # fmt: skip


def test_schools_load_in_type_and_polish_alphabetical_order(db, jst_id):
    add_schools(db, jst_id)
    schools = load_schools(db, jst_id)
    assert [s.name for s in schools] == ["Przedszkole „Łąka”", "Ąbecadło — szkoła",
                                         "Szkoła Podstawowa im. Marii Konopnickiej w Zalesiu"]  # fmt: skip
    assert schools[0].kind == "przedszkole" and schools[0].public is False
    assert schools[2].address == "ul. Szkolna 5, 07-140 Zalesie"
    assert schools[2].teacher_posts == Decimal("28.45")
    assert schools[1].pupils is None


@needs_poppler
def test_both_documents_build_from_the_demo_store(demo_db, tmp_path):
    db, demo = demo_db
    card = build_document("karta-samorzadu", db, demo.jst_id, tmp_path / "karta.pdf", date=DATE)
    flat = squeeze(text(card, raw=True))
    for expected in ("Gmina Zalesie", "Zalesie, 21 listopada 2026 r.", "gmina wiejska", "1434052", "mazowieckie",
                     "ul. Kościuszki 12, 07-140 Zalesie", "Andrzej Kowalczyk", "Barbara Wiśniewska",
                     "Małgorzata Zając", "Ewa Szczepańska", "Grzegorz Łukasiewicz",
                     "doradca z doświadczeniem samorządowym", "Wójt Gminy Zalesie"):  # fmt: skip
        assert squeeze(expected) in flat, expected
    assert "Joanna Król" not in flat  # a stakeholder, not a member of either team
    assert image_count(card) >= 2  # the demo's coat of arms

    listing = build_document("wykaz-szkol", db, demo.jst_id, tmp_path / "wykaz.pdf", date=DATE,
                             prepared_by=("Anna Nowak", "doradca"))  # fmt: skip
    schools = load_schools(db, demo.jst_id)
    assert schools, "the demo has schools"
    flat = squeeze(text(listing, raw=True))
    assert squeeze(schools_list.summary(schools)) in flat
    for school in schools:
        assert squeeze(school.name) in flat
    pupils = sum(s.pupils or 0 for s in schools)
    assert squeeze(schools_list.posts(sum((s.teacher_posts or 0 for s in schools), Decimal(0)))) in flat
    assert squeeze(format_number(pupils)) in flat
    assert "AnnaNowak" in flat and "AndrzejKowalczyk" in flat  # the preparer given, the approver by default


def test_a_missing_jst_is_a_polish_error(db, tmp_path):
    with pytest.raises(DomainError):
        build_document("karta-samorzadu", db, 9999, tmp_path / "x.pdf")
    assert not (tmp_path / "x.pdf").exists()


# ---------------------------------------------------------------- the command line


def test_cli_lists_the_documents(capsys):
    assert run(["--list"]) == 0
    out = capsys.readouterr().out
    assert "karta-samorzadu" in out and "Karta samorządu (A4 pionowo)" in out
    assert "wykaz-szkol" in out and "Wykaz szkół i placówek (A4 poziomo)" in out


@needs_poppler
def test_cli_writes_a_document_found_by_name_or_id(demo_db, db_path, tmp_path, capsys):
    db, demo = demo_db
    out = tmp_path / "karta.pdf"
    assert run(["karta-samorzadu", "--db", str(db_path), "--jst", "gmina zalesie", "--out", str(out),
                "--date", "2026-11-21", "--place", "Węgrów"]) == 0  # fmt: skip
    assert "Węgrów, 21 listopada 2026 r." in text(out)
    assert "Zapisano" in capsys.readouterr().err
    out2 = tmp_path / "wykaz.pdf"
    assert run(["wykaz-szkol", "--db", str(db_path), "--jst", str(demo.jst_id), "--out", str(out2)]) == 0
    assert "Wykaz szkół i placówek" in text(out2)


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["karta-samorzadu"], "Brak wymaganych argumentów: --db, --jst, --out"),
        (["nie-ma", "--db", "x", "--jst", "1", "--out", "y.pdf"], "Nie ma dokumentu „nie-ma”"),
        (["karta-samorzadu", "--db", "/nie/ma/bazy.sqlite", "--jst", "1", "--out", "y.pdf"],
         "Nie ma pliku bazy danych „/nie/ma/bazy.sqlite”"),
        (["--zly-argument"], "nieznane argumenty: --zly-argument"),
    ],
)  # fmt: skip
def test_cli_errors_are_polish_and_exit_with_2(args, message, capsys):
    assert run(args) == 2
    err = capsys.readouterr().err
    assert err.startswith("Błąd: ")
    assert message in err


def test_cli_reports_an_unknown_jst_a_bad_date_and_an_unwritable_path(demo_db, db_path, tmp_path, capsys):
    base = ["karta-samorzadu", "--db", str(db_path)]
    assert run([*base, "--jst", "Gmina Nieistniejąca", "--out", str(tmp_path / "a.pdf")]) == 2
    assert "Nie znaleziono samorządu „Gmina Nieistniejąca”" in capsys.readouterr().err
    assert run([*base, "--jst", "1", "--out", str(tmp_path / "a.pdf"), "--date", "21.11.2026"]) == 2
    assert "Niepoprawna data „21.11.2026”" in capsys.readouterr().err
    target = tmp_path / "brak" / "a.pdf"
    assert run([*base, "--jst", "Gmina Zalesie", "--out", str(target)]) == 2
    assert f"Nie udało się zapisać pliku „{target}”: folder nie istnieje" in capsys.readouterr().err


def test_cli_help_is_polish(capsys):
    assert run(["--help"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("Użycie: python main.py print")
    assert "wypisz dostępne dokumenty" in out


@needs_poppler
def test_the_schools_list_can_carry_the_notes_whole_in_an_annex(tmp_path):
    long_note = " ".join(f"Uwaga {i}: budynek wymaga remontu dachu i wymiany okien w salach" for i in range(120))
    schools = [SchoolInfo("Szkoła Podstawowa w Zalesiu", notes=long_note), SchoolInfo("Przedszkole w Olszance")]
    info = JstInfo(name="Gmina Zalesie", kind="gmina wiejska", city="Zalesie")
    plain = schools_list.render(info, schools, PrintOptions(place="Zalesie")).write(tmp_path / "bez.pdf")
    assert "Uwaga 0:" not in text(plain)
    annexed = schools_list.render(info, schools, PrintOptions(place="Zalesie"), with_notes=True)
    pdf = annexed.write(tmp_path / "z-uwagami.pdf")
    assert page_count(pdf) >= 3  # the list, then the annex, the long note running over a page
    content = squeeze(text(pdf, raw=True))
    assert squeeze("Załącznik. Uwagi o szkołach i placówkach") in content
    for i in (0, 60, 119):  # the note prints whole, in order
        assert squeeze(f"Uwaga {i}: budynek") in content
    assert "Przedszkole w Olszance" not in text(pdf, page=page_count(pdf))  # no note, no row


def test_print_with_notes_is_only_for_the_schools_list(tmp_path, capsys):
    code = run(["karta-samorzadu", "--db", str(tmp_path / "x.sqlite"), "--jst", "1", "--out", str(tmp_path / "k.pdf"),
                "--z-uwagami"])  # fmt: skip
    assert code == 2 and "tylko dokumentu wykaz-szkol" in capsys.readouterr().err
