"""What the room waits for in a workshop: one attendance tick stored, and the remote advice log summed.

    python bench/meetings.py [--runs 5] [--ticks 100] [--dir FOLDER]

On the demo gmina (a copy in FOLDER, on the same disk as a real data file): each run times --ticks attendance
ticks through the service (each one transaction, synchronous=FULL as the program runs) and, as the floor in the
same run, the same INSERT and DELETE through bare sqlite3 with synchronous=FULL; then the remote advice log of a
process with three advisors and three years of weekly entries (468 entries, 108 advisor-months), against a floor
of the same sums as one GROUP BY in sqlite3. Figures are milliseconds: min, median and max of the runs' medians.
"""

from __future__ import annotations

import argparse
import datetime as dt
import shutil
import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

TICK_TARGET_MS = 50  # a tick must feel immediate while the next name is read out
LOG_TARGET_MS = 300  # the section and the register read the log at once


def build(folder: Path) -> tuple[Path, int, int, int]:
    from wsparcie_desktop.db.migrate import open_store
    from wsparcie_desktop.demo import build_demo
    from wsparcie_desktop.services import meetings, people, processes, remote_advice
    from wsparcie_desktop.services.people import PersonData
    from wsparcie_desktop.services.remote_advice import AdviceData

    path = folder / "bench.sqlite"
    db = open_store(path, backup=False)
    demo = build_demo(db)
    meeting_id = demo.extra["meeting_ids"]["meeting_1"]
    participant = meetings.list_participants(db, meeting_id)[0].id
    advisors = [people.save_person(db, demo.jst_id, PersonData(f"Doradca {n}", "doradca_rozwoj")).id for n in range(3)]
    pid = processes.save_process(db, demo.jst_id, processes.ProcessData("Proces 2023–2025", dt.date(2023, 1, 2),
                                                                         advisors)).id  # fmt: skip
    day = dt.date(2023, 1, 2)
    for week in range(156):
        for n, advisor in enumerate(advisors):
            remote_advice.save_advice(db, pid, AdviceData(advisor, day + dt.timedelta(days=7 * week + n), 20,
                                                          "telefon", f"Tydzień {week + 1}"))  # fmt: skip
    db.close()
    return path, participant, pid, meeting_id


def service_ticks(path: Path, participant: int, day: dt.date, ticks: int) -> float:
    from wsparcie_desktop.db.migrate import open_store
    from wsparcie_desktop.services import meetings

    db = open_store(path, backup=False)
    try:
        times = []
        for i in range(ticks):
            started = time.perf_counter()
            meetings.set_attendance(db, participant, day, i % 2 == 0)
            times.append(time.perf_counter() - started)
        return statistics.median(times) * 1000
    finally:
        db.close()


def floor_ticks(path: Path, participant: int, day: dt.date, ticks: int) -> float:
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA synchronous=FULL")
    times = []
    for i in range(ticks):
        started = time.perf_counter()
        conn.execute("BEGIN")
        if i % 2 == 0:
            conn.execute("INSERT OR IGNORE INTO meeting_attendance (participant_id, day_on, uid) VALUES (?, ?, ?)",
                         (participant, day.isoformat(), f"bench-{i}"))  # fmt: skip
        else:
            conn.execute("DELETE FROM meeting_attendance WHERE participant_id = ? AND day_on = ?",
                         (participant, day.isoformat()))  # fmt: skip
        conn.execute("COMMIT")
        times.append(time.perf_counter() - started)
    conn.close()
    return statistics.median(times) * 1000


def service_log(path: Path, pid: int, repeats: int = 5) -> float:
    from wsparcie_desktop.db.migrate import open_store
    from wsparcie_desktop.services import remote_advice

    db = open_store(path, backup=False)
    try:
        times = []
        for _ in range(repeats):
            started = time.perf_counter()
            log = remote_advice.advice_log(db, pid, today=dt.date(2025, 12, 31))
            times.append(time.perf_counter() - started)
        assert len(log.entries) == 468 and len(log.months) == 108, (len(log.entries), len(log.months))
        return statistics.median(times) * 1000
    finally:
        db.close()


def floor_log(path: Path, pid: int, repeats: int = 5) -> float:
    conn = sqlite3.connect(path)
    times = []
    for _ in range(repeats):
        started = time.perf_counter()
        conn.execute("SELECT advisor_id, strftime('%Y-%m', held_on), sum(minutes) FROM remote_advice "
                     "WHERE process_id = ? GROUP BY 1, 2", (pid,)).fetchall()  # fmt: skip
        conn.execute("SELECT * FROM remote_advice WHERE process_id = ? ORDER BY held_on", (pid,)).fetchall()
        times.append(time.perf_counter() - started)
    conn.close()
    return statistics.median(times) * 1000


def line(name: str, values: list[float], target: float | None = None) -> str:
    text = f"{name:44} {min(values):8.3f} {statistics.median(values):8.3f} {max(values):8.3f}"
    if target is not None:
        text += f"   target < {target:g} ms: {'ok' if statistics.median(values) < target else 'OVER'}"
    return text


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--ticks", type=int, default=100)
    parser.add_argument("--dir", type=Path, default=ROOT / ".bench")
    args = parser.parse_args()
    args.dir.mkdir(parents=True, exist_ok=True)
    folder = Path(tempfile.mkdtemp(dir=args.dir))
    try:
        path, participant, pid, _meeting = build(folder)
        day = dt.date(2026, 3, 10)
        figures: dict[str, list[float]] = {k: [] for k in ("tick floor", "tick", "log floor", "log")}
        for _ in range(args.runs):
            figures["tick floor"].append(floor_ticks(path, participant, day, args.ticks))
            figures["tick"].append(service_ticks(path, participant, day, args.ticks))
            figures["log floor"].append(floor_log(path, pid))
            figures["log"].append(service_log(path, pid))
        print(f"ms ({args.runs} runs; {args.ticks} ticks a run; log of 468 entries, 3 advisors × 36 months):")
        print(f"{'':44} {'min':>8} {'median':>8} {'max':>8}")
        print(line("floor: tick in sqlite3 (synchronous=FULL)", figures["tick floor"]))
        print(line("one attendance tick (service, one transaction)", figures["tick"], TICK_TARGET_MS))
        print(line("floor: the log's sums in sqlite3", figures["log floor"]))
        print(line("remote advice log (service)", figures["log"], LOG_TARGET_MS))
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
