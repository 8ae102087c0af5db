"""The RSPO registry export ("Pobierz wyniki" in the public search of rspo.gov.pl) read into records.

What the export looks like, and what this module does about it:
- semicolons between fields; UTF-8 with a BOM or Windows-1250 (see csv_stream);
- about 54 columns whose order changes between exports, so columns are found by their header
  names, compared without case, diacritics or extra spaces; unknown columns are ignored;
- values that Excel would spoil (phones, postal codes, building numbers) arrive as ``="07-140"``;
- the whole country is ~56,000 rows; only the rows whose running body (organ prowadzący) is the
  chosen JST become records, the rest are only counted. A school's "Kod terytorialny gmina" is where
  it stands, not who runs it, so a TERYT match also requires the running body to be a gmina (or a
  powiat) seated in the same gmina (powiat) as the school; a match by the running body's name works
  whatever the location.
"""

from __future__ import annotations

import re
import threading
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO

from wsparcie_desktop.i18n import register_date
from wsparcie_desktop.importers.csv_stream import (
    MAX_FILE_BYTES,
    FileProblem,
    Progress,
    StreamInfo,
    iter_rows,
    read_semicolon_csv,
)
from wsparcie_desktop.text import fold
from wsparcie_desktop.validation import regon_is_valid

# Our key -> header names seen in RSPO exports (old and new). The first one is shown in messages.
COLUMNS: dict[str, tuple[str, ...]] = {
    "rspo": ("Numer RSPO", "Nr RSPO", "RSPO"),
    "name": ("Nazwa", "Nazwa placówki", "Nazwa szkoły"),
    "type": ("Typ", "Typ placówki", "Typ podmiotu"),
    "regon": ("REGON",),
    "voivodeship": ("Województwo",),
    "county": ("Powiat",),
    "commune": ("Gmina",),
    "commune_teryt": ("Kod terytorialny gmina", "Kod terytorialny gminy", "Kod TERYT gminy", "TERYT gminy"),
    "city": ("Miejscowość",),
    "street": ("Ulica",),
    "building_no": ("Numer budynku", "Nr budynku"),
    "unit_no": ("Numer lokalu", "Nr lokalu"),
    "postal_code": ("Kod pocztowy",),
    "director": ("Imię i nazwisko dyrektora", "Dyrektor"),
    "pupils": ("Liczba uczniów",),
    "public": ("Publiczność status", "Publiczność", "Status publiczności"),
    "speciality": ("Specyfika placówki", "Specyfika"),
    "body_type": ("Typ organu prowadzącego",),
    "body_name": ("Nazwa organu prowadzącego", "Organ prowadzący"),
    "body_voivodeship": ("Województwo organu prowadzącego",),
    "body_county": ("Powiat organu prowadzącego",),
    "body_commune": ("Gmina organu prowadzącego",),
    "body_teryt": ("Kod terytorialny organu prowadzącego", "Kod TERYT organu prowadzącego",
                   "TERYT organu prowadzącego"),
    "liquidated_on": ("Data likwidacji",),
}  # fmt: skip
REQUIRED = ("rspo", "name", "type", "commune_teryt", "body_type", "body_name")

MAX_SKIPPED = 500  # skipped rows listed one by one; beyond that only counted
MAX_SUGGESTIONS = 12

_POSTAL = re.compile(r"\d{2}-\d{3}")
_BODY_WORDS = {"gmina", "gminy", "miasto", "miasta", "powiat", "powiatu", "urzad", "miejska", "wiejska",
               "miejsko", "miejskowiejska", "starostwo", "powiatowe", "i", "m", "st"}  # fmt: skip


def unwrap(value: str) -> str:
    """'="07-140"' -> '07-140' (Excel's guard for leading zeros), and surrounding spaces off."""
    if value[:2] == '="' and value[-1:] == '"' and len(value) >= 3:
        value = value[2:-1]
    return value.strip()


def digits(value: str) -> str:
    return "".join(c for c in unwrap(value) if c.isdigit())


def polish_list(items: list[str]) -> str:
    quoted = [f"„{item}”" for item in items]
    return quoted[0] if len(quoted) == 1 else ", ".join(quoted[:-1]) + " i " + quoted[-1]


@dataclass(frozen=True)
class RunningBody:
    """Whose schools to keep: the JST's TERYT code and kind, and the running body's name as RSPO spells it."""

    name: str
    teryt: str | None = None
    kind_code: str = "gmina_wiejska"
    voivodeship: str | None = None
    # RSPO numbers already in the register: such a row run by another body is noted, not just counted,
    # so the preview can say the school has moved instead of claiming it is missing from the file.
    known_rspo: frozenset[str] = frozenset()

    @property
    def is_powiat(self) -> bool:
        return self.kind_code == "powiat"

    @property
    def is_city_with_powiat_rights(self) -> bool:
        return self.kind_code == "miasto_npp"


