"""The demo gmina's stage 2 in area 8 (system wspomagania szkół – doskonalenie nauczycieli), completed.

Five data collection tasks from February and March 2026 (three done, one still open long after its date, one
dropped), the team that did the deep diagnosis, five statements with their evidence and targets, a tree of
twelve causes (two of them outside the gmina's influence: distances and the shortage of maths teachers),
three gaps, two priorities and three goals whose indicators the HDR step can use.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from sqlalchemy import select

from wsparcie_desktop.db.database import Database
from wsparcie_desktop.db.models import AdvisoryProcess, Area
from wsparcie_desktop.demo import DemoJst
from wsparcie_desktop.services import causes, data_tasks, diagnosis, gaps, goals, people, processes
from wsparcie_desktop.services.causes import CauseData
from wsparcie_desktop.services.data_tasks import DataTaskData
from wsparcie_desktop.services.diagnosis import CurrentStateData, ParticipantData, TargetStateData
from wsparcie_desktop.services.gaps import GapData
from wsparcie_desktop.services.goals import GoalData, IndicatorData

D = dt.date
AREA = 8

# key, what, source, collector (person key), due, status, findings, key figures
TASKS = [
    ("kadra", "Liczba nauczycieli, etaty i stopnie awansu zawodowego w szkołach gminy", "sio", "inspektor",
     D(2026, 2, 27), "done",
     "W sześciu szkołach i przedszkolu pracuje 94 nauczycieli na 78,4 etatu; co trzeci uczy w dwóch szkołach.",
     "94 nauczycieli; 78,4 etatu; 31 osób w dwóch szkołach"),
    ("fundusz", "Plan i wykonanie środków na doskonalenie nauczycieli (art. 70a Karty Nauczyciela) w latach "
     "2024–2025", "budget", "skarbnik", D(2026, 2, 27), "done",
     "Środki dzielone równo na szkoły, bez planu opartego na potrzebach; niewykorzystana część wraca do budżetu.",
     "2024: 24 100 zł z 39 500 zł (61%); 2025: 23 950 zł z 41 300 zł (58%)"),
    ("egzamin", "Wyniki egzaminu ósmoklasisty 2023–2025 na tle powiatu i województwa", "cke", "inspektor",
     D(2026, 3, 6), "done",
     "Matematyka od trzech lat poniżej średniej powiatu; język polski na poziomie powiatu.",
     "matematyka 2025: 41% (powiat 49%, województwo 52%)"),
    ("ankieta", "Ankieta dla nauczycieli: potrzeby doskonalenia i udział we wspomaganiu", "survey", "dyrektor_sp1",
     D(2026, 3, 13), "in_progress",
     "Wróciły ankiety z czterech szkół; brakuje przedszkola i ZSP w Olszance.",
     "52 z 94 ankiet (55%); 12% nauczycieli we wspomaganiu"),
    ("ewaluacja", "Wnioski z ewaluacji zewnętrznej kuratorium w szkołach gminy", "school_docs", "inspektor",
     D(2026, 3, 20), "cancelled",
     "Kuratorium nie prowadziło ewaluacji zewnętrznej w szkołach gminy od 2019 r. — zadanie odwołane.", ""),
]  # fmt: skip

BUDGET_EXTRACT = b"rok;plan_zl;wykonanie_zl;procent\n2024;39500;24100;61\n2025;41300;23950;58\n"

PARTICIPANTS = [
    ("wojt", "wójt — decyduje o priorytetach i budżecie"),
    ("inspektor", "inspektor ds. oświaty — koordynuje zespół i zbieranie danych"),
    ("skarbnik", "skarbnik — dane o funduszu doskonalenia i budżecie"),
    ("cuw", "CUW — dane kadrowe i finansowe szkół"),
    ("dyrektor_sp1", "dyrektor szkoły — głos dyrektorów szkół gminy"),
    ("ppp", "partner — Poradnia Psychologiczno-Pedagogiczna w Węgrowie"),
    ("doradca_rozwoj", "doradca — prowadzenie warsztatu diagnozy"),
    ("doradca_samorzad", "doradca — prowadzenie warsztatu diagnozy"),
]

# key, "Jak jest?", source, task key, evidence, "Jak chcemy, żeby było?"
STATES = [
    ("wspomaganie", "Tylko 12% nauczycieli uczestniczyło w ostatnim roku we wspomaganiu odpowiadającym na potrzeby "
     "ich szkoły.", "survey", "ankieta", "11 z 94 nauczycieli (12%) — ankieta, marzec 2026 r.",
     "Co najmniej połowa nauczycieli co roku korzysta ze wspomagania odpowiadającego na zdiagnozowane potrzeby "
     "szkoły."),
    ("fundusz", "Środki na doskonalenie nauczycieli są dzielone równo między szkoły, bez planu, i wykorzystywane "
     "w niewielu ponad połowie.", "budget", "fundusz", "wykonanie 2025 r.: 23 950 zł z 41 300 zł (58%)",
     "Środki na doskonalenie są planowane na podstawie diagnozy potrzeb szkół i wykorzystywane w co najmniej 90%."),
    ("plany", "Żadna szkoła nie prowadzi procesowego wspomagania ani nie ma rocznego planu wspomagania.",
     "interview", None, "0 z 6 szkół — rozmowy z dyrektorami, marzec 2026 r.",
     "Każda szkoła gminy ma roczny plan wspomagania realizowany z PPP albo ODN."),
    ("siec", "Nauczyciele różnych szkół nie współpracują ze sobą; wymiana doświadczeń jest okazjonalna.",
     "interview", None, "„Spotykamy się tylko na konferencji powiatowej, raz w roku.” — nauczycielka SP w Borowinie",
     "Nauczyciele z różnych szkół regularnie współpracują w sieci — co najmniej pięć spotkań w roku szkolnym."),
    ("matematyka", "Wyniki egzaminu ósmoklasisty z matematyki są od trzech lat niższe niż w powiecie.", "cke",
     "egzamin", "2025 r.: 41% wobec 49% w powiecie",
     "Wyniki z matematyki zbliżają się do średniej powiatu (różnica najwyżej 3 punkty procentowe)."),
]  # fmt: skip

# key, parent key, text, category, influence — three levels, two causes outside the gmina's influence
CAUSES = [
    ("diagnoza", None, "Gmina nie diagnozuje potrzeb doskonalenia nauczycieli", "procedures", "yes"),
    ("narzedzia", "diagnoza", "Brak narzędzi i procedury zbierania potrzeb od dyrektorów", "procedures", "yes"),
    ("czas", "narzedzia", "Inspektor ds. oświaty łączy wiele zadań i nie ma czasu na analizę danych", "resources",
     "partly"),
    ("oferta", "diagnoza", "Dyrektorzy nie znają oferty procesowego wspomagania PPP i ODN", "communication", "yes"),
    ("podzial", None, "Środki z art. 70a KN są dzielone bez planu", "procedures", "yes"),
    ("zasady", "podzial", "Brak zasad podziału funduszu doskonalenia w zarządzeniu wójta", "procedures", "yes"),
    ("rejestr", "podzial", "CUW nie prowadzi rejestru wykorzystania środków na doskonalenie", "procedures", "yes"),
    ("dostep", None, "Małe szkoły mają ograniczony dostęp do doskonalenia", "resources", "partly"),
    ("odleglosc", "dostep", "Duża odległość do ODN w Siedlcach i słaba komunikacja publiczna", "law", "no"),
    ("zastepstwa", "dostep", "Brak zastępstw na czas szkoleń w szkołach z kilkoma nauczycielami", "resources",
     "partly"),
    ("niedobor", "zastepstwa", "Niedobór nauczycieli matematyki w regionie", "law", "no"),
    ("korzysci", None, "Nauczyciele nie widzą korzyści ze współpracy między szkołami", "people", "yes"),
]  # fmt: skip

# description, state key, cause keys, importance, feasibility, priority
GAPS = [
    ("Szkoły nie korzystają z procesowego wspomagania, bo gmina nie diagnozuje potrzeb i nie łączy szkół z PPP "
     "i ODN.", "plany", ("diagnoza", "narzedzia", "oferta", "zastepstwa"), 5, 4, True),
    ("Fundusz doskonalenia jest wydawany bez planu i tylko w części, bo brakuje zasad jego podziału i rejestru "
     "wydatków.", "fundusz", ("podzial", "zasady", "rejestr"), 4, 5, True),
    ("Nauczyciele pracują w pojedynkę, bo nie ma sieci współpracy, a do szkoleń jest daleko.", "siec",
     ("korzysci", "dostep", "odleglosc"), 3, 3, False),
]  # fmt: skip

# goal, gap index, indicators: name, unit, baseline value, date, target value, date, method, measured by
GOALS = [
    ("Wprowadzić coroczną diagnozę potrzeb doskonalenia nauczycieli i planowanie wspomagania razem z dyrektorami.",
     0, [("Szkoły z diagnozą potrzeb i rocznym planem wspomagania", "szkoły", "0", D(2026, 3, 31), "6",
          D(2027, 6, 30), "przegląd planów wspomagania przekazanych do urzędu gminy", "inspektor ds. oświaty")]),
    ("Objąć procesowym wspomaganiem PPP i ODN co najmniej połowę nauczycieli szkół gminy.", 0,
     [("Odsetek nauczycieli uczestniczących w procesowym wspomaganiu", "%", "12", D(2026, 3, 31), "50",
       D(2027, 6, 30), "ankieta dla nauczycieli na koniec roku szkolnego", "dyrektorzy szkół z inspektorem"),
      ("Spotkania sieci współpracy nauczycieli w roku szkolnym", "spotkania", "0", D(2026, 6, 30), "5",
       D(2027, 6, 30), "listy obecności koordynatora sieci", "koordynator sieci z PPP")]),
    ("Planować i rozliczać fundusz doskonalenia nauczycieli według potrzeb szkół, z kwartalnym monitoringiem.", 1,
     [("Wykorzystanie środków na doskonalenie (art. 70a KN)", "%", "58", D(2025, 12, 31), "90", D(2027, 12, 31),
       "sprawozdanie z wykonania budżetu", "skarbnik gminy"),
      ("Plan wydatków na doskonalenie przyjęty zarządzeniem wójta", "dokument", "0", D(2026, 3, 31), "1",
       D(2026, 11, 30), "rejestr zarządzeń wójta", "inspektor ds. oświaty")]),
]  # fmt: skip


def _ensure_process(db: Database, demo: DemoJst) -> int:
    """The stage 1 step's process; without that step, a process with area 8 chosen directly."""
    if demo.process_id is None:
        advisors = [demo.people["doradca_rozwoj"], demo.people["doradca_samorzad"]]
        demo.process_id = processes.save_process(
            db, demo.jst_id, processes.ProcessData("Proces doradczy 2026", D(2026, 2, 2), advisors)
        ).id
    with db.transaction() as s:
        process = s.get(AdvisoryProcess, demo.process_id)
        if process.chosen_area_id is None:
            process.chosen_area_id = s.scalar(select(Area.id).where(Area.number == AREA))
            process.chosen_on = D(2026, 2, 3)
    return demo.process_id


