"""Two programs on one file no longer overwrite each other: a save names the version it read.

Each test opens the same file through two ``Database`` objects, as two programs (or two laptops' copies of the
program on a shared folder) would, reads a record in both, saves it in the first and then in the second with
what the second read earlier: the second save is refused and the first one's change stays.
"""

from __future__ import annotations

import datetime as dt
import re
import sqlite3
from decimal import Decimal

import pytest
from sqlalchemy import select, text

from tests.diagnosis_support import make_process
from tests.hdr_support import PERIOD, stage2
from wsparcie_desktop.db import models as m
from wsparcie_desktop.db.database import Database
from wsparcie_desktop.db.migrate import open_store, upgrade
from wsparcie_desktop.errors import DomainError, StaleEditError
from wsparcie_desktop.services import data_tasks, hdr, jst, people, processes, schools
from wsparcie_desktop.services.data_tasks import DataTaskData
from wsparcie_desktop.services.hdr import ActivityData, HdrData, PartnerData
from wsparcie_desktop.services.people import PersonData
from wsparcie_desktop.services.schools import SchoolData

UUID4 = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$")
REFERENCE = {"jst_kind", "team_role", "support_provider", "ore_report_form", "area", "area_statement",
             "area_list_item", "setting", "exchange_tombstone", "exchange_peer", "exchange_base",
             "exchange_history"}  # fmt: skip
LINKS = {"process_advisor", "gap_cause", "activity_goal", "activity_indicator", "network_attendance", "meeting_leader",
         "meeting_attendance"}  # fmt: skip


@pytest.fixture
def other(db_path, db):
    """The second program: its own engine and connections on the same file."""
    second = Database(db_path)
    yield second
    second.close()


def uid_of(db: Database, model, row_id) -> str:
    with db.transaction() as s:
        return s.get(model, row_id).uid


# ---------------------------------------------------------------- the schema


def test_every_user_table_has_a_uid_and_every_edited_one_a_version_the_reference_tables_neither():
    for table in m.Base.metadata.sorted_tables:
        columns = set(table.c.keys())
        if table.name in REFERENCE:
            assert not {"uid", "version"} & columns, table.name
            continue
        assert "uid" in columns, table.name
        assert not table.c.uid.nullable and table.c.uid.type.length == 36
        assert any(ix.unique and list(ix.columns) == [table.c.uid] for ix in table.indexes), table.name
        assert ("version" in columns) == (table.name not in LINKS), table.name


def test_the_models_and_a_migrated_store_agree_like_alembic_check(db):
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    with db.engine.connect() as conn:
        context = MigrationContext.configure(conn, opts={"compare_type": True, "compare_server_default": True})
        assert compare_metadata(context, m.Base.metadata) == []


# ---------------------------------------------------------------- the JST profile


def test_a_profile_saved_on_an_older_reading_is_refused_and_the_new_city_stays(db, other, jst_id):
    read_by_second = jst.get_profile(other, jst_id)
    first = jst.get_profile(db, jst_id)
    first.city = "Nowe Zalesie"
    jst.save_profile(db, first)

    read_by_second.phone = "22 123 45 67"
    with pytest.raises(StaleEditError) as refused:
        jst.save_profile(other, read_by_second)

    assert isinstance(refused.value, DomainError)
    assert refused.value.message.startswith("Te dane zmieniły się w międzyczasie (w innym oknie lub programie).")
    stored = jst.get_profile(other, jst_id)
    assert (stored.city, stored.phone) == ("Nowe Zalesie", "")
    stored.phone = "22 123 45 67"  # read again, the same change goes through
    jst.save_profile(other, stored)
    assert (jst.get_profile(db, jst_id).city, jst.get_profile(db, jst_id).phone) == ("Nowe Zalesie", "22 123 45 67")


def test_each_save_of_the_profile_raises_its_version_by_one_and_keeps_its_uid(db, jst_id):
    uid = uid_of(db, m.Jst, jst_id)
    assert UUID4.match(uid)
    profile = jst.get_profile(db, jst_id)
    assert profile.version == 1
    for version, city in ((2, "Nowe Zalesie"), (3, "Stare Zalesie")):
        profile.city = city
        jst.save_profile(db, profile)
        profile = jst.get_profile(db, jst_id)
        assert profile.version == version
    jst.rename_jst(db, jst_id, "Gmina Nowe Zalesie")
    assert jst.get_profile(db, jst_id).version == 4
    assert uid_of(db, m.Jst, jst_id) == uid


def test_a_save_without_a_version_is_not_checked(db, jst_id):
    """Callers with no form (the demo, the command line) name no version; they save as before."""
    profile = jst.get_profile(db, jst_id)
    profile.city = "Nowe Zalesie"
    jst.save_profile(db, profile)
    profile.version, profile.phone = None, "22 123 45 67"
    jst.save_profile(db, profile)
    assert jst.get_profile(db, jst_id).phone == "22 123 45 67"


# ---------------------------------------------------------------- people, schools, data tasks


