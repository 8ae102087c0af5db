"""The document engine: Polish letters, escaping, missing glyphs, tables over pages, page parts, output."""

from __future__ import annotations

import datetime as dt
import io
import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from PIL import Image as PILImage
from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.shapes import Drawing, String
from reports_pdf import (
    body_text,
    fonts_used,
    image_count,
    needs_poppler,
    page_count,
    page_sizes,
    squeeze,
    text,
    words_with_boxes,
)

from wsparcie_desktop.errors import DomainError
from wsparcie_desktop.reports import fonts
from wsparcie_desktop.reports.engine import Column, Document, Markup, Signature
from wsparcie_desktop.reports.page import MARGIN_X, print_size
from wsparcie_desktop.reports.text import SUBSTITUTE, escape, printable

POLISH = "ąęłńśźż ĄĘŁŃŚŹŻ óÓ ćĆ"
SCHOOL = "Szkoła Podstawowa nr 1 <im. Jana Pawła II> & Przedszkole"


def png(width: int = 60, height: int = 80, color=(30, 120, 40)) -> bytes:
    buffer = io.BytesIO()
    PILImage.new("RGB", (width, height), color).save(buffer, "PNG")
    return buffer.getvalue()


def write(doc: Document, tmp_path: Path, name: str = "doc.pdf") -> Path:
    return doc.write(tmp_path / name)


# ---------------------------------------------------------------- text handling (no PDF needed)


def test_escape_makes_markup_characters_literal():
    assert escape("a<b") == "a&lt;b"
    assert escape("AT&T") == "AT&amp;T"
    assert escape(SCHOOL) == "Szkoła Podstawowa nr 1 &lt;im. Jana Pawła II&gt; &amp; Przedszkole"
    assert escape("&amp;") == "&amp;amp;"
    assert escape(None) == ""
    assert escape(Markup("<b>Razem</b>")) == "<b>Razem</b>"


def test_markup_build_escapes_the_values_only():
    assert Markup.build("<b>{name}</b>", name="a<b & c") == "<b>a&lt;b &amp; c</b>"


def test_line_breaks_become_br_and_controls_disappear():
    assert escape("jeden\r\ndwa\rtrzy\x0bcztery\u2028pięć") == "jeden<br/>dwa<br/>trzy<br/>cztery<br/>pięć"
    assert printable("a\tb\x00c\x07d\x1b") == "a bcd"


def test_glyphs_the_face_lacks_become_a_visible_substitute():
    assert printable("😀", fonts.REGULAR) == "😀"  # DejaVu has the emoticons block
    assert printable("🦄 中 \ud800", fonts.REGULAR) == f"{SUBSTITUTE} {SUBSTITUTE} {SUBSTITUTE}"
    assert printable(POLISH, fonts.BOLD_ITALIC) == POLISH


def test_substitution_follows_the_face():
    only_regular = sorted(fonts.coverage(fonts.REGULAR) - fonts.coverage(fonts.ITALIC))
    char = next(chr(c) for c in only_regular if chr(c).isprintable() and not chr(c).isspace())
    assert printable(char, fonts.REGULAR) == char
    assert printable(char, fonts.ITALIC) == SUBSTITUTE
    assert printable(char) == SUBSTITUTE  # inside markup, any face may be used


def test_invisible_format_characters_the_face_lacks_are_dropped():
    missing_format = next(
        chr(c) for c in (0x2066, 0x2067, 0x2068, 0x2069, 0xE0061, 0xFE00) if c not in fonts.coverage(fonts.REGULAR)
    )
    assert printable(f"a{missing_format}b", fonts.REGULAR) == "ab"


# ---------------------------------------------------------------- the page


