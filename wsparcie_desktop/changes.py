"""What a service changed, so that the screens showing it can update themselves.

A service that changes data returns a ``Change``: the kind of thing, the JST and process it belongs to,
and the ids of the rows. The UI's one runner announces it; each screen declares the kinds it watches.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class Kind(StrEnum):
    JST_LIST = "jst_list"  # a JST added, renamed or deleted
    JST = "jst"  # the profile of one JST, its coat of arms
    PERSON = "person"  # the education team, the advisory team, stakeholders
    SCHOOL = "school"  # the register of schools (edits and RSPO imports)
    PROCESS = "process"  # an advisory process: started, changed, deleted, its advisors
    AREA_CHOICE = "area_choice"  # stage 1: respondents, answers, ratings, the chosen area
    DATA_TASK = "data_task"  # data collection tasks and their files
    DIAGNOSIS = "diagnosis"  # deep diagnosis: participants, current and target states, causes, gaps
    GOALS = "goals"  # priorities, development goals, indicators
    HDR = "hdr"  # the HDR itself: period, ORE report form, approval, baseline
    HDR_ACTIVITY = "hdr_activity"  # one or more activities of the HDR
    EDUCATION_DATA = "education_data"  # the annual report's figures per school year, supervision, narratives
    EXAM = "exam"  # exam results per school and the comparison figures
    HDR_PROGRESS = "hdr_progress"  # stage 3: an activity's status and actuals, its evidence, the monitoring notes
    MEASUREMENT = "measurement"  # stage 3: dated measurements of the indicators
    ORE_REPORT = "ore_report"  # stage 3: the report to ORE, its sections and state
    WIZARD = "wizard"  # where a wizard was left (its progress only)
    MEETING = "meeting"  # a meeting: its days, agenda, leaders, participants, attendance, minutes, agreed tasks
    CHARTER = "charter"  # the co-operation rules and the code of ethics of a process, their agreed versions
    REMOTE_ADVICE = "remote_advice"  # the remote advice log of a process
    SETTING = "setting"  # a setting kept with the data (e.g. the monthly remote advice allowance)
    SUPPORT = "support"  # process support of schools: a support, its steps, its RPW and approval, the declared number
    NETWORK = "network"  # co-operation networks, their members and meetings
    FUND = "fund"  # the teachers' development fund: years, salaries, allocations, the unions' opinion
    FUND_RATE = "fund_rate"  # the fund's rate history (kept for the whole store; jst_id is None)


@dataclass(frozen=True)
class Change:
    """``ids`` are the changed rows of ``kind``; ``deleted`` when they are gone."""

    kind: Kind
    jst_id: int | None = None
    process_id: int | None = None
    ids: tuple[int, ...] = ()
    deleted: bool = False

    @property
    def id(self) -> int | None:
        """The one row a save stored (a new row's id), or None."""
        return self.ids[0] if self.ids else None


def changes_of(result: object) -> tuple[Change, ...]:
    """The changes a service call reports: a Change, several, or a result carrying ``changes``."""
    if isinstance(result, Change):
        return (result,)
    if isinstance(result, (tuple, list)) and result and all(isinstance(c, Change) for c in result):
        return tuple(result)
    found = getattr(result, "changes", None)
    return tuple(found) if found else ()
