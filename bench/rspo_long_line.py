"""RSPO import of a 1 GiB file that is one long line: peak memory and time, against reading the bytes alone.

    python bench/rspo_long_line.py [--runs 5] [--code DIR]

Two files of exactly 1 GiB (the largest size the reader accepts) are generated in a temporary folder
(not timed):
- header: the whole file is one line with no line end, so the header itself is the long line — a
  wrong file; the reader should refuse it after its first chunk;
- data row: a real header and two of the demo gmina's schools, then one line of ~1 GiB, then four
  more schools — the reader should skip that row (reading it to its end) and keep the six schools.

Each measurement runs in a fresh process, so its peak memory (ru_maxrss) is its own; the figure is how
much the peak grew during the reading. Floors, measured in the same way and the same run: for the header
file, opening it and reading its first chunk (1 MiB, the least the reader reads before it can decide);
for the data-row file, reading all its bytes in 1 MiB chunks. --code runs the readings against another
checkout (e.g. an older commit unpacked with ``git archive``); a child is stopped by an address-space
limit of 3 GiB over its start, so a reader that holds the whole line ends in MemoryError, not in swap.
"""

from __future__ import annotations

import argparse
import json
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SIZE = 1 << 30
BLOCK = 1 << 20


def make_files(folder: Path) -> tuple[Path, Path]:
    sys.path.insert(0, str(ROOT))
    from wsparcie_desktop.demo.schools import rspo_rows
    from wsparcie_desktop.importers.rspo_sample import rows_text

    lines = list(rows_text(rspo_rows()))
    block = b"x" * BLOCK
    header = folder / "jeden_wiersz.csv"
    row = folder / "dlugi_wiersz.csv"
    for path, head, tail in ((header, b"Numer RSPO;Nazwa;", b""),
                             (row, "".join(lines[:3]).encode(), "".join(["\r\n"] + lines[3:]).encode())):  # fmt: skip
        with open(path, "wb") as out:
            out.write(head)
            left = SIZE - len(head) - len(tail)
            while left > 0:
                left -= out.write(block[: min(BLOCK, left)])
            out.write(tail)
        assert path.stat().st_size == SIZE
    return header, row


def child(kind: str, path: Path, code: Path) -> None:
    """One measurement, in this fresh process; prints one line of JSON."""
    sys.path.insert(0, str(code))
    from wsparcie_desktop.importers.rspo import RunningBody, parse_rspo

    body = RunningBody("Gmina Zalesie", "1434052", "gmina_wiejska", "mazowieckie")
    with open("/proc/self/statm") as statm:
        mapped = int(statm.read().split()[0]) * resource.getpagesize()
    resource.setrlimit(resource.RLIMIT_AS, (mapped + 3 * SIZE, resource.RLIM_INFINITY))
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    started = time.perf_counter()
    if kind == "read":
        try:
            result = parse_rspo(path, body)
            outcome = f"{len(result.records)} schools kept; skipped: " + " | ".join(k.reason for k in result.skipped)
        except Exception as exc:  # noqa: BLE001 - what the user would have been shown is the figure here
            outcome = f"{type(exc).__module__}.{type(exc).__name__}: {str(exc)[:160]}"
    else:
        with open(path, "rb") as handle:
            if kind == "floor-chunk":
                handle.read(BLOCK)
            else:
                while handle.read(BLOCK):
                    pass
        outcome = ""
    elapsed = time.perf_counter() - started
    grew = (resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before) / 1024
    print(json.dumps({"seconds": elapsed, "grew_mb": grew, "outcome": outcome}))


def measure(kind: str, path: Path, code: Path) -> dict:
    args = [sys.executable, __file__, "--child", kind, str(path), "--code", str(code)]
    done = subprocess.run(args, capture_output=True, text=True, check=True)
    return json.loads(done.stdout.strip().splitlines()[-1])


def spread(values: list[float], unit: str, digits: int) -> str:
    low, mid, high = min(values), statistics.median(values), max(values)
    return f"median {mid:.{digits}f} {unit} (min {low:.{digits}f}, max {high:.{digits}f})"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--code", type=Path, default=ROOT, help="the checkout whose reader is measured")
    parser.add_argument("--child", nargs=2, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(args.child[0], Path(args.child[1]), args.code)
        return 0
    with tempfile.TemporaryDirectory(prefix="bench-rspo-line-") as tmp:
        started = time.perf_counter()
        header, row = make_files(Path(tmp))
        print(f"two files of {SIZE / 2**30:.0f} GiB generated in {time.perf_counter() - started:.1f} s (not timed); "
              f"reader from {args.code}; {args.runs} runs")  # fmt: skip
        cases = [
            ("header: the whole file is one line", header, "floor-chunk", "open and read the first 1 MiB"),
            ("data row: one 1 GiB row among 6 schools", row, "floor-all", "read all bytes, 1 MiB at a time"),
        ]
        for title, path, floor_kind, floor_title in cases:
            reads, floors = [], []
            for _ in range(args.runs):
                floors.append(measure(floor_kind, path, args.code))
                reads.append(measure("read", path, args.code))
            print(f"\n{title}")
            print(f"  import: {spread([r['seconds'] for r in reads], 's', 3)}; "
                  f"peak memory grew {spread([r['grew_mb'] for r in reads], 'MB', 1)}")  # fmt: skip
            print(f"  floor ({floor_title}): {spread([f['seconds'] for f in floors], 's', 3)}; "
                  f"peak memory grew {spread([f['grew_mb'] for f in floors], 'MB', 1)}")  # fmt: skip
            for outcome in sorted({r["outcome"] for r in reads}):
                print(f"  outcome: {outcome}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
