"""The need score of an area and the ranking of the 12 areas — pure arithmetic, no store.

Kept apart from the store so that the formula the team reads on screen and on paper is the formula
the tests check, and so that it can be explained in one place (``FORMULA_TEXT``).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from statistics import mean

# How much of a respondent's need survives their view of the JST's influence. The model focuses on what
# the JST can change itself, so "no influence" keeps only a fifth of the need.
INFLUENCE_FACTORS: dict[str, float] = {"yes": 1.0, "partly": 0.6, "no": 0.2}
DEFAULT_IMPORTANCE = 2
DEFAULT_INFLUENCE = "partly"
# Respondents' mean ratings (scale 1–4) at least this far apart mark an area for discussion.
SPREAD_THRESHOLD = 1.5

RATING_LABELS: dict[int | None, str] = {
    1: "nie realizujemy",
    2: "realizujemy w niewielkim stopniu",
    3: "realizujemy w dużej mierze",
    4: "realizujemy w pełni i systematycznie",
    None: "nie wiem",
}
IMPORTANCE_LABELS: dict[int, str] = {1: "mała", 2: "średnia", 3: "duża"}
INFLUENCE_LABELS: dict[str, str] = {"yes": "tak", "partly": "częściowo", "no": "nie"}

FORMULA_TEXT = (
    "Wskaźnik potrzeby (od 0 do 100) pokazuje, jak bardzo obszar wymaga rozwoju i czy JST może go sama zmienić. "
    "Dla każdego respondenta: słabość praktyki S = (4 − średnia jego ocen stwierdzeń) ÷ 3, gdzie odpowiedzi "
    "„nie wiem” pomija się (S = 0, gdy wszystko realizujemy w pełni; S = 1, gdy nic nie realizujemy). "
    "Potrzeba respondenta P = 100 × S × (ważność ÷ 3) × mnożnik wpływu; mnożnik wpływu: tak = 1, "
    "częściowo = 0,6, nie = 0,2 — model skupia się na tym, na co JST ma wpływ. Brak oceny ważności liczy się "
    "jako 2 (średnia), brak oceny wpływu jako „częściowo”. Wskaźnik obszaru to średnia P respondentów, którzy "
    "ocenili w nim co najmniej jedno stwierdzenie; kto ocenił same „nie wiem” albo pominął obszar, nie jest "
    "w nim liczony."
)
TIE_RULE_TEXT = (
    "Remisy: przy równym wskaźniku (po zaokrągleniu do 0,1) wyżej stoi obszar o wyższej średniej ważności, "
    "potem o większej liczbie ocenionych stwierdzeń, a na końcu o niższym numerze. Obszary bez żadnej oceny "
    "mają „brak danych” i zajmują ostatnie miejsca."
)
SPREAD_TEXT = (
    "Rozrzut to różnica między najwyższą a najniższą średnią oceną praktyki wśród respondentów (w punktach "
    "skali 1–4). Obszar jest oznaczony „do dyskusji”, gdy rozrzut wynosi co najmniej 1,5 albo gdy "
    "respondenci skrajnie różnią się co do ważności (1 i 3) lub wpływu JST (tak i nie)."
)


@dataclass(frozen=True)
class RespondentArea:
    """One respondent's sheet for one area: statement ratings (None = "nie wiem"), importance, influence."""

    ratings: tuple[int | None, ...] = ()
    importance: int | None = None
    influence: str | None = None

    @property
    def answered(self) -> list[int]:
        return [r for r in self.ratings if r is not None]

    @property
    def counted(self) -> bool:
        return bool(self.answered)

    @property
    def mean_rating(self) -> float | None:
        answered = self.answered
        return mean(answered) if answered else None

    @property
    def weakness(self) -> float | None:
        rating = self.mean_rating
        return None if rating is None else (4 - rating) / 3

    @property
    def need(self) -> float | None:
        weakness = self.weakness
        if weakness is None:
            return None
        importance = self.importance or DEFAULT_IMPORTANCE
        factor = INFLUENCE_FACTORS[self.influence or DEFAULT_INFLUENCE]
        return 100 * weakness * importance / 3 * factor


@dataclass(frozen=True)
class AreaInput:
    area_id: int
    number: int
    name: str
    sheets: tuple[RespondentArea, ...] = ()


@dataclass
class AreaResult:
    """An area's place in the ranking with everything the results page and the document show."""

    area_id: int
    number: int
    name: str
    rank: int = 0
    score: float | None = None  # None: "brak danych"
    mean_rating: float | None = None
    mean_importance: float | None = None
    influence_counts: dict[str, int] = field(default_factory=dict)
    respondents: int = 0  # counted in the score
    answers: int = 0  # statements rated 1–4
    dont_know: int = 0
    spread: float | None = None
    discuss_reasons: list[str] = field(default_factory=list)

    @property
    def has_data(self) -> bool:
        return self.score is not None

    @property
    def discuss(self) -> bool:
        return bool(self.discuss_reasons)

    @property
    def influence_text(self) -> str:
        """'tak 2, częściowo 1' — how the counted respondents judged the JST's influence."""
        parts = [f"{INFLUENCE_LABELS[k]} {n}" for k in ("yes", "partly", "no") if (n := self.influence_counts.get(k))]
        return ", ".join(parts)


def _discussion(counted: Sequence[RespondentArea], spread: float | None) -> list[str]:
    reasons = []
    if spread is not None and spread >= SPREAD_THRESHOLD - 1e-9:
        reasons.append("różne oceny praktyki")
    importances = {s.importance for s in counted if s.importance}
    if {1, 3} <= importances:
        reasons.append("różna ważność")
    influences = {s.influence for s in counted if s.influence}
    if {"yes", "no"} <= influences:
        reasons.append("różna ocena wpływu")
    return reasons


def score_area(item: AreaInput) -> AreaResult:
    counted = [s for s in item.sheets if s.counted]
    result = AreaResult(item.area_id, item.number, item.name)
    result.dont_know = sum(len(s.ratings) - len(s.answered) for s in item.sheets)
    if not counted:
        return result
    means = [s.mean_rating for s in counted]
    result.score = mean(s.need for s in counted)
    result.mean_rating = mean(means)
    result.mean_importance = mean(s.importance or DEFAULT_IMPORTANCE for s in counted)
    for sheet in counted:
        key = sheet.influence or DEFAULT_INFLUENCE
        result.influence_counts[key] = result.influence_counts.get(key, 0) + 1
    result.respondents = len(counted)
    result.answers = sum(len(s.answered) for s in counted)
    result.spread = max(means) - min(means)
    result.discuss_reasons = _discussion(counted, result.spread)
    return result


def _order_key(result: AreaResult) -> tuple:
    if result.score is None:
        return (1, 0.0, 0.0, 0, result.number)
    return (0, -round(result.score, 1), -round(result.mean_importance, 3), -result.answers, result.number)


def rank_areas(items: Sequence[AreaInput]) -> list[AreaResult]:
    """Score every area and order them by the stated rule; ``rank`` numbers them 1, 2, 3 … without gaps."""
    results = sorted((score_area(item) for item in items), key=_order_key)
    for rank, result in enumerate(results, start=1):
        result.rank = rank
    return results
