"""The client killed mid-batch (SIGKILL): nothing lost, nothing counted twice."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

from sqlalchemy import func, select

from hubdesk.central.models import CentralEvent
from hubdesk.domain.catalogue import VisitReason
from hubdesk.domain.people import AgeBand, Party, Role
from hubdesk.services.visits import SignIn, VisitService
from hubdesk.storage.engine import open_store
from hubdesk.sync.engine import SyncEngine
from tests.sync.proxy import FaultProxy
from tests.sync.support import BACKENDS, FAST, make_device, make_hub
from tests.sync.test_faults import assert_exactly_once

ROOT = Path(__file__).resolve().parents[2]
PARTY = Party.from_counts({Role.CARER: 1}, {AgeBand.B5_11: 1})


def spawn(device, batch: int) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "tests.sync.push_child", str(device.path), device.key.hex(),
         str(batch)],
        cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )  # fmt: skip


def server_count(central, device) -> int:
    with central.read() as session:
        return session.scalar(
            select(func.count())
            .select_from(CentralEvent)
            .where(CentralEvent.device_id == device.device_id)
        ) or 0  # fmt: skip


@BACKENDS
def test_killed_while_waiting_for_the_ack(tmp_path, central_db, live, clock):
    """The service stored the batch, the client dies before it hears: the resend is a duplicate."""
    make_hub(central_db)
    proxy = FaultProxy(live.port)
    device = make_device(tmp_path, central_db, live.url, "RIV", clock=clock, sync_url=proxy.url)
    visits = VisitService(device.store, clock)
    for _ in range(120):
        visits.sign_in(device.actor, SignIn(VisitReason.JUST_VISITING, party=PARTY))
    device.store.close()
    proxy.plan(["pass", "hold"])
    child = spawn(device, 50)
    try:
        assert proxy.held.wait(60), child.stderr.read() if child.poll() is not None else ""
        assert server_count(central_db, device) == 100  # two batches stored...
        child.send_signal(signal.SIGKILL)  # ...and the client dies before the second ack
        child.wait(10)
    finally:
        if child.poll() is None:
            child.kill()
        proxy.release.set()
        proxy.close()
    store = open_store(device.path, device.key)
    try:
        device.store = store
        with store.read() as session:
            from hubdesk.storage import outbox

            assert outbox.counts_by_state(session) == {"sent": 50, "pending": 71}
        from hubdesk.sync import config

        config.set_url(store, live.url)
        engine = SyncEngine(store, settings=FAST)
        report = engine.run_once()
        assert report.ok
        assert report.duplicates == 50
        assert report.pushed == 21
        assert_exactly_once(central_db, device)
    finally:
        store.close()


def test_killed_at_random_moments(tmp_path, central_db, live, clock):
    make_hub(central_db)
    device = make_device(tmp_path, central_db, live.url, "RIV", clock=clock)
    visits = VisitService(device.store, clock)
    for _ in range(600):
        visits.sign_in(device.actor, SignIn(VisitReason.JUST_VISITING, party=PARTY))
    device.store.close()
    rng = random.Random(1234)
    kills = 0
    for _ in range(6):
        child = spawn(device, 20)
        assert child.stdout is not None
        line = child.stdout.readline().strip()
        assert line == "ready", child.stderr.read() if child.stderr else ""
        time.sleep(rng.uniform(0.0, 0.3))  # a random point in the push, not a wait for a result
        if child.poll() is None:
            child.send_signal(signal.SIGKILL)
            kills += 1
        child.wait(10)
    assert kills > 0
    store = open_store(device.path, device.key)
    try:
        device.store = store
        engine = SyncEngine(store, settings=FAST)
        assert engine.run_once().ok
        assert_exactly_once(central_db, device)
        from hubdesk.storage.engine import integrity_check

        assert integrity_check(store) == "ok"
    finally:
        store.close()