@dataclass(slots=True)
class RspoRecord:
    """A school of this JST as the registry describes it, values already cleaned."""

    line: int
    rspo: str
    name: str
    type_name: str
    school_type: str
    regon: str
    street: str
    building_no: str
    postal_code: str
    city: str
    director: str
    pupils: int | None
    is_public: bool | None
    notes: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class SkippedRow:
    line: int
    rspo: str
    name: str
    reason: str
    liquidated: bool = False


@dataclass
class RspoFile:
    """Everything read from one file: the JST's records, what was skipped and why, and file-wide facts."""

    file_name: str
    encoding: str = ""
    size: int = 0
    rows_read: int = 0
    records: list[RspoRecord] = field(default_factory=list)
    skipped: list[SkippedRow] = field(default_factory=list)
    skipped_total: int = 0
    broken_rows: int = 0
    other_bodies: int = 0
    truncated: bool = False
    ignored_columns: int = 0
    suggestions: list[str] = field(default_factory=list)
    elsewhere: dict[str, str] = field(default_factory=dict)  # RSPO number -> the other running body

    def skip(self, row: SkippedRow) -> None:
        self.skipped_total += 1
        if len(self.skipped) < MAX_SKIPPED:
            self.skipped.append(row)


def school_type_code(type_name: str, speciality: str = "") -> str:
    """Map the registry's 'Typ' (and 'Specyfika placówki') onto the program's school types."""
    t = fold(type_name)
    if t.startswith("zespol") and "przedszkolnego" not in t:
        return "zespol_szkol"
    if "przedszk" in t:
        return "przedszkole"
    if "specjaln" in t or "specjaln" in fold(speciality):
        return "szkola_specjalna"
    if t.startswith("szkola podstawowa"):
        return "szkola_podstawowa"
    if t.startswith("liceum"):
        return "liceum"
    if t.startswith("technikum"):
        return "technikum"
    if t.startswith("branzowa szkola i stopnia"):
        return "branzowa_1"
    return "inna"


def map_columns(header: list[str]) -> tuple[dict[str, int], int]:
    """Index of each known column (by name, never by position) and how many columns are ignored."""
    folded = [fold(unwrap(h.lstrip("\ufeff"))) for h in header]
    index: dict[str, int] = {}
    for key, names in COLUMNS.items():
        for name in names:
            wanted = fold(name)
            if wanted in folded:
                index[key] = folded.index(wanted)
                break
    missing = [COLUMNS[key][0] for key in REQUIRED if key not in index]
    if missing:
        found = [h.strip() for h in header if h.strip()][:8]
        noun = "kolumny" if len(missing) == 1 else "kolumn"
        raise FileProblem(
            f"W pliku brakuje {noun} {polish_list(missing)}. Eksport z RSPO zawsze je ma — czy to na pewno "
            "plik pobrany przyciskiem „Pobierz wyniki”? "
            + (f"Pierwsze kolumny w pliku: {', '.join(found)}." if found else "Wiersz nagłówka jest pusty.")
        )
    return index, sum(1 for h in folded if h) - len(index)


