"""'Plan dofinansowania doskonalenia zawodowego nauczycieli' for one year: the computation (art. 70a KN), the
allocations by purpose, the tie to the HDR, the unions' opinion and the signatures.

Given no ``year``, the current calendar year is printed, or the newest year planned when there is none for it.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from wsparcie_desktop.errors import DomainError
from wsparcie_desktop.i18n import format_date, format_money
from wsparcie_desktop.reports.data import print_options
from wsparcie_desktop.reports.engine import Column, Document, Markup, Signature
from wsparcie_desktop.reports.registry import document

DOCUMENT_ID = "plan-dofinansowania-doskonalenia"
TITLE = "Plan dofinansowania doskonalenia zawodowego nauczycieli"
SALARY_COLUMNS = (Column("Lp.", 0.35, "right"), Column("Szkoła lub placówka", 4.0),
                  Column("Planowane wynagrodzenia osobowe", 1.7, "right"))  # fmt: skip
ALLOCATION_COLUMNS = (
    Column("Lp.", 0.35, "right"),
    Column("Cel", 1.5),
    Column("Przeznaczenie", 2.4),
    Column("Powiązanie", 1.9),
    Column("Kwota", 1.1, "right"),
)
WORK_COLUMNS = (Column("Wspomaganie lub sieć", 3.6), Column("Koszt w roku", 1.2, "right"),
                Column("Przydzielono", 1.2, "right"))  # fmt: skip
HDR_COLUMNS = (Column("Działanie HDR", 3.6), Column("Koszt w roku", 1.2, "right"),
               Column("Przydzielono", 1.2, "right"))  # fmt: skip


@document(DOCUMENT_ID, TITLE, "portrait")
def build(db, jst_id: int, out_path: str | Path, year: int | None = None, **options: object) -> Path:
    from wsparcie_desktop.reports.loaders import default_signatures, load_jst
    from wsparcie_desktop.services import fund
    from wsparcie_desktop.services.fund_money import format_rate

    info = load_jst(db, jst_id)
    opts = print_options(info.city, default_signatures(info), **options)
    years = [line.year for line in fund.list_years(db, jst_id)]
    if year is None:
        year = dt.date.today().year if dt.date.today().year in years else (years[0] if years else None)
    if year is None:
        raise DomainError("Samorząd nie ma jeszcze planu funduszu doskonalenia na żaden rok.")
    plan = fund.fund_plan(db, jst_id, int(year))
    if plan is None:
        raise DomainError(f"Nie ma planu funduszu doskonalenia na rok {year}.")
    doc = Document(TITLE, jst_name=info.name, coat_of_arms=info.coat_of_arms, orientation="portrait",
                   subject=f"{TITLE}: {info.name}, {year}")  # fmt: skip
    doc.place_and_date(opts.place, opts.date)
    doc.title_block([f"na rok {year}", f"Organ prowadzący: {info.name}"])

    doc.heading("1. Wyliczenie środków (art. 70a ust. 1 Karty Nauczyciela)")
    if plan.year.per_school:
        rows = [[f"{n}.", name, format_money(amount)] for n, (name, amount) in enumerate(plan.salaries_by_school, 1)]
        doc.table(SALARY_COLUMNS, rows, totals=["", Markup("Razem"), format_money(plan.year.planned_salaries)],
                  empty_text="Nie wpisano wynagrodzeń szkół.")  # fmt: skip
    doc.fields([
        ("Planowane roczne wynagrodzenia osobowe nauczycieli", format_money(plan.year.planned_salaries)),
        ("Stawka", format_rate(plan.year.rate_percent)),
        ("Środki na dofinansowanie doskonalenia", Markup(f"<b>{format_money(plan.fund)}</b>")),
    ], label_share=0.55)  # fmt: skip
    doc.note("Kwotę zaokrąglono do pełnych groszy (od połowy grosza w górę).")

    doc.heading("2. Podział środków")
    rows = [[f"{n}.", a.category_label, a.purpose, a.tied_to, format_money(a.amount)]
            for n, a in enumerate(plan.allocations, start=1)]  # fmt: skip
    doc.table(ALLOCATION_COLUMNS, rows, totals=["", Markup("Razem"), "", "", format_money(plan.allocated)],
              empty_text="Nie zaplanowano jeszcze przydziałów.", font_size=8)  # fmt: skip
    left = "Pozostaje do podziału" if plan.left >= 0 else "Przekroczenie funduszu"
    doc.fields([(left, format_money(abs(plan.left)))], label_share=0.55)
    for warning in plan.warnings:
        doc.paragraph(f"Uwaga: {warning}")

    if plan.hdr_activities:
        doc.heading("3. Działania HDR finansowane z funduszu doskonalenia")
        rows = [[h.name, format_money(h.part), format_money(h.allocated)] for h in plan.hdr_activities]
        doc.table(HDR_COLUMNS, rows, totals=[Markup("Razem"), format_money(plan.hdr_cost), ""], font_size=8)
    number = 4 if plan.hdr_activities else 3
    if plan.works:
        doc.heading(f"{number}. Wspomaganie szkół i sieci współpracy w roku {year}")
        rows = [[("wspomaganie: " if w.kind == "support" else "sieć: ") + w.name,
                 "—" if w.part is None else format_money(w.part), format_money(w.allocated)] for w in plan.works]  # fmt: skip
        doc.table(WORK_COLUMNS, rows, font_size=8)
        doc.note("Koszt wspomagania w roku: część kosztu przypadająca na dni wspomagania w tym roku.")
        number += 1
    doc.heading(f"{number}. Opinia związków zawodowych")
    if plan.year.unions_consulted_on:
        doc.fields([
            ("Data uzgodnienia", format_date(plan.year.unions_consulted_on)),
            ("Związki zawodowe", plan.year.unions or "nie wpisano"),
            ("Opinia", plan.year.union_opinion or "nie wpisano"),
        ])  # fmt: skip
    else:
        doc.paragraph("Plan nie został jeszcze przedstawiony związkom zawodowym do zaopiniowania.")
    doc.signatures([
        Signature("Sporządził(a)", opts.prepared_by.name, opts.prepared_by.position),
        Signature("Zatwierdził(a)", opts.approved_by.name, opts.approved_by.position),
    ])  # fmt: skip
    return doc.write(out_path)
