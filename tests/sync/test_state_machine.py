"""A hypothesis state machine over enqueue, push, failure, crash and restart: every committed
event reaches the service exactly once. Runs against the real service on loopback, with faults
from the proxy."""

from __future__ import annotations

from hypothesis import settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, rule, run_state_machine_as_test
from sqlalchemy import select

from hubdesk.central.models import CentralEvent
from hubdesk.domain.catalogue import VisitReason
from hubdesk.domain.people import AgeBand, Party, Role
from hubdesk.services.visits import SignIn, VisitService
from hubdesk.storage.engine import open_store
from hubdesk.storage.models import OutboxEvent
from hubdesk.sync.engine import EngineSettings, SyncEngine
from tests.sync.proxy import FaultProxy
from tests.sync.support import make_device, make_hub

PARTY = Party.from_counts({Role.MOTHER: 1}, {AgeBand.B0_1: 1})
SETTINGS = EngineSettings(batch_size=4, timeout=(2, 0.8), backoff_cap_s=0.01)
FAULTS = ["drop_request", "drop_response", "500", "429", "twice", "twice_parallel", "delay"]


def test_every_committed_event_reaches_the_service_once(tmp_path_factory, central_db, live, clock):
    make_hub(central_db)
    proxy = FaultProxy(live.port, retry_after=1, delay_s=1.2)

    class Sync(RuleBasedStateMachine):
        def __init__(self) -> None:
            super().__init__()
            self.device = make_device(
                tmp_path_factory.mktemp("dev"), central_db, live.url, "RIV", clock=clock,
                settings=SETTINGS, sync_url=proxy.url,
            )  # fmt: skip
            self.visits = VisitService(self.device.store, clock)

        def committed(self) -> set:
            with self.device.store.read() as session:
                return set(session.scalars(select(OutboxEvent.event_id)))

        def on_service(self) -> list:
            with central_db.read() as session:
                return list(
                    session.scalars(
                        select(CentralEvent.event_id).where(
                            CentralEvent.device_id == self.device.device_id
                        )
                    )
                )

        @rule(n=st.integers(1, 6))
        def enqueue(self, n: int) -> None:
            for _ in range(n):
                self.visits.sign_in(
                    self.device.actor, SignIn(VisitReason.JUST_VISITING, party=PARTY)
                )

        @rule()
        def push(self) -> None:
            proxy.plan([])
            self.device.engine.run_once()

        @rule(fault=st.sampled_from(FAULTS))
        def push_with_failure(self, fault: str) -> None:
            proxy.plan([fault])
            self.device.engine.run_once()
            proxy.plan([])

        @rule()
        def crash(self) -> None:
            """Forget everything the engine held in memory (as a killed process would)."""
            self.device.engine = SyncEngine(self.device.store, settings=SETTINGS)

        @rule(fault=st.sampled_from(["drop_response", "drop_request"]))
        def crash_mid_push(self, fault: str) -> None:
            proxy.plan([fault])
            self.device.engine.run_once()
            proxy.plan([])
            self.crash()

        @rule()
        def restart(self) -> None:
            """Close and reopen the store: only what was committed survives."""
            self.device.store.close()
            self.device.store = open_store(self.device.path, self.device.key, backup=False)
            self.visits = VisitService(self.device.store, clock)
            self.crash()

        @invariant()
        def service_holds_only_committed_events_once(self) -> None:
            held = self.on_service()
            assert len(held) == len(set(held))
            assert set(held) <= self.committed()

        def teardown(self) -> None:
            try:
                proxy.plan([])
                for _ in range(10):
                    report = self.device.engine.run_once()
                    if report.ok and self.device.engine.status().waiting == 0:
                        break
                held = self.on_service()
                assert sorted(held) == sorted(self.committed())
                with self.device.store.read() as session:
                    assert set(session.scalars(select(OutboxEvent.state))) == {"sent"}
            finally:
                self.device.store.close()

    try:
        run_state_machine_as_test(
            Sync,
            settings=settings(max_examples=12, stateful_step_count=10, deadline=None),
        )
    finally:
        proxy.close()
