"""Document speed: the 'Wykaz szkół i placówek' of a powiat with 150 schools, against ReportLab's floor.

    python bench/documents.py [--runs 7]

The document is built the way 'Zapisz jako PDF…' builds it, with the store (a temporary file) already open:
read, laid out, written to a PDF file. The floor is ReportLab writing the same number of pages of plain text,
in the same fonts, to a file: pages filled with one paragraph each, no tables, no header or footer. Both run in
this process after one warm-up (fonts registered once), alternately, and the medians are compared.
Target: the document's median is at most 2.0 × the floor's median.
"""

from __future__ import annotations

import argparse
import re
import statistics
import sys
import tempfile
import time
from decimal import Decimal
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

TARGET = 2.0
SCHOOLS = 150
DOCUMENT_ID = "wykaz-szkol"

STREETS = ("ul. Szkolna", "ul. Kościuszki", "ul. Łąkowa", "ul. Źródlana", "ul. Żeromskiego", "pl. Wolności")
KINDS = ("szkola_podstawowa", "przedszkole", "liceum", "technikum", "branzowa_1", "zespol_szkol")


def make_store(path: Path) -> int:
    """A powiat with 150 schools of all kinds; returns the JST's id."""
    from wsparcie_desktop.db.migrate import open_store
    from wsparcie_desktop.db.models import School
    from wsparcie_desktop.services import jst

    db = open_store(path, backup=False)
    jst_id = jst.create_jst(db, "Powiat Zalesiański", "powiat", teryt="1434", voivodeship="mazowieckie",
                            city="Zalesie", street="ul. Kościuszki 12", postal_code="07-140").id  # fmt: skip
    with db.transaction() as s:
        for i in range(SCHOOLS):
            s.add(School(
                jst_id=jst_id, name=f"Szkoła Podstawowa nr {i + 1} im. Marii Skłodowskiej-Curie w Zalesiu",
                school_type=KINDS[i % len(KINDS)], rspo=str(10000 + i), street=STREETS[i % len(STREETS)],
                building_no=str(i % 40 + 1), postal_code="07-140", city="Zalesie", director="Anna Żółkiewska",
                pupils=100 + i, teachers_fte=Decimal("12.5") + Decimal(i % 7) / 4, is_public=i % 9 != 0,
            ))  # fmt: skip
    db.close()
    return jst_id


def build_document(db, jst_id: int, out: Path) -> int:
    """What 'Zapisz jako PDF…' does with the store open: read, lay out, write. Returns the page count."""
    from wsparcie_desktop.reports import build_document as build

    build(DOCUMENT_ID, db, jst_id, out)
    return page_count(out)


def floor(pages: int, out: Path) -> int:
    """ReportLab alone: ``pages`` landscape A4 pages filled with plain DejaVu text. Returns the page count."""
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate

    from wsparcie_desktop.reports import fonts

    fonts.register_fonts()
    style = ParagraphStyle("plain", fontName=fonts.REGULAR, fontSize=8.5, leading=10.6)
    width, height = landscape(A4)
    frame_w, frame_h = width - 32 * mm - 12, height - 48 * mm - 12  # SimpleDocTemplate's frame pads 6 pt a side
    words = "Szkoła Podstawowa nr 12 im. Marii Skłodowskiej-Curie w Zalesiu, ul. Źródlana 7, dyrektor Anna Żółkiewska."
    text = words
    while Paragraph(text + " " + words, style).wrap(frame_w, frame_h)[1] <= frame_h:
        text += " " + words
    story = []
    for page in range(pages):
        story.append(Paragraph(text, style))
        if page < pages - 1:
            story.append(PageBreak())
    doc = SimpleDocTemplate(str(out), pagesize=(width, height), leftMargin=16 * mm, rightMargin=16 * mm,
                            topMargin=30 * mm, bottomMargin=18 * mm)  # fmt: skip
    doc.build(story)
    return page_count(out)


def page_count(path: Path) -> int:
    """Pages in a ReportLab PDF (its page objects, not the /Pages tree node)."""
    return len(re.findall(rb"/Type\s*/Page(?![s\w])", path.read_bytes()))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="wsparcie-bench-") as folder:
        folder_path = Path(folder)
        store = folder_path / "bench.sqlite"
        jst_id = make_store(store)
        from wsparcie_desktop.db.migrate import open_store

        db = open_store(store, backup=False)
        doc_pdf, floor_pdf = folder_path / "wykaz.pdf", folder_path / "floor.pdf"
        try:
            pages = build_document(db, jst_id, doc_pdf)  # warm-up: imports, fonts
            floor_pages = floor(pages, floor_pdf)
            document_times, floor_times = [], []
            for _ in range(args.runs):
                start = time.perf_counter()
                build_document(db, jst_id, doc_pdf)
                document_times.append(time.perf_counter() - start)
                start = time.perf_counter()
                floor(pages, floor_pdf)
                floor_times.append(time.perf_counter() - start)
        finally:
            db.close()
    document_median = statistics.median(document_times)
    floor_median = statistics.median(floor_times)
    ratio = document_median / floor_median
    print(f"Wykaz szkół i placówek, {SCHOOLS} schools, {pages} pages: median {document_median * 1000:.0f} ms")
    print(f"Floor, ReportLab plain text, {floor_pages} pages:        median {floor_median * 1000:.0f} ms")
    print(f"Ratio: {ratio:.2f}× (target ≤ {TARGET:.1f}×) — {'OK' if ratio <= TARGET else 'TOO SLOW'}")
    return 0 if ratio <= TARGET else 1


if __name__ == "__main__":
    sys.exit(main())
