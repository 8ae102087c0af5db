"""Start-up time: the program until its main window shows a JST with 150 schools, against a bare Qt window.

    python bench/startup.py [--runs 7]

Both are timed from process start (spawn) until the window is on screen, offscreen, in the same run.
Target: the program's median is at most 2.0 × the floor's median.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from decimal import Decimal
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

FLOOR = """
import sys, time
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv[:1])
window = QMainWindow()
window.show()
QTimer.singleShot(0, lambda: (print("shown", flush=True), app.quit()))
app.exec()
"""


def make_store(path: Path) -> None:
    from wsparcie_desktop.db.migrate import open_store
    from wsparcie_desktop.db.models import School
    from wsparcie_desktop.services import jst

    db = open_store(path)
    jst_id = jst.create_jst(db, "Powiat Zalesiański", "powiat", teryt="1434", voivodeship="mazowieckie").id
    with db.transaction() as s:
        for i in range(150):
            s.add(School(jst_id=jst_id, name=f"Szkoła Podstawowa nr {i + 1} im. Marii Skłodowskiej-Curie",
                         school_type="szkola_podstawowa", rspo=str(10000 + i), city="Zalesie",
                         pupils=100 + i, teachers_fte=Decimal("12.5"), director="Anna Żółkiewska"))  # fmt: skip
    db.close()


def time_process(args: list[str], env: dict) -> float:
    start = time.perf_counter()
    proc = subprocess.Popen(args, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, env=env, cwd=ROOT)
    for line in proc.stdout:
        if line.startswith("shown"):
            elapsed = time.perf_counter() - start
            break
    else:
        raise RuntimeError(f"{args} never showed its window")
    proc.wait(timeout=60)
    return elapsed


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "WSPARCIE_STARTUP_PROBE": "1"}
    with tempfile.TemporaryDirectory() as folder:
        store = Path(folder) / "bench.sqlite"
        make_store(store)
        env["XDG_CONFIG_HOME"] = folder  # a clean settings file
        program = [sys.executable, str(ROOT / "main.py"), "--db", str(store)]
        floor = [sys.executable, "-c", FLOOR]
        time_process(program, env)  # warm the OS file cache once for both
        time_process(floor, env)
        ours, base = [], []
        for _ in range(args.runs):
            ours.append(time_process(program, env))
            base.append(time_process(floor, env))
    ours_median, base_median = statistics.median(ours), statistics.median(base)
    print(f"program (JST with 150 schools): median {ours_median * 1000:.0f} ms over {args.runs} runs")
    print(f"floor (bare QMainWindow):       median {base_median * 1000:.0f} ms over {args.runs} runs")
    ratio = ours_median / base_median
    print(f"ratio: {ratio:.2f} (target ≤ 2.00) {'OK' if ratio <= 2.0 else 'OVER TARGET'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
