"""Files laid out like the RSPO export, for rehearsing the import without real registry data.

The tests build their fixture files with it (both encodings, ``="..."`` wrapping, shuffled columns)
and bench/rspo_import.py a national-sized file of ~56,000 rows. The header is the one the public
search gives (``Pobierz wyniki``), plus a few columns newer exports add, 54 in all.
"""

from __future__ import annotations

import io
import random
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import BinaryIO

RSPO_HEADER = [
    "Numer RSPO", "REGON", "NIP", "Typ", "Nazwa", "Kod terytorialny województwo", "Kod terytorialny powiat",
    "Kod terytorialny gmina", "Kod terytorialny miejscowość", "Kod terytorialny ulica", "Województwo", "Powiat",
    "Gmina", "Miejscowość", "Rodzaj miejscowości", "Ulica", "Numer budynku", "Numer lokalu", "Kod pocztowy",
    "Poczta", "Telefon", "Faks", "E-mail", "Strona www", "Publiczność status", "Kategoria uczniów",
    "Specyfika placówki", "Imię i nazwisko dyrektora", "Data założenia", "Data rozpoczęcia działalności",
    "Data likwidacji", "Typ organu prowadzącego", "Nazwa organu prowadzącego", "REGON organu prowadzącego",
    "NIP organu prowadzącego", "Województwo organu prowadzącego", "Powiat organu prowadzącego",
    "Gmina organu prowadzącego", "Miejsce w strukturze", "RSPO podmiotu nadrzędnego", "Typ podmiotu nadrzędnego",
    "Nazwa podmiotu nadrzędnego", "Liczba uczniów", "Tereny sportowe", "Języki nauczane",
    "Czy zatrudnia logopedę", "Czy zatrudnia psychologa", "Czy zatrudnia pedagoga",
    "Oddziały podstawowe wg specyfiki", "Oddziały dodatkowe", "Nazwa skrócona", "Liczba oddziałów",
    "Zawody", "Data aktualizacji",
]  # fmt: skip
WRAPPED = {"Telefon", "Faks", "Kod pocztowy", "Numer budynku", "Numer lokalu", "REGON", "NIP",
           "REGON organu prowadzącego", "NIP organu prowadzącego", "Kod terytorialny gmina",
           "Kod terytorialny powiat", "Kod terytorialny województwo"}  # fmt: skip

VOIVODESHIP_NAMES = [
    ("02", "DOLNOŚLĄSKIE"), ("04", "KUJAWSKO-POMORSKIE"), ("06", "LUBELSKIE"), ("08", "LUBUSKIE"),
    ("10", "ŁÓDZKIE"), ("12", "MAŁOPOLSKIE"), ("14", "MAZOWIECKIE"), ("16", "OPOLSKIE"), ("18", "PODKARPACKIE"),
    ("20", "PODLASKIE"), ("22", "POMORSKIE"), ("24", "ŚLĄSKIE"), ("26", "ŚWIĘTOKRZYSKIE"),
    ("28", "WARMIŃSKO-MAZURSKIE"), ("30", "WIELKOPOLSKIE"), ("32", "ZACHODNIOPOMORSKIE"),
]  # fmt: skip
SCHOOL_KINDS = [  # registry type, name pattern, weight
    ("Przedszkole", "Przedszkole nr {n} w {place}", 30),
    ("Szkoła podstawowa", "Szkoła Podstawowa nr {n} w {place}", 27),
    ("Punkt przedszkolny", "Punkt Przedszkolny „Słoneczko” w {place}", 7),
    ("Liceum ogólnokształcące", "Liceum Ogólnokształcące im. Adama Mickiewicza w {place}", 5),
    ("Technikum", "Technikum nr {n} w {place}", 3),
    ("Branżowa szkoła I stopnia", "Branżowa Szkoła I Stopnia nr {n}", 3),
    ("Zespół szkół i placówek oświatowych", "Zespół Szkolno-Przedszkolny w {place}", 6),
    ("Poradnia psychologiczno-pedagogiczna", "Poradnia Psychologiczno-Pedagogiczna w {place}", 2),
    ("Szkoła policealna (ponadgimnazjalna)", "Szkoła Policealna Medyczna w {place}", 2),
    ("Szkoła muzyczna I stopnia", "Szkoła Muzyczna I Stopnia w {place}", 2),
    ("Bursa", "Bursa Szkolna w {place}", 1),
    ("Specjalny ośrodek szkolno-wychowawczy", "Specjalny Ośrodek Szkolno-Wychowawczy w {place}", 2),
]  # fmt: skip
BODY_KINDS = [("Gmina", 68), ("Powiat", 9), ("Osoba fizyczna", 10), ("Stowarzyszenie", 5), ("Fundacja", 4),
              ("Kościoły i związki wyznaniowe", 3), ("Samorząd województwa", 1)]  # fmt: skip
