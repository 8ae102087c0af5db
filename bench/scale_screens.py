"""The other list screens of bench/scale.py: each section whose table grows with the data, at a large size.

What drives each screen, and the size chosen (each believable for a large powiat, or the issue's figure):
  - "Realizacja HDR" (realisation): the approved plan's activities, 120 / 1,000 / 5,000 (the issue's plans), with
    60 measurements for each of the plan's 3 indicators (the Indicators tab);
  - the education report (education_report): the 2,000 schools' yearly figures (the grid) and their CKE results,
    3 subjects each (6,000 results);
  - school support (school_support): every one of the 2,000 schools is a row (with or without a support), 200 of
    them with a support;
  - the fund (fund): one year with 2,000 allocations (one per school, the most a per-school plan gives);
  - networks (networks): 100 networks, the first with 500 members and 30 meetings;
  - meetings (meetings): 500 meetings of the process (the table of meetings);
  - remote advice (remote_advice): 1,000 entries of the process (the log, and its months and stages);
  - the education team (team_education): 300 people;
  - data collection (data_collection): 500 tasks of the process.
Not here: the diagnosis and its stage-2 lists (gaps, goals: tens of rows, no table that grows with the JST), the
advisory process (a JST's few processes), the profile and the dashboard (no list).

Each screen is opened until painted, shown again after an edit made on it (the section asks a service through
``ctx.run``, as its dialog or its keys do, and shows what came back), and sorted by another column where its table
sorts; the floor is a bare QTableView over a plain list model of the texts of the same rows.
"""

from __future__ import annotations

import datetime as dt
import gc
import os
import statistics
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import Decimal

SUPPORTS = 200
ALLOCATIONS = 2000
NETWORKS, MEMBERS, NETWORK_MEETINGS = 100, 500, 30
MEETINGS = 500
ADVICE = 1000
PEOPLE = 300
TASKS = 500
MEASUREMENTS = 60  # per indicator
SUBJECTS = ("język polski", "matematyka", "język angielski")


