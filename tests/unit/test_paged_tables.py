"""A table of many rows is laid out a piece at a time (tables.PagedTable) and prints exactly as one table would."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from reports_pdf import needs_poppler, page_count, text, words_with_boxes

from wsparcie_desktop.reports import fonts, tables
from wsparcie_desktop.reports.engine import Column, Document, Markup, Signature
from wsparcie_desktop.reports.line_pages import LinesPage
from wsparcie_desktop.reports.tables import PagedTable

COLUMNS = [Column("Lp.", 0.5, "right"), Column("Działanie", 4), Column("Uwagi", 1.5), Column("Koszt", 1, "right")]


def rows(count: int, tall: dict[int, int] | None = None, words: int | None = None) -> list[list[str]]:
    """Rows of one to four lines (or all of ``words`` words); ``tall`` gives some rows that many words instead."""
    tall = tall or {}
    out = []
    for i in range(1, count + 1):
        words_here = tall.get(i, words if words is not None else 3 + 9 * (i % 4))
        text = " ".join(f"żółw{i}-{w}" for w in range(words_here))
        out.append([f"{i}.", text, "uwaga " * (i % 3), f"{i * 10},00 zł"])
    return out


def as_lines(body: list[list[str]], width: float) -> list[list]:
    """The rows with each cell broken into TextLines for its column (as the HDR's activity table is made)."""
    from wsparcie_desktop.reports.hdr_cells import TextLines

    share = sum(c.width for c in COLUMNS)
    widths = [width * c.width / share - 2 * tables.PADDING_X for c in COLUMNS]
    out = []
    for row in body:
        cells = [[TextLines.of(text, widths[i], align=c.align)] for i, (text, c) in enumerate(zip(row, COLUMNS))]
        cells[1].append(TextLines.of(f"opis {row[0]}", widths[1], size=7.0))  # a cell of two parts, as 'Działanie'
        out.append(cells)
    return out


def document(count: int, *, tall=None, words=None, totals=False, orientation="portrait", signatures=False,
             lines=False) -> Document:  # fmt: skip
    doc = Document("Długa tabela", jst_name="Gmina Zalesie", orientation=orientation)
    doc.heading("Wykaz")
    body = rows(count, tall, words)
    if lines:
        body = as_lines(body, doc.frame_width)
        doc.note("Tabela działań, jak w HDR.")  # (a heading just before a table is laid out with it, in one piece)
    doc.table(COLUMNS, body, totals=["", Markup("<b>Razem</b>"), "", "123,00 zł"] if totals else None)
    if signatures:
        doc.signatures([Signature("Sporządził(a)", "Anna Nowak"), Signature("Zatwierdził(a)")])
    return doc


def as_one_table(monkeypatch) -> None:
    monkeypatch.setattr(tables, "LONG_TABLE_ROWS", 10**9)


def pages_as_pictures(pdf: Path, folder: Path) -> list[bytes]:
    prefix = folder / pdf.stem
    subprocess.run(["pdftoppm", "-r", "40", str(pdf), str(prefix)], check=True)
    return [picture.read_bytes() for picture in sorted(folder.glob(f"{pdf.stem}-*.ppm"))]


CASES = {
    "short rows": dict(count=300),
    "totals, landscape": dict(count=250, totals=True, orientation="landscape"),
    "a row taller than a page in the middle": dict(count=200, tall={120: 2600}),
    "tall rows at piece boundaries": dict(count=160, tall={11: 900, 12: 700, 49: 1200, 97: 400}),
    # rows of one height: an odd or an even number of them on a page (the zebra starts afresh on each page)
    **{f"rows of {words} words": dict(count=150, words=words) for words in (2, 8, 14, 20, 26)},
}
# Rows of TextLines only (as the HDR's activities): each page is drawn by a LinesPage (see reports/line_pages.py).
LINE_CASES = {
    "short rows": dict(count=300, lines=True),
    "totals, landscape": dict(count=250, totals=True, orientation="landscape", lines=True),
    **{
        f"rows of {words} words": dict(count=150, words=words, lines=True, totals=words > 10)
        for words in (2, 8, 14, 20, 26)
    },  # fmt: skip
}
# A row taller than a page is split inside it, by ReportLab, in a table of the rows from it on (the rest of it
# then starts the next page under a ruled header, where one table of all the rows would leave the rule out).
TALL_LINE_CASES = {
    "a row taller than a page in the middle": dict(count=200, tall={120: 2600}, totals=True, lines=True),
    "tall rows at piece boundaries": dict(count=160, tall={11: 900, 12: 700, 49: 1200, 97: 400}, lines=True),
}


def as_tables_of_rows(monkeypatch) -> None:
    """Rows of TextLines laid out as any others: each page a PageTable of its rows, measured and split by ReportLab."""
    monkeypatch.setattr(tables, "is_lines_row", lambda row: False)


def pages_drawn(case: dict, tmp_path: Path, monkeypatch, layout) -> tuple[Path, Path]:
    """The document of ``case`` as laid out, and as laid out with ``layout`` in force."""
    pieces = document(**case)
    assert any(isinstance(part, PagedTable) for part in pieces._story)
    in_pieces = pieces.write(tmp_path / "pieces.pdf")
    with monkeypatch.context() as patch:
        layout(patch)
        other = document(**case)
        if layout is as_one_table:
            assert not any(isinstance(part, PagedTable) for part in other._story)
        return in_pieces, other.write(tmp_path / "other.pdf")


@needs_poppler
@pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="pdftoppm is not installed")
@pytest.mark.parametrize("case", [*CASES, *(f"lines: {name}" for name in LINE_CASES)])
def test_a_long_table_prints_exactly_as_one_table(case, tmp_path, monkeypatch):
    """Every page, drawn: the same text, lines, zebra rows, totals row and splits as the one-table layout."""
    given = CASES[case] if case in CASES else LINE_CASES[case.removeprefix("lines: ")]
    in_pieces, one = pages_drawn(given, tmp_path, monkeypatch, as_one_table)
    assert page_count(in_pieces) == page_count(one) > 3
    assert text(in_pieces, layout=True) == text(one, layout=True)
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    assert pages_as_pictures(in_pieces, tmp_path / "a") == pages_as_pictures(one, tmp_path / "b")


