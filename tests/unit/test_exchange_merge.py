"""Export and import of a JST: the round trip of the whole demo, and the merge of two copies edited apart."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

from tests.exchange_support import PASSPHRASE, copy_store, jst_id_of, make_full_demo, snapshot, stored_rows
from wsparcie_desktop.db import models as m
from wsparcie_desktop.db.backup import list_backups
from wsparcie_desktop.db.migrate import open_store
from wsparcie_desktop.errors import DomainError
from wsparcie_desktop.exchange import service
from wsparcie_desktop.exchange.schema import carried_tables
from wsparcie_desktop.services import people, schools

METADATA = m.Base.metadata


@pytest.fixture(scope="module")
def demo_template(tmp_path_factory) -> Path:
    return make_full_demo(tmp_path_factory.mktemp("demo") / "demo.sqlite")


def exchange(sender, receiver, folder: Path, choices=None, name="x.wjst"):
    """Export the sender's only JST, read it at the receiver, import; returns (plan, result)."""
    path = service.export_jst(sender, jst_id_of(sender), folder / name, PASSPHRASE).path
    package = service.read_package(receiver, path, PASSPHRASE)
    plan = service.preview(receiver, package)
    if callable(choices):
        choices = choices(plan)
    return plan, service.import_package(receiver, package, choices or {})


@pytest.fixture
def pair(demo_template, tmp_path, template_db):
    """A: the demo; B: an empty store that imported A's file once (so both know the same base)."""
    a = copy_store(demo_template, tmp_path / "a" / "a.sqlite")
    b = copy_store(template_db, tmp_path / "b" / "b.sqlite")
    exchange(a, b, tmp_path, name="first.wjst")
    yield a, b, tmp_path
    a.close()
    b.close()


# ---------------------------------------------------------------- the round trip


def test_the_round_trip_of_the_demo_keeps_every_row_of_every_table_and_every_attachment_byte(
    demo_template, tmp_path, template_db
):
    a = copy_store(demo_template, tmp_path / "a.sqlite")
    b = copy_store(template_db, tmp_path / "b.sqlite")
    plan, result = exchange(a, b, tmp_path)
    assert plan.new_jst and not plan.conflicts and result.new_jst and result.skipped == ()
    sent, received = snapshot(a, jst_id_of(a)), snapshot(b, result.jst_id)
    for info in carried_tables(METADATA):
        assert sent.tables[info.name], f"the demo leaves {info.name} empty: the round trip would not test it"
        assert received.tables[info.name] == sent.tables[info.name], info.name  # every column, uid and version
    assert received.blobs == sent.blobs and len(sent.blobs) >= 2
    # and read back apart from the exchange's own reader: every column of every row as SQLite stores it
    stored_sent, stored_received = stored_rows(tmp_path / "a.sqlite"), stored_rows(tmp_path / "b.sqlite")
    assert len(stored_sent["jst"]) == len(stored_received["jst"]) == 1
    for info in carried_tables(METADATA):
        assert stored_sent[info.name], info.name
        assert stored_received[info.name] == stored_sent[info.name], info.name
    with a.transaction() as s:
        arms = s.scalar(select(m.Jst.coat_of_arms))
        files = sorted(s.scalars(select(m.Attachment.data)))
    with b.transaction() as s:
        assert s.scalar(select(m.Jst.coat_of_arms)) == arms
        assert sorted(s.scalars(select(m.Attachment.data))) == files
        assert s.scalar(select(func.count()).select_from(m.Tombstone)) == 0
    assert result.added == sum(len(rows) for rows in sent.tables.values())
    assert [c.reason for c in list_backups(tmp_path / "b.sqlite")] == ["przed-importem"]
    a.close()
    b.close()


def test_local_ids_are_given_anew_and_the_references_follow(demo_template, tmp_path, template_db):
    b = copy_store(template_db, tmp_path / "b.sqlite")
    from wsparcie_desktop.services import jst

    jst.create_jst(b, "Gmina Inna", "gmina_wiejska", teryt="0201012")  # takes id 1 here
    a = copy_store(demo_template, tmp_path / "a.sqlite")
    _, result = exchange(a, b, tmp_path)
    assert result.jst_id != jst_id_of(a)
    with b.transaction() as s:
        process = s.scalar(select(m.AdvisoryProcess).where(m.AdvisoryProcess.jst_id == result.jst_id))
        assert process is not None
        advisors = s.scalars(select(m.ProcessAdvisor).where(m.ProcessAdvisor.process_id == process.id)).all()
        assert advisors and all(s.get(m.Person, x.person_id).jst_id == result.jst_id for x in advisors)
    assert snapshot(b, result.jst_id).tables == snapshot(a, jst_id_of(a)).tables
    a.close()
    b.close()