def fill_store(db, jst_id: int, processes_by_size: dict[int, int]) -> dict:
    """What the screens below need, beside the schools and the plans make_store made; returns the ids used."""
    from wsparcie_desktop.db.models import (
        DataTask,
        ExamResult,
        FundAllocation,
        Indicator,
        IndicatorMeasurement,
        Meeting,
        Network,
        NetworkMeeting,
        NetworkMember,
        Person,
        RemoteAdvice,
        School,
    )
    from wsparcie_desktop.services import education_data, fund, people, school_support
    from wsparcie_desktop.services.fund import FundYearData
    from wsparcie_desktop.services.school_support import SupportData

    largest = processes_by_size[max(processes_by_size)]
    role = people.roles(db, "education")[0].code
    advisory = people.roles(db, "advisory")[0].code
    year = education_data.report_school_year()
    exam_year = education_data.first_year(year) + 1
    with db.transaction() as s:
        school_ids = [row[0] for row in s.query(School.id).filter(School.jst_id == jst_id).order_by(School.id)]
        # measurements of every plan's indicators
        from wsparcie_desktop.db.models import ActivityIndicator, HdrActivity

        indicator_ids = {i for (i,) in s.query(ActivityIndicator.indicator_id).join(HdrActivity).distinct()}
        for indicator_id in indicator_ids:
            for n in range(MEASUREMENTS):
                s.add(IndicatorMeasurement(indicator_id=indicator_id, measured_on=dt.date(2026, 9, 1) + dt.timedelta(days=10 * n),
                                           value=Decimal(n % 100), source="ankieta", measured_by="Anna Żółkiewska"))  # fmt: skip
        assert s.query(Indicator).count() >= len(indicator_ids)
        for school_id in school_ids:
            for n, subject in enumerate(SUBJECTS):
                s.add(ExamResult(school_id=school_id, exam="e8", year=exam_year, subject=subject, takers=20 + school_id % 40,
                                 mean=Decimal(50 + (school_id + n) % 40), median=Decimal(52), mode=Decimal(55)))  # fmt: skip
        for n in range(PEOPLE):
            s.add(Person(jst_id=jst_id, full_name=f"Członek Zespołu {n + 1} Wiśniewska-Żak", role_code=role,
                         position="nauczyciel konsultant", institution="Poradnia Psychologiczno-Pedagogiczna",
                         email=f"osoba{n}@zalesie.pl", phone="22 123 45 67"))  # fmt: skip
        for n in range(MEETINGS):
            day = dt.date(2026, 9, 1) + dt.timedelta(days=n)
            s.add(Meeting(process_id=largest, kind="other", title=f"Spotkanie robocze nr {n + 1} zespołu oświatowego",
                          starts_on=day, ends_on=day, place="Starostwo Powiatowe, sala 12"))  # fmt: skip
        advisor = Person(jst_id=jst_id, full_name="Doradca Maria Zielińska", role_code=advisory)
        s.add(advisor)
        s.flush()
        for n in range(ADVICE):
            s.add(RemoteAdvice(process_id=largest, advisor_id=advisor.id, held_on=dt.date(2026, 9, 1) + dt.timedelta(days=n % 700),
                               minutes=30 + n % 60, channel="telefon", topic=f"Konsultacja nr {n + 1}: plan wspomagania",
                               notes="Omówiono postępy i kolejne kroki."))  # fmt: skip
        for n in range(TASKS):
            s.add(DataTask(process_id=largest, what=f"Zebranie danych nr {n + 1}: wyniki egzaminów i ankiet",
                           source="survey", collector="Anna Żółkiewska", due_on=dt.date(2026, 10, 1) + dt.timedelta(days=n),
                           status="planned"))  # fmt: skip
        networks = []
        for n in range(NETWORKS):
            network = Network(jst_id=jst_id, name=f"Sieć współpracy nauczycieli nr {n + 1}", provider_code="PPP",
                              coordinator="Małgorzata Wrona", school_year="2026/2027", goals="Wymiana doświadczeń.")  # fmt: skip
            s.add(network)
            networks.append(network)
        s.flush()
        for n in range(MEMBERS):
            s.add(NetworkMember(network_id=networks[0].id, school_id=school_ids[n], full_name=f"Nauczyciel {n + 1} Kowalski",
                                joined_on=dt.date(2026, 10, 1)))  # fmt: skip
        for n in range(NETWORK_MEETINGS):
            s.add(NetworkMeeting(network_id=networks[0].id, held_on=dt.date(2026, 10, 1) + dt.timedelta(days=7 * n),
                                 topic=f"Spotkanie sieci nr {n + 1}", expert="dr Jan Nowak"))  # fmt: skip
        network_ids = [network.id for network in networks]
        from wsparcie_desktop.db.models import AdvisoryProcess, Area

        # the area chosen (stage 1 done): the data collection of stage 2 shows its tasks
        s.get(AdvisoryProcess, largest).chosen_area_id = s.query(Area.id).order_by(Area.id).first()[0]
    rows = []
    for row in education_data.school_year_rows(db, jst_id, year):
        row.pupils, row.classes, row.teachers = 300 + row.school_id % 200, 14, 25
        rows.append(row)
    education_data.save_school_year_rows(db, jst_id, year, rows)
    support_ids = []
    for n in range(SUPPORTS):
        start = dt.date(2026, 9, 1)
        data = SupportData(school_id=school_ids[n], provider_code="PPP", area="Praca z uczniem o specjalnych potrzebach",
                           starts_on=start, ends_on=dt.date(2027, 6, 30), process_id=largest, cost=Decimal(4000 + n))  # fmt: skip
        support_ids.append(school_support.save_support(db, jst_id, data).id)
    fund_year = fund.save_year(db, jst_id, FundYearData(dt.date.today().year, planned_salaries="150 000 000,00")).id
    with db.transaction() as s:
        for n in range(ALLOCATIONS):
            s.add(FundAllocation(fund_year_id=fund_year, purpose=f"Szkolenie rady pedagogicznej szkoły nr {n + 1}",
                                 category="courses", provider_code="ODN", school_id=school_ids[n % len(school_ids)],
                                 amount=Decimal(1000 + n)))  # fmt: skip
    return {"supports": support_ids, "fund_year": fund_year, "networks": network_ids, "process": largest}


@dataclass
class Screen:
    """A section, the table of it that grows, an edit made on it, and the columns it sorts by (none: it does not)."""

    key: str
    label: str
    table: Callable[[object], object]
    edit: Callable[[object, object], None]  # (section, ctx)
    sort_columns: tuple[int, ...] = ()
    before_show: Callable[[object], None] = field(default=lambda section: None)


def _counter():
    n = 0
    while True:
        n += 1
        yield n


