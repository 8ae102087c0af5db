"""The demo gmina's stage 3: half a year of carrying out the HDR (September 2026 to February 2027).

Five activities done (one a week late), five in progress, the gmina's order on the development fund delayed
(waiting for the unions' opinion), the study visit cancelled with its reason; three indicators measured; the
report to ORE (opis dobrej praktyki) started with its first two sections; the team's first conclusions. It
relies on the HDR step (``demo.extra["hdr_activity_ids"]``) and does nothing without it.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from wsparcie_desktop.db.database import Database
from wsparcie_desktop.demo import DemoJst
from wsparcie_desktop.services import hdr_monitoring, hdr_progress, measurements, ore_report
from wsparcie_desktop.services.hdr_progress import ProgressData
from wsparcie_desktop.services.measurements import MeasurementData

D = dt.date
# As of this day the demo's implementation is told (the monitoring report's date in the demo).
AS_OF = D(2027, 2, 26)

# activity key, status, reason, actual start, actual end, spent, source (None: the planned one), result
PROGRESS = [
    ("diagnoza", "done", "", D(2026, 9, 7), D(2026, 10, 23), None, None,
     "Raport z diagnozy potrzeb sześciu szkół i przedszkola omówiony z dyrektorami 23 października."),
    ("porozumienie", "done", "", D(2026, 10, 19), D(2026, 10, 20), "2350", None,
     "Dyrektorzy przyjęli wspólne zasady planowania doskonalenia (notatka z warsztatu)."),
    ("zarzadzenie", "delayed", "Projekt zarządzenia czeka na opinię związków zawodowych nauczycieli.",
     D(2026, 10, 26), None, None, None, ""),
    ("plan_finansowy", "done", "", D(2026, 11, 2), D(2026, 11, 13), None, None,
     "W projekcie budżetu na 2027 r. zapisano 38 000 zł na wspomaganie szkół i sieci."),
    ("szkolenie_dyrektorow", "done", "", D(2026, 11, 16), D(2026, 11, 17), "3200", None,
     "Sześciu dyrektorów przygotowało projekty rocznych planów wspomagania."),
    ("wspomaganie_ppp", "in_progress", "", D(2026, 11, 23), None, "7500", None, ""),
    ("wspomaganie_odn", "in_progress", "", D(2026, 11, 30), None, "9000", None, ""),
    ("siec", "in_progress", "", D(2026, 10, 5), None, "1800", None, ""),
    ("superwizja", "in_progress", "", D(2027, 1, 11), None, "1200", None, ""),
    ("rejestr", "in_progress", "", D(2027, 1, 4), None, "1500", None, ""),
    ("wizyta", "cancelled", "Gmina goszcząca przełożyła wizytę na jesień 2027 r.; środki przesunięto na superwizję "
     "dyrektorów.", None, None, None, None, ""),
    ("warsztat_przedszkole", "done", "", D(2027, 2, 8), D(2027, 2, 12), "2050", None,
     "Nauczycielki przedszkola stosują arkusz obserwacji dziecka w trzech grupach."),
]  # fmt: skip

# indicator index (stage 2 order), date, value, source, who measured, note
MEASUREMENTS = [
    (0, D(2026, 10, 30), "2", "plany wspomagania przekazane do urzędu", "inspektor ds. oświaty", ""),
    (0, D(2027, 1, 29), "4", "plany wspomagania przekazane do urzędu", "inspektor ds. oświaty",
     "Brakuje planów przedszkola i SP w Dębowej Woli."),
    (1, D(2026, 12, 18), "24", "ankieta śródroczna dla nauczycieli", "dyrektorzy szkół z inspektorem", ""),
    (1, D(2027, 2, 19), "31", "ankieta śródroczna dla nauczycieli", "dyrektorzy szkół z inspektorem",
     "29 z 94 nauczycieli."),
    (2, D(2026, 11, 27), "1", "listy obecności sieci", "koordynator sieci z PPP", ""),
    (2, D(2027, 1, 22), "2", "listy obecności sieci", "koordynator sieci z PPP", ""),
    (2, D(2027, 2, 19), "3", "listy obecności sieci", "koordynator sieci z PPP", ""),
]  # fmt: skip

DIAGNOSIS_REPORT = (
    "Diagnoza potrzeb doskonalenia nauczycieli - Gmina Zalesie, październik 2026\n"
    "Ankiety: 88 z 94 nauczycieli. Najczęstsze potrzeby: ocenianie kształtujące (41), klasy łączone (33), "
    "uczniowie ze SPE (29).\n"
).encode()

CONCLUSIONS = (
    "Po pół roku zrealizowano pięć działań, w tym diagnozę potrzeb, na której opiera się dalsze wspomaganie. "
    "Procesowe wspomaganie czterech szkół i sieć współpracy idą zgodnie z planem; odsetek nauczycieli we "
    "wspomaganiu wzrósł z 12% do 31%. Opóźnia się zarządzenie o podziale funduszu doskonalenia."
)
RECOMMENDATIONS = (
    "Uzyskać opinię związków zawodowych do 15 marca 2027 r. i wydać zarządzenie przed kwietniowym podziałem "
    "środków. Zaplanować wizytę studyjną na październik 2027 r. Zmierzyć wykorzystanie funduszu doskonalenia "
    "po pierwszym kwartale."
)


def seed(db: Database, demo: DemoJst) -> None:
    ids = demo.extra.get("hdr_activity_ids")
    if not ids or demo.process_id is None:
        return
    for key, status, reason, start, end, spent, source, result in PROGRESS:
        if key not in ids:
            continue
        hdr_progress.save_progress(db, ProgressData(
            ids[key], status, reason, start, end, Decimal(spent) if spent else None, source, result,
        ), today=AS_OF)  # fmt: skip
    hdr_progress.add_activity_attachment(db, ids["diagnoza"], "raport-z-diagnozy-potrzeb.txt", DIAGNOSIS_REPORT,
                                         "Podsumowanie ankiet")  # fmt: skip
    indicator_ids = list(demo.extra.get("indicator_ids") or [])
    for index, on, value, source, who, note in MEASUREMENTS:
        if index < len(indicator_ids):
            measurements.save_measurement(db, MeasurementData(indicator_ids[index], on, Decimal(value), source, who,
                                                              note), today=AS_OF)  # fmt: skip
    report = ore_report.get_report(db, demo.process_id, AS_OF)
    for section in report.sections[:2]:
        ore_report.save_section(db, demo.process_id, section.spec.key, section.text + (
            "\n\nGmina Zalesie to gmina wiejska w powiecie węgrowskim: pięć szkół podstawowych, zespół szkolno-"
            "przedszkolny i przedszkole, 94 nauczycieli." if section.spec.key == "kontekst" else ""))  # fmt: skip
    ore_report.set_report_state(db, demo.process_id, "draft",
                                title="Wspólne planowanie doskonalenia nauczycieli w gminie wiejskiej")  # fmt: skip
    hdr_monitoring.save_notes(db, demo.process_id, hdr_monitoring.MonitoringNotes(CONCLUSIONS, RECOMMENDATIONS))
    demo.extra["stage3_as_of"] = AS_OF