def test_importing_the_same_file_again_changes_nothing(pair):
    a, b, folder = pair
    plan, result = exchange(a, b, folder)
    assert plan.nothing_to_do and plan.unchanged > 300 and not result.new_jst


# ---------------------------------------------------------------- two copies edited apart


def _person(db, name: str):
    with db.transaction() as s:
        return s.scalar(select(m.Person).where(m.Person.full_name == name))


def _edit(db, model, uid: str, **values) -> None:
    with db.transaction() as s:
        row = s.scalar(select(model).where(model.uid == uid))
        for column, value in values.items():
            setattr(row, column, value)


def test_two_copies_edited_apart_merge_one_sided_changes_list_the_conflicts_and_apply_each_choice(pair):
    a, b, folder = pair
    with a.transaction() as s:
        names = [p.full_name for p in s.scalars(select(m.Person).order_by(m.Person.id))]
        school_uids = list(s.scalars(select(m.School.uid).order_by(m.School.id)))
    x, y, z, gone = (_person(a, n) for n in names[:4])
    # one field each side, different rows
    _edit(a, m.Person, x.uid, phone="600 100 200")
    _edit(b, m.Person, y.uid, email="nowy@zalesie.pl")
    # the same field both sides
    _edit(a, m.School, school_uids[0], notes="Sala w remoncie (A)")
    _edit(b, m.School, school_uids[0], notes="Nowa pracownia (B)")
    _edit(a, m.School, school_uids[1], director="Anna A")
    _edit(b, m.School, school_uids[1], director="Beata B")
    # deleted on one side, edited on the other; and deleted on one side only
    people.delete_person(a, z.id)
    _edit(b, m.Person, z.uid, phone="500 000 000")
    people.delete_person(a, gone.id)

    def choose(plan):
        return {c.key: ("theirs" if c.key == school_uids[0] else "mine") for c in plan.conflicts}

    plan, result = exchange(a, b, folder, choose)
    conflicts = {(c.table, c.key): c for c in plan.conflicts}
    assert set(conflicts) == {("school", school_uids[0]), ("school", school_uids[1]), ("person", z.uid)}
    notes = conflicts[("school", school_uids[0])]
    assert [(f.column, f.mine, f.theirs) for f in notes.fields] == [
        ("notes", "Nowa pracownia (B)", "Sala w remoncie (A)")
    ]
    assert conflicts[("person", z.uid)].theirs is None and conflicts[("person", z.uid)].situation.startswith(
        "zmieniony u mnie"
    )
    assert ("person", x.uid) in {(c.table, c.key) for c in plan.changed}
    changed_x = next(c for c in plan.changed if c.key == x.uid)
    assert [(f.column, f.label, f.mine, f.theirs, f.theirs_text) for f in changed_x.fields] == [
        ("phone", "telefon", x.phone, "600 100 200", "600 100 200")
    ]
    assert [(r.table, r.key) for r in plan.removed if r.table == "person"] == [("person", gone.uid)]
    assert result.conflicts == 3
    # the merge took A's one-sided change, kept B's own, applied each choice
    assert _person(b, x.full_name).phone == "600 100 200"
    assert _person(b, y.full_name).email == "nowy@zalesie.pl"
    assert _person(b, z.full_name).phone == "500 000 000"  # kept mine: the deletion did not win
    assert _person(b, gone.full_name) is None
    with b.transaction() as s:
        first, second = (s.scalar(select(m.School).where(m.School.uid == u)) for u in school_uids[:2])
        assert (first.notes, second.director) == ("Sala w remoncie (A)", "Beata B")
    # the losing versions are kept and can be read
    history = service.conflict_history(b, jst_id_of(b))
    lost = {(h.label, h.kept): h for h in history}
    assert len(history) == 3
    taken = next(h for h in history if h.kept == "theirs")
    assert taken.lost["notes"] == "Nowa pracownia (B)" and taken.kept_version["notes"] == "Sala w remoncie (A)"
    assert any(h.kept == "mine" and h.lost is None for h in lost.values())  # the deletion that lost


