"""RSPO import speed: one gmina's schools out of a national-sized export, against the csv module's floor.

    python bench/rspo_import.py [--runs 5] [--large]

A file laid out like the registry's "Pobierz wyniki" export is generated in a temporary folder:
56,000 rows (the whole country), 54 columns, UTF-8 with a BOM, ="..." wrapped values, ~42 MB; the six
schools of the demo gmina Zalesie are spread among the rows. Not timed: generating it, and creating the
store (migrated, with the gmina in it) that each run copies.

- import: what "Importuj z RSPO…" does from the chosen file to the saved register — read and filter
  the file (importers/rspo.py), compare with the register (build_preview), write the six schools in
  one transaction (apply_import) into a fresh copy of the store;
- floor: Python's csv module reading the same file (open with utf-8-sig, csv.reader with ';', every row).

Both run alternately in this process after one warm-up; medians are compared.
Targets: the import takes at most 3 s, and at most 3 x the floor.

--large also reads a ~300 MB export (the national file repeated) once, to show that a file of hundreds
of MB streams: time, and how much the process's peak memory grew while reading it.
"""

from __future__ import annotations

import argparse
import csv
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

TARGET_SECONDS = 3.0
TARGET_RATIO = 3.0
ROWS = 56_000


def make_file(folder: Path) -> Path:
    from wsparcie_desktop.demo.schools import rspo_rows
    from wsparcie_desktop.importers.rspo_sample import national_rows, write_rspo_csv

    path = folder / "rspo_cala_polska.csv"
    write_rspo_csv(path, national_rows(ROWS, include=rspo_rows()))
    return path


def make_store(path: Path) -> int:
    from wsparcie_desktop.db.migrate import open_store
    from wsparcie_desktop.services import jst

    db = open_store(path, backup=False)
    jst_id = jst.create_jst(db, "Gmina Zalesie", "gmina_wiejska", teryt="1434052", voivodeship="mazowieckie",
                            city="Zalesie").id  # fmt: skip
    db.close()
    return jst_id


def floor(path: Path) -> int:
    with open(path, encoding="utf-8-sig", newline="") as handle:
        return sum(1 for _row in csv.reader(handle, delimiter=";"))


def run_import(template: Path, work: Path, jst_id: int, path: Path) -> tuple[float, int]:
    from wsparcie_desktop.db.database import Database
    from wsparcie_desktop.services import schools_rspo

    shutil.copy(template, work)  # a fresh store each run, so every run really writes the six schools
    db = Database(work)
    try:
        started = time.perf_counter()
        preview = schools_rspo.preview_import(db, jst_id, path)
        report = schools_rspo.apply_import(db, preview)
        elapsed = time.perf_counter() - started
    finally:
        db.close()
    return elapsed, len(report.added)


def stream_only(path: Path) -> None:
    """Run in a fresh process, so that its peak memory is the reading's own, not the generator's."""
    from wsparcie_desktop.importers.rspo import RunningBody, parse_rspo

    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    started = time.perf_counter()
    result = parse_rspo(path, RunningBody("Gmina Zalesie", "1434052", "gmina_wiejska", "mazowieckie"))
    elapsed = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    size = path.stat().st_size
    print(f"300 MB file ({size / 2**20:.0f} MB, {result.rows_read:,} rows): read in {elapsed:.2f} s "
          f"({size / 2**20 / elapsed:.0f} MB/s); peak memory {after / 1024:.0f} MB, of which the reading added "
          f"{(after - before) / 1024:.1f} MB; {len(result.records)} schools kept, "
          f"{result.skipped_total} repeated rows skipped")  # fmt: skip


def large(folder: Path, national: Path) -> None:
    big = folder / "rspo_300mb.csv"
    body = national.read_bytes()
    header_end = body.index(b"\n") + 1
    with open(big, "wb") as out:
        out.write(body)
        while out.tell() < 300 * 2**20:
            out.write(body[header_end:])
    del body
    print()
    subprocess.run([sys.executable, __file__, "--stream-only", str(big)], check=True)
    big.unlink()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--large", action="store_true", help="also stream a ~300 MB file once")
    parser.add_argument("--stream-only", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.stream_only:
        stream_only(args.stream_only)
        return 0
    with tempfile.TemporaryDirectory(prefix="bench-rspo-") as tmp:
        folder = Path(tmp)
        started = time.perf_counter()
        path = make_file(folder)
        print(f"file: {ROWS:,} rows, {path.stat().st_size / 1e6:.1f} MB, generated in "
              f"{time.perf_counter() - started:.1f} s (not timed)")  # fmt: skip
        template = folder / "template.sqlite"
        jst_id = make_store(template)
        work = folder / "work.sqlite"
        rows = floor(path)  # warm-up: the file is in the page cache for both
        _elapsed, added = run_import(template, work, jst_id, path)
        if rows != ROWS + 1 or added != 6:
            print(f"unexpected: {rows} rows read by the floor, {added} schools added by the import")
            return 1
        floors, imports = [], []
        for _ in range(args.runs):
            started = time.perf_counter()
            floor(path)
            floors.append(time.perf_counter() - started)
            imports.append(run_import(template, work, jst_id, path)[0])
        floor_median, import_median = statistics.median(floors), statistics.median(imports)
        ratio = import_median / floor_median
        print(f"floor  (csv module reads every row):         median {floor_median:.3f} s   "
              f"runs {', '.join(f'{t:.3f}' for t in floors)}")  # fmt: skip
        print(f"import (read, filter, compare, write 6 rows): median {import_median:.3f} s   "
              f"runs {', '.join(f'{t:.3f}' for t in imports)}")  # fmt: skip
        ok_time, ok_ratio = import_median <= TARGET_SECONDS, ratio <= TARGET_RATIO
        print(
            f"ratio import/floor: {ratio:.2f}x (target <= {TARGET_RATIO:.0f}x: {'met' if ok_ratio else 'MISSED'}); "
            f"import {import_median:.2f} s (target <= {TARGET_SECONDS:.0f} s: {'met' if ok_time else 'MISSED'})"
        )
        if args.large:
            large(folder, path)
        return 0 if ok_time and ok_ratio else 1


if __name__ == "__main__":
    sys.exit(main())
