"""An unregistered caller's name and number through sync, against the real central service on
loopback: they travel sealed (the service never holds them in the clear), reach the hub's other
devices, and an erasure on the desk takes them off every device."""

from __future__ import annotations

import uuid

from sqlalchemy import select

from hubdesk.central.models import CentralEvent
from hubdesk.domain.catalogue import ContactChannel, DeviceKind, Need
from hubdesk.domain.staff import StaffRole
from hubdesk.services.base import Actor
from hubdesk.services.contacts import ContactIn, ContactService
from hubdesk.services.erasure import ErasureService
from hubdesk.storage.models import Contact
from tests.sync.support import make_device, make_hub

from .helpers import store_text

NAME = "Zofia Brzęczyszczykiewicz"
NUMBER = "07700 900777"


def _staff(device, role: StaffRole) -> Actor:
    return Actor(device.device_id, device.hub_id, device.site_id, uuid.uuid4(), role)


def test_a_callers_name_and_number_travel_sealed_and_erasure_reaches_every_device(
    tmp_path, central_db, live, clock
):
    make_hub(central_db)
    desk = make_device(tmp_path, central_db, live.url, "RIV", name="desk", kind=DeviceKind.DESK,
                       clock=clock)  # fmt: skip
    laptop = make_device(tmp_path, central_db, live.url, "RIV", name="laptop",
                         kind=DeviceKind.DESK, clock=clock)  # fmt: skip
    contact_id = ContactService(desk.store, clock).log(
        _staff(desk, StaffRole.RECEPTION),
        ContactIn(ContactChannel.PHONE, (Need.MONEY,), caller_name=NAME, caller_phone=NUMBER),
    )
    assert desk.engine.run_once().ok
    with central_db.read() as session:
        event = session.scalars(
            select(CentralEvent).where(CentralEvent.entity_id == contact_id)
        ).one()
        assert event.sealed is not None
        assert "caller_name" not in event.footfall
        assert "caller_phone" not in event.footfall
    central_text = store_text(central_db)
    assert "Brzęczyszczykiewicz" not in central_text
    assert "900777" not in central_text
    assert laptop.engine.run_once().ok  # the hub's other device opens the sealed part
    with laptop.store.read() as session:
        held = session.get(Contact, contact_id)
        assert (held.caller_name, held.caller_phone) == (NAME, NUMBER)

    counts = ErasureService(desk.store, clock).erase_caller(
        _staff(desk, StaffRole.ADMIN), phone="07700900777"
    )
    assert counts.contacts == 1
    assert desk.engine.run_once().ok
    assert laptop.engine.run_once().ok
    for device in (desk, laptop):
        text = store_text(device.store)
        assert "Brzęczyszczykiewicz" not in text
        assert "900777" not in text
    with laptop.store.read() as session:
        held = session.get(Contact, contact_id)
        assert held.needs == Need.MONEY.value  # the counts stay
