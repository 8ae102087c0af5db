"""The demo gmina's meetings, its co-operation rules and code of ethics, and ten months of remote advice.

All five meetings of the model were held, each with its agenda from the template (edited where the gmina's
meetings differed), participants from the teams, attendance per day, and minutes with decisions and agreed tasks
(three still open, one of them overdue): the opening conference (2–3 February 2026), meeting 1 (9–10 March), a
training chosen by the gmina (21–22 April), meeting 2 (15–16 June) and the summary meeting (24–25 November).
As in the model's pilot, the summary meeting comes a few months into carrying out the HDR (September 2026 to
August 2027): the gmina presents the solutions its HDR adopted and its first results, chooses the form of its
report to ORE and agrees how the work goes on after the advice ends.
The rules and the code were agreed at meeting 1; a point was added to the rules after meeting 2, so the program
shows the agreed text and what changed. Remote advice covers every month of the process up to the demo's today
(1 December 2026): February to November 2026, ten months; the process began with the opening conference, so an
earlier month would lie before it. One advisor went over the hour in March (data collection), the other gave none
in August.
"""

from __future__ import annotations

import datetime as dt

from wsparcie_desktop.db.database import Database
from wsparcie_desktop.demo import DemoJst
from wsparcie_desktop.services import charters, meetings, remote_advice
from wsparcie_desktop.services.meetings import DecisionData, MeetingData, MeetingTaskData
from wsparcie_desktop.services.remote_advice import AdviceData

D = dt.date
ADVISORS = ("doradca_rozwoj", "doradca_samorzad")
TEAM = ("wojt", "skarbnik", "inspektor", "cuw", "dyrektor_sp1", *ADVISORS)

# key, kind, title, first day, last day, place, invited (person keys), absent on (person key, day number)
MEETINGS = [
    ("conference", "conference", "Konferencja otwierająca", D(2026, 2, 2), D(2026, 2, 3),
     "Węgrów, Centrum Kultury i Sportu, ul. Przemysłowa 1", TEAM, [("cuw", 2)]),
    ("meeting_1", "meeting_1", "Spotkanie 1 w Gminie Zalesie", D(2026, 3, 9), D(2026, 3, 10),
     "Urząd Gminy Zalesie, sala narad", (*TEAM, "ppp"), [("wojt", 2), ("ppp", 1)]),
    ("training", "training", "Szkolenie: planowanie wydatków na doskonalenie nauczycieli", D(2026, 4, 21),
     D(2026, 4, 22), "Urząd Gminy Zalesie, sala narad", ("skarbnik", "inspektor", "cuw", "dyrektor_sp1", *ADVISORS),
     [("dyrektor_sp1", 2)]),
    ("meeting_2", "meeting_2", "Spotkanie 2 w Gminie Zalesie", D(2026, 6, 15), D(2026, 6, 16),
     "Urząd Gminy Zalesie, sala narad", (*TEAM, "ppp"), [("skarbnik", 1)]),
    ("summary", "summary", "Spotkanie podsumowujące", D(2026, 11, 24), D(2026, 11, 25),
     "Węgrów, Centrum Kultury i Sportu, ul. Przemysłowa 1", (*TEAM, "ppp"), [("ppp", 2), ("cuw", 1)]),
]  # fmt: skip
GUESTS = {
    "meeting_2": [("Halina Sadowska", "Rada Gminy Zalesie — przewodnicząca komisji oświaty")],
    "training": [("Krzysztof Wrona", "Ośrodek Doskonalenia Nauczycieli w Siedlcach — trener")],
}

