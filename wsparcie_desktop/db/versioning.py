"""Every user row has a stable ``uid`` and a ``version`` that each save increments.

Two programs (or two windows) may hold the same record in a form. A save names the version its form read;
when the stored row has moved on since, the save is refused instead of quietly putting the older values back
(:class:`~wsparcie_desktop.errors.StaleEditError`). SQLAlchemy's ``version_id_col`` raises the version on every
UPDATE and adds ``AND version = :read`` to its WHERE, so a row changed between load and flush is caught too.

The ``uid`` names the row across files and stores (the exchange file between laptops, a shared PostgreSQL
store), where the integer ids of two files mean different rows.
"""

from __future__ import annotations

import uuid

from sqlalchemy import Integer, String, text
from sqlalchemy.orm import Mapped, declared_attr, mapped_column
from sqlalchemy.orm.attributes import flag_modified

from wsparcie_desktop.errors import StaleEditError

UID_LENGTH = 36


def new_uid() -> str:
    """'1b4e28ba-2fa1-41d2-883f-0016d3cca427': lowercase, 36 characters, random (version 4)."""
    return str(uuid.uuid4())


class HasUid:
    """A stable name for the row; link rows that are only inserted and deleted carry this alone."""

    uid: Mapped[str] = mapped_column(String(UID_LENGTH), nullable=False, unique=True, index=True, default=new_uid)


class Versioned(HasUid):
    """A row that is edited: ``version`` starts at 1 and every UPDATE through the ORM raises it by one."""

    version: Mapped[int] = mapped_column(Integer, nullable=False, server_default=text("1"))

    @declared_attr.directive
    def __mapper_args__(cls) -> dict:  # noqa: N805 (a declarative directive receives the class)
        return {"version_id_col": cls.version}


def check_version(row: Versioned, expected: int | None) -> None:
    """Refuse a save made over an older reading of the row; None (a caller with no form) skips the check."""
    if expected is not None and row.version != expected:
        raise StaleEditError()


def touch(row: Versioned) -> None:
    """Make the next flush write the row (and so raise its version) although none of its own columns changed.

    A save that changes only what hangs on the row (an activity's goals, a gap's causes, a process's advisors)
    is still a change of the record: the other program's form must learn that it read an older state.
    """
    flag_modified(row, "uid")
