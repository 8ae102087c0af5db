"""The HDR section with a plan of 5,000 activities, opened from PostgreSQL on localhost beside the same from SQLite.

    python bench/postgres_hdr.py [--runs 5] [--size 5000] [--pg postgresql+psycopg://postgres@127.0.0.1:5432/postgres]

The store of bench/scale.py (2,000 schools, one HDR of --size activities) is built once in a SQLite file, then
copied with copy-store into a new database on the server (--pg: a superuser URL; without it a throwaway
cluster is started with tools/pg_cluster.py). Each run opens the section afresh, for the JST and that process,
until it is painted. The SQLite figure is the floor of the same run: what the section itself costs at this
size. The PostgreSQL line's target is what the server may add: at most 1.5 times the floor. Each line gives
min/median/max over the runs after a warm-up.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))
sys.path.insert(0, str(ROOT / "tools"))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

RATIO = 1.5


def open_section_timer(url_or_path, jst_id: int, process_id: int, runs: int) -> list[float]:
    from PySide6.QtWidgets import QApplication

    from ui.context import AppContext, AppSignals
    from ui.sections.hdr import HdrSection
    from wsparcie_desktop.db.migrate import open_store

    app = QApplication.instance() or QApplication(sys.argv[:1])
    db = open_store(url_or_path, backup=False)
    ctx = AppContext(db=db, signals=AppSignals())
    ctx.chosen_processes[jst_id] = process_id
    keep = []

    def open_section() -> None:
        section = HdrSection(ctx)
        section.resize(1366, 700)
        section.set_jst(jst_id)
        section.show()
        app.processEvents()
        section.repaint()
        section.hide()
        keep.append(section)

    try:
        open_section()  # warm-up
        times = []
        for _ in range(runs):
            start = time.perf_counter()
            open_section()
            times.append(time.perf_counter() - start)
        return times
    finally:
        for widget in keep:
            widget.deleteLater()
        app.processEvents()
        db.close()


def figures(label: str, times: list[float]) -> str:
    low, middle, high = (f"{t * 1000:8.1f}" for t in (min(times), statistics.median(times), max(times)))
    return f"{label:<40} min {low}  median {middle}  max {high} ms"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--size", type=int, default=5000)
    parser.add_argument("--pg", help="a PostgreSQL superuser URL (default: a throwaway cluster)")
    args = parser.parse_args()

    import scale
    from sqlalchemy import create_engine, text
    from sqlalchemy.engine import make_url
    from sqlalchemy.pool import NullPool

    from wsparcie_desktop.db.copy import copy_store
    from wsparcie_desktop.db.migrate import open_store

    cluster = None
    server = args.pg
    if server is None:
        import pg_cluster

        cluster = pg_cluster.start()
        if cluster is None:
            print("PostgreSQL is not installed: no figure", file=sys.stderr)
            return 1
        server = cluster.url
    base = ROOT / ".bench"
    base.mkdir(exist_ok=True)
    folder = Path(tempfile.mkdtemp(prefix="pg-hdr-", dir=base))
    database = f"bench_hdr_{os.getpid()}"
    admin = create_engine(server, poolclass=NullPool, isolation_level="AUTOCOMMIT")
    try:
        file = folder / "hdr.sqlite"
        start = time.perf_counter()
        jst_id, processes = scale.make_store(file, [args.size])
        with admin.connect() as conn:
            conn.execute(text(f'CREATE DATABASE "{database}"'))
        url = make_url(server).set(database=database).render_as_string(hide_password=False)
        source, target = open_store(file, backup=False), open_store(url)
        try:
            checks = copy_store(source, target)
            assert all(c.ok for c in checks)
        finally:
            source.close()
            target.close()
        print(f"store: {scale.SCHOOLS} schools, an HDR of {args.size} activities, built and copied to PostgreSQL "
              f"in {time.perf_counter() - start:.1f} s; {args.runs} runs each after a warm-up")  # fmt: skip
        floor = open_section_timer(file, jst_id, processes[args.size], args.runs)
        server_times = open_section_timer(url, jst_id, processes[args.size], args.runs)
        median, floor_median = statistics.median(server_times), statistics.median(floor)
        verdict = "ok" if median <= RATIO * floor_median else "OVER"
        print(f"HDR section, {args.size} activities, open until painted")
        print(f"{figures('  PostgreSQL (localhost)', server_times)}  target ≤ {RATIO}× the SQLite floor "
              f"(here {median / floor_median:.2f}×) {verdict}")  # fmt: skip
        print(f"{figures('    floor: SQLite file', floor)}  (floor, no target)")
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{database}" WITH (FORCE)'))
        admin.dispose()
        shutil.rmtree(folder, ignore_errors=True)
        if cluster is not None:
            cluster.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
