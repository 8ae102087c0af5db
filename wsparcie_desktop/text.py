"""Comparing names as a reader would: without case, Polish letters or punctuation."""

from __future__ import annotations

import re
import unicodedata

_POLISH = str.maketrans({"ł": "l", "Ł": "l", "đ": "d"})
_SORT = str.maketrans({"ą": "a~", "ć": "c~", "ę": "e~", "ł": "l~", "ń": "n~", "ó": "o~", "ś": "s~", "ź": "z~",
                       "ż": "z~~"})  # fmt: skip
_NOT_ALNUM = re.compile(r"[^0-9a-z]+")


def fold(text: str) -> str:
    """'  Imię i  nazwisko DYREKTORA ' -> 'imie i nazwisko dyrektora'; "lodz" then finds "Łódź"."""
    text = unicodedata.normalize("NFKD", text.translate(_POLISH).lower())
    text = "".join(c for c in text if not unicodedata.combining(c))
    return _NOT_ALNUM.sub(" ", text).strip()


def polish_sort_key(text: str) -> str:
    """Sorts 'Łąka' after 'Lipa' and 'Żabno' after 'Źródło', as a Polish reader expects.

    Names are sorted in Python with this key, never by the store's ORDER BY: SQLite compares bytes (and its
    lower() leaves Ł, Ś, Ż… as they are), a PostgreSQL server compares by its own collation; the program must
    list the same names in the same order on both.
    """
    return text.lower().translate(_SORT)