DISCUSSION = {
    ("conference", 5): "Zespół porównał wyniki arkuszy; największa luka wyszła w obszarze 8. Skarbnik ocenił "
    "planowanie budżetowe wyżej niż pozostali — różnica do omówienia przy budżecie na 2027 r.",
    ("conference", 6): "Ustalono pięć zadań zbierania danych z terminami do 20 marca.",
    ("meeting_1", 1): "Wójt potwierdził, że doskonalenie nauczycieli jest priorytetem gminy, i zadeklarował udział "
    "w spotkaniu 2.",
    ("meeting_1", 2): "Zespół zebrał wartości, którymi chce się kierować; projekt kodeksu przyjęto po poprawkach.",
    ("meeting_1", 3): "Uzgodniono zasady współpracy, w tym terminy doradztwa zdalnego.",
    ("meeting_1", 4): "Brakuje ankiet z przedszkola i ZSP w Olszance; ewaluacja kuratorium nie była prowadzona.",
    ("training", 1): "Omówiono art. 70a Karty Nauczyciela i sposoby planowania wydatków według potrzeb szkół.",
    ("meeting_2", 3): "Za priorytety uznano plan wspomagania szkół z PPP i planowanie funduszu doskonalenia.",
    ("meeting_2", 5): "Przygotowano projekt HDR na okres od września 2026 do sierpnia 2027 r.",
    ("summary", 2): "Inspektor przedstawiła HDR zatwierdzony 28 sierpnia: po trzech miesiącach zakończono diagnozę "
    "potrzeb doskonalenia, warsztat i szkolenie dyrektorów oraz środki w projekcie budżetu; wspomaganie z PPP trwa.",
    ("summary", 3): "Udało się włączyć dyrektorów i PPP od początku. Opóźnia się zarządzenie wójta o podziale "
    "środków na doskonalenie — czeka na opinię związków zawodowych nauczycieli.",
    ("summary", 4): "Gmina przygotuje opis dobrej praktyki; termin przekazania do ORE to 30 lipca 2027 r.",
    ("summary", 5): "Po zakończeniu doradztwa zespół oświatowy pracuje dalej: raz na kwartał przegląda HDR z wójtem.",
}
DECISIONS = {
    "conference": ["Gmina wybiera obszar 8: System wspomagania szkół – doskonalenie nauczycieli.",
                   "Koordynatorem zespołu oświatowego jest inspektor ds. oświaty."],
    "meeting_1": ["Zespół przyjmuje kodeks etyczny i zasady współpracy w brzmieniu uzgodnionym na spotkaniu.",
                  "Ewaluacja zewnętrzna kuratorium nie będzie źródłem danych — zadanie odwołane."],
    "training": ["Projekt planu wydatków na doskonalenie na 2027 r. przygotuje skarbnik z inspektorem."],
    "meeting_2": ["Priorytetami są: procesowe wspomaganie szkół z PPP oraz planowanie funduszu doskonalenia.",
                  "Projekt HDR zostanie przedstawiony wójtowi do zatwierdzenia do końca sierpnia."],
    "summary": ["Formą sprawozdania dla ORE jest opis dobrej praktyki; przygotuje go inspektor ds. oświaty.",
                "Zespół oświatowy przegląda realizację HDR z wójtem raz na kwartał, pierwszy raz w lutym 2027 r."],
}  # fmt: skip
# meeting key, what, who, due, status
TASKS = [
    ("conference", "Przygotować i rozesłać ankietę dla nauczycieli", "Joanna Król", D(2026, 2, 20), "done"),
    ("meeting_1", "Uzupełnić ankiety z przedszkola i ZSP w Olszance", "Małgorzata Zając", D(2026, 3, 20),
     "in_progress"),
    ("meeting_1", "Przesłać doradcom zestawienie wykonania funduszu doskonalenia", "Barbara Wiśniewska",
     D(2026, 3, 13), "done"),
    ("training", "Projekt planu wydatków na doskonalenie na 2027 r.", "Barbara Wiśniewska", D(2026, 10, 30),
     "done"),
    ("meeting_2", "Przygotować projekt HDR do zatwierdzenia przez wójta", "Małgorzata Zając", D(2026, 8, 21),
     "done"),
    ("meeting_2", "Uzgodnić z PPP w Węgrowie harmonogram wspomagania na rok szkolny 2026/2027", "Tomasz Nowicki",
     D(2027, 1, 29), "in_progress"),
    ("summary", "Przygotować opis dobrej praktyki dla ORE", "Małgorzata Zając", D(2027, 7, 30), "planned"),
    ("summary", "Przesłać uczestnikom prezentację rozwiązań HDR", "Ewa Szczepańska", D(2026, 11, 27), "done"),
]  # fmt: skip
AGREED_ON = D(2026, 3, 10)
RULES_ADDED = "8. Raz na kwartał zespół przegląda realizację HDR na spotkaniu z wójtem."

