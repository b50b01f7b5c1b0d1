"""Devices of one hub exchanging their events directly on the local network, so that the hub
keeps working as one while its internet is down (docs/sync-protocol.md, "Devices of one hub,
directly").

Every device that takes part listens on a port (`PeerSettings.port`) and, every few seconds and
whenever asked (`request_now`: a kiosk's request to speak to someone), opens an exchange with each
other device it knows of (the fleet settings' addresses, or discovery). An exchange, over the
channel of `peer_channel` (both ends proved they hold the hub key; every frame AES-256-GCM):

1. push: the connecting device asks how far the other holds its events (`state`), then sends its
   own outbox events after that, oldest first, in batches (`push`); the other applies each batch
   and moves its cursor for the sender in one transaction, and answers how far it now holds them;
2. fetch: it asks for the other's own events after its cursor for that device (`fetch`), applies
   each page and moves that cursor in one transaction;
3. ack: it tells the other how far it holds the other's events (`ack`), so a kiosk knows that a
   desk has its request to speak to someone.

Exactly once: a device hands over only its own events (outbox rows, written with the change), never
ones it received, and keeps pushing those to the central service as before (the service stores
each event once by its id). A receiver keeps, per sending device, the highest sequence number it
applied (`outbox.PEER_HELD`), moved in the transaction that applies the events, and applies only
events after it; an event that cannot be applied yet is parked, as a pulled one is. So a crash or a
cut connection at any point means at most a resend, which the receiver skips (or, if the page had
to be taken apart one event per transaction, applies again to no effect: snapshots are
idempotent). Events received directly never enter the receiver's outbox, so they are never sent
as its own; when the same event comes later through the service, applying it changes nothing.

Threading: `start` runs a listener thread (one thread per connection, at most
`max_sessions`) and an exchange loop thread; both write the store through its own transactions.
`status`, `request_now`, `add_listener` may be called from any thread; listeners are called on
the peer threads and must hand the value to their own thread.
"""

from __future__ import annotations

import base64
import contextlib
import logging
import socket
import threading
import uuid
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from hubdesk.config.fleet import FleetConfig
from hubdesk.config.vars import parse_address
from hubdesk.domain.clock import Clock, SystemClock
from hubdesk.security import sealing
from hubdesk.storage import meta, outbox
from hubdesk.storage.engine import Store
from hubdesk.storage.models import OutboxEvent
from hubdesk.sync import config
from hubdesk.sync.engine import SyncEngine
from hubdesk.sync.peer_channel import (
    Channel,
    Identity,
    PeerGoneError,
    PeerInfo,
    PeerRefusedError,
    client_handshake,
    peer_key,
    server_handshake,
)
from hubdesk.sync.protocol import ProtocolError, PulledEvent, WireEvent, parse_event

log = logging.getLogger(__name__)

DEFAULT_PEER_PORT = 47633
MAX_PEER_BATCH = 500
HANDSHAKE_DEADLINE_S = 5.0
STAFF_KINDS = frozenset({"desk", "outreach"})
_OUTBOX = OutboxEvent.metadata.tables["outbox"]


@dataclass(frozen=True)
class PeerSettings:
    """How this device takes part. `port` 0 means it does not listen; `peers` are the other
    devices' "host:port" addresses (from the fleet settings)."""

    port: int = 0
    listen_host: str = "0.0.0.0"  # noqa: S104 - the hub's network; only the hub's devices pass
    peers: tuple[str, ...] = ()
    interval_s: float = 2.0
    connect_timeout_s: float = 2.0
    io_timeout_s: float = 10.0
    batch_size: int = MAX_PEER_BATCH
    max_sessions: int = 8

    @property
    def enabled(self) -> bool:
        return self.port > 0 or bool(self.peers)

    @classmethod
    def from_fleet(cls, fleet: FleetConfig) -> PeerSettings:
        """The fleet settings' `peer_port` and `peers` (docs/deployment.md)."""
        return cls(port=fleet.peer_port, peers=tuple(fleet.peers))