@needs_poppler
@pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="pdftoppm is not installed")
@pytest.mark.parametrize("case", [*LINE_CASES, *TALL_LINE_CASES])
def test_pages_of_lines_print_exactly_as_tables_of_their_rows(case, tmp_path, monkeypatch):
    """A table of TextLines rows drawn page by page without a Table (LinesPage) prints every page as a PageTable of
    the same rows did: the same splits (inside a row taller than a page too), text, rules, zebra and totals row."""
    in_pages, in_tables = pages_drawn({**LINE_CASES, **TALL_LINE_CASES}[case], tmp_path, monkeypatch,
                                      as_tables_of_rows)  # fmt: skip
    assert page_count(in_pages) == page_count(in_tables) > 3
    assert text(in_pages, layout=True) == text(in_tables, layout=True)
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    assert pages_as_pictures(in_pages, tmp_path / "a") == pages_as_pictures(in_tables, tmp_path / "b")


@pytest.mark.parametrize("lines", [False, True], ids=["text", "TextLines"])
def test_every_length_keeps_the_signatures_with_content(lines, monkeypatch):
    """Pieces of three rows, so that every length from 7 to 90 rows ends in a piece: never a lonely signature."""
    monkeypatch.setattr(tables, "LONG_TABLE_ROWS", 3)
    monkeypatch.setattr(tables, "PIECE_ROWS", 2)
    lonely = []
    for count in range(7, 90):
        doc = document(count, signatures=True, lines=lines)
        assert isinstance(doc._story[-1]._content[0], PagedTable)  # the table, tied to the signatures after it
        doc.to_bytes()
        if doc.signature_only_pages:
            lonely.append((count, doc.signature_only_pages))
    assert lonely == []


