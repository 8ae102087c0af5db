"""Drawn once per document, written again after: the PDF operators of what every page draws alike.

A long document draws the same things on hundreds of pages: a table's header row, the page header with the coat
of arms, the Gantt chart's month columns and legend. Each is drawn once per document and key (its size, its
period), and each later time the operators of that first drawing are written again, with the pictures (form
XObjects) they name: ReportLab's drawImage hashes the whole picture at every call to find it already embedded.
The operators are kept for the one document they were written in (a font's character codes belong to it).
"""

from __future__ import annotations

from collections.abc import Callable


def replayed(canvas, kept: dict, key: object, draw: Callable[[], object]) -> None:
    """What ``draw`` draws on ``canvas``, drawn the first time for this document and ``key`` (kept in ``kept``),
    its operators written again every later time. Whatever the drawing sets is undone after it (saveState /
    restoreState), as it is after a replay, so both leave the canvas alike."""
    drawn = kept.get(key)
    if drawn is not None and drawn[0] is canvas._doc:
        canvas._code.extend(drawn[1])
        if drawn[2]:
            canvas._formsinuse.extend(drawn[2])
            canvas._currentPageHasImages = 1
        return
    code, forms = len(canvas._code), len(canvas._formsinuse)
    canvas.saveState()
    draw()
    canvas.restoreState()
    kept[key] = (canvas._doc, canvas._code[code:], canvas._formsinuse[forms:])