@dataclass(frozen=True)
class PeerSeen:
    """What this device knows of another device of the hub, directly."""

    device_id: uuid.UUID
    kind: str
    address: str | None = None  # where it was reached (None: it only connected to us)
    direct_at: datetime | None = None  # the last exchange that completed, either way round
    problem: str | None = None  # why the last attempt to reach it failed, if it did


@dataclass(frozen=True)
class PeerStatus:
    """Every device heard from directly, and when events last came in directly."""

    seen: tuple[PeerSeen, ...] = ()
    applied_at: datetime | None = None  # the last time events from a peer changed this store
    listening: bool = False


@dataclass
class ExchangeReport:
    address: str
    peer: uuid.UUID | None = None
    sent: int = 0  # of this device's events, taken in by the peer now
    received: int = 0  # of the peer's events, new here
    applied: int = 0  # of those, how many changed this store
    ok: bool = False
    problem: str | None = None
    bytes_sent: int = 0
    bytes_received: int = 0


DIRECT = "direct"
THROUGH_SERVICE = "service"
NOT_HEARD = "none"
# Heard from directly this recently (several exchange rounds), a device counts as in reach.
DIRECT_FRESH = timedelta(seconds=60)


@dataclass(frozen=True)
class Hearing:
    """How this device hears from another device of the hub now: `path` is DIRECT (an exchange
    with it completed within DIRECT_FRESH), THROUGH_SERVICE (not directly, but the central
    service answered within DIRECT_FRESH, so whatever it sent there comes here) or NOT_HEARD;
    `fresh_at` is the newest time this device had its data: its last direct exchange, or the
    last pull that brought events of it, whichever is later."""

    device_id: uuid.UUID
    path: str
    direct_at: datetime | None
    service_at: datetime | None

    @property
    def fresh_at(self) -> datetime | None:
        times = [t for t in (self.direct_at, self.service_at) if t is not None]
        return max(times) if times else None


def hearing(
    devices: list[uuid.UUID],
    peers: PeerStatus | None,
    via_service: dict[uuid.UUID, datetime],
    service_ok_at: datetime | None,
    now: datetime,
) -> list[Hearing]:
    """For each of `devices` (the hub's other devices), how it is heard now."""
    direct = {s.device_id: s.direct_at for s in (peers.seen if peers else ())}
    service_up = service_ok_at is not None and now - service_ok_at <= DIRECT_FRESH
    out = []
    for device_id in devices:
        direct_at = direct.get(device_id)
        if direct_at is not None and now - direct_at <= DIRECT_FRESH:
            path = DIRECT
        elif service_up:
            path = THROUGH_SERVICE
        else:
            path = NOT_HEARD
        out.append(Hearing(device_id, path, direct_at, via_service.get(device_id)))
    return out


def _parking_id(event_id: uuid.UUID) -> int:
    """A parked peer event's key in `sync_parked`, where pulled events use the service's
    (positive) id: negative, from the event id's random bits."""
    return -(event_id.int & ((1 << 62) - 1)) - 1


