"""Push, pull and convergence against the real central service over loopback HTTP."""

from __future__ import annotations

from sqlalchemy import func, select

from hubdesk.central.models import CentralEvent, CentralVisit
from hubdesk.domain.catalogue import DeviceKind, VisitReason
from hubdesk.domain.people import AgeBand, Party, Role
from hubdesk.services.visits import SignIn, VisitService
from hubdesk.storage import outbox
from hubdesk.storage.models import OutboxEvent
from tests.sync.support import BACKENDS, make_device, make_hub

PARTY = Party.from_counts({Role.MOTHER: 1}, {AgeBand.B0_1: 1, AgeBand.B2_4: 1})


def central_count(central) -> int:
    with central.read() as session:
        return session.scalar(select(func.count()).select_from(CentralEvent)) or 0


@BACKENDS
def test_push_marks_sent_and_the_service_stores_each_event_once(tmp_path, central_db, live, clock):
    make_hub(central_db)
    kiosk = make_device(tmp_path, central_db, live.url, "RIV", clock=clock)
    visits = VisitService(kiosk.store, clock)
    for _ in range(3):
        visits.sign_in(kiosk.actor, SignIn(VisitReason.JUST_VISITING, party=PARTY))
    with kiosk.store.read() as session:
        waiting = outbox.pending_count(session)
    assert waiting == 4  # three visits and the device itself
    report = kiosk.engine.run_once()
    assert report.ok, report
    assert report.pushed == waiting
    with kiosk.store.read() as session:
        assert outbox.counts_by_state(session) == {"sent": waiting}
    assert central_count(central_db) == waiting
    with central_db.read() as session:
        assert session.scalar(select(func.count()).select_from(CentralVisit)) == 3
    again = kiosk.engine.run_once()
    assert again.ok
    assert again.pushed == 0
    assert central_count(central_db) == waiting
    status = kiosk.engine.status()
    assert status.state == "online"
    assert status.waiting == 0
    assert status.last_success_at is not None


@BACKENDS
def test_kiosk_sign_in_appears_on_the_desk_after_both_sync(tmp_path, central_db, live, clock):
    make_hub(central_db)
    kiosk = make_device(tmp_path, central_db, live.url, "RIV", name="kiosk", clock=clock)
    desk = make_device(
        tmp_path, central_db, live.url, "RIV", name="desk", kind=DeviceKind.DESK, clock=clock
    )
    done = VisitService(kiosk.store, clock).sign_in(
        kiosk.actor, SignIn(VisitReason.JUST_VISITING, party=PARTY)
    )
    desk_visits = VisitService(desk.store, clock)
    assert desk_visits.who_is_in(desk.hub_id) == []
    assert kiosk.engine.run_once().ok
    report = desk.engine.run_once()
    assert report.ok
    assert report.pulled >= 1
    inside = desk_visits.who_is_in(desk.hub_id)
    assert [v.visit_id for v in inside] == [done.visit_id]
    assert inside[0].people == 3
    # Pulled events are not sent back.
    with desk.store.read() as session:
        mine = set(session.scalars(select(OutboxEvent.entity_id)))
    assert mine == {desk.device_id}  # only the desk's own device record
    # Signing out on the desk reaches the kiosk.
    desk_visits.sign_out(
        desk.actor.__class__(desk.device_id, desk.hub_id, desk.site_id), done.visit_id
    )
    assert desk.engine.run_once().ok
    assert kiosk.engine.run_once().ok
    assert VisitService(kiosk.store, clock).who_is_in(kiosk.hub_id) == []


def test_a_private_word_on_the_kiosk_reaches_the_desk_after_both_sync(
    tmp_path, central_db, live, clock
):
    import uuid

    from hubdesk.domain.staff import StaffRole
    from hubdesk.services.alerts import AlertService
    from hubdesk.services.base import Actor

    make_hub(central_db)
    kiosk = make_device(tmp_path, central_db, live.url, "RIV", clock=clock)
    desk = make_device(
        tmp_path, central_db, live.url, "RIV", name="desk", kind=DeviceKind.DESK, clock=clock
    )
    reception = Actor(desk.device_id, desk.hub_id, desk.site_id, uuid.uuid4(), StaffRole.RECEPTION)
    desk_alerts = AlertService(desk.store, clock)
    assert desk.engine.run_once().ok
    seen = desk_alerts.recent(reception)
    assert seen == []
    AlertService(kiosk.store, clock).private_word(kiosk.actor)
    assert kiosk.engine.run_once().ok
    assert desk_alerts.recent(reception) == []  # not until the desk syncs
    assert desk.engine.run_once().ok
    arrived = desk_alerts.recent(reception)
    assert len(arrived) == 1
    assert arrived[0].device_id == str(kiosk.device_id)
    assert arrived[0].device_name == "kiosk"
    assert desk_alerts.recent(reception, after_seq=arrived[0].seq) == []
    assert desk.engine.run_once().ok  # syncing again brings nothing twice
    assert len(desk_alerts.recent(reception)) == 1
