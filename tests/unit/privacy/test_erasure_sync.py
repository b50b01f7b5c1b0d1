"""The erasure reaches the hub's other devices and the central service through sync (the real
central service on loopback), and a device that had not heard of it yet cannot bring the data
back, whichever order the devices sync in."""

from __future__ import annotations

import uuid
from datetime import timedelta

from sqlalchemy import func, select

from hubdesk.central.models import CentralEvent, CentralVisit
from hubdesk.domain.catalogue import DeviceKind, VisitReason
from hubdesk.domain.staff import StaffRole
from hubdesk.services.base import Actor
from hubdesk.services.erasure import ErasureService
from hubdesk.services.families import FamilyService
from hubdesk.services.visits import SignIn, VisitService
from hubdesk.storage.models import Family, Member, Visit
from tests.sync.support import make_device, make_hub

from .conftest import family_in
from .helpers import store_text


def _admin(device) -> Actor:
    return Actor(device.device_id, device.hub_id, device.site_id, uuid.uuid4(), StaffRole.ADMIN)


def _central_people(central) -> int:
    with central.read() as session:
        return int(session.scalar(select(func.sum(CentralVisit.people))) or 0)


def _setup(tmp_path, central_db, live, clock):
    make_hub(central_db)
    desk = make_device(tmp_path, central_db, live.url, "RIV", name="desk", kind=DeviceKind.DESK,
                       clock=clock)  # fmt: skip
    kiosk = make_device(tmp_path, central_db, live.url, "RIV", name="kiosk", clock=clock)
    done = FamilyService(desk.store, clock).register(
        _admin(desk), family_in("Zebedee", "Quixote-Ångström")
    )
    VisitService(desk.store, clock).sign_in(
        desk.actor,
        SignIn(VisitReason.HERE_TO_HELP, family_id=done.family_id, member_ids=done.member_ids),
    )
    assert desk.engine.run_once().ok
    assert kiosk.engine.run_once().ok
    assert "Quixote-Ångström" in store_text(kiosk.store)
    return desk, kiosk, done


def test_an_erasure_on_the_desk_reaches_the_kiosk_and_the_central_service(
    tmp_path, central_db, live, clock
):
    desk, kiosk, done = _setup(tmp_path, central_db, live, clock)
    people = _central_people(central_db)
    assert people == 2
    with central_db.read() as session:
        before = session.scalar(select(func.count()).select_from(CentralEvent))
    clock.advance(timedelta(minutes=10))
    ErasureService(desk.store, clock).erase(_admin(desk), done.family_id)
    assert desk.engine.run_once().ok
    with central_db.read() as session:
        erased = session.scalars(
            select(CentralEvent.op).where(CentralEvent.id > 0).order_by(CentralEvent.id)
        ).all()
        assert session.scalar(select(func.count()).select_from(CentralEvent)) > before
    assert "erased" in erased
    assert _central_people(central_db) == people  # footfall at the centre unchanged
    assert kiosk.engine.run_once().ok
    text = store_text(kiosk.store)
    assert "Zebedee" not in text
    assert "Ångström" not in text
    with kiosk.store.read() as session:
        family = session.get(Family, done.family_id)
        assert family.erased_at is not None
        assert family.postcode is None
        assert all(m.first_name == "" for m in session.scalars(select(Member)))
        visit = session.scalars(select(Visit)).one()
        assert visit.names is None
        assert visit.people == 2


def test_a_device_that_had_not_heard_cannot_bring_the_data_back(tmp_path, central_db, live, clock):
    desk, kiosk, done = _setup(tmp_path, central_db, live, clock)
    clock.advance(timedelta(minutes=10))
    ErasureService(desk.store, clock).erase(_admin(desk), done.family_id)
    # the kiosk, offline, has the family agree to the notice again: a newer personal snapshot
    clock.advance(timedelta(minutes=10))
    FamilyService(kiosk.store, clock).record_consent(kiosk.actor, done.family_id)
    assert desk.engine.run_once().ok
    assert kiosk.engine.run_once().ok  # pushes its newer snapshot, pulls the older erasure
    assert desk.engine.run_once().ok  # pulls the kiosk's newer snapshot
    for device in (desk, kiosk):
        text = store_text(device.store)
        assert "Zebedee" not in text, device.device_id
        assert "Ångström" not in text, device.device_id
        with device.store.read() as session:
            family = session.get(Family, done.family_id)
            assert family.erased_at is not None
            assert family.postcode is None
            assert family.consent_at is None


def _sealed_about(central, entity_ids) -> int:
    """Events about these records that still carry a sealed personal part (erasures excluded)."""
    with central.read() as session:
        return int(
            session.scalar(
                select(func.count())
                .select_from(CentralEvent)
                .where(
                    CentralEvent.entity_id.in_(list(entity_ids)),
                    CentralEvent.op != "erased",
                    CentralEvent.sealed.is_not(None),
                )
            )
        )


def test_the_central_service_drops_sealed_parts_of_erased_records(
    tmp_path, central_db, live, clock
):
    desk, kiosk, done = _setup(tmp_path, central_db, live, clock)
    with desk.store.read() as session:
        visit_ids = list(session.scalars(select(Visit.id)))
    about = {done.family_id, *done.member_ids, *visit_ids}
    assert _sealed_about(central_db, about) > 0  # before: names travel sealed
    clock.advance(timedelta(minutes=10))
    ErasureService(desk.store, clock).erase(_admin(desk), done.family_id)
    # the kiosk, not yet told, sends a newer personal snapshot of the family
    clock.advance(timedelta(minutes=10))
    FamilyService(kiosk.store, clock).record_consent(kiosk.actor, done.family_id)
    assert desk.engine.run_once().ok
    assert _sealed_about(central_db, about) == 0
    assert kiosk.engine.run_once().ok  # its late snapshot is stored without the sealed part
    assert _sealed_about(central_db, about) == 0
    assert _central_people(central_db) == 2  # the footfall stays
    # a device enrolled afterwards, pulling everything from the start, learns no name
    late = make_device(tmp_path, central_db, live.url, "RIV", name="late", clock=clock)
    assert late.engine.run_once().ok
    text = store_text(late.store)
    assert "Zebedee" not in text
    assert "Ångström" not in text
