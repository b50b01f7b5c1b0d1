"""The Qt face of the sync engine (Electrum's `qt_event_listener`, Spyder's update manager).

`SyncBridge` runs `SyncEngine.run_forever` in a QObject worker moved to a QThread; the worker's
finished signal is emitted in `finally`, so the thread always quits. The engine calls its
listeners on the worker thread; the bridge re-emits each status as `sig_sync_status_changed`,
which Qt queues to the GUI thread. Quarantine handling runs on the task runner.

With a `PeerNode` (the hub's devices exchanging events directly, hubdesk/sync/peer.py) the bridge
starts and stops it with the engine, "sync now" asks both, and each status carries how every
other device of the hub is heard (`DeviceHearing`: directly, through the service, or not), looked
at again every 5 s as it ages.

`LocalOnlyBridge` is the null implementation for a desk with no central service (the demo): it
says so and shows the local outbox backlog from `SetupService.outbox_backlog`.
"""

from __future__ import annotations

import threading
import uuid
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import datetime
from typing import Any

from PySide6.QtCore import QObject, QThread, QTimer, Signal, Slot

from hubdesk.domain.clock import Clock, SystemClock
from hubdesk.services.setup import HubDevice, OutboxBacklog, SetupService
from hubdesk.sync.engine import ONLINE, SYNCING, QuarantinedEvent, SyncEngine, SyncStatus
from hubdesk.sync.peer import DIRECT, THROUGH_SERVICE, PeerNode, PeerStatus, hearing
from hubdesk.ui.tasks import TaskRunner

NOT_CONNECTED = "not_connected"


@dataclass(frozen=True)
class DeviceHearing:
    """One other device of the hub in the status bar: its name and kind, how it is heard
    (hubdesk.sync.peer: DIRECT, THROUGH_SERVICE, NOT_HEARD) and how fresh its data is here."""

    device_id: uuid.UUID
    name: str
    kind: str
    path: str
    fresh_at: datetime | None


@dataclass(frozen=True)
class DeskSyncStatus:
    """What the status bar shows. `state` is "online", "offline", "syncing" or "not_connected"."""

    state: str
    last_success_at: datetime | None
    waiting: int
    quarantined: int
    problem: str | None = None
    refused: bool = False
    clock_offset_s: float | None = None  # this computer's clock minus the service's
    clock_flagged: bool = False
    # how each other device of the hub is heard now (directly, through the service, or not)
    hearing: tuple[DeviceHearing, ...] = ()
    peer_applied_at: datetime | None = None  # the last time a device's events came directly

    @property
    def connected(self) -> bool:
        return self.state != NOT_CONNECTED

    @classmethod
    def from_engine(cls, s: SyncStatus) -> DeskSyncStatus:
        return cls(
            s.state,
            s.last_success_at,
            s.waiting,
            s.quarantined,
            s.problem,
            s.refused,
            s.clock_offset_s,
            s.clock_flagged,
        )


class SyncWorker(QObject):
    """Runs the engine's loop on its own thread until the stop event is set."""

    sig_finished = Signal()
    """The loop ended (stopped or failed). Always emitted, from `finally`. No arguments."""

    def __init__(self, engine: SyncEngine, stop: threading.Event) -> None:
        super().__init__()
        self._engine = engine
        self._stop = stop

    @Slot()
    def run(self) -> None:  # runs on the sync thread; must not touch widgets
        try:
            self._engine.run_forever(self._stop)
        finally:
            self.sig_finished.emit()