@needs_poppler
@pytest.mark.parametrize("lines", [False, True], ids=["text", "TextLines"])
def test_the_last_rows_go_with_the_signatures_as_in_one_table(lines, tmp_path, monkeypatch):
    """Where the signatures no longer fit under the table, the same last rows move with them."""
    monkeypatch.setattr(tables, "LONG_TABLE_ROWS", 3)
    monkeypatch.setattr(tables, "PIECE_ROWS", 2)
    compared = 0
    for count in range(20, 60):
        pieces = document(count, signatures=True, lines=lines).write(tmp_path / "pieces.pdf")
        with monkeypatch.context() as patch:
            as_one_table(patch)
            one = document(count, signatures=True, lines=lines).write(tmp_path / "one.pdf")
        assert text(pieces, layout=True) == text(one, layout=True), count
        compared += 1
    assert compared == 40


def _draw_each_time(self) -> None:
    """Replayed.draw without the replay: the header drawn anew on every page."""
    self.flowable.drawOn(self.canv, 0, 0)


class _Forgetful(dict):
    """A memory of cells' operators that never remembers."""

    def get(self, key, default=None):
        return default


def _codes_each_time(text, font, canvas, size_code, line) -> str:
    """tables.line_code without the per-document memory of each line's codes."""
    codes = []
    for subset, chunk in font.splitString(line, canvas._doc):
        if subset != text._curSubset:
            codes.append(f"{font.getSubsetInternalName(subset, canvas._doc)} {size_code}")
            text._curSubset = subset
        codes.append(f"({canvas._escape(chunk)}) Tj")
    return " ".join(codes)


@needs_poppler
@pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="pdftoppm is not installed")
def test_header_and_line_codes_written_again_print_as_drawn_anew(tmp_path, monkeypatch):
    """The header row written again from its first drawing, and lines and cells from their remembered codes (a cell's
    lines turned into codes in one step), print exactly as when each is drawn anew: the HDR's cells (TextLines),
    Polish letters and all, over many pages."""
    from wsparcie_desktop.reports.hdr_cells import TextLines, break_lines

    def hdr_like() -> Document:
        doc = Document("Długa tabela", jst_name="Gmina Zalesie", orientation="landscape")
        same = break_lines("Łódź, Gdańsk — ąęłńóśźż", 80, "DejaVuSans", 8.0)  # one list in many cells, as in the HDR
        doc.heading("Wykaz")
        body = [[TextLines.of(f"{i}.", 30, align="right"), TextLines.of(f"Źdźbło żółwia {i % 7} " * (1 + i % 5), 300),
                 TextLines(same, 80), TextLines.of(f"{i},00 zł", 60, align="right")]
                for i in range(1, 400)]  # fmt: skip
        doc.table(COLUMNS, body)
        return doc

    quick = hdr_like().write(tmp_path / "quick.pdf")
    with monkeypatch.context() as patch:
        patch.setattr(tables.Replayed, "draw", _draw_each_time)
        patch.setattr(tables, "line_code", _codes_each_time)
        patch.setattr(fonts.SubsetFont, "first_subset_codes", lambda self, lines, doc: None)  # each line by line_code
        patch.setattr(tables, "_cell_codes", lambda canvas: _Forgetful())
        making = LinesPage.__init__
        patch.setattr(
            LinesPage,
            "__init__",
            lambda self, *args, **kwargs: making(self, *args, **{**kwargs, "header_drawn": _Forgetful()}),
        )  # the header row drawn anew on every page
        slow = hdr_like().write(tmp_path / "slow.pdf")
    assert page_count(quick) == page_count(slow) > 5
    printed = text(quick, layout=True)
    assert printed == text(slow, layout=True)
    assert printed.count("Działanie") == page_count(quick)  # the header on every page
    assert all(word in printed for word in ("Łódź,", "Gdańsk", "ąęłńóśźż", "Źdźbło", "żółwia"))
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    assert pages_as_pictures(quick, tmp_path / "a") == pages_as_pictures(slow, tmp_path / "b")


