"""Local governments: the list, the profile and the coat of arms."""

from __future__ import annotations

from dataclasses import dataclass, fields

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError

from wsparcie_desktop.changes import Change, Kind
from wsparcie_desktop.db.database import Database
from wsparcie_desktop.db.models import (
    VOIVODESHIPS,
    AdvisoryProcess,
    Attachment,
    FundYear,
    Jst,
    JstKind,
    Network,
    Person,
    ProcessSupport,
    School,
)
from wsparcie_desktop.db.versioning import check_version
from wsparcie_desktop.errors import DomainError
from wsparcie_desktop.i18n import plural_form
from wsparcie_desktop.images import PictureError, checked_picture
from wsparcie_desktop.services.summaries import JstSummary
from wsparcie_desktop.text import polish_sort_key
from wsparcie_desktop.validation import (
    check_email,
    check_phone,
    check_postal_code,
    check_teryt,
    check_voivodeship,
    clean,
    require,
    voivodeship_mismatch,
)

MAX_ARMS_BYTES = 5 * 1024 * 1024


@dataclass(frozen=True)
class KindOption:
    code: str
    name: str
    teryt_length: int
    teryt_digit: str | None


@dataclass
class JstProfile:
    """The editable profile; ``id`` is None for a new JST.

    ``version`` is the stored row's version when the profile was read; saving names it, and a row changed since
    (in another window or program) refuses the save with ``StaleEditError``. None skips the check.
    """

    name: str = ""
    kind_code: str = "gmina_wiejska"
    teryt: str = ""
    voivodeship: str = ""
    street: str = ""
    postal_code: str = ""
    city: str = ""
    phone: str = ""
    email: str = ""
    website: str = ""
    id: int | None = None
    kind_name: str = ""
    has_coat_of_arms: bool = False
    version: int | None = None


PROFILE_FIELDS = ("name", "kind_code", "teryt", "voivodeship", "street", "postal_code", "city", "phone", "email",
                  "website")  # fmt: skip


def voivodeships() -> tuple[str, ...]:
    return VOIVODESHIPS


def kinds(db: Database) -> list[KindOption]:
    with db.transaction() as s:
        rows = s.scalars(select(JstKind).order_by(JstKind.position))
        return [KindOption(k.code, k.name, k.teryt_length, k.teryt_digit) for k in rows]


def list_jst(db: Database) -> list[JstSummary]:
    with db.transaction() as s:
        rows = s.execute(select(Jst.id, Jst.name, JstKind.name).join(JstKind)).all()
        return [JstSummary(*row) for row in sorted(rows, key=lambda r: (polish_sort_key(r[1]), r[0]))]


def _to_profile(jst: Jst) -> JstProfile:
    return JstProfile(
        id=jst.id, name=jst.name, kind_code=jst.kind_code, kind_name=jst.kind.name, teryt=jst.teryt or "",
        voivodeship=jst.voivodeship or "", street=jst.street, postal_code=jst.postal_code, city=jst.city,
        phone=jst.phone, email=jst.email, website=jst.website, has_coat_of_arms=jst.coat_of_arms is not None,
        version=jst.version,
    )  # fmt: skip


def _get(s, jst_id: int) -> Jst:
    jst = s.get(Jst, jst_id)
    if jst is None:
        raise DomainError("Ten samorząd nie istnieje — mógł zostać usunięty w innym oknie.")
    return jst


def get_profile(db: Database, jst_id: int) -> JstProfile:
    with db.transaction() as s:
        return _to_profile(_get(s, jst_id))


def find_jst(db: Database, id_or_name: str) -> int:
    """Resolve a JST given by number or by name, for the command line.

    Names are compared in Python, not by SQLite's lower(), which leaves Ł, Ś, Ż… as they are; a name
    without its "Gmina"/"Powiat" word ("Zalesie") finds the one JST it belongs to. A miss lists the JSTs.
    """
    wanted = " ".join(id_or_name.split()).casefold()
    with db.transaction() as s:
        if wanted.isdigit() and s.get(Jst, int(wanted)) is not None:
            return int(wanted)
        rows = s.execute(select(Jst.id, Jst.name).order_by(Jst.name)).all()
    ids = [i for i, name in rows if " ".join(name.split()).casefold() == wanted]
    if not ids and wanted:
        ids = [i for i, name in rows if " ".join(name.split()).casefold().endswith(" " + wanted)]
    if len(ids) == 1:
        return ids[0]
    if not ids:
        known = "; ".join(f"{i} — {name}" for i, name in rows[:20])
        hint = (
            f" Samorządy w tej bazie (numer — nazwa): {known}." if known else " W tej bazie nie ma żadnego samorządu."
        )
        raise DomainError(f"Nie znaleziono samorządu „{id_or_name}”.{hint}")
    raise DomainError(f"Jest kilka samorządów o nazwie „{id_or_name}” — podaj numer (id).")


