"""The demo gmina's HDR: 15 activities from September 2026 to August 2027, approved by the wójt, then changed.

The activities build a school support and teacher development system for a small rural gmina: a needs
diagnosis, agreed rules for the teachers' development fund, process support of four schools by the PPP and
the ODN, a network, peer supervision of directors, a study visit, an evaluation and the ORE report. They serve
the goals of stage 2 when its demo step has run (``demo.extra["goal_ids"]``); without it they have no goals.
After approval, one activity is moved, one gets a higher cost and one is added, so the comparison with the
approved plan has something to show.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from wsparcie_desktop.db.database import Database
from wsparcie_desktop.demo import DemoJst
from wsparcie_desktop.services import hdr, processes
from wsparcie_desktop.services.hdr import ActivityData, HdrData, PartnerData
from wsparcie_desktop.services.hdr_baseline import approve_hdr

D = dt.date
PERIOD = (D(2026, 9, 1), D(2027, 8, 31))
APPROVED_ON = D(2026, 8, 28)
PPP = ("ppp", "Poradnia Psychologiczno-Pedagogiczna w Węgrowie")
ODN = ("odn", "Ośrodek Doskonalenia Nauczycieli w Siedlcach")
BP = ("bp", "Biblioteka Pedagogiczna w Węgrowie, Filia w Zalesiu")
KURATORIUM = ("kuratorium", "Mazowiecki Kurator Oświaty, Delegatura w Siedlcach")
ALL_SCHOOLS = ("sp_zalesie", "sp_borowina", "sp_debowa_wola", "sp_kamienna_gorka", "przedszkole_zalesie",
               "zsp_olszanka")  # fmt: skip

# The goals of the stage 2 demo, by their order in demo.extra["goal_ids"], each with the index of the indicator the
# activity should move (None: none in particular). 0: the yearly diagnosis and planning of support, 1: process
# support for half of the teachers, 2: the development fund planned and accounted for.
G0 = ((0, 0),)
ALL_GOALS = ((0, None), (1, None), (2, None))

# key, name, form, start, end, person key, cost, financing, milestone, depends on, goals, partners, result,
# description
ACTIVITIES = [
    ("diagnoza", "Diagnoza potrzeb doskonalenia nauczycieli we wszystkich szkołach gminy", "konsultacje",
     D(2026, 9, 7), D(2026, 10, 16), "inspektor", "0", "bez_kosztow", False, None, G0, (*ALL_SCHOOLS, PPP),
     "Raport z diagnozy potrzeb sześciu szkół i przedszkola, omówiony z dyrektorami.",
     "Ankieta dla nauczycieli i rozmowy z dyrektorami; analiza wyników egzaminu ósmoklasisty i ewaluacji."),
    ("porozumienie", "Warsztat dyrektorów: wspólne zasady planowania doskonalenia", "warsztat",
     D(2026, 10, 19), D(2026, 10, 20), "inspektor", "2400", "fundusz_doskonalenia", True, "diagnoza", G0, (ODN,),
     "Uzgodnione przez dyrektorów zasady planowania doskonalenia na podstawie diagnozy.", ""),
    ("zarzadzenie", "Zarządzenie wójta o podziale środków na doskonalenie nauczycieli (art. 70a KN)",
     "zmiana_procedury", D(2026, 10, 26), D(2026, 11, 30), "skarbnik", "0", "bez_kosztow", True, "porozumienie",
     ((2, 1),), (), "Przejrzyste zasady podziału funduszu doskonalenia między szkoły, opublikowane w BIP.", ""),
    ("plan_finansowy", "Środki na wspomaganie szkół w projekcie budżetu gminy na 2027 r.", "zmiana_procedury",
     D(2026, 11, 2), D(2026, 11, 13), "skarbnik", "0", "bez_kosztow", False, None, ((2, 0),), (),
     "Zaplanowane w budżecie środki na wspomaganie i sieci współpracy.", ""),
    ("szkolenie_dyrektorow", "Szkolenie dyrektorów: planowanie wspomagania na podstawie diagnozy", "szkolenie",
     D(2026, 11, 16), D(2026, 11, 17), "inspektor", "3200", "fundusz_doskonalenia", False, None, G0, (ODN,),
     "Dyrektorzy przygotowują roczne plany wspomagania na podstawie diagnozy.", ""),
    ("wspomaganie_ppp", "Procesowe wspomaganie SP w Borowinie i SP w Kamiennej Górce", "doradztwo",
     D(2026, 11, 23), D(2027, 6, 18), "ppp", "18000", "fundusz_doskonalenia", False, None, ((1, 0),),
     ("sp_borowina", "sp_kamienna_gorka", PPP),
     "Zrealizowane roczne plany wspomagania; raport z wnioskami dla obu szkół.",
     "Klasy łączone i praca z uczniem ze specjalnymi potrzebami edukacyjnymi."),
    ("wspomaganie_odn", "Procesowe wspomaganie SP w Zalesiu i ZSP w Olszance", "doradztwo",
     D(2026, 11, 23), D(2027, 6, 18), "dyrektor_sp1", "21000", "fundusze_ue", False, None, ((1, 0),),
     ("sp_zalesie", "zsp_olszanka", ODN),
     "Zrealizowane roczne plany wspomagania; raport z wnioskami dla obu szkół.",
     "Ocenianie kształtujące i współpraca nauczycieli w zespołach przedmiotowych."),
    ("siec", "Sieć współpracy i samokształcenia nauczycieli edukacji wczesnoszkolnej", "siec_wspolpracy",
     D(2026, 10, 5), D(2027, 6, 11), "ppp", "4500", "fundusz_doskonalenia", False, None, ((1, 1),),
     ("sp_borowina", "sp_debowa_wola", "sp_kamienna_gorka", "zsp_olszanka", PPP, BP),
     "Pięć spotkań sieci; wspólny zbiór scenariuszy zajęć w klasach łączonych.", ""),
    ("superwizja", "Superwizja koleżeńska dyrektorów szkół", "superwizja",
     D(2027, 1, 11), D(2027, 5, 28), "dyrektor_sp1", "4800", "budzet_jst", False, None, G0, ALL_SCHOOLS,
     "Dyrektorzy wymieniają doświadczenia z wdrażania planów wspomagania.", ""),
    ("rejestr", "Elektroniczny rejestr form doskonalenia nauczycieli w CUW", "zmiana_procedury",
     D(2027, 1, 4), D(2027, 3, 31), "cuw", "3500", "budzet_jst", False, None, ((2, 0),), (),
     "Rejestr prowadzony w CUW; raport wykorzystania funduszu doskonalenia na koniec każdego kwartału.", ""),
    ("wizyta", "Wizyta studyjna w gminie z działającym systemem wspomagania szkół", "wizyta_studyjna",
     D(2027, 3, 17), D(2027, 3, 18), "inspektor", "6500", "budzet_jst", False, None, ((1, None),), (KURATORIUM,),
     "Poznane rozwiązania do przeniesienia do Zalesia, opisane w notatce dla wójta.", ""),
    ("konsultacje_rad", "Konsultacje z radami pedagogicznymi wyników wspomagania", "konsultacje",
     D(2027, 5, 10), D(2027, 6, 11), "dyrektor_sp1", "0", "bez_kosztow", False, None, ((1, 0),), ALL_SCHOOLS,
     "Wnioski rad pedagogicznych zebrane przed ewaluacją.", ""),
    ("ewaluacja", "Ewaluacja efektów wspomagania i rekomendacje na rok szkolny 2027/2028", "warsztat",
     D(2027, 6, 21), D(2027, 6, 30), "inspektor", "1800", "fundusz_doskonalenia", True, "wspomaganie_ppp",
     ((0, 0), (1, 0)),
     (PPP, ODN), "Raport z ewaluacji z rekomendacjami na kolejny rok szkolny.", ""),
    ("raport_ore", "Opis dobrej praktyki dla Ośrodka Rozwoju Edukacji", "inna",
     D(2027, 7, 1), D(2027, 7, 30), "inspektor", "0", "bez_kosztow", True, "ewaluacja", ALL_GOALS, (),
     "Opis dobrej praktyki przekazany do ORE.", ""),
    ("rada_gminy", "Informacja dla rady gminy o realizacji HDR", "konsultacje",
     D(2027, 8, 16), D(2027, 8, 27), "wojt", "0", "bez_kosztow", True, None, ALL_GOALS, (),
     "Rada gminy zna efekty i rekomendacje; decyzja o kontynuacji w roku 2027/2028.", ""),
]  # fmt: skip


def _stage2_goals(db: Database, demo: DemoJst) -> list[tuple[int, list[int]]]:
    """The stage 2 demo's goals with their indicators, in the order that step listed them; [] without it."""
    goal_ids = demo.extra.get("goal_ids")
    if not goal_ids:
        return []
    ordered = list(goal_ids.values() if isinstance(goal_ids, dict) else goal_ids)
    indicators = {g.id: [i.id for i in g.indicators] for g in hdr.load_plan(db, demo.process_id).goals}
    return [(goal_id, indicators[goal_id]) for goal_id in ordered if goal_id in indicators]


