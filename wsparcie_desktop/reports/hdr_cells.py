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
    """
    lines: list[str] = []
    for paragraph in printable(text, font).split("\n"):
        line = ""
        for word in paragraph.split():
            for piece, glue in _pieces(word, width, font, size):
                candidate = line + glue + piece if line else piece
                if not line or stringWidth(candidate, font, size) <= width:
                    line = candidate
                else:
                    lines.append(line)
                    line = piece
        lines.append(line)
    return lines


def _pieces(word: str, width: float, font: str, size: float) -> list[tuple[str, str]]:
    """The word as (piece, glue before it): whole if it fits, else cut after hyphens, else between letters."""
    if stringWidth(word, font, size) <= width:
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
