"""The one error type a rule violation raises; its message is Polish and meant for the user."""

from __future__ import annotations


class DomainError(Exception):
    """A broken rule. ``field`` names the input the message belongs next to, when there is one."""

    def __init__(self, message: str, field: str | None = None):
        super().__init__(message)
        self.message = message
        self.field = field

    def __str__(self) -> str:
        return self.message


class StoreError(DomainError):
    """The store could not do what was asked (locked, read-only, disk full, I/O): nothing was changed.

    ``reason`` keeps SQLite's own words for the log; the message is for the user.
    """

    def __init__(self, message: str, reason: str = ""):
        super().__init__(message)
        self.reason = reason


STALE_EDIT_MESSAGE = (
    "Te dane zmieniły się w międzyczasie (w innym oknie lub programie). Twoje zmiany nie zostały zapisane; "
    "wczytano aktualne dane — sprawdź je i wprowadź zmiany ponownie."
)


class StaleEditError(DomainError):
    """The form was read at an older version of the row than the one stored now: the save is refused.

    Saving anyway would put back the values another window or program has changed since (a lost update).
    """

    def __init__(self, message: str = STALE_EDIT_MESSAGE):
        super().__init__(message)
