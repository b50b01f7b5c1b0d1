from __future__ import annotations

import uuid
from datetime import date, timedelta

import pytest
from sqlalchemy import select

from hubdesk.domain.catalogue import ContactChannel, Need, Outcome
from hubdesk.domain.errors import PermissionDeniedError, ValidationError
from hubdesk.services.contacts import ContactIn, ContactService
from hubdesk.storage.models import AuditEntry, Contact, OutboxEvent

from .conftest import khan_family

TODAY = date(2026, 6, 16)  # the clock fixture's day


@pytest.fixture
def contacts(store, clock):
    return ContactService(store, clock)


def test_log_contact_with_everything(store, contacts, reception, families, clock, count):
    fam = families.register(reception, khan_family())
    before = count(OutboxEvent)
    cid = contacts.log(
        reception,
        ContactIn(
            ContactChannel.IN_PERSON,
            (Need.HOUSING, Need.MONEY, Need.HOUSING),
            (Outcome.REFERRAL, Outcome.SIGNPOSTED),
            family_id=fam.family_id,
            referred_to="  Housing   Options ",
            signposted_to="Citizens Advice",
            notes="Rent arrears.\nCall back Friday.",
            minutes_spent=45,
            follow_up_due=TODAY,
        ),
    )
    assert count(OutboxEvent) == before + 1
    with store.read() as session:
        row = session.get(Contact, cid)
        assert row.needs == "housing money"  # duplicates dropped
        assert row.outcomes == "referral signposted"
        assert row.referred_to == "Housing Options"
        assert row.staff_id == reception.staff_id
        assert row.site_id == reception.site_id
        assert row.contacted_at == clock.now()
        entry = session.scalars(select(AuditEntry)).all()[-1]
        assert entry.action == "contact.logged"
        assert "Rent" not in entry.detail
        assert "Housing Options" not in entry.detail
    views = contacts.for_family(reception, fam.family_id)
    assert [v.contact_id for v in views] == [cid]
    assert views[0].needs == (Need.HOUSING, Need.MONEY)
    assert views[0].notes == "Rent arrears.\nCall back Friday."


def test_anonymous_phone_call(contacts, reception):
    cid = contacts.log(reception, ContactIn(ContactChannel.PHONE, (Need.FOOD,)))
    assert isinstance(cid, uuid.UUID)


@pytest.mark.parametrize(
    ("contact", "field", "code"),
    [
        (ContactIn("fax", (Need.FOOD,)), "channel", "unknown_channel"),
        (ContactIn(ContactChannel.PHONE, ()), "needs", "required"),
        (ContactIn(ContactChannel.PHONE, ("cake",)), "needs", "unknown_choice"),
        (ContactIn(ContactChannel.PHONE, "food"), "needs", "not_a_list"),
        (ContactIn(ContactChannel.PHONE, (Need.FOOD,), ("hug",)), "outcomes", "unknown_choice"),
        (
            ContactIn(ContactChannel.PHONE, (Need.FOOD,), (Outcome.REFERRAL,)),
            "referred_to",
            "required",
        ),
        (
            ContactIn(ContactChannel.PHONE, (Need.FOOD,), (Outcome.REFERRAL,), referred_to="  "),
            "referred_to",
            "required",
        ),
        (
            ContactIn(ContactChannel.PHONE, (Need.FOOD,), (Outcome.SIGNPOSTED,)),
            "signposted_to",
            "required",
        ),
        (
            ContactIn(ContactChannel.PHONE, (Need.FOOD,), referred_to="x" * 121),
            "referred_to",
            "too_long",
        ),
        (
            ContactIn(ContactChannel.PHONE, (Need.FOOD,), minutes_spent=-1),
            "minutes_spent",
            "out_of_range",
        ),
        (
            ContactIn(ContactChannel.PHONE, (Need.FOOD,), minutes_spent=601),
            "minutes_spent",
            "out_of_range",
        ),
        (
            ContactIn(ContactChannel.PHONE, (Need.FOOD,), minutes_spent="5"),
            "minutes_spent",
            "not_a_number",
        ),
        (
            ContactIn(ContactChannel.PHONE, (Need.FOOD,), minutes_spent=True),
            "minutes_spent",
            "not_a_number",
        ),
        (
            ContactIn(ContactChannel.PHONE, (Need.FOOD,), follow_up_due=TODAY - timedelta(days=1)),
            "follow_up_due",
            "in_past",
        ),
        (
            ContactIn(ContactChannel.PHONE, (Need.FOOD,), follow_up_due="2026-07-01"),
            "follow_up_due",
            "not_a_date",
        ),
        (ContactIn(ContactChannel.PHONE, (Need.FOOD,), notes="n" * 2001), "notes", "too_long"),
        (ContactIn(ContactChannel.PHONE, (Need.FOOD,), notes="bell\x07"), "notes", "bad_character"),
        (
            ContactIn(ContactChannel.PHONE, (Need.FOOD,), family_id=uuid.uuid4()),
            "family",
            "unknown_family",
        ),
    ],
)
def test_log_refuses_bad_input_and_writes_nothing(
    contacts, reception, unchanged, contact, field, code
):
    with unchanged(Contact), pytest.raises(ValidationError) as err:
        contacts.log(reception, contact)
    assert (err.value.field, err.value.code) == (field, code)


