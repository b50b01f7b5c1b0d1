"""The kiosk's rules, in the services (so every screen and device keeps them): one open visit per
family per site, sign-out numbers instead of names, whole flows as one transaction, children a
family adds at the kiosk, and the "speak to someone" alert with its room and delivery."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

import pytest
from sqlalchemy import select, update

from hubdesk.domain.catalogue import SignOutBy, VisitReason
from hubdesk.domain.errors import CombinedValidationError, ValidationError, every_error
from hubdesk.domain.people import AgeBand, ChildInParty, Party, Role
from hubdesk.services.alerts import AlertService
from hubdesk.services.families import AdultIn, ChildIn, FamilyIn, FamilyService
from hubdesk.services.kiosk import KioskService
from hubdesk.services.passes import PassService
from hubdesk.services.setup import SetupService
from hubdesk.services.visits import AlreadyInError, OpenVisit, SignIn, VisitService
from hubdesk.storage.models import Family, FamilyPass, Member, OutboxEvent, Visit

from .conftest import khan_family


@pytest.fixture
def visits(store, clock):
    return VisitService(store, clock)


@pytest.fixture
def khans(store, clock, reception):
    return FamilyService(store, clock).register(reception, khan_family())


def _sign_in(visits, actor, family):
    return visits.sign_in(
        actor,
        SignIn(VisitReason.JUST_VISITING, family_id=family.family_id, member_ids=family.member_ids),
    )


# --- one open visit per family per site --------------------------------------------------------


def test_a_family_in_the_building_cannot_sign_in_again_at_that_site(
    visits, kiosk, reception, khans, count
):
    first = _sign_in(visits, kiosk, khans)
    for actor in (kiosk, reception):  # whatever screen or device calls it
        before = count(Visit)
        with pytest.raises(AlreadyInError) as err:
            _sign_in(visits, actor, khans)
        assert (err.value.field, err.value.code) == ("family", "already_in")
        assert err.value.visit.visit_id == first.visit_id
        assert count(Visit) == before


def test_after_signing_out_the_family_can_come_back_in(visits, kiosk, khans, clock):
    first = _sign_in(visits, kiosk, khans)
    visits.sign_out(kiosk, first.visit_id)
    clock.advance(timedelta(hours=1))
    second = _sign_in(visits, kiosk, khans)
    assert second.visit_id != first.visit_id


def test_the_family_can_be_in_at_another_site_or_on_another_day(
    store, clock, visits, kiosk, reception, khans, identity
):
    from hubdesk.domain.catalogue import SiteKind
    from hubdesk.domain.staff import StaffRole

    _sign_in(visits, kiosk, khans)
    worker = replace(reception, role=StaffRole.OUTREACH)
    station = SetupService(store, clock).add_site(
        worker, name="Fire station", kind=SiteKind.FIRE_STATION
    )
    # an outreach worker signs them in at the fire station the same day: a different site
    _sign_in(visits, worker.at_site(station.id), khans)
    # and the next morning yesterday's forgotten visit does not keep them out
    clock.advance(timedelta(days=1))
    _sign_in(visits, kiosk, khans)


def test_an_anonymous_party_is_never_refused_as_already_in(visits, kiosk):
    party = Party.from_counts({Role.MOTHER: 1}, {AgeBand.B0_1: 1})
    visits.sign_in(kiosk, SignIn(VisitReason.JUST_VISITING, party=party))
    visits.sign_in(kiosk, SignIn(VisitReason.JUST_VISITING, party=party))


def test_sign_out_family_signs_out_its_visit_here_or_says_it_was_not_in(
    visits, kiosk, khans, count
):
    assert visits.sign_out_family(kiosk, khans.family_id) is None  # not in: nothing written
    signed = _sign_in(visits, kiosk, khans)
    assert visits.open_visit(kiosk, khans.family_id).visit_id == signed.visit_id
    out = visits.sign_out_family(kiosk, khans.family_id, SignOutBy.FAMILY)
    assert out is not None
    assert out.visit_id == signed.visit_id
    assert visits.open_visit(kiosk, khans.family_id) is None
    assert visits.who_is_in(kiosk.hub_id) == []


# --- sign-out numbers: no names on the kiosk ---------------------------------------------------


def test_kiosk_sign_ins_get_distinct_two_digit_numbers_and_the_list_shows_no_names(
    visits, kiosk, khans
):
    signed = _sign_in(visits, kiosk, khans)
    party = Party.from_counts({Role.FATHER: 1}, {AgeBand.B2_4: 2})
    others = [visits.sign_in(kiosk, SignIn(VisitReason.OTHER, party=party)) for _ in range(20)]
    codes = [signed.leave_code, *(o.leave_code for o in others)]
    assert all(c is not None and 10 <= c <= 99 for c in codes)
    assert len(set(codes)) == len(codes)
    listed = visits.signed_in_here_today(kiosk)
    assert [v.leave_code for v in listed] == sorted(codes)
    # what the kiosk can show has no field that could hold a name
    assert set(OpenVisit.__dataclass_fields__) == {
        "visit_id",
        "signed_in_at",
        "people",
        "leave_code",
    }
    khan_entry = next(v for v in listed if v.visit_id == signed.visit_id)
    assert (khan_entry.people, khan_entry.signed_in_at) == (4, signed.signed_in_at)


def test_a_number_is_free_again_once_its_party_has_left(visits, kiosk, monkeypatch):
    from hubdesk.services import visits as visits_module

    monkeypatch.setattr(visits_module, "LEAVE_CODES", range(10, 12))
    party = Party.from_counts({Role.MOTHER: 1}, {})
    a = visits.sign_in(kiosk, SignIn(VisitReason.OTHER, party=party))
    b = visits.sign_in(kiosk, SignIn(VisitReason.OTHER, party=party))
    assert {a.leave_code, b.leave_code} == {10, 11}
    c = visits.sign_in(kiosk, SignIn(VisitReason.OTHER, party=party))
    assert c.leave_code is not None
    assert c.leave_code >= 100
    visits.sign_out(kiosk, a.visit_id)
    d = visits.sign_in(kiosk, SignIn(VisitReason.OTHER, party=party))
    assert d.leave_code == a.leave_code


def test_staff_sign_ins_get_no_number_and_are_not_on_the_kiosk_list(visits, kiosk, reception):
    party = Party.from_counts({Role.MOTHER: 1}, {})
    at_desk = visits.sign_in(reception, SignIn(VisitReason.OTHER, party=party))
    assert at_desk.leave_code is None
    assert visits.signed_in_here_today(kiosk) == []


def test_the_number_never_leaves_the_device(store, visits, kiosk):
    party = Party.from_counts({Role.MOTHER: 1}, {})
    visits.sign_in(kiosk, SignIn(VisitReason.OTHER, party=party))
    with store.read() as session:
        [event] = session.scalars(select(OutboxEvent).where(OutboxEvent.entity == "visit"))
    assert "leave_code" not in event.body["footfall"]
    assert "leave_code" not in event.body["personal"]


# --- guests and new children -------------------------------------------------------------------


def test_guest_children_count_in_a_family_visit(visits, kiosk, khans):
    signed = visits.sign_in(
        kiosk,
        SignIn(
            VisitReason.JUST_VISITING,
            family_id=khans.family_id,
            member_ids=khans.member_ids,
            guests=(ChildInParty(AgeBand.B5_11), ChildInParty(AgeBand.B0_1)),
        ),
    )
    assert signed.people == 6
    [inside] = visits.who_is_in(kiosk.hub_id)
    assert (inside.adults, inside.children) == (2, 4)


def test_guests_only_with_a_registered_family(visits, kiosk):
    party = Party.from_counts({Role.MOTHER: 1}, {})
    with pytest.raises(ValidationError) as err:
        visits.sign_in(
            kiosk,
            SignIn(VisitReason.OTHER, party=party, guests=(ChildInParty(AgeBand.B0_1),)),
        )
    assert err.value.field == "guests"


def test_a_new_baby_added_at_the_kiosk_signs_in_and_waits_for_staff(
    store, clock, kiosk, reception, khans
):
    kiosk_service = KioskService(store, clock)
    baby = ChildIn("Noor", date(2026, 5, 1))
    signed = kiosk_service.sign_in_household(
        kiosk,
        SignIn(VisitReason.JUST_VISITING, family_id=khans.family_id, member_ids=khans.member_ids),
        (baby,),
    )
    assert signed.people == 5
    families = FamilyService(store, clock)
    details = families.details(reception, khans.family_id)
    noor = next(m for m in details.members if m.first_name == "Noor")
    assert noor.to_confirm
    assert noor.age_band is AgeBand.B0_1
    assert sum(m.to_confirm for m in details.members) == 1
    families.confirm_member(reception, khans.family_id, noor.id)
    details = families.details(reception, khans.family_id)
    assert not any(m.to_confirm for m in details.members)


def test_a_new_child_is_not_kept_when_the_sign_in_is_refused(
    store, clock, kiosk, khans, visits, count
):
    _sign_in(visits, kiosk, khans)  # already in
    before = count(Member)
    with pytest.raises(AlreadyInError):
        KioskService(store, clock).sign_in_household(
            kiosk,
            SignIn(
                VisitReason.JUST_VISITING, family_id=khans.family_id, member_ids=khans.member_ids
            ),
            (ChildIn("Noor", date(2026, 5, 1)),),
        )
    assert count(Member) == before


def test_every_problem_with_new_children_at_once(store, clock, kiosk, khans):
    with pytest.raises(CombinedValidationError) as err:
        FamilyService(store, clock).add_children_at_kiosk(
            kiosk,
            khans.family_id,
            (ChildIn("", date(2026, 5, 1)), ChildIn("Sami", date(2027, 1, 1))),
        )
    fields = {(e.field, e.code) for e in every_error(err.value)}
    assert fields == {
        ("children[0].first_name", "required"),
        ("children[1].date_of_birth", "in_future"),
    }


# --- registering, the pass and the sign-in: one transaction -------------------------------------


def _new_family() -> FamilyIn:
    return FamilyIn(
        adults=(AdultIn("Maria", role=Role.MOTHER),),
        children=(ChildIn("Ana", date(2023, 4, 3)), ChildIn("Luca", date(2019, 9, 19))),
        postcode="NE1 4XF",
        consent=True,
    )


def test_register_and_sign_in_commits_all_three(store, clock, kiosk, count):
    done = KioskService(store, clock).register_and_sign_in(
        kiosk, _new_family(), VisitReason.JUST_VISITING
    )
    assert done.signed_in.people == 3
    assert done.signed_in.leave_code is not None
    found = PassService(store, clock).find_by_scan(kiosk, done.issued.qr_payload)
    assert found.family_id == done.family_id
    assert (count(Family), count(FamilyPass), count(Visit)) == (1, 1, 1)


def test_a_refused_sign_in_leaves_no_half_registered_family(
    store, clock, kiosk, count, monkeypatch
):
    import uuid

    before = (count(Family), count(Member), count(FamilyPass), count(Visit), count(OutboxEvent))
    with pytest.raises(ValidationError) as err:
        # the activity is not on the timetable: the last of the three steps is refused
        KioskService(store, clock).register_and_sign_in(
            kiosk, _new_family(), VisitReason.ACTIVITY, activity_id=uuid.uuid4()
        )
    assert err.value.code == "unknown_activity"
    after = (count(Family), count(Member), count(FamilyPass), count(Visit), count(OutboxEvent))
    assert after == before


def test_a_crash_inside_the_flow_rolls_everything_back(store, clock, kiosk, count, monkeypatch):
    service = KioskService(store, clock)

    def broken(*_args, **_kwargs):
        raise RuntimeError("disk unplugged")

    monkeypatch.setattr(service.visits, "sign_in", broken)
    with pytest.raises(RuntimeError):
        service.register_and_sign_in(kiosk, _new_family(), VisitReason.JUST_VISITING)
    assert (count(Family), count(Member), count(FamilyPass)) == (0, 0, 0)


def test_register_reports_every_problem_at_once(store, clock, kiosk):
    family = FamilyIn(
        adults=(AdultIn("", role=Role.MOTHER), AdultIn("Omar", role=Role.FATHER)),
        children=(ChildIn("", date(2040, 1, 1)), ChildIn("Luca", date(1990, 1, 1))),
        postcode="not a postcode",
        consent=True,
    )
    with pytest.raises(CombinedValidationError) as err:
        KioskService(store, clock).register_and_sign_in(kiosk, family, VisitReason.OTHER)
    assert {(e.field, e.code) for e in every_error(err.value)} == {
        ("adults[0].first_name", "required"),
        ("children[0].first_name", "required"),
        ("children[0].date_of_birth", "in_future"),
        ("children[1].date_of_birth", "too_old"),
        ("postcode", "invalid_postcode"),
    }


# --- "speak to someone": rooms and delivery ---------------------------------------------------


def test_rooms_are_set_per_site_and_an_alert_names_one(store, clock, kiosk, reception):
    setup = SetupService(store, clock)
    rooms = setup.set_site_rooms(
        reception, kiosk.site_id, ["Room 1", " Café ", "", "Room 1", "Garden"]
    )
    assert rooms == ("Room 1", "Café", "Garden")
    assert KioskService(store, clock).profile(kiosk).rooms == rooms
    alerts = AlertService(store, clock)
    alerts.private_word(kiosk, room="Café")
    with pytest.raises(ValidationError) as err:
        alerts.private_word(kiosk, room="The manager's office")
    assert (err.value.field, err.value.code) == ("room", "unknown_room")
    [seen] = alerts.recent(reception)
    assert seen.room == "Café"


def test_the_kiosk_cannot_set_rooms(store, clock, kiosk):
    from hubdesk.domain.errors import PermissionDeniedError

    with pytest.raises(PermissionDeniedError):
        SetupService(store, clock).set_site_rooms(kiosk, kiosk.site_id, ["Room 1"])


def test_an_alert_is_delivered_only_once_it_has_left_the_device(store, clock, kiosk):
    alerts = AlertService(store, clock)
    raised = alerts.private_word(kiosk)
    assert not alerts.delivered(kiosk, raised.alert_id)  # waiting in the outbox
    with store.write() as session:
        session.execute(
            update(OutboxEvent).where(OutboxEvent.entity_id == raised.alert_id).values(state="sent")
        )
    assert alerts.delivered(kiosk, raised.alert_id)
    with store.write() as session:
        session.execute(
            update(OutboxEvent)
            .where(OutboxEvent.entity_id == raised.alert_id)
            .values(state="quarantined")
        )
    assert not alerts.delivered(kiosk, raised.alert_id)
