"""Faults between device and service, injected by a proxy of our own on loopback. After each, the
service holds exactly the device's events, once each, and the device has nothing left to send."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from hubdesk.central.models import CentralEvent
from hubdesk.domain.catalogue import VisitReason
from hubdesk.domain.people import AgeBand, Party, Role
from hubdesk.services.visits import SignIn, VisitService
from hubdesk.storage.models import OutboxEvent
from hubdesk.sync.engine import EngineSettings, SyncEngine
from tests.sync.proxy import FaultProxy
from tests.sync.support import BACKENDS, make_device, make_hub

PARTY = Party.from_counts({Role.FATHER: 1}, {AgeBand.B2_4: 2})
# small batches so that a run has several; a short read timeout for the "delay" fault
SETTINGS = EngineSettings(
    batch_size=7, interval_s=0.01, backoff_base_s=0.01, backoff_cap_s=0.02, timeout=(2, 1.0)
)


def assert_exactly_once(central, device) -> None:
    with device.store.read() as session:
        local = list(session.scalars(select(OutboxEvent.event_id)))
        states = set(session.scalars(select(OutboxEvent.state)))
    with central.read() as session:
        held = list(
            session.scalars(
                select(CentralEvent.event_id).where(CentralEvent.device_id == device.device_id)
            )
        )
    assert states == {"sent"}
    assert len(held) == len(set(held))
    assert sorted(held) == sorted(local)


def drain(engine: SyncEngine, limit: int = 30):
    reports = []
    for _ in range(limit):
        report = engine.run_once()
        reports.append(report)
        if report.ok and engine.status().waiting == 0:
            return reports
    raise AssertionError(f"did not drain: {reports[-3:]}")


@pytest.fixture
def proxy(live):
    p = FaultProxy(live.port, retry_after=3, delay_s=1.6)
    yield p
    p.close()


FAULTS = [
    ["drop_request"],
    ["drop_response"],
    ["500", "503"],
    ["429"],
    ["delay"],
    ["twice"],
    ["twice_parallel"],
    ["pass", "drop_response", "twice", "500", "drop_request", "twice_parallel", "429", "delay"],
]


# Every fault on SQLite; on PostgreSQL the concurrent double delivery (its unique-constraint
# race) and the mixed sequence, to keep the suite quick.
CASES = [pytest.param("sqlite", f, id="+".join(f) + "-sqlite") for f in FAULTS] + [
    pytest.param("postgresql", f, id="+".join(f) + "-postgresql", marks=pytest.mark.postgres)
    for f in (FAULTS[6], FAULTS[7])
]


@pytest.mark.parametrize(("central_db", "faults"), CASES, indirect=["central_db"])
def test_push_survives_fault(tmp_path, central_db, live, proxy, clock, faults):
    make_hub(central_db)
    device = make_device(
        tmp_path, central_db, live.url, "RIV", clock=clock, settings=SETTINGS, sync_url=proxy.url
    )
    visits = VisitService(device.store, clock)
    for _ in range(60):
        visits.sign_in(device.actor, SignIn(VisitReason.JUST_VISITING, party=PARTY))
    proxy.plan(faults)
    reports = drain(device.engine)
    assert proxy.remaining() == 0  # every fault was met
    assert_exactly_once(central_db, device)
    if "429" in faults:
        limited = [r for r in reports if r.problem == "rate_limited"]
        assert limited
        assert limited[0].retry_after == 3
        assert device.engine.next_delay(limited[0]) >= 3
    if any(f.startswith("drop") or f == "delay" for f in faults):
        assert any(r.offline for r in reports)
    if "drop_response" in faults:  # stored, but the device never heard: its resend is a duplicate
        assert sum(r.duplicates for r in reports) > 0


@BACKENDS
def test_pull_survives_faults(tmp_path, central_db, live, proxy, clock):
    make_hub(central_db)
    kiosk = make_device(tmp_path, central_db, live.url, "RIV", clock=clock, settings=SETTINGS)
    desk = make_device(
        tmp_path, central_db, live.url, "RIV", name="desk", clock=clock,
        settings=EngineSettings(pull_limit=3, timeout=(2, 1.0)), sync_url=proxy.url,
    )  # fmt: skip
    visits = VisitService(kiosk.store, clock)
    ids = {
        visits.sign_in(kiosk.actor, SignIn(VisitReason.JUST_VISITING, party=PARTY)).visit_id
        for _ in range(10)
    }
    assert drain(kiosk.engine)
    proxy.plan(["pass", "drop_response", "500", "twice", "delay", "drop_request"], method="GET")
    drain(desk.engine)
    assert proxy.remaining() == 0
    seen = {v.visit_id for v in VisitService(desk.store, clock).who_is_in(desk.hub_id)}
    assert seen == ids


def test_status_goes_offline_on_connection_errors_and_back(tmp_path, central_db, live, clock):
    make_hub(central_db)
    proxy = FaultProxy(live.port)
    device = make_device(
        tmp_path, central_db, live.url, "RIV", clock=clock, settings=SETTINGS, sync_url=proxy.url
    )
    seen = []
    device.engine.add_listener(seen.append)
    proxy.close()  # nothing listens there now
    report = device.engine.run_once()
    assert report.offline
    assert device.engine.status().state == "offline"
    assert device.engine.status().problem == "offline"
    states = [s.state for s in seen]
    changes = [a for i, a in enumerate(states) if i == 0 or a != states[i - 1]]
    assert changes[:2] == ["syncing", "offline"]
