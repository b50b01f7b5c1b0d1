"""The fire roll call: exactly the open visits of today, across devices, with freshness."""

from __future__ import annotations

from datetime import timedelta

import pytest

from hubdesk.domain.catalogue import DeviceKind, VisitReason
from hubdesk.domain.errors import PermissionDeniedError
from hubdesk.domain.ids import uuid7
from hubdesk.domain.people import AgeBand, ChildInParty, Party, Role
from hubdesk.services.base import Actor
from hubdesk.services.roll_call import RollCallService
from hubdesk.services.visits import SignIn, VisitService
from hubdesk.storage.models import Device

from .conftest import khan_family


def test_roll_call_lists_open_visits_of_every_device(store, clock, identity, reception, families):
    visits = VisitService(store, clock)
    kiosk_id = uuid7()
    with store.write() as session:
        session.add(
            Device(
                id=kiosk_id,
                hub_id=identity.hub_id,
                site_id=identity.site_id,
                name="Entrance kiosk",
                kind=DeviceKind.KIOSK.value,
                created_at=clock.now(),
            )
        )
    kiosk = Actor(kiosk_id, identity.hub_id, identity.site_id)
    fam = families.register(reception, khan_family())
    khan = visits.sign_in(
        kiosk,
        SignIn(VisitReason.JUST_VISITING, family_id=fam.family_id, member_ids=fam.member_ids[:3]),
    )
    clock.advance(timedelta(minutes=5))
    anon = visits.sign_in(
        reception,
        SignIn(
            VisitReason.HERE_TO_HELP,
            party=Party((Role.MOTHER,), (ChildInParty(AgeBand.B0_1, False),)),
        ),
    )
    gone = visits.sign_in(reception, SignIn(VisitReason.OTHER, party=Party((Role.FATHER,), ())))
    visits.sign_out(reception, gone.visit_id)
    clock.advance(timedelta(minutes=10))

    call = RollCallService(store, clock).roll_call(reception)

    assert {p.visit_id for p in call.parties} == {khan.visit_id, anon.visit_id}
    assert call.people == 5
    khan_row = next(p for p in call.parties if p.visit_id == khan.visit_id)
    assert khan_row.names == "Amira, Omar, Zara"
    assert (khan_row.adults, khan_row.children) == (2, 1)
    assert khan_row.device_name == "Entrance kiosk"
    assert call.taken_at == clock.now()
    by_name = {d.name: d for d in call.devices}
    assert by_name["Front desk"].this_device
    assert by_name["Front desk"].data_up_to == clock.now()
    assert by_name["Entrance kiosk"].data_up_to == clock.now() - timedelta(minutes=15)
    assert call.devices[0].this_device


def test_roll_call_is_for_staff_only(store, clock, kiosk):
    with pytest.raises(PermissionDeniedError):
        RollCallService(store, clock).roll_call(kiosk)


def test_yesterdays_open_visit_is_not_on_the_roll_call(store, clock, reception):
    visits = VisitService(store, clock)
    visits.sign_in(reception, SignIn(VisitReason.OTHER, party=Party((Role.FATHER,), ())))
    clock.advance(timedelta(days=1))
    assert RollCallService(store, clock).roll_call(reception).parties == ()
