"""Tables that run over pages: the header row repeats, and a row taller than a page still prints.

ReportLab splits a table between rows (``splitByRow``) and, with ``splitInRow``, inside a row whose cells are
lists of flowables. Left alone, the two together print a stray copy of the header row in the middle of a
page: after a page is filled row by row, the rest of the table (which starts with the repeated header) is
offered the few points left at the bottom of that same page, and if its first row is too tall to fit anywhere
it is split right there — header, two lines, page break. :class:`PageTable` refuses that: the rest of a table
is split inside a row only when it stands at the top of a fresh page.

A table of many rows is a :class:`PagedTable`: ReportLab splits a table by making a new table of all the rows
left, so one table of 5,000 rows running over 600 pages made and measured 600 ever shorter tables (quadratic).
A PagedTable makes a table of only the next rows each time a page needs them; it prints the same.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

from reportlab import rl_config
from reportlab.lib.rl_accel import fp_str
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Paragraph, Table, TableStyle
from reportlab.platypus.paragraph import cleanBlockQuotedText, textTransformFrags
from reportlab.platypus.paraparser import ParaFrag

from wsparcie_desktop.reports import fonts
from wsparcie_desktop.reports.hdr_cells import TextLines
from wsparcie_desktop.reports.line_pages import LinesPage, is_lines_row
from wsparcie_desktop.reports.replay import replayed
from wsparcie_desktop.reports.styles import HEADER_FILL, INK, MUTED, RULE, ZEBRA_FILL, cell_style
from wsparcie_desktop.reports.text import Markup, escape, printable

Align = Literal["left", "right", "center"]
Cell = str | Markup | Flowable | Sequence[Flowable] | None

# A row is split across pages only where at least this many points of it fit; otherwise it moves on whole.
SPLIT_IN_ROW_MIN = 24
# A table of more than twice this many rows is a PagedTable, laid out a page at a time.
LONG_TABLE_ROWS = 48
PIECE_ROWS = 12  # a PagedTable measures rows this many at a time, as a page needs them
PADDING_X = 3
PADDING_TOP, PADDING_BOTTOM = 2.5, 3
_SPACES = re.compile(r"[ \t]+")


@dataclass(frozen=True)
class Column:
    """A table column: its header, its share of the table's width and how its cells align."""

    header: str
    width: float = 1.0
    align: Align = "left"


class PageTable(Table):
    """A Table that splits inside a row only where that cannot print a stray header (see the module doc)."""

    _continuation = False

    def split(self, availWidth, availHeight):  # noqa: N803 — ReportLab's names
        frame = getattr(self, "_frame", None)
        if self._continuation and frame is not None and not getattr(frame, "_atTop", 1):
            return []  # the rest of the table goes to the next page, where it may split inside a row
        parts = super().split(availWidth, availHeight)
        if len(parts) == 2:
            parts[1]._continuation = True
        return parts

    # Cells of pre-broken lines (TextLines) are not drawn one by one: ReportLab would measure each again, save
    # and move the canvas for it and open a text object for it. Their lines are placed where ReportLab would
    # place them and drawn after the table's backgrounds and rules, all in one text object.
    _text_lines: list | None = None

    def draw(self):
        self._text_lines = []
        try:
            super().draw()
            lines = self._text_lines
        finally:
            self._text_lines = None
        if lines:
            _draw_text_lines(self.canv, lines)

    def _drawCell(self, cellval, cellstyle, pos, size):  # noqa: N802 — ReportLab's name
        lines = self._text_lines
        if (lines is None or not isinstance(cellval, (list, tuple)) or not cellval or cellstyle.valign != "TOP"
                or cellstyle.alignment not in ("LEFT", "RIGHT") or cellstyle.href or cellstyle.destination
                or not all(type(part) is TextLines for part in cellval)):  # fmt: skip
            return super()._drawCell(cellval, cellstyle, pos, size)
        (column, row), (width, height) = pos, size
        y = row + height - cellstyle.topPadding  # the top of the cell's content, as for any list of flowables
        for part in cellval:
            if cellstyle.alignment == "LEFT":
                x = column + cellstyle.leftPadding
            else:
                x = column + width - cellstyle.rightPadding - part.width
            y -= part.height
            lines.append((part, x, y))
        return None


