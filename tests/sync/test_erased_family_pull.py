"""A device that first hears of a family after it was erased (enrolled later, pulling everything
from the start) applies the family's events as erased: it parks nothing, holds nothing personal
about the family, and ends with what the devices that held the family have. Whether the erasure
comes before or after the other events about the family, in the same pull or a later one. An event
that is genuinely wrong still parks. The real central service on loopback."""

from __future__ import annotations

import uuid
from datetime import date, timedelta

from sqlalchemy import select

from hubdesk.domain.catalogue import DeviceKind, VisitReason
from hubdesk.domain.clock import FakeClock
from hubdesk.domain.ids import uuid7
from hubdesk.domain.people import Gender, Role
from hubdesk.domain.staff import StaffRole
from hubdesk.services.base import Actor
from hubdesk.services.erasure import ErasureService
from hubdesk.services.families import AdultIn, ChildIn, FamilyIn, FamilyService
from hubdesk.services.passes import PassService
from hubdesk.services.visits import SignIn, VisitService
from hubdesk.storage.models import (
    Contact,
    Family,
    FamilyPass,
    Member,
    OutboxEvent,
    Visit,
    VisitMember,
)
from hubdesk.sync.engine import EngineSettings
from tests.sync.support import FAST, make_device, make_hub

NAMES = ("Zebedee", "Quixote", "Zebedina", "Ximena", "0191 496 0000", "NE6 2AB", "Notes about")


def _admin(device) -> Actor:
    return Actor(device.device_id, device.hub_id, device.site_id, uuid.uuid4(), StaffRole.ADMIN)


def _family() -> FamilyIn:
    return FamilyIn(
        adults=(AdultIn("Zebedee", "Quixote", Role.FATHER, Gender.MALE),),
        children=(ChildIn("Zebedina", date(2022, 5, 1), send=True, last_name="Quixote"),),
        postcode="NE6 2AB",
        phone="0191 496 0000",
        email="family@example.org",
        notes="Notes about Zebedee",
        consent=True,
    )


def _text(device) -> str:
    """Every value of every row of every table of the device's store, as one string."""
    parts: list[str] = []
    with device.store.engine.connect() as conn:
        tables = [
            r[0]
            for r in conn.exec_driver_sql(
                "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%'"
            )
        ]
        for table in tables:
            for row in conn.exec_driver_sql(f'SELECT * FROM "{table}"'):
                parts.extend(str(v) for v in row)
    return "\n".join(parts)


def _held(device, family_id: uuid.UUID) -> dict[str, object]:
    """Every column of every row about the family (and of the family itself), to compare devices.
    Device-local columns are left out: they never travel (a visit's kiosk sign-out number)."""

    def cols(row) -> tuple:
        return tuple(
            (c.key, getattr(row, c.key))
            for c in row.__table__.columns
            if c.key not in ("last_seen_at", "leave_code")
        )

    with device.store.read() as session:
        family = session.get(Family, family_id)
        return {
            "family": cols(family) if family is not None else None,
            "members": sorted(
                cols(m)
                for m in session.scalars(select(Member).where(Member.family_id == family_id))
            ),
            "passes": sorted(
                cols(p)
                for p in session.scalars(
                    select(FamilyPass).where(FamilyPass.family_id == family_id)
                )
            ),
            "visits": sorted(
                cols(v) for v in session.scalars(select(Visit).where(Visit.family_id == family_id))
            ),
            "visit_members": sorted(
                (str(vm.visit_id), str(vm.member_id))
                for vm in session.scalars(
                    select(VisitMember)
                    .join(Visit, Visit.id == VisitMember.visit_id)
                    .where(Visit.family_id == family_id)
                )
            ),
            "contacts": sorted(
                cols(c)
                for c in session.scalars(select(Contact).where(Contact.family_id == family_id))
            ),
        }


def _assert_erased_here(device, family_id: uuid.UUID) -> None:
    assert device.engine.parked_count() == 0
    text = _text(device)
    for name in NAMES:
        assert name not in text, (name, device.device_id)
    with device.store.read() as session:
        family = session.get(Family, family_id)
        assert family is not None
        assert family.erased_at is not None
        assert (family.postcode, family.phone, family.email, family.notes) == (None,) * 4
        members = list(session.scalars(select(Member).where(Member.family_id == family_id)))
        assert members
        for member in members:
            assert member.first_name == ""
            assert (member.last_name, member.role, member.date_of_birth) == (None, None, None)
            assert member.removed
        assert all(p.revoked_at is not None for p in family.passes)


def _setup(tmp_path, central_db, live, clock):
    """A desk and a kiosk that both hold a family with a pass, a visit and a contact."""
    make_hub(central_db)
    desk = make_device(tmp_path, central_db, live.url, "RIV", name="desk", kind=DeviceKind.DESK,
                       clock=clock)  # fmt: skip
    kiosk = make_device(tmp_path, central_db, live.url, "RIV", name="kiosk", clock=clock)
    admin = _admin(desk)
    done = FamilyService(desk.store, clock).register(admin, _family())
    PassService(desk.store, clock).issue(admin, done.family_id)
    VisitService(desk.store, clock).sign_in(
        desk.actor,
        SignIn(VisitReason.HERE_TO_HELP, family_id=done.family_id, member_ids=done.member_ids),
    )
    assert desk.engine.run_once().ok
    assert kiosk.engine.run_once().ok
    assert "Zebedee" in _text(kiosk)
    return desk, kiosk, done


