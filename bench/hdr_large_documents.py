"""Documents of a large HDR: the XLSX export and the HDR document (PDF) of 120, 1,000 and 5,000 activities.

    python bench/hdr_large_documents.py [--runs 3] [--sizes 120,1000,5000] [--keep folder]

The store is the one of bench/scale.py (a powiat with 2,000 schools and a plan of each size), built once in
.bench/ and removed afterwards. For each plan, after one warm-up, the runs alternate between each figure and
its floor, measured in the same run:
  - the XLSX of the activities ('Eksportuj do XLSX…', as bytes); floor: the same values written as CSV into a
    deflated zip, the least any file of them costs;
  - the HDR document ('Zapisz jako PDF…': read through the services, laid out, written); floor: ReportLab's
    canvas writing as many pages, each with one text object of 60 lines of Polish text in DejaVu.
Each line gives min/median/max of the wall-clock time (and the median CPU time of this process, which the
other programs on the machine disturb less), then its target and ok or OVER. Targets: the XLSX of 5,000
activities ≤ 1 s, the HDR document of 5,000 activities ≤ 3 s (of 120: ≤ 1 s). The last lines give how each
grows per activity from the smallest plan to the largest.
"""

from __future__ import annotations

import argparse
import csv
import importlib.util
import io
import shutil
import statistics
import sys
import tempfile
import time
import zipfile
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

XLSX_TARGET = 1.0
PDF_TARGET = {120: 1.0}  # other sizes: 3 s
PDF_TARGET_LARGE = 3.0


def _load(name: str):
    spec = importlib.util.spec_from_file_location(f"bench_{name}", ROOT / "bench" / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def xlsx_floor(plan) -> bytes:
    """The export's values as CSV in a deflated zip: the serialising and compressing any file of them needs."""
    from wsparcie_desktop.exporters.hdr_xlsx import COMPRESS_LEVEL, HEADERS, _values, rows_of

    text = io.StringIO()
    writer = csv.writer(text)
    writer.writerow(HEADERS)
    for row in rows_of(plan):
        writer.writerow(_values(row))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED, compresslevel=COMPRESS_LEVEL) as archive:
        archive.writestr("rows.csv", text.getvalue())
    return buffer.getvalue()


def pdf_floor(pages: int, out: Path) -> None:
    """ReportLab's canvas alone: ``pages`` landscape pages, each one text object of 60 lines in DejaVu."""
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.pdfgen.canvas import Canvas

    from wsparcie_desktop.reports import fonts

    fonts.register_fonts()
    line = "Szkoła Podstawowa nr 12 im. Marii Skłodowskiej-Curie w Zalesiu, ul. Źródlana 7, dyrektor Anna Żółkiewska"
    canvas = Canvas(str(out), pagesize=landscape(A4))
    for page in range(pages):
        text = canvas.beginText(40, 540)
        text.setFont(fonts.REGULAR, 7.8, 9.75)
        for number in range(60):
            text.textLine(f"{page}.{number} {line}")
        canvas.drawText(text)
        canvas.showPage()
    canvas.save()


def timed_pair(job: Callable[[], object], floor: Callable[[], object], runs: int):
    """Wall and CPU times of ``job`` and ``floor``, taking turns, after one warm-up of each."""
    job()
    floor()
    times = {"job": ([], []), "floor": ([], [])}
    for _ in range(runs):
        for name, fn in (("job", job), ("floor", floor)):
            wall, cpu = time.perf_counter(), time.process_time()
            fn()
            times[name][0].append(time.perf_counter() - wall)
            times[name][1].append(time.process_time() - cpu)
    return times["job"], times["floor"]


def figures(label: str, wall: list[float], cpu: list[float]) -> str:
    low, middle, high = (f"{t * 1000:8.0f}" for t in (min(wall), statistics.median(wall), max(wall)))
    return (
        f"{label:<40} min {low}  median {middle}  max {high} ms  (CPU median {statistics.median(cpu) * 1000:6.0f} ms)"
    )


