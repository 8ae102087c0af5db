"""The documents' shortcuts give exactly what the long way gives: line breaks, printable text, font codes."""

from __future__ import annotations

import io
import random
import re
import unicodedata

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas

from wsparcie_desktop.reports import fonts
from wsparcie_desktop.reports.hdr_cells import break_lines
from wsparcie_desktop.reports.text import SUBSTITUTE, escape, printable

WORDS = ("Poradnia", "Psychologiczno-Pedagogiczna", "w", "Węgrowie", "żółć", "Gęślą", "jaźń", "—", "ćma", "ŁÓDŹ",
         "nauczycieli", "1.", "(40\u00a0dni)", "szkoła", "x" * 60, "Bardzo-długie-słowo-z-łącznikami", "ą")  # fmt: skip


def sentences(count: int, seed: int = 12) -> list[str]:
    chance = random.Random(seed)
    out = []
    for _ in range(count):
        words = [chance.choice(WORDS) for _ in range(chance.randint(0, 30))]
        text = ""
        for word in words:
            text += word + chance.choice((" ", " ", " ", "  ", "\n", " \t"))
        out.append(text)
    return out


def break_lines_measuring_each_line(text: str, width: float, font: str, size: float) -> list[str]:
    """The line breaking as it was before word widths were kept: every candidate line measured whole."""

    def pieces(word: str) -> list[tuple[str, str]]:
        if stringWidth(word, font, size) <= width:
            return [(word, " ")]
        out = []
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

    lines = []
    for paragraph in printable(text, font).split("\n"):
        line = ""
        for word in paragraph.split():
            for piece, glue in pieces(word):
                candidate = line + glue + piece if line else piece
                if not line or stringWidth(candidate, font, size) <= width:
                    line = candidate
                else:
                    lines.append(line)
                    line = piece
        lines.append(line)
    return lines


def test_lines_break_exactly_where_measuring_every_line_breaks_them():
    fonts.register_fonts()
    compared = 0
    for text in sentences(400):
        for width in (18.0, 40.0, 63.3, 80.0, 121.7, 200.0):
            for font, size in ((fonts.REGULAR, 7.8), (fonts.BOLD, 7.8), (fonts.REGULAR, 8.5)):
                assert break_lines(text, width, font, size) == break_lines_measuring_each_line(text, width, font, size)
                compared += 1
    assert compared == 400 * 6 * 3


def test_a_line_exactly_as_wide_as_its_column_stays_one_line():
    fonts.register_fonts()
    text = "Gęślą jaźń żółć"
    exact = stringWidth(text, fonts.REGULAR, 7.8)
    assert break_lines(text, exact, fonts.REGULAR, 7.8) == [text]
    assert break_lines(text, exact - 0.01, fonts.REGULAR, 7.8) == ["Gęślą jaźń", "żółć"]


def printable_char_by_char(text: str, font_name: str | None) -> str:
    """printable() as it was, deciding every character on its own."""
    covered = fonts.coverage(font_name) if font_name else fonts.family_coverage()
    for old in ("\r\n", "\r", "\x0b", "\x0c", "\x85", "\u2028", "\u2029"):
        text = text.replace(old, "\n")
    out = []
    for char in text:
        code = ord(char)
        if char == "\n" or code in covered and char != "\t" and not (code < 0x20 or 0x7F <= code < 0xA0):
            out.append(char)
        elif char == "\t":
            out.append(" ")
        elif unicodedata.category(char) in ("Cc", "Cf", "Mn", "Me"):
            continue
        else:
            out.append(SUBSTITUTE)
    return "".join(out)


def test_printable_text_is_the_same_as_deciding_each_character():
    fonts.register_fonts()
    odd = [
        "żółć\tx",
        "a\r\nb\x0bc\u2028d",
        "emoji 😀 🦜 中文",
        "\x00\x07 kontrolne \x85",
        "é\u0301 ZWJ\u200d",
        "\ud800 sam",
    ]
    for text in sentences(200) + odd:
        for font in (None, *fonts.FACES):
            assert printable(text, font) == printable_char_by_char(text, font), (text, font)


