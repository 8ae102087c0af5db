"""The demo gmina's profile, its education team, its advisory team and stakeholders."""

from __future__ import annotations

from wsparcie_desktop.db.database import Database
from wsparcie_desktop.demo import DemoJst
from wsparcie_desktop.paths import resource
from wsparcie_desktop.services import jst, people
from wsparcie_desktop.services.people import PersonData

PEOPLE = [
    # key, full name, role, position, institution, e-mail, phone
    ("wojt", "Andrzej Kowalczyk", "decydent", "Wójt Gminy Zalesie", "Urząd Gminy Zalesie",
     "wojt@zalesie.example.pl", "25 640 11 01"),
    ("skarbnik", "Barbara Wiśniewska", "skarbnik", "Skarbnik Gminy", "Urząd Gminy Zalesie",
     "skarbnik@zalesie.example.pl", "25 640 11 05"),
    ("inspektor", "Małgorzata Zając", "naczelnik_oswiaty", "Inspektor ds. oświaty", "Urząd Gminy Zalesie",
     "oswiata@zalesie.example.pl", "25 640 11 12"),
    ("cuw", "Paweł Dąbrowski", "pracownik_cuw", "Główny księgowy CUW", "Centrum Usług Wspólnych w Zalesiu",
     "cuw@zalesie.example.pl", "25 640 11 20"),
    ("doradca_rozwoj", "Ewa Szczepańska", "doradca_rozwoj", "Doradca", "Ośrodek Rozwoju Edukacji",
     "e.szczepanska@doradcy.example.pl", "600 100 200"),
    ("doradca_samorzad", "Grzegorz Łukasiewicz", "doradca_samorzad", "Doradca, były sekretarz gminy",
     "Ośrodek Rozwoju Edukacji", "g.lukasiewicz@doradcy.example.pl", "600 100 300"),
    ("dyrektor_sp1", "Joanna Król", "dyrektor", "Dyrektor", "Szkoła Podstawowa im. Marii Konopnickiej w Zalesiu",
     "sp.zalesie@zalesie.example.pl", "25 640 22 10"),
    ("ppp", "Tomasz Nowicki", "placowka_wsparcia", "Dyrektor", "Poradnia Psychologiczno-Pedagogiczna w Węgrowie",
     "ppp@wegrow.example.pl", "25 792 30 40"),
]  # fmt: skip


def seed(db: Database, demo: DemoJst) -> None:
    demo.jst_id = jst.create_jst(
        db, "Gmina Zalesie", "gmina_wiejska", teryt="1434052", voivodeship="mazowieckie",
        street="ul. Kościuszki 12", postal_code="07-140", city="Zalesie", phone="25 640 11 00",
        email="sekretariat@zalesie.example.pl", website="zalesie.example.pl",
    ).id  # fmt: skip
    arms = resource("demo", "herb_zalesie.png")
    if arms.exists():
        jst.set_coat_of_arms(db, demo.jst_id, arms.read_bytes())
    for key, name, role, position, institution, email, phone in PEOPLE:
        demo.people[key] = people.save_person(
            db, demo.jst_id, PersonData(full_name=name, role_code=role, position=position,
                                        institution=institution, email=email, phone=phone),
        ).id  # fmt: skip
