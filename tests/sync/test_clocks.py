"""Clocks that cannot split the truth (issue 21): a kiosk a day ahead and a desk a day behind edit
the same visit and the same family; after sync every device and the service hold the same state,
the one a person would expect. Changes are ordered by hybrid logical clocks, never by a device's
wall clock alone; a visit once signed out stays out; the wrong clocks are still flagged."""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime, timedelta

from hubdesk.central import admin
from hubdesk.central.models import CentralVisit
from hubdesk.domain.catalogue import DeviceKind, SignOutBy, VisitReason
from hubdesk.domain.clock import FakeClock
from hubdesk.domain.people import Role
from hubdesk.domain.staff import StaffRole
from hubdesk.services.base import Actor
from hubdesk.services.families import AdultIn, ChildIn, FamilyIn, FamilyService
from hubdesk.services.visits import SignIn, VisitService
from hubdesk.storage.models import Family, Visit
from tests.sync.support import BACKENDS, make_device, make_hub

DAY = timedelta(days=1)


def _family(store, family_id) -> tuple:
    with store.read() as session:
        f = session.get(Family, family_id)
        return (f.phone, f.consent_at, f.consent_notice_version)


def _visit(store, visit_id) -> tuple:
    with store.read() as session:
        v = session.get(Visit, visit_id)
        return (v.signed_in_at, v.signed_out_at, v.signed_out_by)


@BACKENDS
def test_a_day_ahead_and_a_day_behind_converge_on_what_a_person_expects(tmp_path, central_db, live):
    make_hub(central_db)
    real = datetime.now(UTC).replace(microsecond=0)
    kiosk_clock, desk_clock = FakeClock(real + DAY), FakeClock(real - DAY)
    kiosk = make_device(tmp_path, central_db, live.url, "RIV", name="kiosk", clock=kiosk_clock)
    desk = make_device(tmp_path, central_db, live.url, "RIV", name="desk", kind=DeviceKind.DESK,
                       clock=desk_clock)  # fmt: skip
    staff = Actor(desk.device_id, desk.hub_id, desk.site_id, uuid.uuid4(), StaffRole.RECEPTION)

    def minutes_pass(n: int) -> None:
        for c in (kiosk_clock, desk_clock):
            c.advance(timedelta(minutes=n))

    def sync(*devices) -> None:
        for device in devices:
            assert device.engine.run_once().ok

    # 09:00 the desk registers a family; both sync
    desk_families = FamilyService(desk.store, desk_clock)
    born = (real - timedelta(days=400)).date()
    family = desk_families.register(
        staff,
        FamilyIn(adults=(AdultIn("Ana", role=Role.MOTHER),), children=(ChildIn("Bo", born),),
                 phone="07700 900001"),
    )  # fmt: skip
    sync(desk, kiosk)
    members = tuple(m.id for m in desk_families.details(staff, family.family_id).members)

    # 09:10 the family signs in at the kiosk; both sync
    minutes_pass(10)
    visit = VisitService(kiosk.store, kiosk_clock).sign_in(
        kiosk.actor,
        SignIn(VisitReason.JUST_VISITING, family_id=family.family_id, member_ids=members),
    )
    sync(kiosk, desk)

    # 09:20 at the kiosk the family agrees to the privacy notice; both sync
    minutes_pass(10)
    FamilyService(kiosk.store, kiosk_clock).record_consent(kiosk.actor, family.family_id)
    sync(kiosk, desk)
    agreed = _family(kiosk.store, family.family_id)
    assert _family(desk.store, family.family_id) == agreed

    # 09:40 at the desk, having seen all of that, staff sign them out and change their phone
    minutes_pass(20)
    VisitService(desk.store, desk_clock).sign_out(staff, visit.visit_id, SignOutBy.STAFF)
    desk_families.edit(
        staff,
        family.family_id,
        FamilyIn(adults=(AdultIn("Ana", role=Role.MOTHER, id=members[0]),),
                 children=(ChildIn("Bo", born, id=members[1]),), phone="07700 900002"),
    )  # fmt: skip
    sync(desk, kiosk, desk)

    # Everyone holds what a person would expect: the later edit (the desk's, whatever its clock
    # said) with the consent it had seen, and the party signed out.
    expected_family = ("07700 900002", agreed[1], agreed[2])
    assert _family(kiosk.store, family.family_id) == expected_family
    assert _family(desk.store, family.family_id) == expected_family
    on_kiosk, on_desk = _visit(kiosk.store, visit.visit_id), _visit(desk.store, visit.visit_id)
    assert on_kiosk == on_desk
    assert on_kiosk[1] is not None
    assert on_kiosk[2] == "staff"
    with central_db.read() as session:
        central = session.get(CentralVisit, visit.visit_id)
        assert (central.signed_in_at, central.signed_out_at) == on_kiosk[:2]
    # nobody is in the building on the kiosk's roll call either
    assert visit.visit_id not in {
        v.visit_id for v in VisitService(kiosk.store, kiosk_clock).who_is_in(kiosk.hub_id)
    }

    # The wrong clocks are still flagged: to staff, and on the service's device list.
    for device, sign in ((kiosk, 1), (desk, -1)):
        status = device.engine.status()
        assert status.clock_flagged
        assert abs(status.clock_offset_s - sign * DAY.total_seconds()) < 3600  # +40 minutes
    listed = {d.id: d for d in admin.list_devices(central_db, "RIV")}
    assert listed[kiosk.device_id].clock_flagged
    assert listed[desk.device_id].clock_flagged
    assert listed[kiosk.device_id].clock_skew_s > 0 > listed[desk.device_id].clock_skew_s


