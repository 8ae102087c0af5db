"""Speed at scale: a JST with 2,000 schools and HDR plans of 120, 1,000 and 5,000 activities.

    python bench/scale.py [--runs 3] [--sizes 120,1000,5000]

The store is built once (in .bench/, removed afterwards). For each plan size it times, each beside a floor
measured in the same run:
  - the HDR checklist of a plan already read (what the editor re-runs after a change); floor: a dict of the rows;
  - the XLSX of the activities, as bytes; floor: the same values as CSV in a deflated zip (as in
    bench/hdr_large_documents.py: the least any file of them costs);
  - the HDR document ('Zapisz jako PDF…'), written to a file (no floor: the target is absolute).
Then the screens, each until painted at 1366×700: the HDR section (table and Gantt chart) for each plan, and the
Schools section with 2,000 schools: opened, shown again after one edit made on it (a cell of the table, a school
saved), and sorted by another column; floor: a bare QTableView over a plain QAbstractTableModel of the same texts.
What a screen does on the event loop after its first paint (the HDR and Realizacja HDR sections read the rest of a
long plan so) is done, untimed, after each run; for the HDR section a line says, for information, how long it takes
until all is read, and its longest step (what a click at that moment waits for); for Realizacja HDR, how long
reading the rest takes (what a click in the first quarter of a second waits for).
Each line gives min/median/max of the wall time over the runs, the median CPU time this process used (for
information: on a machine busy with other work it varies far less), its target, and ok or OVER (by the wall
time's median); the memory of the process after the 5,000-activity plan was shown is printed too.
Targets: lists (the checklist, the screens) ≤ 100 ms; the XLSX of 5,000 activities ≤ 1 s; the HDR document of
5,000 activities ≤ 3 s (of 120: ≤ 1 s, as in bench/hdr_document.py); memory < 250 MB.
"""

from __future__ import annotations

import argparse
import datetime as dt
import gc
import os
import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

SCHOOLS = 2000
START, END = dt.date(2026, 9, 1), dt.date(2028, 8, 31)
FORMS = ("szkolenie", "warsztat", "doradztwo", "wizyta_studyjna", "siec_wspolpracy", "superwizja", "konsultacje",
         "zmiana_procedury", "inna")  # fmt: skip
FINANCING = ("budzet_jst", "fundusz_doskonalenia", "fundusze_ue", "inne")
LIST_TARGET = 0.100
XLSX_TARGET = 1.0  # for 5,000 activities, so for fewer too


def make_store(path: Path, sizes: list[int]) -> tuple[int, dict[int, int]]:
    """One JST with SCHOOLS schools, and for each size a process whose HDR has that many activities."""
    from tests.hdr_support import add_goal, add_person
    from wsparcie_desktop.db.migrate import open_store
    from wsparcie_desktop.db.models import ActivityGoal, ActivityIndicator, ActivityPartner, HdrActivity, School
    from wsparcie_desktop.services import hdr, jst, processes
    from wsparcie_desktop.services.hdr import HdrData

    db = open_store(path, backup=False)
    jst_id = jst.create_jst(db, "Powiat Zalesiański", "powiat", teryt="1434", voivodeship="mazowieckie").id
    with db.transaction() as s:
        schools = []
        for i in range(SCHOOLS):
            school = School(jst_id=jst_id, name=f"Szkoła Podstawowa nr {i + 1} im. Marii Skłodowskiej-Curie",
                            school_type="szkola_podstawowa", rspo=str(10000 + i), city=f"Zalesie {i % 40}",
                            pupils=100 + i % 700, teachers_fte=Decimal("12.5"), director="Anna Żółkiewska")  # fmt: skip
            s.add(school)
            schools.append(school)
        s.flush()
        school_ids = [school.id for school in schools[:20]]
    people = [add_person(db, jst_id, f"Osoba Odpowiedzialna {n + 1}") for n in range(12)]
    processes_by_size = {}
    span = (END - START).days
    for size in sizes:
        process_id = processes.save_process(
            db, jst_id, processes.ProcessData(name=f"Proces {size}", started_on=START)
        ).id
        goals = [add_goal(db, process_id, f"Cel rozwojowy {n + 1}: lepsze wspomaganie szkół",
                          indicators=(f"Odsetek nauczycieli objętych wspomaganiem ({n + 1})",)) for n in range(3)]  # fmt: skip
        hdr_id = hdr.save_hdr(db, process_id, HdrData(START, END, ore_form_code="dobra_praktyka",
                                                      ore_form_due_on=dt.date(2028, 6, 30),
                                                      ore_form_responsible_id=people[0])).id  # fmt: skip
        with db.transaction() as s:
            rows = []
            for n in range(size):
                start = START + dt.timedelta(days=(n * 37) % (span - 120))
                row = HdrActivity(
                    hdr_id=hdr_id, position=n, name=f"Działanie rozwojowe nr {n + 1}: warsztaty dla nauczycieli",
                    description="Spotkania w szkołach, obserwacje zajęć i omówienie wniosków z dyrektorami.",
                    form=FORMS[n % len(FORMS)], starts_on=start, ends_on=start + dt.timedelta(days=20 + n % 90),
                    responsible_id=people[n % len(people)], cost=Decimal(1500 + 25 * (n % 200)),
                    financing=FINANCING[n % len(FINANCING)], is_milestone=n % 10 == 9,
                    expected_result="Nauczyciele stosują omówione rozwiązania.",
                )  # fmt: skip
                s.add(row)
                rows.append(row)
            s.flush()
            for n, row in enumerate(rows):
                goal_id, indicators = goals[n % 3]
                if n % 4 == 1:
                    row.depends_on_id = rows[n - 1].id
                s.add(ActivityGoal(activity_id=row.id, goal_id=goal_id))
                s.add(ActivityIndicator(activity_id=row.id, indicator_id=indicators[0]))
                s.add(ActivityPartner(activity_id=row.id, kind="school", school_id=school_ids[n % len(school_ids)]))
        processes_by_size[size] = process_id
    db.close()
    return jst_id, processes_by_size


