"""The CKE's results per school (the results map, "wyniki szkół"), read from its XLSX file.

The first sheet has a header of three rows — a band label (the exam, or the matura's level), then the subject over
merged cells, then the metric ("* liczba zdających", "średni wynik (%)", …) — and the identifying columns first
(województwo, powiat, gmina, typ gminy, kod teryt gminy, RSPO szkoły, nazwa, …), whose labels may stand in any of
the three rows. Columns are found by their labels, never by position. What the files hold and this module does:

- a TERYT code that Excel turned into a number has lost its leading zero: it is padded back;
- an empty cell (or "-") where fewer than 5 pupils wrote the exam is "not published", kept as None, never 0;
- the same subject and metric twice ("twin" matura columns): the first column's value is kept, the twin fills it
  where the first is empty, and a disagreement is noted on the row;
- schools of every gmina of the voivodeship or country: only the RSPO numbers asked for are kept, plus the rows
  standing in the JST's own gmina (by TERYT), so that the preview can name schools missing from the register.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from pathlib import Path

from wsparcie_desktop.importers.csv_stream import FileProblem, ImportCancelled
from wsparcie_desktop.importers.xlsx_guard import MAX_XLSX_BYTES, open_workbook
from wsparcie_desktop.text import fold

EXAM_NAMES = {"e8": "egzamin ósmoklasisty", "em": "egzamin maturalny"}
WHAT = "plik wyników szkół z mapy wyników CKE"
HEADER_ROWS = 3

IDENTIFYING: dict[str, tuple[str, ...]] = {
    "voivodeship": ("województwo",),
    "county": ("powiat",),
    "commune": ("gmina",),
    "commune_kind": ("typ gminy",),
    "teryt": ("kod teryt gminy", "teryt gminy", "kod teryt"),
    "rspo": ("rspo szkoły", "numer rspo", "rspo", "nr rspo", "rspo szkoły/placówki"),
    "name": ("nazwa", "nazwa szkoły"),
    "city": ("miejscowość",),
    "school_kind": ("typ placówki", "typ szkoły"),
    "public": ("czy publiczna", "publiczna"),
}
_IDENT = {fold(name): key for key, names in IDENTIFYING.items() for name in names}

# The metric's label (folded, without the leading "*" and "(%)") -> the stored field.
METRICS: dict[str, str] = {
    "liczba zdajacych": "takers",
    "sredni wynik": "mean",
    "odchylenie standardowe": "std_dev",
    "mediana": "median",
    "modalna": "mode",
    "zdawalnosc": "pass_rate",
    "liczba laureatow finalistow": "laureates",
    "liczba laureatow": "laureates",
}
METRIC_LABELS = {"takers": "liczba zdających", "mean": "średni wynik (%)", "std_dev": "odchylenie standardowe (%)",
                 "median": "mediana (%)", "modalna": "modalna (%)", "mode": "modalna (%)",
                 "pass_rate": "zdawalność (%)", "laureates": "liczba laureatów/finalistów"}  # fmt: skip
COUNTS = ("takers", "laureates")
MATURA_ONLY = ("pass_rate", "laureates")
NOT_PUBLISHED = {"", "-", "–", "—", "*", "b.d.", "bd", "x"}

Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class ResultColumn:
    index: int
    subject: str
    metric: str
    letter: str


@dataclass
class CkeRow:
    """One school of the file: identifying values and, per subject, the published metrics (None: not published)."""

    line: int
    rspo: str
    name: str
    teryt: str
    commune: str
    city: str
    results: dict[str, dict[str, Decimal | int | None]] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)


@dataclass
class CkeFile:
    file_name: str
    exam: str
    size: int = 0
    rows_read: int = 0
    subjects: list[str] = field(default_factory=list)
    columns: list[ResultColumn] = field(default_factory=list)
    rows: list[CkeRow] = field(default_factory=list)  # the asked-for schools and those standing in the JST's gmina
    other_rows: int = 0  # schools of other gminas, only counted
    no_rspo_rows: int = 0
    twins: list[str] = field(default_factory=list)
    ignored_columns: list[str] = field(default_factory=list)


def column_letter(index: int) -> str:
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def teryt_code(value: object) -> str:
    """'0201011', also from 201011 (a number that lost its zero) or '201011.0'."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    text = "".join(c for c in str(value) if c.isdigit())
    if len(text) in (3, 5, 6):
        text = "0" + text
    return text