def screens(db, jst_id: int, ids: dict) -> list[Screen]:
    from wsparcie_desktop.services import data_tasks, fund, meetings, networks, people, remote_advice, school_support

    process_id = ids["process"]
    tick = _counter()
    first_task = data_tasks.list_tasks(db, process_id)[0].id
    first_meeting = meetings.list_meetings(db, process_id)[0].meeting.id
    first_advice = remote_advice.list_advice(db, process_id)[0].id
    first_person = people.list_people(db, jst_id, "education")[0].id

    def save(service, args_of):
        def edit(section, ctx):
            ctx.run(section, service, *args_of(section))

        return edit

    def support_args(section):
        data = school_support.get_support(db, ids["supports"][0])
        data.area = f"Praca z uczniem, zmiana {next(tick)}"
        return jst_id, data

    def fund_args(section):
        data = fund.get_year(db, ids["fund_year"])
        data.union_opinion = f"Opinia {next(tick)}"
        return jst_id, data

    def network_args(section):
        data = networks.get_network(db, ids["networks"][0])
        data.goals = f"Wymiana doświadczeń {next(tick)}"
        return jst_id, data

    def meeting_args(section):
        data = meetings.get_meeting(db, first_meeting)
        data.place = f"Sala {next(tick)}"
        return process_id, data

    def advice_args(section):
        data = remote_advice.get_advice(db, first_advice)
        data.notes = f"Ustalenia {next(tick)}"
        return process_id, data

    def person_args(section):
        data = people.get_person(db, first_person)
        data.phone = f"22 000 {next(tick):04d}"
        return jst_id, data, "education"

    def task_args(section):
        data = data_tasks.get_task(db, first_task)
        data.findings = f"Wnioski {next(tick)}"
        return process_id, data

    def grid_edit(section, ctx):
        model = section.grid.model()  # a figure typed into the first school's cell
        assert model.setData(model.index(0, 1), str(300 + next(tick) % 100))
        assert section.save_grid()

    def pick_network(section):
        section.table.select(ids["networks"][0])

    return [
        Screen("education_report", f"Education report, {len(SUBJECTS)} results of each of the schools",
               lambda s: s.grid, grid_edit),
        Screen("school_support", f"School support, every school, {SUPPORTS} supports", lambda s: s.table,
               save(school_support.save_support, support_args)),
        Screen("fund", f"Development fund, a year of {ALLOCATIONS} allocations", lambda s: s.allocations,
               save(fund.save_year, fund_args)),
        Screen("networks", f"Networks, {NETWORKS}; {MEMBERS} members of the first", lambda s: s.members,
               save(networks.save_network, network_args), before_show=pick_network),
        Screen("meetings", f"Meetings, {MEETINGS} of the process", lambda s: s.table,
               save(meetings.save_meeting, meeting_args)),
        Screen("remote_advice", f"Remote advice, {ADVICE} entries", lambda s: s.entries,
               save(remote_advice.save_advice, advice_args)),
        Screen("team_education", f"Education team, {PEOPLE} people", lambda s: s.table,
               save(people.save_person, person_args), sort_columns=(1, 0)),
        Screen("data_collection", f"Data collection, {TASKS} tasks", lambda s: s.table,
               save(data_tasks.save_task, task_args)),
    ]  # fmt: skip


def texts_of(table) -> list[tuple[str, ...]]:
    model = table.model()
    return [tuple(str(model.index(r, c).data() or "") for c in range(model.columnCount()))
            for r in range(model.rowCount())]  # fmt: skip


def bench_screen(app, ctx, jst_id: int, screen: Screen, runs: int, title: str, timed, line, floor_line,
                 floor_table, painted, drained, target: float) -> None:  # fmt: skip
    from PySide6.QtCore import Qt

    from ui.sections import section_class

    cls = section_class(f"ui.sections.{screen.key}")
    keep = []

    def build():
        section = cls(ctx)
        section.resize(1366, 700)
        section.set_jst(jst_id, lazy=True)  # as the main window does: read when shown
        section.show()
        screen.before_show(section)
        painted(app, screen.table(section).viewport())
        return section

    def open_section() -> None:
        section = build()
        section.hide()
        keep.append(section)

    try:
        print(f"{title} (load average {os.getloadavg()[0]:.1f})")
        print(line("  open until painted", timed(open_section, runs, lambda: drained(app)), target))
        section = build()
        keep.append(section)
        table = screen.table(section)

        def edit() -> None:
            screen.edit(section, ctx)
            painted(app, screen.table(section).viewport())

        print(line("  shown again after an edit on it", timed(edit, runs), target))
        if screen.sort_columns:
            columns = iter(screen.sort_columns * 100)

            def sort() -> None:
                table.sortByColumn(next(columns), Qt.SortOrder.AscendingOrder)
                painted(app, table.viewport())

            print(line("  sorted by another column", timed(sort, runs), target))
        rows = texts_of(screen.table(section))
        section.hide()
        print(f"    ({len(rows)} rows in the table measured; load average {os.getloadavg()[0]:.1f})")
        print(floor_line("bare QTableView", timed(lambda: floor_table(app, rows, keep), runs)))
    finally:
        for widget in keep:
            widget.deleteLater()
        app.processEvents()


