"""The shipped DejaVu Sans family, registered once with ReportLab.

ReportLab's built-in Helvetica has no Polish letters: it prints ą ę ł ń ś ź ż as black boxes and raises no
error, so every document uses these fonts and nothing else.
"""

from __future__ import annotations

import threading
from functools import cache, lru_cache

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics, ttfonts
from reportlab.pdfbase.ttfonts import TTFont

from wsparcie_desktop.errors import DomainError
from wsparcie_desktop.paths import resource

FAMILY = "DejaVuSans"
REGULAR = "DejaVuSans"
BOLD = "DejaVuSans-Bold"
ITALIC = "DejaVuSans-Oblique"
BOLD_ITALIC = "DejaVuSans-BoldOblique"
FACES = (REGULAR, BOLD, ITALIC, BOLD_ITALIC)


class SubsetFont(TTFont):
    """ReportLab's TrueType font, with a shortcut for text whose characters all have codes in the first subset.

    ReportLab embeds a font as subsets of 256 codes, and every string drawn is turned into those codes one
    character at a time in Python (``splitString``), a third of the time of drawing a long table. Once a document
    has used a character, its code is known; text made only of such characters, all in the first subset (nearly
    all Polish text after the first lines), is turned into its codes at once with ``str.translate``. Any other
    text takes ReportLab's way, which also gives new characters their codes.
    """

    def splitString(self, text, doc, encoding="utf-8"):  # noqa: N802 — ReportLab's name
        quick = self._quick(doc) if text.__class__ is str else None
        if quick is not None and quick[1].issuperset(text):
            return [(0, text.translate(quick[2]).encode("latin-1"))] if text else []
        return super().splitString(text, doc, encoding)

    def first_subset_codes(self, lines: list[str], doc) -> list[bytes] | None:
        """The codes of each of ``lines`` when all their characters have codes in the first subset, else None
        (as splitString would give them, one chunk a line, in one step for a table cell's lines)."""
        quick = self._quick(doc)
        if quick is None:
            return None
        known, table = quick[1], quick[2]
        for line in lines:
            if not known.issuperset(line):
                return None
        return [line.translate(table).encode("latin-1") for line in lines]

    def _quick(self, doc) -> tuple[int, frozenset[str], dict[int, str]] | None:
        state = self.state.get(doc)
        if state is None:
            return None
        quick = getattr(state, "_quick", None)
        if quick is None or quick[0] != len(state.assignments):
            quick = state._quick = _first_subset(state.assignments)
        return quick


def _first_subset(assignments: dict[int, int]) -> tuple[int, frozenset[str], dict[int, str]]:
    """For a font's codes in one document: their count, the characters coded in the first subset, the table."""
    table = {char: chr(code) for char, code in assignments.items() if code < 256}
    if 32 in table:
        table[0xA0] = table[32]  # ReportLab draws a no-break space as a space
    return len(assignments), frozenset(map(chr, table)), table


_lock = threading.Lock()
_registered = False


def register_fonts() -> None:
    """Register the four faces and tie them into one family, so <b> and <i> in a paragraph pick the right file.

    Safe to call many times and from several threads; the work is done once per process.
    """
    global _registered
    if _registered:
        return
    with _lock:
        if _registered:
            return
        for face in FACES:
            path = resource("fonts", f"{face}.ttf")
            try:
                pdfmetrics.registerFont(SubsetFont(face, str(path)))
            except OSError as exc:  # a broken installation, not a user's mistake, but say it in Polish
                raise DomainError(f"Brak pliku czcionki „{path}”. Zainstaluj program ponownie.") from exc
        pdfmetrics.registerFontFamily(FAMILY, normal=REGULAR, bold=BOLD, italic=ITALIC, boldItalic=BOLD_ITALIC)
        # Paragraph markup looks faces up by family name and (bold, italic); map both spellings.
        for bold, italic, face in ((0, 0, REGULAR), (1, 0, BOLD), (0, 1, ITALIC), (1, 1, BOLD_ITALIC)):
            addMapping(FAMILY, bold, italic, face)
        _fix_to_unicode_for_astral_characters()
        _registered = True


def _to_unicode_cmap(fontname: str, subset: list[int]) -> str:
    """ReportLab's ToUnicode map, with code points above U+FFFF written as UTF-16 surrogate pairs.

    ReportLab 4.4 writes them as five hex digits (``<1F600>``), which PDF readers misread: the emoticons
    DejaVu has (😀 …) print correctly but copy, search and pdftotext turn them into other letters. The map
    must hold UTF-16BE, so ``<D83DDE00>`` is the right form. Everything else is exactly ReportLab's text.
    """
    lines = _reportlab_to_unicode_cmap(fontname, subset).split("\n")
    start = lines.index(f"{len(subset)} beginbfchar") + 1
    for index, code in enumerate(subset):
        if code > 0xFFFF:
            lines[start + index] = f"<{index:02X}> <{chr(code).encode('utf-16-be').hex().upper()}>"
    return "\n".join(lines)


_reportlab_to_unicode_cmap = ttfonts.makeToUnicodeCMap


def _fix_to_unicode_for_astral_characters() -> None:
    if ttfonts.makeToUnicodeCMap is _reportlab_to_unicode_cmap:
        ttfonts.makeToUnicodeCMap = _to_unicode_cmap


@cache
def coverage(font_name: str) -> frozenset[int]:
    """The code points the face can draw (its cmap); anything else would print as an empty box."""
    register_fonts()
    font = pdfmetrics.getFont(font_name)
    return frozenset(font.face.charToGlyph)


@lru_cache(maxsize=1)
def family_coverage() -> frozenset[int]:
    """Code points every face of the family can draw: safe inside markup whose face is not known in advance."""
    return frozenset.intersection(*(coverage(face) for face in FACES))