def test_an_unanswered_conflict_refuses_the_import_and_changes_nothing(pair):
    a, b, folder = pair
    uid = snapshot(a, jst_id_of(a)).tables["school"]
    uid = next(iter(uid))
    _edit(a, m.School, uid, notes="A")
    _edit(b, m.School, uid, notes="B")
    before = snapshot(b, jst_id_of(b))
    path = service.export_jst(a, jst_id_of(a), folder / "c.wjst", PASSPHRASE).path
    package = service.read_package(b, path, PASSPHRASE)
    with pytest.raises(DomainError, match="Nierozstrzygnięte konflikty: 1"):
        service.import_package(b, package, {})
    assert snapshot(b, jst_id_of(b)).tables == before.tables


def test_a_deletion_travels_as_a_tombstone_and_a_row_deleted_here_stays_deleted(pair):
    a, b, folder = pair
    with a.transaction() as s:
        school = s.scalars(select(m.School).order_by(m.School.id.desc())).first()
        uid = school.uid
    with a.transaction() as s:  # deleting a school cascades: its partners in activities go with it
        partners = s.scalar(
            select(func.count()).select_from(m.ActivityPartner).where(m.ActivityPartner.school_id == school.id)
        )
    schools.delete_school(a, school.id) if not partners else None
    if partners:
        with a.transaction() as s:
            s.delete(s.get(m.School, school.id))
    with a.transaction() as s:
        stones = set(s.scalars(select(m.Tombstone.row_key).where(m.Tombstone.table_name == "school")))
        partner_stones = s.scalar(
            select(func.count()).select_from(m.Tombstone).where(m.Tombstone.table_name == "activity_partner")
        )
    assert uid in stones and partner_stones == partners
    plan, _ = exchange(a, b, folder)
    assert ("school", uid) in {(r.table, r.key) for r in plan.removed} and not plan.conflicts
    with b.transaction() as s:
        assert s.scalar(select(m.School).where(m.School.uid == uid)) is None
    # the row B deleted stays deleted when A sends it back unchanged
    person = snapshot(b, jst_id_of(b)).tables["person"]
    victim = next(iter(person))
    with b.transaction() as s:
        s.delete(s.scalar(select(m.Person).where(m.Person.uid == victim)))
    plan, _ = exchange(a, b, folder, name="again.wjst")
    assert victim not in {r.key for r in plan.added}
    with b.transaction() as s:
        assert s.scalar(select(m.Person).where(m.Person.uid == victim)) is None


def test_links_deleted_and_made_again_are_the_same_link(pair):
    """An activity's goals are saved by deleting its links and inserting them anew (new uids, same pairs)."""
    a, b, folder = pair
    with a.transaction() as s:
        link = s.scalars(select(m.ActivityGoal)).first()
        pair_ = (link.activity_id, link.goal_id)
        s.delete(link)
    with a.transaction() as s:
        s.add(m.ActivityGoal(activity_id=pair_[0], goal_id=pair_[1]))
    plan, _ = exchange(a, b, folder)
    assert plan.nothing_to_do
    assert (
        snapshot(a, jst_id_of(a)).tables["activity_goal"].keys()
        == snapshot(b, jst_id_of(b)).tables["activity_goal"].keys()
    )


def test_changes_made_on_the_receiver_go_back_to_the_sender_as_one_sided(pair):
    a, b, folder = pair
    uid = next(iter(snapshot(b, jst_id_of(b)).tables["school"]))
    _edit(b, m.School, uid, notes="Z laptopa B")
    plan, _ = exchange(b, a, folder, name="back.wjst")
    assert [(c.table, c.key) for c in plan.changed] == [("school", uid)] and not plan.conflicts
    # and A sending again does not bring B's old value back
    plan, _ = exchange(a, b, folder, name="forth.wjst")
    assert plan.nothing_to_do


# ---------------------------------------------------------------- random edits both ways


TEXT_COLUMNS = {"person": "phone", "school": "notes", "hdr_activity": "description", "data_task": "findings",
                "cause": "text", "network": "goals", "meeting": "minutes"}  # fmt: skip
DELETABLE = (m.Person, m.ActivityPartner, m.SheetAnswer, m.HdrActivity, m.MeetingParticipant, m.RpwItem)

edit = st.tuples(st.sampled_from(["edit", "edit", "delete", "add"]), st.sampled_from(sorted(TEXT_COLUMNS)),
                 st.integers(0, 10_000))  # fmt: skip