def test_a_person_saved_on_an_older_reading_is_refused(db, other, jst_id):
    person_id = people.save_person(db, jst_id, PersonData(full_name="Anna Nowak", role_code="naczelnik_oswiaty")).id
    read_by_second = people.get_person(other, person_id)
    first = people.get_person(db, person_id)
    first.position = "Naczelnik Wydziału Oświaty"
    people.save_person(db, jst_id, first)
    assert people.get_person(db, person_id).version == 2

    read_by_second.phone = "600 100 200"
    with pytest.raises(StaleEditError):
        people.save_person(other, jst_id, read_by_second)
    stored = people.get_person(db, person_id)
    assert (stored.position, stored.phone, stored.version) == ("Naczelnik Wydziału Oświaty", "", 2)


def test_a_school_saved_on_an_older_reading_is_refused(db, other, jst_id):
    school_id = schools.save_school(db, jst_id, SchoolData(name="Szkoła Podstawowa w Zalesiu", pupils=240)).id
    read_by_second = schools.get_school(other, school_id)
    first = schools.get_school(db, school_id)
    first.director = "Maria Król"
    schools.save_school(db, jst_id, first)

    read_by_second.pupils = 251
    with pytest.raises(StaleEditError):
        schools.save_school(other, jst_id, read_by_second)
    stored = schools.get_school(db, school_id)
    assert (stored.director, stored.pupils, stored.version) == ("Maria Król", 240, 2)


def test_a_data_task_saved_on_an_older_reading_is_refused(db, other, jst_id):
    process_id = make_process(db, jst_id)
    task_id = data_tasks.save_task(db, process_id, DataTaskData(what="Wyniki egzaminu ósmoklasisty", source="cke")).id
    read_by_second = data_tasks.get_task(other, task_id)
    first = data_tasks.get_task(db, task_id)
    first.status = "done"
    data_tasks.save_task(db, process_id, first)

    read_by_second.findings = "Matematyka poniżej średniej powiatu"
    with pytest.raises(StaleEditError):
        data_tasks.save_task(other, process_id, read_by_second)
    stored = data_tasks.get_task(db, task_id)
    assert (stored.status, stored.findings, stored.version) == ("done", "", 2)


# ---------------------------------------------------------------- HDR activities


@pytest.fixture
def activity(db, jst_id):
    plan = stage2(db, jst_id)
    hdr_id = hdr.save_hdr(db, plan.process_id, HdrData(period_start=PERIOD[0], period_end=PERIOD[1])).id
    activity_id = hdr.save_activity(db, hdr_id, ActivityData(
        name="Szkolenie dyrektorów", starts_on=dt.date(2026, 10, 1), ends_on=dt.date(2026, 10, 31),
        goal_ids=[plan.goal_ids[0]],
    )).id  # fmt: skip
    return hdr_id, activity_id, plan


def test_an_activity_saved_on_an_older_reading_is_refused(db, other, activity):
    hdr_id, activity_id, _plan = activity
    read_by_second = hdr.get_activity(other, activity_id)
    first = hdr.get_activity(db, activity_id)
    first.cost, first.financing = Decimal("1250.00"), "budzet_jst"
    hdr.save_activity(db, hdr_id, first)

    read_by_second.name = "Szkolenie dyrektorów i wicedyrektorów"
    with pytest.raises(StaleEditError):
        hdr.save_activity(other, hdr_id, read_by_second)
    stored = hdr.get_activity(db, activity_id)
    assert (stored.name, stored.cost, stored.financing, stored.version) == (
        "Szkolenie dyrektorów", Decimal("1250.00"), "budzet_jst", 2,
    )  # fmt: skip


def test_an_hdr_period_saved_on_an_older_reading_is_refused(db, other, activity):
    _hdr_id, _activity_id, plan = activity
    read_by_second = hdr.get_hdr(other, plan.process_id)
    first = hdr.get_hdr(db, plan.process_id)
    first.period_end = dt.date(2027, 6, 30)
    hdr.save_hdr(db, plan.process_id, first)

    read_by_second.ore_form_code = "minireportaz"
    with pytest.raises(StaleEditError):
        hdr.save_hdr(other, plan.process_id, read_by_second)
    stored = hdr.get_hdr(db, plan.process_id)
    assert (stored.period_end, stored.ore_form_code, stored.version) == (dt.date(2027, 6, 30), None, 2)


def test_new_goals_or_partners_alone_raise_the_activitys_version(db, other, activity):
    """The links are rows of their own; changing only them is still a change the other program must not undo."""
    hdr_id, activity_id, plan = activity
    read_by_second = hdr.get_activity(other, activity_id)
    first = hdr.get_activity(db, activity_id)
    first.goal_ids = [plan.goal_ids[0], plan.goal_ids[1]]
    first.partners = [PartnerData("odn", None, "ODN w Siedlcach")]
    hdr.save_activity(db, hdr_id, first)
    assert hdr.get_activity(db, activity_id).version == 2

    read_by_second.description = "Dwa dni warsztatów"
    with pytest.raises(StaleEditError):
        hdr.save_activity(other, hdr_id, read_by_second)
    stored = hdr.get_activity(db, activity_id)
    assert stored.goal_ids == sorted(plan.goal_ids[:2]) and stored.description == ""
    unchanged = hdr.get_activity(db, activity_id)
    hdr.save_activity(db, hdr_id, unchanged)  # nothing changed: no new version, the links keep their uids
    assert hdr.get_activity(db, activity_id).version == 2


