"""Comparing names as a reader would: without case, Polish letters or punctuation."""

from __future__ import annotations

import re
import unicodedata

_POLISH = str.maketrans({"ł": "l", "Ł": "l", "đ": "d"})
_NOT_ALNUM = re.compile(r"[^0-9a-z]+")


def fold(text: str) -> str:
    """'  Imię i  nazwisko DYREKTORA ' -> 'imie i nazwisko dyrektora'; "lodz" then finds "Łódź"."""
    text = unicodedata.normalize("NFKD", text.translate(_POLISH).lower())
    text = "".join(c for c in text if not unicodedata.combining(c))
    return _NOT_ALNUM.sub(" ", text).strip()
