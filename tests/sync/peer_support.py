"""Three devices of one hub (kiosk, desk, outreach laptop) with their peer nodes on loopback, and
the real central service: shared by the peer tests and bench/peer.py."""

from __future__ import annotations

import contextlib
import socket
import threading
import uuid
from dataclasses import dataclass, replace
from pathlib import Path

from sqlalchemy import func, select

from hubdesk.central.models import CentralEvent
from hubdesk.central.store import CentralStore
from hubdesk.domain.catalogue import DeviceKind
from hubdesk.domain.clock import Clock
from hubdesk.domain.staff import StaffRole
from hubdesk.services.base import Actor
from hubdesk.storage.models import OutboxEvent
from hubdesk.sync import config
from hubdesk.sync.peer import PeerNode, PeerSettings
from tests.sync.support import DeviceUnderTest, LiveServer, make_device

LOOPBACK = "127.0.0.1"
PEER_FAST = PeerSettings(port=-1, listen_host=LOOPBACK, interval_s=0.05, io_timeout_s=5)


@dataclass
class HubDevice:
    device: DeviceUnderTest
    node: PeerNode

    @property
    def address(self) -> str:
        return f"{LOOPBACK}:{self.node.port}"

    def staff(self) -> Actor:
        d = self.device
        return Actor(d.device_id, d.hub_id, d.site_id, uuid.uuid4(), StaffRole.RECEPTION)


def hub_of_three(
    tmp_path: Path, central: CentralStore, url: str, hub_code: str, clock: Clock | None
) -> tuple[HubDevice, HubDevice, HubDevice]:
    """Kiosk, desk and outreach laptop enrolled in one hub, synced once through the service,
    each listening on a free loopback port and knowing the other two's addresses."""
    made = [
        make_device(tmp_path, central, url, hub_code, name=name, kind=kind, clock=clock)
        for name, kind in (
            ("kiosk", DeviceKind.KIOSK),
            ("desk", DeviceKind.DESK),
            ("laptop", DeviceKind.OUTREACH),
        )
    ]
    for device in made * 2:  # every device hears of the others' device records
        assert device.engine.run_once().ok
    nodes = [PeerNode(d.store, d.engine, PEER_FAST, clock=clock) for d in made]
    for node in nodes:
        node.listen()
    for node in nodes:
        others = tuple(f"{LOOPBACK}:{n.port}" for n in nodes if n is not node)
        node.settings = replace(node.settings, peers=others)
    kiosk, desk, laptop = (HubDevice(d, n) for d, n in zip(made, nodes, strict=True))
    return kiosk, desk, laptop


def restart_service(central: CentralStore, devices: list[DeviceUnderTest]) -> LiveServer:
    """The service back (on a new port): point each device at it."""
    server = LiveServer(central)
    for device in devices:
        config.set_url(device.store, server.url)
    return server


def central_event_counts(central: CentralStore) -> dict[uuid.UUID, int]:
    with central.read() as session:
        return {
            event_id: n
            for event_id, n in session.execute(
                select(CentralEvent.event_id, func.count()).group_by(CentralEvent.event_id)
            )
        }


def outbox_ids(device: DeviceUnderTest) -> set[uuid.UUID]:
    with device.store.read() as session:
        return set(session.scalars(select(OutboxEvent.event_id)))


class CuttingProxy:
    """A TCP relay on loopback that cuts the connection once `cut_after` bytes have come back
    from the server (None: never): an exchange interrupted anywhere, including between the
    receiver applying a page and acknowledging it."""

    def __init__(self, target_port: int) -> None:
        self.target_port = target_port
        self.cut_after: int | None = None
        self.passed = 0  # bytes from the server on the last connection, as relayed
        self.server = socket.create_server((LOOPBACK, 0))
        self.port = self.server.getsockname()[1]
        self.address = f"{LOOPBACK}:{self.port}"
        self._thread = threading.Thread(target=self._accept, daemon=True)
        self._thread.start()

    def _accept(self) -> None:
        while True:
            try:
                client, _ = self.server.accept()
            except OSError:
                return
            upstream = socket.create_connection((LOOPBACK, self.target_port))
            threading.Thread(target=self._pipe, args=(client, upstream, None), daemon=True).start()
            threading.Thread(
                target=self._pipe, args=(upstream, client, self.cut_after), daemon=True
            ).start()

    def _pipe(self, src: socket.socket, dst: socket.socket, limit: int | None) -> None:
        passed = 0
        from_server = src.getpeername()[1] == self.target_port
        if from_server:
            self.passed = 0
        try:
            while True:
                data = src.recv(65536)
                if not data:
                    break
                if limit is not None and passed + len(data) >= limit:
                    dst.sendall(data[: max(0, limit - passed)])
                    break
                passed += len(data)
                if from_server:
                    self.passed = passed
                dst.sendall(data)
        except OSError:
            pass
        finally:
            for s in (src, dst):
                with contextlib.suppress(OSError):
                    s.shutdown(socket.SHUT_RDWR)
                s.close()

    def close(self) -> None:
        self.server.close()