def peak_memory_mb() -> float:
    """The process's peak resident memory (ru_maxrss: kB on Linux)."""
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def program_memory(store: Path, jst_id: int, process_id: int) -> float:
    """The peak memory of a program of its own (not this one, which built the store) showing the plan."""
    import subprocess

    result = subprocess.run([sys.executable, __file__, "--memory-of", f"{store}:{jst_id}:{process_id}"],
                            capture_output=True, text=True, check=True)  # fmt: skip
    return float(result.stdout.split()[-1])


def show_plan_in_program(store: Path, jst_id: int, process_id: int) -> int:
    """The main window on the store, the HDR section showing the plan, every section built; prints the peak MB."""
    from PySide6.QtWidgets import QApplication

    from ui.main_window import MainWindow
    from wsparcie_desktop.db.migrate import open_store

    app = QApplication.instance() or QApplication(sys.argv[:1])
    window = MainWindow(open_store(store, backup=False))
    window.resize(1366, 768)
    window.show()
    window.ctx.choose_process(jst_id, process_id)
    window.show_section("hdr")
    window.sections  # noqa: B018 — every section built, as after the start-up steps
    app.processEvents()
    window.current_section().chart.viewport().repaint()
    drained(app)  # the whole plan read (a long one is read on after its first rows are painted)
    print(f"{peak_memory_mb():.1f}")
    window.close_store(backup=False)
    return 0


CPU_TIMES: dict[int, list[float]] = {}  # id() of a list of wall times -> this process's CPU times of those runs


def timed(fn: Callable[[], object], runs: int, settle: Callable[[], object] | None = None) -> list[float]:
    """The wall times of ``fn`` (after a warm-up); ``settle``, untimed, after each: what a screen left to do on the
    event loop is done before the next run begins, so no run pays for the one before."""
    fn()  # warm-up
    if settle:
        settle()
    times, cpu = [], []
    for _ in range(runs):
        start, start_cpu = time.perf_counter(), time.process_time()
        fn()
        times.append(time.perf_counter() - start)
        cpu.append(time.process_time() - start_cpu)
        if settle:
            settle()
    CPU_TIMES[id(times)] = cpu
    return times


def drained(app) -> None:
    """Every event waiting (and every one those post) handled: what the screens do after their first paint."""
    from PySide6.QtCore import QEventLoop

    app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 10_000)


