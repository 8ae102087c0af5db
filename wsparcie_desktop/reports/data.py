"""What the documents print, as plain values: built from the store by :mod:`.loaders`, or by hand in tests.

Keeping the documents on these dataclasses, not on database rows, means a document can be laid out and
checked without a store, and a change of schema touches only the loaders.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal


@dataclass(frozen=True)
class Signatory:
    """Who signs a document; an empty name leaves the line for a handwritten one."""

    name: str = ""
    position: str = ""


@dataclass(frozen=True)
class TeamMember:
    name: str
    role: str = ""  # in Polish, as the reader should see it: "skarbnik", "doradca z doświadczeniem samorządowym"
    position: str = ""
    institution: str = ""
    email: str = ""
    phone: str = ""
    role_code: str = ""  # the store's code ("decydent", ...), to find who signs by default


@dataclass(frozen=True)
class JstInfo:
    """A local government's profile, as printed on its documents."""

    name: str
    kind: str = ""  # "gmina wiejska", "powiat", ...
    teryt: str = ""
    voivodeship: str = ""
    street: str = ""
    postal_code: str = ""
    city: str = ""
    phone: str = ""
    email: str = ""
    website: str = ""
    coat_of_arms: bytes | None = None
    education_team: tuple[TeamMember, ...] = ()
    advisory_team: tuple[TeamMember, ...] = ()

    @property
    def address(self) -> str:
        """'ul. Kościuszki 12, 07-140 Zalesie' (the parts that are known)."""
        town = " ".join(part for part in (self.postal_code.strip(), self.city.strip()) if part)
        return ", ".join(part for part in (self.street.strip(), town) if part)


@dataclass(frozen=True)
class SchoolInfo:
    """One line of the schools list."""

    name: str
    kind: str = ""  # "szkoła podstawowa", "przedszkole", ...
    rspo: str = ""
    address: str = ""
    director: str = ""
    pupils: int | None = None
    teacher_posts: Decimal | None = None  # etaty, fractional
    public: bool = True
    notes: str = ""


@dataclass(frozen=True)
class PrintOptions:
    """What every document takes besides its content: where and when it is signed, and by whom."""

    place: str = ""
    date: dt.date = field(default_factory=dt.date.today)
    prepared_by: Signatory = Signatory()
    approved_by: Signatory = Signatory()


def print_options(default_place: str = "", defaults: PrintOptions | None = None, **options: object) -> PrintOptions:
    """The options a build function was given, over the document's defaults.

    ``place`` (str), ``date`` (date or 'YYYY-MM-DD'), ``prepared_by`` and ``approved_by`` (a Signatory, a
    (name, position) pair or just a name). Unknown options are a programming error.
    """
    base = defaults or PrintOptions(place=default_place)
    unknown = set(options) - {"place", "date", "prepared_by", "approved_by"}
    if unknown:
        raise TypeError(f"unknown document options: {', '.join(sorted(unknown))}")
    date = options.get("date") or base.date
    if isinstance(date, str):
        date = dt.date.fromisoformat(date)
    return PrintOptions(
        place=str(options.get("place") or base.place or default_place),
        date=date,  # type: ignore[arg-type]
        prepared_by=_signatory(options.get("prepared_by"), base.prepared_by),
        approved_by=_signatory(options.get("approved_by"), base.approved_by),
    )


def _signatory(value: object, default: Signatory) -> Signatory:
    if value is None:
        return default
    if isinstance(value, Signatory):
        return value
    if isinstance(value, (tuple, list)):
        return Signatory(*(str(part) for part in value))
    return Signatory(str(value))