class _Matcher:
    """Decides, fast, whether a row belongs to the running body; most rows are rejected by one substring test."""

    def __init__(self, body: RunningBody, index: dict[str, int], result: RspoFile):
        self.index = index
        self.result = result
        self.voivodeship = fold(body.voivodeship or "")
        self.name = fold(body.name)
        self.core = " ".join(w for w in self.name.split() if w not in _BODY_WORDS)
        self.names: dict[str, bool] = {}
        self.types: dict[str, bool] = {}
        teryt = digits(body.teryt or "")
        self.powiat = body.is_powiat
        self.city_powiat = body.is_city_with_powiat_rights
        if len(teryt) == 7:
            self.prefix = teryt[:6]
        elif len(teryt) == 4:
            self.prefix = teryt
        else:
            self.prefix = ""
        self.quick = self.prefix.lstrip("0")  # also found where a spreadsheet dropped the leading zero
        self.i_loc = index["commune_teryt"]
        self.i_body_teryt = index.get("body_teryt")
        self.i_body_name = index["body_name"]

    @staticmethod
    def _code(value: str) -> str:
        """The TERYT digits; a spreadsheet may have dropped the leading zero of codes 02…08."""
        code = digits(value)
        return "0" + code if len(code) in (3, 6) else code

    def __call__(self, row: list[str]) -> bool:
        if self.quick:
            if self.i_body_teryt is not None and row[self.i_body_teryt]:
                if self.quick in row[self.i_body_teryt] and self._body_code_is_ours(row[self.i_body_teryt]):
                    return True
            elif self.quick in row[self.i_loc] and self._located_and_run_here(row):
                return True
        if self.name:
            raw = row[self.i_body_name]
            known = self.names.get(raw)
            if known is None:
                known = self.names[raw] = self._name_is_ours(raw)
            if known and self._same_voivodeship(row):
                return True
        return False

    def _body_code_is_ours(self, value: str) -> bool:
        code = self._code(value)
        if not code.startswith(self.prefix):
            return False
        if self.powiat:  # the powiat itself, not one of its gminas
            return len(code) == 4 or code[4:6] == "00"
        return True

    def _located_and_run_here(self, row: list[str]) -> bool:
        code = self._code(row[self.i_loc])
        if not code.startswith(self.prefix):
            return False
        kind = self._body_kind(row)
        if self.powiat:
            return kind == "powiat" and self._same(row, "body_county", "county")
        if self.city_powiat:
            return kind in ("gmina", "powiat")
        return kind == "gmina" and self._same(row, "body_commune", "commune")

    def _body_kind(self, row: list[str]) -> str:
        raw = row[self.index["body_type"]]
        t = fold(raw)
        if t.startswith(("gmin", "miast")):
            return "gmina"
        if t.startswith("powiat"):
            return "powiat"
        if "samorzad" in t and "wojewodztw" not in t:  # a generic "jednostka samorządu terytorialnego"
            name = fold(row[self.i_body_name])
            if name.startswith(("gmina", "miasto", "urzad gminy", "urzad miasta")):
                return "gmina"
            if name.startswith(("powiat", "starostwo")):
                return "powiat"
        return "other"

    def _same(self, row: list[str], body_key: str, school_key: str) -> bool:
        """The running body sits in the same gmina (powiat) as the school, where the file says so."""
        i, j = self.index.get(body_key), self.index.get(school_key)
        if i is None or j is None:
            return True
        body, school = fold(row[i]), fold(row[j])
        return not body or not school or body == school

    def _name_is_ours(self, raw: str) -> bool:
        name = fold(unwrap(raw))
        if name == self.name:
            return True
        if self.core and self.core in name and len(self.result.suggestions) < MAX_SUGGESTIONS:
            self.result.suggestions.append(unwrap(raw))
        return False

    def _same_voivodeship(self, row: list[str]) -> bool:
        i = self.index.get("body_voivodeship", self.index.get("voivodeship"))
        if not self.voivodeship or i is None:
            return True
        value = fold(row[i])
        return not value or value == self.voivodeship


def _record(row: list[str], index: dict[str, int], line: int) -> RspoRecord:
    def get(key: str) -> str:
        i = index.get(key)
        return unwrap(row[i]) if i is not None and i < len(row) else ""

    notes: list[str] = []
    regon = digits(get("regon"))
    if regon and not regon_is_valid(regon):
        notes.append(f"REGON {regon} z rejestru ma błędną cyfrę kontrolną — nie wpisano go.")
        regon = ""
    postal = get("postal_code")
    if re.fullmatch(r"\d{5}", postal):
        postal = f"{postal[:2]}-{postal[2:]}"
    if postal and not _POSTAL.fullmatch(postal):
        notes.append(f"Kod pocztowy „{postal}” z rejestru ma złą postać — nie wpisano go.")
        postal = ""
    pupils_text = get("pupils").replace(" ", "").replace("\u00a0", "")
    pupils: int | None = None
    if pupils_text.isdigit():
        pupils = int(pupils_text)
    elif pupils_text:
        notes.append(f"Liczba uczniów „{pupils_text}” z rejestru nie jest liczbą — nie wpisano jej.")
    public = fold(get("public"))
    is_public = True if public.startswith("publiczn") else False if public.startswith("niepubliczn") else None
    building = get("building_no")
    unit = get("unit_no")
    if unit:
        building = f"{building}/{unit}" if building else unit
    type_name = get("type")
    return RspoRecord(
        line=line, rspo=get("rspo"), name=" ".join(get("name").split())[:400], type_name=type_name,
        school_type=school_type_code(type_name, get("speciality")), regon=regon, street=get("street")[:200],
        building_no=building[:30], postal_code=postal, city=get("city")[:120], director=get("director")[:200],
        pupils=pupils, is_public=is_public, notes=notes,
    )  # fmt: skip


