"""Local governments and their people: rules and Polish messages."""

from __future__ import annotations

import pytest

from wsparcie_desktop.errors import DomainError
from wsparcie_desktop.paths import resource
from wsparcie_desktop.services import jst, people
from wsparcie_desktop.services.jst import JstProfile
from wsparcie_desktop.services.people import PersonData


@pytest.mark.parametrize(
    ("kind", "teryt", "voivodeship"),
    [
        ("gmina_wiejska", "1434052", "mazowieckie"),
        ("gmina_miejska", "1261011", "małopolskie"),
        ("gmina_miejsko_wiejska", "3021043", "wielkopolskie"),
        ("powiat", "1434", "mazowieckie"),
        ("miasto_npp", "1465", "mazowieckie"),
        ("gmina_wiejska", "", ""),
    ],
)
def test_valid_teryt_codes(db, kind, teryt, voivodeship):
    jst_id = jst.create_jst(db, "Samorząd", kind, teryt=teryt, voivodeship=voivodeship).id
    assert jst.get_profile(db, jst_id).teryt == teryt


@pytest.mark.parametrize(
    ("kind", "teryt", "fragment"),
    [
        ("gmina_wiejska", "143405", "musi mieć 7 cyfr"),
        ("gmina_wiejska", "1434051", "powinna to być 2"),
        ("gmina_miejska", "1434052", "powinna to być 1"),
        ("powiat", "1434052", "musi mieć 4 cyfry (wpisano 7"),
        ("powiat", "14A4", "może zawierać tylko cyfry"),
        ("gmina_wiejska", "12a4052", "może zawierać tylko cyfry (wpisano „12a4052”)"),
        ("powiat", "0334", "kodu województwa"),
        ("miasto_npp", "1434", "od 61"),
        ("powiat", "1465", "mniejszy niż 61"),
    ],
)
def test_wrong_teryt_is_refused_with_a_polish_message_for_the_field(db, kind, teryt, fragment):
    with pytest.raises(DomainError) as info:
        jst.create_jst(db, "Samorząd", kind, teryt=teryt)
    assert info.value.field == "teryt"
    assert fragment in info.value.message
    assert jst.list_jst(db) == []


def test_teryt_must_match_the_voivodeship(db):
    with pytest.raises(DomainError, match="należy do województwa mazowieckiego, a wybrano województwo lubelskie"):
        jst.create_jst(db, "Gmina", "gmina_wiejska", teryt="1434052", voivodeship="lubelskie")


def test_a_voivodeship_changed_against_the_stored_teryt_is_refused_at_the_voivodeship(db):
    jst_id = jst.create_jst(db, "Gmina", "gmina_wiejska", teryt="1206052", voivodeship="małopolskie").id
    profile = jst.get_profile(db, jst_id)
    profile.voivodeship = "śląskie"
    with pytest.raises(DomainError) as info:
        jst.save_profile(db, profile)
    assert info.value.field == "voivodeship"
    assert "należy do województwa małopolskiego" in info.value.message
    assert jst.get_profile(db, jst_id).voivodeship == "małopolskie"
    profile = jst.get_profile(db, jst_id)
    profile.teryt = "2406052"  # now the code is what changed: the message is the code's
    with pytest.raises(DomainError) as info:
        jst.save_profile(db, profile)
    assert info.value.field == "teryt" and "należy do województwa śląskiego" in info.value.message


@pytest.mark.parametrize(("name", "genitive"), [("małopolskie", "małopolskiego"), ("łódzkie", "łódzkiego"),
                                                ("warmińsko-mazurskie", "warmińsko-mazurskiego")])  # fmt: skip
def test_voivodeship_names_in_the_genitive(name, genitive):
    from wsparcie_desktop.validation import voivodeship_genitive

    assert voivodeship_genitive(name) == genitive


def test_teryt_is_unique(db, jst_id):
    with pytest.raises(DomainError, match="ma już samorząd „Gmina Zalesie”") as info:
        jst.create_jst(db, "Inna", "gmina_wiejska", teryt="1434052")
    assert info.value.field == "teryt"