def _validated(s, profile: JstProfile) -> dict:
    kind = s.get(JstKind, profile.kind_code)
    if kind is None:
        raise DomainError("Wybierz rodzaj samorządu.", "kind_code")
    voivodeship = check_voivodeship(profile.voivodeship)
    values = {
        "name": require(profile.name, "name", "Nazwa"),
        "kind_code": kind.code,
        "voivodeship": voivodeship,
        "teryt": check_teryt(profile.teryt, kind.code, kind.name, kind.teryt_length, kind.teryt_digit),
        "street": clean(profile.street),
        "postal_code": check_postal_code(profile.postal_code),
        "city": clean(profile.city),
        "phone": check_phone(profile.phone),
        "email": check_email(profile.email),
        "website": clean(profile.website),
    }
    if values["teryt"]:
        # the message goes under the field the user changed: the voivodeship, when the code was already stored
        stored = s.get(Jst, profile.id) if profile.id is not None else None
        changed = "voivodeship" if stored is not None and stored.teryt == values["teryt"] else "teryt"
        mismatch = voivodeship_mismatch(values["teryt"], voivodeship, changed)
        if mismatch:
            raise DomainError(mismatch, changed)
    if len(values["name"]) > 200:
        raise DomainError("Nazwa może mieć najwyżej 200 znaków.", "name")
    if values["teryt"]:
        clash = s.scalar(select(Jst.name).where(Jst.teryt == values["teryt"], Jst.id != (profile.id or -1)))
        if clash:
            raise DomainError(f"Kod TERYT {values['teryt']} ma już samorząd „{clash}”.", "teryt")
    return values


def save_profile(db: Database, profile: JstProfile) -> tuple[Change, ...]:
    """Create the JST (id None) or update it. An update over an older ``version`` is refused.

    A new JST is a change of the JST list; an update changes the profile, and the list too when the name or
    the kind (which the list shows) changed.
    """
    try:
        with db.transaction() as s:
            values = _validated(s, profile)
            if profile.id is None:
                jst = Jst(**values)
                s.add(jst)
                s.flush()
                return (Change(Kind.JST_LIST, jst.id, ids=(jst.id,)),)
            jst = _get(s, profile.id)
            check_version(jst, profile.version)
            listed = (jst.name, jst.kind_code)
            for key, value in values.items():
                setattr(jst, key, value)
            s.flush()
            changes = [Change(Kind.JST, jst.id, ids=(jst.id,))]
            if (jst.name, jst.kind_code) != listed:
                changes.append(Change(Kind.JST_LIST, jst.id, ids=(jst.id,)))
            return tuple(changes)
    except IntegrityError as exc:  # a concurrent change slipped past the checks above
        raise DomainError("Nie zapisano: dane kolidują z innym samorządem (np. ten sam kod TERYT).") from exc


def create_jst(db: Database, name: str, kind_code: str = "gmina_wiejska", **values: str) -> Change:
    """A new JST; the Change's ``id`` is its id."""
    (created,) = save_profile(db, JstProfile(name=name, kind_code=kind_code, **values))
    return created


def rename_jst(db: Database, jst_id: int, name: str, version: int | None = None) -> tuple[Change, ...]:
    """The name shows in the JST list and in the profile: both change.

    ``version`` is the JST's version when the name was read; a JST changed since is refused (None: no check).
    """
    with db.transaction() as s:
        jst = _get(s, jst_id)
        check_version(jst, version)
        jst.name = require(name, "name", "Nazwa")
    return Change(Kind.JST_LIST, jst_id, ids=(jst_id,)), Change(Kind.JST, jst_id, ids=(jst_id,))