def rspo_number(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    text = str(value).strip()
    if text.startswith('="') and text.endswith('"'):
        text = text[2:-1]
    return text if text.isdigit() else ""


def _metric(label: object) -> str | None:
    text = fold(str(label or "").replace("(%)", ""))
    if not text:
        return None
    if text in METRICS:
        return METRICS[text]
    for start, key in METRICS.items():
        if text.startswith(start):
            return key
    return None


def _detect_exam(bands: list[str], metrics: set[str], sheet_title: str) -> str | None:
    if metrics & set(MATURA_ONLY):
        return "em"
    words = fold(" ".join(bands) + " " + sheet_title)
    if "osmoklas" in words or "e8" in words.split():
        return "e8"
    if "matur" in words or "poziom podstawowy" in words or "poziom rozszerzony" in words:
        return "em"
    return None


def _value(raw: object, metric: str, where: str) -> tuple[Decimal | int | None, str | None]:
    """The cell as stored (None when not published) and a note when it cannot be used."""
    if raw is None:
        return None, None
    if isinstance(raw, str):
        text = raw.strip().replace("\u00a0", "").replace(" ", "").replace(",", ".").rstrip("%")
        if text.lower() in NOT_PUBLISHED:
            return None, None
    elif isinstance(raw, bool):
        return None, f"{where}: wartość „{raw}” nie jest liczbą — pominięto ją."
    else:
        text = str(raw)
    try:
        number = Decimal(text)
    except InvalidOperation:
        return None, f"{where}: wartość „{raw}” nie jest liczbą — pominięto ją."
    if not number.is_finite() or number < 0:
        return None, f"{where}: wartość „{raw}” nie jest liczbą nieujemną — pominięto ją."
    if metric in COUNTS:
        if number != number.to_integral_value():
            return None, f"{where}: liczba „{raw}” nie jest całkowita — pominięto ją."
        return int(number), None
    if number > 100:
        return None, f"{where}: wynik {raw} % jest spoza zakresu 0–100 % — pominięto go."
    return number.quantize(Decimal("0.01")), None


def _read_header(rows: list[tuple]) -> tuple[dict[str, int], list[ResultColumn], list[str], set[str], list[str]]:
    width = max((len(r) for r in rows), default=0)
    cells = [list(r) + [None] * (width - len(r)) for r in rows]
    ident: dict[str, int] = {}
    columns: list[ResultColumn] = []
    bands: list[str] = []
    ignored: list[str] = []
    band = subject = ""
    for c in range(width):
        texts = [str(cells[r][c]).strip() if cells[r][c] is not None else "" for r in range(len(cells))]
        texts += [""] * (HEADER_ROWS - len(texts))
        key = next((_IDENT[fold(t)] for t in texts if t and fold(t) in _IDENT), None)
        if key is not None and key not in ident:
            ident[key] = c
            band = subject = ""
            continue
        # merged cells: the band and the subject are written only in their first column
        if texts[0]:
            band, subject = texts[0], ""
            bands.append(band)
        if texts[1]:
            subject = texts[1]
        metric = _metric(texts[2])
        if metric is None or not subject:
            if any(texts):
                ignored.append(column_letter(c))
            continue
        columns.append(ResultColumn(c, _subject_name(subject, band), metric, column_letter(c)))
    return ident, columns, bands, {col.metric for col in columns}, ignored


def _subject_name(subject: str, band: str) -> str:
    subject = " ".join(subject.split())
    band_words = fold(band)
    if "poziom" in band_words and "poziom" not in fold(subject):
        level = "rozszerzony" if "rozszerz" in band_words else "dwujęzyczny" if "dwujez" in band_words else "podstawowy"
        return f"{subject} – poziom {level}"
    return subject


def parse_cke(source: str | Path, exam: str, wanted_rspo: set[str] | frozenset[str], teryt: str | None = None,
              *, progress: Progress | None = None, cancel: threading.Event | None = None,
              max_bytes: int = MAX_XLSX_BYTES) -> CkeFile:  # fmt: skip
    """Read the file of ``exam`` ("e8" or "em"); keep the rows of ``wanted_rspo`` and of the gmina ``teryt``.

    Raises FileProblem (Polish) when the file is not a CKE results file of that exam; nothing is written here.
    """
    if exam not in EXAM_NAMES:
        raise FileProblem("Wybierz egzamin: ósmoklasisty (e8) albo maturalny (em).")
    path = Path(source)
    workbook = open_workbook(path, WHAT, max_bytes=max_bytes)
    try:
        return _read(workbook, path, exam, wanted_rspo, teryt, progress, cancel)
    except (FileProblem, ImportCancelled):
        raise
    except Exception as exc:  # a broken part found only while streaming the sheet
        raise FileProblem(f"Nie udało się odczytać arkusza „{path.name}”: plik jest uszkodzony "
                          f"({type(exc).__name__}).") from exc  # fmt: skip
    finally:
        workbook.close()


def _read(workbook, path: Path, exam: str, wanted_rspo, teryt, progress, cancel) -> CkeFile:
    sheet = workbook.worksheets[0] if workbook.worksheets else None
    if sheet is None:
        raise FileProblem(f"Plik „{path.name}” nie ma żadnego arkusza.")
    rows = sheet.iter_rows(values_only=True)
    header = []
    for _ in range(HEADER_ROWS):
        row = next(rows, None)
        if row is None:
            break
        header.append(row)
    if len(header) < HEADER_ROWS:
        raise FileProblem(f"Plik „{path.name}” ma mniej niż trzy wiersze — to nie jest plik wyników szkół z CKE.")
    ident, columns, bands, metrics, ignored = _read_header(header)
    if "rspo" not in ident:
        found = [str(v).strip() for r in header for v in r if v is not None and str(v).strip()][:8]
        raise FileProblem(
            "W pliku brakuje kolumny „RSPO szkoły” — bez niej nie da się dopasować szkół. Plik wyników szkół z mapy "
            "wyników CKE zawsze ją ma." + (f" Pierwsze nagłówki w pliku: {', '.join(found)}." if found else "")
        )
    if not columns:
        raise FileProblem("W pliku nie ma kolumn z wynikami (przedmiot w drugim wierszu nagłówka, a w trzecim "
                          "„średni wynik (%)”, „mediana (%)” itd.) — to nie jest plik wyników szkół z CKE.")  # fmt: skip
    found_exam = _detect_exam(bands, metrics, sheet.title or "")
    if found_exam is not None and found_exam != exam:
        raise FileProblem(f"To są wyniki: {EXAM_NAMES[found_exam]}, a wybrano: {EXAM_NAMES[exam]}. Wybierz właściwy "
                          "egzamin albo inny plik; niczego nie zapisano.")  # fmt: skip
    result = CkeFile(file_name=path.name, exam=exam, size=path.stat().st_size, columns=columns, ignored_columns=ignored)
    result.subjects = list(dict.fromkeys(col.subject for col in columns))
    seen: dict[tuple[str, str], ResultColumn] = {}
    twins: dict[ResultColumn, ResultColumn] = {}
    for col in columns:
        first = seen.setdefault((col.subject, col.metric), col)
        if first is not col:
            twins[col] = first
            result.twins.append(f"{col.subject}, {METRIC_LABELS[col.metric]} (kolumny {first.letter} i {col.letter})")
    own = teryt_code(teryt)[:6] if teryt else ""
    i_rspo = ident["rspo"]
    i_teryt = ident.get("teryt")
    idx = {key: ident.get(key) for key in ("name", "commune", "city")}
    wanted = wanted_rspo
    line = HEADER_ROWS
    total = sheet.max_row or 0
    for values in rows:
        line += 1
        if line & 1023 == 0:
            if cancel is not None and cancel.is_set():
                raise ImportCancelled()
            if progress is not None:
                progress(line, max(total, line))
        if values is None or i_rspo >= len(values):
            continue
        raw = values[i_rspo]
        if raw is None:
            if any(v is not None for v in values):
                result.no_rspo_rows += 1
                result.rows_read += 1
            continue
        result.rows_read += 1
        rspo = rspo_number(raw)
        code = teryt_code(values[i_teryt]) if i_teryt is not None and i_teryt < len(values) else ""
        if rspo not in wanted and not (own and code[:6] == own):
            result.other_rows += 1
            continue
        result.rows.append(_school_row(values, line, rspo, code, idx, columns, twins))
    return result


def _school_row(values: tuple, line: int, rspo: str, code: str, idx: dict, columns: list[ResultColumn],
                twins: dict[ResultColumn, ResultColumn]) -> CkeRow:  # fmt: skip
    def text(key: str) -> str:
        i = idx[key]
        v = values[i] if i is not None and i < len(values) else None
        return " ".join(str(v).split()) if v is not None else ""

    row = CkeRow(line, rspo, text("name"), code, text("commune"), text("city"))
    for col in columns:
        raw = values[col.index] if col.index < len(values) else None
        value, note = _value(raw, col.metric, f"komórka {col.letter}{line} ({col.subject}, "
                                               f"{METRIC_LABELS[col.metric]})")  # fmt: skip
        if note:
            row.notes.append(note)
        subject = row.results.setdefault(col.subject, {})
        first = twins.get(col)
        if first is None:
            subject[col.metric] = value
        elif subject.get(col.metric) is None:
            subject[col.metric] = value
        elif value is not None and value != subject[col.metric]:
            row.notes.append(f"{col.subject}, {METRIC_LABELS[col.metric]}: kolumny {first.letter} i {col.letter} "
                             f"podają różne wartości — przyjęto pierwszą ({subject[col.metric]}).")  # fmt: skip
    if not rspo:
        row.notes.append("Numer RSPO w pliku nie jest liczbą.")
    return row