@needs_poppler
def test_polish_letters_print_in_every_part_of_the_page(tmp_path):
    doc = Document(f"Tytuł {POLISH}", jst_name=f"Gmina Żółć {POLISH}")
    doc.place_and_date("Zalesie", dt.date(2026, 11, 21))
    doc.title_block(f"Podtytuł {POLISH}")
    doc.heading(f"Nagłówek {POLISH}")
    doc.paragraph(f"Akapit {POLISH}")
    doc.fields([("Pole", f"Wartość {POLISH}")])
    doc.table([Column("Kolumna"), Column("Ąę", align="right")], [[f"Komórka {POLISH}", "12"]])
    doc.signatures([Signature("Sporządził(a)", "Łucja Źdźbło", "inspektor ds. oświaty")])
    pdf = write(doc, tmp_path)
    page = text(pdf)
    for expected in (f"Gmina Żółć {POLISH}", f"Tytuł {POLISH}", "Zalesie, 21 listopada 2026 r.",
                     f"Podtytuł {POLISH}", f"Nagłówek {POLISH}", f"Akapit {POLISH}", f"Wartość {POLISH}",
                     f"Komórka {POLISH}", "Sporządził(a):", "Łucja Źdźbło", "inspektor ds. oświaty",
                     "Strona 1 z 1"):  # fmt: skip
        assert expected in page


def test_streams_are_written_as_deflated_bytes_without_ascii85(tmp_path):
    doc = Document(f"Tytuł {POLISH}", jst_name="Gmina Zalesie", coat_of_arms=png())
    doc.paragraph(f"Akapit {POLISH}")
    data = write(doc, tmp_path).read_bytes()
    assert b"/FlateDecode" in data and b"ASCII85" not in data
    assert f"Akapit {POLISH}" in text(tmp_path / "doc.pdf")


@needs_poppler
def test_only_the_dejavu_family_is_used(tmp_path):
    doc = Document("Czcionki", jst_name="Gmina")
    doc.paragraph(Markup("zwykły <b>pogrubiony</b> <i>kursywa</i> <b><i>oba</i></b>"))
    used = fonts_used(write(doc, tmp_path))
    assert used and all("DejaVuSans" in name for name in used), used
    assert {name.split("+")[-1] for name in used} == set(fonts.FACES)


@needs_poppler
def test_user_text_prints_verbatim(tmp_path):
    doc = Document("Znaki", jst_name=SCHOOL)
    for value in ("a<b", "AT&T", SCHOOL, "&amp; &lt;", "\"cudzysłów\" i 'apostrof';"):
        doc.paragraph(value)
    doc.table([Column("Nazwa")], [[SCHOOL], ["AT&T"]])
    page = text(write(doc, tmp_path))
    assert squeeze(page).count(squeeze(SCHOOL)) == 3  # header, paragraph, table
    assert SCHOOL in page
    assert "a<b" in page
    assert "AT&T" in page and "AT&T;" not in page
    assert "&amp; &lt;" in page
    assert "\"cudzysłów\" i 'apostrof';" in page


@needs_poppler
def test_emoji_and_missing_glyphs_do_not_break_the_document(tmp_path):
    doc = Document("Emoji 😀", jst_name="Gmina 🦄")
    doc.paragraph("Uśmiech 😀, jednorożec 🦄, znak 中 i koniec.")
    doc.table([Column("A")], [["😀🦄"]])
    page = text(write(doc, tmp_path))
    assert "Uśmiech 😀, jednorożec \ufffd, znak \ufffd i koniec." in page
    assert "Gmina \ufffd" in page
    assert "😀\ufffd" in page


@needs_poppler
def test_footer_counts_pages_and_header_is_on_every_page(tmp_path):
    doc = Document("Liczenie stron", jst_name="Gmina Zalesie")
    for number in range(3):
        doc.paragraph(f"Strona treści {number}")
        doc.page_break()
    doc.paragraph("Ostatnia")
    pdf = write(doc, tmp_path)
    assert page_count(pdf) == 4
    for number in range(1, 5):
        page = text(pdf, number)
        assert f"Strona {number} z 4" in page
        assert "Gmina Zalesie" in page
        assert "Liczenie stron" in page