def test_limits_are_inclusive(contacts, reception):
    contacts.log(
        reception,
        ContactIn(ContactChannel.EMAIL, (Need.SEND,), minutes_spent=600, notes="n" * 2000),
    )
    contacts.log(reception, ContactIn(ContactChannel.EMAIL, (Need.SEND,), minutes_spent=0))


def test_kiosk_cannot_log_or_read(contacts, kiosk, unchanged):
    with unchanged(Contact), pytest.raises(PermissionDeniedError):
        contacts.log(kiosk, ContactIn(ContactChannel.PHONE, (Need.FOOD,)))
    with pytest.raises(PermissionDeniedError):
        contacts.follow_ups(kiosk)


def test_follow_ups_overdue_and_complete(store, contacts, reception, families, clock, count):
    fam = families.register(reception, khan_family())
    later = contacts.log(
        reception,
        ContactIn(ContactChannel.PHONE, (Need.FOOD,), follow_up_due=TODAY + timedelta(days=7)),
    )
    soon = contacts.log(
        reception,
        ContactIn(
            ContactChannel.IN_PERSON,
            (Need.PARENTING,),
            family_id=fam.family_id,
            follow_up_due=TODAY + timedelta(days=1),
        ),
    )
    contacts.log(reception, ContactIn(ContactChannel.PHONE, (Need.FOOD,)))  # no follow-up
    listed = contacts.follow_ups(reception)
    assert [f.contact_id for f in listed] == [soon, later]
    assert listed[0].family_label == "Amira Khan + 1 adult + 2 children"
    assert listed[1].family_label is None
    assert not any(f.overdue for f in listed)

    clock.advance(timedelta(days=2))  # `soon` is now a day overdue
    listed = contacts.follow_ups(reception)
    assert [f.overdue for f in listed] == [True, False]

    before = count(OutboxEvent)
    contacts.complete_follow_up(reception, soon)
    assert count(OutboxEvent) == before + 1
    contacts.complete_follow_up(reception, soon)  # harmless
    assert count(OutboxEvent) == before + 1
    assert [f.contact_id for f in contacts.follow_ups(reception)] == [later]
    every = contacts.follow_ups(reception, include_done=True)
    assert [f.contact_id for f in every] == [later, soon]
    assert every[1].done_at == clock.now()
    assert not every[1].overdue


def test_complete_refusals(contacts, reception, unchanged):
    plain = contacts.log(reception, ContactIn(ContactChannel.PHONE, (Need.FOOD,)))
    with unchanged(Contact), pytest.raises(ValidationError) as err:
        contacts.complete_follow_up(reception, plain)
    assert (err.value.field, err.value.code) == ("contact", "no_follow_up")
    with unchanged(Contact), pytest.raises(ValidationError) as err:
        contacts.complete_follow_up(reception, uuid.uuid4())
    assert err.value.code == "unknown_contact"
