"""CKE results import speed: one gmina's schools out of a national file of 15,000 schools, against openpyxl's floor.

    python bench/cke_import.py [--runs 5]

A file in the CKE's published layout of results per school (three-row merged header, ten identifying columns,
the three E8 subjects with five metrics each, TERYT codes written as numbers) is generated in a temporary folder:
15,000 schools of made-up gminas, with the five primary schools of the demo gmina Zalesie spread among them.
Not timed: generating it, and creating the store (migrated, with the gmina and its register) each run copies.

- import: what "Importuj wyniki z CKE…" does from the chosen file to the stored results — check the file (size,
  the archive's directory), read and filter the sheet (importers/cke.py), build the preview, write the five
  schools' results in one transaction (apply_cke_import) into a fresh copy of the store;
- floor: openpyxl alone, read-only, iterating every row's values of the same sheet (values_only=True).

Both run alternately in this process after one warm-up. Target: import ≤ 3× the floor (medians).
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

SCHOOLS = 15_000
TARGET_RATIO = 3.0


def make_file(folder: Path) -> Path:
    import random

    from wsparcie_desktop.demo.education import RSPO
    from wsparcie_desktop.importers.cke_sample import (
        E8_SUBJECTS,
        SampleSchool,
        e8_values,
        national_schools,
        write_cke_xlsx,
    )

    rng = random.Random(3)
    ours = [SampleSchool(rspo, key, 1434052, city="Zalesie", results={s: e8_values(rng) for s in E8_SUBJECTS})
            for key, rspo in RSPO.items()]  # fmt: skip
    return write_cke_xlsx(folder / "wyniki_e8_szkoly.xlsx", national_schools(SCHOOLS - len(ours), include=ours))


def make_store(path: Path) -> int:
    from wsparcie_desktop.db.migrate import open_store
    from wsparcie_desktop.demo import DemoJst
    from wsparcie_desktop.demo import jst as demo_jst
    from wsparcie_desktop.demo import schools as demo_schools

    db = open_store(path, backup=False)
    demo = DemoJst(jst_id=0)
    demo_jst.seed(db, demo)
    demo_schools.seed(db, demo)
    db.close()
    return demo.jst_id


def floor(path: Path) -> int:
    from openpyxl import load_workbook

    wb = load_workbook(path, read_only=True, data_only=True)
    try:
        return sum(1 for _row in wb.worksheets[0].iter_rows(values_only=True))
    finally:
        wb.close()


def run_import(template: Path, work: Path, jst_id: int, path: Path) -> tuple[float, int]:
    from wsparcie_desktop.db.database import Database
    from wsparcie_desktop.services import exam_results

    shutil.copy(template, work)
    db = Database(work)
    try:
        started = time.perf_counter()
        preview = exam_results.preview_cke_import(db, jst_id, path, "e8", 2025)
        report = exam_results.apply_cke_import(db, preview)
        elapsed = time.perf_counter() - started
    finally:
        db.close()
    return elapsed, len(report.written)


def line(label: str, times: list[float], target: str = "", ok: bool | None = None) -> str:
    text = (f"{label:<46} min {min(times):.3f} s  median {statistics.median(times):.3f} s  "
            f"max {max(times):.3f} s")  # fmt: skip
    if target:
        text += f"   target {target}: {'ok' if ok else 'OVER'}"
    return text


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="bench-cke-") as tmp:
        folder = Path(tmp)
        started = time.perf_counter()
        path = make_file(folder)
        print(f"file: {SCHOOLS:,} schools, {path.stat().st_size / 1e6:.1f} MB, generated in "
              f"{time.perf_counter() - started:.1f} s (not timed)")  # fmt: skip
        template = folder / "template.sqlite"
        jst_id = make_store(template)
        work = folder / "work.sqlite"
        rows = floor(path)
        _elapsed, written = run_import(template, work, jst_id, path)
        if rows != SCHOOLS + 3 or written != 5:
            print(f"unexpected: {rows} rows read by the floor, {written} schools written by the import")
            return 1
        floors, imports = [], []
        for _ in range(args.runs):
            started = time.perf_counter()
            floor(path)
            floors.append(time.perf_counter() - started)
            imports.append(run_import(template, work, jst_id, path)[0])
        ratio = statistics.median(imports) / statistics.median(floors)
        print(line("floor  (openpyxl read-only, every row's values)", floors))
        print(line("import (check, read, filter, preview, write 5)", imports))
        print(f"{'ratio import/floor (medians)':<46} {ratio:.2f}x   target <= {TARGET_RATIO:.0f}x: "
              f"{'ok' if ratio <= TARGET_RATIO else 'OVER'}")  # fmt: skip
        return 0 if ratio <= TARGET_RATIO else 1


if __name__ == "__main__":
    sys.exit(main())