class BaseBridge(QObject):
    sig_sync_status_changed = Signal(object)
    """The sync status changed. Argument: a DeskSyncStatus."""
    sig_quarantine_changed = Signal()
    """A quarantined record was sent again or discarded. No arguments."""

    def __init__(self, tasks: TaskRunner, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.tasks = tasks

    def status(self) -> DeskSyncStatus:
        raise NotImplementedError

    def start(self) -> None:
        """Begin syncing (or polling the backlog)."""

    def stop(self, wait_ms: int = 10_000) -> None:
        """Stop and wait for the worker."""

    def request_now(self) -> None:
        """Sync as soon as possible."""

    def quarantined(self, on_done: Callable[[list[QuarantinedEvent]], None]) -> None:
        on_done([])

    def requeue(self, event_id: uuid.UUID) -> None:
        """Send a quarantined record again at the next sync."""

    def discard(self, event_id: uuid.UUID) -> None:
        """Give up sending a quarantined record (it stays on this device)."""


class SyncBridge(BaseBridge):
    """Runs a SyncEngine on a QThread and turns its status into Qt signals."""

    _sig_from_engine = Signal(object)
    _sig_from_peer = Signal(object)

    def __init__(
        self,
        engine: SyncEngine,
        tasks: TaskRunner,
        parent: QObject | None = None,
        *,
        peer: PeerNode | None = None,
        devices: Callable[[], list[HubDevice]] | None = None,
        this_device: uuid.UUID | None = None,
        clock: Clock | None = None,
    ) -> None:
        super().__init__(tasks, parent)
        self.engine = engine
        self.peer = peer
        self._devices_of = devices
        self._this_device = this_device
        self._clock: Clock = clock or SystemClock()
        self._devices: list[HubDevice] = []
        self._looked_up: set[uuid.UUID] = set()  # devices heard directly, names asked for
        self._engine_status = engine.status()
        self._peer_status: PeerStatus | None = peer.status() if peer is not None else None
        self._status = DeskSyncStatus.from_engine(engine.status())
        self._sig_from_peer.connect(self._on_peer_status)
        if peer is not None:
            peer.add_listener(self._peer_listener)
        # how each device is heard ages without any event (direct for a minute after the last
        # exchange): look again every few seconds
        self._age = QTimer(self)
        self._age.setInterval(5_000)
        self._age.timeout.connect(self._emit)
        self._stop = threading.Event()
        self._thread: QThread | None = None
        self._worker: SyncWorker | None = None
        # queued to the GUI thread: the engine calls listeners on the sync thread
        self._sig_from_engine.connect(self._on_engine_status)
        engine.add_listener(self._listener)
        # Work done at the desk writes records between syncs: count them straight after (so the
        # status never says "everything is sent" while a new record waits) and send them soon.
        self._own_task = 0
        self._soon = QTimer(self)
        self._soon.setSingleShot(True)
        self._soon.setInterval(300)
        self._soon.timeout.connect(self._on_soon_timeout)
        tasks.sig_task_finished.connect(self._on_task_finished)
        self._watching_tasks = True

    def _listener(self, status: SyncStatus) -> None:  # on the sync thread
        self._sig_from_engine.emit(status)

    def _peer_listener(self, status: PeerStatus) -> None:  # on a peer thread
        self._sig_from_peer.emit(status)

    @Slot(object)
    def _on_engine_status(self, status: SyncStatus) -> None:
        before = self._engine_status
        if before is None or status.last_success_at != before.last_success_at:
            self._looked_up.clear()  # a sync may have brought devices' records: ask again
        self._engine_status = status
        self._emit()

    @Slot(object)
    def _on_peer_status(self, status: PeerStatus) -> None:
        self._peer_status = status
        # a device heard directly but not in this store yet: its name is looked up once (its
        # record may not arrive until the service is back, and statuses come every 2 s)
        new = {s.device_id for s in status.seen} - {d.id for d in self._devices} - self._looked_up
        if new:
            self._looked_up |= new
            self._load_devices()
        self._emit()

    def _load_devices(self) -> None:
        if self._devices_of is not None:
            self.tasks.run(self._devices_of, on_success=self._on_devices)

    def _on_devices(self, devices: list[HubDevice]) -> None:
        self._devices = [d for d in devices if d.id != self._this_device]
        self._emit()

    def _emit(self) -> None:
        status = DeskSyncStatus.from_engine(self._engine_status)
        if self.peer is not None:
            status = replace(
                status,
                hearing=self._hearing(),
                peer_applied_at=self._peer_status.applied_at if self._peer_status else None,
            )
        if status != self._status:
            self._status = status
            self.sig_sync_status_changed.emit(status)

    def _hearing(self) -> tuple[DeviceHearing, ...]:
        seen = {s.device_id: s for s in (self._peer_status.seen if self._peer_status else ())}
        names = {d.id: (d.name, d.kind.value) for d in self._devices}
        for device_id, s in seen.items():
            names.setdefault(device_id, ("", s.kind))
        heard = hearing(
            list(names),
            self._peer_status,
            self.engine.heard_via_service(),
            self._engine_status.last_success_at,
            self._clock.now(),
        )
        return tuple(
            DeviceHearing(
                h.device_id, names[h.device_id][0], names[h.device_id][1], h.path, h.fresh_at
            )
            for h in heard
        )

    def status(self) -> DeskSyncStatus:
        return self._status

    def _on_task_finished(self, task_id: int, _ok: bool) -> None:
        if task_id != self._own_task:
            self._soon.start()

    def _on_soon_timeout(self) -> None:
        # the engine's listeners bring the new counts back through _sig_from_engine
        self._own_task = self.tasks.run(self.engine.refresh_counts)
        if self.running:
            self.engine.request_now()

    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.isRunning()

    def start(self) -> None:
        if self.running:
            return
        self._stop.clear()
        thread = QThread()
        thread.setObjectName("hubdesk-sync")
        worker = SyncWorker(self.engine, self._stop)
        worker.moveToThread(thread)
        thread.started.connect(worker.run)
        worker.sig_finished.connect(thread.quit)
        self._thread, self._worker = thread, worker
        thread.start()
        if self.peer is not None:
            self.peer.start()
            self._load_devices()
            self._age.start()

    def stop(self, wait_ms: int = 10_000) -> None:
        self._soon.stop()
        if self._watching_tasks:
            self._watching_tasks = False
            self.tasks.sig_task_finished.disconnect(self._on_task_finished)
        self._stop.set()
        self.engine.request_now()  # cut the wait short
        if self._thread is not None:
            self._thread.quit()
            self._thread.wait(wait_ms)
        self.engine.remove_listener(self._listener)
        if self.peer is not None:
            self._age.stop()
            self.peer.remove_listener(self._peer_listener)
            self.peer.stop()
        self._thread = None
        self._worker = None

    def request_now(self) -> None:
        self.engine.request_now()
        if self.peer is not None:
            self.peer.request_now()

    def quarantined(self, on_done: Callable[[list[QuarantinedEvent]], None]) -> None:
        self.tasks.run(self.engine.quarantined, on_success=on_done)

    def requeue(self, event_id: uuid.UUID) -> None:
        self.tasks.run(self.engine.requeue, event_id, on_success=self._on_moved)

    def discard(self, event_id: uuid.UUID) -> None:
        self.tasks.run(self.engine.discard, event_id, on_success=self._on_moved)

    def _on_moved(self, _changed: Any) -> None:
        self.sig_quarantine_changed.emit()
        self.engine.request_now()


class LocalOnlyBridge(BaseBridge):
    """No central service configured: say so, and show what is kept on this computer."""

    def __init__(
        self,
        setup: SetupService,
        tasks: TaskRunner,
        *,
        poll_ms: int = 10_000,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(tasks, parent)
        self._setup = setup
        self._status = DeskSyncStatus(NOT_CONNECTED, None, 0, 0)
        self._timer = QTimer(self)
        self._timer.setInterval(poll_ms)
        self._timer.timeout.connect(self.request_now)
        # count again shortly after any other work finished (it may have written records)
        self._own_task = 0
        self._soon = QTimer(self)
        self._soon.setSingleShot(True)
        self._soon.setInterval(300)
        self._soon.timeout.connect(self.request_now)
        tasks.sig_task_finished.connect(self._on_task_finished)

    def status(self) -> DeskSyncStatus:
        return self._status

    def start(self) -> None:
        self._timer.start()
        self.request_now()

    def stop(self, wait_ms: int = 10_000) -> None:
        self._timer.stop()
        self._soon.stop()

    def request_now(self) -> None:
        """Count the backlog again."""
        self._own_task = self.tasks.run(self._setup.outbox_backlog, on_success=self._on_backlog)

    def _on_task_finished(self, task_id: int, _ok: bool) -> None:
        if task_id != self._own_task and self._timer.isActive():
            self._soon.start()

    def _on_backlog(self, backlog: OutboxBacklog) -> None:
        new = DeskSyncStatus(NOT_CONNECTED, None, backlog.waiting, backlog.quarantined)
        if new != self._status:
            self._status = new
            self.sig_sync_status_changed.emit(new)


def describe(status: DeskSyncStatus) -> str:
    """The status bar's words."""
    from PySide6.QtCore import QCoreApplication

    from hubdesk.ui.desk import words

    if not status.connected:
        return QCoreApplication.translate(
            "desk",
            "Not connected to a central service · %n records kept on this computer",
            None,
            status.waiting,
        )
    state = {
        ONLINE: QCoreApplication.translate("desk", "Online"),
        SYNCING: QCoreApplication.translate("desk", "Syncing…"),
    }.get(status.state, QCoreApplication.translate("desk", "Offline"))
    if status.refused:
        state = QCoreApplication.translate(
            "desk", "Refused by the central service: ask your administrator"
        )
    last = (
        QCoreApplication.translate("desk", "last sync {when}").format(
            when=words.local(status.last_success_at, "%d %b %H:%M")
        )
        if status.last_success_at
        else QCoreApplication.translate("desk", "never synced")
    )
    text = QCoreApplication.translate(
        "desk", "{state} · {last} · %n waiting", None, status.waiting
    ).format(state=state, last=last)
    if status.clock_flagged and status.clock_offset_s is not None:
        off = clock_words(status.clock_offset_s)
        text += " · " + off
    return text


def clock_words(offset_s: float) -> str:
    """How far this computer's clock is off, in the unit a person would say: minutes up to two
    hours, hours up to two days, then days (a PC whose battery died can be weeks out)."""
    ahead = offset_s > 0
    minutes = max(1, round(abs(offset_s) / 60))
    from PySide6.QtCore import QCoreApplication

    if minutes < 120:
        if ahead:
            return QCoreApplication.translate(
                "desk",
                "This computer's clock is %n minutes ahead: please set it right",
                None,
                minutes,
            )
        return QCoreApplication.translate(
            "desk", "This computer's clock is %n minutes behind: please set it right", None, minutes
        )
    hours = round(minutes / 60)
    if hours < 48:
        if ahead:
            return QCoreApplication.translate(
                "desk", "This computer's clock is %n hours ahead: please set it right", None, hours
            )
        return QCoreApplication.translate(
            "desk", "This computer's clock is %n hours behind: please set it right", None, hours
        )
    days = round(hours / 24)
    if ahead:
        return QCoreApplication.translate(
            "desk", "This computer's clock is %n days ahead: please set it right", None, days
        )
    return QCoreApplication.translate(
        "desk", "This computer's clock is %n days behind: please set it right", None, days
    )


def hearing_lines(status: DeskSyncStatus) -> list[str]:
    """One line for each other device of the hub: how it is heard, how fresh its data is."""
    from PySide6.QtCore import QCoreApplication

    from hubdesk.ui.desk import words
    from hubdesk.ui.widgets.bidi import isolate, isolate_ltr

    parts = []
    for h in status.hearing:
        name = h.name or words.device_kind(h.kind)
        when = words.local(h.fresh_at, "%H:%M") if h.fresh_at else None
        if h.path == DIRECT:
            text = QCoreApplication.translate("desk", "{device}: directly, {when}")
        elif h.path == THROUGH_SERVICE:
            text = (
                QCoreApplication.translate("desk", "{device}: through the service, {when}")
                if when
                else QCoreApplication.translate("desk", "{device}: through the service")
            )
        else:
            text = (
                QCoreApplication.translate("desk", "{device}: not heard from since {when}")
                if when
                else QCoreApplication.translate("desk", "{device}: not heard from")
            )
        # names and times are isolated from the translated words around them (bidi)
        parts.append(text.format(device=isolate(name), when=isolate_ltr(when or "")))
    return parts


def describe_hearing(status: DeskSyncStatus) -> str:
    """The status bar's words for the hub's other devices, one after the other."""
    return "  ·  ".join(hearing_lines(status))


def summarise_hearing(status: DeskSyncStatus) -> str:
    """The same in counts, for when the names do not fit the status bar."""
    from PySide6.QtCore import QCoreApplication

    direct = sum(1 for h in status.hearing if h.path == DIRECT)
    service = sum(1 for h in status.hearing if h.path == THROUGH_SERVICE)
    none = len(status.hearing) - direct - service
    parts = []
    if direct:
        parts.append(QCoreApplication.translate("desk", "%n devices heard directly", None, direct))
    if service:
        parts.append(QCoreApplication.translate("desk", "%n through the service", None, service))
    if none:
        parts.append(QCoreApplication.translate("desk", "%n not heard from", None, none))
    return "  ·  ".join(parts)