class CellParagraph(Paragraph):
    """A Paragraph that remembers its line breaks for the width it was last wrapped to.

    A table wraps every cell two or three times at the same width (measuring, splitting, drawing) and line
    breaking is most of a table's cost; the result depends only on the width, so it is kept. A document's plain
    paragraphs are of this kind too: a frame and a KeepTogether wrap them more than once as well.
    """

    _wrapped_width: float | None = None

    def wrap(self, availWidth, availHeight):  # noqa: N803 — ReportLab's names
        if availWidth == self._wrapped_width and "blPara" in self.__dict__:  # (a split that gave up drops them)
            return self.width, self.height
        result = super().wrap(availWidth, availHeight)
        if availWidth >= 1:  # below that ReportLab answers "does not fit" without laying anything out
            self._wrapped_width = availWidth
        return result


class Replayed(Flowable):
    """A flowable drawn once per document: each later time, the PDF operators of that first drawing are written again.

    For the header row of a long table, redrawn on every page it runs onto (hundreds of pages of 9 paragraphs).
    A flowable draws in its own coordinates (Flowable.drawOn saves the canvas state, moves the origin to the
    flowable and restores the state after), so its operators are the same wherever on a page it stands; they
    are kept for the size it was wrapped to and for the one document they were written in (a font's character
    codes belong to a document).
    """

    def __init__(self, flowable: Flowable):
        super().__init__()
        self.flowable = flowable
        self._drawn: dict = {}  # by the size it was wrapped to (reports/replay.py)

    def wrap(self, availWidth, availHeight):  # noqa: N803 — ReportLab's names
        self.width, self.height = self.flowable.wrap(availWidth, availHeight)
        return self.width, self.height

    def getSpaceBefore(self):  # noqa: N802
        return self.flowable.getSpaceBefore()

    def getSpaceAfter(self):  # noqa: N802
        return self.flowable.getSpaceAfter()

    def split(self, availWidth, availHeight):  # noqa: N803
        return self.flowable.split(availWidth, availHeight)

    def draw(self) -> None:
        replayed(self.canv, self._drawn, (self.width, self.height), lambda: self.flowable.drawOn(self.canv, 0, 0))


def _plain_height(row: list, leading: float) -> float | None:
    """The height ReportLab gives a data table's row whose cells are plain text or TextLines; None for others.

    The same sums in the same order as ReportLab's own measuring (Table._calc_height, _listCellGeom), so the
    figure is equal to the last bit.
    """
    height = 0.0
    for value in row:
        if value.__class__ is str:
            content = leading * len(value.split("\n"))
        elif isinstance(value, list) and value and all(type(part) is TextLines for part in value):
            content = 0.0
            for part in value:
                content += part.height + 0 + 0  # a flowable's height, space after and before (none)
        else:
            return None
        content += PADDING_BOTTOM + PADDING_TOP
        if content > height:
            height = content
    return height


def _draw_text_lines(canvas, placed: list[tuple[TextLines, float, float]]) -> None:
    """Draw TextLines at their places (each by its bottom left corner) in one text object.

    A cell's lines are written as TextObject.textLine writes them (right-aligned ones each moved to its own start
    with Td, as setTextOrigin would place it), with the text operators made here in one step (:func:`line_code`);
    ReportLab's own making of them (``_formatText``) sets itself up again for each line, a fifth of a long table's
    time. The cells of a column repeat (forms, people, partners: one TextLines each, see hdr_document), so each
    cell's operators are made once per document and subset in use, and a cell costs one text matrix (Tm) more.
    """
    canvas.saveState()
    text = canvas.beginText()
    text.setFillColor(INK)
    face, font, size_code, ours = None, None, "", True
    cells = _cell_codes(canvas)
    append = text._code.append
    for part, x, y in placed:
        if face != part.face:
            face = part.face
            text.setFont(*face)
            font = pdfmetrics.getFont(part.font)
            ours = isinstance(font, fonts.SubsetFont)
            size_code = f"{fp_str(part.size)} Tf {fp_str(part.leading)} TL"
        top = y + part.height - part.size
        if not ours:  # not one of the program's faces: ReportLab's own way
            _draw_text_lines_slowly(text, part, x, top)
            continue
        key = (part, text._curSubset)
        made = cells.get(key)
        if made is None:
            made = cells[key] = _cell_code(text, font, canvas, size_code, part)
        append(f"1 0 0 1 {fp_str(x + made[0], top)} Tm {made[1]}")
        text._curSubset = made[2]
    canvas.drawText(text)
    canvas.restoreState()


