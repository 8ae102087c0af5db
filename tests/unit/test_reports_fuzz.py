"""Fuzzing the documents: no input may crash one, and every character typed ends up on the pages.

Text is compared without whitespace (wrapping may break lines anywhere, and long words break without a
hyphen) and after the documented substitution of glyphs the font lacks (see reports/text.py).
"""

from __future__ import annotations

import datetime as dt
import random
import string
from collections import Counter
from decimal import Decimal
from pathlib import Path

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from reports_pdf import body_text, needs_poppler, squeeze

from wsparcie_desktop.paths import resource
from wsparcie_desktop.reports import fonts, jst_card, schools_list
from wsparcie_desktop.reports.data import JstInfo, PrintOptions, SchoolInfo, Signatory, TeamMember
from wsparcie_desktop.reports.engine import Column, Document, Signature
from wsparcie_desktop.reports.text import printable

# What users type, and what breaks naive documents: markup characters, entities, quotes, emoji (one DejaVu has,
# one it lacks), an ideograph it lacks, a no-break space, Polish letters, line breaks.
ALPHABET = (
    "ąęłńśźżĄĘŁŃŚŹŻóÓćĆ" + string.ascii_letters + string.digits + "<>&;\"'#/=()[]!?.,:-_@%*+" + "😀🦄中\u00a0" + " \n"
)
ARMS = resource("demo", "herb_zalesie.png").read_bytes() if resource("demo", "herb_zalesie.png").exists() else None
MARKERS = "§¶†"  # fixed labels in the engine test; not in ALPHABET, so they can be told apart
SETTINGS = dict(deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])

short_text = st.text(alphabet=ALPHABET, max_size=60)
word = st.text(alphabet=ALPHABET.replace(" ", "").replace("\n", ""), min_size=200, max_size=400)


def big(seed: int, size: int = 10_000, spaces: bool = True) -> str:
    rng = random.Random(seed)
    alphabet = ALPHABET if spaces else ALPHABET.replace(" ", "").replace("\n", "")
    return "".join(rng.choice(alphabet) for _ in range(size))


def maybe_big(fields: int) -> st.SearchStrategy[int]:
    """Which field to make 10,000 characters long: -1 (none) in about three examples of four."""
    return st.one_of(st.just(-1), st.just(-1), st.just(-1), st.integers(0, fields - 1))


def expected(value: str, font: str = fonts.REGULAR) -> str:
    return squeeze(printable(value, font))


def all_body_text(pdf: Path) -> str:
    return body_text(pdf)


def write(doc: Document, folder: Path, name: str) -> Path:
    return doc.write(folder / name)


# ---------------------------------------------------------------- the engine: an exact account of every character


@needs_poppler
@settings(max_examples=20, **SETTINGS)
@given(
    paragraphs=st.lists(st.one_of(short_text, word), max_size=4),
    fields=st.lists(st.one_of(short_text, word), max_size=4),
    rows=st.lists(st.tuples(st.one_of(short_text, word), short_text), min_size=1, max_size=40),
)
@example(paragraphs=[big(1)], fields=[big(2, spaces=False)], rows=[(big(3), big(4, spaces=False))])
def test_engine_prints_every_character_exactly_once(tmp_path_factory, paragraphs, fields, rows):
    doc = Document("§", jst_name="¶")
    for value in paragraphs:
        doc.paragraph(value)
    doc.fields([("§", value) for value in fields])
    doc.table([Column("¶", 2), Column("†", 1)], rows)
    pdf = write(doc, tmp_path_factory.mktemp("engine"), "fuzz.pdf")
    printed = Counter(c for c in squeeze(all_body_text(pdf)) if c not in MARKERS)
    typed = Counter("".join(expected(v) for v in [*paragraphs, *fields, *sum(rows, ())]))
    assert printed == typed


# ---------------------------------------------------------------- the documents: no crash, all text on the pages

school = st.builds(
    SchoolInfo,
    name=short_text,
    kind=short_text,
    rspo=short_text,
    address=short_text,
    director=short_text,
    pupils=st.one_of(st.none(), st.integers(0, 10_000)),
    teacher_posts=st.one_of(st.none(), st.decimals(0, 500, places=2, allow_nan=False, allow_infinity=False)),
    public=st.booleans(),
)

