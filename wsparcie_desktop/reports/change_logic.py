"""'Logika zmiany': the chain from evidence to result in the chosen area, one chain per development gap.

Each chain reads left to right: the data and the current state it rests on, the causes, the gap, the goals
with their indicators, the activities of the HDR. It is drawn as a diagram of boxes joined by arrows; a chain
too tall for a page is printed as a table instead. Each chain stays on one page (a chain never starts at the
foot of a page and runs onto the next); the last section lists the gaps in the chain.
"""

from __future__ import annotations

from dataclasses import dataclass, field
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
HEAD = 12.0
MAX_LINES = 7


@dataclass
class Box:
    text: str
    note: str = ""
    strong: bool = False


@dataclass
class ChainColumns:
    title: str
    columns: list[list[Box]] = field(default_factory=list)


class ChainDiagram(Flowable):
    """One chain as five columns of boxes with arrows between the columns."""

    def __init__(self, chain: ChainColumns, width: float):
        super().__init__()
        self.chain = chain
        self.width = width
        self.col_width = (width - GAP * (len(COLUMNS) - 1)) / len(COLUMNS)
        self.lines = [[self._lines(box) for box in column] for column in chain.columns]
        heights = [sum(self._box_height(lines) + BOX_GAP for lines in column) for column in self.lines]
        self.height = HEAD + max(heights + [20.0]) + 2

    def _lines(self, box: Box) -> list[tuple[str, bool]]:
        inner = self.col_width - 2 * PAD
        font = fonts.BOLD if box.strong else fonts.REGULAR
        lines = [(line, box.strong) for line in wrap_text(box.text, font, FONT_SIZE, inner)]
        if len(lines) > MAX_LINES:
            lines = lines[: MAX_LINES - 1] + [(lines[MAX_LINES - 1][0].rstrip() + " …", box.strong)]
        if box.note:
            lines += [(f"({line})", False) for line in wrap_text(box.note, fonts.ITALIC, FONT_SIZE - 0.6, inner - 6)][
                :3
            ]
        return lines

    @staticmethod
    def _box_height(lines: list) -> float:
        return len(lines) * LEADING + 2 * PAD

    def wrap(self, availWidth, availHeight):  # noqa: N803 — ReportLab's names
        return self.width, self.height

    def draw(self) -> None:
        c = self.canv
        top = self.height
        centres: list[list[float]] = []
        for index, title in enumerate(COLUMNS):
            x = index * (self.col_width + GAP)
            c.setFont(fonts.BOLD, 7.5)
            c.setFillColor(MUTED)
            c.drawString(x, top - 8, title)
            y = top - HEAD
            mids = []
            for box, lines in zip(self.chain.columns[index], self.lines[index]):
                h = self._box_height(lines)
                c.setStrokeColor(INK if box.strong else RULE)
                c.setLineWidth(0.9 if box.strong else 0.5)
                c.setFillColor(colors.HexColor("#eef2f7") if box.strong else colors.white)
                c.roundRect(x, y - h, self.col_width, h, 2, stroke=1, fill=1)
                c.setFillColor(INK)
                ty = y - PAD - FONT_SIZE
                for text, bold in lines:
                    italic = text.startswith("(")
                    c.setFont(fonts.BOLD if bold else (fonts.ITALIC if italic else fonts.REGULAR),
                              FONT_SIZE - (0.6 if italic else 0))  # fmt: skip
                    c.drawString(x + PAD, ty, text)
                    ty -= LEADING
                mids.append(y - h / 2)
                y -= h + BOX_GAP
            if not self.chain.columns[index]:
                c.setFont(fonts.ITALIC, FONT_SIZE)
                c.setFillColor(MUTED)
                c.drawString(x + PAD, top - HEAD - 10, "— brak —")
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
    """One chain per gap, in the gaps' order; priorities first."""
    found = []
    gaps = sorted(chain.gap_state, key=lambda g: (not chain.gap_priority.get(g), g))
    for number, gap in enumerate(gaps, 1):
        path = path_of(chain, "gap", gap)
        evidence = []
        for state in path.ids("state"):
            task = chain.state_task.get(state)
            evidence.append(Box(chain.text("state", state), f"dane: {chain.text('task', task)}" if task else ""))
        causes = [Box(i.text, i.detail) for i in path.items["cause"]]
        goals = []
        for goal in path.ids("goal"):
            goals.append(Box(chain.text("goal", goal), strong=True))
            for i in path.items["indicator"]:
                if chain.indicator_goal.get(i.id) == goal:
                    goals.append(Box("Wskaźnik: " + i.text, i.detail))
        activities = [Box(f"{chain.activity_order.index(a.id) + 1}. {a.text}") for a in path.items["activity"]]
        title = f"Łańcuch {number}" + (" (luka priorytetowa)" if chain.gap_priority.get(gap) else "")
        found.append(ChainColumns(title, [evidence, causes, [Box(chain.text("gap", gap), strong=True)], goals,
                                          activities]))  # fmt: skip
    return found


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
    room = doc.frame_height - 12 * mm
    for item in found:
        diagram = ChainDiagram(item, doc.frame_width)
        heading = doc.paragraph_flowable(item.title, "heading2")
        if diagram.height <= room:
            doc.add(KeepTogether([heading, diagram]))
        else:
            doc.add(heading)
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