def _cell_code(text, font, canvas, size_code: str, part: TextLines) -> tuple[float, str, int]:
    """The operators of a cell's lines after its text matrix: where the first line starts (from the cell's left
    edge), the operators, and the subset in use after them (the subset in use before is ``text._curSubset``)."""
    lines = part.lines
    quick = font.first_subset_codes(lines, canvas._doc)
    if quick is not None:  # most cells once the first rows are written: each line's codes as line_code gives them
        escape = canvas._escape
        codes = [f"({escape(line)}) Tj" if line else "" for line in quick]
        if text._curSubset != 0:  # the first line drawn selects the subset
            first = next((at for at, line in enumerate(quick) if line), None)
            if first is not None:
                codes[first] = f"{font.getSubsetInternalName(0, canvas._doc)} {size_code} {codes[first]}"
                text._curSubset = 0
    else:
        codes = [line_code(text, font, canvas, size_code, line) for line in lines]
    if part.align != "right" or not lines:
        return 0.0, " ".join([line + " T*" for line in codes]), text._curSubset
    starts = [part.width - stringWidth(line, part.font, part.size) for line in lines]
    moved = [codes[0]]
    for line, before, start in zip(codes[1:], starts, starts[1:]):
        moved.append(f"{fp_str(start - before, -part.leading)} Td {line}")
    return starts[0], " ".join(moved), text._curSubset


def _cell_codes(canvas) -> dict:
    """The operators made for each cell (TextLines) in this canvas's document, by the subset in use before it (see
    _draw_text_lines)."""
    return canvas._doc.__dict__.setdefault("_cell_codes", {})


def forget_operators(doc) -> None:
    """Drop the operators kept for ``doc``'s cells and lines (see _draw_text_lines) once it is written."""
    doc.__dict__.pop("_cell_codes", None)
    doc.__dict__.pop("_line_chunks", None)


def line_code(text, font, canvas, size_code: str, line: str) -> str:
    """The operators TextObject._formatText makes for ``line`` in a TrueType face (without shaping).

    A long table repeats its lines (forms, people, partners, dates), so each distinct line's codes are worked out
    once per document: a character's code in a document never changes once given, so the codes of a line are
    the same each time it is drawn there.
    """
    doc = canvas._doc
    known = doc.__dict__.get("_line_chunks")
    if known is None:
        known = doc._line_chunks = {}
    key = (font.fontName, line)
    chunks = known.get(key)
    if chunks is None:
        chunks = known[key] = [
            (subset, f"({canvas._escape(chunk)}) Tj") for subset, chunk in font.splitString(line, doc)
        ]
    if len(chunks) == 1 and chunks[0][0] == text._curSubset:
        return chunks[0][1]
    codes = []
    for subset, code in chunks:
        if subset != text._curSubset:
            codes.append(f"{font.getSubsetInternalName(subset, doc)} {size_code}")
            text._curSubset = subset
        codes.append(code)
    return " ".join(codes)


def _draw_text_lines_slowly(text, part: TextLines, x: float, top: float) -> None:
    if part.align == "right":
        for line in part.lines:
            text.setTextOrigin(x + part.width - stringWidth(line, part.font, part.size), top)
            text.textOut(line)
            top -= part.leading
    else:
        text.setTextOrigin(x, top)
        for line in part.lines:
            text.textLine(line)


_TOKENS = re.compile(r"(<br/>|&amp;|&lt;|&gt;)")
_ENTITIES = {"&amp;": "&", "&lt;": "<", "&gt;": ">"}
_FRAGMENTS: dict[int, tuple[ParagraphStyle, ParaFrag, ParaFrag]] = {}


