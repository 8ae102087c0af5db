"""Co-operation networks: the rules of a network, unique members with dates, meetings held and attendance."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.support_fixtures import make_gmina
from wsparcie_desktop.changes import Kind
from wsparcie_desktop.errors import DomainError
from wsparcie_desktop.services import networks
from wsparcie_desktop.services.networks import MeetingData, MemberData, NetworkData

D = dt.date


@pytest.fixture
def gmina(db, jst_id):
    return make_gmina(db, jst_id)


def new_network(db, gmina, **kw) -> int:
    data = NetworkData(name="Sieć nauczycieli edukacji wczesnoszkolnej", provider_code="ODN", coordinator="Ewa Lis",
                       school_year="2026/2027", **kw)  # fmt: skip
    return networks.save_network(db, gmina.jst_id, data).id


def test_a_new_network_plans_five_meetings_by_default(db, gmina):
    network_id = new_network(db, gmina)
    stored = networks.get_network(db, network_id)
    assert stored.planned_meetings == 5 and stored.school_year == "2026/2027"


@pytest.mark.parametrize(("changes", "field"), [
    ({"name": "  "}, "name"),
    ({"provider_code": "OTHER"}, "provider_code"),
    ({"school_year": "2026"}, "school_year"),
    ({"school_year": "2026/2028"}, "school_year"),
    ({"school_year": "1999/2000"}, "school_year"),
    ({"planned_meetings": -1}, "planned_meetings"),
    ({"planned_meetings": "pięć"}, "planned_meetings"),
])  # fmt: skip
def test_a_network_breaking_a_rule_is_refused_at_its_field(db, gmina, changes, field):
    data = NetworkData(name="Sieć", provider_code="PPP", school_year="2026/2027")
    for key, value in changes.items():
        setattr(data, key, value)
    with pytest.raises(DomainError) as refused:
        networks.save_network(db, gmina.jst_id, data)
    assert refused.value.field == field
    assert networks.list_networks(db, gmina.jst_id) == []


def test_the_same_network_twice_in_a_year_is_refused(db, gmina):
    new_network(db, gmina)
    with pytest.raises(DomainError) as refused:
        new_network(db, gmina)
    assert refused.value.field == "name"


def test_members_are_unique_whatever_the_case_and_spaces_and_leave_after_joining(db, gmina):
    network_id = new_network(db, gmina)
    change = networks.save_member(
        db, network_id, MemberData("Anna Nowak", gmina.school_ids[0], joined_on=D(2026, 9, 1))
    )
    assert change.kind is Kind.NETWORK
    with pytest.raises(DomainError) as refused:
        networks.save_member(db, network_id, MemberData("  anna   NOWAK ", institution="SP w Liwie"))
    assert refused.value.field == "full_name" and "jest już członkiem" in refused.value.message
    with pytest.raises(DomainError) as refused:
        networks.save_member(db, network_id, MemberData("Jan Lis", joined_on=D(2026, 9, 1), left_on=D(2026, 8, 1)))
    assert refused.value.field == "left_on"
    networks.save_member(db, network_id, MemberData("Jan Lis", institution="SP w Liwie (gmina Liw)"))
    members = networks.list_members(db, network_id)
    assert [(m.full_name, m.workplace) for m in members] == [
        ("Jan Lis", "SP w Liwie (gmina Liw)"), ("Anna Nowak", "Szkoła Podstawowa w Zalesiu")]  # fmt: skip
    member = members[1]
    member.full_name = "Anna Nowak-Lis"
    networks.save_member(db, network_id, member)  # renaming oneself is not a duplicate
    assert {m.full_name for m in networks.list_members(db, network_id)} == {"Jan Lis", "Anna Nowak-Lis"}


def test_meetings_held_against_planned_and_attendance_per_member(db, gmina):
    network_id = new_network(db, gmina)
    ids = {}
    for name, joined, left in (("Anna Nowak", D(2026, 9, 1), None), ("Jan Lis", D(2026, 9, 1), D(2026, 10, 31)),
                               ("Ewa Kot", D(2026, 11, 1), None)):  # fmt: skip
        networks.save_member(db, network_id, MemberData(name, joined_on=joined, left_on=left))
    ids = {m.full_name: m.id for m in networks.list_members(db, network_id)}
    networks.save_meeting(db, network_id, MeetingData(D(2026, 9, 24), "Diagnoza potrzeb", "dr Maria Zych", "warsztat",
                                                      True, attendee_ids=[ids["Anna Nowak"], ids["Jan Lis"]]))  # fmt: skip
    networks.save_meeting(db, network_id, MeetingData(D(2026, 11, 19), "Ocenianie kształtujące", "", "wyklad", True,
                                                      attendee_ids=[ids["Ewa Kot"]]))  # fmt: skip
    networks.save_meeting(db, network_id, MeetingData(D(2027, 1, 21), "Obserwacje lekcji", form="obserwacja_lekcji"))
    summary = networks.network_summary(db, network_id)
    assert (summary.planned, summary.held) == (5, 2)
    by_name = {a.member.full_name: (a.attended, a.possible, a.percent) for a in summary.attendance}
    assert by_name == {"Anna Nowak": (1, 2, 50), "Jan Lis": (1, 1, 100), "Ewa Kot": (1, 1, 100)}
    assert summary.average_attendance == 75
    assert summary.text() == "Odbyło się 2 z 5 planowanych spotkań; średnia frekwencja 75 %."
    assert networks.get_network(db, network_id).meetings_held == 2


def test_a_meeting_needs_a_topic_and_date_and_a_future_one_cannot_have_been_held(db, gmina):
    network_id = new_network(db, gmina)
    for data, field in ((MeetingData(D(2026, 9, 24), " "), "topic"), (MeetingData(None, "Temat"), "held_on"),
                        (MeetingData(dt.date.today() + dt.timedelta(days=3), "Temat", held=True), "held"),
                        (MeetingData(D(2026, 9, 24), "Temat", form="kino"), "form")):  # fmt: skip
        with pytest.raises(DomainError) as refused:
            networks.save_meeting(db, network_id, data)
        assert refused.value.field == field
    assert networks.list_meetings(db, network_id) == []


def test_attendance_only_of_the_networks_members_and_none_for_a_meeting_not_held(db, gmina):
    network_id = new_network(db, gmina)
    other = networks.save_network(db, gmina.jst_id, NetworkData("Sieć matematyków", "PPP", school_year="2026/2027")).id
    networks.save_member(db, other, MemberData("Obcy Członek"))
    stranger = networks.list_members(db, other)[0].id
    with pytest.raises(DomainError) as refused:
        networks.save_meeting(db, network_id, MeetingData(D(2026, 9, 24), "Temat", held=True, attendee_ids=[stranger]))
    assert refused.value.field == "attendees"
    networks.save_member(db, network_id, MemberData("Anna Nowak"))
    member = networks.list_members(db, network_id)[0].id
    networks.save_meeting(db, network_id, MeetingData(D(2026, 9, 24), "Temat", held=False, attendee_ids=[member]))
    assert networks.list_meetings(db, network_id)[0].attendee_ids == []


def test_deleting_a_network_says_what_goes_with_it(db, gmina):
    network_id = new_network(db, gmina)
    networks.save_member(db, network_id, MemberData("Anna Nowak"))
    networks.save_meeting(db, network_id, MeetingData(D(2026, 9, 24), "Temat"))
    assert networks.network_dependants(db, network_id) == ["1 członek", "1 spotkanie z obecnością"]
    assert networks.delete_network(db, network_id).deleted
    assert networks.list_networks(db, gmina.jst_id) == []


def test_the_school_year_of_a_day():
    assert networks.school_year_of(D(2026, 8, 31)) == "2025/2026"
    assert networks.school_year_of(D(2026, 9, 1)) == "2026/2027"