def figures(label: str, times: list[float]) -> str:
    """min/median/max of the wall times, and (for information: steadier on a busy machine) the median CPU time."""
    low, middle, high = (f"{t * 1000:8.1f}" for t in (min(times), statistics.median(times), max(times)))
    cpu = CPU_TIMES.get(id(times))
    used = f" (CPU {statistics.median(cpu) * 1000:.0f})" if cpu else ""
    return f"{label:<34} min {low}  median {middle}  max {high} ms{used}"


def line(label: str, times: list[float], target: float) -> str:
    """A figure, its target and whether the median keeps to it."""
    verdict = "ok" if statistics.median(times) <= target else "OVER"
    return f"{figures(label, times)}  target ≤ {target * 1000:.0f} ms {verdict}"


def floor_line(label: str, times: list[float]) -> str:
    return f"{figures('    floor: ' + label, times)}  (floor, no target)"


def xlsx_floor(plan) -> bytes:
    """The floor bench/hdr_large_documents.py uses: the export's values as CSV in a deflated zip."""
    from bench.hdr_large_documents import xlsx_floor as deflated_csv

    return deflated_csv(plan)


def bench_plans(store: Path, jst_id: int, processes_by_size: dict[int, int], runs: int, folder: Path) -> None:
    from wsparcie_desktop.db.migrate import open_store
    from wsparcie_desktop.exporters.hdr_xlsx import workbook_bytes
    from wsparcie_desktop.reports import build_document
    from wsparcie_desktop.services.hdr import load_plan
    from wsparcie_desktop.services.hdr_validation import check_plan

    db = open_store(store, backup=False)
    try:
        for size, process_id in processes_by_size.items():
            plan = load_plan(db, process_id)
            print(f"HDR of {size} activities")
            print(line("  checklist (check_plan)", timed(lambda plan=plan: check_plan(plan), runs), LIST_TARGET))
            print(floor_line("dict of the rows", timed(lambda plan=plan: {a.id: a for a in plan.activities}, runs)))
            print(line("  XLSX of the activities", timed(lambda plan=plan: workbook_bytes(plan, "Powiat"), runs),
                       XLSX_TARGET))  # fmt: skip
            print(floor_line("CSV of the same values, deflated", timed(lambda plan=plan: xlsx_floor(plan), runs)))
            pdf = folder / f"hdr-{size}.pdf"
            doc_target = 1.0 if size <= 120 else 3.0
            document = timed(lambda pid=process_id, pdf=pdf: build_document("hdr", db, jst_id, pdf, process_id=pid),
                             runs)  # fmt: skip
            print(line("  HDR document (PDF)", document, doc_target))
    finally:
        db.close()


class PlainModel:
    """A bare QAbstractTableModel over a list of tuples of texts (made lazily: Qt is imported late)."""

    @staticmethod
    def make(rows: list[tuple[str, ...]]):
        from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt

        class Model(QAbstractTableModel):
            def rowCount(self, parent=QModelIndex()):  # noqa: B008, N802
                return 0 if parent.isValid() else len(rows)

            def columnCount(self, parent=QModelIndex()):  # noqa: B008, N802
                return 0 if parent.isValid() else len(rows[0]) if rows else 0

            def data(self, index, role=Qt.ItemDataRole.DisplayRole):
                return rows[index.row()][index.column()] if role == Qt.ItemDataRole.DisplayRole else None

        return Model()


def painted(app, *widgets) -> None:
    app.processEvents()
    for widget in widgets:
        widget.repaint()


def floor_table(app, rows: list[tuple[str, ...]], keep: list) -> None:
    from PySide6.QtWidgets import QTableView

    table = QTableView()
    table.setModel(PlainModel.make(rows))
    table.resize(1366, 700)
    table.show()
    painted(app, table.viewport())
    table.hide()
    keep.append(table)


