"""The demo gmina's stage 3: the first three months of carrying out the HDR (September to November 2026).

Told as of 30 November 2026, the last day before the demo's "today" (the meetings' demo holds every meeting up
to 1 December 2026 and none after), so no actual date and no measurement lies in the future of the demo: four
activities done (the diagnosis a week late), four in progress, the gmina's order on the development fund
delayed (waiting for the unions' opinion), the study visit of March 2027 cancelled in advance with its reason,
the rest still planned; three indicators measured; the report to ORE (opis dobrej praktyki) started with its
first two sections; the team's first conclusions. It relies on the HDR step (``demo.extra["hdr_activity_ids"]``)
and does nothing without it.
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
# As of this day the demo's implementation is told (the monitoring report's date in the demo); every actual
# date and measurement below is on or before it.
AS_OF = D(2026, 11, 30)

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
    ("wspomaganie_ppp", "in_progress", "", D(2026, 11, 23), None, "1500", None, ""),
    ("wspomaganie_odn", "in_progress", "", D(2026, 11, 30), None, None, None, ""),
    ("siec", "in_progress", "", D(2026, 10, 5), None, "900", None, ""),
    ("wizyta", "cancelled", "Gmina goszcząca przełożyła wizytę na jesień 2027 r.; środki przesunięto na superwizję "
     "dyrektorów.", None, None, None, None, ""),
]  # fmt: skip

# indicator index (stage 2 order), date, value, source, who measured, note
MEASUREMENTS = [
    (0, D(2026, 10, 30), "2", "plany wspomagania przekazane do urzędu", "inspektor ds. oświaty", ""),
    (0, D(2026, 11, 27), "3", "plany wspomagania przekazane do urzędu", "inspektor ds. oświaty",
     "Brakuje planów przedszkola, ZSP w Olszance i SP w Dębowej Woli."),
    (1, D(2026, 11, 13), "24", "ankieta jesienna dla nauczycieli", "dyrektorzy szkół z inspektorem",
     "23 z 94 nauczycieli."),
    (2, D(2026, 10, 23), "1", "listy obecności sieci", "koordynator sieci z PPP", ""),
    (2, D(2026, 11, 27), "2", "listy obecności sieci", "koordynator sieci z PPP", ""),
]  # fmt: skip

DIAGNOSIS_REPORT = (
    "Diagnoza potrzeb doskonalenia nauczycieli - Gmina Zalesie, październik 2026\n"
    "Ankiety: 88 z 94 nauczycieli. Najczęstsze potrzeby: ocenianie kształtujące (41), klasy łączone (33), "
    "uczniowie ze SPE (29).\n"
).encode()

CONCLUSIONS = (
    "Po trzech miesiącach zrealizowano cztery działania, w tym diagnozę potrzeb (tydzień po terminie), na której "
    "opiera się dalsze wspomaganie. Procesowe wspomaganie szkół ruszyło w listopadzie, sieć współpracy spotkała "
    "się dwa razy; odsetek nauczycieli we wspomaganiu wzrósł z 12% do 24%. Opóźnia się zarządzenie o podziale "
    "funduszu doskonalenia."
)
RECOMMENDATIONS = (
    "Uzyskać opinię związków zawodowych do 15 stycznia 2027 r. i wydać zarządzenie przed podziałem środków na "
    "2027 r. Zaplanować wizytę studyjną na październik 2027 r. Zmierzyć wykorzystanie funduszu doskonalenia po "
    "pierwszym kwartale 2027 r."
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
