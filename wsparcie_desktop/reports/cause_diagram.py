"""The cause tree drawn as a problem tree: boxes joined by connectors, read from left to right.

A tree of any size must print readably, so the text never shrinks: boxes keep one font size (8 pt, notes
7 pt) and the tree is cut into page-sized parts instead.

* Vertically, the tree is cut between its leaves into as few parts as fit the page, and then into parts of
  near-equal size (preferring cuts at branch boundaries), so no part is left with a stray cause or two; a
  subtree taller than a page is split among its children, and the causes above them are repeated at the
  left of each part, marked "(ciąg dalszy)", so every part reads on its own. The first part may be given
  less height, for the text above it on its page.
* Horizontally, the page holds as many columns as fit at a readable box width; a cause in the last column
  whose sub-causes do not fit says in which part they continue, and that part starts with it again.
* A cause too long for a box is cut with '…' and a note number; the full text follows the diagram.

The layout is pure geometry (:func:`layout_tree`) so that tests can check that nothing leaves the page;
:class:`DiagramPart` only draws what was computed.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable

from wsparcie_desktop.reports import fonts
from wsparcie_desktop.reports.styles import INK, MUTED  # one palette for every document
from wsparcie_desktop.reports.text import printable

FONT_SIZE = 8.0
NOTE_SIZE = 7.0
MIN_FONT_SIZE = 7.0
LEADING = 9.6
NOTE_LEADING = 8.6
PAD = 3.0
COLUMN_GAP = 7 * mm
SIBLING_GAP = 4.0
MIN_BOX_WIDTH = 40 * mm
MAX_BOX_WIDTH = 62 * mm
MAX_LINES = 9
TITLE_HEIGHT = 14.0  # the "Drzewo przyczyn — część 1 z 3" line above each part
REPEAT_PRICE = 0.005  # a repeated cause weighs as much as a 7 % imbalance of two parts' shares
CONTINUED = "(ciąg dalszy)"
OUTSIDE = "(poza wpływem JST)"

LINE = colors.HexColor("#4a5a70")
FILL = colors.HexColor("#ffffff")
PARTLY_FILL = colors.HexColor("#fff7e0")
OUTSIDE_FILL = colors.HexColor("#e3e3e3")
REPEAT_FILL = colors.HexColor("#eef2f8")


@dataclass
class DiagramNode:
    """A cause as the diagram needs it: its text, a short note (category, influence) and its sub-causes."""

    text: str
    note: str = ""
    influence: str = "yes"
    children: list[DiagramNode] = field(default_factory=list)

    @property
    def outside(self) -> bool:
        return self.influence == "no"


@dataclass
class Box:
    x: float
    y: float  # from the top of the part, growing downwards
    width: float
    height: float
    lines: list[str]
    notes: list[str]
    influence: str
    repeated: bool = False  # an ancestor shown again at the left of a later part
    continues_in: int | None = None  # the part where this cause's sub-causes are drawn
    font_size: float = FONT_SIZE
    note_size: float = NOTE_SIZE


@dataclass
class Segment:
    x1: float
    y1: float
    x2: float
    y2: float


@dataclass
class Part:
    width: float
    height: float
    boxes: list[Box] = field(default_factory=list)
    segments: list[Segment] = field(default_factory=list)
    number: int = 0


@dataclass
class Layout:
    parts: list[Part]
    footnotes: list[tuple[int, str]]
    columns: int
    box_width: float

    @property
    def min_font_size(self) -> float:
        sizes = [min(b.font_size, b.note_size) for p in self.parts for b in p.boxes]
        return min(sizes, default=FONT_SIZE)


def wrap_text(text: str, font: str, size: float, width: float) -> list[str]:
    """Lines no wider than ``width``; a word longer than a line is broken between characters."""
    lines: list[str] = []
    for paragraph in printable(text, font).split("\n"):
        line = ""
        for word in paragraph.split():
            candidate = f"{line} {word}" if line else word
            if stringWidth(candidate, font, size) <= width:
                line = candidate
                continue
            if line:
                lines.append(line)
            line = ""
            while stringWidth(word, font, size) > width:
                cut = 1
                while cut < len(word) and stringWidth(word[: cut + 1], font, size) <= width:
                    cut += 1
                lines.append(word[:cut])
                word = word[cut:]
            line = word
        if line:
            lines.append(line)
    return lines or [""]


def _cut(lines: list[str], suffix: str, width: float) -> list[str]:
    """The first MAX_LINES lines, the last ending in '…' and ``suffix`` within ``width``."""
    kept = lines[:MAX_LINES]
    last = kept[-1]
    while last and stringWidth(f"{last}… {suffix}", fonts.REGULAR, FONT_SIZE) > width:
        last = last[:-1]
    kept[-1] = f"{last.rstrip()}… {suffix}"
    return kept


@dataclass
class _Entry:
    """A node of the tree shown in one part: the node and those of its children the part shows."""

    node: DiagramNode
    kids: list[_Entry] = field(default_factory=list)


class _Planner:
    """Measures boxes once, then cuts the forest into parts (see the module docstring).

    A part shows a run of consecutive "leaves" (causes without sub-causes, or whose sub-causes continue in
    another part) together with all their ancestors, so a cut always falls between boxes. The height of the
    tree a run induces only grows as the run grows, so filling parts greedily gives the fewest parts; with
    that number fixed, :meth:`balance` chooses the cuts that make the parts' new causes most even.
    """

    def __init__(self, roots: Sequence[DiagramNode], width: float, height: float, first_height: float | None = None):
        depth = _depth(roots)
        fit = max(2, int((width + COLUMN_GAP) // (MIN_BOX_WIDTH + COLUMN_GAP)))
        self.columns = max(1, min(depth, fit))
        self.box_width = min(MAX_BOX_WIDTH, (width - (self.columns - 1) * COLUMN_GAP) / self.columns)
        self.width, self.height = width, height
        self.first_height = height if first_height is None else min(height, first_height)
        self.inner = self.box_width - 2 * PAD
        self.footnotes: list[tuple[int, str]] = []
        self._measured: dict[int, tuple[list[str], list[str], list[str]]] = {}
        self.parts: list[Part] = []
        self._drawn: set[int] = set()
        self._jobs: list[tuple[DiagramNode | None, list[DiagramNode]]] = [(None, list(roots))]
        self._referring: dict[int, list[Box]] = {}  # a truncated cause → its boxes pointing to the continuation
        self._heights_of: list[list[DiagramNode]] | None = None
        self._heights: dict[tuple[int, int], float] = {}

    # --- measuring ---------------------------------------------------------------------------------------
    def measure(self, node: DiagramNode) -> tuple[list[str], list[str], list[str]]:
        """The box's text lines (cut to MAX_LINES, with a note number), its note lines, and the note lines
        it has when repeated at the left of a later part."""
        found = self._measured.get(id(node))
        if found is None:
            lines = wrap_text(node.text, fonts.REGULAR, FONT_SIZE, self.inner)
            if len(lines) > MAX_LINES:
                number = len(self.footnotes) + 1
                self.footnotes.append((number, " ".join(printable(node.text, fonts.REGULAR).split())))
                lines = _cut(lines, f"[{number}]", self.inner)
            notes = wrap_text(node.note, fonts.ITALIC, NOTE_SIZE, self.inner) if node.note.strip() else []
            again = wrap_text(f"{CONTINUED} {OUTSIDE}" if node.outside else CONTINUED, fonts.ITALIC, NOTE_SIZE,
                              self.inner)  # fmt: skip
            found = (lines, notes, again)
            self._measured[id(node)] = found
        return found

    def box_height(self, node: DiagramNode, truncated: bool = False) -> float:
        """Room for the text, the note (or "(ciąg dalszy)" in its place when the box is repeated) and,
        for a cause whose sub-causes continue in another part, the line saying where."""
        lines, notes, again = self.measure(node)
        return 2 * PAD + len(lines) * LEADING + (max(len(notes), len(again)) + int(truncated)) * NOTE_LEADING

    def truncated(self, node: DiagramNode, column: int) -> bool:
        return bool(node.children) and column >= self.columns - 1

    @staticmethod
    def gap(column: int) -> float:
        return 2.5 * SIBLING_GAP if column == 0 else SIBLING_GAP

    def entry_height(self, entry: _Entry, column: int) -> float:
        own = self.box_height(entry.node, self.truncated(entry.node, column))
        return max(own, self.forest_height(entry.kids, column + 1)) if entry.kids else own

    def forest_height(self, entries: list[_Entry], column: int) -> float:
        total = sum(self.entry_height(e, column) for e in entries)
        return total + self.gap(column) * (len(entries) - 1) if entries else 0.0

    # --- cutting into parts --------------------------------------------------------------------------------
    def run(self) -> None:
        """Draw the tree, then the sub-causes of the causes cut at the last column, and so on.

        The continuations found in one round are laid out together, one after another, so that short ones
        share a part instead of each taking a page; each cut cause points to the part its sub-causes start in.
        """
        while self._jobs:
            batch, self._jobs = self._jobs, []
            paths: list[list[DiagramNode]] = []
            starts: list[tuple[DiagramNode | None, int]] = []
            for head, tops in batch:
                starts.append((head, len(paths)))
                paths.extend(self.leaf_paths(head, tops))
            first = len(self.parts) + 1
            runs = self.balance(paths)
            for start, end in runs:
                self.emit(self.induce(paths[start:end]))
            for head, leaf in starts:
                if head is not None:
                    number = first + next(n for n, (start, end) in enumerate(runs) if start <= leaf < end)
                    for box in self._referring.pop(id(head), []):
                        box.continues_in = number

    def leaf_paths(self, head: DiagramNode | None, tops: list[DiagramNode]) -> list[list[DiagramNode]]:
        """Each leaf of this job with the causes above it (starting with ``head`` for a continuation)."""
        paths: list[list[DiagramNode]] = []
        stack = [(node, [head] if head else []) for node in reversed(tops)]
        while stack:
            node, above = stack.pop()
            path = [*above, node]
            if not node.children or self.truncated(node, len(path) - 1):
                paths.append(path)
                if node.children:
                    self._jobs.append((node, node.children))
            else:
                stack.extend((child, path) for child in reversed(node.children))
        return paths

    @staticmethod
    def induce(paths: list[list[DiagramNode]]) -> list[_Entry]:
        """The forest the leaves of ``paths`` and their ancestors form, in reading order."""
        roots: list[_Entry] = []
        for path in paths:
            level = roots
            for node in path:
                if not level or level[-1].node is not node:
                    level.append(_Entry(node))
                level = level[-1].kids
        return roots

    def cap(self, part_index: int) -> float:
        """The height the part numbered ``part_index`` (from 0, over the whole diagram) may take."""
        return self.first_height if part_index == 0 else self.height

    def run_height(self, paths: list[list[DiagramNode]], start: int, end: int) -> float:
        """The height of the part drawing ``paths[start:end]`` (remembered for the paths being cut)."""
        if self._heights_of is not paths:
            self._heights_of, self._heights = paths, {}
        found = self._heights.get((start, end))
        if found is None:
            found = self._heights[start, end] = self.forest_height(self.induce(paths[start:end]), 0)
        return found

    def fits(self, paths: list[list[DiagramNode]], start: int, end: int, part_index: int) -> bool:
        return end - start <= 1 or self.run_height(paths, start, end) <= self.cap(part_index)

    def reach(self, paths: list[list[DiagramNode]], first_part: int) -> tuple[list[int], int]:
        """For every start, the farthest end of a run that fits a full page, and the first part's own end.

        A run of one leaf always "fits" (its boxes are cut to fit a page). Runs starting later reach at least
        as far, so each end is found from the previous one.
        """
        count = len(paths)
        ends, end = [], 1
        for start in range(count):
            end = max(end, start + 1)
            while end < count and self.fits(paths, start, end + 1, 1):
                end += 1
            ends.append(end)
        first_end = ends[0]
        if first_part == 0 and self.first_height < self.height:
            first_end = 1
            while first_end < count and self.fits(paths, 0, first_end + 1, 0):
                first_end += 1
        return ends, first_end

    def balance(self, paths: list[list[DiagramNode]]) -> list[tuple[int, int]]:
        """The runs of ``paths`` to draw as parts: as few as fit, their new causes as even as can be.

        Greedy filling gives the fewest parts but leaves the remainder to the last one; with that number
        fixed, a dynamic programme over the cut positions minimises the sum of the squared fills (a part's
        height against the height its page gives it), with a small price on each cause a cut repeats, so
        the room left over is spread over all the pages.
        """
        count = len(paths)
        if not count:
            return []
        first_part = len(self.parts)
        ends, first_end = self.reach(paths, first_part)

        def end_of(start: int, index: int) -> int:
            return first_end if index == 0 and start == 0 else ends[start]

        parts, start = 0, 0
        while start < count:
            start = end_of(start, parts)
            parts += 1
        repeats = [0] + [_shared(paths[i - 1], paths[i]) for i in range(1, count)]
        infinity = float("inf")
        # best[k][i]: the lowest price of drawing paths[i:] as parts k.. of this run (k from 0)
        best = [[infinity] * (count + 1) for _ in range(parts + 1)]
        cut = [[0] * (count + 1) for _ in range(parts + 1)]
        best[parts][count] = 0.0
        for k in range(parts - 1, -1, -1):
            cap = self.cap(first_part + k)
            for i in range(count - 1, -1, -1):
                if k == 0 and i:
                    continue
                for j in range(i + 1, end_of(i, first_part + k) + 1):
                    rest = best[k + 1][j]
                    if rest == infinity:
                        continue
                    fill = self.run_height(paths, i, j) / cap
                    price = fill * fill + REPEAT_PRICE * repeats[i] + rest
                    if price < best[k][i]:
                        best[k][i], cut[k][i] = price, j
        runs, start = [], 0
        for k in range(parts):
            end = cut[k][start]
            runs.append((start, end))
            start = end
        return runs

    def emit(self, forest: list[_Entry]) -> None:
        part = Part(self.width, self.forest_height(forest, 0), number=len(self.parts) + 1)
        top = 0.0
        for index, entry in enumerate(forest):
            if index:
                top += self.gap(0)
            self.place(part, entry, 0, top)
            top += self.entry_height(entry, 0)
        for entry in _walk(forest):
            self._drawn.add(id(entry.node))
        self.parts.append(part)

    def place(self, part: Part, entry: _Entry, column: int, top: float) -> float:
        """Lay out the entry in [top, top + its height]; returns the vertical centre of its box."""
        node = entry.node
        repeated = id(node) in self._drawn
        truncated = self.truncated(node, column) and not repeated
        height = self.box_height(node, truncated)
        total = self.entry_height(entry, column)
        if not entry.kids:
            y = top + (total - height) / 2
            box = self.make_box(node, column, y, height, repeated)
            part.boxes.append(box)
            if truncated:
                self._referring.setdefault(id(node), []).append(box)
            return y + height / 2
        block = self.forest_height(entry.kids, column + 1)
        y = top + (total - block) / 2
        centres = []
        for index, kid in enumerate(entry.kids):
            if index:
                y += self.gap(column + 1)
            centres.append(self.place(part, kid, column + 1, y))
            y += self.entry_height(kid, column + 1)
        centre = (centres[0] + centres[-1]) / 2
        box_y = min(max(centre - height / 2, top), top + total - height)
        box = self.make_box(node, column, box_y, height, repeated)
        part.boxes.append(box)
        self.connect(part, box, centres, column + 1)
        return box_y + height / 2

    def make_box(self, node: DiagramNode, column: int, y: float, height: float, repeated: bool) -> Box:
        lines, notes, again = self.measure(node)
        x = column * (self.box_width + COLUMN_GAP)
        return Box(x, y, self.box_width, height, lines, again if repeated else notes, node.influence,
                   repeated=repeated)  # fmt: skip

    def connect(self, part: Part, parent: Box, targets: list[float], target_column: int) -> None:
        """An elbow from the parent's right edge to each child's left edge, through a trunk in the gap."""
        start_x = parent.x + parent.width
        end_x = target_column * (self.box_width + COLUMN_GAP)
        trunk = start_x + (end_x - start_x) / 2
        parent_y = parent.y + parent.height / 2
        part.segments.append(Segment(start_x, parent_y, trunk, parent_y))
        low, high = min([*targets, parent_y]), max([*targets, parent_y])
        if high > low:
            part.segments.append(Segment(trunk, low, trunk, high))
        for target in targets:
            part.segments.append(Segment(trunk, target, end_x, target))


def _shared(one: list[DiagramNode], other: list[DiagramNode]) -> int:
    """How many causes two leaf paths share from the top: those a cut between them draws again."""
    shared = 0
    for a, b in zip(one, other):
        if a is not b:
            break
        shared += 1
    return shared


def _walk(entries: list[_Entry]):
    for entry in entries:
        yield entry
        yield from _walk(entry.kids)


def _depth(nodes: Sequence[DiagramNode]) -> int:
    deepest, stack = 0, [(n, 1) for n in nodes]
    while stack:
        node, depth = stack.pop()
        deepest = max(deepest, depth)
        stack.extend((c, depth + 1) for c in node.children)
    return deepest


def layout_tree(roots: Sequence[DiagramNode], width: float, height: float,
                first_height: float | None = None) -> Layout:  # fmt: skip
    """Cut the forest into parts no wider than ``width`` and no taller than ``height`` (points); the first
    part no taller than ``first_height`` when given (the room left under the text before the diagram)."""
    if not roots:
        return Layout([], [], 0, 0.0)
    if first_height is not None and first_height < height / 4:
        first_height = None  # too little room left: the diagram starts on the next page, whole
    fonts.register_fonts()
    planner = _Planner(roots, width, height, first_height)
    planner.run()
    return Layout(planner.parts, planner.footnotes, planner.columns, planner.box_width)


# ---------------------------------------------------------------- drawing


class DiagramPart(Flowable):
    """One part of the tree with its title line; its size is fixed by the layout, so it never overflows."""

    def __init__(self, part: Part, total: int, title: str = "Drzewo przyczyn"):
        super().__init__()
        self.part, self.total, self.title = part, total, title
        self.width, self.height = part.width, part.height + TITLE_HEIGHT

    def wrap(self, availWidth, availHeight):  # noqa: N803 — ReportLab's names
        return self.width, self.height

    def draw(self) -> None:
        canvas = self.canv
        part = self.part
        canvas.saveState()
        canvas.setFont(fonts.BOLD, 9)
        canvas.setFillColor(INK)
        heading = f"{self.title} — część {part.number} z {self.total}" if self.total > 1 else self.title
        canvas.drawString(0, self.height - 10, heading)
        top = part.height  # y grows downwards in the layout, upwards on the canvas
        canvas.setStrokeColor(LINE)
        canvas.setLineWidth(0.8)
        for seg in part.segments:
            canvas.line(seg.x1, top - seg.y1, seg.x2, top - seg.y2)
        for box in part.boxes:
            self._draw_box(canvas, box, top)
        canvas.restoreState()

    def _draw_box(self, canvas, box: Box, top: float) -> None:
        bottom = top - box.y - box.height
        fill = {"no": OUTSIDE_FILL, "partly": PARTLY_FILL}.get(box.influence, FILL)
        canvas.saveState()
        if box.repeated:
            fill = fill if box.influence == "no" else REPEAT_FILL
            canvas.setDash(2, 2)
        elif box.influence == "no":
            canvas.setDash(4, 2)
        canvas.setFillColor(fill)
        canvas.setStrokeColor(MUTED if box.influence == "no" else LINE)
        canvas.setLineWidth(0.8)
        canvas.roundRect(box.x, bottom, box.width, box.height, 3, stroke=1, fill=1)
        canvas.restoreState()
        y = top - box.y - PAD - box.font_size
        canvas.setFont(fonts.REGULAR, box.font_size)
        canvas.setFillColor(MUTED if box.influence == "no" else INK)
        for line in box.lines:
            canvas.drawString(box.x + PAD, y, line)
            y -= LEADING
        canvas.setFont(fonts.ITALIC, box.note_size)
        canvas.setFillColor(MUTED)
        notes = list(box.notes)
        if box.continues_in is not None:
            notes.append(f"podprzyczyny: część {box.continues_in} →")
        y += LEADING - NOTE_LEADING
        for line in notes:
            canvas.drawString(box.x + PAD, y, line)
            y -= NOTE_LEADING


def diagram_parts(roots: Sequence[DiagramNode], width: float, height: float, title: str = "Drzewo przyczyn",
                  first_height: float | None = None) -> tuple[list[DiagramPart], Layout]:  # fmt: skip
    """Flowables for the whole tree (each part fits ``width`` × ``height`` with its title, the first one
    ``first_height`` when given) and the layout."""
    first = None if first_height is None else first_height - TITLE_HEIGHT
    layout = layout_tree(roots, width, height - TITLE_HEIGHT, first)
    return [DiagramPart(p, len(layout.parts), title) for p in layout.parts], layout
