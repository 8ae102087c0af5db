"""'Karta samorządu': the JST's profile, its education team and its advisory team on one document.

It is the page the advisors and the JST check their records against at the first meeting, so it shows every
field of the profile that is filled in and says plainly when a team has no members yet.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from wsparcie_desktop.i18n import plural
from wsparcie_desktop.reports.data import JstInfo, PrintOptions, TeamMember, print_options
from wsparcie_desktop.reports.engine import Column, Document, Signature
from wsparcie_desktop.reports.registry import document
from wsparcie_desktop.reports.text import join_lines

DOCUMENT_ID = "karta-samorzadu"
TITLE = "Karta samorządu"

TEAM_COLUMNS = (
    Column("Lp.", 0.45, "right"),
    Column("Imię i nazwisko", 1.5),
    Column("Rola w zespole", 1.55),
    Column("Stanowisko, instytucja", 1.9),
    Column("Kontakt", 2.7),
)


def render(info: JstInfo, options: PrintOptions) -> Document:
    """The document, laid out and ready to write; no store needed."""
    doc = Document(TITLE, jst_name=info.name, coat_of_arms=info.coat_of_arms, orientation="portrait",
                   subject=f"{TITLE}: {info.name}")  # fmt: skip
    doc.place_and_date(options.place, options.date)
    doc.title_block(info.name, picture=info.coat_of_arms)

    doc.heading("1. Dane samorządu")
    doc.fields(
        [
            ("Nazwa", info.name),
            ("Rodzaj samorządu", info.kind),
            ("Kod TERYT", info.teryt),
            ("Województwo", info.voivodeship),
            ("Adres", info.address),
            ("Telefon", info.phone),
            ("E-mail", info.email),
            ("Strona internetowa", info.website),
            ("Herb", None if info.coat_of_arms else "nie wprowadzono"),
        ]
    )

    _team(doc, "2. Samorządowy zespół oświatowy", info.education_team,
          "Nie wpisano jeszcze członków zespołu oświatowego.")  # fmt: skip
    _team(doc, "3. Team doradczy", info.advisory_team, "Nie wpisano jeszcze doradców.")

    doc.signatures(
        [
            Signature("Sporządził(a)", options.prepared_by.name, options.prepared_by.position),
            Signature("Zatwierdził(a)", options.approved_by.name, options.approved_by.position),
        ]
    )
    return doc


def _team(doc: Document, heading: str, members: Sequence[TeamMember], empty_text: str) -> None:
    """'2. Samorządowy zespół oświatowy (4 osoby)' and its members."""
    doc.heading(f"{heading} ({plural(len(members), 'osoba')})" if members else heading)
    rows = [
        [
            f"{number}.",
            member.name,
            member.role,
            join_lines([member.position, member.institution]),
            join_lines([member.phone, member.email]),
        ]
        for number, member in enumerate(members, start=1)
    ]
    doc.table(TEAM_COLUMNS, rows, empty_text=empty_text)


@document(DOCUMENT_ID, TITLE, "portrait", "Dane samorządu, jego zespół oświatowy i team doradczy.")
def build(db, jst_id: int, out_path: str | Path, **options: object) -> Path:
    """Read the JST from the store and write its card to ``out_path``."""
    from wsparcie_desktop.reports.loaders import default_signatures, load_jst

    info = load_jst(db, jst_id)
    return render(info, print_options(info.city, default_signatures(info), **options)).write(out_path)
