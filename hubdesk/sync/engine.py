"""The sync engine: push the outbox, pull the hub's events, keep trying, never lose or double.

Threading: `run_once` and `run_forever` run on a worker thread (the Qt bridge in `hubdesk.ui`
moves a worker to a QThread; `hubdesk sync` runs it in the main thread). They must not touch
widgets. `request_now`, `status`, `add_listener`, `quarantined`, `requeue` and `discard` may be
called from any thread. Listeners are called on the worker thread with the new `SyncStatus`
whenever it changes; a listener must hand the value to its own thread (a Qt signal does that).

Exactly once, end to end:
* an outbox row is marked `sent` only after the service acknowledged it, and the service stores an
  event once by its id, so a crash at any point means at most a resend, which the service answers
  with "duplicate" (success);
* the service compares a resend by everything but the sealed part's bytes (sealing uses a random
  nonce, so each send seals afresh), so a resend after a lost reply is a "duplicate", not a
  "conflict";
* pulled events are applied and the pull cursor moved in the same local transaction, and applying
  a snapshot twice changes nothing.
"""

from __future__ import annotations

import logging
import random
import threading
import uuid
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, replace
from datetime import datetime
from typing import Any

from sqlalchemy import delete, func, select, text, update
from sqlalchemy.exc import DBAPIError, IntegrityError
from sqlalchemy.orm import Session

from hubdesk.domain.clock import Clock, SystemClock
from hubdesk.security import sealing
from hubdesk.storage import clock as hlc_clock
from hubdesk.storage import meta, outbox
from hubdesk.storage.engine import Store
from hubdesk.storage.merges import adopt_late_rows
from hubdesk.storage.models import OutboxEvent
from hubdesk.storage.snapshots import apply_snapshot
from hubdesk.storage.sync_models import SyncParked
from hubdesk.sync import config
from hubdesk.sync.client import (
    DEFAULT_TIMEOUT,
    CentralClient,
    OfflineError,
    RefusedError,
    RetryLaterError,
)
from hubdesk.sync.protocol import (
    CLOCK_SKEW_LIMIT_S,
    DEFAULT_PULL_LIMIT,
    MAX_BATCH_EVENTS,
    EventStatus,
    PulledEvent,
    Reason,
    WireEvent,
    footfall_with_id,
)

log = logging.getLogger(__name__)

ONLINE = "online"
OFFLINE = "offline"
SYNCING = "syncing"


@dataclass(frozen=True)
class SyncStatus:
    """What the UI shows. `state` is "online", "offline" or "syncing".

    `problem` is a machine-readable code when the last attempt failed ("offline", "busy",
    "device_revoked", "not_enrolled", "no_hub_key", ...); `refused` is True when the service
    refuses this device (revoked or unknown): staff must act, retrying will not help.
    """

    state: str = OFFLINE
    last_success_at: datetime | None = None
    waiting: int = 0
    quarantined: int = 0
    problem: str | None = None
    refused: bool = False
    # this device's clock minus the service's, seconds, at the last reply that said its time
    clock_offset_s: float | None = None

    @property
    def clock_flagged(self) -> bool:
        """The device's clock is more than CLOCK_SKEW_LIMIT_S off the service's: staff should
        set it right. (Sync orders changes by clock stamps, so a wrong clock splits nothing, but
        the times it records are wrong.)"""
        return self.clock_offset_s is not None and abs(self.clock_offset_s) > CLOCK_SKEW_LIMIT_S


@dataclass
class SyncReport:
    """What one `run_once` did."""

    pushed: int = 0  # accepted by the service now
    duplicates: int = 0  # the service had them already (a resend after a crash or lost reply)
    quarantined: int = 0
    pulled: int = 0  # events of other devices received
    applied: int = 0  # of those, how many changed this store
    parked: int = 0
    batches: int = 0
    ok: bool = False
    offline: bool = False
    problem: str | None = None
    retry_after: float | None = None


@dataclass(frozen=True)
class EngineSettings:
    batch_size: int = MAX_BATCH_EVENTS
    pull_limit: int = DEFAULT_PULL_LIMIT
    interval_s: float = 5.0  # between syncs while online
    backoff_base_s: float = 1.0
    backoff_cap_s: float = 300.0
    timeout: tuple[float, float] = DEFAULT_TIMEOUT


@dataclass(frozen=True)
class QuarantinedEvent:
    event_id: uuid.UUID
    seq: int
    entity: str
    op: str
    occurred_at: datetime
    reason: str | None
    attempts: int


