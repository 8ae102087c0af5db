"""Set a Qt property of an enum type by the name of its value (as a Qt Designer .ui file does), and shortcuts.

PySide6 builds the whole ``Qt`` namespace, 93 enum types, the first time anything touches ``Qt`` (about 25 ms of
CPU, an eighth of what the program spends before its first window shows). The modules the first window needs
therefore set the few such values they need (an alignment, a shortcut and its context) through Qt's property
system, and leave ``Qt`` to what loads after the window is on screen. ``setShortcut`` touches it too: PySide6
first tries its argument as a ``Qt.Key``.
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QKeySequence


def set_by_name(target: QObject, prop: str, value: str) -> None:
    """``target.setProperty(prop, value)`` for an enum or flags property; a misspelt name raises, not ignored."""
    if not target.setProperty(prop, value):
        raise ValueError(f"{type(target).__name__}.{prop} has no value named {value!r}")


def set_shortcut(target: QObject, keys: str | QKeySequence.StandardKey) -> None:
    """``target.setShortcut(keys)`` (an action or a button): "F2", or a standard key such as ``StandardKey.New``."""
    if not target.setProperty("shortcut", QKeySequence(keys)):
        raise ValueError(f"{type(target).__name__} takes no shortcut")


def namespace_built() -> bool:
    """Whether PySide6 has built the ``Qt`` namespace's enum types yet (the start-up probe reports it)."""
    import enum

    kinds = [enum.Enum]
    while kinds:
        kind = kinds.pop()
        if kind.__qualname__ == "Qt.Key" and kind.__module__ == "PySide6.QtCore":
            return True
        kinds.extend(kind.__subclasses__())
    return False
