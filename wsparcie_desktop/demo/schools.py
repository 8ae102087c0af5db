"""The six schools and kindergartens of the demo gmina Zalesie (fictional; TERYT 1434052, mazowieckie).

The figures look like those of a real rural gmina: a main school in the gmina's seat, three small
village schools, a kindergarten and a zespół szkolno-przedszkolny. RSPO numbers and REGONs are made
up, but the REGONs carry correct check digits so that they pass the same checks as typed ones.
"""

from __future__ import annotations

from decimal import Decimal

from wsparcie_desktop.db.database import Database
from wsparcie_desktop.demo import DemoJst
from wsparcie_desktop.importers.rspo_sample import school_row
from wsparcie_desktop.services import schools
from wsparcie_desktop.services.schools import SchoolData

# key, RSPO, REGON, type, name, street, building, city, director, pupils, teachers (etaty), notes
SCHOOLS = [
    ("sp_zalesie", "21458", "711652301", "szkola_podstawowa", "Szkoła Podstawowa im. Marii Konopnickiej w Zalesiu",
     "ul. Szkolna", "4", "Zalesie", "Joanna Król", 312, "28.45",
     "Szkoła w siedzibie gminy; oddziały przedszkolne dla sześciolatków, stołówka, hala sportowa z 2019 r."),
    ("sp_borowina", "21463", "711652318", "szkola_podstawowa", "Szkoła Podstawowa w Borowinie",
     "", "27", "Borowina", "Krzysztof Mazur", 96, "12.50", "Klasy łączone I–III."),
    ("sp_debowa_wola", "21471", "711652471", "szkola_podstawowa",
     "Szkoła Podstawowa im. Jana Pawła II w Dębowej Woli", "ul. Kościelna", "2", "Dębowa Wola", "Anna Pietrzak",
     148, "15.78", ""),
    ("sp_kamienna_gorka", "21475", "711652620", "szkola_podstawowa", "Szkoła Podstawowa w Kamiennej Górce",
     "", "3", "Kamienna Górka", "Elżbieta Kaczmarek", 58, "9.35",
     "Najmniejsza szkoła gminy; rada gminy rozważa przekształcenie w filię."),
    ("przedszkole_zalesie", "47862", "146507125", "przedszkole", "Przedszkole Samorządowe „Leśna Polana” w Zalesiu",
     "ul. Leśna", "9", "Zalesie", "Beata Sikora", 125, "11.00", "Pięć oddziałów, w tym jeden żłobkowy."),
    ("zsp_olszanka", "21467", "711652554", "zespol_szkol", "Zespół Szkolno-Przedszkolny w Olszance",
     "", "41", "Olszanka", "Marek Wójcik", 174, "19.27", "Szkoła podstawowa i przedszkole w jednym budynku."),
]  # fmt: skip
POSTAL_CODE = "07-140"
RSPO_TYPES = {"szkola_podstawowa": "Szkoła podstawowa", "przedszkole": "Przedszkole",
              "zespol_szkol": "Zespół szkół i placówek oświatowych"}  # fmt: skip


def seed(db: Database, demo: DemoJst) -> None:
    ids: dict[str, int] = {}
    for key, rspo, regon, kind, name, street, building, city, director, pupils, fte, notes in SCHOOLS:
        ids[key] = schools.save_school(db, demo.jst_id, SchoolData(
            name=name, school_type=kind, rspo=rspo, regon=regon, street=street, building_no=building,
            postal_code=POSTAL_CODE, city=city, director=director, pupils=pupils, teachers_fte=Decimal(fte),
            is_public=True, notes=notes,
        )).id  # fmt: skip
    demo.extra["school_ids"] = ids


def rspo_rows() -> list[dict[str, str]]:
    """The demo schools as the registry export lists them (for rehearsing the import)."""
    rows = []
    for _key, rspo, regon, kind, name, street, building, city, director, pupils, _fte, _notes in SCHOOLS:
        rows.append(school_row(**{
            "Numer RSPO": rspo, "REGON": regon, "Typ": RSPO_TYPES[kind], "Nazwa": name,
            "Kod terytorialny województwo": "14", "Kod terytorialny powiat": "1434",
            "Kod terytorialny gmina": "1434052",
            "Województwo": "MAZOWIECKIE", "Powiat": "węgrowski", "Gmina": "Zalesie", "Miejscowość": city,
            "Rodzaj miejscowości": "wieś", "Ulica": street, "Numer budynku": building, "Kod pocztowy": POSTAL_CODE,
            "Poczta": "Zalesie", "Telefon": "256402210", "Publiczność status": "publiczna",
            "Imię i nazwisko dyrektora": director, "Typ organu prowadzącego": "Gmina",
            "Nazwa organu prowadzącego": "Gmina Zalesie", "Województwo organu prowadzącego": "MAZOWIECKIE",
            "Powiat organu prowadzącego": "węgrowski", "Gmina organu prowadzącego": "Zalesie",
            "Liczba uczniów": str(pupils), "Data założenia": "1999-09-01",
        }))  # fmt: skip
    return rows
