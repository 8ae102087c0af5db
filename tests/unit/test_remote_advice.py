"""Remote advice: the 1–1440 minutes rule, the allowance as a setting, and its use per advisor, month and stage."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.diagnosis_support import make_process
from tests.hdr_support import add_person
from wsparcie_desktop.changes import Kind
from wsparcie_desktop.errors import DomainError
from wsparcie_desktop.services import processes, remote_advice
from wsparcie_desktop.services.remote_advice import AdviceData

D = dt.date


@pytest.fixture
def setup(db, jst_id):
    pid = make_process(db, jst_id)  # started 1 March 2026
    advisor = add_person(db, jst_id, "Ewa Szczepańska", role="doradca_rozwoj")
    other = add_person(db, jst_id, "Grzegorz Łukasiewicz", role="doradca_samorzad")
    process = processes.get_process(db, pid)
    process.advisor_ids = [advisor, other]
    processes.save_process(db, jst_id, process)
    return db, jst_id, pid, advisor, other


def entry(advisor, day, minutes=60, **kw) -> AdviceData:
    return AdviceData(advisor, day, minutes, kw.pop("channel", "telefon"), kw.pop("topic", "Dane"), **kw)


def test_minutes_between_1_and_1440_and_the_other_rules(setup):
    db, jst_id, pid, advisor, _ = setup
    for minutes in (0, -5, 1441, None):
        with pytest.raises(DomainError) as e:
            remote_advice.save_advice(db, pid, entry(advisor, D(2026, 3, 5), minutes))
        assert e.value.field == "minutes"
    for minutes in (1, 1440):
        assert remote_advice.save_advice(db, pid, entry(advisor, D(2026, 3, 5), minutes)).kind is Kind.REMOTE_ADVICE
    clerk = add_person(db, jst_id, "Anna Nowak")
    cases = [(entry(clerk, D(2026, 3, 5)), "advisor"), (entry(None, D(2026, 3, 5)), "advisor"),
             (entry(advisor, None), "held_on"), (entry(advisor, D(2026, 2, 28)), "held_on"),
             (entry(advisor, D(2026, 3, 5), channel="gołąb"), "channel"), (entry(advisor, D(2026, 3, 5), topic=" "), "topic")]  # fmt: skip
    for data, field in cases:
        with pytest.raises(DomainError) as e:
            remote_advice.save_advice(db, pid, data)
        assert e.value.field == field, data
    assert len(remote_advice.list_advice(db, pid)) == 2


def test_the_allowance_around_month_boundaries(setup):
    db, _, pid, advisor, other = setup
    remote_advice.save_advice(db, pid, entry(advisor, D(2026, 3, 31), 40))
    remote_advice.save_advice(db, pid, entry(advisor, D(2026, 4, 1), 30))
    remote_advice.save_advice(db, pid, entry(advisor, D(2026, 4, 30), 30))  # April: exactly 60, not over
    remote_advice.save_advice(db, pid, entry(advisor, D(2026, 5, 1), 61))  # May: one minute over
    log = remote_advice.advice_log(db, pid, today=D(2026, 6, 15))
    mine = {(m.year, m.month): m for m in log.months if m.advisor_id == advisor}
    assert [(k, mine[k].used) for k in sorted(mine)] == [((2026, 3), 40), ((2026, 4), 60), ((2026, 5), 61),
                                                         ((2026, 6), 0)]  # fmt: skip
    assert not mine[(2026, 4)].over and mine[(2026, 5)].over and not mine[(2026, 3)].empty
    assert not mine[(2026, 6)].empty, "the current month is not flagged as empty before it ends"
    theirs = [m for m in log.months if m.advisor_id == other]
    assert all(m.empty for m in theirs[:3]) and len(theirs) == 4
    assert remote_advice.advice_log(db, pid, today=D(2026, 7, 1)).months[3].empty


def test_the_allowance_is_a_setting(setup):
    db, _, pid, advisor, _ = setup
    assert remote_advice.allowance(db) == 60
    remote_advice.save_advice(db, pid, entry(advisor, D(2026, 3, 2), 75))
    assert remote_advice.advice_log(db, pid, today=D(2026, 3, 20)).months[0].over
    assert remote_advice.set_allowance(db, 90).kind is Kind.SETTING
    log = remote_advice.advice_log(db, pid, today=D(2026, 3, 20))
    assert log.allowance == 90 and not log.months[0].over
    with pytest.raises(DomainError) as e:
        remote_advice.set_allowance(db, 0)
    assert e.value.field == "allowance" and remote_advice.allowance(db) == 90


def test_use_per_stage(db, jst_id):
    from sqlalchemy import update

    from wsparcie_desktop.db.models import AdvisoryProcess

    pid = make_process(db, jst_id)
    advisor = add_person(db, jst_id, "Ewa Szczepańska", role="doradca_rozwoj")
    with db.transaction() as s:  # the area chosen on 15 April: stage 2 from then on
        s.execute(update(AdvisoryProcess).where(AdvisoryProcess.id == pid).values(chosen_on=D(2026, 4, 15)))
    remote_advice.save_advice(db, pid, entry(advisor, D(2026, 3, 10), 50))
    remote_advice.save_advice(db, pid, entry(advisor, D(2026, 4, 14), 20))
    remote_advice.save_advice(db, pid, entry(advisor, D(2026, 4, 15), 30))
    log = remote_advice.advice_log(db, pid, today=D(2026, 5, 31))
    stages = {s.stage: s for s in log.stages}
    assert (stages[1].used, stages[1].months, stages[1].allowance) == (70, 1, 60) and stages[1].over
    assert (stages[2].used, stages[2].months, stages[2].allowance) == (30, 2, 120)
    assert 3 not in stages


def test_the_demo_is_over_the_allowance_in_one_month(demo_db):
    db, demo = demo_db
    log = remote_advice.advice_log(db, demo.process_id, today=D(2026, 12, 1))
    over = [(m.advisor_name, m.label) for m in log.months if m.over]
    assert over == [("Grzegorz Łukasiewicz", "marzec 2026")]
    assert [(m.advisor_name, m.label) for m in log.months if m.empty] == [("Ewa Szczepańska", "sierpień 2026")]
    assert len(log.entries) == 20
