"""Comparing names as a reader would: without case, Polish letters or punctuation."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_POLISH = str.maketrans({"ł": "l", "Ł": "l", "đ": "d"})
_SORT = str.maketrans({"ą": "a~", "ć": "c~", "ę": "e~", "ł": "l~", "ń": "n~", "ó": "o~", "ś": "s~", "ź": "z~",
                       "ż": "z~~"})  # fmt: skip
_NOT_ALNUM = re.compile(r"[^0-9a-z]+")


def fold_slowly(text: str) -> str:
    """What :func:`fold` gives, worked out for the whole text at once (its definition; the tests compare them)."""
    text = unicodedata.normalize("NFKD", text.translate(_POLISH).lower())
    text = "".join(c for c in text if not unicodedata.combining(c))
    return _NOT_ALNUM.sub(" ", text).strip()


class _Folded(dict):
    """Each character's folded form, worked out the first time it is met: one ``str.translate`` then folds a
    whole text in C. Decomposition and lower case are per character, and the combining marks the order of which
    decomposition may change are dropped, so folding character by character gives the same text."""

    def __missing__(self, code: int) -> str:
        char = chr(code)
        folded = "".join(c for c in unicodedata.normalize("NFKD", char.translate(_POLISH).lower())
                         if not unicodedata.combining(c))  # fmt: skip
        self[code] = folded
        return folded


_FOLDED = _Folded()


def fold(text: str) -> str:
    """'  Imię i  nazwisko DYREKTORA ' -> 'imie i nazwisko dyrektora'; "lodz" then finds "Łódź"."""
    return _NOT_ALNUM.sub(" ", text.translate(_FOLDED)).strip()


@lru_cache(maxsize=16384)  # a register is sorted by the service and again by the screen: each name keyed once
def polish_sort_key(text: str) -> str:
    """Sorts 'Łąka' after 'Lipa' and 'Żabno' after 'Źródło', as a Polish reader expects.

    Names are sorted in Python with this key, never by the store's ORDER BY: SQLite compares bytes (and its
    lower() leaves Ł, Ś, Ż… as they are), a PostgreSQL server compares by its own collation; the program must
    list the same names in the same order on both.
    """
    return text.lower().translate(_SORT)