@needs_poppler
def test_coat_of_arms_prints_once_as_an_image_and_a_broken_one_is_left_out(tmp_path):
    doc = Document("Herb", jst_name="Gmina", coat_of_arms=png())
    doc.paragraph("x")
    doc.page_break()
    doc.paragraph("y")
    pdf = write(doc, tmp_path, "herb.pdf")
    assert image_count(pdf) == 2  # the header of each of the two pages draws the same image

    broken = Document("Herb", jst_name="Gmina", coat_of_arms=b"\x89PNG\r\n\x1a\nnot really")
    assert broken.image(b"garbage", 20, 20) is False
    broken.paragraph("Dokument bez herbu")
    pdf = write(broken, tmp_path, "bez-herbu.pdf")
    assert "Dokument bez herbu" in text(pdf)
    assert image_count(pdf) == 0


@needs_poppler
@pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="pdftoppm is not installed")
def test_header_and_footer_written_again_print_as_drawn_anew_on_every_page(tmp_path, monkeypatch):
    """Each page's header and footer but its number are drawn once per page size and written again on the later
    pages: they print exactly as drawn anew on each, the coat of arms on every page, a long title cut alike."""
    from wsparcie_desktop.reports import page

    def pages() -> Document:
        doc = Document("Harmonogram " + "bardzo długiego tytułu " * 12, jst_name="Gmina Żółć", coat_of_arms=png())
        for number in range(1, 13):
            if number == 6:
                doc.section("landscape")
            doc.paragraph(f"Strona treści {number}: zażółć gęślą jaźń")
            doc.page_break()
        doc.paragraph("Ostatnia")
        return doc

    quick = write(pages(), tmp_path, "quick.pdf")

    def each_time(canvas, kept, key, draw):
        canvas.saveState()
        draw()
        canvas.restoreState()

    monkeypatch.setattr(page, "replayed", each_time)
    slow = write(pages(), tmp_path, "slow.pdf")
    count = page_count(quick)
    assert count == page_count(slow) > 12
    assert image_count(quick) == image_count(slow) == count
    assert text(quick, layout=True) == text(slow, layout=True)
    assert all(f"Strona {n} z {count}" in text(quick, n) and "Gmina Żółć" in text(quick, n) for n in (1, 7, count))
    pictures = []
    for pdf in (quick, slow):
        subprocess.run(["pdftoppm", "-r", "50", str(pdf), str(tmp_path / pdf.stem)], check=True)
        pictures.append([p.read_bytes() for p in sorted(tmp_path.glob(f"{pdf.stem}-*.ppm"))])
    assert len(pictures[0]) == count and pictures[0] == pictures[1]


@needs_poppler
def test_a_camera_sized_coat_of_arms_is_scaled_down_and_keeps_its_transparency(tmp_path):
    photo = io.BytesIO()
    PILImage.effect_noise((3000, 3000), 60).convert("RGB").save(photo, "JPEG", quality=90)
    doc = Document("Herb", jst_name="Gmina", coat_of_arms=photo.getvalue())
    doc.title_block("Gmina", picture=photo.getvalue())
    pdf = write(doc, tmp_path, "duzy-herb.pdf")
    assert image_count(pdf) == 2  # the header and the title block
    assert pdf.stat().st_size < len(photo.getvalue()) / 2  # not embedded at its full 3000 px
    clear = PILImage.new("RGBA", (2000, 2400), (0, 0, 0, 0))
    clear.paste((200, 20, 20, 255), (200, 200, 1800, 2200))
    data = io.BytesIO()
    clear.save(data, "PNG")
    small = PILImage.open(io.BytesIO(print_size(data.getvalue())))
    assert max(small.size) == 1200 and small.mode == "RGBA" and small.getpixel((0, 0))[3] == 0
    assert print_size(png()) == png()  # a picture of a sensible size goes through untouched


@needs_poppler
def test_portrait_and_landscape_sections_in_one_document(tmp_path):
    doc = Document("HDR", jst_name="Gmina", orientation="portrait")
    doc.paragraph("pionowo")
    doc.section("landscape")
    assert doc.frame_width > 700
    doc.table([Column("Działanie"), Column("Termin")], [["Szkolenie", "2027"]])
    doc.section("portrait")
    doc.paragraph("znowu pionowo")
    pdf = write(doc, tmp_path)
    sizes = page_sizes(pdf)
    assert [w < h for w, h in sizes] == [True, False, True]
    assert "Szkolenie" in text(pdf, 2)