SYLLABLES = ["bo", "ro", "wa", "li", "sze", "ka", "mie", "no", "dę", "bi", "ła", "cho", "ży", "sta", "gó", "ra",
             "kra", "ście", "pol", "wie", "lu", "brze", "zo", "ni"]  # fmt: skip
FIRST_NAMES = ["Anna", "Katarzyna", "Małgorzata", "Agnieszka", "Barbara", "Ewa", "Krzysztof", "Tomasz", "Piotr",
               "Marek", "Joanna", "Elżbieta", "Grażyna", "Dorota", "Andrzej", "Jolanta"]  # fmt: skip
SURNAMES = ["Nowak", "Kowalska", "Wiśniewska", "Wójcik", "Kamińska", "Lewandowski", "Zielińska", "Szymański",
            "Woźniak", "Dąbrowska", "Kozłowski", "Jankowska", "Mazur", "Krawczyk", "Piotrowska",
            "Grabowski"]  # fmt: skip


def regon9(base8: str) -> str:
    """A 9-digit REGON with its check digit (weights 8 9 2 3 4 5 6 7, mod 11, 10 -> 0)."""
    check = sum(int(d) * w for d, w in zip(base8, (8, 9, 2, 3, 4, 5, 6, 7), strict=True)) % 11 % 10
    return base8 + str(check)


def regon14(regon: str, unit4: str) -> str:
    """A 14-digit REGON of a local unit of ``regon`` (weights 2 4 8 5 0 9 7 3 6 1 2 4 8)."""
    base = regon + unit4
    weights = (2, 4, 8, 5, 0, 9, 7, 3, 6, 1, 2, 4, 8)
    return base + str(sum(int(d) * w for d, w in zip(base, weights, strict=True)) % 11 % 10)


def _name(rng: random.Random, parts: int = 3) -> str:
    return "".join(rng.choice(SYLLABLES) for _ in range(parts)).capitalize()


def national_rows(count: int = 56_000, seed: int = 2026, include: Iterable[dict[str, str]] = ()) -> Iterator[dict]:
    """``count`` rows from all over the country; the ``include`` rows are spread among them, in order."""
    rng = random.Random(seed)
    pick = rng.random
    extra = list(include)
    every = count // (len(extra) + 1) if extra else 0
    kinds = [k for k in SCHOOL_KINDS for _ in range(k[2])]
    bodies = [b for b, weight in BODY_KINDS for _ in range(weight)]
    communes = [_name(rng) for _ in range(2500)]
    powiats = [f"{_name(rng, 2).lower()}ski" for _ in range(380)]
    people = [f"{f} {s}" for f in FIRST_NAMES for s in SURNAMES]
    regons = [regon9(f"{rng.randrange(10**8):08d}") for _ in range(4000)]

    def one(options):
        return options[int(pick() * len(options))]

    def number(n: int) -> int:
        return int(pick() * n)

    for i in range(count - len(extra)):
        if extra and every and i % every == every // 2:
            yield extra.pop(0)
        code, voivodeship = VOIVODESHIP_NAMES[i % 16]
        powiat = 1 + number(20)
        gmina = 1 + number(15)
        if code == "14" and powiat == 34 and gmina == 5:
            gmina = 6  # keep Zalesie's TERYT for the rows that are meant to carry it
        kind_digit = one("1223")
        teryt = f"{code}{powiat:02d}{gmina:02d}{kind_digit}"
        commune = one(communes)
        place = commune if pick() < 0.6 else one(communes)
        type_name, pattern, _w = one(kinds)
        body_type = one(bodies)
        if body_type == "Gmina":
            body_name = f"Gmina {commune}" if kind_digit != "1" else f"Gmina Miejska {commune}"
        elif body_type == "Powiat":
            body_name = f"Powiat {one(powiats)}"
        elif body_type == "Osoba fizyczna":
            body_name = one(people)
        else:
            body_name = f"{body_type} „{one(communes)}” w {place}"
        county = one(powiats)
        yield {
            "Numer RSPO": str(1000 + i * 3 + number(3)), "REGON": one(regons),
            "NIP": f"{number(10**10):010d}", "Typ": type_name, "Nazwa": pattern.format(n=1 + number(40), place=place),
            "Kod terytorialny województwo": code, "Kod terytorialny powiat": teryt[:4],
            "Kod terytorialny gmina": teryt, "Kod terytorialny miejscowość": f"{number(10**7):07d}",
            "Kod terytorialny ulica": f"{number(10**5):05d}", "Województwo": voivodeship, "Powiat": county,
            "Gmina": commune, "Miejscowość": place, "Rodzaj miejscowości": one(("wieś", "miasto", "kolonia")),
            "Ulica": f"ul. {one(communes)}", "Numer budynku": str(1 + number(120)), "Numer lokalu": "",
            "Kod pocztowy": f"{number(100):02d}-{number(1000):03d}", "Poczta": place,
            "Telefon": f"{number(10**9):09d}", "Faks": "", "E-mail": f"sekretariat{i}@szkola{i}.example.pl",
            "Strona www": f"https://www.szkola{i}.example.pl", "Publiczność status": one(("publiczna", "niepubliczna")),
            "Kategoria uczniów": "Dzieci lub młodzież", "Specyfika placówki": "brak specyfiki",
            "Imię i nazwisko dyrektora": one(people), "Data założenia": f"{1950 + number(70)}-09-01",
            "Data rozpoczęcia działalności": "2019-09-01", "Data likwidacji": "", "Typ organu prowadzącego": body_type,
            "Nazwa organu prowadzącego": body_name, "REGON organu prowadzącego": one(regons),
            "NIP organu prowadzącego": f"{number(10**10):010d}", "Województwo organu prowadzącego": voivodeship,
            "Powiat organu prowadzącego": county, "Gmina organu prowadzącego": commune,
            "Miejsce w strukturze": one(("Samodzielna placówka", "Jednostka złożona", "Część zespołu")),
            "RSPO podmiotu nadrzędnego": "", "Typ podmiotu nadrzędnego": "", "Nazwa podmiotu nadrzędnego": "",
            "Liczba uczniów": str(15 + number(685)),
            "Tereny sportowe": "boisko wielofunkcyjne, sala gimnastyczna, bieżnia lekkoatletyczna",
            "Języki nauczane": "język angielski, język niemiecki, język hiszpański", "Czy zatrudnia logopedę": "Tak",
            "Czy zatrudnia psychologa": one(("Tak", "Nie")), "Czy zatrudnia pedagoga": "Tak",
            "Oddziały podstawowe wg specyfiki": "ogólnodostępny: 8, integracyjny: 1",
            "Oddziały dodatkowe": "przedszkolny: 1; sportowy: 1", "Nazwa skrócona": f"SP {1 + number(40)} {place}",
            "Liczba oddziałów": str(1 + number(24)), "Data aktualizacji": "2026-09-30",
            "Zawody": "technik informatyk, technik logistyk" if type_name == "Technikum" else "",
        }  # fmt: skip
    yield from extra


