"""The engine's own behaviour: quarantine and the staff actions on it, oversized batches, events
parked until their parent arrives, the background loop, listeners."""

from __future__ import annotations

import random
import threading
import time
import uuid
from datetime import date

from hubdesk.domain.catalogue import VisitReason
from hubdesk.domain.ids import uuid7
from hubdesk.domain.people import AgeBand, Party, Role
from hubdesk.services.families import AdultIn, FamilyIn, FamilyService
from hubdesk.services.visits import SignIn, VisitService
from hubdesk.storage import outbox, snapshots
from hubdesk.storage.models import OutboxEvent
from hubdesk.sync import protocol
from hubdesk.sync.client import CentralClient
from hubdesk.sync.engine import EngineSettings, full_jitter
from tests.sync.support import FAST, make_device, make_hub

PARTY = Party.from_counts({Role.MOTHER: 1}, {AgeBand.B0_1: 1})


def add_raw_event(device, entity: str, footfall: dict, personal: dict | None = None) -> uuid.UUID:
    event_id = uuid7()
    with device.store.write() as session:
        session.add(
            OutboxEvent(
                event_id=event_id, entity=entity, entity_id=uuid7(), op="upsert",
                occurred_at=device.engine.clock.now(),
                body={"footfall": footfall, "personal": personal or {}}, state="pending",
            )
        )  # fmt: skip
    return event_id


def states(device) -> dict:
    with device.store.read() as session:
        return outbox.counts_by_state(session)


def test_protocol_entities_match_the_store():
    assert set(snapshots.ENTITIES) == protocol.ENTITIES


def test_refused_events_are_quarantined_and_the_rest_go_on(tmp_path, central_db, live, clock):
    make_hub(central_db)
    make_hub(central_db, "HIL")
    kiosk = make_device(tmp_path, central_db, live.url, "RIV", clock=clock)
    visits = VisitService(kiosk.store, clock)
    visits.sign_in(kiosk.actor, SignIn(VisitReason.JUST_VISITING, party=PARTY))
    bad = add_raw_event(kiosk, "spaceship", {"x": 1})
    other_hub = add_raw_event(kiosk, "site", {"hub_id": str(uuid.uuid4()), "name": "x"})
    visits.sign_in(kiosk.actor, SignIn(VisitReason.JUST_VISITING, party=PARTY))
    report = kiosk.engine.run_once()
    assert report.ok
    assert report.quarantined == 2
    assert states(kiosk) == {"sent": 3, "quarantined": 2}
    status = kiosk.engine.status()
    assert (status.waiting, status.quarantined) == (0, 2)
    held = {q.event_id: q.reason for q in kiosk.engine.quarantined()}
    assert held == {bad: "unknown_entity (e)", other_hub: "wrong_hub (f.hub_id)"}

    assert kiosk.engine.requeue(bad)
    assert not kiosk.engine.requeue(uuid.uuid4())
    assert kiosk.engine.status().waiting == 1
    assert kiosk.engine.run_once().quarantined == 1  # refused again
    assert kiosk.engine.discard(bad)
    assert kiosk.engine.discard(other_hub)
    assert not kiosk.engine.discard(other_hub)
    assert kiosk.engine.quarantined() == []
    assert states(kiosk) == {"sent": 3, "discarded": 2}
    assert kiosk.engine.status().quarantined == 0


def test_an_event_too_big_for_any_batch_is_quarantined_alone(tmp_path, central_db, live, clock):
    make_hub(central_db)
    kiosk = make_device(tmp_path, central_db, live.url, "RIV", clock=clock)
    visits = VisitService(kiosk.store, clock)
    for _ in range(5):
        visits.sign_in(kiosk.actor, SignIn(VisitReason.JUST_VISITING, party=PARTY))
    noise = random.Random(3).randbytes(1_500_000).hex()  # over 1 MiB even as gzip
    huge = add_raw_event(kiosk, "activity", {"hub_id": str(kiosk.hub_id), "name": noise})
    for _ in range(5):
        visits.sign_in(kiosk.actor, SignIn(VisitReason.JUST_VISITING, party=PARTY))
    report = kiosk.engine.run_once()
    assert report.ok
    assert [(q.event_id, q.reason) for q in kiosk.engine.quarantined()] == [(huge, "too_large")]
    assert states(kiosk) == {"sent": 11, "quarantined": 1}


