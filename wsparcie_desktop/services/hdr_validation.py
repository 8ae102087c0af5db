"""The HDR checklist: what must be true before the wójt approves the schedule.

Each finding names the activity and the field it is about, so the editor can take the user straight there.
Errors block approval; warnings (one person carrying too much at once, an activity serving no goal) do not.
"""

from __future__ import annotations

from dataclasses import dataclass

from wsparcie_desktop.db.database import Database
from wsparcie_desktop.i18n import format_date_short, plural
from wsparcie_desktop.services.hdr import HdrPlan, load_plan
from wsparcie_desktop.services.hdr_dates import max_concurrent

ERROR, WARNING = "error", "warning"
# More activities than this running at once for one responsible person draws a warning.
MAX_CONCURRENT_PER_PERSON = 3


@dataclass(frozen=True)
class Finding:
    severity: str
    code: str
    message: str
    activity_id: int | None = None
    field: str | None = None
    goal_id: int | None = None
    person_id: int | None = None
    also: tuple[int, ...] = ()  # the other activities the finding is about (all the overlapping ones)

    @property
    def is_error(self) -> bool:
        return self.severity == ERROR


def check_plan(plan: HdrPlan) -> list[Finding]:
    """Every finding of the checklist for a plan already read (the editor re-checks after each change)."""
    hdr = plan.hdr
    if hdr is None:
        return [Finding(ERROR, "no_hdr", "Nie zaplanowano jeszcze HDR: podaj okres harmonogramu.",
                        field="period_start")]  # fmt: skip
    found: list[Finding] = []
    activities = plan.activities
    if not activities:
        found.append(Finding(ERROR, "no_activities", "HDR nie zawiera jeszcze żadnego działania."))
    if not plan.goals:
        found.append(
            Finding(
                WARNING,
                "no_goals",
                "Proces nie ma jeszcze celów rozwojowych (etap 2) — działań nie można do nich przypisać.",
            )
        )
    served = {goal_id for a in activities for goal_id in a.goal_ids}
    by_id = {a.id: a for a in activities}  # each activity's predecessor, found at once (5,000 activities: not a scan)
    for goal in plan.priority_goals:
        if goal.id not in served:
            found.append(
                Finding(
                    ERROR,
                    "goal_without_activity",
                    f"Cel priorytetowy nie ma żadnego działania: {goal.label}",
                    goal_id=goal.id,
                )
            )
    period_start, period_end, has_goals = hdr.period_start, hdr.period_end, bool(plan.goals)
    for a in activities:
        if a.ends_on < a.starts_on:
            found.append(Finding(ERROR, "dates_reversed",
                                 f"„{a.name}”: koniec ({format_date_short(a.ends_on)}) jest przed początkiem "
                                 f"({format_date_short(a.starts_on)}).", a.id, "ends_on"))  # fmt: skip
        if a.starts_on < period_start:
            found.append(Finding(ERROR, "starts_before_period",
                                 f"„{a.name}” zaczyna się {format_date_short(a.starts_on)}, przed początkiem okresu "
                                 f"HDR ({format_date_short(hdr.period_start)}).", a.id, "starts_on"))  # fmt: skip
        if a.ends_on > period_end:
            found.append(Finding(ERROR, "ends_after_period",
                                 f"„{a.name}” kończy się {format_date_short(a.ends_on)}, po końcu okresu HDR "
                                 f"({format_date_short(hdr.period_end)}).", a.id, "ends_on"))  # fmt: skip
        if a.responsible_id is None:
            found.append(Finding(ERROR, "no_responsible", f"„{a.name}” nie ma osoby odpowiedzialnej.",
                                 a.id, "responsible_id"))  # fmt: skip
        if has_goals and not a.goal_ids:
            found.append(Finding(WARNING, "no_goal", f"„{a.name}” nie służy żadnemu celowi rozwojowemu.",
                                 a.id, "goal_ids"))  # fmt: skip
        if a.depends_on_id is None:
            continue
        pred = by_id.get(a.depends_on_id)
        if pred is not None and a.starts_on <= pred.ends_on:
            found.append(Finding(ERROR, "dependency_broken",
                                 f"„{a.name}” zaczyna się przed końcem działania „{pred.name}”, od którego zależy.",
                                 a.id, "starts_on"))  # fmt: skip
    general = [f for f in found if f.activity_id is None]  # about the plan as a whole: read first
    return general + _ore_findings(plan) + [f for f in found if f.activity_id is not None] + _overload_findings(plan)


def _ore_findings(plan: HdrPlan) -> list[Finding]:
    hdr = plan.hdr
    found = []
    if not hdr.ore_form_code:
        found.append(Finding(ERROR, "ore_form", "Nie zaplanowano formy raportu dla ORE (jednej z trzech).",
                             field="ore_form_code"))  # fmt: skip
    if hdr.ore_form_due_on is None:
        found.append(Finding(ERROR, "ore_due", "Nie podano terminu przygotowania raportu dla ORE.",
                             field="ore_form_due_on"))  # fmt: skip
    elif not hdr.period_start <= hdr.ore_form_due_on <= hdr.period_end:
        found.append(Finding(WARNING, "ore_due_outside",
                             f"Termin raportu dla ORE ({format_date_short(hdr.ore_form_due_on)}) wypada poza "
                             "okresem HDR.", field="ore_form_due_on"))  # fmt: skip
    if hdr.ore_form_responsible_id is None:
        found.append(Finding(ERROR, "ore_responsible", "Nie wskazano osoby odpowiedzialnej za raport dla ORE.",
                             field="ore_form_responsible_id"))  # fmt: skip
    return found


def _overload_findings(plan: HdrPlan) -> list[Finding]:
    by_person: dict[int, list] = {}
    for a in plan.activities:
        if a.responsible_id is not None and a.ends_on >= a.starts_on:
            by_person.setdefault(a.responsible_id, []).append((a.id, a.starts_on, a.ends_on))
    found = []
    for person_id, ranges in by_person.items():
        count, day, ids = max_concurrent(ranges)
        if count > MAX_CONCURRENT_PER_PERSON:
            name = plan.person_name(person_id) or "Ta sama osoba"
            found.append(Finding(
                WARNING, "overload",
                f"{name} odpowiada za {plural(count, 'działanie')} prowadzone jednocześnie "
                f"(np. {format_date_short(day)}); zalecane są najwyżej {MAX_CONCURRENT_PER_PERSON}.",
                ids[0] if ids else None, "responsible_id", person_id=person_id, also=tuple(ids[1:]),
            ))  # fmt: skip
    return found


def check_hdr(db: Database, process_id: int) -> list[Finding]:
    return check_plan(load_plan(db, process_id))


def errors_of(findings: list[Finding]) -> list[Finding]:
    return [f for f in findings if f.is_error]