@BACKENDS
def test_edits_that_crossed_converge_and_a_signed_out_visit_stays_out(tmp_path, central_db, live):
    """Changes made without seeing each other: some order, the same everywhere; and a sign-in
    arriving after the sign-out (a kiosk offline for a while) never puts the party back in."""
    make_hub(central_db)
    real = datetime.now(UTC).replace(microsecond=0)
    kiosk_clock, desk_clock = FakeClock(real + DAY), FakeClock(real - DAY)
    kiosk = make_device(tmp_path, central_db, live.url, "RIV", name="kiosk", clock=kiosk_clock)
    desk = make_device(tmp_path, central_db, live.url, "RIV", name="desk", kind=DeviceKind.DESK,
                       clock=desk_clock)  # fmt: skip
    staff = Actor(desk.device_id, desk.hub_id, desk.site_id, uuid.uuid4(), StaffRole.RECEPTION)
    families = FamilyService(desk.store, desk_clock)
    family = families.register(
        staff,
        FamilyIn(
            adults=(AdultIn("Ana", role=Role.MOTHER),), children=(ChildIn("Bo", date(2025, 1, 1)),)
        ),
    )
    assert desk.engine.run_once().ok
    assert kiosk.engine.run_once().ok
    members = tuple(m.id for m in families.details(staff, family.family_id).members)
    visit = VisitService(kiosk.store, kiosk_clock).sign_in(
        kiosk.actor,
        SignIn(VisitReason.JUST_VISITING, family_id=family.family_id, member_ids=members),
    )
    assert kiosk.engine.run_once().ok
    assert desk.engine.run_once().ok
    # both offline: the desk signs them out, the kiosk re-records their consent (a newer
    # snapshot of the visit's family and, by its clock, a day "later")
    VisitService(desk.store, desk_clock).sign_out(staff, visit.visit_id, SignOutBy.STAFF)
    FamilyService(kiosk.store, kiosk_clock).record_consent(kiosk.actor, family.family_id)
    families.edit(
        staff,
        family.family_id,
        FamilyIn(
            adults=(AdultIn("Ana", role=Role.MOTHER, id=members[0]),),
            children=(ChildIn("Bo", date(2025, 1, 1), id=members[1]),),
            phone="07700 900003",
        ),
    )
    for device in (kiosk, desk, kiosk, desk):
        assert device.engine.run_once().ok
    assert _family(kiosk.store, family.family_id) == _family(desk.store, family.family_id)
    assert _visit(kiosk.store, visit.visit_id) == _visit(desk.store, visit.visit_id)
    assert _visit(kiosk.store, visit.visit_id)[1] is not None
