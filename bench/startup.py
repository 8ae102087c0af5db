"""Start-up time: the program until its main window shows a JST with 150 schools, against a bare Qt window.

    python bench/startup.py [--runs 7]

Both are timed from process start (spawn) until the window is on screen and painted, offscreen, in the same
run, the program and the floor taking turns: each reports from its first timer after show(), once it has
handled the queued expose and paint events (an event filter showed that one pass paints the main window, the
dashboard's labels, both lists and the status line; tests/gui/test_startup.py checks it). The floor runs
under the same environment (offscreen, the same byte-code condition). Each is measured under the same two conditions:
  - with .pyc, as an installed program runs: the sources' byte code is kept (in a private cache folder,
    PYTHONPYCACHEPREFIX, written by a warm-up start) and read at every start. The target applies here.
  - without .pyc (PYTHONDONTWRITEBYTECODE=1, as in this checkout's environment): every start compiles the
    program's sources again; shown for information.
Target: the program's median is at most 2.0 × the floor's median. The CPU time each process had used when
its window showed is printed too, for information: on a machine busy with other work it varies far less than
the wall time.
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
def probe():
    app.processEvents()  # the queued expose and paint, as the program's probe does (ui/app.py)
    print(f"shown cpu={time.process_time():.4f}", flush=True)
    app.quit()
QTimer.singleShot(0, probe)
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


def time_process(args: list[str], env: dict) -> tuple[float, float]:
    """Wall time from spawn until the window is shown, and the CPU time the process had used by then."""
    start = time.perf_counter()
    proc = subprocess.Popen(args, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, env=env, cwd=ROOT)
    for line in proc.stdout:
        if line.startswith("shown"):
            elapsed = time.perf_counter() - start
            cpu = float(line.split("cpu=", 1)[1].split()[0])
            break
    else:
        raise RuntimeError(f"{args} never showed its window")
    proc.wait(timeout=60)
    return elapsed, cpu


def figures(times: list[float]) -> str:
    low, middle, high = (f"{t * 1000:6.0f}" for t in (min(times), statistics.median(times), max(times)))
    return f"min {low}  median {middle}  max {high} ms"


def pyc_used(env: dict) -> bool:
    """Whether the program's own modules were read from byte code (a .pyc in the cache folder) in this condition."""
    if env.get("PYTHONDONTWRITEBYTECODE"):
        return False
    prefix = Path(env["PYTHONPYCACHEPREFIX"])
    return any(prefix.rglob("main_window.cpython-*.pyc"))


def measure(label: str, env: dict, program: list[str], floor: list[str], runs: int, target: bool) -> None:
    time_process(program, env)  # warm the OS file cache (and, with .pyc, write the byte code) for both
    time_process(floor, env)
    ours, base, ours_cpu, base_cpu = [], [], [], []
    for _ in range(runs):
        for times, cpus, args in ((ours, ours_cpu, program), (base, base_cpu, floor)):
            wall, cpu = time_process(args, env)
            times.append(wall)
            cpus.append(cpu)
    ratio = statistics.median(ours) / statistics.median(base)
    used = "yes" if pyc_used(env) else "no"
    print(f"{label} (program's .pyc used: {used}), {runs} runs each, taking turns")
    print(f"  program (JST with 150 schools)  {figures(ours)}")
    print(f"  floor (bare QMainWindow)        {figures(base)}")
    verdict = ("ok" if ratio <= 2.0 else "OVER") if target else "(information, no target)"
    print(f"  ratio of the medians: {ratio:.2f}  target ≤ 2.00 {verdict}")
    cpu_ratio = statistics.median(ours_cpu) / statistics.median(base_cpu)
    print(f"  CPU used until shown: program {figures(ours_cpu)}, floor {figures(base_cpu)}")
    print(f"  ratio of the CPU medians: {cpu_ratio:.2f} (information: steadier than wall time on a loaded machine)")


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "WSPARCIE_STARTUP_PROBE": "1"}
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    with tempfile.TemporaryDirectory() as folder:
        store = Path(folder) / "bench.sqlite"
        make_store(store)
        env["XDG_CONFIG_HOME"] = folder  # a clean settings file
        program = [sys.executable, str(ROOT / "main.py"), "--db", str(store)]
        floor = [sys.executable, "-c", FLOOR]
        installed = {**env, "PYTHONPYCACHEPREFIX": str(Path(folder) / "pycache")}
        measure("with .pyc (as installed)", installed, program, floor, args.runs, target=True)
        compiling = {**env, "PYTHONDONTWRITEBYTECODE": "1"}
        measure("without .pyc (sources compiled at every start)", compiling, program, floor, args.runs, target=False)
    return 0


if __name__ == "__main__":
    sys.exit(main())
