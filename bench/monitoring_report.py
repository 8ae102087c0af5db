"""Document speed: the monitoring report of an HDR with 120 activities and 300 measurements, against the floor.

    python bench/monitoring_report.py [--runs 7] [--keep out.pdf]

The store is the one of bench/hdr_document.py (120 activities over 24 months, approved, later changed), with
each activity's status and actuals recorded and 300 measurements spread over its indicators. The report is
built as 'Zapisz jako PDF…' builds it: read through the services, laid out and written. The floor is the one of
bench/documents.py (ReportLab writing the same number of pages of plain DejaVu text), measured in the same run,
alternately, after one warm-up. Each figure line gives min/median/max of the wall-clock time (and the median CPU
time of this process, which other programs on the machine disturb less) and ends with its target and ok or OVER.
Target: the report's median is at most 1 s and at most 3.0 × the floor's median.
"""

from __future__ import annotations

import argparse
import datetime as dt
import importlib.util
import shutil
import statistics
import sys
import tempfile
import time
from decimal import Decimal
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

TARGET_RATIO = 3.0
TARGET_SECONDS = 1.0
MEASUREMENTS = 300
AS_OF = dt.date(2027, 9, 1)


def _load(name: str):
    spec = importlib.util.spec_from_file_location(f"bench_{name}", ROOT / "bench" / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def make_store(path: Path) -> tuple[int, int]:
    from wsparcie_desktop.db.migrate import open_store
    from wsparcie_desktop.services import hdr, hdr_progress, measurements
    from wsparcie_desktop.services.hdr_progress import ProgressData
    from wsparcie_desktop.services.measurements import MeasurementData

    jst_id, process_id = _load("hdr_document").make_store(path)
    db = open_store(path, backup=False)
    plan = hdr.load_plan(db, process_id)
    statuses = ("done", "done", "in_progress", "delayed", "cancelled", "planned", "moved")
    for n, a in enumerate(plan.activities):
        status = statuses[n % len(statuses)]
        start = a.starts_on if status != "planned" else None
        end = a.ends_on + dt.timedelta(days=n % 9) if status == "done" else None
        hdr_progress.save_progress(db, ProgressData(
            a.id, status, "Zmiana terminu po decyzji dyrektorów." if status in ("cancelled", "moved", "delayed") else "",
            start, end, Decimal(900 + 10 * n) if status != "planned" else None, None,
            "Rezultat osiągnięty zgodnie z planem." if status == "done" else "",
        ), today=AS_OF)  # fmt: skip
    indicators = [i for g in plan.goals for i in g.indicators]
    for n in range(MEASUREMENTS):
        indicator = indicators[n % len(indicators)]
        measurements.save_measurement(db, MeasurementData(
            indicator.id, dt.date(2026, 9, 15) + dt.timedelta(days=(n // len(indicators)) * 14),
            Decimal(10 + n % 37), "ankieta", "inspektor"), today=AS_OF)  # fmt: skip
    db.close()
    return jst_id, process_id


def _line(label: str, times: list[float], cpu: list[float], target: str, ok: bool) -> str:
    low, mid, high = min(times), statistics.median(times), max(times)
    return (f"{label}: min {low * 1000:.0f} ms, median {mid * 1000:.0f} ms, max {high * 1000:.0f} ms"
            f" (CPU median {statistics.median(cpu) * 1000:.0f} ms) — target {target} {'ok' if ok else 'OVER'}")  # fmt: skip


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--keep", type=Path, help="also copy the report here, to look at it")
    args = parser.parse_args()
    documents = _load("documents")
    from wsparcie_desktop.db.migrate import open_store
    from wsparcie_desktop.reports import build_document

    with tempfile.TemporaryDirectory(prefix="wsparcie-bench-") as folder:
        folder_path = Path(folder)
        store = folder_path / "bench.sqlite"
        jst_id, process_id = make_store(store)
        db = open_store(store, backup=False)
        doc_pdf, floor_pdf = folder_path / "monitoring.pdf", folder_path / "floor.pdf"

        def build() -> None:
            build_document("monitorowanie-hdr", db, jst_id, doc_pdf, process_id=process_id, date=AS_OF)

        try:
            build()  # warm-up: imports, fonts
            pages = documents.page_count(doc_pdf)
            floor_pages = documents.floor(pages, floor_pdf)
            document_times, floor_times, document_cpu, floor_cpu = [], [], [], []
            for _ in range(args.runs):
                start, cpu = time.perf_counter(), time.process_time()
                build()
                document_times.append(time.perf_counter() - start)
                document_cpu.append(time.process_time() - cpu)
                start, cpu = time.perf_counter(), time.process_time()
                documents.floor(pages, floor_pdf)
                floor_times.append(time.perf_counter() - start)
                floor_cpu.append(time.process_time() - cpu)
            if args.keep:
                shutil.copy(doc_pdf, args.keep)
        finally:
            db.close()
    document_median = statistics.median(document_times)
    floor_median = statistics.median(floor_times)
    ratio = document_median / floor_median
    print(_line(f"Monitoring report, 120 activities, {MEASUREMENTS} measurements, {pages} pages", document_times,
                document_cpu, f"≤ {TARGET_SECONDS:.0f} s", document_median <= TARGET_SECONDS))  # fmt: skip
    print(_line(f"Floor, ReportLab plain text, {floor_pages} pages", floor_times, floor_cpu, "(floor)", True))
    ok = ratio <= TARGET_RATIO and document_median <= TARGET_SECONDS
    print(f"Ratio of medians: {ratio:.2f}× — target ≤ {TARGET_RATIO:.1f}× {'ok' if ratio <= TARGET_RATIO else 'OVER'}")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
