"""What durability costs: one saved edit of the JST profile with synchronous=NORMAL and with FULL.

    python bench/store_save.py [--runs 5] [--saves 200] [--dir FOLDER]

Each run times --saves saves through the service (one transaction each) on a store in FOLDER (default: a
temporary folder beside the sources, on the same disk as a real data file would be), first with NORMAL,
then with FULL, and a floor measured in the same run: the same UPDATE through bare sqlite3 with
synchronous=OFF (no sync at all). Figures are per save, in milliseconds: min, median and max of the runs'
medians.
"""

from __future__ import annotations

import argparse
import shutil
import sqlite3
import statistics
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def service_saves(path: Path, mode: str, saves: int) -> float:
    from wsparcie_desktop.db import database
    from wsparcie_desktop.db.migrate import open_store
    from wsparcie_desktop.services import jst

    database.SYNCHRONOUS = mode
    db = open_store(path, backup=False)
    try:
        with db.engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == {"NORMAL": 1, "FULL": 2}[mode]
        jst_id = jst.list_jst(db)[0].id
        times = []
        for i in range(saves):
            profile = jst.get_profile(db, jst_id)
            started = time.perf_counter()
            jst.save_profile(db, replace(profile, phone=f"22 {i:03d} 00 00"))
            times.append(time.perf_counter() - started)
        return statistics.median(times) * 1000
    finally:
        db.close()


def floor_saves(path: Path, saves: int) -> float:
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA synchronous=OFF")
    times = []
    for i in range(saves):
        started = time.perf_counter()
        conn.execute("BEGIN")
        conn.execute("UPDATE jst SET phone = ? WHERE id = (SELECT min(id) FROM jst)", (f"22 {i:03d} 11 11",))
        conn.execute("COMMIT")
        times.append(time.perf_counter() - started)
    conn.close()
    return statistics.median(times) * 1000


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--saves", type=int, default=200)
    parser.add_argument("--dir", type=Path, default=ROOT / ".bench")
    args = parser.parse_args()
    args.dir.mkdir(parents=True, exist_ok=True)
    folder = Path(tempfile.mkdtemp(dir=args.dir))
    try:
        from wsparcie_desktop.db.migrate import open_store
        from wsparcie_desktop.services import jst

        path = folder / "bench.sqlite"
        db = open_store(path, backup=False)
        jst.create_jst(db, "Gmina Zalesie", "gmina_wiejska", teryt="1434052", city="Zalesie")
        db.close()
        figures: dict[str, list[float]] = {"floor (sqlite3, synchronous=OFF)": [], "NORMAL": [], "FULL": []}
        for _ in range(args.runs):
            figures["floor (sqlite3, synchronous=OFF)"].append(floor_saves(path, args.saves))
            figures["NORMAL"].append(service_saves(path, "NORMAL", args.saves))
            figures["FULL"].append(service_saves(path, "FULL", args.saves))
        print(f"one save, ms per save ({args.runs} runs × {args.saves} saves, folder {args.dir}):")
        print(f"{'':36} {'min':>8} {'median':>8} {'max':>8}")
        for name, values in figures.items():
            print(f"{name:36} {min(values):8.3f} {statistics.median(values):8.3f} {max(values):8.3f}")
        floor = statistics.median(figures["floor (sqlite3, synchronous=OFF)"])
        for name in ("NORMAL", "FULL"):
            print(f"{name}: {statistics.median(figures[name]) / floor:.1f}× the floor")
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
