"""The demo gmina's stage 1: the process "Proces doradczy 2026", three filled-in sheets and the chosen area.

The answers are what a small rural gmina's wójt, education inspector and treasurer would plausibly say: the
budget is well kept (the treasurer rates it higher than the others), parents and residents take little part,
and nobody plans or supports teachers' professional development beyond paying the fund — area 8, which the
gmina can change itself and which the team chooses.
"""

from __future__ import annotations

import datetime as dt

from wsparcie_desktop.db.database import Database
from wsparcie_desktop.demo import DemoJst
from wsparcie_desktop.services import area_choice, processes
from wsparcie_desktop.services.processes import ProcessData

PROCESS_NAME = "Proces doradczy 2026"
STARTED_ON = dt.date(2026, 2, 2)
CHOSEN_ON = dt.date(2026, 2, 3)
CHOSEN_AREA = 8
JUSTIFICATION = (
    "Gmina co roku przekazuje szkołom środki na doskonalenie nauczycieli (art. 70a Karty Nauczyciela), ale nie "
    "wiąże ich z potrzebami szkół ani nie sprawdza efektów; nie korzystamy z procesowego wspomagania ani sieci "
    "współpracy. To obszar, który gmina może zmienić sama, we współpracy z dyrektorami, PPP w Węgrowie i "
    "placówką doskonalenia nauczycieli. Zespół zgodził się, że planowanie budżetowe, choć ważne, działa dziś "
    "dobrze — różnica ocen skarbnika i pozostałych osób zostanie omówiona przy planowaniu budżetu na 2027 r."
)

# Per respondent, per area: five statement ratings ("N" = nie wiem), importance 1–3, influence T/C/N.
SHEETS: dict[str, dict[int, tuple[str, int, str]]] = {
    "wojt": {
        1: ("22123", 2, "T"),
        2: ("23212", 2, "T"),
        3: ("33233", 2, "T"),
        4: ("32232", 3, "T"),
        5: ("2122N", 1, "C"),
        6: ("221N2", 2, "C"),
        7: ("33323", 2, "T"),
        8: ("12112", 3, "T"),
        9: ("22N12", 2, "C"),
        10: ("23222", 3, "C"),
        11: ("1212N", 1, "T"),
        12: ("32332", 2, "T"),
    },
    "inspektor": {
        1: ("21122", 3, "T"),
        2: ("22212", 2, "T"),
        3: ("23233", 2, "T"),
        4: ("22222", 2, "T"),
        5: ("21121", 1, "C"),
        6: ("21122", 2, "C"),
        7: ("33223", 2, "T"),
        8: ("11112", 3, "T"),
        9: ("21212", 2, "C"),
        10: ("22212", 3, "C"),
        11: ("11212", 2, "T"),
        12: ("33232", 2, "T"),
    },
    "skarbnik": {
        1: ("N2233", 2, "T"),
        2: ("NN232", 1, "C"),
        3: ("33333", 2, "T"),
        4: ("44344", 2, "T"),
        5: ("NN2N2", 1, "N"),
        6: ("N2NN2", 1, "C"),
        7: ("3N333", 2, "T"),
        8: ("NN211", 3, "T"),
        9: ("NNN2N", 1, "N"),
        10: ("2N322", 3, "C"),
        11: ("NNNNN", 1, "C"),
        12: ("43343", 3, "T"),
    },
}
INFLUENCE_KEYS = {"T": "yes", "C": "partly", "N": "no"}


def seed(db: Database, demo: DemoJst) -> None:
    advisors = [demo.people["doradca_rozwoj"], demo.people["doradca_samorzad"]]
    process_id = processes.save_process(db, demo.jst_id, ProcessData(PROCESS_NAME, STARTED_ON, advisors)).id
    demo.process_id = process_id
    areas = {a.number: a for a in area_choice.load_areas(db)}
    for key, sheet in SHEETS.items():
        respondent_id = area_choice.add_respondent(db, process_id, person_id=demo.people[key]).id
        for number, (ratings, importance, influence) in sheet.items():
            area = areas[number]
            for statement, mark in zip(area.statements, ratings):
                area_choice.set_answer(db, respondent_id, statement.id, None if mark == "N" else int(mark))
            area_choice.set_area_rating(db, respondent_id, area.id, importance=importance,
                                        influence=INFLUENCE_KEYS[influence])  # fmt: skip
    area_choice.choose_area(db, process_id, areas[CHOSEN_AREA].id, JUSTIFICATION, on=CHOSEN_ON)
    area_choice.save_wizard_place(db, process_id, area_choice.WizardPlace(page=4, picked_area_id=None))