POWIAT_ROWS = [
    SchoolInfo(f"Szkoła <nr {i}> & „Ósemka” 😀", "szkoła podstawowa", str(i), f"ul. Łąkowa {i}", "Żaneta Gęś",
               i, Decimal("1.25"), i % 3 != 0)
    for i in range(2000)
]  # fmt: skip


def school_values(s: SchoolInfo) -> list[str]:
    return [s.name, s.kind, s.rspo, s.address, s.director]


@needs_poppler
@settings(max_examples=15, **SETTINGS)
@given(jst_name=short_text, place=short_text, schools=st.lists(school, max_size=30), big_field=maybe_big(5))
@example(jst_name="Powiat Łęczycki", place="Łęczyca", schools=POWIAT_ROWS, big_field=-1)
@example(jst_name=big(5), place=big(6, 300), schools=[SchoolInfo(big(7), big(8), big(9, spaces=False))], big_field=0)
def test_schools_list_never_crashes_and_prints_all_it_is_given(tmp_path_factory, jst_name, place, schools, big_field):
    if schools and big_field >= 0:  # one field of the first school is 10,000 characters long
        values = school_values(schools[0])
        values[big_field] = big(big_field)
        schools[0] = SchoolInfo(*values, schools[0].pupils, schools[0].teacher_posts, schools[0].public)
    info = JstInfo(name=jst_name)
    options = PrintOptions(place=place, prepared_by=Signatory(jst_name, place))
    pdf = write(schools_list.render(info, schools, options), tmp_path_factory.mktemp("list"), "wykaz.pdf")
    printed = Counter(squeeze(all_body_text(pdf)))
    typed = Counter("".join(expected(v) for s in schools for v in school_values(s)))
    typed += Counter(expected(jst_name))  # "Organ prowadzący: …"
    missing = typed - printed
    assert not missing, f"not printed: {dict(list(missing.items())[:10])}"


member = st.builds(TeamMember, name=short_text, role=short_text, position=short_text, institution=short_text,
                   email=short_text, phone=short_text)  # fmt: skip


@needs_poppler
@settings(max_examples=15, **SETTINGS)
@given(
    values=st.lists(short_text, min_size=9, max_size=9),
    education=st.lists(member, max_size=8),
    advisory=st.lists(member, max_size=3),
    big_field=maybe_big(9),
)
@example(values=[big(30, spaces=False), *["Łódź <&>"] * 8], education=[], advisory=[], big_field=-1)
def test_jst_card_never_crashes_and_prints_all_it_is_given(tmp_path_factory, values, education, advisory, big_field):
    if big_field >= 0:
        values[big_field] = big(big_field + 20)
    name, kind, teryt, voivodeship, street, postal_code, city, phone, email = values
    info = JstInfo(name, kind, teryt, voivodeship, street, postal_code, city, phone, email, coat_of_arms=ARMS,
                   education_team=tuple(education), advisory_team=tuple(advisory))  # fmt: skip
    pdf = write(jst_card.render(info, PrintOptions(place=city)), tmp_path_factory.mktemp("card"), "karta.pdf")
    printed = Counter(squeeze(all_body_text(pdf)))
    people = [v for m in (*education, *advisory) for v in (m.name, m.role, m.position, m.institution, m.email, m.phone)]
    typed = Counter("".join(expected(v) for v in [name, kind, teryt, voivodeship, street, phone, email, *people]))
    missing = typed - printed
    assert not missing, f"not printed: {dict(list(missing.items())[:10])}"


# ---------------------------------------------------------------- any text at all: no crash


@settings(max_examples=25, **SETTINGS)
@given(text=st.text(max_size=300), other=st.text(alphabet=st.characters(exclude_categories=()), max_size=50))
def test_any_unicode_at_all_never_breaks_a_document(text, other):
    doc = Document(text or "x", jst_name=other, subject=text)
    doc.place_and_date(other, dt.date(2026, 11, 21))
    doc.title_block([text, other], picture=ARMS)
    doc.heading(text)
    doc.paragraph(text)
    doc.note(other)
    doc.fields([(text, other), (other, text)])
    doc.table([Column(text or "a"), Column(other or "b", align="right")], [[text, other], [other, text]],
              totals=[text, other])  # fmt: skip
    doc.signatures([Signature(text, other, text)])
    assert doc.to_bytes().startswith(b"%PDF-")
