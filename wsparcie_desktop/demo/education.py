"""The demo gmina's annual report on education: two school years of figures, the E8 results of its primary schools
(loaded through the CKE importer from a file in the published layout), the comparison figures with their source,
the kurator's supervision, and the report for 2025/2026 written out (2024/2025's narratives were its start)."""

from __future__ import annotations

import random
import tempfile
from decimal import Decimal
from pathlib import Path

from wsparcie_desktop.db.database import Database
from wsparcie_desktop.demo import DemoJst
from wsparcie_desktop.importers.cke_sample import SampleSchool, national_schools, write_cke_xlsx
from wsparcie_desktop.services import education_data, education_report, exam_results
from wsparcie_desktop.services.education_data import JstYearData, SupervisionData

YEARS = ("2024/2025", "2025/2026")
# key -> per year: pupils, classes, teachers, beginning, appointed, chartered, posts, special needs
FIGURES = {
    "sp_zalesie": ((318, 16, 34, 5, 9, 18, "28.90", 7), (312, 16, 33, 4, 9, 19, "28.45", 8)),
    "sp_borowina": ((101, 8, 15, 2, 4, 8, "12.80", 2), (96, 8, 14, 2, 3, 8, "12.50", 3)),
    "sp_debowa_wola": ((152, 8, 18, 3, 5, 9, "15.90", 4), (148, 8, 18, 2, 6, 9, "15.78", 4)),
    "sp_kamienna_gorka": ((63, 8, 12, 2, 3, 6, "9.60", 1), (58, 8, 11, 1, 3, 6, "9.35", 1)),
    "przedszkole_zalesie": ((128, 5, 12, 3, 4, 5, "11.00", 3), (125, 5, 12, 3, 3, 6, "11.00", 3)),
    "zsp_olszanka": ((179, 10, 22, 4, 6, 11, "19.40", 5), (174, 10, 21, 3, 6, 11, "19.27", 6)),
}
RSPO = {"sp_zalesie": 21458, "sp_borowina": 21463, "sp_debowa_wola": 21471, "sp_kamienna_gorka": 21475,
        "zsp_olszanka": 21467}  # fmt: skip
FINANCES = {
    "2024/2025": ("14820350.00", "1250000.00", "9870420.00", 214, "486300.00"),
    "2025/2026": ("15640900.00", "2380000.00", "10312800.00", 205, "502150.00"),
}
E8_TAKERS = {"sp_zalesie": 36, "sp_borowina": 11, "sp_debowa_wola": 17, "sp_kamienna_gorka": 4, "zsp_olszanka": 20}
COMPARISON = {  # year -> subject -> (powiat, województwo, kraj)
    2025: {"język polski": ("60.9", "64.2", "62.0"), "matematyka": ("48.7", "54.9", "53.0"),
           "język angielski": ("61.3", "70.8", "68.0")},
    2026: {"język polski": ("61.5", "63.8", "61.0"), "matematyka": ("47.9", "53.6", "51.0"),
           "język angielski": ("62.8", "71.4", "69.0")},
}  # fmt: skip
SUPERVISION = [
    ("2024/2025", "sp_zalesie", "ewaluacja", "Ewaluacja zewnętrzna: „Szkoła lub placówka realizuje koncepcję pracy”",
     "Wymaganie spełnione; zalecenie: rozwijać współpracę z rodzicami przy planowaniu pracy."),
    ("2024/2025", "sp_kamienna_gorka", "kontrola", "Kontrola doraźna: organizacja zajęć rewalidacyjnych",
     "Bez zaleceń."),
    ("2025/2026", "sp_borowina", "kontrola", "Kontrola planowa: prawidłowość organizacji kształcenia specjalnego",
     "Jedno zalecenie: uzupełnić wielospecjalistyczne oceny poziomu funkcjonowania uczniów (wykonane w marcu)."),
    ("2025/2026", "zsp_olszanka", "ewaluacja", "Ewaluacja zewnętrzna: „Procesy edukacyjne są zorganizowane w sposób "
     "sprzyjający uczeniu się”", "Wymaganie spełnione."),
    ("2025/2026", "sp_zalesie", "monitorowanie", "Monitorowanie: bezpieczeństwo uczniów w czasie przerw",
     "Wnioski przekazano dyrektorowi; bez zaleceń."),
]  # fmt: skip
NARRATIVES = {
    "network": "Gmina Zalesie prowadzi cztery szkoły podstawowe, zespół szkolno-przedszkolny i przedszkole. Sieć "
               "szkół nie zmieniła się w roku szkolnym {year}; rada gminy rozważa przekształcenie najmniejszej szkoły "
               "w Kamiennej Górce w filię Szkoły Podstawowej w Zalesiu.",
    "pupils": "Liczba uczniów maleje powoli, o kilka procent rocznie, zgodnie z prognozą demograficzną gminy. "
              "Najwięcej uczniów ubyło w szkołach wiejskich; szkoła w Zalesiu zachowuje po dwa oddziały na poziomie.",
    "teachers": "Kadra jest stabilna: ponad połowę nauczycieli stanowią nauczyciele dyplomowani. W roku szkolnym "
                "{year} troje nauczycieli uzyskało stopień nauczyciela mianowanego.",
    "exams": "Wyniki egzaminu ósmoklasisty z języka polskiego są zbliżone do średniej powiatu, a z matematyki i języka "
             "angielskiego niższe od średniej województwa i kraju. Uczniowie ze specjalnymi potrzebami edukacyjnymi "
             "pisali egzamin w warunkach dostosowanych do ich potrzeb; w każdej szkole prowadzono zajęcia "
             "dydaktyczno-wyrównawcze z matematyki.",
    "supervision": "Kurator oświaty przekazał wyniki nadzoru pedagogicznego w szkołach gminy; zalecenia zostały "
                   "wykonane w terminie.",
    "transport": "Gmina zapewnia bezpłatny dowóz uczniom, których droga do szkoły przekracza odległości określone "
                 "w art. 39 Prawa oświatowego. Dowóz realizuje przewoźnik wyłoniony w przetargu, z opiekunami.",
    "finances": "Wydatki na oświatę są największą pozycją budżetu gminy. Środki z budżetu państwa nie pokrywają "
                "wydatków bieżących szkół; różnicę gmina finansuje z dochodów własnych.",
    "development": "Nauczyciele korzystali z doradztwa metodycznego i szkoleń rad pedagogicznych; gmina realizuje "
                   "harmonogram działań rozwojowych w ramach wsparcia ORE.",
    "conclusions": "1. Kontynuować zajęcia wyrównawcze z matematyki we wszystkich szkołach.\n\n2. Przygotować analizę "
                   "kosztów i skutków przekształcenia szkoły w Kamiennej Górce.\n\n3. Rozwijać współpracę z poradnią "
                   "psychologiczno-pedagogiczną we wspieraniu uczniów ze specjalnymi potrzebami edukacyjnymi.",
}  # fmt: skip


