"""The demo gmina's school support, its co-operation network and its teachers' development fund.

Two schools in process support: the school in Dębowa Wola finished a year with the ODN (2025/2026) and has its
evaluation report; the school in Borowina is in the middle of its year with the PPP, its RPW approved and half
of it done. The gmina declared four schools for the current process, so the overview shows two still missing
(the school in Dębowa Wola was supported before the process). One network of early-years teachers with 12
members and 5 meetings, two of them held. The fund for 2026 (planned per school, with the unions' opinion and
an allocation tied to the HDR's training of directors) and for 2027 (one sum, not yet consulted).
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from wsparcie_desktop.db.database import Database
from wsparcie_desktop.demo import DemoJst
from wsparcie_desktop.services import fund, networks, rpw, school_support
from wsparcie_desktop.services.fund import AllocationData, FundYearData
from wsparcie_desktop.services.networks import MeetingData, MemberData, NetworkData
from wsparcie_desktop.services.rpw import RpwItemData
from wsparcie_desktop.services.school_support import StepData, SupportData

D = dt.date
ODN = "Ośrodek Doskonalenia Nauczycieli w Siedlcach"
PPP = "Poradnia Psychologiczno-Pedagogiczna w Węgrowie"

FINISHED = SupportData(
    provider_code="ODN", provider_name=ODN, area="Ocenianie kształtujące i informacja zwrotna dla uczniów",
    starts_on=D(2025, 9, 1), ends_on=D(2026, 6, 19), status="finished", cost=Decimal("8400.00"),
    initial_talk_on=D(2025, 6, 12),
    initial_talk_notes="Dyrektor zgłosiła potrzebę pracy nad ocenianiem; ustalono warsztat diagnostyczny na 1 września "
                       "i udział całej rady pedagogicznej.",
    initial_diagnosis="Obszar: ocenianie kształtujące. Rada wybrała go w głosowaniu po warsztacie diagnostycznym.",
    diagnosis="Przyczyny: ocenianie sumujące dominuje w klasach IV–VIII, brak wspólnych kryteriów sukcesu. Mocne "
              "strony: zespoły przedmiotowe, otwartość na obserwacje. Słabe strony: mało informacji zwrotnej.",
    source_external_evaluation="Ewaluacja zewnętrzna z 2023 r.: wymaganie „Uczniowie nabywają wiadomości i "
                               "umiejętności” na poziomie C.",
    source_internal_evaluation="Ewaluacja wewnętrzna 2024/2025: 41 % uczniów wie, czego ma się nauczyć na lekcji.",
    source_exams="Egzamin ósmoklasisty 2025: matematyka 44 % (gmina 49 %), język polski 58 %.",
    rpw_diagnosis="Nauczyciele rzadko podają cele lekcji i kryteria sukcesu; uczniowie nie znają sposobu oceniania.",
    rpw_goals="Nauczyciele stosują elementy oceniania kształtującego na co najmniej połowie lekcji.",
    rpw_indicators="Odsetek obserwowanych lekcji z celem i kryteriami sukcesu: z 30 % do 70 %.",
    evaluation_workshop="Warsztat ewaluacyjny z radą pedagogiczną 15 czerwca 2026 r. (ODN, 3 godziny).",
    evaluation_documents="Arkusze obserwacji lekcji, protokoły zespołów przedmiotowych, plan nadzoru dyrektora.",
    evaluation_survey="Ankieta: 24 nauczycieli (92 %), 131 uczniów klas IV–VIII, 58 rodziców. 76 % uczniów wie, "
                      "czego ma się nauczyć (przed wspomaganiem 41 %).",
    conclusions="Cel osiągnięty: cele lekcji i kryteria sukcesu pojawiają się na 72 % obserwowanych lekcji. "
                "Obserwacje koleżeńskie stały się stałą praktyką zespołów.",
    recommendations="Kontynuować obserwacje koleżeńskie w roku 2026/2027; objąć wspomaganiem informację zwrotną w "
                    "klasach I–III; wyniki egzaminu ósmoklasisty 2027 porównać z 2025.",
    report_on=D(2026, 6, 26),
)  # fmt: skip
# The RPW's "warsztat" is a form added by revision 0005; the demo's plans keep to the forms every revision knows,
# because the migration tests copy the demo into stores at every earlier revision.
FINISHED_ITEMS = [
    ("Spotkanie diagnostyczne z radą pedagogiczną", "konsultacje", D(2025, 9, 1), D(2025, 9, 1), "trener ODN"),
    ("Szkolenie rady: cele lekcji i kryteria sukcesu", "szkolenie", D(2025, 10, 8), D(2025, 10, 8), "trener ODN"),
    ("Kurs online „Ocenianie kształtujące w praktyce”", "kurs_online", D(2025, 10, 13), D(2025, 12, 12), "ODN"),
    ("Obserwacje lekcji z informacją zwrotną eksperta", "obserwacja_lekcji", D(2026, 1, 12), D(2026, 3, 27),
     "ekspert ODN"),
    ("Obserwacje koleżeńskie w zespołach przedmiotowych", "obserwacja_kolezenska", D(2026, 2, 2), D(2026, 5, 29),
     "liderzy zespołów"),
    ("Spotkanie ewaluacyjne", "spotkanie_ewaluacyjne", D(2026, 6, 15), D(2026, 6, 15), "dyrektor i trener ODN"),
]  # fmt: skip

INDICATORS = {
    "Spotkanie diagnostyczne z radą pedagogiczną": "wybrany obszar i lista potrzeb",
    "Szkolenie rady: cele lekcji i kryteria sukcesu": "90 % rady na szkoleniu",
    "Kurs online „Ocenianie kształtujące w praktyce”": "co najmniej 15 ukończonych kursów",
    "Obserwacje lekcji z informacją zwrotną eksperta": "20 lekcji z informacją zwrotną",
    "Obserwacje koleżeńskie w zespołach przedmiotowych": "każdy nauczyciel: 2 obserwacje",
    "Spotkanie ewaluacyjne": "wnioski zapisane w raporcie",
    "Szkolenie: metody pracy w klasach łączonych": "wszyscy nauczyciele klas I–III",
    "Konsultacje indywidualne dla nauczycieli": "co najmniej 12 konsultacji",
    "Indywidualne zadania rozwojowe nauczycieli": "zadanie i jego opis u każdego nauczyciela",
    "Wizyta studyjna w szkole z klasami łączonymi": "notatka z wnioskami dla rady",
}

RUNNING = SupportData(
    provider_code="PPP", provider_name=PPP, area="Praca w klasach łączonych i z uczniem ze specjalnymi potrzebami",
    starts_on=D(2026, 10, 1), ends_on=D(2027, 6, 18), status="activities", cost=Decimal("9000.00"),
    initial_talk_on=D(2026, 9, 10),
    initial_talk_notes="Rozmowa z dyrektorem i wicedyrektorem; uzgodniono harmonogram diagnozy i udział PPP.",
    initial_diagnosis="Obszar: organizacja pracy w klasach łączonych I–III.",
    diagnosis="Przyczyny: brak materiałów do pracy z dwoma rocznikami naraz, mało czasu na indywidualizację. Mocne "
              "strony: małe klasy, dobra współpraca z rodzicami.",
    source_external_evaluation="Brak ewaluacji zewnętrznej w ostatnich 5 latach.",
    source_internal_evaluation="Ewaluacja wewnętrzna 2025/2026: indywidualizacja pracy na lekcji.",
    source_exams="Egzamin ósmoklasisty 2026: 9 zdających — średnie wyniki szkoły nie są publikowane.",
    rpw_diagnosis="Nauczyciele klas łączonych potrzebują metod pracy z dwoma rocznikami i wsparcia w pracy z uczniami "
                  "ze specjalnymi potrzebami edukacyjnymi.",
    rpw_goals="Każdy nauczyciel klas łączonych stosuje co najmniej dwie metody pracy zróżnicowanej.",
    rpw_indicators="Liczba lekcji z pracą zróżnicowaną w arkuszach obserwacji; opinia rodziców w ankiecie.",
)  # fmt: skip
RUNNING_ITEMS = [
    ("Spotkanie diagnostyczne z radą pedagogiczną", "konsultacje", D(2026, 10, 2), D(2026, 10, 2), "psycholog PPP", True),
    ("Szkolenie: metody pracy w klasach łączonych", "szkolenie", D(2026, 10, 21), D(2026, 10, 21), "PPP", True),
    ("Konsultacje indywidualne dla nauczycieli", "konsultacje", D(2026, 11, 3), D(2027, 3, 31), "pedagog PPP", False),
    ("Indywidualne zadania rozwojowe nauczycieli", "zadanie_indywidualne", D(2026, 11, 16), D(2027, 4, 30),
     "nauczyciele", False),
    ("Wizyta studyjna w szkole z klasami łączonymi", "wizyta_studyjna", D(2027, 3, 10), D(2027, 3, 10), "dyrektor",
     False),
    ("Spotkanie ewaluacyjne", "spotkanie_ewaluacyjne", D(2027, 6, 9), D(2027, 6, 9), "dyrektor i PPP", False),
]  # fmt: skip

MEMBERS = [
    ("Agnieszka Zając", "sp_borowina"), ("Barbara Michalska", "sp_borowina"), ("Dorota Lewandowska", "sp_borowina"),
    ("Ewa Jabłońska", "sp_debowa_wola"), ("Grażyna Sowa", "sp_debowa_wola"), ("Halina Nowicka", "sp_kamienna_gorka"),
    ("Irena Kowalewska", "sp_kamienna_gorka"), ("Joanna Dąbrowska", "zsp_olszanka"), ("Katarzyna Wilk", "zsp_olszanka"),
    ("Lucyna Grabowska", "zsp_olszanka"), ("Magdalena Pawlak", "SP w Liwie (gmina Liw)"),
    ("Natalia Szymańska", "SP nr 2 w Węgrowie"),
]  # fmt: skip
MEETINGS = [
    (D(2026, 10, 8), "Diagnoza potrzeb i cele sieci", "Małgorzata Wrona (PPP)", "warsztat", True),
    (D(2026, 11, 19), "Scenariusze zajęć w klasach łączonych — wymiana doświadczeń", "", "wymiana_doswiadczen", True),
    (D(2027, 1, 21), "Wzajemne obserwacje lekcji", "", "obserwacja_lekcji", False),
    (D(2027, 3, 18), "Uczeń ze specjalnymi potrzebami w klasie łączonej", "dr Piotr Zieliński (APS)", "wyklad", False),
    (D(2027, 5, 20), "Podsumowanie roku i wspólny zbiór scenariuszy", "", "rozwiazywanie_problemow", False),
]  # fmt: skip
ABSENT = {0: {"Natalia Szymańska"}, 1: {"Grażyna Sowa", "Irena Kowalewska", "Magdalena Pawlak"}}

# per school, the planned yearly personal salaries of teachers for 2026
SALARIES_2026 = {
    "sp_zalesie": "2 934 600,00", "sp_borowina": "1 276 250,00", "sp_debowa_wola": "1 611 820,00",
    "sp_kamienna_gorka": "954 310,00", "przedszkole_zalesie": "1 048 900,00", "zsp_olszanka": "1 967 480,00",
}  # fmt: skip


def _support(db: Database, demo: DemoJst, school: int, data: SupportData, items: list, approved: tuple,
             process_id: int | None, done_steps: int) -> int:  # fmt: skip
    data.school_id, data.process_id = school, process_id
    support_id = school_support.save_support(db, demo.jst_id, data).id
    for name, form, start, end, who, *_ in items:
        rpw.save_item(db, support_id, RpwItemData(name, form, start, end, who, indicator=INDICATORS.get(name, "")))
    rpw.approve_rpw(db, support_id, *approved)
    for item, spec in zip(rpw.list_items(db, support_id), items, strict=True):
        if len(spec) < 6 or spec[5]:
            rpw.mark_done(db, item.id)
    steps = school_support.get_support(db, support_id).steps
    bounds = _step_dates(data.starts_on, data.ends_on)
    for step, (start, end) in zip(steps, bounds, strict=True):
        state = "done" if step.number <= done_steps else ("in_progress" if step.number == done_steps + 1 else "planned")
        school_support.save_step(db, support_id, StepData(step.number, start, end, state, version=step.version))
    return support_id


def _step_dates(start: dt.date, end: dt.date) -> list[tuple[dt.date, dt.date]]:
    """The four steps: a month of diagnosis, two weeks of agreeing, the activities, the last three weeks' evaluation."""
    diagnosis_end = start + dt.timedelta(days=30)
    agreed = diagnosis_end + dt.timedelta(days=14)
    evaluation = end - dt.timedelta(days=20)
    return [(start, diagnosis_end), (diagnosis_end + dt.timedelta(days=1), agreed),
            (agreed + dt.timedelta(days=1), evaluation - dt.timedelta(days=1)), (evaluation, end)]  # fmt: skip