def _links(spec: tuple, goals: list[tuple[int, list[int]]]) -> tuple[list[int], list[int]]:
    """Goal and indicator ids for an activity's goal spec; what the stage 2 demo does not have is left out."""
    goal_ids, indicator_ids = [], []
    for goal_index, indicator_index in spec:
        if goal_index < len(goals):
            goal_id, indicators = goals[goal_index]
            goal_ids.append(goal_id)
            if indicator_index is not None and indicator_index < len(indicators):
                indicator_ids.append(indicators[indicator_index])
    return goal_ids, indicator_ids


def _partners(items: tuple, schools: dict[str, int]) -> list[PartnerData]:
    partners = []
    for item in items:
        if isinstance(item, tuple):
            partners.append(PartnerData(item[0], None, item[1]))
        elif item in schools:
            partners.append(PartnerData("school", schools[item], ""))
    return partners


def seed(db: Database, demo: DemoJst) -> None:
    if demo.process_id is None:
        advisors = [demo.people[k] for k in ("doradca_rozwoj", "doradca_samorzad") if k in demo.people]
        demo.process_id = processes.save_process(db, demo.jst_id, processes.ProcessData(
            name="Model doradztwa 2026/2027", started_on=D(2026, 3, 2), advisor_ids=advisors)).id  # fmt: skip
    people = demo.people
    schools = demo.extra.get("school_ids") or {}
    schools = schools if isinstance(schools, dict) else {}
    goals = _stage2_goals(db, demo)
    hdr_id = hdr.save_hdr(db, demo.process_id, HdrData(
        *PERIOD, ore_form_code="dobra_praktyka", ore_form_due_on=D(2027, 7, 30),
        ore_form_responsible_id=people.get("inspektor"))).id  # fmt: skip
    ids: dict[str, int] = {}
    for (key, name, form, start, end, person, cost, financing, milestone, depends, spec, partners, result,
         description) in ACTIVITIES:  # fmt: skip
        goal_ids, indicator_ids = _links(spec, goals)
        ids[key] = hdr.save_activity(db, hdr_id, ActivityData(
            name=name, form=form, starts_on=start, ends_on=end, responsible_id=people.get(person),
            cost=Decimal(cost), financing=financing, is_milestone=milestone, depends_on_id=ids.get(depends),
            goal_ids=goal_ids, indicator_ids=indicator_ids, partners=_partners(partners, schools),
            expected_result=result, description=description,
        )).id  # fmt: skip
    wojt = "Andrzej Kowalczyk, Wójt Gminy Zalesie"
    approve_hdr(db, demo.process_id, wojt, APPROVED_ON)
    _later_changes(db, hdr_id, ids, people, goals)
    demo.extra["hdr_id"] = hdr_id
    demo.extra["hdr_activity_ids"] = ids


def _later_changes(db: Database, hdr_id: int, ids: dict[str, int], people: dict[str, int], goals: list) -> None:
    """What happened after approval: the study visit moved by two weeks, the ODN support costs more, and a
    workshop for kindergarten teachers was added after the diagnosis."""
    hdr.shift_activity(db, ids["wizyta"], 14)
    support = hdr.get_activity(db, ids["wspomaganie_odn"])
    support.cost = Decimal("23500")
    hdr.save_activity(db, hdr_id, support)
    goal_ids, _ = _links(G0, goals)
    ids["warsztat_przedszkole"] = hdr.save_activity(db, hdr_id, ActivityData(
        name="Warsztaty dla nauczycieli przedszkola: obserwacja i wspieranie rozwoju dziecka", form="warsztat",
        starts_on=D(2027, 2, 8), ends_on=D(2027, 2, 12), responsible_id=people.get("ppp"), cost=Decimal("2200"),
        financing="fundusz_doskonalenia", goal_ids=goal_ids, partners=[PartnerData(PPP[0], None, PPP[1])],
        expected_result="Nauczyciele przedszkola stosują arkusz obserwacji dziecka.",
    )).id  # fmt: skip