# (advisor key, year, month) -> entries of (day, minutes, channel, topic, agreed); months Feb–Nov 2026
ADVICE = {
    "doradca_rozwoj": [
        (2, 17, 45, "wideokonferencja", "Przygotowanie ankiety dla nauczycieli", "Ankieta wysłana do 20 lutego."),
        (3, 3, 60, "telefon", "Zbieranie danych: zwrot ankiet", "Przypomnienie dyrektorom przez inspektora."),
        (4, 14, 50, "email", "Praca zespołu po szkoleniu", ""),
        (5, 12, 60, "wideokonferencja", "Diagnoza pogłębiona: stan docelowy", "Zespół uzupełni stany docelowe."),
        (6, 2, 40, "telefon", "Przygotowanie spotkania 2", ""),
        (7, 7, 30, "email", "Uwagi do projektu HDR", "Poprawić wskaźniki celu 2."),
        (9, 15, 60, "wideokonferencja", "Rozpoczęcie realizacji HDR", "Spotkanie z dyrektorami we wrześniu."),
        (10, 13, 55, "telefon", "Monitorowanie działań HDR", ""),
        (11, 17, 60, "wideokonferencja", "Sieć współpracy nauczycieli matematyki", "Koordynator z ODN."),
    ],
    "doradca_samorzad": [
        (2, 24, 60, "telefon", "Dane o funduszu doskonalenia z budżetu", "Skarbnik przygotuje zestawienie."),
        (3, 5, 50, "wideokonferencja", "Zbieranie danych: wyniki egzaminów", ""),
        (3, 19, 45, "telefon", "Zbieranie danych: wyniki ankiety i dane SIO",
         "Dodatkowa rozmowa przed terminem zadań — miesiąc ponad limit."),
        (4, 16, 60, "email", "Planowanie wydatków na doskonalenie", ""),
        (5, 20, 45, "telefon", "Luki rozwojowe i ich ocena", ""),
        (6, 25, 60, "wideokonferencja", "Budżet działań HDR", "Koszty działań z funduszu doskonalenia."),
        (7, 21, 30, "telefon", "Zatwierdzenie HDR przez wójta", ""),
        (8, 18, 40, "email", "Porozumienie z PPP", "Projekt porozumienia do 31 sierpnia."),
        (9, 22, 50, "telefon", "Harmonogram wspomagania szkół", ""),
        (10, 20, 60, "wideokonferencja", "Monitorowanie wydatków", ""),
        (11, 24, 35, "telefon", "Przygotowanie sprawozdania dla ORE", ""),
    ],
}  # fmt: skip


def seed(db: Database, demo: DemoJst) -> None:
    people, process_id = demo.people, demo.process_id
    if process_id is None:
        return
    advisors = [people[k] for k in ADVISORS if k in people]
    ids: dict[str, int] = {}
    for key, kind, title, first, last, place, invited, absent in MEETINGS:
        meeting_id = meetings.save_meeting(db, process_id, MeetingData(kind, title, first, last, place, advisors)).id
        ids[key] = meeting_id
        meetings.add_people(db, meeting_id, [people[k] for k in invited if k in people])
        for name, institution in GUESTS.get(key, []):
            meetings.save_participant(db, meeting_id, meetings.ParticipantData(name, institution))
        missing = {(people.get(k), day) for k, day in absent}
        days = meetings.get_meeting(db, meeting_id).days
        for participant in meetings.list_participants(db, meeting_id):
            for number, day in enumerate(days, start=1):
                if (participant.person_id, number) not in missing:
                    meetings.set_attendance(db, participant.id, day, True)
        for item in meetings.list_agenda(db, meeting_id):
            text = DISCUSSION.get((key, item.position - _first_position(db, meeting_id) + 1))
            if text:
                item.discussion = text
                meetings.save_agenda_item(db, meeting_id, item)
        for decision in DECISIONS.get(key, []):
            meetings.save_decision(db, meeting_id, DecisionData(decision))
    for key, what, who, due, status in TASKS:
        meetings.save_meeting_task(db, ids[key], MeetingTaskData(what, who, due, status))
    for kind in ("rules", "ethics"):
        charter = charters.get_charter(db, process_id, kind)
        charters.save_charter(db, process_id, kind, charter.text)
        charters.agree_charter(db, process_id, kind, AGREED_ON, ids["meeting_1"])
    rules = charters.get_charter(db, process_id, "rules")
    charters.save_charter(db, process_id, "rules", rules.text + "\n" + RULES_ADDED, rules.version, change_agreed=True)
    for key, entries in ADVICE.items():
        if key not in people:
            continue
        for month, day, minutes, channel, topic, agreed in entries:
            remote_advice.save_advice(db, process_id, AdviceData(people[key], D(2026, month, day), minutes, channel,
                                                                 topic, agreed=agreed))  # fmt: skip
    demo.extra["meeting_ids"] = ids


def _first_position(db: Database, meeting_id: int) -> int:
    return min((i.position for i in meetings.list_agenda(db, meeting_id)), default=1)
