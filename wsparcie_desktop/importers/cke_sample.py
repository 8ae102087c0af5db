"""Files in the CKE's published layout of results per school, for the tests, the bench and the demo.

The layout: identifying columns first, each label merged over the three header rows; then per subject a band
label in row 1 (merged over the band's columns), the subject in row 2 (merged over its metrics) and the metric in
row 3. Teryt codes are written as numbers, as Excel leaves them after it dropped the leading zero.
"""

from __future__ import annotations

import random
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from openpyxl import Workbook

IDENT_LABELS = ("województwo", "powiat", "gmina", "typ gminy", "kod teryt gminy", "RSPO szkoły", "nazwa",
                "miejscowość", "typ placówki", "czy publiczna")  # fmt: skip
E8_METRICS = ("* liczba zdających", "średni wynik (%)", "odchylenie standardowe (%)", "mediana (%)", "modalna (%)")
EM_METRICS = ("* liczba zdających", "* zdawalność (%)", "średni wynik (%)", "odchylenie standardowe (%)",
              "mediana (%)", "modalna (%)", "* liczba laureatów/finalistów")  # fmt: skip
E8_SUBJECTS = ("język polski", "matematyka", "język angielski")
EM_SUBJECTS = ("język polski", "matematyka", "język angielski")


@dataclass
class SampleSchool:
    rspo: str | int | None
    name: str
    teryt: str | int
    commune: str = "Zalesie"
    county: str = "węgrowski"
    voivodeship: str = "mazowieckie"
    city: str = ""
    kind: str = "Szkoła podstawowa"
    # subject -> the metric values in the order of the metrics; None writes an empty cell
    results: dict[str, Sequence[object]] = field(default_factory=dict)


def e8_values(rng: random.Random, takers: int | None = None) -> list[object]:
    takers = takers if takers is not None else rng.randint(5, 90)
    if takers < 5:
        return [takers, None, None, None, None]
    mean = round(rng.uniform(35, 80), 1)
    return [takers, mean, round(rng.uniform(12, 25), 1), round(mean + rng.uniform(-4, 4), 1), round(mean, 0)]


def write_cke_xlsx(path: str | Path, schools: Iterable[SampleSchool], exam: str = "e8", year: int = 2025,
                   subjects: Sequence[str] | None = None, twin: bool = False,
                   ident_labels: Sequence[str] = IDENT_LABELS) -> Path:  # fmt: skip
    """Write the file; ``twin`` repeats the first subject's "średni wynik (%)" column as the matura files do."""
    path = Path(path)
    metrics = E8_METRICS if exam == "e8" else EM_METRICS
    subjects = tuple(subjects or (E8_SUBJECTS if exam == "e8" else EM_SUBJECTS))
    wb = Workbook(write_only=False)
    ws = wb.active
    ws.title = "szkoły" if exam == "e8" else "matura szkoły"
    for c, label in enumerate(ident_labels, start=1):
        ws.cell(1, c, label)
        ws.merge_cells(start_row=1, start_column=c, end_row=3, end_column=c)
    band = f"Egzamin ósmoklasisty {year}" if exam == "e8" else f"Egzamin maturalny {year} – poziom podstawowy"
    first = col = len(ident_labels) + 1
    layout: list[tuple[str, int]] = []  # (subject, metric index) per result column
    for subject in subjects:
        start = col
        ws.cell(2, col, subject)
        for m, metric in enumerate(metrics):
            ws.cell(3, col, metric)
            layout.append((subject, m))
            col += 1
        if twin and subject == subjects[0]:
            ws.cell(3, col, metrics[2 if exam == "em" else 1])
            layout.append((subject, -(2 if exam == "em" else 1) - 1))  # the twin: the 8th value, else the original
            col += 1
        ws.merge_cells(start_row=2, start_column=start, end_row=2, end_column=col - 1)
    ws.cell(1, first, band)
    ws.merge_cells(start_row=1, start_column=first, end_row=1, end_column=col - 1)
    r = 4
    for school in schools:
        values = [school.voivodeship, school.county, school.commune, "gmina wiejska", school.teryt, school.rspo,
                  school.name, school.city, school.kind, "tak"][: len(ident_labels)]  # fmt: skip
        for subject, m in layout:
            metric_values = school.results.get(subject)
            if metric_values is not None and m < 0:
                m = len(metrics) if len(metric_values) > len(metrics) else -m - 1
            values.append(metric_values[m] if metric_values is not None and m < len(metric_values) else None)
        for c, value in enumerate(values, start=1):
            if value is not None:
                ws.cell(r, c, value)
        r += 1
    wb.save(path)
    return path


def national_schools(n: int, seed: int = 7, include: Sequence[SampleSchool] = ()) -> list[SampleSchool]:
    """``n`` schools of made-up gminas (and ``include`` spread among them), each with the three E8 subjects."""
    rng = random.Random(seed)
    found = []
    places = len(include)
    every = max(1, n // (places + 1)) if places else 0
    extra = list(include)
    for i in range(n):
        if extra and every and i % every == every - 1:
            found.append(extra.pop(0))
        teryt = int(f"{rng.randint(2, 32):02d}{rng.randint(1, 40):02d}{rng.randint(1, 20):02d}{rng.randint(1, 3)}")
        found.append(SampleSchool(100000 + i, f"Szkoła Podstawowa nr {i % 9 + 1} w Miejscowości {i}", teryt,
                                  commune=f"Gmina {i // 7}", city=f"Miejscowość {i}",
                                  results={s: e8_values(rng) for s in E8_SUBJECTS}))  # fmt: skip
    return found + extra
