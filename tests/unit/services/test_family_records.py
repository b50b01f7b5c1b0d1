"""Family records staff can trust: a merge chosen field by field and undone exactly, the list of
likely duplicates, an expected baby, consent recorded at the desk."""

from __future__ import annotations

import json
from datetime import date, timedelta

import pytest
from sqlalchemy import select

from hubdesk.domain.catalogue import ContactChannel, Need, VisitReason
from hubdesk.domain.errors import CombinedValidationError, ValidationError
from hubdesk.domain.people import Role
from hubdesk.services.contacts import ContactIn, ContactService
from hubdesk.services.families import AdultIn, ChildIn, FamilyIn
from hubdesk.services.family_merge import MergePlan
from hubdesk.services.passes import PassService
from hubdesk.services.visits import SignIn, VisitService
from hubdesk.storage.models import (
    AuditEntry,
    Contact,
    Family,
    FamilyMerge,
    FamilyPass,
    Member,
    OutboxEvent,
    Visit,
    VisitMember,
)

from .conftest import khan_family


def _state(store):  # type: ignore[no-untyped-def]
    """Everything a merge may touch, as plain values."""
    with store.read() as session:
        families = {
            f.id: (f.postcode, f.phone, f.email, f.notes, f.due_date, f.merged_into_id,
                   f.last_visit_at, f.created_at)
            for f in session.scalars(select(Family))
        }  # fmt: skip
        members = {
            m.id: (m.family_id, m.position, m.removed, m.last_name, m.gender, m.send)
            for m in session.scalars(select(Member))
        }
        visits = {v.id: (v.family_id, v.is_new) for v in session.scalars(select(Visit))}
        contacts = {c.id: c.family_id for c in session.scalars(select(Contact))}
        passes = {p.id: p.family_id for p in session.scalars(select(FamilyPass))}
        ticks = sorted((t.visit_id, t.member_id) for t in session.scalars(select(VisitMember)))
    return families, members, visits, contacts, passes, ticks


@pytest.fixture
def two_records(store, families, reception, kiosk, clock):  # type: ignore[no-untyped-def]
    """The Khans registered twice: once in full, once at the kiosk by Amira with Zara and a new
    phone number. Each record has a first visit, the duplicate a contact and a pass."""
    keep = families.register(reception, khan_family(email=None))
    dup = families.register(
        reception,
        FamilyIn(
            adults=(AdultIn("amira", None, Role.MOTHER),),
            children=(ChildIn("Zara", date(2023, 1, 10), last_name="Khan", send=True),),
            postcode="NE6 2AB",
            phone="07700 900123",
            email="amira@example.org",
        ),
    )
    visits = VisitService(store, clock)
    here = VisitReason.JUST_VISITING
    v1 = visits.sign_in(kiosk, SignIn(here, family_id=keep.family_id, member_ids=keep.member_ids))
    visits.sign_out(kiosk, v1.visit_id)
    clock.advance(timedelta(days=1))
    v2 = visits.sign_in(kiosk, SignIn(here, family_id=dup.family_id, member_ids=dup.member_ids))
    visits.sign_out(kiosk, v2.visit_id)
    ContactService(store, clock).log(
        reception, ContactIn(ContactChannel.PHONE, (Need.FOOD,), family_id=dup.family_id)
    )
    PassService(store, clock).issue(reception, dup.family_id)
    clock.advance(timedelta(hours=1))
    return keep, dup, v1, v2