def school_row(**values: str) -> dict[str, str]:
    """One row for a fixture: every column present, the given ones filled in (keys are header names)."""
    row = dict.fromkeys(RSPO_HEADER, "")
    row.update({"Kategoria uczniów": "Dzieci lub młodzież", "Specyfika placówki": "brak specyfiki",
                "Publiczność status": "publiczna"})  # fmt: skip
    unknown = set(values) - set(RSPO_HEADER)
    if unknown:
        raise KeyError(f"not RSPO columns: {sorted(unknown)}")
    row.update(values)
    return row


def rows_text(rows: Iterable[dict[str, str]], columns: list[str] | None = None, wrap: bool = True,
              newline: str = "\r\n") -> Iterator[str]:  # fmt: skip
    """The file's lines: the header, then the rows, values wrapped as Excel-proof ="..." where RSPO does that."""
    columns = columns or RSPO_HEADER

    wrapped = [wrap and c in WRAPPED for c in columns]

    def cell(value: str, wrapped: bool) -> str:
        if wrapped and value:
            return f'="{value}"'
        if ";" in value or '"' in value or "\n" in value:
            return '"' + value.replace('"', '""') + '"'
        return value

    yield ";".join(columns) + newline
    for row in rows:
        yield ";".join([cell(row.get(c, ""), w) for c, w in zip(columns, wrapped, strict=True)]) + newline


def write_rspo_csv(target: str | Path | BinaryIO, rows: Iterable[dict[str, str]], *, columns: list[str] | None = None,
                   encoding: str = "utf-8-sig", wrap: bool = True, newline: str = "\r\n") -> int:  # fmt: skip
    """Write an export; returns the number of bytes written."""
    own = isinstance(target, (str, Path))
    stream = open(target, "wb") if own else target  # noqa: SIM115 - closed below when we opened it
    written = 0
    try:
        buffer = io.StringIO()
        if encoding == "utf-8-sig":
            stream.write(b"\xef\xbb\xbf")
            written += 3
            encoding = "utf-8"
        for n, line in enumerate(rows_text(rows, columns, wrap, newline)):
            buffer.write(line)
            if n % 2000 == 1999:
                data = buffer.getvalue().encode(encoding)
                stream.write(data)
                written += len(data)
                buffer = io.StringIO()
        data = buffer.getvalue().encode(encoding)
        stream.write(data)
        written += len(data)
    finally:
        if own:
            stream.close()
    return written