def test_new_advisors_alone_raise_the_processs_version(db, jst_id):
    advisor = people.save_person(db, jst_id, PersonData(full_name="Ewa Lis", role_code="doradca_rozwoj")).id
    process_id = make_process(db, jst_id)
    with db.transaction() as s:
        before = s.get(m.AdvisoryProcess, process_id).version
    data = processes.get_process(db, process_id)
    data.advisor_ids = [advisor]
    processes.save_process(db, jst_id, data)
    with db.transaction() as s:
        assert s.get(m.AdvisoryProcess, process_id).version == before + 1


# ---------------------------------------------------------------- a row changed between reading and writing it


def test_a_row_changed_between_load_and_flush_is_refused_with_the_same_polish_message(db, jst_id):
    """version_id_col writes UPDATE … WHERE version = <read>; no row matched becomes StaleEditError."""
    with pytest.raises(StaleEditError):
        with db.transaction() as s:
            row = s.get(m.Jst, jst_id)
            s.execute(text("UPDATE jst SET version = version + 1 WHERE id = :id"), {"id": jst_id})  # "another"
            row.city = "Nowe Zalesie"
            s.flush()
    profile = jst.get_profile(db, jst_id)
    assert (profile.city, profile.version) == ("Zalesie", 1), "the whole transaction was rolled back"


# ---------------------------------------------------------------- uids


def test_uids_are_distinct_in_every_table_of_the_demo(demo_db):
    db, _demo = demo_db
    with db.engine.connect() as conn:
        seen: set[str] = set()
        for table in m.Base.metadata.sorted_tables:
            if "uid" not in table.c:
                continue
            uids = list(conn.execute(select(table.c.uid)).scalars())
            assert all(UUID4.match(u) for u in uids), table.name
            assert not seen & set(uids) and len(set(uids)) == len(uids), table.name
            seen |= set(uids)
        assert len(seen) > 300


def test_a_file_from_before_the_versions_gets_distinct_uids_and_version_1_kept_by_later_saves(tmp_path):
    path = tmp_path / "old.sqlite"
    old = Database(path)
    upgrade(old, "0003")
    old.close()
    conn = sqlite3.connect(path)
    conn.execute("INSERT INTO jst_kind (code, name, teryt_digit, teryt_length, position) "
                 "VALUES ('gmina_wiejska', 'gmina wiejska', '2', 7, 0)")  # fmt: skip
    conn.execute("INSERT INTO team_role (code, name, team, position) VALUES ('skarbnik', 'skarbnik', 'education', 0)")
    for number in range(1, 4):
        conn.execute("INSERT INTO jst (id, name, kind_code, street, postal_code, city, phone, email, website) "
                     f"VALUES ({number}, 'Gmina {number}', 'gmina_wiejska', '', '', 'Zalesie', '', '', '')")  # fmt: skip
        conn.execute("INSERT INTO person (jst_id, full_name, position, institution, email, phone, role_code) "
                     f"VALUES ({number}, 'Osoba {number}', '', '', '', '', 'skarbnik')")  # fmt: skip
    conn.commit()
    conn.close()

    store = open_store(path)
    try:
        with store.engine.connect() as conn:
            rows = conn.execute(text("SELECT id, uid, version FROM jst UNION ALL SELECT id, uid, version FROM person"))
            rows = rows.all()
        assert len({uid for _id, uid, _v in rows}) == 6 and all(UUID4.match(uid) for _id, uid, _v in rows)
        assert {version for _id, _uid, version in rows} == {1}
        uid = uid_of(store, m.Jst, 2)
        profile = jst.get_profile(store, 2)
        profile.city = "Nowe Zalesie"
        jst.save_profile(store, profile)
        assert uid_of(store, m.Jst, 2) == uid and jst.get_profile(store, 2).version == 2
    finally:
        store.close()


def test_the_downgrade_takes_the_columns_away_and_keeps_every_row(tmp_path):
    from alembic import command

    from wsparcie_desktop.db.migrate import alembic_config, migration_engine

    path = tmp_path / "store.sqlite"
    store = open_store(path)
    jst.create_jst(store, "Gmina Zalesie", city="Zalesie")
    store.close()
    engine = migration_engine(Database(path).url)
    try:
        with engine.begin() as conn:
            config = alembic_config(str(engine.url))
            config.attributes["connection"] = conn
            command.downgrade(config, "0003")
    finally:
        engine.dispose()
    conn = sqlite3.connect(path)
    try:
        columns = [c[1] for c in conn.execute("PRAGMA table_info(jst)")]
        assert "uid" not in columns and "version" not in columns
        assert conn.execute("SELECT name, city FROM jst").fetchall() == [("Gmina Zalesie", "Zalesie")]
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone() == ("0003",)
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
    finally:
        conn.close()