def test_merge_chosen_field_by_field_and_undone_exactly(
    store, families, manager, two_records, clock
):
    keep, dup, v1, v2 = two_records
    compare = families.compare(manager, keep.family_id, dup.family_id)
    assert compare.a.visits == 1
    assert compare.b.visits == 1
    assert compare.b.passes == 1
    # Amira (no surname on the kiosk record) and Zara (same name and birthday) are paired
    assert set(compare.pairs) == {
        (keep.member_ids[0], dup.member_ids[0]),
        (keep.member_ids[2], dup.member_ids[1]),
    }
    before = _state(store)
    plan = MergePlan(keep.family_id, dup.family_id, frozenset({"phone", "email"}), compare.pairs)
    done = families.merge(manager, keep.family_id, dup.family_id, plan)
    assert done.moved["visits"] == 1
    assert done.moved["same_person"] == 2

    with store.read() as session:
        k = session.get(Family, keep.family_id)
        assert (k.phone, k.email, k.postcode) == ("07700 900123", "amira@example.org", "NE6 2AB")
        current = [m for m in k.members if not m.removed]
        assert sorted(m.first_name for m in current) == ["Amira", "Omar", "Yusuf", "Zara"]
        zara = next(m for m in current if m.first_name == "Zara")
        assert zara.send  # filled from the duplicate's Zara
        # the duplicate's visit names the kept Amira and Zara, and is no longer a first visit
        ticks = select(VisitMember.member_id).where(VisitMember.visit_id == v2.visit_id)
        ticked = set(session.scalars(ticks))
        assert ticked == {keep.member_ids[0], keep.member_ids[2]}
        assert session.get(Visit, v2.visit_id).is_new is False
        assert session.get(Visit, v1.visit_id).is_new is True
        assert session.scalars(select(FamilyPass.family_id)).all() == [keep.family_id]
        entry = session.scalars(
            select(AuditEntry).where(AuditEntry.action == "families.merged")
        ).one()
        assert json.loads(entry.detail)["fields"] == ["email", "phone"]
        # the visit's change goes to the service with its new family and is_new, names sealed
        event = session.scalars(
            select(OutboxEvent)
            .where(OutboxEvent.entity_id == v2.visit_id)
            .order_by(OutboxEvent.seq.desc())
        ).first()
        assert event.body["footfall"]["family_id"] == str(keep.family_id)
        assert event.body["footfall"]["is_new"] is False
        assert "names" not in event.body["footfall"]

    assert families.details(manager, keep.family_id).merges[0].merge_id == done.merge_id
    clock.advance(timedelta(minutes=5))
    assert families.undo_merge(manager, done.merge_id) == dup.family_id
    assert _state(store) == before
    with store.read() as session:
        assert session.get(FamilyMerge, done.merge_id).undone_at is not None
    with pytest.raises(ValidationError) as err:
        families.undo_merge(manager, done.merge_id)
    assert err.value.code == "undone"


def test_staff_can_unpair_people_who_only_share_a_name(store, families, manager, two_records):
    keep, dup, _v1, _v2 = two_records
    plan = MergePlan(keep.family_id, dup.family_id, frozenset(), pairs=())
    families.merge(manager, keep.family_id, dup.family_id, plan)
    with store.read() as session:
        k = session.get(Family, keep.family_id)
        names = sorted(m.first_name for m in k.members if not m.removed)
        assert names == ["Amira", "Omar", "Yusuf", "Zara", "Zara", "amira"]
        assert k.phone == "0191 123 4567"  # the kept record's, as chosen


def test_pairs_must_be_people_of_the_two_records(families, manager, two_records, unchanged):
    keep, dup, _v1, _v2 = two_records
    bad = MergePlan(keep.family_id, dup.family_id, pairs=((keep.member_ids[0], dup.member_ids[1]),))
    with unchanged(Family, Member), pytest.raises(ValidationError) as err:
        families.merge(manager, keep.family_id, dup.family_id, bad)  # Amira with baby Zara
    assert (err.value.field, err.value.code) == ("pairs", "not_same_kind")


def test_a_later_edit_survives_the_undo(store, families, manager, two_records, clock):
    keep, dup, _v1, _v2 = two_records
    plan = MergePlan(keep.family_id, dup.family_id, frozenset({"phone"}))
    done = families.merge(manager, keep.family_id, dup.family_id, plan)
    with store.write() as session:
        session.get(Family, keep.family_id).notes = "Prefers text messages"
    families.undo_merge(manager, done.merge_id)
    with store.read() as session:
        k = session.get(Family, keep.family_id)
        assert k.phone == "0191 123 4567"
        assert k.notes == "Prefers text messages"
        assert session.get(Family, dup.family_id).merged_into_id is None


def test_likely_duplicates(families, reception, manager):
    a = families.register(reception, khan_family())
    b = families.register(
        reception,
        FamilyIn(
            adults=(AdultIn("Omar", "Khan", Role.FATHER),),
            postcode="NE6 2AB",
        ),
    )
    c = families.register(
        reception,
        FamilyIn(
            adults=(AdultIn("Lena", "Nowak", Role.MOTHER),),
            children=(ChildIn("Yusuf", date(2018, 3, 2)),),
        ),
    )
    families.register(
        reception, FamilyIn(adults=(AdultIn("Tom", "Walker", Role.FATHER),), postcode="NE4 7QT")
    )
    pairs = {
        frozenset((p.a.family_id, p.b.family_id)): p.reasons for p in families.duplicates(manager)
    }
    assert set(pairs) == {
        frozenset((a.family_id, b.family_id)),
        frozenset((a.family_id, c.family_id)),
    }
    assert pairs[frozenset((a.family_id, b.family_id))] == ("surname_postcode", "adult")
    assert pairs[frozenset((a.family_id, c.family_id))] == ("child",)


