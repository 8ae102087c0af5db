"""The server's password: asked for at start, kept in the system keyring when the user ticks the box, read from
there at the next start; without a keyring the prompt asks as before and nothing is kept.

Runs against the test server (``WSPARCIE_TEST_PG``), whose cluster (tools/pg_cluster.py) asks the members of
``wsparcie_password_login`` for a password; the keyring is one in memory, set as ``keyring``'s backend.
"""

from __future__ import annotations

import itertools
import os

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from sqlalchemy import text

from ui.app import open_asking
from ui.dialogs.server_password import PasswordDialog
from wsparcie_desktop.db import credentials
from wsparcie_desktop.db.migrate import open_store
from wsparcie_desktop.db.postgres import PasswordNeeded, make_url
from wsparcie_desktop.errors import DomainError
from wsparcie_desktop.services import access, jst

pytestmark = pytest.mark.postgresql
PASSWORD = "Źdźbło trawy 7"
GROUP = "wsparcie_password_login"  # tools/pg_cluster.py PASSWORD_GROUP
_names = itertools.count()


@pytest.fixture
def clerk_url(pg_server, pg_database):
    """The address (without the password) of a clerk who reads one JST and must give ``PASSWORD``."""
    database = pg_database.rsplit("/", 1)[1]
    user = f"pw_{os.getpid()}_{next(_names)}"
    pg_server.sql(
        f"DO $$ BEGIN CREATE ROLE {GROUP} NOLOGIN; EXCEPTION WHEN duplicate_object OR unique_violation THEN "
        "NULL; END $$"
    )
    pg_server.sql(f"CREATE ROLE \"{user}\" LOGIN PASSWORD '{PASSWORD}' IN ROLE {GROUP}")
    owner = open_store(pg_database)
    try:
        access.grant_access(owner, user, jst.create_jst(owner, "Gmina Zalesie").id, "read")
    finally:
        owner.close()
    url = pg_server.url_of(database, user=user)
    try:
        open_store(url).close()
        message = "the test server lets the clerk in without a password (its pg_hba.conf is not tools/pg_cluster.py's)"
        pytest.fail(message) if os.environ.get("CI") else pytest.skip(message)
    except PasswordNeeded:
        pass
    yield url
    pg_server.sql(f'DROP OWNED BY "{user}"', database=database)
    pg_server.drop(database)
    pg_server.sql(f'DROP ROLE IF EXISTS "{user}"')


class Prompts:
    """Answers the password prompts as they come, in order; a prompt with no answer left is cancelled."""

    def __init__(self, *answers: tuple[str, bool]):
        self.answers = list(answers)
        self.seen: list[tuple[str, bool]] = []  # (the prompt's text, whether it offered the keyring box)
        self.timer = QTimer()
        self.timer.setInterval(20)
        self.timer.timeout.connect(self._answer)
        self.timer.start()

    def _answer(self) -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, PasswordDialog):
            return
        self.seen.append((dialog.why.text(), not dialog.remember.isHidden()))
        if not self.answers:
            dialog.reject()
            return
        password, remember = self.answers.pop(0)
        dialog.password.setText(password)
        dialog.remember.setChecked(remember)
        dialog.grab().save(f"/tmp/i18_password_{len(self.seen)}.png")
        dialog.accept()

    def stop(self) -> None:
        self.timer.stop()


def open_answering(url: str, *answers: tuple[str, bool]):
    prompts = Prompts(*answers)
    try:
        return open_asking(url), prompts
    finally:
        prompts.stop()


def connected_as(store) -> str:
    with store.engine.connect() as conn:
        return conn.execute(text("SELECT current_user")).scalar()


def test_a_password_remembered_at_the_prompt_is_read_from_the_keyring_at_the_next_start(qapp, clerk_url,
                                                                                        memory_keyring):  # fmt: skip
    store, prompts = open_answering(clerk_url, (PASSWORD, True))
    try:
        assert connected_as(store) == make_url(clerk_url).username
        assert [j.name for j in jst.list_jst(store)] == ["Gmina Zalesie"]
    finally:
        store.close()
    assert len(prompts.seen) == 1 and prompts.seen[0][1]  # the box was offered
    assert "wymaga hasła" in prompts.seen[0][0]
    assert memory_keyring.entries == {(credentials.SERVICE, clerk_url): PASSWORD}  # keyed by the address alone
    assert PASSWORD not in clerk_url
    store, prompts = open_answering(clerk_url)  # the next start: no one is asked
    store.close()
    assert prompts.seen == []


def test_a_kept_password_the_server_refuses_is_dropped_and_the_user_asked(qapp, clerk_url, memory_keyring):
    memory_keyring.set_password(credentials.SERVICE, clerk_url, "hasło sprzed zmiany")
    store, prompts = open_answering(clerk_url, ("pomyłka", True), (PASSWORD, False))
    store.close()
    assert len(prompts.seen) == 2
    assert "nie przyjął hasła" in prompts.seen[0][0] and "nie przyjął hasła" in prompts.seen[1][0]
    assert memory_keyring.entries == {}  # the refused one is gone; a wrong one typed is never kept; not ticked


def test_without_a_system_keyring_the_prompt_asks_for_the_password_alone(qapp, clerk_url, no_keyring):
    assert not credentials.available()
    store, prompts = open_answering(clerk_url, (PASSWORD, True))
    store.close()
    assert prompts.seen[0][1] is False  # no box to tick
    assert credentials.stored_password(clerk_url) is None and not credentials.remember_password(clerk_url, "x")
    with pytest.raises(PasswordNeeded):  # cancelled at the prompt
        open_answering(clerk_url)


def test_a_keyring_that_fails_is_passed_over_quietly(qapp, clerk_url, broken_keyring):
    assert credentials.available()  # it is there …
    store, prompts = open_answering(clerk_url, (PASSWORD, True))  # … but neither gives nor keeps anything
    store.close()
    assert len(prompts.seen) == 1
    credentials.forget_password(clerk_url)


def test_the_command_line_reads_the_password_from_the_keyring(clerk_url, memory_keyring, monkeypatch):
    from wsparcie_desktop import cli_server

    monkeypatch.setattr("sys.stdin", None)  # no terminal to type it in
    with pytest.raises(DomainError) as refused:
        cli_server.open_asking(clerk_url)
    assert "wymaga hasła" in str(refused.value) and "PGPASSFILE" in str(refused.value)
    memory_keyring.set_password(credentials.SERVICE, clerk_url, PASSWORD)
    store = cli_server.open_asking(clerk_url)
    try:
        assert [j.name for j in jst.list_jst(store)] == ["Gmina Zalesie"]
    finally:
        store.close()
