"""A whole batch sent again (issue 21: ingest's dedupe lookup could be broken to cover 100 of 500
ids and no test noticed, so every resend of a full batch would then have failed). Resending a
full 500-event batch after a lost reply is answered "duplicate" for every event, stores nothing
twice, and moves no projection; a batch of which half was stored takes the other half."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime, timedelta

from sqlalchemy import func, select

from hubdesk.central import admin, service
from hubdesk.central.models import CentralEvent, CentralVisit
from hubdesk.domain.catalogue import VisitReason
from hubdesk.domain.people import AgeBand, Party, Role
from hubdesk.services.visits import SignIn, VisitService
from hubdesk.sync.protocol import MAX_BATCH_EVENTS, EventStatus, WireEvent
from tests.sync.proxy import FaultProxy
from tests.sync.support import BACKENDS, make_device, make_hub


def _batch(hub_id: uuid.UUID, n: int) -> list[dict]:
    at = datetime(2026, 6, 16, 9, 0, tzinfo=UTC)
    out = []
    for i in range(n):
        when = (at + timedelta(minutes=i)).isoformat()
        f = {"hub_id": str(hub_id), "reason": "just_visiting", "people": 2, "adults_mother": 1,
             "children_0_1": 1, "signed_in_at": when, "updated_at": when}  # fmt: skip
        out.append(WireEvent(uuid.uuid4(), i + 1, "visit", uuid.uuid4(), "signed_in", at, f,
                             None).to_wire())  # fmt: skip
    return out


def _stored(central) -> tuple[int, int]:
    with central.read() as session:
        events = session.scalar(select(func.count()).select_from(CentralEvent))
        visits = session.scalar(select(func.count()).select_from(CentralVisit))
    return events, visits


@BACKENDS
def test_a_whole_batch_sent_again_is_all_duplicates(central_db):
    make_hub(central_db)
    code = admin.create_enrolment_code(central_db, "RIV", url="https://central.example")
    done = service.enrol(central_db, code.code, device_name="kiosk", device_kind="kiosk")
    device = service.AuthedDevice(done.device_id, done.hub_id)
    batch = _batch(done.hub_id, MAX_BATCH_EVENTS)
    first = service.ingest(central_db, device, batch)
    assert first.count(EventStatus.ACCEPTED) == MAX_BATCH_EVENTS
    assert _stored(central_db) == (MAX_BATCH_EVENTS, MAX_BATCH_EVENTS)
    again = service.ingest(central_db, device, batch)
    assert again.count(EventStatus.DUPLICATE) == MAX_BATCH_EVENTS
    assert [r.status for r in again.results] == [EventStatus.DUPLICATE] * MAX_BATCH_EVENTS
    assert _stored(central_db) == (MAX_BATCH_EVENTS, MAX_BATCH_EVENTS)
    # half stored before (a batch split in two, the first half's reply lost): the rest go in
    fresh = _batch(done.hub_id, MAX_BATCH_EVENTS)
    service.ingest(central_db, device, fresh[: MAX_BATCH_EVENTS // 2])
    mixed = service.ingest(central_db, device, fresh)
    assert mixed.count(EventStatus.DUPLICATE) == MAX_BATCH_EVENTS // 2
    assert mixed.count(EventStatus.ACCEPTED) == MAX_BATCH_EVENTS // 2
    assert _stored(central_db) == (2 * MAX_BATCH_EVENTS, 2 * MAX_BATCH_EVENTS)


@BACKENDS
def test_a_device_resends_a_full_batch_after_a_lost_reply(tmp_path, central_db, live, clock):
    """Through the real engine and HTTP: 500 sign-ins pushed, the reply dropped after the service
    committed, the device sends the same 500 again: every one a duplicate, each stored once."""
    make_hub(central_db)
    proxy = FaultProxy(live.port)
    try:
        kiosk = make_device(tmp_path, central_db, live.url, "RIV", clock=clock,
                            sync_url=proxy.url)  # fmt: skip
        assert kiosk.engine.run_once().ok  # the device's own record
        visits = VisitService(kiosk.store, clock)
        party = Party.from_counts({Role.MOTHER: 1}, {AgeBand.B0_1: 1})
        for _ in range(MAX_BATCH_EVENTS):
            visits.sign_in(kiosk.actor, SignIn(VisitReason.JUST_VISITING, party=party))
        before = _stored(central_db)
        proxy.plan(["drop_response"])
        assert not kiosk.engine.run_once().ok  # stored, but the device never heard
        assert _stored(central_db) == (before[0] + MAX_BATCH_EVENTS, MAX_BATCH_EVENTS)
        report = kiosk.engine.run_once()
        assert report.ok
        assert (report.pushed, report.duplicates) == (0, MAX_BATCH_EVENTS)
        assert _stored(central_db) == (before[0] + MAX_BATCH_EVENTS, MAX_BATCH_EVENTS)
        assert kiosk.engine.status().waiting == 0
    finally:
        proxy.close()
