"""One projection of the HDR for every view: the activity numbers, the Gantt row and the partner label are worked
out once in the core, and the PDF and the XLSX of the demo HDR print the same ones (the screen: the GUI test
tests/gui/test_hdr_screen_projection.py)."""

from __future__ import annotations

import dataclasses
import re
import subprocess

import pytest

from wsparcie_desktop.exporters.hdr_xlsx import export_hdr_xlsx, read_activities_xlsx
from wsparcie_desktop.reports import build_document, hdr_gantt
from wsparcie_desktop.reports.hdr_document import load_document_data
from wsparcie_desktop.services import hdr, hdr_projection
from wsparcie_desktop.services.hdr import PartnerData
from wsparcie_desktop.services.hdr_baseline import latest_baseline
from wsparcie_desktop.services.hdr_plan import partner_label
from wsparcie_desktop.services.hdr_projection import GanttRow, activity_numbers, gantt_rows

NESTED = re.compile(r"\([^()]*\(")  # a bracket opened inside another: "(placówka … (ODN))"


def pdf_words(path) -> str:
    """The PDF's text in drawing order, a cell's lines joined (by a space; a word broken after its hyphen whole)."""
    raw = subprocess.run(["pdftotext", "-raw", "-enc", "UTF-8", str(path), "-"], capture_output=True, text=True,
                         check=True).stdout  # fmt: skip
    return " ".join(raw.replace("-\n", "-").split())


@pytest.fixture
def demo(demo_db, tmp_path):
    db, demo = demo_db
    plan = hdr.load_plan(db, demo.process_id)
    pdf = build_document("hdr", db, demo.jst_id, tmp_path / "hdr.pdf", process_id=demo.process_id)
    xlsx = export_hdr_xlsx(db, demo.process_id, tmp_path / "hdr.xlsx")
    return db, demo, plan, pdf_words(pdf), read_activities_xlsx(xlsx)


def test_the_pdf_and_the_xlsx_number_the_demo_activities_alike(demo):
    _, _, plan, pdf, sheet = demo
    numbers = activity_numbers(plan.activities)
    assert [numbers[a.id] for a in plan.activities] == list(range(1, len(plan.activities) + 1))  # the plan's order
    after = {numbers[a.id]: numbers[a.depends_on_id] for a in plan.activities if a.depends_on_id}
    assert len(after) >= 3  # the demo has dependencies to number

    assert [(row.number, row.name) for row in sheet] == [(numbers[a.id], a.name) for a in plan.activities]
    assert {row.number: row.depends_on for row in sheet if row.depends_on} == after

    assert re.findall(r"po zakończeniu działania (\d+)", pdf) == [str(n) for _, n in sorted(after.items())]
    for goal in plan.goals:
        serving = ", ".join(str(numbers[a.id]) for a in plan.activities if goal.id in a.goal_ids)
        assert f"Działania: {serving}." in pdf
    assert f"Działania 1–{len(plan.activities)} z {len(plan.activities)}" in pdf  # the chart's caption


def test_one_gantt_row_type_for_the_pdf_and_the_screen(demo):
    db, _, plan, _, _ = demo
    assert hdr_gantt.GanttRow is GanttRow is hdr_projection.GanttRow  # the PDF's chart draws the core's rows
    baseline = latest_baseline(db, plan.hdr.id)
    rows = gantt_rows(plan, baseline)
    numbers = activity_numbers(plan.activities)
    assert [(r.id, r.number, r.name, r.starts_on, r.ends_on, r.is_milestone) for r in rows] == [
        (a.id, numbers[a.id], a.name, a.starts_on, a.ends_on, a.is_milestone) for a in plan.activities
    ]
    for row in rows:  # the approved dates where the activity was in the approved plan
        approved = baseline.activities.get(row.id)
        assert row.baseline == ((approved.starts_on, approved.ends_on) if approved else None)
    actuals = {plan.activities[0].id: (plan.activities[0].starts_on, None)}
    assert [hdr_projection.gantt_row(plan, a.id, baseline, actuals) for a in plan.activities] == \
        gantt_rows(plan, baseline, actuals)  # one row after an edit: the same row as the whole chart's  # fmt: skip
    assert hdr_projection.gantt_row(plan, -1, baseline) is None
    made = [GanttRow(**{f.name: getattr(r, f.name) for f in dataclasses.fields(GanttRow)}) for r in rows]
    assert rows == made and [hash(r) for r in rows] == [hash(r) for r in made]  # as the class makes them
    with pytest.raises(dataclasses.FrozenInstanceError):
        rows[0].name = "Inna"  # and as unchangeable
    assert any(r.baseline is None for r in rows) and any(r.baseline != (r.starts_on, r.ends_on) for r in rows)

    data = load_document_data(db, plan.process_id)
    pages = hdr_gantt.chart_pages(gantt_rows(data.plan, data.baseline), plan.hdr.period_start, plan.hdr.period_end,
                                  700, 500, show_baseline=True)  # fmt: skip
    printed = [row for page in pages if page.page.slice_number == 1 for row in page.page.rows]
    assert printed == rows
    assert all(pages[0].labels[r.number].startswith(f"{r.number}. ") for r in rows)


@pytest.mark.parametrize(
    "partner, label",
    [
        (PartnerData("odn", None, "Ośrodek Doskonalenia Nauczycieli w Siedlcach"),
         "Ośrodek Doskonalenia Nauczycieli w Siedlcach (ODN)"),
        (PartnerData("odn", None, ""), "placówka doskonalenia nauczycieli (ODN)"),
        (PartnerData("ppp", None, "PPP w Węgrowie\n(filia)"), "PPP w Węgrowie (filia)"),
        (PartnerData("ppp", None, "Poradnia w  Węgrowie"), "Poradnia w Węgrowie (PPP)"),
        (PartnerData("bp", None, "Biblioteka Pedagogiczna"), "Biblioteka Pedagogiczna (BP)"),
        (PartnerData("ngo", None, "Fundacja Dzieci"), "Fundacja Dzieci (organizacja pozarządowa)"),
        (PartnerData("other", None, "Parafia"), "Parafia (inny partner)"),
        (PartnerData("school", 5, ""), "Szkoła Podstawowa w Borowinie"),
        (PartnerData("school", 99, ""), "szkoła lub przedszkole"),  # a school no longer in the register
    ],
)  # fmt: skip
def test_the_one_partner_label(partner, label):
    schools = {5: "Szkoła Podstawowa  w Borowinie"}
    assert partner.label(schools) == label == partner_label(partner.kind, partner.school_id, partner.name, schools)
    assert not NESTED.search(label)


def test_the_pdf_and_the_xlsx_name_the_demo_partners_alike(demo):
    _, _, plan, pdf, sheet = demo
    by_number = {row.number: row for row in sheet}
    numbers = activity_numbers(plan.activities)
    others = set()
    for a in plan.activities:
        labels = [p.label(plan.schools) for p in a.partners]
        assert by_number[numbers[a.id]].partners == labels
        others |= {p.label(plan.schools) for p in a.partners if p.kind != "school"}
    assert {"Ośrodek Doskonalenia Nauczycieli w Siedlcach (ODN)",
            "Poradnia Psychologiczno-Pedagogiczna w Węgrowie (PPP)"} <= others  # fmt: skip
    for label in others:
        assert label in pdf
    cells = [label for row in sheet for label in row.partners]
    assert not [label for label in cells if NESTED.search(label)]
    assert "(placówka doskonalenia nauczycieli (ODN))" not in pdf and not NESTED.search(pdf)
