"""The server password in the operating system's keyring (Windows Credential Manager, macOS Keychain, the
Secret Service of a Linux desktop), through the ``keyring`` package.

The program never writes a password in a file of its own. When the user asks for it at the password prompt,
the password is kept in the system's keyring under the server's address (user, host, port and database,
never the password itself) and read from there at the next start, before anyone is asked. Only a keyring that
``keyring`` recommends counts (priority of at least 1: a real, encrypted store of the system); on a machine
without one (a Linux server with no desktop session, CI) nothing is kept or read, quietly, and the prompt goes
on working as before. A keyring that fails (locked, refused, unreachable) is treated the same way.
"""

from __future__ import annotations

import logging

SERVICE = "Wsparcie JST"  # the name the entries carry in the system's keyring

log = logging.getLogger(__name__)


def entry_name(url: str) -> str:
    """The keyring's user name of a server: its address without a password (``postgresql+psycopg://u@h:p/db``)."""
    from sqlalchemy.engine import URL

    from wsparcie_desktop.db.postgres import make_url

    parts = make_url(url)
    bare = URL.create(parts.drivername, parts.username, None, parts.host, parts.port, parts.database, parts.query)
    return bare.render_as_string(hide_password=False)


def _backend():
    """The system's keyring, or None when there is no recommended one (or ``keyring`` cannot be loaded)."""
    try:
        import keyring
        from keyring.core import recommended

        backend = keyring.get_keyring()
        return backend if recommended(backend) else None
    except Exception as exc:  # a broken keyring set-up must not stop the program from asking for the password
        log.info("no system keyring: %s", exc)
        return None


def available() -> bool:
    """Whether the password can be kept in the system's keyring on this computer."""
    return _backend() is not None


def stored_password(url: str) -> str | None:
    """The password kept for this server, or None (none kept, no keyring, or the keyring failed)."""
    backend = _backend()
    if backend is None:
        return None
    try:
        return backend.get_password(SERVICE, entry_name(url))
    except Exception as exc:
        log.info("the system keyring did not give the password: %s", exc)
        return None


def remember_password(url: str, password: str) -> bool:
    """Keep the password in the system's keyring; False when there is none or it refused."""
    backend = _backend()
    if backend is None:
        return False
    try:
        backend.set_password(SERVICE, entry_name(url), password)
    except Exception as exc:
        log.info("the system keyring did not keep the password: %s", exc)
        return False
    return True


def forget_password(url: str) -> None:
    """Remove the kept password (the server refused it); nothing happens when none is kept."""
    backend = _backend()
    if backend is None:
        return
    try:
        backend.delete_password(SERVICE, entry_name(url))
    except Exception as exc:  # keyring.errors.PasswordDeleteError when there was none
        log.info("the system keyring did not remove the password: %s", exc)


def open_with_password(path_or_url, ask, attempts: int = 3):
    """Open the store; a server that wants a password gets the one kept in the keyring, then what ``ask`` gives.

    ``ask(error, url)`` shows why a password is wanted (``error``, a ``PasswordNeeded`` in Polish) and returns
    ``(password, remember)``, or None when the user gave up (then the error is raised). A password is kept in
    the keyring only when the user asked for it and the server took it; a kept password the server refuses
    is removed from the keyring, and the user is asked.
    """
    from wsparcie_desktop.db.migrate import open_store
    from wsparcie_desktop.db.postgres import PasswordNeeded, make_url, with_password

    url = str(path_or_url)
    try:
        return open_store(url)
    except PasswordNeeded as first:
        error = first
    if make_url(url).password:  # the user gave one in the address: nothing to look up
        raise error
    kept = stored_password(url)
    if kept is not None:
        try:
            return open_store(with_password(url, kept))
        except PasswordNeeded as refused:
            forget_password(url)
            error = refused
    for _attempt in range(attempts):
        answer = ask(error, url)
        if answer is None:
            raise error
        password, remember = answer
        try:
            db = open_store(with_password(url, password))
        except PasswordNeeded as refused:
            error = refused
            continue
        if remember:
            remember_password(url, password)
        return db
    raise error
