"""'Wykaz szkół i placówek': the JST's schools in one table, with totals of pupils and teachers' posts.

Missing figures are shown as a dash and counted in a note under the table, so a total is never read as
complete when it is not.
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal
from pathlib import Path

from wsparcie_desktop.i18n import format_number, plural_form
from wsparcie_desktop.reports.data import JstInfo, PrintOptions, SchoolInfo, print_options
from wsparcie_desktop.reports.engine import Column, Document, Markup, Signature
from wsparcie_desktop.reports.registry import document

DOCUMENT_ID = "wykaz-szkol"
TITLE = "Wykaz szkół i placówek"
MISSING = "—"

COLUMNS = (
    Column("Lp.", 0.42, "right"),
    Column("Nazwa szkoły lub placówki", 2.8),
    Column("Typ", 1.3),
    Column("Nr RSPO", 0.85),
    Column("Adres", 1.9),
    Column("Dyrektor", 1.45),
    Column("Liczba uczniów", 0.85, "right"),
    Column("Etaty nauczycieli", 1.0, "right"),
    Column("Status", 1.05),
)

NOTES_COLUMNS = (Column("Lp.", 0.42, "right"), Column("Nazwa szkoły lub placówki", 3.2), Column("Uwagi", 8.0))


def schools_phrase(n: int) -> str:
    """'1 szkoła lub placówka', '3 szkoły lub placówki', '6 szkół lub placówek'."""
    return f"{n} {plural_form(n, 'szkoła lub placówka', 'szkoły lub placówki', 'szkół lub placówek')}"


def status_phrase(n: int, public: bool) -> str:
    """'1 publiczna', '2 niepubliczne', '5 publicznych' — the adjective agrees with the number."""
    stem = "publiczn" if public else "niepubliczn"
    return f"{n} {plural_form(n, stem + 'a', stem + 'e', stem + 'ych')}"


def summary(schools: Sequence[SchoolInfo]) -> str:
    """'W wykazie: 6 szkół lub placówek (5 publicznych, 1 niepubliczna).'"""
    n = len(schools)
    public = sum(1 for s in schools if s.public)
    parts = [status_phrase(public, True)] if public else []
    if n - public:
        parts.append(status_phrase(n - public, False))
    return f"W wykazie: {schools_phrase(n)} ({', '.join(parts)})." if n else "Samorząd nie ma wpisanych szkół."


def posts(value: Decimal | None) -> str:
    """Teachers' posts with two decimals and a decimal comma: '12,50'."""
    return MISSING if value is None else format_number(value, 2)


def render(info: JstInfo, schools: Sequence[SchoolInfo], options: PrintOptions, with_notes: bool = False) -> Document:
    """The document, laid out and ready to write; no store needed. ``with_notes`` adds the annex of notes."""
    doc = Document(TITLE, jst_name=info.name, coat_of_arms=info.coat_of_arms, orientation="landscape",
                   subject=f"{TITLE}: {info.name}")  # fmt: skip
    doc.place_and_date(options.place, options.date)
    doc.title_block(f"Organ prowadzący: {info.name}")
    doc.paragraph(summary(schools))
    rows = [
        [
            f"{number}.",
            school.name,
            school.kind,
            school.rspo,
            school.address,
            school.director,
            MISSING if school.pupils is None else format_number(school.pupils),
            posts(school.teacher_posts),
            "publiczna" if school.public else "niepubliczna",
        ]
        for number, school in enumerate(schools, start=1)
    ]
    known_pupils = [s.pupils for s in schools if s.pupils is not None]
    known_posts = [s.teacher_posts for s in schools if s.teacher_posts is not None]
    # no figure at all totals to a dash, not to a 0 the council would read as "no pupils" or "no teachers"
    pupils = format_number(sum(known_pupils)) if known_pupils or not schools else MISSING
    teacher_posts = posts(sum(known_posts, Decimal(0))) if known_posts or not schools else MISSING
    totals = ["", Markup("Razem"), "", "", "", "", pupils, teacher_posts, ""]
    doc.table(COLUMNS, rows, totals=totals, empty_text="Nie wpisano jeszcze żadnej szkoły ani placówki.")
    _missing_notes(doc, schools)
    doc.signatures(
        [
            Signature("Sporządził(a)", options.prepared_by.name, options.prepared_by.position),
            Signature("Zatwierdził(a)", options.approved_by.name, options.approved_by.position),
        ]
    )
    if with_notes:
        _notes_annex(doc, schools)
    return doc


def _notes_annex(doc: Document, schools: Sequence[SchoolInfo]) -> None:
    """The schools' notes, whole (a long one runs over pages), numbered as in the list above."""
    doc.page_break()
    doc.heading("Załącznik. Uwagi o szkołach i placówkach")
    rows = [[f"{number}.", school.name, school.notes.strip()]
            for number, school in enumerate(schools, start=1) if school.notes.strip()]  # fmt: skip
    doc.table(NOTES_COLUMNS, rows, empty_text="Żadna szkoła ani placówka nie ma wpisanych uwag.")


def _missing_notes(doc: Document, schools: Sequence[SchoolInfo]) -> None:
    no_pupils = sum(1 for s in schools if s.pupils is None)
    no_posts = sum(1 for s in schools if s.teacher_posts is None)
    if no_pupils == len(schools) and schools:
        doc.note("Nie podano liczby uczniów żadnej szkoły ani placówki.")
    elif no_pupils:
        doc.note(f"Bez podanej liczby uczniów: {schools_phrase(no_pupils)}; suma w wierszu „Razem” obejmuje pozostałe.")
    if no_posts == len(schools) and schools:
        doc.note("Nie podano liczby etatów nauczycieli żadnej szkoły ani placówki.")
    elif no_posts:
        doc.note(
            f"Bez podanej liczby etatów nauczycieli: {schools_phrase(no_posts)}; "
            "suma w wierszu „Razem” obejmuje pozostałe."
        )


@document(DOCUMENT_ID, TITLE, "landscape", "Tabela szkół i placówek samorządu z liczbą uczniów i etatów nauczycieli.")
def build(db, jst_id: int, out_path: str | Path, with_notes: bool = False, **options: object) -> Path:
    """Read the JST and its schools from the store and write the list to ``out_path`` (``with_notes``: the annex)."""
    from wsparcie_desktop.reports.loaders import default_signatures, load_jst, load_schools

    info = load_jst(db, jst_id)
    schools = load_schools(db, jst_id)
    settings = print_options(info.city, default_signatures(info), **options)
    return render(info, schools, settings, with_notes=bool(with_notes)).write(out_path)