def bench_hdr_section(store: Path, jst_id: int, processes_by_size: dict[int, int], runs: int) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    from ui.context import AppContext, AppSignals
    from ui.models.activities_model import DEPENDS, NAME, START
    from ui.sections.hdr import HdrSection
    from wsparcie_desktop.db.migrate import open_store

    app = QApplication.instance() or QApplication(sys.argv[:1])
    db = open_store(store, backup=False)
    ctx = AppContext(db=db, signals=AppSignals())
    gc.freeze()  # as the main window does once its start-up loading is done
    keep = []
    try:
        for size, process_id in processes_by_size.items():
            ctx.chosen_processes[jst_id] = process_id

            def open_section() -> None:
                section = HdrSection(ctx)
                section.resize(1366, 700)
                section.set_jst(jst_id, lazy=True)  # as the main window does: read when shown
                section.show()
                painted(app, section.table.viewport(), section.chart.viewport())
                section.hide()
                keep.append(section)

            print(f"HDR section, {size} activities")
            print(line("  open until painted", timed(open_section, runs, lambda: drained(app)), LIST_TARGET))
            steps: list[float] = []
            done: list = []  # let go of, untimed: the sections kept would make the later figures' collections longer

            def open_and_read(steps=steps, done=done) -> None:
                """Opened, then what it reads after the first paint (a long plan's rest), step by step."""
                section = HdrSection(ctx)
                section.resize(1366, 700)
                section.set_jst(jst_id, lazy=True)
                section.show()
                painted(app, section.table.viewport(), section.chart.viewport())
                while section.loading:
                    start = time.perf_counter()
                    app.processEvents()
                    steps.append(time.perf_counter() - start)
                section.hide()
                done.append(section)

            def let_go(done=done) -> None:
                done.clear()
                drained(app)

            read = timed(open_and_read, runs, let_go)
            longest = f"; its longest step {max(steps) * 1000:.0f} ms" if steps else ""
            print(f"{figures('    … and until all is read', read)}  (for information: on the event loop after "
                  f"the first paint{longest})")  # fmt: skip
            section = HdrSection(ctx)
            section.resize(1366, 700)
            section.set_jst(jst_id, lazy=True)
            section.show()
            painted(app, section.table.viewport(), section.chart.viewport())
            drained(app)  # the whole plan read, as a moment after it is shown
            edits = iter(range(10_000))

            def edit_cell(section=section, edits=edits) -> None:
                index = section.proxy.index(0, NAME)
                assert section.proxy.setData(index, f"Działanie zmienione {next(edits)}")
                painted(app, section.table.viewport(), section.chart.viewport())

            print(line("  shown again after a cell edit", timed(edit_cell, runs), LIST_TARGET))
            columns = iter([START, NAME] * 100)

            def sort(section=section, columns=columns) -> None:
                section.table.sortByColumn(next(columns), Qt.SortOrder.AscendingOrder)
                painted(app, section.table.viewport(), section.chart.viewport())

            print(line("  sorted by another column", timed(sort, runs), LIST_TARGET))
            rows = [tuple(str(section.proxy.index(r, c).data() or "") for c in range(DEPENDS + 1))
                    for r in range(section.proxy.rowCount())]  # fmt: skip
            section.hide()
            keep.append(section)
            print(floor_line("bare QTableView", timed(lambda rows=rows: floor_table(app, rows, keep), runs)))
    finally:
        for widget in keep:
            widget.deleteLater()
        app.processEvents()
        db.close()


def bench_schools(store: Path, jst_id: int, runs: int) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication, QTableView

    from ui.context import AppContext, AppSignals
    from ui.sections.schools import SchoolsSection
    from wsparcie_desktop.db.migrate import open_store
    from wsparcie_desktop.services.schools import list_schools

    app = QApplication.instance() or QApplication(sys.argv[:1])
    db = open_store(store, backup=False)
    ctx = AppContext(db=db, signals=AppSignals())
    keep = []

    def open_section() -> None:
        section = SchoolsSection(ctx)
        section.resize(1366, 700)
        section.set_jst(jst_id, lazy=True)  # as the main window does: read when shown
        section.show()
        app.processEvents()
        section.table.viewport().repaint()
        section.hide()
        keep.append(section)

    def floor() -> None:
        rows = [(s.name, s.type_label, s.rspo, s.city, s.director, str(s.pupils or ""), str(s.teachers_fte or ""),
                 "tak" if s.is_public else "nie") for s in list_schools(db, jst_id)]  # fmt: skip
        table = QTableView()
        table.setModel(PlainModel.make(rows))
        table.resize(1366, 700)
        table.show()
        app.processEvents()
        table.viewport().repaint()
        table.hide()
        keep.append(table)

    try:
        print(f"Schools section, {SCHOOLS} schools")
        print(line("  open until painted", timed(open_section, runs), LIST_TARGET))
        section = SchoolsSection(ctx)
        section.resize(1366, 700)
        section.set_jst(jst_id, lazy=True)  # as the main window does: read when shown
        section.show()
        painted(app, section.table.viewport())
        keep.append(section)
        school = list_schools(db, jst_id)[0]
        pupils = iter(range(100, 10_000))

        def edit_school() -> None:
            from wsparcie_desktop.services.schools import get_school, save_school

            data = get_school(db, school.id)
            data.pupils = next(pupils)
            ctx.run(section, save_school, jst_id, data)
            painted(app, section.table.viewport())

        print(line("  shown again after a school is saved", timed(edit_school, runs), LIST_TARGET))
        columns = iter([3, 0] * 100)

        def sort() -> None:
            section.table.sortByColumn(next(columns), Qt.SortOrder.AscendingOrder)
            painted(app, section.table.viewport())

        print(line("  sorted by another column", timed(sort, runs), LIST_TARGET))
        section.hide()
        print(floor_line("bare QTableView", timed(floor, runs)))
    finally:
        for widget in keep:
            widget.deleteLater()
        app.processEvents()
        db.close()