class PeerNode:
    """This device's side of the hub's local exchange: a listener and an exchange loop."""

    def __init__(
        self,
        store: Store,
        engine: SyncEngine,
        settings: PeerSettings | None = None,
        *,
        clock: Clock | None = None,
        discovered: Callable[[], list[str]] | None = None,
        on_stop: Callable[[], None] | None = None,
    ) -> None:
        self.store = store
        self.engine = engine
        self.settings = settings or PeerSettings()
        self.clock: Clock = clock or SystemClock()
        self._discovered = discovered
        self._on_stop = on_stop
        self._lock = threading.Lock()
        self._apply_lock = threading.Lock()  # read cursor, apply, move cursor: one at a time
        self._wake = threading.Event()
        self._stop = threading.Event()
        self._listeners: list[Callable[[PeerStatus], None]] = []
        self._seen: dict[uuid.UUID, PeerSeen] = {}
        self._failed: dict[str, str] = {}
        self._own_addresses: set[str] = set()
        self._identity: Identity | None = None  # once the store holds the hub key
        self._hub_key: bytes | None = None
        self._applied_at: datetime | None = None
        self._server: socket.socket | None = None
        self._threads: list[threading.Thread] = []
        self._sessions = threading.BoundedSemaphore(self.settings.max_sessions)
        self.port: int | None = None

    # -- who this device is ---------------------------------------------------------------------

    def identity(self) -> Identity | None:
        """None until the device is set up and holds the hub key: then it neither listens to nor
        reaches anyone."""
        if self._identity is not None:
            return self._identity
        with self.store.read() as session:  # not config.load: it would ask the OS keyring
            key_text = meta.get(session, config.HUB_KEY)
            hub = meta.get(session, meta.HUB_ID)
            device = meta.get(session, meta.DEVICE_ID)
            kind = meta.get(session, meta.DEVICE_KIND) or "desk"
        if not key_text or not hub or not device:
            return None
        self._hub_key = base64.b64decode(key_text)
        hub_id = uuid.UUID(hub)
        self._identity = Identity(hub_id, uuid.UUID(device), kind, peer_key(self._hub_key, hub_id))
        return self._identity

    # -- status ---------------------------------------------------------------------------------

    def status(self) -> PeerStatus:
        with self._lock:
            return PeerStatus(
                tuple(sorted(self._seen.values(), key=lambda s: str(s.device_id))),
                self._applied_at,
                self._server is not None,
            )

    def add_listener(self, callback: Callable[[PeerStatus], None]) -> None:
        with self._lock:
            self._listeners.append(callback)

    def remove_listener(self, callback: Callable[[PeerStatus], None]) -> None:
        with self._lock:
            if callback in self._listeners:
                self._listeners.remove(callback)

    def _notify(self) -> None:
        status = self.status()
        with self._lock:
            listeners = list(self._listeners)
        for callback in listeners:
            try:
                callback(status)
            except Exception:
                log.exception("peer status listener failed")

    def _note(
        self, peer: PeerInfo, *, address: str | None, ok: bool, problem: str | None = None
    ) -> None:
        with self._lock:
            held = self._seen.get(peer.device_id) or PeerSeen(peer.device_id, peer.kind)
            self._seen[peer.device_id] = replace(
                held,
                kind=peer.kind,
                address=address or held.address,
                direct_at=self.clock.now() if ok else held.direct_at,
                problem=None if ok else problem,
            )

    def _note_failure(self, address: str, problem: str) -> None:
        with self._lock:
            self._failed[address] = problem
            for device_id, held in self._seen.items():
                if held.address == address:
                    self._seen[device_id] = replace(held, problem=problem)

    # -- running --------------------------------------------------------------------------------

    def start(self) -> None:
        """Listen (if a port is set) and run the exchange loop, each on a daemon thread."""
        self._stop.clear()
        if self.settings.port > 0 or self.settings.port == -1:
            try:
                self.listen()
            except OSError:
                # the port is taken or not allowed: still reach the others, who reach us back
                log.warning("peer: cannot listen", extra={"code": "port_unavailable"})
        loop = threading.Thread(target=self.run_forever, name="hubdesk-peer", daemon=True)
        loop.start()
        self._threads.append(loop)

    def listen(self) -> int:
        """Open the listening socket and serve on a daemon thread; returns the port (a free one
        when `settings.port` is -1, which tests use)."""
        port = max(0, self.settings.port)
        server = socket.create_server((self.settings.listen_host, port), reuse_port=False)
        server.settimeout(0.5)
        self._server = server
        self.port = server.getsockname()[1]
        thread = threading.Thread(target=self._accept_loop, name="hubdesk-peer-listen", daemon=True)
        thread.start()
        self._threads.append(thread)
        return self.port

    def stop(self, timeout: float = 5.0) -> None:
        self._stop.set()
        self._wake.set()
        server, self._server = self._server, None
        if server is not None:
            server.close()
        for thread in self._threads:
            thread.join(timeout)
        self._threads = []
        if self._on_stop is not None:
            self._on_stop()
            self._on_stop = None

    def request_now(self) -> None:
        """Exchange with every peer as soon as possible (a request to speak to someone)."""
        self._wake.set()

    def run_forever(self, stop_event: threading.Event | None = None) -> None:
        """Exchange with every known peer every `interval_s`, until stopped. Never raises."""
        stop = stop_event or self._stop
        while not stop.is_set() and not self._stop.is_set():
            try:
                self.run_once()
            except Exception:
                log.exception("peer exchange failed")
            self._wake.wait(self.settings.interval_s)
            self._wake.clear()

    def addresses(self) -> list[str]:
        """The other devices' addresses: the fleet settings', then discovery's, leaving out
        any that turned out to be this device's own."""
        found = list(self.settings.peers)
        if self._discovered is not None:
            found += [a for a in self._discovered() if a not in found]
        with self._lock:
            return [a for a in found if a not in self._own_addresses]

    def run_once(self) -> list[ExchangeReport]:
        """One exchange with each known peer, side by side (a machine that is off costs its
        connect timeout, and no one else waits for it)."""
        addresses = self.addresses()
        if len(addresses) <= 1:
            return [self.exchange(address) for address in addresses]
        workers = min(len(addresses), self.settings.max_sessions)
        with ThreadPoolExecutor(workers, thread_name_prefix="hubdesk-peer-out") as pool:
            return list(pool.map(self.exchange, addresses))

    # -- the connecting side --------------------------------------------------------------------

    def exchange(self, address: str) -> ExchangeReport:
        """Push this device's events to the device at `address`, fetch its own, acknowledge.
        Failures are reported, not raised."""
        report = ExchangeReport(address)
        me = self.identity()
        if me is None:
            report.problem = "not_ready"
            return report
        try:
            host, port = parse_address(address)
        except ValueError:
            report.problem = "bad_address"
            return report
        try:
            sock = socket.create_connection((host, port), timeout=self.settings.connect_timeout_s)
        except OSError:
            report.problem = "unreachable"
            self._note_failure(address, report.problem)
            self._notify()
            return report
        sock.settimeout(self.settings.io_timeout_s)
        channel: Channel | None = None
        try:
            channel = client_handshake(sock, me)
            report.peer = channel.peer.device_id
            self._push(channel, report)
            self._fetch(channel, report)
            channel.send({"op": "ack", "held": self._held(channel.peer.device_id)})
            channel.recv()
            channel.send({"op": "bye"})
            report.ok = True
        except PeerRefusedError as exc:
            if exc.reason == "self":  # the fleet file lists every machine, this one too
                report.problem = "self"
                with self._lock:
                    self._own_addresses.add(address)
                return report
            report.problem = "refused"
            log.warning("peer: refused", extra={"code": exc.reason})
        except PeerGoneError:
            report.problem = "unreachable"
        except (ValueError, TypeError, KeyError):
            report.problem = "bad_reply"
        except Exception:  # this store busy or failing: reported, and the next round retries
            log.exception("peer: exchange failed")
            report.problem = "failed"
        finally:
            if channel is not None:
                report.bytes_sent, report.bytes_received = (
                    channel.bytes_sent,
                    channel.bytes_received,
                )
            sock.close()
        if channel is not None:
            self._note(channel.peer, address=address, ok=report.ok, problem=report.problem)
        else:
            self._note_failure(address, report.problem or "unreachable")
        self._notify()
        return report

    def _push(self, channel: Channel, report: ExchangeReport) -> None:
        peer = channel.peer
        channel.send({"op": "state"})
        held = _int(channel.recv().get("held"))
        while True:
            batch = self._hand_over(peer.device_id, held, self.settings.batch_size)
            if not batch:
                return
            channel.send({"op": "push", "events": [e.to_wire() for e in batch]})
            now_held = _int(channel.recv().get("held"))
            self._record_ack(peer, now_held)
            report.sent += sum(1 for e in batch if held < e.seq <= now_held)
            if now_held <= held:
                return  # it took nothing in: do not send the same again in this exchange
            held = now_held

    def _fetch(self, channel: Channel, report: ExchangeReport) -> None:
        peer = channel.peer
        while True:
            after = self._held(peer.device_id)
            channel.send({"op": "fetch", "after": after, "limit": self.settings.batch_size})
            page = channel.recv()
            events = page.get("events")
            if not isinstance(events, list):
                raise ValueError("a page holds a list of events")
            received, applied = self._take_in(peer.device_id, events)
            report.received += received
            report.applied += applied
            if not page.get("more") or not events:
                return

    # -- the listening side ---------------------------------------------------------------------

    def _accept_loop(self) -> None:
        while not self._stop.is_set():
            server = self._server
            if server is None:
                return
            try:
                conn, _addr = server.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            if not self._sessions.acquire(blocking=False):
                conn.close()  # busy: the other end tries again at its next round
                continue
            threading.Thread(
                target=self._serve, args=(conn,), name="hubdesk-peer-session", daemon=True
            ).start()

    def _serve(self, conn: socket.socket) -> None:
        """One session with a connecting device; runs on its own thread."""
        conn.settimeout(self.settings.io_timeout_s)
        peer: PeerInfo | None = None
        try:
            me = self.identity()
            if me is None:
                return
            # the whole handshake within a deadline: a connection that trickles its hello
            # cannot hold one of the few sessions
            deadline = threading.Timer(HANDSHAKE_DEADLINE_S, _cut, args=(conn,))
            deadline.start()
            try:
                channel = server_handshake(conn, me)
            finally:
                deadline.cancel()
            peer = channel.peer
            while True:
                message = channel.recv()
                op = message.get("op")
                if op == "state":
                    channel.send({"held": self._held(peer.device_id)})
                elif op == "push":
                    events = message.get("events")
                    if not isinstance(events, list) or len(events) > MAX_PEER_BATCH:
                        raise PeerRefusedError("bad_push")
                    self._take_in(peer.device_id, events)
                    channel.send({"held": self._held(peer.device_id)})
                    self._notify()
                elif op == "fetch":
                    after = _int(message.get("after"))
                    limit = max(1, min(_int(message.get("limit")), MAX_PEER_BATCH))
                    batch = self._hand_over(peer.device_id, after, limit + 1)
                    channel.send(
                        {"events": [e.to_wire() for e in batch[:limit]], "more": len(batch) > limit}
                    )
                elif op == "ack":
                    self._record_ack(peer, _int(message.get("held")))
                    channel.send({"ok": True})
                elif op == "bye":
                    self._note(peer, address=None, ok=True)
                    self._notify()
                    return
                else:
                    raise PeerRefusedError("bad_op")
        except PeerRefusedError as exc:
            if exc.reason != "self":
                log.warning("peer: refused a connection", extra={"code": exc.reason})
        except PeerGoneError:
            pass
        except (ValueError, TypeError, KeyError):
            log.warning("peer: malformed message", extra={"code": "bad_message"})
        except Exception:  # the store busy or failing: this session ends, the next one retries
            log.exception("peer: session failed")
        finally:
            conn.close()
            self._sessions.release()

    # -- the store ------------------------------------------------------------------------------

    def _held(self, device_id: uuid.UUID) -> int:
        with self.store.read() as session:
            return outbox.peer_seq(session, outbox.PEER_HELD, device_id)

    def _hand_over(self, peer_id: uuid.UUID, after: int, limit: int) -> list[WireEvent]:
        """This device's own events after `after`, sealed as for the service. Read and noted as
        handed to `peer_id` in one write transaction, so that a sign-out can no longer be taken
        back (services/sign_out_undo.py) once another device may hold it."""
        hub_key = self._hub_key if self.identity() is not None else None
        if hub_key is None:
            return []
        query = (
            select(
                _OUTBOX.c.seq, _OUTBOX.c.event_id, _OUTBOX.c.entity, _OUTBOX.c.entity_id,
                _OUTBOX.c.op, _OUTBOX.c.occurred_at, _OUTBOX.c.body,
            )
            .where(_OUTBOX.c.seq > after, _OUTBOX.c.state != "discarded")
            .order_by(_OUTBOX.c.seq)
            .limit(limit)
        )  # fmt: skip
        with self.store.read() as session:  # most rounds have nothing new: no write lock
            if session.execute(query.limit(1)).first() is None:
                return []
        with self.store.write() as session:
            rows = session.execute(query).all()
            if rows:
                top = max(rows[-1][0], outbox.peer_seq(session, outbox.PEER_OFFERED, peer_id))
                outbox.put_peer_seq(session, outbox.PEER_OFFERED, peer_id, top)
        batch = []
        for seq, event_id, entity, entity_id, op, occurred_at, body in rows:
            personal = body.get("personal") or {}
            sealed = sealing.seal(hub_key, event_id, personal) if personal else None
            batch.append(
                WireEvent(event_id, seq, entity, entity_id, op, occurred_at,
                          dict(body.get("footfall") or {}), sealed)
            )  # fmt: skip
        return batch

    def _take_in(self, origin: uuid.UUID, items: list[Any]) -> tuple[int, int]:
        """Apply the events `origin` sent of its own that this device does not hold yet, and move
        the cursor for `origin` in the same transaction. Returns (new, applied)."""
        events: list[WireEvent] = []
        for item in items:
            try:
                events.append(parse_event(item, strict=False))
            except ProtocolError:
                log.warning("peer: event not understood", extra={"code": "bad_event"})
        if not events:
            return 0, 0
        with self._apply_lock:
            held = self._held(origin)
            fresh = [e for e in events if e.seq > held]
            if not fresh:
                return 0, 0
            top = max(e.seq for e in fresh)

            def mark(session: Session) -> None:
                now_held = outbox.peer_seq(session, outbox.PEER_HELD, origin)
                outbox.put_peer_seq(session, outbox.PEER_HELD, origin, max(now_held, top))

            pulled = [PulledEvent(_parking_id(e.event_id), origin, e) for e in fresh]
            report = self.engine.apply_from_peer(pulled, mark)
        if report.applied:
            with self._lock:
                self._applied_at = self.clock.now()
        return len(fresh), report.applied

    def _record_ack(self, peer: PeerInfo, held: int) -> None:
        """`peer` says it holds this device's events up to `held` (never beyond what it was
        handed)."""
        with self.store.write() as session:
            offered = outbox.peer_seq(session, outbox.PEER_OFFERED, peer.device_id)
            held = min(held, offered)
            acked = outbox.peer_seq(session, outbox.PEER_ACKED, peer.device_id)
            if held > acked:
                outbox.put_peer_seq(session, outbox.PEER_ACKED, peer.device_id, held)
            if peer.kind in STAFF_KINDS:
                done = meta.get(session, outbox.PEER_DELIVERED)
                if held > int(done or 0):
                    meta.put(session, outbox.PEER_DELIVERED, str(held))


def _cut(conn: socket.socket) -> None:
    with contextlib.suppress(OSError):
        conn.shutdown(socket.SHUT_RDWR)


def _int(value: Any) -> int:
    if not isinstance(value, int) or isinstance(value, bool) or not 0 <= value < 2**62:
        raise ValueError("a sequence number is a whole number")
    return value
