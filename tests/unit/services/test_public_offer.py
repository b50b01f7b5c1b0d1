"""A session's public offer at the desk: checked field by field, given to the later sessions of
the group, copied with a week, and sent to the service in clear (it is not personal)."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import select

from hubdesk.domain.errors import CombinedValidationError, PermissionDeniedError, ValidationError
from hubdesk.domain.offer import OfferIn
from hubdesk.services.families import FamilyService
from hubdesk.services.timetable import TimetableService
from hubdesk.storage.models import Activity, OutboxEvent

from .conftest import khan_family
from .test_timetable import MONDAY, stay_and_play

GOOD = OfferIn(
    public=True,
    description="Songs, messy play\nand a story.",
    min_age=0,
    max_age=4,
    cost_pence=0,
    booking=True,
    access="Step-free entrance.",
    contact="Hub reception, 0191 000 0123",
    email="hub@example.org.uk",
)


@pytest.fixture
def timetable(store, clock):
    return TimetableService(store, clock)


def fields_of(exc: pytest.ExceptionInfo[ValidationError]) -> dict[str, str]:
    errors = exc.value.errors if isinstance(exc.value, CombinedValidationError) else [exc.value]
    return {e.field: e.code for e in errors}


def test_every_problem_of_an_offer_is_named_by_its_field(timetable, reception, identity):
    aid = timetable.add(reception, stay_and_play(identity.site_id))
    bad = OfferIn(public=True, description="  ", min_age=5, max_age=2, cost_pence=-1,
                  email="not an email", access="x" * 501)  # fmt: skip
    with pytest.raises(ValidationError) as exc:
        timetable.set_offer(reception, aid, bad)
    assert fields_of(exc) == {
        "description": "required",
        "max_age": "below_min",
        "cost_pence": "out_of_range",
        "email": "invalid_email",
        "access": "too_long",
    }
    with pytest.raises(ValidationError) as exc:
        timetable.set_offer(reception, aid, OfferIn(public=True, description="Play"))
    assert fields_of(exc) == {"contact": "required"}
    with pytest.raises(ValidationError) as exc:
        timetable.set_offer(reception, aid, OfferIn(public=False, min_age=30))
    assert fields_of(exc) == {"min_age": "out_of_range"}
    # nothing was written
    assert not timetable.offer(reception, aid).public
    # a private session needs no description: what was typed is kept for later
    timetable.set_offer(reception, aid, OfferIn(public=False, description="Draft"))
    assert timetable.offer(reception, aid).description == "Draft"


def test_an_offer_goes_to_the_later_sessions_of_the_group_and_travels_in_clear(
    store, timetable, reception, identity
):
    first = timetable.add(reception, stay_and_play(identity.site_id))
    later = timetable.add(reception, stay_and_play(identity.site_id, day=MONDAY + timedelta(8)))
    other = timetable.add(reception, stay_and_play(identity.site_id, name="Baby clinic"))
    assert timetable.set_offer(reception, first, GOOD) == 2
    offer = timetable.offer(reception, later)
    assert offer.public
    assert offer.description == "Songs, messy play and a story."  # one paragraph
    assert not timetable.offer(reception, other).public
    week = timetable.week(identity.hub_id, MONDAY)
    assert {a.name: a.public for a in week} == {"Stay and play": True, "Baby clinic": False}
    assert timetable.set_offer(reception, first, GOOD) == 0  # unchanged: nothing sent again
    with store.read() as session:
        events = session.scalars(
            select(OutboxEvent).where(OutboxEvent.entity_id == later).order_by(OutboxEvent.seq)
        ).all()
    footfall = events[-1].body["footfall"]
    assert footfall["public"] is True
    assert footfall["offer_email"] == "hub@example.org.uk"
    assert footfall["offer_min_age"] == 0
    # only this one, not the later ones
    timetable.set_offer(reception, first, OfferIn(public=False), later_too=False)
    assert not timetable.offer(reception, first).public
    assert timetable.offer(reception, later).public


def test_a_family_email_is_not_a_hub_contact(store, clock, timetable, reception, identity):
    FamilyService(store, clock).register(reception, khan_family())
    aid = timetable.add(reception, stay_and_play(identity.site_id))
    with pytest.raises(ValidationError) as exc:
        timetable.set_offer(
            reception, aid, OfferIn(**{**GOOD.__dict__, "email": "Amira@Example.org"})
        )
    assert fields_of(exc) == {"email": "personal_email"}


def test_a_copied_week_keeps_its_offer(store, timetable, reception, identity):
    aid = timetable.add(reception, stay_and_play(identity.site_id))
    timetable.set_offer(reception, aid, GOOD)
    assert timetable.copy_week(reception, MONDAY, MONDAY + timedelta(days=7)) == 1
    with store.read() as session:
        copied = session.scalars(select(Activity).where(Activity.id != aid)).one()
        assert copied.public
        assert copied.offer_contact == GOOD.contact


def test_only_staff_who_manage_the_timetable_publish(timetable, reception, kiosk, identity):
    aid = timetable.add(reception, stay_and_play(identity.site_id))
    with pytest.raises(PermissionDeniedError):
        timetable.set_offer(kiosk, aid, GOOD)