@needs_poppler
def test_a_document_may_start_in_landscape(tmp_path):
    doc = Document("Poziomy", jst_name="Gmina", orientation="portrait")
    doc.section("landscape")
    doc.paragraph("od razu poziomo")
    width, height = page_sizes(write(doc, tmp_path))[0]
    assert width > height


@needs_poppler
def test_a_chart_drawing_is_scaled_into_the_frame(tmp_path):
    drawing = Drawing(1200, 500)
    chart = VerticalBarChart()
    chart.x, chart.y, chart.width, chart.height = 50, 50, 1100, 400
    chart.data = [(3, 5, 2)]
    chart.categoryAxis.categoryNames = ["Łódź", "Źródło", "Żabno"]
    chart.categoryAxis.labels.fontName = fonts.REGULAR
    chart.valueAxis.labels.fontName = fonts.REGULAR
    drawing.add(chart)
    drawing.add(String(60, 470, "Wykres ąęł", fontName=fonts.BOLD, fontSize=14))
    doc = Document("Wykres", jst_name="Gmina")
    doc.drawing(drawing, caption="Rys. 1. Liczba uczniów")
    pdf = write(doc, tmp_path)
    page = text(pdf)
    assert "Wykres ąęł" in page and "Żabno" in page and "Rys. 1. Liczba uczniów" in page
    assert drawing.width <= doc.frame_width


@needs_poppler
def test_signature_blocks_show_names_or_a_place_to_write_them(tmp_path):
    doc = Document("Podpisy", jst_name="Gmina")
    doc.signatures([Signature("Sporządził(a)", "Anna Nowak", "inspektor"), Signature("Zatwierdził(a)")])
    page = text(write(doc, tmp_path), layout=True)
    assert "Sporządził(a):" in page and "Zatwierdził(a):" in page
    assert "Anna Nowak" in page and "inspektor" in page
    assert "(imię i nazwisko, podpis)" in page


def signed_document(rows: int, *, lead_in: bool = False, text_only: bool = False) -> Document:
    doc = Document("Podpisy po treści", jst_name="Gmina")
    if text_only:
        for i in range(1, rows + 1):
            doc.paragraph(f"Akapit {i}: " + "treść uchwały rady gminy " * 8)
    else:
        doc.table(
            [Column("Lp.", 0.5, "right"), Column("Pozycja", 4)], [[f"{i}.", f"Wiersz {i}"] for i in range(1, rows + 1)]
        )
    if lead_in:
        doc.heading("Zatwierdzenie")
        doc.paragraph("Dokument przedstawiony do zatwierdzenia.")
    doc.signatures([Signature("Sporządził(a)", "Anna Nowak"), Signature("Zatwierdził(a)")])
    return doc


@pytest.mark.parametrize(("lead_in", "text_only"), [(False, False), (True, False), (False, True), (True, True)])
def test_no_length_of_content_leaves_the_signatures_alone_on_a_page(lead_in, text_only):
    """Every length from a few rows to three pages: the page with the signatures always holds content too."""
    lonely = []
    for rows in range(1, 100 if not text_only else 30):
        doc = signed_document(rows, lead_in=lead_in, text_only=text_only)
        doc.to_bytes()
        if doc.signature_only_pages:
            lonely.append((rows, doc.signature_only_pages))
    assert lonely == []


def test_the_check_sees_a_page_holding_only_signatures():
    doc = Document("Podpisy", jst_name="Gmina")
    doc.signatures([Signature("Sporządził(a)", "Anna Nowak")])
    doc.to_bytes()
    assert doc.signature_only_pages == [1]