def test_a_device_enrolled_after_an_erasure_parks_nothing_and_holds_no_name(
    tmp_path, central_db, live, clock
):
    desk, kiosk, done = _setup(tmp_path, central_db, live, clock)
    clock.advance(timedelta(minutes=10))
    ErasureService(desk.store, clock).erase(_admin(desk), done.family_id)
    assert desk.engine.run_once().ok
    assert kiosk.engine.run_once().ok

    late = make_device(tmp_path, central_db, live.url, "RIV", name="late", clock=clock)
    report = late.engine.run_once()
    assert report.ok
    assert report.parked == 0  # one page: the erasure goes first, so nothing parks even for a while
    _assert_erased_here(late, done.family_id)
    assert late.engine.run_once().parked == 0  # nothing left to retry at the next pull
    # small pages: the erasure and the events before it come in different pages of one pull
    paged = make_device(tmp_path, central_db, live.url, "RIV", name="paged", clock=clock,
                        settings=EngineSettings(pull_limit=3, interval_s=FAST.interval_s,
                                                timeout=FAST.timeout))  # fmt: skip
    assert paged.engine.run_once().ok
    _assert_erased_here(paged, done.family_id)

    for device in (desk, kiosk):
        _assert_erased_here(device, done.family_id)
    held = _held(desk, done.family_id)
    assert held["visits"]
    assert held["passes"]
    for device in (kiosk, late, paged):
        assert _held(device, done.family_id) == held, device.device_id


def test_late_events_from_a_device_that_had_not_heard_park_nothing_either(
    tmp_path, central_db, live, clock
):
    """The kiosk, offline, edits the family and adds a member after the desk erased it: its events
    reach the service after the erasure. A device enrolled in between pulls the erasure first and
    the older edits in a later pull; one enrolled afterwards pulls both at once."""
    desk, kiosk, done = _setup(tmp_path, central_db, live, clock)
    clock.advance(timedelta(minutes=10))
    ErasureService(desk.store, clock).erase(_admin(desk), done.family_id)
    assert desk.engine.run_once().ok
    between = make_device(tmp_path, central_db, live.url, "RIV", name="between", clock=clock)
    assert between.engine.run_once().ok
    _assert_erased_here(between, done.family_id)

    clock.advance(timedelta(minutes=5))
    details = FamilyService(kiosk.store, clock).details(_admin(kiosk), done.family_id)
    adults = tuple(
        AdultIn(m.first_name, m.last_name, Role.FATHER, Gender.MALE, id=m.id)
        for m in details.members
        if not m.is_child
    )
    children = tuple(
        ChildIn("Zebedina", date(2022, 5, 1), send=True, last_name="Quixote", id=m.id)
        for m in details.members
        if m.is_child
    )
    FamilyService(kiosk.store, clock).edit(
        _admin(kiosk),
        done.family_id,
        FamilyIn(
            adults=(*adults, AdultIn("Ximena", "Quixote", Role.MOTHER, Gender.FEMALE)),
            children=children,
            postcode="NE6 2AB",
            phone="0191 496 0000",
            notes="Notes about Ximena",
        ),
    )
    assert kiosk.engine.run_once().ok  # pushes its late edits, pulls the erasure
    assert between.engine.run_once().ok
    assert desk.engine.run_once().ok
    late = make_device(tmp_path, central_db, live.url, "RIV", name="late", clock=clock)
    assert late.engine.run_once().ok

    for device in (desk, kiosk, between, late):
        _assert_erased_here(device, done.family_id)
    held = _held(desk, done.family_id)
    assert len(held["members"]) == 3  # the kiosk's new member is there, as anonymised remains
    for device in (kiosk, between, late):
        assert _held(device, done.family_id) == held, device.device_id


def test_a_member_without_a_name_of_a_family_not_erased_still_parks(
    tmp_path, central_db, live, clock: FakeClock
):
    desk, kiosk, done = _setup(tmp_path, central_db, live, clock)
    with desk.store.write() as session:  # a malformed event: a member with no personal part
        session.add(
            OutboxEvent(
                event_id=uuid7(), entity="member", entity_id=uuid7(), op="upsert",
                occurred_at=clock.now(),
                body={"footfall": {"family_id": str(done.family_id), "is_child": False,
                                   "removed": False}, "personal": {}},
                state="pending",
            )
        )  # fmt: skip
    assert desk.engine.run_once().ok
    report = kiosk.engine.run_once()
    assert report.ok
    assert report.parked == 1
    assert kiosk.engine.parked_count() == 1
    assert "Zebedee" in _text(kiosk)  # the family itself is untouched
