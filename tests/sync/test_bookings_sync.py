"""A booking made on one desk reaches the hub's other desk through the real central service,
with who is booked sealed: the service holds the places and the status, never a name."""

from __future__ import annotations

import uuid
from datetime import datetime, timedelta

from sqlalchemy import select

from hubdesk.central.models import CentralEvent
from hubdesk.domain.catalogue import ActivityKind, DeviceKind
from hubdesk.domain.staff import StaffRole
from hubdesk.services.base import HUB_TZ, Actor
from hubdesk.services.bookings import BookingIn, BookingService
from hubdesk.services.families import FamilyService
from hubdesk.services.timetable import ActivityIn, TimetableService
from tests.sync.support import BACKENDS, make_device, make_hub
from tests.unit.services.conftest import khan_family


@BACKENDS
def test_a_booking_reaches_the_other_desk_sealed(tmp_path, central_db, live, clock):
    make_hub(central_db)
    one = make_device(tmp_path, central_db, live.url, "RIV", name="one", kind=DeviceKind.DESK,
                      clock=clock)  # fmt: skip
    two = make_device(tmp_path, central_db, live.url, "RIV", name="two", kind=DeviceKind.DESK,
                      clock=clock)  # fmt: skip
    staff = Actor(one.device_id, one.hub_id, one.site_id, uuid.uuid4(), StaffRole.RECEPTION)
    saturday = datetime(2026, 6, 20, 10, tzinfo=HUB_TZ)
    aid = TimetableService(one.store, clock).add(
        staff,
        ActivityIn(one.site_id, "Stay and play", ActivityKind.STAY_AND_PLAY, saturday,
                   saturday + timedelta(hours=1), 6),
    )  # fmt: skip
    khan = FamilyService(one.store, clock).register(staff, khan_family())
    BookingService(one.store, clock).book(
        staff, BookingIn(aid, khan.family_id, khan.member_ids[:2], "Referred by a health visitor")
    )
    assert one.engine.run_once().ok
    assert two.engine.run_once().ok
    there = Actor(two.device_id, two.hub_id, two.site_id, uuid.uuid4(), StaffRole.RECEPTION)
    reg = BookingService(two.store, clock).register(there, aid)
    assert [(r.names, r.people) for r in reg.booked] == [("Amira, Omar", 2)]
    assert reg.taken == 2
    with central_db.read() as session:
        event = session.scalars(select(CentralEvent).where(CentralEvent.entity == "booking")).one()
        assert event.footfall["status"] == "booked"
        assert event.footfall["people"] == 2
        assert "member_ids" not in event.footfall
        assert "override_reason" not in event.footfall
        assert "health visitor" not in str(event.footfall)
