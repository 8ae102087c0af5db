"""Checks of identifiers and contact details; each raises DomainError with the field it belongs to."""

from __future__ import annotations

import re

from wsparcie_desktop.db.models import VOIVODESHIPS
from wsparcie_desktop.errors import DomainError
from wsparcie_desktop.i18n import plural_form

# TERYT voivodeship codes are the even numbers 02–32, in the alphabetical order of the Polish names.
VOIVODESHIP_CODES = {f"{2 * (i + 1):02d}": name for i, name in enumerate(VOIVODESHIPS)}
GMINA_KIND_DIGITS = {"1": "gmina miejska", "2": "gmina wiejska", "3": "gmina miejsko-wiejska"}


def clean(text: str | None) -> str:
    return (text or "").strip()


def require(text: str | None, field: str, label: str) -> str:
    value = clean(text)
    if not value:
        raise DomainError(f"Pole „{label}” nie może być puste.", field)
    return value


def check_teryt(teryt: str | None, kind_code: str, kind_name: str, teryt_length: int, kind_digit: str | None,
                voivodeship: str | None = None) -> str | None:  # fmt: skip
    """A gmina has 7 digits ending in its kind digit; a powiat or city with powiat rights has 4."""
    value = clean(teryt).replace(" ", "")
    if not value:
        return None
    if not value.isdigit():
        raise DomainError(f"Kod TERYT może zawierać tylko cyfry (wpisano „{value}”).", "teryt")
    if len(value) != teryt_length:
        digits = plural_form(teryt_length, "cyfrę", "cyfry", "cyfr")
        raise DomainError(
            f"Kod TERYT dla rodzaju „{kind_name}” musi mieć {teryt_length} {digits} (wpisano {len(value)}: „{value}”).",
            "teryt",
        )
    if value[:2] not in VOIVODESHIP_CODES:
        raise DomainError(
            f"Kod TERYT musi zaczynać się od kodu województwa (02, 04, … 32), a zaczyna się od „{value[:2]}”.",
            "teryt",
        )
    mismatch = voivodeship_mismatch(value, voivodeship)
    if mismatch:
        raise DomainError(mismatch, "teryt")
    if value[2:4] == "00":
        raise DomainError("Kod powiatu w kodzie TERYT (cyfry 3–4) nie może być równy 00.", "teryt")
    if kind_digit is not None and value[-1] != kind_digit:
        expected = GMINA_KIND_DIGITS.get(value[-1], "nieznany rodzaj")
        raise DomainError(
            f"Ostatnia cyfra kodu TERYT gminy oznacza jej rodzaj: dla „{kind_name}” powinna to być {kind_digit}, "
            f"a {value[-1]} oznacza: {expected}.",
            "teryt",
        )
    if kind_code == "miasto_npp" and int(value[2:4]) < 61:
        raise DomainError("Miasta na prawach powiatu mają w kodzie TERYT numer powiatu od 61 w górę.", "teryt")
    if kind_code == "powiat" and int(value[2:4]) > 60:
        raise DomainError("Numer powiatu ziemskiego w kodzie TERYT jest mniejszy niż 61 (wyższe mają miasta).", "teryt")
    return value


def voivodeship_genitive(name: str) -> str:
    """'małopolskie' → 'małopolskiego', 'warmińsko-mazurskie' → 'warmińsko-mazurskiego' (every name ends in -ie)."""
    return name[:-1] + "ego" if name.endswith("ie") else name


def voivodeship_mismatch(teryt: str, voivodeship: str | None, changed: str = "teryt") -> str | None:
    """The message when the TERYT code's first two digits name another voivodeship than the one chosen.

    ``changed`` is the field the user changed ("teryt" or "voivodeship"): the message speaks of that one.
    """
    actual = VOIVODESHIP_CODES.get(teryt[:2])
    if not voivodeship or actual is None or actual == voivodeship:
        return None
    if changed == "voivodeship":
        return (f"Województwo {voivodeship} nie zgadza się z kodem TERYT {teryt}, który należy do województwa "
                f"{voivodeship_genitive(actual)}. Wybierz województwo {actual} albo popraw kod TERYT.")  # fmt: skip
    return (f"Kod TERYT {teryt} należy do województwa {voivodeship_genitive(actual)}, a wybrano województwo "
            f"{voivodeship}. Popraw kod albo województwo.")  # fmt: skip


def check_voivodeship(value: str | None) -> str | None:
    value = clean(value)
    if not value:
        return None
    if value not in VOIVODESHIPS:
        raise DomainError(f"„{value}” nie jest nazwą województwa.", "voivodeship")
    return value


def check_postal_code(value: str | None) -> str:
    value = clean(value)
    if value and not re.fullmatch(r"\d{2}-\d{3}", value):
        raise DomainError(f"Kod pocztowy ma postać 00-000 (wpisano „{value}”).", "postal_code")
    return value


EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


def check_email(value: str | None, field: str = "email") -> str:
    value = clean(value)
    if value and not EMAIL.match(value):
        raise DomainError(f"„{value}” nie wygląda na adres e-mail (np. sekretariat@gmina.pl).", field)
    return value


def check_phone(value: str | None, field: str = "phone") -> str:
    value = clean(value)
    if value and not re.fullmatch(r"[+()\d][\d\s()./-]{5,}", value):
        raise DomainError(f"Numer telefonu może zawierać cyfry, spacje, +, - i nawiasy (wpisano „{value}”).", field)
    return value


REGON_WEIGHTS_9 = (8, 9, 2, 3, 4, 5, 6, 7)
REGON_WEIGHTS_14 = (2, 4, 8, 5, 0, 9, 7, 3, 6, 1, 2, 4, 8)


def regon_is_valid(value: str) -> bool:
    if not value.isdigit() or len(value) not in (9, 14):
        return False
    weights = REGON_WEIGHTS_9 if len(value) == 9 else REGON_WEIGHTS_14
    check = sum(int(d) * w for d, w in zip(value, weights)) % 11 % 10
    if check != int(value[-1]):
        return False
    return len(value) == 9 or regon_is_valid(value[:9])


def check_regon(value: str | None, field: str = "regon") -> str | None:
    value = clean(value).replace(" ", "").replace("-", "")
    if not value:
        return None
    if not value.isdigit() or len(value) not in (9, 14):
        raise DomainError(f"REGON ma 9 albo 14 cyfr (wpisano „{value}”).", field)
    if not regon_is_valid(value):
        raise DomainError(f"REGON {value} ma błędną cyfrę kontrolną — sprawdź, czy nie ma literówki.", field)
    return value