OTHER_SCREENS = ("realisation", "education_report", "school_support", "fund", "networks", "meetings", "remote_advice",
                 "team_education", "data_collection")  # fmt: skip


def bench_other_screens(store: Path, jst_id: int, processes_by_size: dict[int, int], runs: int, parts: str) -> None:
    """Every other list screen (bench/scale_screens.py), on the same store with what those screens show added."""
    from bench.scale_screens import bench_screens, fill_store
    from wsparcie_desktop.db.migrate import open_store

    start = time.perf_counter()
    db = open_store(store, backup=False)
    try:
        ids = fill_store(db, jst_id, processes_by_size)
    finally:
        db.close()
    print(f"the other screens' rows added in {time.perf_counter() - start:.1f} s")
    helpers = {"timed": timed, "line": line, "floor_line": floor_line, "floor_table": floor_table,
               "painted": painted, "drained": drained, "target": LIST_TARGET}  # fmt: skip
    bench_screens(store, jst_id, processes_by_size, ids, runs, parts, helpers)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--sizes", default="120,1000,5000")
    parser.add_argument(
        "--parts", default="plans,screens,memory",
        help="plans (checklist, XLSX, PDF), screens (= hdr,schools,others), memory; others = realisation, "
             "education_report, school_support, fund, networks, meetings, remote_advice, team_education, "
             "data_collection (see bench/scale_screens.py)",
    )  # fmt: skip
    parser.add_argument("--memory-of", help=argparse.SUPPRESS)  # STORE:JST:PROCESS, in the process measured
    args = parser.parse_args()
    if args.memory_of:
        store, jst_id, process_id = args.memory_of.rsplit(":", 2)
        return show_plan_in_program(Path(store), int(jst_id), int(process_id))
    sizes = [int(size) for size in args.sizes.split(",")]
    base = ROOT / ".bench"
    base.mkdir(exist_ok=True)
    folder = Path(tempfile.mkdtemp(prefix="scale-", dir=base))
    try:
        store = folder / "scale.sqlite"
        start = time.perf_counter()
        jst_id, processes_by_size = make_store(store, sizes)
        print(f"store: {SCHOOLS} schools, plans of {', '.join(map(str, sizes))} activities, built in "
              f"{time.perf_counter() - start:.1f} s; {args.runs} runs each after a warm-up")  # fmt: skip
        from reportlab.lib import rl_accel

        print(f"ReportLab C accelerator: {'yes' if rl_accel._c_funcs else 'no'}")
        if "plans" in args.parts:
            bench_plans(store, jst_id, processes_by_size, args.runs, folder)
        if "memory" in args.parts:
            largest = max(processes_by_size)
            memory = program_memory(store, jst_id, processes_by_size[largest])
            print(f"memory of the program with the plan of {largest} activities open in the HDR section: "
                  f"{memory:.0f} MB peak resident  target < 250 MB {'ok' if memory < 250 else 'OVER'}")  # fmt: skip
        if "screens" in args.parts or "hdr" in args.parts:
            bench_hdr_section(store, jst_id, processes_by_size, args.runs)
        if "screens" in args.parts or "schools" in args.parts:
            bench_schools(store, jst_id, args.runs)
        everything = "screens" in args.parts or "others" in args.parts
        others = [part for part in OTHER_SCREENS if everything or part in args.parts]
        if others:
            bench_other_screens(store, jst_id, processes_by_size, args.runs, ",".join(others))
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