def seed(db: Database, demo: DemoJst) -> None:
    ids: dict[str, int] = demo.extra["school_ids"]  # type: ignore[assignment]
    for index, year in enumerate(YEARS):
        rows = []
        for row in education_data.school_year_rows(db, demo.jst_id, year):
            key = next(k for k, v in ids.items() if v == row.school_id)
            pupils, classes, teachers, beginning, appointed, chartered, posts, needs = FIGURES[key][index]
            row.pupils, row.classes, row.teachers = pupils, classes, teachers
            row.beginning, row.appointed, row.chartered = beginning, appointed, chartered
            row.posts, row.special_needs = Decimal(posts), needs
            rows.append(row)
        education_data.save_school_year_rows(db, demo.jst_id, year, rows)
        current, capital, funding, transported, cost = FINANCES[year]
        education_data.save_jst_year(db, demo.jst_id, JstYearData(
            year, None, Decimal(current), Decimal(capital), Decimal(funding), transported, Decimal(cost)))  # fmt: skip
    for year, key, kind, subject, result in SUPERVISION:
        education_data.save_supervision(db, demo.jst_id, SupervisionData(ids[key], year, subject, kind, result))
    for exam_year in (2025, 2026):
        _exam_results(db, demo, exam_year)
    for year in YEARS:
        for key, text in NARRATIVES.items():
            education_report.save_section(db, demo.jst_id, year, key, text.format(year=year))


def _exam_results(db: Database, demo: DemoJst, year: int) -> None:
    rng = random.Random(year)
    schools = []
    for key, rspo in RSPO.items():
        takers = E8_TAKERS[key] + (year - 2025)
        results = {}
        for subject, base in (("język polski", 60), ("matematyka", 46), ("język angielski", 60)):
            if takers < 5:
                results[subject] = [takers, None, None, None, None]
                continue
            mean = round(base + rng.uniform(-6, 8), 1)
            results[subject] = [takers, mean, round(rng.uniform(14, 24), 1), round(mean + rng.uniform(-3, 3)),
                                round(mean + rng.uniform(-10, 10))]  # fmt: skip
        schools.append(SampleSchool(rspo, key, 1434052, city="Zalesie", results=results))
    # not "wsparcie-demo-": another program's start-up clean-up would take it for an abandoned demo folder
    with tempfile.TemporaryDirectory(prefix="wsparcie-cke-") as folder:
        path = write_cke_xlsx(Path(folder) / f"wyniki_e8_{year}.xlsx", national_schools(40, seed=year,
                              include=schools), year=year)  # fmt: skip
        preview = exam_results.preview_cke_import(db, demo.jst_id, path, "e8", year)
        exam_results.apply_cke_import(db, preview)
    source = f"CKE, wyniki egzaminu ósmoklasisty {year} (powiat węgrowski, województwo mazowieckie, kraj)"
    items = [exam_results.ComparisonData("e8", year, subject, level, Decimal(value), source)
             for subject, values in COMPARISON[year].items()
             for level, value in zip(("powiat", "wojewodztwo", "kraj"), values)]  # fmt: skip
    exam_results.save_comparisons(db, demo.jst_id, items)