def test_an_event_whose_parent_is_missing_waits_for_it(tmp_path, central_db, live, clock):
    make_hub(central_db)
    kiosk = make_device(tmp_path, central_db, live.url, "RIV", clock=clock)
    desk = make_device(tmp_path, central_db, live.url, "RIV", name="desk", clock=clock)
    family = FamilyService(kiosk.store, clock).register(
        kiosk.actor, FamilyIn(adults=(AdultIn("Ada", "Lovelace", Role.MOTHER),), consent=True)
    )
    visit = VisitService(kiosk.store, clock).sign_in(
        kiosk.actor,
        SignIn(VisitReason.JUST_VISITING, family_id=family.family_id,
               member_ids=family.member_ids),
    )  # fmt: skip
    # The visit reaches the service before its family does (as if sent by another route).
    batch = kiosk.engine._prepare_batch(100)
    first_visit = [e for e in batch if e.entity == "visit"]
    client = CentralClient(live.url, kiosk.engine._cfg.credential)
    client.push(first_visit, clock.now())
    report = desk.engine.run_once()
    assert report.ok
    assert report.parked == 1
    assert desk.engine.parked_count() == 1
    assert VisitService(desk.store, clock).who_is_in(desk.hub_id) == []
    # Then the family arrives; the parked visit goes in at the next pull.
    assert kiosk.engine.run_once().duplicates == 1
    assert desk.engine.run_once().ok
    assert desk.engine.parked_count() == 0
    inside = VisitService(desk.store, clock).who_is_in(desk.hub_id)
    assert [(v.visit_id, v.names) for v in inside] == [(visit.visit_id, "Ada")]
    _ = date


def test_run_forever_syncs_in_the_background_and_on_request(tmp_path, central_db, live, clock):
    make_hub(central_db)
    settings = EngineSettings(interval_s=60, backoff_base_s=0.01, backoff_cap_s=0.05,
                              timeout=(2, 5))  # fmt: skip
    kiosk = make_device(tmp_path, central_db, live.url, "RIV", clock=clock, settings=settings)
    seen: list = []
    changed = threading.Event()

    def listener(status) -> None:
        seen.append(status)
        changed.set()

    kiosk.engine.add_listener(listener)
    stop = threading.Event()
    worker = threading.Thread(target=kiosk.engine.run_forever, args=(stop,), daemon=True)
    worker.start()
    try:
        assert _wait_for(lambda: kiosk.engine.status().last_success_at is not None)
        VisitService(kiosk.store, clock).sign_in(
            kiosk.actor, SignIn(VisitReason.JUST_VISITING, party=PARTY)
        )
        kiosk.engine.request_now()  # interval is 60 s: only this makes it sync again now
        assert _wait_for(lambda: states(kiosk).get("pending", 0) == 0)
    finally:
        stop.set()
        worker.join(10)
    assert not worker.is_alive()
    assert {"syncing", "online"} <= {s.state for s in seen}
    assert seen[-1].waiting == 0


def test_backoff_is_full_jitter_under_a_cap():
    rng = random.Random(1)
    delays = [full_jitter(n, 1.0, 300.0, rng) for n in range(1, 40)]
    assert all(0 <= d <= min(300.0, 2**n) for n, d in enumerate(delays, start=1))
    assert max(delays[-10:]) > 100  # it does grow to the cap


def test_not_enrolled_is_reported_not_raised(store, identity):
    from hubdesk.sync.engine import SyncEngine

    engine = SyncEngine(store, settings=FAST)
    report = engine.run_once()
    assert not report.ok
    assert report.problem == "not_enrolled"
    assert engine.status().state == "offline"


def _wait_for(predicate, timeout: float = 20.0) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return True
        time.sleep(0.02)
    return False