def plain_paragraph(markup: str, style: ParagraphStyle, kind: type[Paragraph] = CellParagraph) -> Paragraph:
    """The Paragraph of ``markup`` made by :func:`.text.escape` from plain text, without ReportLab's parser.

    Such markup holds only text, the three entities and ``<br/>``, and ReportLab's parser makes of it one
    fragment per piece of text, entity and line break, each a copy of the style's first fragment: so these are
    made here the same way, from a fragment parsed once per style. Parsing was most of the time of a table of
    multi-line cells (the monitoring report's); tests/unit/test_document_shortcuts.py compares both.
    """
    known = _FRAGMENTS.get(id(style))
    if known is None or known[0] is not style:
        sample = Paragraph("x<br/>x", style).frags
        known = _FRAGMENTS[id(style)] = (style, sample[0], sample[1])
    _, text_fragment, break_fragment = known
    cleaned = cleanBlockQuotedText(markup)
    shared = {"us_lines": [], "link": []}  # one list of each per paragraph, as the parser shares them
    fragments = []
    for token in _TOKENS.split(cleaned):
        if token == "<br/>":
            fragments.append(break_fragment.clone(**shared))
        elif token:
            fragments.append(text_fragment.clone(text=_ENTITIES.get(token, token), **shared))
    textTransformFrags(fragments, style)
    return kind(cleaned, style, frags=fragments)


def cell(
    value: Cell, align: Align = "left", bold: bool = False, size: float = 8.5, width: float | None = None
) -> str | list[Flowable]:
    """A table cell: plain text when it fits on one line of ``width``, else a list of paragraphs (splittable).

    Plain text needs no markup parsing and no line breaking, which makes long tables about twice as fast;
    it is drawn as is, so it is only cleaned of characters the face lacks (no escaping needed).
    """
    if isinstance(value, Flowable):
        return [value]
    if isinstance(value, (list, tuple)):
        return list(value)
    style = cell_style(align, bold, size)
    if width is not None and value is not None and not isinstance(value, Markup):
        text = _SPACES.sub(" ", printable(str(value), style.fontName)).strip(" ")
        if "\n" not in text and stringWidth(text, style.fontName, size) <= width:
            return text
    if isinstance(value, Markup):
        return [CellParagraph(value, style)]  # the program's own markup (<b>…</b>): ReportLab's parser reads it
    return [plain_paragraph(escape(value, style.fontName), style)]


def data_table(
    columns: Sequence[Column],
    rows: Sequence[Sequence[Cell]],
    width: float,
    *,
    totals: Sequence[Cell] | None = None,
    font_size: float = 8.5,
) -> PageTable | PagedTable:
    """A grid filling ``width``: a shaded header row repeated on each page, zebra rows, an optional totals row."""
    share = sum(c.width for c in columns)
    widths = [width * c.width / share for c in columns]
    grid = _Grid(columns, widths, font_size, totals is not None)
    body = [_row(values, columns, widths, font_size, bold=False) for values in rows]
    if totals is not None:
        body.append(_row(totals, columns, widths, font_size, bold=True))
    if len(body) > 2 * LONG_TABLE_ROWS:
        grid.lines_only = all(c.align != "center" for c in columns) and all(
            is_lines_row(row) for row in body[: len(rows)]
        )
        leading = cell_style("left", False, font_size).leading
        return PagedTable(grid, body, heights=[None, *(_plain_height(row, leading) for row in body)])
    return grid.table(body, last=True)


