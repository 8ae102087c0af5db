"""'Logika zmiany': the chain from evidence to result in the chosen area, one chain per development gap.

Each chain reads left to right: the data and the current state it rests on, the causes, the gap, the goals
with their indicators, the activities of the HDR. It is drawn as a diagram of boxes joined by arrows. A chain
that fits on a page is never split: it moves whole to the next page unless that would leave this page mostly
empty. A longer one is broken between its goals (each goal with its indicators and its activities), and only
where one goal alone is too tall between its boxes; every part repeats the chain's heading and its gap, and
a column already drawn reads "— jak wyżej —". A chain taller than two pages is printed as a table instead.
The last section lists the gaps in the chain.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether

from wsparcie_desktop.errors import DomainError
from wsparcie_desktop.reports import fonts
from wsparcie_desktop.reports.cause_diagram import wrap_text
from wsparcie_desktop.reports.data import JstInfo, PrintOptions, print_options
from wsparcie_desktop.reports.engine import Column, Document
from wsparcie_desktop.reports.registry import document
from wsparcie_desktop.reports.styles import INK, MUTED, RULE
from wsparcie_desktop.reports.text import join_lines
from wsparcie_desktop.services.hdr_chain import Chain, chain_findings, path_of

DOCUMENT_ID = "logika-zmiany"
TITLE = "Logika zmiany"
COLUMNS = ("Dane i stan obecny", "Przyczyny", "Luka rozwojowa", "Cele i wskaźniki", "Działania HDR")
FONT_SIZE = 7.2
LEADING = 8.6
PAD = 3.0
GAP = 8 * mm  # between columns, room for the arrows
BOX_GAP = 3.0
TITLE_SIZE = 10.5  # the chain's heading, as the documents' heading2
TITLE_SPACE = 8.0 + 13.0 + 4.0  # space before, leading, space after
HEAD = 12.0
MAX_LINES = 7
NOTE_LINES = 3
CONTINUED = " — ciąg dalszy"
AS_ABOVE = "— jak wyżej —"
TABLE_PAGES = 2  # a chain taller than this many pages is a table: a diagram of it would be mostly empty columns


@dataclass
class Box:
    text: str
    note: str = ""
    strong: bool = False


@dataclass
class GoalGroup:
    """One goal with its indicators, and the activities meant to reach it, each with its place in the plan."""

    boxes: list[Box]
    activities: list[tuple[int, Box]] = field(default_factory=list)


@dataclass
class ChainColumns:
    title: str
    evidence: list[Box] = field(default_factory=list)
    causes: list[Box] = field(default_factory=list)
    gap: Box | None = None
    groups: list[GoalGroup] = field(default_factory=list)
    drawn_before: tuple[bool, ...] = (False,) * len(COLUMNS)  # which columns an earlier part of the chain drew
    activities_before: frozenset[int] = frozenset()  # the activities an earlier part drew (by place in the plan)

    def activity_places(self) -> list[int]:
        """The places in the plan of this part's activities: each once, in the plan's order."""
        return sorted({position for group in self.groups for position, _box in group.activities})

    @property
    def columns(self) -> list[list[Box]]:
        """The five columns. An activity serving several goals of the part is listed once, in the plan's order;
        one an earlier part drew already is named by its number only, in one box ("Także działania 13., 14. — jak
        wyżej")."""
        boxes = {position: box for group in self.groups for position, box in group.activities}
        places = self.activity_places()
        activities = [boxes[p] for p in places if p not in self.activities_before]
        again = [p for p in places if p in self.activities_before]
        if again:
            activities.append(Box("Także działania " + ", ".join(f"{p + 1}." for p in again) + " — jak wyżej"))
        return [
            self.evidence,
            self.causes,
            [self.gap] if self.gap else [],
            [b for g in self.groups for b in g.boxes],
            activities,
        ]


class ChainDiagram(Flowable):
    """One chain (or one part of it) as five columns of boxes with arrows between the columns.

    ``page_height`` is the frame's height: :meth:`split` uses it to decide whether the chain moves whole to the
    next page or is broken here.
    """

    def __init__(self, chain: ChainColumns, width: float, page_height: float):
        super().__init__()
        self.chain = chain
        self.width = width
        self.page_height = page_height
        self.col_width = (width - GAP * (len(COLUMNS) - 1)) / len(COLUMNS)
        self.columns = chain.columns
        self.lines = [[self._lines(box) for box in column] for column in self.columns]
        heights = [sum(self._box_height(lines) + BOX_GAP for lines in column) for column in self.lines]
        self.height = TITLE_SPACE + HEAD + max(heights + [20.0]) + 2

    def _lines(self, box: Box) -> list[tuple[str, bool]]:
        inner = self.col_width - 2 * PAD
        font = fonts.BOLD if box.strong else fonts.REGULAR
        lines = [(line, box.strong) for line in wrap_text(box.text, font, FONT_SIZE, inner)]
        if len(lines) > MAX_LINES:
            lines = lines[: MAX_LINES - 1] + [(lines[MAX_LINES - 1][0].rstrip() + " …", box.strong)]
        if box.note:
            # the note is wrapped inside one pair of brackets: "(pomiary …: 2 (30.10.2026); 3 (27.11.2026))"
            note = wrap_text(f"({box.note})", fonts.ITALIC, FONT_SIZE - 0.6, inner)
            if len(note) > NOTE_LINES:
                note = note[: NOTE_LINES - 1] + [note[NOTE_LINES - 1].rstrip(" )") + " …)"]
            lines += [(line, False) for line in note]
        return lines

    @staticmethod
    def _box_height(lines: list) -> float:
        return len(lines) * LEADING + 2 * PAD

    def box_height(self, box: Box) -> float:
        return self._box_height(self._lines(box)) + BOX_GAP

    def wrap(self, availWidth, availHeight):  # noqa: N803 — ReportLab's names
        return self.width, self.height

    # --- breaking a long chain --------------------------------------------------------------------------------
    def split(self, availWidth, availHeight):  # noqa: N803 — ReportLab's names
        if self.height <= availHeight:
            return [self]
        whole_fits_a_page = self.height <= self.page_height
        if whole_fits_a_page and availHeight < self.page_height / 2:
            return []  # this page is at least half full: the chain starts on the next one, whole
        parts = self._cut(availHeight - TITLE_SPACE - HEAD - 2)
        if parts is None:
            return []
        return [ChainDiagram(part, self.width, self.page_height) for part in parts]

    def _fit(self, boxes: list[Box], room: float) -> int:
        """How many of the leading boxes fit in ``room``."""
        used = 0.0
        for count, box in enumerate(boxes):
            used += self.box_height(box)
            if used > room:
                return count
        return len(boxes)

    def _cut(self, room: float) -> tuple[ChainColumns, ChainColumns] | None:
        """The part that fits in ``room`` (broken between goals where possible) and the rest, or None."""
        item = self.chain
        if item.gap is not None and self.box_height(item.gap) > room:
            return None
        evidence = self._fit(item.evidence, room)
        causes = self._fit(item.causes, room)
        taken = 0  # whole goal groups that fit, with their activities
        for count in range(1, len(item.groups) + 1):
            part = ChainColumns("", groups=item.groups[:count])
            goals, activities = part.columns[3], part.columns[4]
            if sum(map(self.box_height, goals)) > room or sum(map(self.box_height, activities)) > room:
                break
            taken = count
        first_groups, rest_groups = list(item.groups[:taken]), list(item.groups[taken:])
        if taken == 0 and rest_groups:  # one goal alone is taller than the page: break it between its boxes
            group = rest_groups[0]
            boxes, acts = self._fit(group.boxes, room), self._fit([b for _, b in group.activities], room)
            if boxes or acts:
                first_groups = [GoalGroup(group.boxes[:boxes], group.activities[:acts])]
                left = group.boxes[boxes:]
                if boxes and group.boxes[0].strong and (left or group.activities[acts:]):
                    goal = group.boxes[0]  # the rest of a goal's part is headed by the goal again
                    left = [replace(goal, text=goal.text + " (cd.)")] + left
                rest_groups = [GoalGroup(left, group.activities[acts:])] + rest_groups[1:]
        if not (evidence or causes or first_groups):
            return None
        first = ChainColumns(item.title, item.evidence[:evidence], item.causes[:causes], item.gap, first_groups,
                             item.drawn_before)  # fmt: skip
        drawn = tuple(before or bool(column) for before, column in zip(item.drawn_before, first.columns))
        base = item.title.removesuffix(CONTINUED)
        rest = ChainColumns(base + CONTINUED, item.evidence[evidence:], item.causes[causes:], item.gap, rest_groups,
                            drawn, item.activities_before | set(first.activity_places()))  # fmt: skip
        return first, rest

    def draw(self) -> None:
        c = self.canv
        c.setFont(fonts.BOLD, TITLE_SIZE)
        c.setFillColor(INK)
        c.drawString(0, self.height - 8.0 - TITLE_SIZE, self.chain.title)
        top = self.height - TITLE_SPACE
        centres: list[list[float]] = []
        for index, title in enumerate(COLUMNS):
            x = index * (self.col_width + GAP)
            c.setFont(fonts.BOLD, 7.5)
            c.setFillColor(MUTED)
            c.drawString(x, top - 8, title)
            y = top - HEAD
            mids = []
            for box, lines in zip(self.columns[index], self.lines[index]):
                h = self._box_height(lines)
                c.setStrokeColor(INK if box.strong else RULE)
                c.setLineWidth(0.9 if box.strong else 0.5)
                c.setFillColor(colors.HexColor("#eef2f7") if box.strong else colors.white)
                c.roundRect(x, y - h, self.col_width, h, 2, stroke=1, fill=1)
                c.setFillColor(INK)
                ty = y - PAD - FONT_SIZE
                for text, bold in lines:
                    italic = not bold and not box.strong and text.startswith("(")
                    c.setFont(fonts.BOLD if bold else (fonts.ITALIC if italic else fonts.REGULAR),
                              FONT_SIZE - (0.6 if italic else 0))  # fmt: skip
                    c.drawString(x + PAD, ty, text)
                    ty -= LEADING
                mids.append(y - h / 2)
                y -= h + BOX_GAP
            if not self.columns[index]:
                c.setFont(fonts.ITALIC, FONT_SIZE)
                c.setFillColor(MUTED)
                c.drawString(x + PAD, top - HEAD - 10, AS_ABOVE if self.chain.drawn_before[index] else "— brak —")
                mids.append(top - HEAD - 8)
            centres.append(mids)
        c.setStrokeColor(MUTED)
        c.setLineWidth(0.6)
        for index in range(len(COLUMNS) - 1):
            x1 = index * (self.col_width + GAP) + self.col_width
            x2 = x1 + GAP
            y1 = sum(centres[index]) / len(centres[index])
            y2 = sum(centres[index + 1]) / len(centres[index + 1])
            c.line(x1 + 1, y1, x2 - 3, y2)
            c.line(x2 - 3, y2, x2 - 7, y2 + 2.5)
            c.line(x2 - 3, y2, x2 - 7, y2 - 2.5)


def chains(chain: Chain) -> list[ChainColumns]:
    """One chain per gap, in the gaps' order; priorities first. Each goal is grouped with its activities."""
    found = []
    gaps = sorted(chain.gap_state, key=lambda g: (not chain.gap_priority.get(g), g))
    for number, gap in enumerate(gaps, 1):
        path = path_of(chain, "gap", gap)
        evidence = []
        for state in path.ids("state"):
            task = chain.state_task.get(state)
            evidence.append(Box(chain.text("state", state), f"dane: {chain.text('task', task)}" if task else ""))
        causes = [Box(i.text, i.detail) for i in path.items["cause"]]
        in_path = {a.id: a.text for a in path.items["activity"]}
        placed: set[int] = set()
        groups = []
        for goal in path.ids("goal"):
            boxes = [Box(chain.text("goal", goal), strong=True)]
            boxes += [Box("Wskaźnik: " + i.text, i.detail) for i in path.items["indicator"]
                      if chain.indicator_goal.get(i.id) == goal]  # fmt: skip
            groups.append(GoalGroup(boxes, _activities(chain, in_path, chain.activities_of_goals({goal}), placed)))
        if set(in_path) - placed:
            groups.append(GoalGroup([], _activities(chain, in_path, set(in_path) - placed, placed)))
        title = f"Łańcuch {number}" + (" (luka priorytetowa)" if chain.gap_priority.get(gap) else "")
        found.append(ChainColumns(title, evidence, causes, Box(chain.text("gap", gap), strong=True), groups))
    return found


def _activities(chain: Chain, names: dict[int, str], ids: set[int], placed: set[int]) -> list[tuple[int, Box]]:
    """The chain's activities among ``ids``, numbered by their place in the plan; ``placed`` records them."""
    chosen = [a for a in chain.activity_order if a in ids and a in names]
    placed.update(chosen)
    return [(chain.activity_order.index(a), Box(f"{chain.activity_order.index(a) + 1}. {names[a]}")) for a in chosen]


def _as_table(doc: Document, item: ChainColumns) -> None:
    rows = []
    for column, boxes in zip(COLUMNS, item.columns):
        rows.append([column, join_lines([b.text + (f" ({b.note})" if b.note else "") for b in boxes]) or "—"])
    doc.table([Column("Ogniwo", 1), Column("Treść", 5)], rows, font_size=8)


def render(jst: JstInfo, process_name: str, area_title: str, chain: Chain, options: PrintOptions) -> Document:
    doc = Document(TITLE, jst_name=jst.name, coat_of_arms=jst.coat_of_arms, orientation="landscape",
                   subject=f"{TITLE}: {jst.name}")  # fmt: skip
    doc.place_and_date(options.place, options.date)
    doc.title_block([jst.name, f"Obszar doradztwa: {area_title}" if area_title else "", f"Proces: {process_name}"])
    doc.paragraph("Każdy łańcuch czyta się od lewej: dane i stan obecny, przyczyny, luka rozwojowa, cele ze "
                  "wskaźnikami (z pomiarami od zatwierdzenia HDR) i działania harmonogramu, które mają zmienić "
                  "stan obecny w docelowy.")  # fmt: skip
    found = chains(chain)
    if not found:
        doc.note("Diagnoza pogłębiona nie określiła jeszcze luk rozwojowych — nie ma łańcucha do narysowania.")
    for item in found:
        diagram = ChainDiagram(item, doc.frame_width, doc.frame_height)
        if diagram.height <= TABLE_PAGES * doc.frame_height:
            doc.add(diagram)  # it draws its own heading, repeated on every part of a broken chain
        else:
            doc.heading(item.title, level=2)
            doc.note("Łańcuch ma zbyt wiele ogniw, by zmieścić się na stronie jako rysunek — przedstawiono go jako "
                     "tabelę.")  # fmt: skip
            _as_table(doc, item)
    warnings = chain_findings(chain, options.date)
    lines = ["• " + finding.message for finding in warnings] or ["Łańcuch jest kompletny."]
    # the warnings stay together with their heading: not one bullet at a page's foot and the rest overleaf
    doc.add(KeepTogether([doc.paragraph_flowable("Luki w łańcuchu", "heading1"),
                          *(doc.paragraph_flowable(line, "body") for line in lines)]))  # fmt: skip
    return doc


@document(DOCUMENT_ID, TITLE, "landscape", "Łańcuch od danych do rezultatu w wybranym obszarze: zadania, stan "
          "obecny, przyczyny, luki, cele, wskaźniki i działania.")  # fmt: skip
def build(db, jst_id: int, out_path: str | Path, process_id: int | None = None, **options: object) -> Path:
    from wsparcie_desktop.reports.loaders import default_signatures, load_jst
    from wsparcie_desktop.services.dashboard import latest_process_id
    from wsparcie_desktop.services.hdr_chain import load_chain
    from wsparcie_desktop.services.hdr_plan import load_plan

    process_id = int(process_id) if process_id is not None else latest_process_id(db, jst_id)
    if process_id is None:
        raise DomainError("Ten samorząd nie ma jeszcze procesu doradczego.")
    plan = load_plan(db, process_id)
    if plan.jst_id != jst_id:
        raise DomainError("Ten proces doradczy należy do innego samorządu.")
    jst = load_jst(db, jst_id)
    chosen = print_options(jst.city, default_signatures(jst), **options)
    chain = load_chain(db, process_id)
    for measured in chain.measurements.values():
        measured[:] = [m for m in measured if m.measured_on <= chosen.date]
    return render(jst, plan.process_name, plan.area_title, chain, chosen).write(out_path)