def test_font_codes_of_known_characters_are_the_ones_reportlab_gives():
    """The font's shortcut turns text into the same subset codes as ReportLab's character-by-character way."""
    fonts.register_fonts()
    font = pdfmetrics.getFont(fonts.REGULAR)
    assert isinstance(font, fonts.SubsetFont)
    canvas = Canvas(None)
    doc = canvas._doc
    texts = [printable(t, fonts.REGULAR) for t in sentences(300, seed=3)] + ["", "\u00a0nbsp\u00a0", "€ ½ ∑ Ω"]
    for text in texts:
        fast = font.splitString(text, doc)
        assert fast == TTFont.splitString(font, text, doc), text
    many = "".join(chr(c) for c in sorted(fonts.coverage(fonts.REGULAR))[:700] if chr(c).isprintable())
    assert font.splitString(many, doc) == TTFont.splitString(font, many, doc)  # past the first subset
    assert len({subset for subset, _ in font.splitString(many, doc)}) > 1


def fragments(paragraph) -> list[dict]:
    out = []
    for fragment in paragraph.frags:
        values = dict(fragment.__dict__)
        values["us_lines"], values["link"] = list(values["us_lines"]), list(values["link"])
        out.append(values)
    return out


def laid_out(paragraph) -> list:
    """The lines of a wrapped paragraph: their words (or fragments' texts), widths and line breaks."""
    out = []
    for line in paragraph.blPara.lines:
        if isinstance(line, tuple):
            out.append(("words", line[0], list(line[1])))
        else:
            texts = [getattr(word, "text", None) for word in line.words]
            out.append(("fragments", line.extraSpace, line.wordCount, getattr(line, "lineBreak", None), texts))
    return out


def test_a_paragraph_of_plain_text_is_the_one_reportlab_parses():
    """The fragments, their shared lists, the text kept and the lines laid out, for odd text in several styles."""
    from reportlab.platypus import Paragraph

    from wsparcie_desktop.reports.styles import cell_style, styles
    from wsparcie_desktop.reports.tables import plain_paragraph
    from wsparcie_desktop.reports.text import escape

    fonts.register_fonts()
    odd = ["", " ", "\n", "a\n\nb", " lead & x ", "<b>nie znacznik</b>", "&amp; już", "a <br/> b", "x\n ", "\t\tż"]
    every = [cell_style(a, b, s) for a in ("left", "right", "center") for b in (False, True) for s in (7.8, 8.5)]
    every += [styles().body, styles().note, styles().heading2]
    for text in sentences(150, seed=5) + odd:
        for style in every:
            markup = escape(text, style.fontName)
            ours, parsed = plain_paragraph(markup, style), Paragraph(markup, style)
            assert fragments(ours) == fragments(parsed), (text, style.name)
            assert ours.text == parsed.text
            if ours.frags:
                assert all(f.us_lines is ours.frags[0].us_lines and f.link is ours.frags[0].link for f in ours.frags)
            assert ours.wrap(90, 500) == parsed.wrap(90, 500)
            assert laid_out(ours) == laid_out(parsed), (text, style.name)


def test_the_programs_own_markup_in_a_cell_is_still_read_as_markup():
    from wsparcie_desktop.reports.engine import Markup
    from wsparcie_desktop.reports.tables import cell

    fonts.register_fonts()
    (bold,) = cell(Markup("<b>Razem</b> za rok"), width=10)
    assert [(f.text, f.fontName) for f in bold.frags] == [("Razem", fonts.BOLD), (" za rok", fonts.REGULAR)]
    (plain,) = cell("<b>Razem</b> za rok", width=10)  # typed by a user: printed as typed
    assert "".join(f.text for f in plain.frags) == "<b>Razem</b> za rok"


def test_a_paragraph_whose_split_gave_up_is_laid_out_again_before_it_is_drawn():
    """ReportLab's Paragraph.split drops the lines it made when not even two fit; a paragraph that remembers its
    lines for its width must then make them again (a caption moved on to the next page was drawn without them)."""
    from wsparcie_desktop.reports.styles import styles
    from wsparcie_desktop.reports.tables import plain_paragraph

    fonts.register_fonts()
    paragraph = plain_paragraph(escape("Działania 1–24 z 5000, okres 01.09.2026 – 31.08.2027 " * 3), styles().caption)
    width, height = paragraph.wrap(200, 500)
    assert height > 2 * styles().caption.leading
    assert paragraph.split(200, 5) == []  # no room: the whole paragraph goes on
    assert paragraph.wrap(200, 500) == (width, height)
    canvas = Canvas(io.BytesIO())
    paragraph.drawOn(canvas, 0, 0)  # raised AttributeError: no 'blPara'