@needs_poppler
def test_cells_of_lines_print_as_reportlab_draws_each_of_them(tmp_path, monkeypatch):
    """The table's cells of TextLines, written in one text object from their remembered operators (right-aligned
    lines of several widths moved to their starts with Td), print as ReportLab prints each TextLines drawn on its
    own (TextLines.draw: a text object per cell, each right-aligned line placed by setTextOrigin)."""
    from reportlab.platypus import Table

    from wsparcie_desktop.reports.hdr_cells import TextLines

    def costs() -> Document:
        doc = Document("Koszty", jst_name="Gmina Zalesie", orientation="landscape")
        widths = [doc.frame_width * c.width / 7 - 2 * tables.PADDING_X for c in COLUMNS]
        body = [[[TextLines.of(f"{i}.", widths[0], align="right")],
                 [TextLines.of(f"Źdźbło żółwia {i} " * (1 + i % 4), widths[1], fonts.BOLD),
                  TextLines.of("opis ąęłńóśźż " * (i % 3), widths[1], size=7.0)],
                 [TextLines.of("uwaga " * (i % 5), widths[2])],
                 [TextLines.of(f"{i * 1234},50 zł\nbudżet JST\nŁ{'ó' * (i % 6)}", widths[3], align="right")]]
                for i in range(1, 160)]  # fmt: skip
        doc.table(COLUMNS, body)
        return doc

    quick = costs().write(tmp_path / "quick.pdf")
    with monkeypatch.context() as patch:
        patch.setattr(tables, "is_lines_row", lambda row: False)
        patch.setattr(tables.PageTable, "_drawCell", Table._drawCell)
        each = costs().write(tmp_path / "each.pdf")
    assert page_count(quick) == page_count(each) > 3
    assert text(quick, layout=True) == text(each, layout=True)
    # every word in the same place to a hundredth of a point (a cell drawn on its own is moved there by its own
    # transformation, rounded otherwise than one text matrix: the pictures differ by a shade in a few pixels)
    placed, drawn = words_with_boxes(quick), words_with_boxes(each)
    assert len(placed) == len(drawn) > 1000
    for word, same in zip(placed, drawn):
        assert word[0] == same[0] and word[5] == same[5]
        assert max(abs(a - b) for a, b in zip(word[1:5], same[1:5])) < 0.01, (word, same)


def test_a_written_document_is_freed_without_the_garbage_collector(tmp_path):
    """Once a document is written and dropped, its cells and their operators are freed at once: nothing of it waits
    in a reference cycle for the collector (after a large HDR, its collection walked every cell and line kept)."""
    import gc
    import weakref

    from wsparcie_desktop.reports.hdr_cells import TextLines

    fonts.register_fonts()
    body = [
        [
            TextLines.of(f"{i}.", 30, align="right"),
            TextLines.of(f"Źdźbło żółwia {i} " * 4, 300),
            TextLines.of("uwaga", 80),
            TextLines.of(f"{i},00 zł", 60, align="right"),
        ]
        for i in range(1, 300)
    ]
    cell = weakref.ref(body[0][1])
    doc = Document("Długa tabela", jst_name="Gmina Zalesie", orientation="landscape")
    doc.table(COLUMNS, body)
    del body
    enabled = gc.isenabled()
    gc.collect()
    gc.disable()
    try:
        assert page_count(doc.write(tmp_path / "table.pdf")) > 3
        del doc
        assert cell() is None
    finally:
        if enabled:
            gc.enable()
