"""The cause tree diagram: a 200-cause, 5-level tree stays readable, breaks across pages, never overflows."""

from __future__ import annotations

import itertools
import subprocess

import pytest

from wsparcie_desktop.reports.cause_diagram import (
    MIN_FONT_SIZE,
    DiagramNode,
    _Planner,
    diagram_parts,
    layout_tree,
)
from wsparcie_desktop.reports.engine import Document
from wsparcie_desktop.reports.page import frame_height, frame_width

WORDS = ["brak", "planu", "doskonalenia", "nauczycieli", "w gminie", "środków", "żadnej", "współpracy", "źródeł"]


def tree(levels: int, total: int, fanout: int = 3) -> tuple[list[DiagramNode], list[DiagramNode]]:
    """A forest ``levels`` deep with exactly ``total`` causes, texts unique and of varied length."""
    counter = itertools.count(1)
    nodes: list[DiagramNode] = []

    def make() -> DiagramNode:
        n = next(counter)
        words = " ".join(WORDS[(n + k) % len(WORDS)] for k in range(n % 7))
        node = DiagramNode(
            f"Przyczyna {n:03d} {words}".strip(),
            note="procedury · wpływ JST: tak",
            influence=("yes", "partly", "no")[n % 3],
        )
        nodes.append(node)
        return node

    roots = [make() for _ in range(4)]
    frontier, depth = roots, 1
    while len(nodes) < total:
        grown = []
        for parent in frontier:
            for _ in range(fanout):
                if len(nodes) < total and depth < levels:
                    child = make()
                    parent.children.append(child)
                    grown.append(child)
        frontier, depth = grown or frontier, depth + 1
        if depth > levels:
            break
    return roots, nodes


def depth_of(roots) -> int:
    return max((1 + depth_of(r.children) for r in roots), default=0)


def assert_inside(layout, width, height):
    for part in layout.parts:
        assert part.width <= width + 0.01 and part.height <= height + 0.01
        for box in part.boxes:
            assert box.x >= -0.01 and box.y >= -0.01, box
            assert box.x + box.width <= width + 0.01, box
            assert box.y + box.height <= part.height + 0.01, box
        for seg in part.segments:
            assert 0 <= min(seg.x1, seg.x2) and max(seg.x1, seg.x2) <= width + 0.01
            assert 0 <= min(seg.y1, seg.y2) and max(seg.y1, seg.y2) <= part.height + 0.01
        by_column: dict[float, list] = {}
        for box in part.boxes:
            by_column.setdefault(round(box.x, 2), []).append(box)
        for boxes in by_column.values():
            boxes.sort(key=lambda b: b.y)
            for upper, lower in zip(boxes, boxes[1:]):
                assert upper.y + upper.height <= lower.y + 0.01, "boxes of one column must not overlap"


def test_200_causes_in_5_levels_fit_the_landscape_frame_in_several_parts():
    roots, nodes = tree(5, 200)
    assert len(nodes) == 200 and depth_of(roots) == 5
    width, height = frame_width("landscape"), frame_height("landscape") - 20
    layout = layout_tree(roots, width, height)
    assert layout.columns == 5, "five levels side by side on a landscape page"
    assert len(layout.parts) > 1
    assert layout.min_font_size >= MIN_FONT_SIZE
    assert_inside(layout, width, height)
    drawn = [line for part in layout.parts for box in part.boxes if not box.repeated for line in [" ".join(box.lines)]]
    assert sorted(drawn) == sorted(n.text for n in nodes), "every cause drawn once, whole, apart from repeats"
    repeats = [box for part in layout.parts for box in part.boxes if box.repeated]
    assert repeats and all(box.notes[0].startswith("(ciąg dalszy)") for box in repeats)
    assert any("(poza wpływem JST)" in box.notes[0] for box in repeats), "a repeat keeps the outside mark"
    # the pages are used: apart from the last part, none is less than half full
    assert all(part.height > height / 2 for part in layout.parts[:-1])


def test_a_tree_deeper_than_the_page_is_wide_continues_in_later_parts():
    roots, nodes = tree(9, 120, fanout=2)
    width, height = frame_width("portrait"), frame_height("portrait") - 20
    layout = layout_tree(roots, width, height)
    assert layout.columns < 9
    assert_inside(layout, width, height)
    pointing = [b for p in layout.parts for b in p.boxes if b.continues_in is not None]
    assert pointing, "causes in the last column say where their sub-causes are"
    for box in pointing:
        target = layout.parts[box.continues_in - 1]
        heads = [b for b in target.boxes if b.x == 0 and b.repeated]
        assert box.lines in [b.lines for b in heads], "the continuation shows the same cause at its left"
    # short continuations share parts instead of taking a page each
    assert len(layout.parts) < len(pointing)
    drawn = sorted(" ".join(b.lines) for p in layout.parts for b in p.boxes if not b.repeated)
    assert drawn == sorted(n.text for n in nodes)


