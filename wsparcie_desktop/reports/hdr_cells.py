"""Plain-text table cells broken into lines once, for the HDR's long activity table.

A Paragraph parses markup and breaks its lines every time a table measures it; the activity table of a large
HDR has over a thousand cells, and that work is most of the document's time. Its cells hold plain text whose
column width is known in advance, so :class:`TextLines` breaks the text once (at spaces, and inside a word
only when the word alone is wider than the column) and then just draws the lines.
"""

from __future__ import annotations

import re

from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable

from wsparcie_desktop.reports import fonts
from wsparcie_desktop.reports.styles import INK
from wsparcie_desktop.reports.text import printable


def break_lines(text: str, width: float, font: str, size: float) -> list[str]:
    """``text`` in lines no wider than ``width``; the user's own line breaks are kept.

    Lines break at spaces; a word wider than the column breaks after one of its hyphens
    ("Psychologiczno-" / "Pedagogiczna"), and only a word with no such place breaks between letters.
    A line's width is the sum of its words' widths (a face's widths add up: no kerning), each word measured
    once; only a sum within a hair of the column is measured again as a whole, so the breaks are exactly
    those of measuring every candidate line.
    """
    lines: list[str] = []
    measure = _measure(font, size)
    space = measure(" ")
    for paragraph in printable(text, font).split("\n"):
        line, line_width = "", 0.0
        for word in paragraph.split():
            for piece, glue in _pieces(word, width, font, size, measure):
                piece_width = measure(piece)
                if not line:
                    line, line_width = piece, piece_width
                    continue
                candidate_width = line_width + (space if glue else 0.0) + piece_width
                if candidate_width > width + _HAIR or (
                    candidate_width > width - _HAIR and stringWidth(line + glue + piece, font, size) > width
                ):
                    lines.append(line)
                    line, line_width = piece, piece_width
                else:
                    line, line_width = line + glue + piece, candidate_width
        lines.append(line)
    return lines


_HAIR = 1e-6  # points: far above the rounding of a sum of widths, far below anything visible
_WIDTHS: dict[tuple[str, float], dict[str, float]] = {}


def _measure(font: str, size: float):
    """A function giving a word's width in ``font`` at ``size``, remembering the words it measured."""
    known = _WIDTHS.get((font, size))
    if known is None or len(known) > 100_000:
        known = _WIDTHS[(font, size)] = {}

    def measure(word: str) -> float:
        width = known.get(word)
        if width is None:
            width = known[word] = stringWidth(word, font, size)
        return width

    return measure


def _pieces(word: str, width: float, font: str, size: float, measure=None) -> list[tuple[str, str]]:
    """The word as (piece, glue before it): whole if it fits, else cut after hyphens, else between letters."""
    if (measure or _measure(font, size))(word) <= width:
        return [(word, " ")]
    out: list[tuple[str, str]] = []
    for part in re.findall(r"[^-]*-|[^-]+$", word):
        while stringWidth(part, font, size) > width and len(part) > 1:
            cut = len(part) - 1
            while cut > 1 and stringWidth(part[:cut], font, size) > width:
                cut -= 1
            out.append((part[:cut], ""))
            part = part[cut:]
        out.append((part, ""))
    out[0] = (out[0][0], " ")
    return out


class TextLines(Flowable):
    """Lines of one face and size, left or right aligned in a column ``width`` points wide."""

    def __init__(self, lines: list[str], width: float, font: str = fonts.REGULAR, size: float = 8.0,
                 leading: float | None = None, align: str = "left"):  # fmt: skip
        super().__init__()
        self.lines = lines
        self.width = width
        self.font = font
        self.size = size
        self.leading = leading or round(size * 1.25, 2)
        self.align = align
        self.height = self.leading * len(lines)
        self.face = (font, size, self.leading)

    @classmethod
    def of(cls, text: str, width: float, font: str = fonts.REGULAR, size: float = 8.0,
           align: str = "left") -> TextLines:  # fmt: skip
        return cls(break_lines(text, width, font, size), width, font, size, align=align)

    def wrap(self, availWidth, availHeight):  # noqa: N803 — ReportLab's names
        return self.width, self.height

    def split(self, availWidth, availHeight):  # noqa: N803
        fit = int(availHeight // self.leading)
        if fit <= 0 or fit >= len(self.lines):
            return []
        make = type(self)
        return [make(self.lines[:fit], self.width, self.font, self.size, self.leading, self.align),
                make(self.lines[fit:], self.width, self.font, self.size, self.leading, self.align)]  # fmt: skip

    def draw(self) -> None:
        c = self.canv
        c.setFillColor(INK)
        text = c.beginText(0, self.height - self.size)  # one text object per cell: cheaper than one per line
        text.setFont(self.font, self.size, self.leading)
        if self.align == "right":
            y = self.height - self.size
            for line in self.lines:
                text.setTextOrigin(self.width - stringWidth(line, self.font, self.size), y)
                text.textOut(line)
                y -= self.leading
        else:
            for line in self.lines:
                text.textLine(line)
        c.drawText(text)