def seed(db: Database, demo: DemoJst) -> None:
    schools = demo.extra.get("school_ids") or {}
    if not isinstance(schools, dict) or "sp_debowa_wola" not in schools:
        return
    finished = _support(db, demo, schools["sp_debowa_wola"], FINISHED, FINISHED_ITEMS,
                        ("Anna Pietrzak, dyrektor szkoły", D(2025, 9, 26)), None, 4)  # fmt: skip
    running = _support(db, demo, schools["sp_borowina"], RUNNING, RUNNING_ITEMS,
                       ("Krzysztof Mazur, dyrektor szkoły", D(2026, 10, 16)), demo.process_id, 2)  # fmt: skip
    if demo.process_id is not None:
        school_support.set_declared_schools(db, demo.process_id, 4)

    network_id = networks.save_network(db, demo.jst_id, NetworkData(
        name="Sieć współpracy i samokształcenia nauczycieli edukacji wczesnoszkolnej", provider_code="PPP",
        provider_name=PPP, coordinator="Małgorzata Wrona", school_year="2026/2027",
        needs_diagnosis="Ankieta wśród nauczycieli klas I–III czterech szkół (wrzesień 2026): najczęstsza potrzeba — "
                        "praca w klasach łączonych i z uczniem ze specjalnymi potrzebami.",
        goals="Wspólny zbiór scenariuszy zajęć w klasach łączonych; wzajemne obserwacje lekcji; wymiana doświadczeń "
              "w pracy z uczniem ze specjalnymi potrzebami edukacyjnymi.",
        conclusions="Po dwóch spotkaniach: uczestnicy wymienili 14 scenariuszy; frekwencja wysoka.",
    )).id  # fmt: skip
    for name, where in MEMBERS:
        school_id = schools.get(where)
        networks.save_member(db, network_id, MemberData(name, school_id, "" if school_id else where, D(2026, 10, 1)))
    members = {m.full_name: m.id for m in networks.list_members(db, network_id)}
    for number, (day, topic, expert, form, held) in enumerate(MEETINGS):
        attendees = [i for name, i in members.items() if name not in ABSENT.get(number, set())] if held else []
        networks.save_meeting(db, network_id, MeetingData(day, topic, expert, form, held, attendee_ids=attendees))

    year_2026 = fund.save_year(db, demo.jst_id, FundYearData(
        2026, per_school=True, school_salaries={schools[k]: v for k, v in SALARIES_2026.items() if k in schools},
        unions_consulted_on=D(2026, 2, 12),
        unions="Zarząd Oddziału ZNP w Zalesiu; Międzyzakładowa Komisja NSZZ „Solidarność” Pracowników Oświaty",
        union_opinion="Opinia pozytywna. Związki wnoszą o pierwszeństwo dla szkoleń rad pedagogicznych w małych "
                      "szkołach i o sfinansowanie studiów podyplomowych z edukacji włączającej.",
    )).id  # fmt: skip
    activities = demo.extra.get("hdr_activity_ids") or {}
    for category, purpose, amount, links in (
        ("support", "Procesowe wspomaganie SP w Borowinie (PPP), część 2026", "3 400,00",
         {"support_id": running, "provider_code": "PPP", "school_id": schools["sp_borowina"]}),
        ("support", "Procesowe wspomaganie SP w Dębowej Woli (ODN), rozliczenie 2026", "4 200,00",
         {"support_id": finished, "provider_code": "ODN", "school_id": schools["sp_debowa_wola"]}),
        ("network", "Sieć nauczycieli edukacji wczesnoszkolnej (PPP), część 2026", "1 600,00",
         {"network_id": network_id, "provider_code": "PPP"}),
        ("courses", "Szkolenie dyrektorów: planowanie wspomagania (HDR)", "3 200,00",
         {"hdr_activity_id": activities.get("szkolenie_dyrektorow"), "provider_code": "ODN"}),
        ("courses", "Warsztat dyrektorów: zasady planowania doskonalenia (HDR)", "2 400,00",
         {"hdr_activity_id": activities.get("porozumienie"), "provider_code": "ODN"}),
        ("courses", "Szkolenia rad pedagogicznych według planów doskonalenia szkół", "26 000,00", {}),
        ("studies", "Dofinansowanie studiów podyplomowych (edukacja włączająca, 6 osób)", "21 000,00", {}),
        ("conferences", "Konferencje metodyczne i przedmiotowe", "4 500,00", {}),
        ("other", "Materiały szkoleniowe i koszty dojazdu na szkolenia", "2 100,00", {}),
    ):  # fmt: skip
        fund.save_allocation(db, year_2026, AllocationData(category, purpose, amount, **links))

    year_2027 = fund.save_year(db, demo.jst_id, FundYearData(2027, planned_salaries="10 052 300,00")).id
    for category, purpose, amount, links in (
        ("support", "Procesowe wspomaganie SP w Borowinie (PPP), część 2027", "5 600,00",
         {"support_id": running, "provider_code": "PPP", "school_id": schools["sp_borowina"]}),
        ("network", "Sieć nauczycieli edukacji wczesnoszkolnej (PPP), część 2027", "2 900,00",
         {"network_id": network_id, "provider_code": "PPP"}),
        ("courses", "Ewaluacja efektów wspomagania (HDR)", "1 800,00", {"hdr_activity_id": activities.get("ewaluacja")}),
        ("courses", "Szkolenia rad pedagogicznych", "30 000,00", {}),
    ):  # fmt: skip
        fund.save_allocation(db, year_2027, AllocationData(category, purpose, amount, **links))
    demo.extra["support_ids"] = {"finished": finished, "running": running}
    demo.extra["network_id"] = network_id
    demo.extra["fund_year_ids"] = {2026: year_2026, 2027: year_2027}
