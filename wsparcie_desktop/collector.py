"""Pausing Python's garbage collector while a large piece of work makes objects that all stay alive."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def collections_paused() -> Iterator[None]:
    """No garbage collection while a large plan is read, shown or printed: every few hundred objects made would
    start one, and the older generations' passes walk every object the program holds, finding nothing to free
    (the rows, lines and pages of a long document live until it is written). The objects made meanwhile are
    collected as usual afterwards. Pauses may nest; the outermost one restores the collector."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()