@needs_poppler
def test_signatures_that_no_longer_fit_take_the_last_rows_with_them(tmp_path):
    # find a table that just fills its page: one more row would push the signatures over
    for rows in range(20, 80):
        one_page = signed_document(rows)
        one_page.to_bytes()
        bare = Document("Podpisy po treści", jst_name="Gmina")
        bare.table(
            [Column("Lp.", 0.5, "right"), Column("Pozycja", 4)], [[f"{i}.", f"Wiersz {i}"] for i in range(1, rows + 1)]
        )
        if page_count(write(bare, tmp_path)) == 1 and page_count(write(signed_document(rows), tmp_path)) == 2:
            break
    else:
        pytest.fail("no table length puts the signatures on a second page")
    pdf = write(signed_document(rows), tmp_path)
    second = body_text(pdf, 2)
    assert "Sporządził(a):" in second and f"Wiersz {rows}" in second  # the last row came along
    assert "Pozycja" in second  # under its repeated header
    assert f"Wiersz {rows}" not in body_text(pdf, 1)


@needs_poppler
def test_a_heading_and_sentence_before_the_signatures_bring_content_with_them(tmp_path):
    for rows in range(20, 80):
        if page_count(write(signed_document(rows, lead_in=True), tmp_path)) == 2:
            break
    pdf = write(signed_document(rows, lead_in=True), tmp_path)
    second = body_text(pdf, 2)
    assert "Zatwierdzenie" in second and "Sporządził(a):" in second
    assert f"Wiersz {rows}" in second


# ---------------------------------------------------------------- tables over pages


def header_lines(pdf: Path, page: int, label: str) -> int:
    return sum(1 for line in body_text(pdf, page).splitlines() if line.startswith(label))


@needs_poppler
def test_a_long_table_repeats_its_header_at_the_top_of_every_page(tmp_path):
    doc = Document("Długa tabela", jst_name="Gmina")
    columns = [Column("Lp.", 0.5, "right"), Column("Nazwisko ĄĘ", 3), Column("Wartość", 1, "right")]
    doc.table(columns, [[f"{i}.", f"Osoba numer {i}", str(i * 10)] for i in range(1, 201)])
    pdf = write(doc, tmp_path)
    pages = page_count(pdf)
    assert pages >= 4
    for page in range(1, pages + 1):
        lines = body_text(pdf, page).splitlines()
        assert lines[0].startswith("Lp. Nazwisko ĄĘ Wartość")
        assert sum("Nazwisko ĄĘ" in line for line in lines) == 1
    everything = squeeze(text(pdf, raw=True))
    positions = [everything.index(f"Osobanumer{i}") for i in (1, 50, 100, 200)]
    assert positions == sorted(positions)


@needs_poppler
def test_a_row_taller_than_a_page_prints_whole_over_several_pages(tmp_path):
    words = [f"słowo{i:04d}" for i in range(2500)]
    doc = Document("Wysoki wiersz", jst_name="Gmina")
    doc.table([Column("Lp.", 0.4), Column("Opis", 4), Column("Uwagi", 1)], [["1.", " ".join(words), "krótko"]])
    pdf = write(doc, tmp_path)
    pages = page_count(pdf)
    assert pages >= 3
    body = "".join(body_text(pdf, p) for p in range(1, pages + 1))
    found = re.findall(r"słowo\d{4}", squeeze(body))
    assert found == words  # every word, once, in order
    for page in range(1, pages + 1):
        assert header_lines(pdf, page, "Lp. Opis Uwagi") == 1


@needs_poppler
def test_a_tall_row_after_short_ones_never_prints_a_stray_header_mid_page(tmp_path):
    rows = [[f"{i}.", f"wiersz {i}"] for i in range(1, 31)]
    rows.append(["31.", " ".join(f"długi{i}" for i in range(3000))])
    rows += [[f"{i}.", f"wiersz {i}"] for i in range(32, 60)]
    doc = Document("Mieszana tabela", jst_name="Gmina")
    doc.table([Column("Nr", 0.5), Column("Treść", 5)], rows)
    pdf = write(doc, tmp_path)
    for page in range(1, page_count(pdf) + 1):
        lines = body_text(pdf, page).splitlines()
        assert sum(line.startswith("Nr Treść") for line in lines) == 1, f"page {page}: {lines[:3]} … {lines[-3:]}"
        assert lines[0].startswith("Nr Treść")


