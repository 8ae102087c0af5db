"""Cause diagram speed: a 200-cause, 5-level tree cut into balanced parts and written as a PDF, against ReportLab.

    python bench/cause_diagram.py [--runs 7]

The tree is the one the tests print (4 roots, 3 sub-causes each, varied texts). Timed: the layout alone (the
fewest parts that fit, then the balancing of their cuts), and the whole PDF of the diagram (layout, drawing,
writing a file). The floor is ReportLab writing the same number of landscape pages of plain text, in the same
fonts, to a file (bench/documents.py's floor). Each runs in this process after one warm-up, alternately.
Targets: the layout's median at most 1.0 × the floor's median, the PDF's (layout included) at most 1.5 ×.
"""

from __future__ import annotations

import argparse
import itertools
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

LAYOUT_TARGET = 1.0  # × the floor
PDF_TARGET = 1.5  # × the floor
WORDS = ["brak", "planu", "doskonalenia", "nauczycieli", "w gminie", "środków", "żadnej", "współpracy", "źródeł"]


def tree(levels: int = 5, total: int = 200, fanout: int = 3):
    from wsparcie_desktop.reports.cause_diagram import DiagramNode

    counter = itertools.count(1)
    made = []

    def make():
        n = next(counter)
        words = " ".join(WORDS[(n + k) % len(WORDS)] for k in range(n % 7))
        node = DiagramNode(f"Przyczyna {n:03d} {words}".strip(), note="procedury · wpływ JST: tak",
                           influence=("yes", "partly", "no")[n % 3])  # fmt: skip
        made.append(node)
        return node

    roots = [make() for _ in range(4)]
    frontier, depth = roots, 1
    while len(made) < total and depth < levels:
        grown = []
        for parent in frontier:
            for _ in range(fanout):
                if len(made) < total:
                    child = make()
                    parent.children.append(child)
                    grown.append(child)
        frontier, depth = grown, depth + 1
    return roots


def layout(roots):
    from wsparcie_desktop.reports.cause_diagram import TITLE_HEIGHT, layout_tree
    from wsparcie_desktop.reports.page import frame_height, frame_width

    return layout_tree(roots, frame_width("landscape"), frame_height("landscape") - TITLE_HEIGHT)


def pdf(roots, out: Path) -> int:
    from documents import page_count

    from wsparcie_desktop.reports.cause_diagram import diagram_parts
    from wsparcie_desktop.reports.engine import Document

    doc = Document("Raport z diagnozy pogłębionej", jst_name="Gmina Zalesie", orientation="landscape")
    parts, _layout = diagram_parts(roots, doc.frame_width, doc.frame_height)
    doc.add(*parts)
    doc.write(out)
    return page_count(out)


def figures(label: str, times: list[float]) -> str:
    return (f"{label}: min {min(times) * 1000:.0f} ms, median {statistics.median(times) * 1000:.0f} ms, "
            f"max {max(times) * 1000:.0f} ms")  # fmt: skip


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    from documents import floor

    roots = tree()
    with tempfile.TemporaryDirectory(prefix="wsparcie-bench-") as folder:
        diagram_pdf, floor_pdf = Path(folder) / "drzewo.pdf", Path(folder) / "floor.pdf"
        parts = len(layout(roots).parts)  # warm-up: imports, fonts, measured texts
        pages = pdf(roots, diagram_pdf)
        floor(pages, floor_pdf)
        layout_times, pdf_times, floor_times = [], [], []
        for _ in range(args.runs):
            start = time.perf_counter()
            layout(roots)
            layout_times.append(time.perf_counter() - start)
            start = time.perf_counter()
            pdf(roots, diagram_pdf)
            pdf_times.append(time.perf_counter() - start)
            start = time.perf_counter()
            floor(pages, floor_pdf)
            floor_times.append(time.perf_counter() - start)
    floor_median = statistics.median(floor_times)
    layout_ratio = statistics.median(layout_times) / floor_median
    ratio = statistics.median(pdf_times) / floor_median
    layout_ok = layout_ratio <= LAYOUT_TARGET
    pdf_ok = ratio <= PDF_TARGET
    print(f"200 causes, 5 levels: {parts} parts, {pages} pages")
    print(figures(f"Floor, ReportLab plain text, {pages} pages", floor_times))
    print(figures("Layout (fewest parts, balanced)", layout_times)
          + f", {layout_ratio:.2f}× the floor — target ≤ {LAYOUT_TARGET:.1f}× {'ok' if layout_ok else 'OVER'}")  # fmt: skip
    print(figures("Diagram PDF (layout, drawing, file)", pdf_times)
          + f", {ratio:.2f}× the floor — target ≤ {PDF_TARGET:.1f}× {'ok' if pdf_ok else 'OVER'}")  # fmt: skip
    return 0 if layout_ok and pdf_ok else 1


if __name__ == "__main__":
    sys.exit(main())