def parse_rspo(
    source: str | Path | BinaryIO,
    body: RunningBody,
    *,
    progress: Progress | None = None,
    cancel: threading.Event | None = None,
    max_bytes: int = MAX_FILE_BYTES,
    size_hint: int | None = None,
    file_name: str | None = None,
) -> RspoFile:
    """Read the export and keep the schools of ``body``. Raises FileProblem for a file that cannot be used,
    ImportCancelled when ``cancel`` is set. Never holds more than one row of other bodies in memory."""
    name = file_name or (Path(source).name if isinstance(source, (str, Path)) else "plik")

    def consume(header: list[str], reader, info: StreamInfo) -> RspoFile:
        result = RspoFile(file_name=name)
        index, result.ignored_columns = map_columns(header)
        matches = _Matcher(body, index, result)
        known = body.known_rspo
        width = len(header)
        i_rspo, i_name, i_liquidated = index["rspo"], index["name"], index.get("liquidated_on")
        first_line: dict[str, int] = {}
        last_short = (-1, -1)  # (row number, its place in result.skipped)
        cut_in_quotes: list[int] = []

        def on_error(line: int, reason: str, at_eof: bool) -> None:
            result.rows_read += 1  # a broken row is a row of the file too: the counts add up
            result.broken_rows += 1
            if at_eof:
                cut_in_quotes.append(line)
                reason = ("plik urywa się w środku wartości w cudzysłowie: ostatni wiersz jest niepełny, "
                          "plik został ucięty w trakcie pobierania albo zapisu.")  # fmt: skip
            result.skip(SkippedRow(line, "", "", reason))

        for row in iter_rows(reader, on_error):
            if len(row) != width:
                if not row or (len(row) == 1 and not row[0].strip()):
                    continue  # a blank line
                if len(row) > width and not any(v.strip() for v in row[width:]):
                    row = row[:width]  # a trailing semicolon: nothing is lost
                else:
                    result.rows_read += 1
                    result.broken_rows += 1
                    if len(row) < width:
                        last_short = (result.rows_read, len(result.skipped))
                        reason = f"wiersz jest niepełny: ma {len(row)} z {width} pól — pominięto go."
                    else:
                        reason = f"wiersz ma {len(row)} pól, a nagłówek {width} — pominięto go."
                    rspo = unwrap(row[i_rspo]) if i_rspo < len(row) else ""
                    school = unwrap(row[i_name]) if i_name < len(row) else ""
                    result.skip(SkippedRow(reader.line_num, rspo, school, reason))
                    continue
            result.rows_read += 1
            if not matches(row):
                result.other_bodies += 1
                if known and unwrap(row[i_rspo]) in known:
                    result.elsewhere[unwrap(row[i_rspo])] = " ".join(unwrap(row[index["body_name"]]).split())
                continue
            line = reader.line_num
            rspo, school = unwrap(row[i_rspo]), " ".join(unwrap(row[i_name]).split())
            liquidated = unwrap(row[i_liquidated]) if i_liquidated is not None else ""
            if liquidated:
                reason = f"placówka zlikwidowana ({register_date(liquidated)}) — pominięto ją."
                result.skip(SkippedRow(line, rspo, school, reason, liquidated=True))
            elif not rspo:
                result.skip(SkippedRow(line, "", school, "brak numeru RSPO — nie da się jej dopasować."))
            elif not rspo.isdigit() or len(rspo) > 12:
                result.skip(SkippedRow(line, rspo, school, f"numer RSPO „{rspo}” nie jest liczbą."))
            elif not school:
                result.skip(SkippedRow(line, rspo, "", "brak nazwy placówki."))
            elif rspo in first_line:
                result.skip(SkippedRow(line, rspo, school, f"numer RSPO {rspo} powtarza się w pliku "
                                                           f"(pierwszy raz w wierszu {first_line[rspo]}) — "
                                                           "wzięto pierwszy wiersz."))  # fmt: skip
            else:
                first_line[rspo] = line
                result.records.append(_record(row, index, line))
        if result.rows_read == 0 and not result.skipped_total:
            raise FileProblem("Plik zawiera tylko wiersz nagłówka — nie ma w nim żadnej placówki.")
        number, place = last_short
        if number == result.rows_read and 0 <= place < len(result.skipped):
            old = result.skipped[place]
            result.skipped[place] = SkippedRow(
                old.line, old.rspo, old.name,
                old.reason.replace("wiersz jest niepełny", "ostatni wiersz pliku jest urwany").replace(
                    "pominięto go.", "plik został ucięty w trakcie pobierania albo zapisu."),
            )  # fmt: skip
        result.truncated = bool(cut_in_quotes) or number == result.rows_read
        if result.records:
            result.suggestions.clear()
        return result

    result, info = read_semicolon_csv(source, consume, progress=progress, cancel=cancel, max_bytes=max_bytes,
                                      size_hint=size_hint)  # fmt: skip
    result.encoding = info.encoding_label
    result.size = info.total or info.read
    return result
