"""The server's password in the system keyring (db/credentials.py), through ``keyring`` with a backend in memory."""

from __future__ import annotations

from wsparcie_desktop.db import credentials

URL = "postgresql+psycopg://urzednik@serwer.cuw.local:5432/wsparcie"


def test_a_password_is_kept_under_the_address_without_any_password(memory_keyring):
    assert credentials.available()
    assert credentials.remember_password(URL.replace("urzednik@", "urzednik:stare@"), "Źdźbło 7")
    assert memory_keyring.entries == {("Wsparcie JST", URL): "Źdźbło 7"}
    assert credentials.stored_password(URL) == "Źdźbło 7"
    credentials.forget_password(URL)
    credentials.forget_password(URL)  # none kept: nothing happens
    assert credentials.stored_password(URL) is None


def test_without_a_keyring_nothing_is_kept_nor_read(no_keyring):
    assert not credentials.available()
    assert not credentials.remember_password(URL, "Źdźbło 7")
    assert credentials.stored_password(URL) is None
    credentials.forget_password(URL)


def test_a_failing_keyring_is_passed_over(broken_keyring):
    assert not credentials.remember_password(URL, "Źdźbło 7")
    assert credentials.stored_password(URL) is None
    credentials.forget_password(URL)