def seed(db: Database, demo: DemoJst) -> None:
    pid = _ensure_process(db, demo)
    names = {key: people.get_person(db, person_id) for key, person_id in demo.people.items()}
    task_ids = {}
    for key, what, source, who, due, status, findings, figures in TASKS:
        task_ids[key] = data_tasks.save_task(db, pid, DataTaskData(
            what, source, names[who].full_name, due, status, findings, figures)).id  # fmt: skip
    data_tasks.add_attachment(db, task_ids["fundusz"], "wykonanie_funduszu_doskonalenia_2024-2025.csv",
                              BUDGET_EXTRACT, "wyciąg ze sprawozdań z wykonania budżetu")  # fmt: skip

    for key, role in PARTICIPANTS:
        person = names[key]
        diagnosis.save_participant(db, pid, ParticipantData(person.full_name, role, person.id))

    state_ids, target_ids = {}, {}
    for key, text, source, task, evidence, target in STATES:
        state_ids[key] = diagnosis.save_current_state(db, pid, CurrentStateData(
            text, source, evidence, task_ids.get(task))).id  # fmt: skip
        target_ids[key] = diagnosis.save_target_state(db, pid, TargetStateData(target, state_ids[key])).id

    cause_ids: dict[str, int] = {}
    for key, parent, text, category, influence in CAUSES:
        cause_ids[key] = causes.save_cause(db, pid, CauseData(text, category, influence, cause_ids.get(parent))).id

    gap_ids = []
    for description, state, cause_keys, importance, feasibility, priority in GAPS:
        gap_id = gaps.save_gap(db, pid, GapData(description, state_ids[state], target_ids[state],
                                                [cause_ids[k] for k in cause_keys])).id  # fmt: skip
        gaps.rate_gap(db, gap_id, importance, feasibility)
        gaps.set_priority(db, gap_id, priority)
        gap_ids.append(gap_id)

    goal_ids, indicator_ids = [], []
    for text, gap_index, indicators in GOALS:
        goal_id = goals.save_goal(db, pid, GoalData(text, gap_ids[gap_index])).id
        goal_ids.append(goal_id)
        for name, unit, base, base_on, target, target_on, method, who in indicators:
            indicator_ids.append(goals.save_indicator(db, goal_id, IndicatorData(
                name, unit, Decimal(base), base_on, Decimal(target), target_on, method, who)).id)  # fmt: skip
    processes.set_wizard_page(db, pid, diagnosis.WIZARD, len(diagnosis.PAGE_TITLES) - 1)
    demo.extra["goal_ids"] = goal_ids
    demo.extra["indicator_ids"] = indicator_ids