@needs_poppler
def test_a_300_character_word_wraps_inside_the_page(tmp_path):
    word = "".join("abcdefghijąęłńśźżó"[i % 18] for i in range(300))
    doc = Document("Długie słowo", jst_name="Gmina " + word)
    doc.paragraph(word)
    doc.fields([("Pole", word)])
    doc.table([Column("Lp.", 0.3), Column("Nazwa", 1), Column("Uwagi", 1)], [["1.", word, "x" * 300]])
    pdf = write(doc, tmp_path)
    everything = squeeze(text(pdf, raw=True))
    assert everything.count(word) >= 3  # paragraph, field, table cell (the header shortens it with …)
    assert "x" * 300 in everything
    width = page_sizes(pdf)[0][0]
    for page, x0, _y0, x1, _y1, piece in words_with_boxes(pdf):
        assert MARGIN_X - 1 <= x0 and x1 <= width - MARGIN_X + 1, (page, piece, x0, x1)


def test_rows_must_match_the_columns():
    doc = Document("Błąd", jst_name="Gmina")
    with pytest.raises(ValueError):
        doc.table([Column("A"), Column("B")], [["tylko jedna"]])


@needs_poppler
def test_an_empty_table_prints_its_empty_text(tmp_path):
    doc = Document("Pusto", jst_name="Gmina")
    assert doc.table([Column("A")], [], empty_text="Nie wpisano jeszcze szkół.") is None
    assert "Nie wpisano jeszcze szkół." in text(write(doc, tmp_path))


# ---------------------------------------------------------------- writing the file


def test_writing_to_a_missing_folder_names_the_path(tmp_path):
    target = tmp_path / "nie-ma" / "plik.pdf"
    doc = Document("Zapis", jst_name="Gmina")
    with pytest.raises(DomainError) as caught:
        doc.write(target)
    assert str(target) in caught.value.message
    assert "folder nie istnieje" in caught.value.message
    assert not target.parent.exists()


def test_a_locked_destination_keeps_the_old_file_and_leaves_no_temporary_file(tmp_path, monkeypatch):
    target = tmp_path / "wykaz.pdf"
    target.write_bytes(b"old")

    def locked(src, dst):
        raise PermissionError(13, "The process cannot access the file because it is being used", str(dst))

    monkeypatch.setattr(os, "replace", locked)
    doc = Document("Zapis", jst_name="Gmina")
    with pytest.raises(DomainError) as caught:
        doc.write(target)
    assert str(target) in caught.value.message
    assert "otwarty w innym programie" in caught.value.message
    assert target.read_bytes() == b"old"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["wykaz.pdf"]


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() == 0, reason="root may write anywhere")
def test_a_read_only_folder_gives_a_polish_message(tmp_path):
    folder = tmp_path / "tylko-odczyt"
    folder.mkdir()
    folder.chmod(0o555)
    try:
        with pytest.raises(DomainError) as caught:
            Document("Zapis", jst_name="Gmina").write(folder / "a.pdf")
        assert "brak uprawnień" in caught.value.message
        assert list(folder.iterdir()) == []
    finally:
        folder.chmod(0o755)


def test_a_folder_in_place_of_the_file_is_refused(tmp_path):
    (tmp_path / "x.pdf").mkdir()
    with pytest.raises(DomainError) as caught:
        Document("Zapis", jst_name="Gmina").write(tmp_path / "x.pdf")
    assert "istnieje folder" in caught.value.message


def test_a_successful_write_replaces_the_old_file(tmp_path):
    target = tmp_path / "dokument.pdf"
    target.write_bytes(b"old")
    doc = Document("Zapis", jst_name="Gmina")
    doc.paragraph("nowa treść")
    assert doc.write(target) == target
    assert target.read_bytes().startswith(b"%PDF-")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["dokument.pdf"]
