"""Who the user is in the store: everything on a file; on a PostgreSQL server, what its owner granted.

The server enforces the grants itself (db/row_security.py); the screens read them here only to show the JSTs
the user may see (the server hides the others anyway) and to offer no edit actions to a user who only reads.
"""

from __future__ import annotations

from sqlalchemy import exc, select

from wsparcie_desktop.db import row_security
from wsparcie_desktop.db.database import Database
from wsparcie_desktop.db.models import Jst
from wsparcie_desktop.db.postgres import administers
from wsparcie_desktop.db.row_security import Access
from wsparcie_desktop.errors import DomainError

FULL = Access(True)


def current_access(db: Database) -> Access:
    """FULL on a file (and for the server's owner); otherwise the JSTs granted to the connected user."""
    if not db.on_server:
        return FULL
    with db.transaction() as s:
        return row_security.access(s.connection())


def may_edit(db: Database, jst_id: int | None = None) -> bool:
    return current_access(db).can_edit(jst_id)


# Settings of the whole store, the same for every JST in it (the model's remote-advice allowance, the law's rates
# of the teachers' development fund): on a server only its owner changes them; the clerks' saves are refused
# with this, at the field, before the server would refuse them as a write to a table they only read.
STORE_WIDE = (
    "{what} obowiązuje wszystkie samorządy w tej bazie danych, dlatego zmienia go tylko właściciel bazy "
    "(jej administrator). Poproś go o zmianę."
)


def check_store_wide(db: Database, s, what: str, field: str | None = None) -> None:
    """Refuse, in Polish, a change of a store-wide setting by anyone but the store's owner (a file: everyone)."""
    if db.on_server and not administers(s.connection()):
        raise DomainError(STORE_WIDE.format(what=what), field)


def grant_access(db: Database, user: str, jst_id: int, role: str) -> tuple[bool, str]:
    """Give a server user one JST to edit or read; returns (whether the user was created, the JST's name).

    Run by the store's owner (the policies bind everyone else); a refusal by the server is said in Polish.
    """
    if not db.on_server:
        raise DomainError("Dostęp do samorządów nadaje się tylko w bazie na serwerze PostgreSQL.")
    if role not in row_security.ROLES:
        raise DomainError("Rola musi być „edit” (edycja) albo „read” (tylko odczyt).", "role")
    name = user.strip()
    if not name:
        raise DomainError("Podaj nazwę użytkownika.", "user")
    try:
        with db.transaction() as s:
            conn = s.connection()
            if not administers(conn):
                raise DomainError("Dostęp do samorządów może nadawać tylko właściciel bazy danych.")
            jst_name = s.scalar(select(Jst.name).where(Jst.id == jst_id))
            if jst_name is None:
                raise DomainError(f"Nie ma samorządu o numerze {jst_id}.", "jst")
            created = row_security.grant(conn, name, jst_id, role)
    except exc.ProgrammingError as error:
        raise DomainError(f"Serwer nie nadał dostępu: {error.orig}".strip()) from error
    return created, jst_name
