"""A system keyring held in memory, set as ``keyring``'s backend for a test (the program's code runs unchanged)."""

from __future__ import annotations

import keyring
import pytest
from keyring.backend import KeyringBackend
from keyring.backends import fail
from keyring.errors import PasswordDeleteError


class MemoryKeyring(KeyringBackend):
    priority = 5  # a recommended backend, as Windows' Credential Manager is

    def __init__(self):
        super().__init__()
        self.entries: dict[tuple[str, str], str] = {}

    def get_password(self, service, username):
        return self.entries.get((service, username))

    def set_password(self, service, username, password):
        self.entries[(service, username)] = password

    def delete_password(self, service, username):
        if self.entries.pop((service, username), None) is None:
            raise PasswordDeleteError("no such password")


class BrokenKeyring(MemoryKeyring):
    """A keyring that is there but fails every call (locked, or its service gone)."""

    def get_password(self, service, username):
        raise keyring.errors.KeyringLocked("locked")

    set_password = delete_password = get_password


# keyring keeps every backend class it sees and would choose these for the whole test process on its own
KeyringBackend._classes.discard(MemoryKeyring)
KeyringBackend._classes.discard(BrokenKeyring)


def _using(backend):
    previous = keyring.get_keyring()
    keyring.set_keyring(backend)
    try:
        yield backend
    finally:
        keyring.set_keyring(previous)


@pytest.fixture
def memory_keyring():
    """The system keyring is an empty one in memory for this test."""
    yield from _using(MemoryKeyring())


@pytest.fixture
def no_keyring():
    """This computer has no system keyring (a Linux server without a desktop session, CI)."""
    yield from _using(fail.Keyring())


@pytest.fixture
def broken_keyring():
    yield from _using(BrokenKeyring())