class _Grid:
    """How the rows of one data table are made into a PageTable: header, widths and style commands."""

    def __init__(self, columns: Sequence[Column], widths: list[float], font_size: float, has_totals: bool):
        self.widths = widths
        self.positions = [0.0]  # the columns' left edges and the table's right edge, summed as ReportLab sums them
        for column_width in widths:
            self.positions.append(self.positions[-1] + column_width)
        # whether every row but the totals row is of TextLines, so that its pages are LinesPages
        self.lines_only = False
        self._rules: dict[bool, list[tuple]] = {}
        self._header_drawn: dict = {}  # the header row's operators, shared by its LinesPages (see line_pages)
        self.header = [[Replayed(plain_paragraph(escape(c.header, fonts.BOLD), cell_style(c.align, True, font_size)))]
                       for c in columns]  # fmt: skip
        self.has_totals = has_totals
        # what each cell is given (its face, size, leading, alignment and padding)...
        self.cell_commands: list[tuple] = [
            # for cells given as plain text (see cell()): the same face, size and leading as the paragraphs
            ("FONTNAME", (0, 0), (-1, -1), fonts.REGULAR),
            ("FONTSIZE", (0, 0), (-1, -1), font_size),
            ("LEADING", (0, 0), (-1, -1), cell_style("left", False, font_size).leading),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("VALIGN", (0, 0), (-1, 0), "MIDDLE"),
            ("LEFTPADDING", (0, 0), (-1, -1), PADDING_X),
            ("RIGHTPADDING", (0, 0), (-1, -1), PADDING_X),
            ("TOPPADDING", (0, 0), (-1, -1), PADDING_TOP),
            ("BOTTOMPADDING", (0, 0), (-1, -1), PADDING_BOTTOM),
        ]
        self.cell_commands += [("ALIGN", (i, 0), (i, -1), c.align.upper()) for i, c in enumerate(columns)
                               if c.align != "left"]  # fmt: skip
        # ...and what is drawn around the cells
        self.commands: list[tuple] = [
            ("GRID", (0, 0), (-1, -1), 0.4, RULE),
            ("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL),
        ]
        self._cell_styles: tuple[list, list, list] | None = None

    def _styles(self) -> tuple[list, list, list]:
        """The cell styles of the header row, of a row and of the totals row, worked out once from the commands.

        ReportLab applies each command to each cell it covers, once per table; a long table is many tables
        (see PagedTable), whose cells are given these instead.
        """
        if self._cell_styles is None:
            columns = len(self.widths)
            sample = Table([[""] * columns] * 3, colWidths=self.widths)
            sample.setStyle(TableStyle([*self.cell_commands, ("FONTNAME", (0, -1), (-1, -1), fonts.BOLD)]))
            self._cell_styles = (sample._cellStyles[0], sample._cellStyles[1], sample._cellStyles[2])
        return self._cell_styles

    def _commands(self, count: int, last: bool) -> tuple[list[tuple], list[list]]:
        """The style commands and the rows' cell styles of a table of ``count`` rows under the header."""
        commands = list(self.commands)
        plain = count - (1 if last and self.has_totals else 0)  # rows that are not the totals row
        if plain > 0:
            commands.append(("ROWBACKGROUNDS", (0, 1), (-1, plain), [None, ZEBRA_FILL]))
        if last and self.has_totals:
            commands += [
                ("BACKGROUND", (0, -1), (-1, -1), HEADER_FILL),
                ("LINEABOVE", (0, -1), (-1, -1), 1, MUTED),
            ]
        header, body, totals = self._styles()
        # the rows share their row's cell styles: only style commands change a CellStyle, and these tables are
        # given none (ReportLab's split hands the same objects on), so one set serves every row of every piece
        styles = [header] + [body] * plain
        if last and self.has_totals:
            styles.append(totals)
        return commands, styles

    def lines_page(self, rows: list[list], heights: list[float], last: bool) -> LinesPage:
        """A page of ``rows`` of TextLines (the totals row last where ``last``) under the header, drawn as
        :meth:`table` would draw it (see :mod:`.line_pages`); ``heights`` are known, the header's first."""
        commands, styles = self._commands(len(rows), last)
        backgrounds = [c for c in commands if c[0] in ("BACKGROUND", "ROWBACKGROUNDS")]
        totals = last and self.has_totals
        rules = self._rules.get(totals)
        if rules is None:  # ReportLab's form of the line commands (cap, dash, join, count, space added)
            sample = Table([[""]])
            sample.setStyle(TableStyle([c for c in commands if c[0] not in ("BACKGROUND", "ROWBACKGROUNDS")]))
            rules = self._rules[totals] = sample._linecmds
        return LinesPage(self.header, rows, heights, styles, self.widths, self.positions, backgrounds, rules,
                         totals=totals, header_drawn=self._header_drawn)  # fmt: skip

    def table(self, rows: list[list], last: bool, heights: list[float | None] | None = None) -> PageTable:
        """A table of ``rows`` under the header; ``last`` says the rows end the whole table (so its last row is the
        totals row, if there is one). ``heights`` are the rows' heights where already known (the header's first),
        None where ReportLab is to measure the row.

        The zebra starts afresh under the header, as ReportLab starts it again on each page a table runs onto.
        """
        commands, styles = self._commands(len(rows), last)
        table = PageTable(
            [self.header, *rows],
            colWidths=self.widths,
            rowHeights=heights,
            repeatRows=1,
            splitByRow=1,
            splitInRow=SPLIT_IN_ROW_MIN,
            hAlign="LEFT",
            cellStyles=styles,
        )
        table.setStyle(TableStyle(commands))
        return table


class PagedTable(Flowable):
    """A data table of many rows, made into a PageTable a piece at a time (see the module docstring).

    For each page it makes a table of only the rows that may fit there, lets ReportLab split that table as usual,
    and keeps the rows the page did not take (the rest of a split row first) for the next page. Each row is
    measured once: its height is kept and handed to the later pieces, so a page costs the same at row 10 as at
    row 5,000. The header, zebra rows, totals row and splitting inside a row are those of :func:`data_table`.
    """

    _continuation = False

    def __init__(self, grid: _Grid, rows: list[list], first: int = 0, head: list | None = None,
                 heights: list[float | None] | None = None):  # fmt: skip
        super().__init__()
        self._grid = grid
        self._rows = rows  # every row of the whole table
        self._first = first  # the first row not printed yet
        self._head = head  # the rest of that row when the page before split it
        self._heights = heights if heights is not None else [None] * (len(rows) + 1)  # [0] is the header's
        self._piece: tuple[float, float, int, PageTable] | None = None

    def _left(self) -> int:
        return len(self._rows) - self._first

    def _make(self, availWidth: float, availHeight: float) -> tuple[int, PageTable]:  # noqa: N803
        """A table of the next rows: enough of them to be taller than ``availHeight``, or all that are left."""
        piece = self._piece
        if piece and piece[0] == availWidth and (piece[2] == self._left() or availHeight <= piece[1]):
            return piece[2], piece[3]  # taller than this room too, or the whole rest of the table
        first, heights, left = self._first, self._heights, self._left()
        known, count = heights[0] or 0.0, 0
        while count < left and known <= availHeight:
            height = None if count == 0 and self._head is not None else heights[first + count + 1]
            if height is None:
                break
            known += height
            count += 1
        if known <= availHeight:
            count += PIECE_ROWS  # rows not measured yet: ReportLab measures them in this table
        count = max(count, 1)  # even where not even the header fits: the frame then moves the table on
        while True:
            count = min(count, left)
            rows = self._rows[first : first + count]
            given = heights[first + 1 : first + count + 1]
            if self._head is not None:
                rows[0], given[0] = self._head, None
            table = self._grid.table(rows, last=count == left, heights=[heights[0], *given])
            table._continuation = self._continuation
            table.canv = getattr(self, "canv", None)
            _, height = table.wrap(availWidth, availHeight)
            measured = table._rowHeights
            heights[0] = measured[0]
            for index in range(1 if self._head is not None else 0, count):
                heights[first + index + 1] = measured[index + 1]
            if height > availHeight or count == left:
                break
            count *= 2
        self._piece = (availWidth, availHeight, count, table)
        return count, table

    # --- a table of TextLines rows (grid.lines_only): every row's height is known, each page is a LinesPage -----
    _whole: LinesPage | None = None  # the rest of the table, where it all fits in the room last offered

    def _lines_pages(self) -> bool:
        return self._grid.lines_only and self._head is None

    def _known_heights(self, availWidth: float) -> list[float]:  # noqa: N803
        """The rows' heights with the header's and the totals row's measured (once, by ReportLab, for every piece)."""
        heights, rows = self._heights, self._rows
        if heights[0] is None:
            table = self._grid.table(rows[:1], last=len(rows) == 1, heights=[None, heights[1]])
            table.wrap(availWidth, 10**6)
            heights[0] = table._rowHeights[0]
        if heights[-1] is None:
            table = self._grid.table(rows[-1:], last=True, heights=[heights[0], None])
            table.wrap(availWidth, 10**6)
            heights[-1] = table._rowHeights[1]
        return heights

    def _page(self, count: int) -> LinesPage:
        """The next ``count`` rows under the header."""
        first, heights = self._first, self._heights
        rows = self._rows[first : first + count]
        return self._grid.lines_page(rows, [heights[0], *heights[first + 1 : first + count + 1]],
                                     last=count == self._left())  # fmt: skip

    def _wrap_lines(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        """The rest's height where it fits (as a frame judges, within _FUZZ), else a height that does not fit."""
        heights = self._known_heights(availWidth)
        first, left = self._first, self._left()
        room = availHeight + rl_config._FUZZ
        total, count = heights[0], 0
        while count < left and total <= room:
            total += heights[first + count + 1]
            count += 1
        self._whole = None
        if count == left and total <= room:
            self._whole = self._page(left)
            total = self._whole._height
        self.width, self.height = self._grid.positions[-1], total
        return self.width, self.height

    def _split_lines(self, availWidth: float, availHeight: float) -> list[Flowable] | None:  # noqa: N803
        """The rows that fit, counted as Table.split counts them (whole rows under the header), and the rest; None
        where not even one row fits and ReportLab would split inside it."""
        heights = self._known_heights(availWidth)
        first, left = self._first, self._left()
        used, count = heights[0], 0
        if used > availHeight:
            return []
        while count < left and used + heights[first + count + 1] <= availHeight:
            used += heights[first + count + 1]
            count += 1
        if count == left:
            return [self._page(left)]
        if count == 0:
            frame = getattr(self, "_frame", None)
            if self._continuation and frame is not None and not getattr(frame, "_atTop", 1):
                return []  # as PageTable.split: the rest goes to the next page, where it may split inside a row
            return None
        rest = PagedTable(self._grid, self._rows, first + count, None, heights)
        rest._continuation = True
        return [self._page(count), rest]

    # --- ReportLab's flowable protocol ---------------------------------------------------------------------------
    def wrap(self, availWidth, availHeight):  # noqa: N803 — ReportLab's names
        if self._lines_pages():
            return self._wrap_lines(availWidth, availHeight)
        _, table = self._make(availWidth, availHeight)
        self.width, self.height = table._width, table._height
        return self.width, self.height

    def whole(self, availWidth: float, availHeight: float) -> PageTable | None:  # noqa: N803
        """The rest of the table as one PageTable when all of it fits in ``availHeight``, else None."""
        count, table = self._make(availWidth, availHeight)
        if count == self._left() and table._height <= availHeight:
            return table
        return None

    def split(self, availWidth, availHeight):  # noqa: N803
        if self._lines_pages():
            parts = self._split_lines(availWidth, availHeight)
            if parts is not None:
                return parts
        count, table = self._make(availWidth, availHeight)
        table._frame = getattr(self, "_frame", None)
        parts = table.split(availWidth, availHeight)
        if count == self._left() or len(parts) != 2:
            return parts  # the last rows: the rest ReportLab makes of them is short
        printed, rest = parts
        left = len(rest._cellvalues) - 1  # the rows of the piece this page did not take (under the header)
        was_split = len(printed._cellvalues) - 1 + left > count  # a row begun here, its rest in ``rest``
        after = PagedTable(self._grid, self._rows, self._first + count - left,
                          rest._cellvalues[1] if was_split else None, self._heights)  # fmt: skip
        after._continuation = True
        return [printed, after]

    def drawOn(self, canvas, x, y, _sW=0):  # noqa: N802, N803
        (self._whole if self._lines_pages() else self._piece[3]).drawOn(canvas, x, y, _sW)


def layout_table(rows: list[list[list[Flowable]]], col_widths: Sequence[float], commands: list[tuple]) -> PageTable:
    """A borderless table for laying parts side by side (label and value, signature blocks)."""
    table = PageTable(rows, colWidths=list(col_widths), splitByRow=1, splitInRow=SPLIT_IN_ROW_MIN, hAlign="LEFT")
    # FONT too: a cell's default is Helvetica, which the PDF would then name although nothing prints in it.
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("FONT", (0, 0), (-1, -1), fonts.REGULAR),
                               *commands]))  # fmt: skip
    return table


def _row(
    values: Sequence[Cell], columns: Sequence[Column], widths: Sequence[float], size: float, bold: bool
) -> list[str | list[Flowable]]:
    if len(values) != len(columns):
        raise ValueError(f"row has {len(values)} cells for {len(columns)} columns")
    return [
        cell(value, column.align, bold, size, width - 2 * PADDING_X)
        for value, column, width in zip(values, columns, widths)
    ]
