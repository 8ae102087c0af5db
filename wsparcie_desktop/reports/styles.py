"""Paragraph styles shared by every document, all in the DejaVu family.

``splitLongWords`` stays on (ReportLab's default, set here explicitly because it matters): a word wider than
its line — a 300-character URL, a pasted identifier — is broken between characters instead of running off the
page. No hyphen is added, so the printed characters are exactly the typed ones.
"""

from __future__ import annotations

from functools import cache, lru_cache
from types import SimpleNamespace

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle

from wsparcie_desktop.reports import fonts

INK = colors.HexColor("#1a1a1a")
MUTED = colors.HexColor("#555555")
RULE = colors.HexColor("#8c8c8c")
HEADER_FILL = colors.HexColor("#e4e8ee")
ZEBRA_FILL = colors.HexColor("#f5f6f8")

ALIGNMENTS = {"left": TA_LEFT, "right": TA_RIGHT, "center": TA_CENTER, "justify": TA_JUSTIFY}


def _style(name: str, **kw: object) -> ParagraphStyle:
    base = dict(fontName=fonts.REGULAR, fontSize=10, leading=13, textColor=INK, splitLongWords=1, wordWrap=None)
    base.update(kw)
    return ParagraphStyle(name, **base)


@lru_cache(maxsize=1)
def styles() -> SimpleNamespace:
    """The style sheet; built once, after the fonts are registered."""
    fonts.register_fonts()
    return SimpleNamespace(
        body=_style("body", spaceAfter=4),
        body_justified=_style("body_justified", spaceAfter=4, alignment=TA_JUSTIFY),
        note=_style("note", fontName=fonts.ITALIC, fontSize=8.5, leading=11, textColor=MUTED, spaceAfter=4),
        title=_style("title", fontName=fonts.BOLD, fontSize=16, leading=20, alignment=TA_CENTER, spaceAfter=4),
        subtitle=_style("subtitle", fontSize=11, leading=14, alignment=TA_CENTER, spaceAfter=2),
        heading1=_style(
            "heading1", fontName=fonts.BOLD, fontSize=12, leading=15, spaceBefore=10, spaceAfter=5, keepWithNext=1
        ),
        heading2=_style(
            "heading2", fontName=fonts.BOLD, fontSize=10.5, leading=13, spaceBefore=8, spaceAfter=4, keepWithNext=1
        ),
        place_date=_style("place_date", alignment=TA_RIGHT, spaceAfter=10),
        header_name=_style("header_name", fontName=fonts.BOLD, fontSize=10, leading=12),
        header_title=_style(
            "header_title", fontName=fonts.ITALIC, fontSize=8, leading=10, textColor=MUTED, alignment=TA_RIGHT
        ),
        signature_label=_style("signature_label", fontName=fonts.BOLD, fontSize=9, leading=11, alignment=TA_CENTER),
        signature_name=_style("signature_name", fontSize=9.5, leading=12, alignment=TA_CENTER),
        signature_position=_style(
            "signature_position", fontName=fonts.ITALIC, fontSize=8.5, leading=11, alignment=TA_CENTER, textColor=MUTED
        ),
        field_label=_style("field_label", fontName=fonts.BOLD, fontSize=9, leading=11.5),
        field_value=_style("field_value", fontSize=9, leading=11.5),
        caption=_style(
            "caption",
            fontName=fonts.ITALIC,
            fontSize=8.5,
            leading=11,
            alignment=TA_CENTER,
            textColor=MUTED,
            spaceBefore=2,
            spaceAfter=8,
        ),
    )


@cache
def cell_style(align: str = "left", bold: bool = False, size: float = 8.5) -> ParagraphStyle:
    """Table cell text, one style per alignment and weight."""
    styles()
    return _style(
        f"cell_{align}_{int(bold)}_{size}",
        fontName=fonts.BOLD if bold else fonts.REGULAR,
        fontSize=size,
        leading=round(size * 1.25, 2),
        alignment=ALIGNMENTS[align],
    )
