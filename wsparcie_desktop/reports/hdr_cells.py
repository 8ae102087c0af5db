"""Plain-text table cells broken into lines once, for the HDR's long activity table.

A Paragraph parses markup and breaks its lines every time a table measures it; the activity table of a large
HDR has over a thousand cells, and that work is most of the document's time. Its cells hold plain text whose
column width is known in advance, so :class:`TextLines` breaks the text once (at spaces, and inside a word
only when the word alone is wider than the column) and then just draws the lines.
"""

from __future__ import annotations

from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable

from wsparcie_desktop.reports import fonts
from wsparcie_desktop.reports.styles import INK
from wsparcie_desktop.reports.text import printable


def break_lines(text: str, width: float, font: str, size: float) -> list[str]:
    """``text`` in lines no wider than ``width``; the user's own line breaks are kept."""
    lines: list[str] = []
    for paragraph in printable(text, font).split("\n"):
        for line in simpleSplit(paragraph, font, size, width) or [""]:
            while stringWidth(line, font, size) > width and len(line) > 1:  # a word longer than the column
                cut = len(line) - 1
                while cut > 1 and stringWidth(line[:cut], font, size) > width:
                    cut -= 1
                lines.append(line[:cut])
                line = line[cut:]
            lines.append(line)
    return lines


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
