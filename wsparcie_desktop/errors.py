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
