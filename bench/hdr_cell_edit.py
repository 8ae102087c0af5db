"""What one cell edited in the HDR's table costs: transactions, statements and time, on the demo gmina.

    python bench/hdr_cell_edit.py [--edits 50] [--dir FOLDER]

The section "HDR" is shown offscreen at 1366×768 on the demo gmina (a temporary store in FOLDER) and the name
of each activity in turn is changed through the table's proxy, as a view does when an editor closes; the next
ticks run after each edit, so anything the screen does later is counted too. Statements and transactions are
counted with SQLAlchemy's events on the store's engine; times are per edit, in milliseconds.
The floor, measured in the same run on the same store, is the bare service call that stores the same change
(``hdr.save_activity`` with the activity read back before each one), without a screen.
Target: 1 transaction per edit (the save), no reset of the table, and a median below 50 ms.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

TARGET_MS = 50.0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--edits", type=int, default=50)
    parser.add_argument("--dir", type=Path, default=None)
    args = parser.parse_args()

    from PySide6.QtWidgets import QApplication
    from sqlalchemy import event

    from ui.context import AppContext, AppSignals
    from ui.models.activities_model import NAME
    from ui.sections.hdr import HdrSection
    from wsparcie_desktop.db.migrate import open_store
    from wsparcie_desktop.demo import build_demo

    app = QApplication.instance() or QApplication([])
    folder = Path(tempfile.mkdtemp(dir=args.dir))
    db = open_store(folder / "bench.sqlite", backup=False)
    demo = build_demo(db)
    ctx = AppContext(db=db, signals=AppSignals())
    section = HdrSection(ctx)
    section.resize(1366, 768)
    section.set_jst(demo.jst_id)
    section.show()
    app.processEvents()
    resets = []
    section.model.modelReset.connect(lambda: resets.append(1))
    counts = {"statements": 0, "transactions": 0, "commits": 0}

    def count(key):
        def listener(*_args, **_kwargs):
            counts[key] += 1

        return listener

    listeners = [("before_cursor_execute", count("statements")), ("begin", count("transactions")),
                 ("commit", count("commits"))]  # fmt: skip
    for name, listener in listeners:
        event.listen(db.engine, name, listener)

    rows = section.proxy.rowCount()
    times = []
    for n in range(args.edits):
        index = section.proxy.index(n % rows, NAME)
        name = index.data()
        started = time.perf_counter()
        assert section.proxy.setData(index, f"{name} ({n})"[:300])
        app.processEvents()
        times.append((time.perf_counter() - started) * 1000)
    for name, listener in listeners:
        event.remove(db.engine, name, listener)
    from dataclasses import replace

    from wsparcie_desktop.services import hdr, hdr_plan

    plan = hdr_plan.load_plan(db, demo.process_id)
    ids = [a.id for a in plan.activities]
    floor = []
    for n in range(args.edits):
        activity = hdr_plan.get_activity(db, ids[n % len(ids)])
        started = time.perf_counter()
        hdr.save_activity(db, plan.hdr.id, replace(activity, name=f"{activity.name[:280]} [{n}]"))
        floor.append((time.perf_counter() - started) * 1000)
    db.close()

    per = {key: value / args.edits for key, value in counts.items()}
    median = statistics.median(times)
    print(f"{args.edits} edits of {rows} activities: {per['transactions']:.1f} transactions, "
          f"{per['commits']:.1f} commits, {per['statements']:.1f} statements per edit; table resets: {len(resets)}")  # fmt: skip
    print(f"ms per edit: min {min(times):.1f}, median {median:.1f}, max {max(times):.1f} (target below {TARGET_MS})")
    ok = per["transactions"] == 1 and not resets and median < TARGET_MS
    print(f"floor, the service call alone: min {min(floor):.1f}, median {statistics.median(floor):.1f}, "
          f"max {max(floor):.1f}; the screen costs {median / statistics.median(floor):.1f}× the floor")  # fmt: skip
    print("OK" if ok else "MISSED")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