def test_a_very_long_cause_is_cut_with_a_note_and_the_box_still_fits():
    long_text = "Bardzo długa przyczyna " + "z wieloma słowami " * 300 + "KONIEC"
    roots = [DiagramNode("Krótka"), DiagramNode(long_text, children=[DiagramNode("x" * 150)])]
    width, height = frame_width("landscape"), frame_height("landscape") - 20
    layout = layout_tree(roots, width, height)
    assert_inside(layout, width, height)
    assert layout.footnotes == [(1, " ".join(long_text.split()))]
    cut = next(b for p in layout.parts for b in p.boxes if b.lines[0].startswith("Bardzo"))
    assert cut.lines[-1].endswith("… [1]")
    unbroken = next(b for p in layout.parts for b in p.boxes if b.lines[0].startswith("xxx"))
    assert "".join(unbroken.lines) == "x" * 150, "a word longer than the box is broken, not lost"


def test_the_pdf_holds_every_cause_on_several_pages(tmp_path):
    roots, nodes = tree(5, 200)
    doc = Document("Raport z diagnozy pogłębionej", jst_name="Gmina Zalesie", orientation="landscape")
    parts, layout = diagram_parts(roots, doc.frame_width, doc.frame_height)
    doc.add(*parts)
    path = doc.write(tmp_path / "drzewo.pdf")
    text = subprocess.run(["pdftotext", "-raw", str(path), "-"], capture_output=True, text=True, check=True).stdout
    flat = " ".join(text.split())
    missing = [n.text for n in nodes if n.text not in flat]
    assert not missing
    pages = text.count("\f")
    assert pages == len(layout.parts) >= 2
    assert f"Drzewo przyczyn — część 2 z {len(layout.parts)}" in flat
    assert "(ciąg dalszy)" in flat


@pytest.mark.parametrize("orientation", ["portrait", "landscape"])
def test_an_empty_or_flat_tree(orientation):
    width, height = frame_width(orientation), frame_height(orientation)
    assert layout_tree([], width, height).parts == []
    flat = layout_tree([DiagramNode(f"P{n}") for n in range(80)], width, height)
    assert flat.columns == 1 and len(flat.parts) >= 2
    assert_inside(flat, width, height)


class _Greedy(_Planner):
    """The plain greedy packing (each part filled while the next leaf fits): the fewest parts there can be."""

    def balance(self, paths):
        runs, start = [], 0
        ends, first_end = self.reach(paths, len(self.parts))
        while start < len(paths):
            end = first_end if start == 0 and not runs and not self.parts else ends[start]
            runs.append((start, end))
            start = end
        return runs


def _fewest_parts(roots, width, height, first_height=None) -> int:
    planner = _Greedy(roots, width, height, first_height)
    planner.run()
    return len(planner.parts)


@pytest.mark.parametrize(
    ("levels", "total", "fanout", "orientation"),
    [(5, 200, 3, "landscape"), (4, 200, 3, "landscape"), (5, 120, 3, "landscape"), (9, 200, 2, "portrait"),
     (3, 200, 6, "portrait"), (2, 200, 60, "landscape"), (7, 200, 2, "landscape")],
)  # fmt: skip
def test_parts_are_balanced_and_as_few_as_fit(levels, total, fanout, orientation):
    roots, nodes = tree(levels, total, fanout)
    width, height = frame_width(orientation), frame_height(orientation) - 20
    for first in (None, height * 0.7):
        layout = layout_tree(roots, width, height, first)
        assert_inside(layout, width, height)
        if first:
            assert layout.parts[0].height <= first + 0.01
        assert len(layout.parts) == _fewest_parts(roots, width, height, first)
        new = [sum(not b.repeated for b in part.boxes) for part in layout.parts]
        assert sum(new) == len(nodes)
        # parts continuing a subtree cut at the last column start a new run; balance within the runs
        mean = len(nodes) / len(layout.parts)
        assert min(new) >= mean / 2, (new, mean)


def test_the_diagram_starts_on_the_page_of_its_heading(tmp_path):
    roots, nodes = tree(5, 200)
    doc = Document("Raport z diagnozy pogłębionej", jst_name="Gmina Zalesie", orientation="landscape")
    doc.heading("3. Co powoduje, że nie mamy stanu docelowego? — drzewo przyczyn")
    doc.paragraph("Drzewo czyta się od lewej: przyczyna, a na prawo od niej jej przyczyny. " * 3)
    doc.note("Ramka szara, przerywana: przyczyna poza wpływem JST. " * 4)
    used = doc.height_since_page_break()
    assert used > 40
    parts, layout = diagram_parts(roots, doc.frame_width, doc.frame_height, first_height=doc.frame_height - used)
    doc.add(*parts)
    path = doc.write(tmp_path / "drzewo.pdf")
    text = subprocess.run(["pdftotext", "-raw", str(path), "-"], capture_output=True, text=True, check=True).stdout
    pages = text.split("\f")[:-1]
    assert "Drzewo przyczyn — część 1 z" in pages[0] and "3. Co powoduje" in pages[0]
    assert len(pages) == len(layout.parts)


def test_too_little_room_under_the_text_starts_the_diagram_on_the_next_page_whole():
    roots, _nodes = tree(5, 200)
    width, height = frame_width("landscape"), frame_height("landscape") - 20
    squeezed = layout_tree(roots, width, height, first_height=height / 5)
    whole = layout_tree(roots, width, height)
    assert [p.height for p in squeezed.parts] == [p.height for p in whole.parts]