@dataclass(frozen=True)
class DeletionSummary:
    name: str
    parts: list[str]

    def message(self) -> str:
        lines = [f"Usunąć samorząd „{self.name}” wraz ze wszystkimi jego danymi?"]
        if self.parts:
            lines.append("Zostaną trwale usunięte: " + ", ".join(self.parts) + ".")
        else:
            lines.append("Samorząd nie ma jeszcze żadnych innych danych.")
        lines.append("Tej operacji nie można cofnąć (kopie zapasowe są w folderze „kopie” obok pliku danych).")
        return "\n\n".join(lines)


def _count(n: int, forms: tuple[str, str, str]) -> str | None:
    return f"{n} {plural_form(n, *forms)}" if n else None


def jst_dependants(db: Database, jst_id: int) -> DeletionSummary:
    """Exactly what deleting the JST removes, in words, for the confirmation."""
    with db.transaction() as s:
        jst = _get(s, jst_id)

        def count(model) -> int:
            return s.scalar(select(func.count()).select_from(model).where(model.jst_id == jst_id)) or 0

        parts = [
            _count(count(Person), ("osoba z zespołów", "osoby z zespołów", "osób z zespołów")),
            _count(count(School), ("szkoła lub placówka", "szkoły lub placówki", "szkół lub placówek")),
            _count(count(AdvisoryProcess), ("proces doradczy", "procesy doradcze", "procesów doradczych")),
            _count(count(ProcessSupport), ("wspomaganie szkoły", "wspomagania szkół", "wspomagań szkół")),
            _count(count(Network), ("sieć współpracy", "sieci współpracy", "sieci współpracy")),
            _count(count(FundYear), ("rok funduszu doskonalenia", "lata funduszu doskonalenia", "lat funduszu doskonalenia")),
            _count(count(Attachment), ("załączony plik", "załączone pliki", "załączonych plików")),
        ]  # fmt: skip
        if jst.coat_of_arms is not None:
            parts.append("herb")
        return DeletionSummary(jst.name, [p for p in parts if p])


def delete_jst(db: Database, jst_id: int) -> Change:
    with db.transaction() as s:
        s.delete(_get(s, jst_id))
    return Change(Kind.JST_LIST, jst_id, ids=(jst_id,), deleted=True)


def image_mime(data: bytes) -> str | None:
    if data.startswith(b"\x89PNG\r\n\x1a\n"):
        return "image/png"
    if data.startswith(b"\xff\xd8\xff"):
        return "image/jpeg"
    return None


def set_coat_of_arms(db: Database, jst_id: int, data: bytes | None, version: int | None = None) -> Change:
    """Store a PNG or JPG (checked by decoding all of it, not by its name or header); None removes it.

    ``version`` is the JST's version the profile showed; a JST changed since is refused (None: no check).

    A damaged file or a pixel bomb is refused here, while the user still has the file in hand, and the old coat
    of arms stays; a large picture is stored scaled down to the size documents print it at.
    """
    mime = None
    if data is not None:
        if len(data) > MAX_ARMS_BYTES:
            raise DomainError("Plik herbu jest za duży (najwyżej 5 MB). Zmniejsz obraz i spróbuj ponownie.", "arms")
        if image_mime(data) is None:
            raise DomainError("Herb musi być obrazem PNG albo JPG. Ten plik nim nie jest.", "arms")
        try:
            picture = checked_picture(data)
        except PictureError as exc:
            raise DomainError(f"Nie można użyć tego pliku jako herbu: {exc.reason}. {_ARMS_HINT}", "arms") from exc
        data, mime = picture.data, picture.mime
    with db.transaction() as s:
        jst = _get(s, jst_id)
        check_version(jst, version)
        jst.coat_of_arms, jst.coat_of_arms_mime = data, mime
    return Change(Kind.JST, jst_id, ids=(jst_id,))


_ARMS_HINT = "Zapisz obraz ponownie (w razie potrzeby zmniejszony) w programie graficznym i wybierz go jeszcze raz."


def coat_of_arms(db: Database, jst_id: int) -> bytes | None:
    with db.transaction() as s:
        return _get(s, jst_id).coat_of_arms


assert {f.name for f in fields(JstProfile)} >= set(PROFILE_FIELDS)
