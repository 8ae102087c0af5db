"""Turning user text into paragraph markup that prints exactly as typed.

ReportLab paragraphs read their text as a small XML dialect: a bare ``<`` raises, ``AT&T`` prints as
``AT&T;``, and a character the font lacks prints as an empty box without any error. So every piece of user
text passes through :func:`escape` on its way into a document:

* ``&``, ``<`` and ``>`` become entities, so the text prints verbatim;
* line breaks typed by the user (``\\n``, ``\\r\\n``, Word's vertical tab, U+2028/2029) become ``<br/>``;
  a tab becomes a space; other control characters, which have no printed form, are dropped;
* a character the face cannot draw (for example an emoji outside DejaVu's emoticons, a CJK ideograph or a
  lone surrogate) becomes the visible replacement character U+FFFD ``�``, so the reader sees that something
  was there; invisible format characters the face lacks (joiners, variation selectors, emoji tags) are
  dropped, as they draw nothing anyway.

Text that already is markup, written by the program rather than typed by a user, is wrapped in
:class:`Markup` and passes through untouched.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable
from functools import cache
from xml.sax.saxutils import escape as _xml_escape

from wsparcie_desktop.reports import fonts

SUBSTITUTE = "\ufffd"

_LINE_BREAKS = {"\r\n": "\n", "\r": "\n", "\x0b": "\n", "\x0c": "\n", "\x85": "\n", "\u2028": "\n", "\u2029": "\n"}
_DROP_WHEN_MISSING = {"Cf", "Mn", "Me"}  # format and combining characters: zero-width, nothing to show


class Markup(str):
    """Paragraph markup the program wrote itself (``<b>Razem</b>``); it is not escaped again."""

    @classmethod
    def build(cls, template: str, **values: object) -> Markup:
        """Fill a markup template with user values, escaping each: ``Markup.build("<b>{name}</b>", name=x)``.

        The face is not known inside a template, so values keep only glyphs that every face of the family has.
        """
        return cls(template.format(**{key: escape(value) for key, value in values.items()}))


def printable(text: str, font_name: str | None = None) -> str:
    """The text with line breaks normalised to ``\\n`` and every character the face cannot draw handled.

    ``font_name`` None means any face of the family (the intersection of their glyph sets).
    """
    if text.isascii() and text.isprintable():
        return text  # DejaVu draws all of printable ASCII; most text takes this path
    for old, new in _LINE_BREAKS.items():
        if old in text:
            text = text.replace(old, new)
    if _drawn_as_is(font_name).issuperset(text):
        return text  # Polish text: every character is one the face draws (the set is tested in C, not per char)
    covered = fonts.coverage(font_name) if font_name else fonts.family_coverage()
    out: list[str] = []
    for char in text:
        code = ord(char)
        if char == "\n" or code in covered and char != "\t" and not (code < 0x20 or 0x7F <= code < 0xA0):
            out.append(char)
            continue
        if char == "\t":
            out.append(" ")
            continue
        category = unicodedata.category(char)
        if category == "Cc" or category in _DROP_WHEN_MISSING:
            continue
        out.append(SUBSTITUTE)
    return "".join(out)


@cache
def _drawn_as_is(font_name: str | None) -> frozenset[str]:
    """The characters :func:`printable` keeps unchanged in the face: those it draws, and the line break."""
    covered = fonts.coverage(font_name) if font_name else fonts.family_coverage()
    return frozenset(chr(code) for code in covered if not (code < 0x20 or 0x7F <= code < 0xA0)) | {"\n"}


def escape(value: object, font_name: str | None = None) -> str:
    """Paragraph markup that prints ``value`` verbatim in the given face (see the module docstring)."""
    if value is None:
        return ""
    if isinstance(value, Markup):
        return str(value)
    text = printable(str(value), font_name)
    return _xml_escape(text).replace("\n", "<br/>")


def join_lines(parts: Iterable[object]) -> str:
    """Non-empty parts, one per line: how addresses and contacts are kept together in one cell."""
    return "\n".join(str(part).strip() for part in parts if part is not None and str(part).strip())