def bench_realisation(app, ctx, jst_id: int, processes_by_size: dict[int, int], runs: int, timed, line, floor_line,
                      floor_table, painted, drained, target: float) -> None:  # fmt: skip
    from PySide6.QtCore import Qt

    from ui.models.realisation_model import NAME, STATUS
    from ui.sections.realisation import RealisationSection

    keep = []
    statuses = iter(["in_progress", "delayed"] * 1000)
    medians: dict[str, dict[int, float]] = {}  # operation -> size -> median wall time

    def kept(label: str, size: int, times: list[float]) -> list[float]:
        medians.setdefault(label.strip(), {})[size] = statistics.median(times)
        return times

    try:
        for size, process_id in processes_by_size.items():
            ctx.chosen_processes[jst_id] = process_id

            def build():
                section = RealisationSection(ctx)
                section.resize(1366, 700)
                section.set_jst(jst_id, lazy=True)
                section.show()
                painted(app, section.table.viewport())
                return section

            def open_section(build=build) -> None:
                section = build()
                section.hide()
                keep.append(section)

            print(f"Realizacja HDR section, {size} activities (load average {os.getloadavg()[0]:.1f})")
            opened = timed(open_section, runs, lambda: drained(app))  # a long plan's rest read after each, untimed
            print(line("  open until painted", kept("  open until painted", size, opened), target))
            rests: list[float] = []

            def open_and_read(build=build, rests=rests) -> None:
                """Opened, then the rest of a long plan read at once (as a click in its first moments has it)."""
                section = build()
                if section.loading:
                    start = time.perf_counter()
                    section.finish_reading()
                    rests.append(time.perf_counter() - start)
                section.hide()
                section.deleteLater()

            timed(open_and_read, runs, lambda: drained(app))
            if rests:
                print(f"    … reading the rest of the plan: median {statistics.median(rests) * 1000:.1f} ms (for "
                      "information: a quarter of a second after the first paint, or at once at a click or a key)")  # fmt: skip
            section = build()
            keep.append(section)

            def set_status(section=section) -> None:  # key 2 / 4 on the first row, as the clerk types it
                section.table.setCurrentIndex(section.proxy.index(0, STATUS))
                assert section.set_status(next(statuses))
                painted(app, section.table.viewport())

            print(
                line(
                    "  shown again after a status is set",
                    kept("  shown again after a status is set", size, timed(set_status, runs)),
                    target,
                )
            )
            columns = iter([STATUS, NAME] * 100)

            def sort(section=section, columns=columns) -> None:
                section.table.sortByColumn(next(columns), Qt.SortOrder.AscendingOrder)
                painted(app, section.table.viewport())

            print(
                line("  sorted by another column", kept("  sorted by another column", size, timed(sort, runs)), target)
            )

            def indicators(section=section) -> None:
                section.tabs.setCurrentWidget(section.indicators)
                painted(app, section.indicators)
                section.tabs.setCurrentIndex(0)

            print(line("  Indicators tab shown", kept("  Indicators tab shown", size, timed(indicators, runs)), target))
            rows = texts_of(section.table)
            section.hide()
            print(f"    (load average {os.getloadavg()[0]:.1f})")
            print(floor_line("bare QTableView", timed(lambda rows=rows: floor_table(app, rows, keep), runs)))
        sizes = sorted(processes_by_size)
        if len(sizes) > 1:
            print(f"Realizacja HDR growth over {' → '.join(map(str, sizes))} activities (median ms; linear: the "
                  "time grows no faster than the rows)")  # fmt: skip
            for label, by_size in medians.items():
                times = [by_size[size] for size in sizes]
                ratio = (times[-1] / times[0]) / (sizes[-1] / sizes[0])
                print(f"  {label:<34} {' → '.join(f'{t * 1000:.0f}' for t in times)}; ×{times[-1] / times[0]:.1f} "
                      f"for ×{sizes[-1] / sizes[0]:.1f} rows  {'linear or better' if ratio <= 1 else 'WORSE than linear'}")  # fmt: skip
    finally:
        for widget in keep:
            widget.deleteLater()
        app.processEvents()


def bench_screens(store, jst_id: int, processes_by_size: dict[int, int], ids: dict, runs: int, parts: str,
                  helpers: dict) -> None:  # fmt: skip
    from PySide6.QtWidgets import QApplication

    import ui.context
    from ui.context import AppContext, AppSignals
    from wsparcie_desktop.db.migrate import open_store

    def refused(_origin, error, form=None):  # a refusal's message box would wait for a click for ever
        raise RuntimeError(f"the edit was refused: {error}")

    ui.context.show_refusal = refused
    app = QApplication.instance() or QApplication(sys.argv[:1])
    db = open_store(store, backup=False)
    ctx = AppContext(db=db, signals=AppSignals())
    gc.freeze()
    try:
        if "realisation" in parts or "others" in parts:
            bench_realisation(app, ctx, jst_id, processes_by_size, runs, **helpers)
        ctx.chosen_processes[jst_id] = ids["process"]
        for screen in screens(db, jst_id, ids):
            if screen.key in parts or "others" in parts:
                bench_screen(app, ctx, jst_id, screen, runs, screen.label, **helpers)
    finally:
        db.close()
