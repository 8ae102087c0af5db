"""A clerk who only reads one JST of a shared PostgreSQL store: the program shows that JST, and no edit actions.

Runs only against the test server (``WSPARCIE_TEST_PG``).
"""

from __future__ import annotations

import itertools
import os

import pytest
from PySide6.QtWidgets import QLabel

from ui.main_window import MainWindow
from wsparcie_desktop.db.migrate import open_store
from wsparcie_desktop.services import access, jst

pytestmark = pytest.mark.postgresql
_names = itertools.count()


@pytest.fixture
def reader_store(pg_server, pg_demo_database):
    """(the reader's store, the demo JST's id, the other JST's id): the reader may read the demo JST only."""
    url, demo = pg_demo_database
    database = url.rsplit("/", 1)[1]
    owner = open_store(url)
    user = f"reader_{os.getpid()}_{next(_names)}"
    try:
        other = jst.create_jst(owner, "Gmina Borowo").id
        access.grant_access(owner, user, demo.jst_id, "read")
    finally:
        owner.close()
    store = open_store(pg_server.url_of(database, user=user))
    yield store, demo.jst_id, other
    store.close()
    pg_server.sql(f'DROP OWNED BY "{user}"', database=database)
    pg_server.drop(database)
    pg_server.sql(f'DROP ROLE IF EXISTS "{user}"')


def test_a_reader_sees_only_the_granted_jst_and_no_edit_actions(qtbot, reader_store):
    store, jst_id, _other = reader_store
    window = MainWindow(store)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    assert [window.jst_list.item(r).text().split("\n")[0] for r in range(window.jst_list.count())] == ["Gmina Zalesie"]
    assert not window.add_button.isVisible()
    assert not window.rename_button.isVisible() and not window.delete_button.isVisible()
    window.show_section("schools")
    schools = window.current_section()
    qtbot.waitUntil(lambda: schools.table.model().rowCount() > 0)
    assert not schools.add_button.isVisible() and not schools.delete_button.isVisible()
    assert not schools.import_button.isVisible()
    assert schools.export_button.isVisible() and schools.type_filter.isEnabled()
    assert not schools.search.isReadOnly()  # reading what is there stays
    window.grab().save("/tmp/i18_reader_schools.png")
    window.show_section("profile")
    profile = window.current_section()
    assert all(edit.isReadOnly() for edit in profile.edits.values() if hasattr(edit, "isReadOnly"))
    assert not profile.save_button.isVisible()
    window.grab().save("/tmp/i18_reader_profile.png")


@pytest.fixture
def editor_store(pg_server, pg_demo_database):
    """(the store of a clerk who edits the demo JST, the JST's id): not the store's owner."""
    url, demo = pg_demo_database
    database = url.rsplit("/", 1)[1]
    owner = open_store(url)
    user = f"editor_{os.getpid()}_{next(_names)}"
    try:
        access.grant_access(owner, user, demo.jst_id, "edit")
    finally:
        owner.close()
    store = open_store(pg_server.url_of(database, user=user))
    yield store, demo.jst_id
    store.close()
    pg_server.sql(f'DROP OWNED BY "{user}"', database=database)
    pg_server.drop(database)
    pg_server.sql(f'DROP ROLE IF EXISTS "{user}"')


def test_a_clerk_who_edits_is_shown_that_the_store_wide_settings_are_the_owners(qtbot, editor_store):
    from ui.dialogs.fund_dialogs import RatesDialog

    store, jst_id = editor_store
    window = MainWindow(store)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    window.show_section("remote_advice")
    advice = window.current_section()
    qtbot.waitUntil(lambda: advice.body.isVisible())
    assert advice.buttons["add"].isVisible()  # the clerk edits the JST's own entries …
    assert not advice.allowance.isEnabled() and not advice.allowance_button.isVisible()  # … not the allowance
    assert advice.allowance_owner.isVisible() and "owner" in advice.allowance_owner.text()
    window.grab().save("/tmp/i18_editor_advice.png")
    window.show_section("fund")
    fund_section = window.current_section()
    assert fund_section.rates_button.isVisible()  # the rates may be looked at
    rates = RatesDialog(window.ctx, window)
    qtbot.addWidget(rates)
    rates.show()
    assert rates.table.model().rowCount() > 0
    assert not rates.save_button.isEnabled() and not rates.rate.isEnabled() and rates.owner_note.isVisible()
    assert not any("lets you correct it" in label.text() for label in rates.findChildren(QLabel) if label.isVisible())
    rates.table.selectRow(0)
    assert not rates.delete_button.isEnabled()
    rates.grab().save("/tmp/i18_editor_rates.png")