def test_profile_fields_are_checked_and_nothing_is_half_written(db, jst_id):
    profile = jst.get_profile(db, jst_id)
    profile.city = "Nowe Miasto"
    profile.postal_code = "07140"
    with pytest.raises(DomainError) as info:
        jst.save_profile(db, profile)
    assert info.value.field == "postal_code"
    assert jst.get_profile(db, jst_id).city == "Zalesie"
    profile.postal_code, profile.email = "07-140", "nie-mail"
    with pytest.raises(DomainError, match="adres e-mail"):
        jst.save_profile(db, profile)
    profile.email = "sekretariat@zalesie.pl"
    jst.save_profile(db, profile)
    assert jst.get_profile(db, jst_id).city == "Nowe Miasto"


def test_empty_name_is_refused(db):
    with pytest.raises(DomainError, match="Nazwa") as info:
        jst.save_profile(db, JstProfile(name="   "))
    assert info.value.field == "name"


def test_find_jst_by_id_or_name(db, jst_id):
    assert jst.find_jst(db, str(jst_id)) == jst_id
    assert jst.find_jst(db, "gmina zalesie") == jst_id
    with pytest.raises(DomainError, match="Nie znaleziono"):
        jst.find_jst(db, "Gmina Nieznana")


def test_coat_of_arms_png_is_stored_and_other_files_refused(db, jst_id):
    data = resource("demo", "herb_zalesie.png").read_bytes()
    jst.set_coat_of_arms(db, jst_id, data)
    assert jst.coat_of_arms(db, jst_id) == data
    assert jst.get_profile(db, jst_id).has_coat_of_arms
    with pytest.raises(DomainError, match="PNG albo JPG"):
        jst.set_coat_of_arms(db, jst_id, b"GIF89a....")
    assert jst.coat_of_arms(db, jst_id) == data
    jst.set_coat_of_arms(db, jst_id, None)
    assert jst.coat_of_arms(db, jst_id) is None


def test_deletion_summary_says_what_will_be_removed(db, jst_id):
    people.save_person(db, jst_id, PersonData(full_name="Anna Nowak", role_code="skarbnik"))
    people.save_person(db, jst_id, PersonData(full_name="Jan Łęcki", role_code="decydent"))
    message = jst.jst_dependants(db, jst_id).message()
    assert "„Gmina Zalesie”" in message
    assert "2 osoby z zespołów" in message
    jst.delete_jst(db, jst_id)
    assert jst.list_jst(db) == []
    assert people.list_people(db, jst_id) == []


def test_people_by_team_and_advisor_roles(db, jst_id):
    advisor = people.save_person(db, jst_id, PersonData(full_name="Ewa Doradczyni", role_code="doradca_rozwoj"),
                                 team="advisory").id  # fmt: skip
    people.save_person(db, jst_id, PersonData(full_name="Anna Nowak", role_code="skarbnik"), team="education")
    assert [p.full_name for p in people.list_people(db, jst_id, "advisory")] == ["Ewa Doradczyni"]
    assert people.get_person(db, advisor).role_name == "doradca ds. personalnego rozwoju organizacji"
    with pytest.raises(DomainError, match="Wybierz rolę"):
        people.save_person(db, jst_id, PersonData(full_name="X", role_code="skarbnik"), team="advisory")
    with pytest.raises(DomainError) as info:
        people.save_person(db, jst_id, PersonData(full_name="", role_code="skarbnik"))
    assert info.value.field == "full_name"


def test_find_jst_folds_polish_capitals_accepts_the_bare_name_and_lists_jsts_on_a_miss(db, jst_id):
    other = jst.create_jst(db, "Gmina Łódź Kaliska", "gmina_wiejska").id
    assert jst.find_jst(db, "GMINA ŁÓDŹ KALISKA") == other
    assert jst.find_jst(db, "gmina łódź kaliska") == other
    assert jst.find_jst(db, "Zalesie") == jst_id
    with pytest.raises(DomainError) as info:
        jst.find_jst(db, "Nibylandia")
    assert "Nie znaleziono samorządu „Nibylandia”" in info.value.message
    assert f"{jst_id} — Gmina Zalesie" in info.value.message


def test_the_education_team_offers_the_director_of_the_shared_services_centre(db, jst_id):
    names = [r.name for r in people.roles(db, "education")]
    assert "dyrektor Centrum Usług Wspólnych" in names
    assert names.index("dyrektor Centrum Usług Wspólnych") + 1 == names.index("pracownik Centrum Usług Wspólnych")
    person = people.save_person(db, jst_id, PersonData(full_name="Jan Kos", role_code="dyrektor_cuw"), team="education")
    assert people.get_person(db, person.id).role_name == "dyrektor Centrum Usług Wspólnych"
