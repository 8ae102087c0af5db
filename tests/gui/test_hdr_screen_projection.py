"""The screen shows the demo HDR with the core's one projection: the numbers of the PDF and the XLSX in the table,
the chart and the dialog; the chart drawn from the same Gantt rows as the PDF; partners under the one label."""

from __future__ import annotations

from dataclasses import replace

from ui.models.activities_model import DEPENDS, ID_ROLE, NUMBER
from ui.sections.hdr import HdrSection
from wsparcie_desktop.exporters.hdr_xlsx import rows_of
from wsparcie_desktop.reports import hdr_gantt
from wsparcie_desktop.services import hdr
from wsparcie_desktop.services.hdr_baseline import latest_baseline
from wsparcie_desktop.services.hdr_progress import actual_dates
from wsparcie_desktop.services.hdr_projection import GanttRow, activity_numbers, gantt_rows


def test_the_screen_numbers_charts_and_names_the_demo_hdr_as_the_documents(qtbot, ctx, demo_db):
    db, demo = demo_db
    section = HdrSection(ctx)
    qtbot.addWidget(section)
    section.set_jst(demo.jst_id)
    section.show()
    plan = hdr.load_plan(db, demo.process_id)
    numbers = activity_numbers(plan.activities)
    xlsx = {row.name: (row.number, row.depends_on) for row in rows_of(plan)}

    proxy = section.proxy
    shown = {}
    for r in range(proxy.rowCount()):
        activity = plan.activity(proxy.index(r, NUMBER).data(ID_ROLE))
        depends = proxy.index(r, DEPENDS).data()
        shown[activity.name] = (int(proxy.index(r, NUMBER).data()), int(depends) if depends else None)
    assert shown == xlsx  # the table's "No." and "After activity" are the XLSX's (and the PDF's)
    assert {name: n for name, (n, _) in shown.items()} == {a.name: numbers[a.id] for a in plan.activities}

    rows = gantt_rows(plan, latest_baseline(db, plan.hdr.id))
    # the screen's chart gets the rows the PDF's chart gets, and the actual dates of stage 3 as its third bar
    assert [replace(bar, actual_start=None, actual_end=None) for bar in section.chart.bars] == rows
    actuals = actual_dates(db, plan.hdr.id)
    assert actuals and {b.id: (b.actual_start, b.actual_end) for b in section.chart.bars if b.id in actuals} == actuals
    assert all(type(bar) is GanttRow is hdr_gantt.GanttRow for bar in section.chart.bars)
    tooltip = section.chart.item_for(rows[1].id).toolTip()
    assert tooltip.startswith(f"2. {rows[1].name}\n")

    with_partners = next(a for a in plan.activities if {p.kind for p in a.partners} >= {"school", "ppp"})
    dialog = section.edit_activity(with_partners.id)
    listed = [dialog.partners.item(i).text() for i in range(dialog.partners.count())]
    assert listed == [p.label(plan.schools) for p in with_partners.partners]  # as the PDF and the XLSX print them
    assert "Poradnia Psychologiczno-Pedagogiczna w Węgrowie (PPP)" in listed
    choices = [dialog.depends_on.itemText(i) for i in range(1, dialog.depends_on.count())]
    expected = [f"{numbers[a.id]}. {a.name}" for a in plan.activities if a.id != with_partners.id]
    assert [text.rsplit(" (", 1)[0] for text in choices] == expected
    dialog.reject()