class _UnappliableError(Exception):
    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


class NotReadyError(Exception):
    def __init__(self, problem: str) -> None:
        super().__init__(problem)
        self.problem = problem


def full_jitter(attempt: int, base: float, cap: float, rng: random.Random) -> float:
    """AWS-style "full jitter": uniform between 0 and the capped exponential step."""
    return rng.uniform(0.0, min(cap, base * (2 ** min(attempt, 30))))


class SyncEngine:
    def __init__(
        self,
        store: Store,
        *,
        client: CentralClient | None = None,
        clock: Clock | None = None,
        settings: EngineSettings | None = None,
        rng: random.Random | None = None,
    ) -> None:
        self.store = store
        self.clock: Clock = clock or SystemClock()
        self.settings = settings or EngineSettings()
        self._rng = rng or random.Random()
        self._cfg = config.load(store)
        self.client = client
        self._own_client = client is None
        self._build_client()
        self._run_lock = threading.Lock()
        self._status_lock = threading.Lock()
        self._wake = threading.Event()
        self._listeners: list[Callable[[SyncStatus], None]] = []
        self._failures = 0
        self._heard: dict[uuid.UUID, datetime] = {}
        # pulled pages and a peer's events are applied one set at a time (the same parked rows)
        self._apply_lock = threading.RLock()
        self._batch_size = self.settings.batch_size
        with store.read() as session:
            last = meta.get(session, config.LAST_SUCCESS)
            counts = outbox.counts_by_state(session)
        self._status = SyncStatus(
            state=OFFLINE,
            last_success_at=datetime.fromisoformat(last) if last else None,
            waiting=counts.get("pending", 0),
            quarantined=counts.get("quarantined", 0),
        )

    # -- status -------------------------------------------------------------------------------

    def status(self) -> SyncStatus:
        with self._status_lock:
            return self._status

    def add_listener(self, callback: Callable[[SyncStatus], None]) -> None:
        """`callback(status)` on every change, called on the worker thread."""
        with self._status_lock:
            self._listeners.append(callback)

    def remove_listener(self, callback: Callable[[SyncStatus], None]) -> None:
        with self._status_lock:
            if callback in self._listeners:
                self._listeners.remove(callback)

    def _set_status(self, **changes: Any) -> None:
        with self._status_lock:
            new = replace(self._status, **changes)
            if new == self._status:
                return
            self._status = new
            listeners = list(self._listeners)
        for callback in listeners:
            try:
                callback(new)
            except Exception:
                log.exception("sync status listener failed")

    def _refresh_counts(self) -> None:
        with self.store.read() as session:
            counts = outbox.counts_by_state(session)
        self._set_status(waiting=counts.get("pending", 0), quarantined=counts.get("quarantined", 0))

    def refresh_counts(self) -> SyncStatus:
        """Count what waits and what was refused again, now (after the app wrote records between
        syncs), and tell the listeners if it changed. Any thread; reads the store briefly."""
        self._refresh_counts()
        return self.status()

    # -- the loop -----------------------------------------------------------------------------

    def request_now(self) -> None:
        """Sync as soon as possible ("sync now" button, link came up)."""
        self._wake.set()

    def run_forever(self, stop_event: threading.Event) -> None:
        """Sync every few seconds while online, back off while not, until `stop_event` is set.

        Blocks; runs on a worker thread. Never gives up: failures only lengthen the wait (up to
        the cap), and `request_now` cuts any wait short.
        """
        while not stop_event.is_set():
            report = self.run_once()
            delay = self.next_delay(report)
            self._wait(delay, stop_event)

    def next_delay(self, report: SyncReport) -> float:
        if report.ok:
            self._failures = 0
            return self.settings.interval_s
        self._failures += 1
        delay = full_jitter(
            self._failures, self.settings.backoff_base_s, self.settings.backoff_cap_s, self._rng
        )
        if report.retry_after is not None:
            delay = max(delay, report.retry_after)
        return delay

    def _wait(self, delay: float, stop_event: threading.Event) -> None:
        remaining = delay
        while remaining > 0 and not stop_event.is_set():
            step = min(remaining, 0.2)
            if self._wake.wait(step):
                break
            remaining -= step
        self._wake.clear()

    def run_once(self, *, push: bool = True, pull: bool = True) -> SyncReport:
        """Push everything waiting, then pull what the hub's other devices sent. One attempt."""
        with self._run_lock:
            report = SyncReport()
            self._set_status(state=SYNCING)
            try:
                self._ready()
                if push:
                    self._push_all(report)
                if pull:
                    self._pull_all(report)
            except NotReadyError as exc:
                report.problem = exc.problem
                self._set_status(state=OFFLINE, problem=exc.problem, refused=False)
            except OfflineError:
                report.offline = True
                report.problem = "offline"
                self._set_status(state=OFFLINE, problem="offline", refused=False)
            except RetryLaterError as exc:
                report.retry_after = exc.retry_after
                report.problem = "rate_limited" if exc.status == 429 else "busy"
                self._set_status(state=ONLINE, problem=report.problem, refused=False)
            except RefusedError as exc:
                report.problem = exc.reason
                self._set_status(
                    state=OFFLINE if exc.credential_problem else ONLINE,
                    problem=exc.reason,
                    refused=exc.credential_problem,
                )
            else:
                report.ok = True
                now = self.clock.now()
                with self.store.write() as session:
                    meta.put(session, config.LAST_SUCCESS, now.isoformat())
                self._set_status(state=ONLINE, last_success_at=now, problem=None, refused=False)
            finally:
                self._refresh_counts()
                if self.status().state == SYNCING:
                    self._set_status(state=OFFLINE)
            return report

    def _build_client(self) -> None:
        if self._own_client and self._cfg.url:
            if self.client is not None:
                self.client.close()
            self.client = CentralClient(
                self._cfg.url,
                self._cfg.credential,
                ca_bundle=self._cfg.ca_bundle,
                timeout=self.settings.timeout,
            )

    def _reload(self) -> None:
        """Pick up what changed in the store since the last run (enrolled, hub key adopted)."""
        fresh = config.load(self.store)
        if fresh == self._cfg:
            return
        moved = (fresh.url, fresh.credential, fresh.ca_bundle) != (
            self._cfg.url, self._cfg.credential, self._cfg.ca_bundle,
        )  # fmt: skip
        self._cfg = fresh
        if moved:
            self._build_client()

    def _ready(self) -> None:
        self._reload()
        if self.client is None or not self._cfg.credential:
            raise NotReadyError("not_enrolled")
        if self._cfg.hub_key is None:
            raise NotReadyError("no_hub_key")
        if self._cfg.device_id is None:
            raise NotReadyError("not_set_up")

    # -- push ---------------------------------------------------------------------------------

    def _push_all(self, report: SyncReport) -> None:
        """Send every pending event, batch by batch, oldest first.

        Three things overlap: this thread reads and seals the next batch, a sender thread has the
        current one on the wire, and a recorder thread marks the previous one sent. A row is
        marked only from the service's reply about it, so the overlap changes nothing about what
        is sent or counted.
        """
        assert self.client is not None
        client = self.client
        recorded: list[Future[tuple[int, int, int]]] = []
        with (
            ThreadPoolExecutor(max_workers=1, thread_name_prefix="hubdesk-push") as sender,
            ThreadPoolExecutor(max_workers=1, thread_name_prefix="hubdesk-record") as recorder,
        ):
            try:
                batch = self._prepare_batch(self._batch_size)
                while batch:
                    sent_at = self.clock.now()
                    future = sender.submit(client.push, batch, sent_at)
                    upcoming = self._prepare_batch(self._batch_size, after=batch[-1].seq)
                    try:
                        outcome = future.result()
                    except RefusedError as exc:
                        if exc.credential_problem:
                            raise
                        # The batch as a whole was refused (too big, malformed): split it until
                        # the event at fault is alone, then quarantine it so it never blocks the
                        # rest.
                        for done in recorded:
                            done.result()  # what came before is marked before we look again
                        if len(batch) > 1:
                            self._batch_size = max(1, len(batch) // 2)
                        else:
                            self._quarantine(batch[0].event_id, exc.reason)
                            report.quarantined += 1
                        batch = self._prepare_batch(self._batch_size)
                        continue
                    report.batches += 1
                    self._note_offset(sent_at, outcome.server_time)
                    recorded.append(recorder.submit(self._record, outcome.statuses))
                    if self._batch_size < self.settings.batch_size:
                        self._batch_size = min(self.settings.batch_size, self._batch_size * 2)
                        upcoming = self._prepare_batch(self._batch_size, after=batch[-1].seq)
                    batch = upcoming
            finally:
                for done in recorded:
                    if done.exception() is None:
                        pushed, duplicates, quarantined = done.result()
                        report.pushed += pushed
                        report.duplicates += duplicates
                        report.quarantined += quarantined
        for done in recorded:
            done.result()  # a failure to mark is raised, not lost

    def _note_offset(self, device_time: datetime, server_time: datetime | None) -> None:
        if server_time is not None:
            self._set_status(clock_offset_s=round((device_time - server_time).total_seconds()))

    def _prepare_batch(self, size: int, *, after: int = 0) -> list[WireEvent]:
        """The oldest pending events after `after`, with their personal fields sealed.

        Read only: sealing is done afresh for each send (a new nonce each time), which the
        service treats as the same event (see `protocol.body_hash`).
        """
        hub_key = self._cfg.hub_key
        assert hub_key is not None
        table = OUTBOX
        with self.store.read() as session:
            rows = session.execute(
                select(
                    table.c.seq, table.c.event_id, table.c.entity, table.c.entity_id,
                    table.c.op, table.c.occurred_at, table.c.body,
                )
                .where(table.c.state == "pending", table.c.seq > after)
                .order_by(table.c.seq)
                .limit(size)
            ).all()  # fmt: skip
        batch = []
        for seq, event_id, entity, entity_id, op, occurred_at, body in rows:
            personal = body.get("personal") or {}
            sealed = sealing.seal(hub_key, event_id, personal) if personal else None
            batch.append(
                WireEvent(event_id, seq, entity, entity_id, op, occurred_at,
                          dict(body.get("footfall") or {}), sealed)
            )  # fmt: skip
        return batch

    def _record(
        self, statuses: dict[uuid.UUID, tuple[EventStatus, str | None]]
    ) -> tuple[int, int, int]:
        """Mark a batch from the service's reply: (accepted, duplicates, quarantined)."""
        sent = [eid for eid, (st, _) in statuses.items() if st in _DONE]
        pushed = sum(1 for st, _ in statuses.values() if st is EventStatus.ACCEPTED)
        duplicates = sum(1 for st, _ in statuses.values() if st is EventStatus.DUPLICATE)
        quarantined = 0
        now = self.clock.now()
        with self.store.write() as session:
            for chunk in range(0, len(sent), 500):
                session.execute(
                    update(OutboxEvent)
                    .where(
                        OutboxEvent.event_id.in_(sent[chunk : chunk + 500]),
                        _STATE == "pending",
                    )
                    .values(
                        state="sent",
                        sent_at=now,
                        last_error=None,
                        attempts=OutboxEvent.attempts + 1,
                    )
                )
            for event_id, (status, reason) in statuses.items():
                if status in _DONE:
                    continue
                why = reason or status.value
                session.execute(
                    update(OutboxEvent)
                    .where(OutboxEvent.event_id == event_id, _STATE == "pending")
                    .values(
                        state="quarantined",
                        last_error=why[:200],
                        attempts=OutboxEvent.attempts + 1,
                    )
                )
                quarantined += 1
                log.warning("sync: event quarantined", extra={"reason": why})
        return pushed, duplicates, quarantined

    def _quarantine(self, event_id: uuid.UUID, reason: str) -> None:
        with self.store.write() as session:
            session.execute(
                update(OutboxEvent)
                .where(OutboxEvent.event_id == event_id, _STATE == "pending")
                .values(state="quarantined", last_error=reason[:200])
            )

    # -- quarantine, for staff ----------------------------------------------------------------

    def quarantined(self) -> list[QuarantinedEvent]:
        with self.store.read() as session:
            return [
                QuarantinedEvent(
                    r.event_id, r.seq, r.entity, r.op, r.occurred_at, r.last_error, r.attempts
                )
                for r in session.scalars(
                    select(OutboxEvent)
                    .where(OutboxEvent.state == "quarantined")
                    .order_by(OutboxEvent.seq)
                )
            ]

    def requeue(self, event_id: uuid.UUID) -> bool:
        """Send a quarantined event again at the next sync. False if it was not quarantined."""
        return self._move(event_id, "pending")

    def discard(self, event_id: uuid.UUID) -> bool:
        """Give up sending a quarantined event (the local record stays)."""
        return self._move(event_id, "discarded")

    def _move(self, event_id: uuid.UUID, state: str) -> bool:
        with self.store.write() as session:
            done = session.execute(
                update(OutboxEvent)
                .where(OutboxEvent.event_id == event_id, _STATE == "quarantined")
                .values(state=state, last_error=None)
            )
            changed = bool(getattr(done, "rowcount", 0))
        self._refresh_counts()
        return changed

    # -- pull ---------------------------------------------------------------------------------

    def _pull_all(self, report: SyncReport) -> None:
        assert self.client is not None
        applied_before = report.applied
        while True:
            with self.store.read() as session:
                cursor = config.get_cursor(session)
            page = self.client.pull(
                cursor, self.settings.pull_limit, skip_device=self._cfg.device_id
            )
            self._note_offset(self.clock.now(), page.server_time)
            theirs = [e for e in page.events if e.device_id != self._cfg.device_id]
            report.pulled += len(theirs)
            with self._apply_lock:
                self._apply_page(theirs, page.next_cursor, report)
            if theirs:
                now = self.clock.now()
                with self._status_lock:
                    self._heard.update((e.device_id, now) for e in theirs)
            if not page.more or page.next_cursor <= cursor:
                break
        with self._apply_lock:
            self._retry_parked(report)  # their parents may have come in these pages
        if report.applied > applied_before:
            # rows another device recorded under a record this device has merged (storage/merges)
            with self.store.write() as session:
                adopt_late_rows(session, self.clock.now())

    def _open(self, pulled: PulledEvent) -> dict[str, Any] | None:
        if pulled.event.sealed is None:
            return {}
        assert self._cfg.hub_key is not None
        return sealing.open_sealed(self._cfg.hub_key, pulled.event.event_id, pulled.event.sealed)

    def apply_from_peer(
        self, events: list[PulledEvent], mark: Callable[[Session], None]
    ) -> SyncReport:
        """Apply events another device of the hub sent directly (hubdesk.sync.peer), exactly as
        a pulled page is applied, with `mark(session)` (the peer's cursor) in the same
        transaction instead of the service's cursor. They never go into this device's outbox,
        so they are never sent as this device's own. Any thread; one store transaction (or one
        per event when the page must be taken apart)."""
        report = SyncReport(pulled=len(events))
        with self._apply_lock:
            self._apply_page(events, 0, report, mark=mark)
            if report.parked or self.parked_count():
                self._retry_parked(report)
            if report.applied:
                with self.store.write() as session:
                    adopt_late_rows(session, self.clock.now())
        report.ok = True
        return report

    def heard_via_service(self) -> dict[uuid.UUID, datetime]:
        """When events of each other device of the hub last came in through the service (this
        run of the app). Any thread."""
        with self._status_lock:
            return dict(self._heard)

    def _apply_page(
        self,
        events: list[PulledEvent],
        cursor: int,
        report: SyncReport,
        mark: Callable[[Session], None] | None = None,
    ) -> None:
        """Apply a page in one transaction, moving the cursor with it. If anything in it fails
        (a parent record not here yet, a field that does not fit), roll back and apply the
        page one event per transaction, parking what cannot go in.

        A family's erasure in the page is applied before the page's other events. Erasure is
        sticky, so this changes nothing about the outcome, but a device that never held the
        family (the central service dropped the sealed parts of the events before the erasure,
        so they come without names) then makes its records as erased at once, instead of
        failing the page and parking them until the erasure is in.
        """
        events = sorted(events, key=lambda pulled: not _is_erasure(pulled))  # stable

        def _move(session: Session) -> None:
            if mark is not None:
                mark(session)
            else:
                config.put_cursor(session, cursor)

        try:
            applied = parked = 0
            with self.store.write() as session:
                session.execute(text("PRAGMA defer_foreign_keys = ON"))
                for pulled in events:
                    outcome = self._apply_one(session, pulled)
                    applied += outcome == "applied"
                    parked += outcome == "parked"
                hlc_clock.observe(session, _stamps(events), self.clock.now())
                _move(session)
            report.applied += applied
            report.parked += parked
            return
        except (DBAPIError, ValueError, TypeError, KeyError):
            pass  # rolled back: nothing of the page was kept
        for pulled in events:
            try:
                with self.store.write() as session:
                    session.execute(text("PRAGMA defer_foreign_keys = ON"))
                    outcome = self._apply_one(session, pulled)
            except IntegrityError:
                self._park(pulled, "missing_parent", report)
                continue
            except (DBAPIError, ValueError, TypeError, KeyError):
                self._park(pulled, Reason.BAD_EVENT.value, report)
                continue
            report.applied += outcome == "applied"
            report.parked += outcome == "parked"
        with self.store.write() as session:
            hlc_clock.observe(session, _stamps(events), self.clock.now())
            _move(session)

    def _apply_event(self, session: Session, pulled: PulledEvent) -> bool:
        """Apply one pulled event; True if the store changed.

        Raises _UnappliableError when the sealed part does not open (nothing was written);
        database and decoding errors propagate, and the caller rolls back. No savepoint per
        event: on the fast path a page is one transaction, and savepoints cost two statements
        and a flush per event.
        """
        event = pulled.event
        try:
            personal = self._open(pulled)
        except sealing.SealError:
            raise _UnappliableError("seal") from None
        return apply_snapshot(
            session, event.entity, footfall_with_id(event.footfall, event.entity_id), personal
        )

    def _apply_one(self, session: Session, pulled: PulledEvent) -> str:
        """ "applied", "unchanged" or "parked" (sealed part does not open)."""
        try:
            changed = self._apply_event(session, pulled)
        except _UnappliableError as exc:
            self._park_in(session, pulled, exc.reason)
            return "parked"
        return "applied" if changed else "unchanged"

    def _park_in(self, session: Session, pulled: PulledEvent, reason: str) -> None:
        held = session.get(SyncParked, pulled.server_id)
        if held is None:
            # the same event parked before under another id (it came from a peer directly, or
            # from the service before a peer): one row per event
            held = session.scalar(
                select(SyncParked).where(SyncParked.event_id == pulled.event.event_id)
            )
        if held is not None:
            held.attempts += 1
            held.reason = reason
            return
        event = pulled.event
        session.add(
            SyncParked(
                server_id=pulled.server_id,
                event_id=event.event_id,
                device_id=pulled.device_id,
                entity=event.entity,
                entity_id=event.entity_id,
                op=event.op,
                seq=event.seq,
                occurred_at=event.occurred_at,
                footfall=dict(event.footfall),
                sealed=event.sealed,
                reason=reason,
                attempts=1,
                parked_at=self.clock.now(),
            )
        )

    def _park(self, pulled: PulledEvent, reason: str, report: SyncReport) -> None:
        with self.store.write() as session:
            self._park_in(session, pulled, reason)
        report.parked += 1

    def _retry_parked(self, report: SyncReport) -> None:
        """Try the parked events again (their parent may have arrived since)."""
        with self.store.read() as session:
            parked = list(session.scalars(select(SyncParked).order_by(SyncParked.server_id)))
        for row in parked:
            pulled = PulledEvent(
                row.server_id,
                row.device_id,
                WireEvent(row.event_id, row.seq, row.entity, row.entity_id, row.op,
                          row.occurred_at, dict(row.footfall), row.sealed),
            )  # fmt: skip
            try:
                with self.store.write() as session:
                    session.execute(text("PRAGMA defer_foreign_keys = ON"))
                    self._apply_event(session, pulled)
                    hlc_clock.observe(session, _stamps([pulled]), self.clock.now())
                    session.execute(delete(SyncParked).where(SyncParked.server_id == row.server_id))
                report.applied += 1
            except (_UnappliableError, DBAPIError, ValueError, TypeError, KeyError):
                with self.store.write() as session:
                    held = session.get(SyncParked, row.server_id)
                    if held is not None:
                        held.attempts += 1

    def parked_count(self) -> int:
        """Pulled events waiting for their parent record (or a hub key that opens them)."""
        with self.store.read() as session:
            return session.scalar(select(func.count()).select_from(SyncParked)) or 0


def _stamps(events: list[PulledEvent]) -> list[object]:
    """The clock stamps pulled events carry (events from older app versions carry none)."""
    return [e.event.footfall.get("hlc") for e in events]


def _is_erasure(pulled: PulledEvent) -> bool:
    """A family's erasure (storage/snapshots.apply_snapshot reads the same footfall field)."""
    return pulled.event.entity == "family" and pulled.event.footfall.get("erased_at") is not None


_DONE = (EventStatus.ACCEPTED, EventStatus.DUPLICATE)
# `state || ''`: the same test, but SQLite cannot use ix_outbox_state_seq for it. Without this the
# planner picks that index for "event_id IN (...) AND state = 'pending'" and walks every pending
# row for each batch it marks (a 100,000-event backlog drained in O(n^2)).
_STATE = OutboxEvent.state.concat("")
OUTBOX = OutboxEvent.metadata.tables["outbox"]