def line(label: str, times, target: float) -> str:
    verdict = "ok" if statistics.median(times[0]) <= target else "OVER"
    return f"{figures(label, *times)}  target ≤ {target * 1000:.0f} ms {verdict}"


def floor_line(label: str, times) -> str:
    return f"{figures('    floor: ' + label, *times)}  (floor)"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--sizes", default="120,1000,5000")
    parser.add_argument("--keep", type=Path, help="a folder to copy the documents of the last run into")
    args = parser.parse_args()
    sizes = [int(size) for size in args.sizes.split(",")]
    scale, documents = _load("scale"), _load("documents")
    base = ROOT / ".bench"
    base.mkdir(exist_ok=True)
    folder = Path(tempfile.mkdtemp(prefix="documents-", dir=base))
    ok = True
    medians: dict[str, dict[int, float]] = {"XLSX": {}, "PDF": {}}
    try:
        store = folder / "scale.sqlite"
        started = time.perf_counter()
        jst_id, processes_by_size = scale.make_store(store, sizes)
        from reportlab.lib import rl_accel

        from wsparcie_desktop.db.migrate import open_store
        from wsparcie_desktop.exporters.hdr_xlsx import workbook_bytes
        from wsparcie_desktop.reports import build_document
        from wsparcie_desktop.services.hdr import load_plan

        print(f"store: {scale.SCHOOLS} schools, plans of {', '.join(map(str, sizes))} activities, built in "
              f"{time.perf_counter() - started:.1f} s; {args.runs} runs each after a warm-up; "
              f"ReportLab C accelerator: {'yes' if rl_accel._c_funcs else 'no'}")  # fmt: skip
        db = open_store(store, backup=False)
        try:
            for size, process_id in processes_by_size.items():
                plan = load_plan(db, process_id)
                print(f"HDR of {size} activities")
                xlsx, xlsx_base = timed_pair(lambda plan=plan: workbook_bytes(plan, "Powiat Zalesiański"),
                                             lambda plan=plan: xlsx_floor(plan), args.runs)  # fmt: skip
                print(line("  XLSX of the activities", xlsx, XLSX_TARGET))
                print(floor_line("CSV of the same values, deflated", xlsx_base))
                ok &= statistics.median(xlsx[0]) <= XLSX_TARGET
                pdf, floor_pdf = folder / f"hdr-{size}.pdf", folder / f"floor-{size}.pdf"
                build_document("hdr", db, jst_id, pdf, process_id=process_id)
                pages = documents.page_count(pdf)
                document, document_base = timed_pair(
                    lambda pid=process_id, pdf=pdf: build_document("hdr", db, jst_id, pdf, process_id=pid),
                    lambda pages=pages, out=floor_pdf: pdf_floor(pages, out), args.runs)  # fmt: skip
                target = PDF_TARGET.get(size, PDF_TARGET_LARGE)
                print(line(f"  HDR document (PDF), {pages} pages", document, target))
                print(floor_line(f"ReportLab canvas, {pages} pages of text", document_base))
                ok &= statistics.median(document[0]) <= target
                medians["XLSX"][size] = statistics.median(xlsx[0])
                medians["PDF"][size] = statistics.median(document[0])
                if args.keep:
                    args.keep.mkdir(parents=True, exist_ok=True)
                    shutil.copy(pdf, args.keep / pdf.name)
                    (args.keep / f"hdr-{size}.xlsx").write_bytes(workbook_bytes(plan, "Powiat Zalesiański"))
        finally:
            db.close()
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    if len(sizes) > 1:
        small, large = min(sizes), max(sizes)
        for name, by_size in medians.items():
            per = [f"{size}: {by_size[size] / size * 1000:.2f} ms" for size in sizes]
            growth = (by_size[large] / large) / (by_size[small] / small)
            verdict = "linear or better" if growth <= 1.25 else "faster than linear"
            print(f"{name} per activity (median / activities): {', '.join(per)}; "
                  f"{large} against {small}: {growth:.2f}× per activity — {verdict}")  # fmt: skip
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