def _random_edits(db, side: str, edits) -> None:
    models = {mp.class_.__tablename__: mp.class_ for mp in m.Base.registry.mappers}
    jst_id = jst_id_of(db)
    for n, (what, table, pick) in enumerate(edits):
        with db.transaction() as s:
            if what == "edit":
                model = models[table]
                uids = sorted(snapshot_keys(db, table))
                if not uids:
                    continue
                row = s.scalar(select(model).where(model.uid == uids[pick % len(uids)]))
                setattr(row, TEXT_COLUMNS[table], f"{side}{n}-{pick}")
            elif what == "delete":
                model = DELETABLE[pick % len(DELETABLE)]
                uids = sorted(snapshot_keys(db, model.__tablename__))
                if uids:
                    s.delete(s.scalar(select(model).where(model.uid == uids[pick % len(uids)])))
            else:
                s.add(m.Person(jst_id=jst_id, full_name=f"Osoba {side}{n}", role_code="doradca_rozwoj"))


def snapshot_keys(db, table: str) -> set[str]:
    with db.transaction() as s:
        from wsparcie_desktop.exchange.rows import read_jst

        return set(read_jst(s, METADATA, jst_id_of(db), with_blobs=False).tables[table])


@settings(max_examples=8, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(edits_a=st.lists(edit, max_size=6), edits_b=st.lists(edit, max_size=6))
def test_random_edits_on_two_copies_exchanged_both_ways_taking_theirs_end_identical(
    demo_template, template_db, tmp_path_factory, edits_a, edits_b
):
    folder = tmp_path_factory.mktemp("random")
    a = copy_store(demo_template, folder / "a" / "a.sqlite")
    b = copy_store(template_db, folder / "b" / "b.sqlite")
    try:
        exchange(a, b, folder, name="0.wjst")
        _random_edits(a, "A", edits_a)
        _random_edits(b, "B", edits_b)

        def theirs(plan):
            return {c.key: "theirs" for c in plan.conflicts}

        exchange(a, b, folder, theirs, name="1.wjst")
        plan, _ = exchange(b, a, folder, theirs, name="2.wjst")
        assert not plan.conflicts
        mine, other = snapshot(a, jst_id_of(a)), snapshot(b, jst_id_of(b))
        for name in mine.tables:
            assert {k: {c: v for c, v in r.items() if c != "version"} for k, r in mine.tables[name].items()} == {
                k: {c: v for c, v in r.items() if c != "version"} for k, r in other.tables[name].items()
            }, name
        assert mine.blobs == other.blobs
    finally:
        a.close()
        b.close()


def test_the_history_and_the_senders_are_empty_in_a_new_store(db):
    assert service.known_senders(db) == [] and service.conflict_history(db, 1) == []
    assert isinstance(dt.datetime.now(), dt.datetime) and open_store is not None


# ---------------------------------------------------------------- the same row added apart on both sides


def _add_school(db, rspo: str, name: str, stats: dict[str, int]) -> str:
    with db.transaction() as s:
        school = m.School(jst_id=s.scalar(select(m.Jst.id)), name=name, rspo=rspo, director=name[-3:])
        s.add(school)
        s.flush()
        for year, pupils in stats.items():
            s.add(m.SchoolYearStats(school_id=school.id, school_year=year, pupils=pupils))
        return school.uid


def _schools_with_rspo(db, rspo: str):
    with db.transaction() as s:
        return [
            (x.uid, x.name, {y.school_year: y.pupils for y in s.scalars(
                select(m.SchoolYearStats).where(m.SchoolYearStats.school_id == x.id))})
            for x in s.scalars(select(m.School).where(m.School.rspo == rspo))
        ]  # fmt: skip


def test_the_same_school_added_on_both_sides_is_a_conflict_not_a_refusal_and_the_copies_then_agree(pair):
    a, b, folder = pair
    theirs = _add_school(a, "999001", "SP Nowa (A)", {"2025/2026": 100, "2026/2027": 110})
    here = _add_school(b, "999001", "SP Nowa (B)", {"2025/2026": 90})

    def choose(plan):  # the school: keep mine; its figures for the year both sides entered: take theirs
        return {c.key: ("mine" if c.table == "school" else "theirs") for c in plan.conflicts}

    plan, result = exchange(a, b, folder, choose)
    conflicts = {c.table: c for c in plan.conflicts}
    assert set(conflicts) == {"school", "school_year_stats"}
    school = conflicts["school"]
    assert (school.key, school.mine_key) == (theirs, here)
    assert school.situation == "dodany osobno po obu stronach (to samo: RSPO)"
    assert {(f.column, f.mine, f.theirs) for f in school.fields} >= {("name", "SP Nowa (B)", "SP Nowa (A)")}
    stats = conflicts["school_year_stats"]
    assert [(f.column, f.mine, f.theirs) for f in stats.fields] == [("pupils", 90, 100)]  # the school is the same
    assert theirs not in {r.key for r in plan.added}
    assert [r.row["school_year"] for r in plan.added if r.table == "school_year_stats"] == ["2026/2027"]
    assert result.conflicts == 2 and result.skipped == ()
    # one school here, the sender's uid, my name; both years under it, the year entered twice as the sender's
    assert _schools_with_rspo(b, "999001") == [(theirs, "SP Nowa (B)", {"2025/2026": 100, "2026/2027": 110})]
    # back to the sender: my kept name is a change on one side only, and then the two copies agree
    plan, _ = exchange(b, a, folder, name="back.wjst")
    assert not plan.conflicts and [(r.table, r.key) for r in plan.changed] == [("school", theirs)]
    assert _schools_with_rspo(a, "999001") == _schools_with_rspo(b, "999001")
    plan, _ = exchange(a, b, folder, name="again.wjst")
    assert plan.nothing_to_do

    def content(db):  # every row of every table, as the hypothesis test compares them (version is local)
        tables = snapshot(db, jst_id_of(db)).tables
        return {
            t: {k: {c: v for c, v in r.items() if c != "version"} for k, r in rows.items()}
            for t, rows in tables.items()
        }

    assert content(a) == content(b)


def test_the_same_fund_year_added_on_both_sides_taken_from_the_sender_keeps_one_year(pair):
    a, b, folder = pair
    years = []
    for db, amount in ((a, "120000.00"), (b, "95000.00")):
        with db.transaction() as s:
            jst = s.scalar(select(m.Jst.id))
            year = max(s.scalars(select(m.FundYear.year)), default=2026) + 5
            row = m.FundYear(jst_id=jst, year=year, planned_salaries=Decimal(amount), rate_percent=Decimal("1.000"))
            s.add(row)
            s.flush()
            years.append((row.uid, row.year))
    (theirs, year), (here, year_here) = years
    assert year == year_here
    plan, result = exchange(a, b, folder, lambda plan: {c.key: "theirs" for c in plan.conflicts})
    assert [(c.table, c.key, c.mine_key) for c in plan.conflicts] == [("fund_year", theirs, here)]
    assert "rok" in plan.conflicts[0].situation
    with b.transaction() as s:
        rows = s.scalars(select(m.FundYear).where(m.FundYear.year == year)).all()
        assert [(r.uid, r.planned_salaries) for r in rows] == [(theirs, Decimal("120000.00"))]
    assert result.changed >= 1
    history = service.conflict_history(b, jst_id_of(b))
    assert history[0].kept == "theirs" and history[0].lost["planned_salaries"] == "95000.00"


def test_a_process_added_on_both_sides_with_the_same_advisor_keeps_one_link(pair):
    a, b, folder = pair
    with a.transaction() as s:
        person_uid = s.scalars(select(m.Person.uid).order_by(m.Person.id)).first()
    uids = []
    for db in (a, b):
        with db.transaction() as s:
            process = m.AdvisoryProcess(jst_id=s.scalar(select(m.Jst.id)), name="Proces wspólny 2027",
                                        started_on=dt.date(2027, 1, 4))  # fmt: skip
            s.add(process)
            s.flush()
            person = s.scalar(select(m.Person).where(m.Person.uid == person_uid))
            s.add(m.ProcessAdvisor(process_id=process.id, person_id=person.id))
            uids.append(process.uid)
    plan, result = exchange(a, b, folder, lambda plan: {c.key: "mine" for c in plan.conflicts})
    assert [(c.table, c.key, c.mine_key) for c in plan.conflicts] == [("advisory_process", uids[0], uids[1])]
    assert not [r for r in plan.added if r.table in ("advisory_process", "process_advisor")]
    assert result.skipped == ()
    with b.transaction() as s:
        [process] = s.scalars(select(m.AdvisoryProcess).where(m.AdvisoryProcess.name == "Proces wspólny 2027"))
        assert process.uid == uids[0]
        links = s.scalars(select(m.ProcessAdvisor).where(m.ProcessAdvisor.process_id == process.id)).all()
        assert [s.get(m.Person, x.person_id).uid for x in links] == [person_uid]
    plan, _ = exchange(b, a, folder, name="back.wjst")
    assert not plan.conflicts and not plan.added