def test_an_expected_baby_is_no_child_until_born(store, families, reception, kiosk, clock):
    fam = families.register(
        reception, FamilyIn(adults=(AdultIn("Amira", "Khan", Role.MOTHER),), consent=True)
    )
    due = families.today() + timedelta(days=60)
    families.set_due_date(reception, fam.family_id, due)
    details = families.details(reception, fam.family_id)
    assert details.due_date == due
    assert [m.is_child for m in details.members] == [False]
    assert [m.is_child for m in families.household_for_kiosk(kiosk, fam.family_id).members] == [
        False
    ]
    visit = VisitService(store, clock).sign_in(
        kiosk, SignIn(VisitReason.JUST_VISITING, family_id=fam.family_id, member_ids=fam.member_ids)
    )
    with store.read() as session:
        row = session.get(Visit, visit.visit_id)
        assert row.people == 1
        assert row.children_0_1 == 0
        event = session.scalars(
            select(OutboxEvent).where(OutboxEvent.entity_id == fam.family_id)
        ).all()[-1]
        assert "due_date" in event.body["personal"]  # sealed, never footfall
        assert "due_date" not in event.body["footfall"]

    with pytest.raises(CombinedValidationError) as err:
        families.record_birth(reception, fam.family_id, "", None)
    assert {e.field for e in err.value.errors} == {"first_name", "date_of_birth"}
    with pytest.raises(ValidationError) as one:
        families.set_due_date(reception, fam.family_id, families.today() + timedelta(days=400))
    assert one.value.field == "due_date"

    born = families.today() - timedelta(days=2)
    member_id = families.record_birth(reception, fam.family_id, "Noor", born)
    details = families.details(reception, fam.family_id)
    assert details.due_date is None
    noor = next(m for m in details.members if m.id == member_id)
    assert (noor.first_name, noor.last_name, noor.date_of_birth) == ("Noor", "Khan", born)


def test_consent_recorded_at_the_desk_says_who(store, families, reception, kiosk, clock):
    fam = families.register(reception, khan_family(consent=False))
    assert families.details(reception, fam.family_id).needs_consent
    families.record_consent(reception, fam.family_id)
    details = families.details(reception, fam.family_id)
    assert not details.needs_consent
    assert details.consent_at == clock.now()
    assert details.consent_notice_version == details.notice_version == 1
    with store.read() as session:
        assert session.get(Family, fam.family_id).consent_by == reception.staff_id
    families.record_consent(kiosk, fam.family_id)
    assert families.details(reception, fam.family_id).consent_by_name is None


def test_a_merge_moves_bookings_and_names_the_kept_people_and_undo_puts_them_back(
    store, families, manager, reception, two_records, clock, identity
):
    from datetime import datetime

    from hubdesk.domain.catalogue import ActivityKind
    from hubdesk.services.base import HUB_TZ
    from hubdesk.services.bookings import BookingIn, BookingService
    from hubdesk.services.timetable import ActivityIn, TimetableService
    from hubdesk.storage.models import Booking

    keep, dup, _v1, _v2 = two_records
    day = clock.now().astimezone(HUB_TZ).date() + timedelta(days=7)
    start = datetime(day.year, day.month, day.day, 11, tzinfo=HUB_TZ)
    aid = TimetableService(store, clock).add(
        reception,
        ActivityIn(identity.site_id, "Stay and play", ActivityKind.STAY_AND_PLAY, start,
                   start + timedelta(hours=1), 10),
    )  # fmt: skip
    # the duplicate record's Amira and Zara are booked
    booked = BookingService(store, clock).book(
        reception, BookingIn(aid, dup.family_id, dup.member_ids)
    )
    compare = families.compare(manager, keep.family_id, dup.family_id)
    plan = MergePlan(keep.family_id, dup.family_id, frozenset(), compare.pairs)
    done = families.merge(manager, keep.family_id, dup.family_id, plan)
    assert done.moved["bookings"] == 1
    with store.read() as session:
        booking = session.get(Booking, booked.booking_id)
        assert booking.family_id == keep.family_id
        assert set(booking.member_ids.split()) == {str(keep.member_ids[0]), str(keep.member_ids[2])}
        assert booking.people == 2
    families.undo_merge(manager, done.merge_id)
    with store.read() as session:
        booking = session.get(Booking, booked.booking_id)
        assert booking.family_id == dup.family_id
        assert booking.member_ids.split() == [str(m) for m in dup.member_ids]
