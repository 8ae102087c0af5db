"""Polish names compare and sort the same on SQLite and on a PostgreSQL server (whatever its collation).

SQLite compares bytes and its lower() leaves Ł, Ś, Ż… as they are; a server sorts by its own collation. The
program sorts names in Python (``text.polish_sort_key``) and compares them case-insensitively in Python, so
both stores give the same lists in the same, Polish, order. These tests run on both (the ``db`` fixture).
"""

from __future__ import annotations

import pytest

from tests.diagnosis_support import make_process
from wsparcie_desktop.errors import DomainError
from wsparcie_desktop.services import diagnosis, jst, people, schools
from wsparcie_desktop.services.diagnosis import ParticipantData
from wsparcie_desktop.services.people import PersonData
from wsparcie_desktop.services.schools import SchoolData


def test_the_jst_list_is_in_polish_alphabetical_order(db):
    for name in ("Gmina Zalesie", "Gmina Łomianki", "Gmina Lubień", "gmina Żabno", "Gmina Źródła", "Gmina Ład"):
        jst.create_jst(db, name)
    assert [j.name for j in jst.list_jst(db)] == [
        "Gmina Lubień", "Gmina Ład", "Gmina Łomianki", "Gmina Zalesie", "Gmina Źródła", "gmina Żabno",
    ]  # fmt: skip


def test_a_team_is_listed_by_role_then_polish_name(db, jst_id):
    role = people.roles(db, "education")[0].code
    for name in ("Żaneta Zych", "Łucja Lis", "Lucyna Ługowska", "Anna Ąbek", "Zofia Ziółko"):
        people.save_person(db, jst_id, PersonData(full_name=name, role_code=role))
    names = [p.full_name for p in people.list_people(db, jst_id, "education")]
    assert names == ["Anna Ąbek", "Lucyna Ługowska", "Łucja Lis", "Zofia Ziółko", "Żaneta Zych"]


def test_a_participant_named_again_in_other_letter_case_is_refused_with_polish_letters_too(db, jst_id):
    process_id = make_process(db, jst_id)
    diagnosis.save_participant(db, process_id, ParticipantData(full_name="Łucja Śliwińska", role="dyrektor"))
    with pytest.raises(DomainError) as refused:
        diagnosis.save_participant(db, process_id, ParticipantData(full_name="łucja śliwińska", role="nauczyciel"))
    assert refused.value.field == "full_name"
    diagnosis.save_participant(db, process_id, ParticipantData(full_name="Łucja Śliwińska-Nowak", role="nauczyciel"))


def test_school_search_finds_polish_names_without_their_letters(db, jst_id):
    for name in ("Szkoła Podstawowa w Łęgu", "Przedszkole w Żabnie", "Szkoła Podstawowa w Lesie"):
        schools.save_school(db, jst_id, SchoolData(name=name))
    listed = [s.name for s in schools.list_schools(db, jst_id)]
    assert listed == ["Przedszkole w Żabnie", "Szkoła Podstawowa w Lesie", "Szkoła Podstawowa w Łęgu"]
    words = schools.search_words("legu")
    assert [n for n in listed if all(w in schools.search_text(SchoolData(name=n)) for w in words)] == [
        "Szkoła Podstawowa w Łęgu"
    ]
