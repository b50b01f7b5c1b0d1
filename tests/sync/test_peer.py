"""Devices of one hub working as one while the hub's internet is down: kiosk, desk and outreach
laptop exchange their events directly on loopback (hubdesk/sync/peer.py) with the central service
stopped, then the service comes back and holds every event exactly once."""

from __future__ import annotations

import contextlib
import uuid
from datetime import date

import pytest
from sqlalchemy import func, select

from hubdesk.domain.catalogue import VisitReason
from hubdesk.domain.people import AgeBand, Party, Role
from hubdesk.services.alerts import AlertService
from hubdesk.services.families import AdultIn, ChildIn, FamilyIn
from hubdesk.services.kiosk import KioskService
from hubdesk.services.roll_call import RollCallService
from hubdesk.services.visits import SignIn, VisitService
from hubdesk.storage import outbox
from hubdesk.storage.models import OutboxEvent, Visit
from hubdesk.sync.peer_channel import PeerRefusedError
from tests.sync.peer_support import (
    CuttingProxy,
    central_event_counts,
    hub_of_three,
    outbox_ids,
    restart_service,
)
from tests.sync.support import make_hub

PARTY = Party.from_counts({Role.CARER: 1}, {AgeBand.B5_11: 2})


def family(name: str) -> FamilyIn:
    return FamilyIn(
        adults=(AdultIn(name, role=Role.MOTHER),),
        children=(ChildIn("Ana", date(2023, 4, 3)),),
        postcode="NE1 4XF",
        consent=True,
    )


@pytest.fixture
def hub(tmp_path, central_db, live, clock):
    make_hub(central_db)
    devices = hub_of_three(tmp_path, central_db, live.url, "RIV", clock)
    yield devices
    for d in devices:
        d.node.stop()


def visits_held(store) -> dict[uuid.UUID, int]:
    with store.read() as session:
        return dict(session.execute(select(Visit.id, func.count()).group_by(Visit.id)).all())


def test_with_the_service_down_the_hub_works_as_one_then_the_service_holds_each_event_once(
    hub, central_db, live, clock
):
    kiosk, desk, laptop = hub
    live.stop()  # the hub's internet is down
    signed_in = [
        KioskService(kiosk.device.store, clock)
        .register_and_sign_in(kiosk.device.actor, family(name), VisitReason.JUST_VISITING)
        .signed_in.visit_id
        for name in ("Maria", "Aisha")
    ]
    signed_in.append(
        VisitService(kiosk.device.store, clock)
        .sign_in(kiosk.device.actor, SignIn(VisitReason.JUST_VISITING, party=PARTY))
        .visit_id
    )
    assert not kiosk.device.engine.run_once().ok  # the service cannot be reached

    # the kiosk's private word, sent at once (what `request_now` makes its loop do)
    raised = AlertService(kiosk.device.store, clock).private_word(kiosk.device.actor)
    assert not AlertService(kiosk.device.store, clock).delivered(
        kiosk.device.actor, raised.alert_id
    )
    reports = kiosk.node.run_once()
    assert all(r.ok for r in reports), reports
    assert AlertService(kiosk.device.store, clock).delivered(kiosk.device.actor, raised.alert_id)
    [alert] = AlertService(desk.device.store, clock).recent(desk.staff())
    assert alert.device_id == str(kiosk.device.device_id)

    # the desk's who-is-in and roll call list every party the kiosk signed in
    in_now = VisitService(desk.device.store, clock).who_is_in(desk.device.hub_id)
    assert {v.visit_id for v in in_now} >= set(signed_in)
    roll = RollCallService(desk.device.store, clock).roll_call(desk.staff())
    assert {p.visit_id for p in roll.parties} == set(signed_in)
    [names] = [p.names for p in roll.parties if p.visit_id == signed_in[0]]
    assert names
    assert "Maria" in names

    # the laptop's own sign-in reaches the desk and the kiosk the same way
    laptop_visit = (
        VisitService(laptop.device.store, clock)
        .sign_in(laptop.device.actor, SignIn(VisitReason.JUST_VISITING, party=PARTY))
        .visit_id
    )
    for node in (laptop.node, desk.node, kiosk.node):
        assert all(r.ok for r in node.run_once())
    for device in (kiosk, desk, laptop):
        held = visits_held(device.device.store)
        assert {*signed_in, laptop_visit} <= set(held)
        assert all(n == 1 for n in held.values())

    # received events never enter the receiver's outbox: nothing is sent as another's own
    kiosk_ids, desk_ids, laptop_ids = (outbox_ids(d.device) for d in hub)
    assert not (kiosk_ids & desk_ids)
    assert not (kiosk_ids & laptop_ids)
    with desk.device.store.read() as session:
        desk_entities = set(session.scalars(select(OutboxEvent.entity_id)))
    assert not desk_entities & set(signed_in)

    # a second round moves nothing: each device holds each event once
    again = [r for d in hub for r in d.node.run_once()]
    assert all(r.ok and r.received == 0 and r.sent == 0 for r in again), again

    # the service comes back: every event of every device, held once
    server = restart_service(central_db, [d.device for d in hub])
    try:
        for device in hub:
            assert device.device.engine.run_once().ok
        for device in hub:
            report = device.device.engine.run_once()
            assert report.ok
            assert report.pushed == 0
        counts = central_event_counts(central_db)
        assert set(counts) == kiosk_ids | desk_ids | laptop_ids
        assert set(counts.values()) == {1}
        for device in hub:
            held = visits_held(device.device.store)
            assert {*signed_in, laptop_visit} <= set(held)
            assert all(n == 1 for n in held.values())
    finally:
        server.stop()


def test_an_exchange_cut_anywhere_loses_nothing_and_doubles_nothing(hub, central_db, live, clock):
    """The desk's exchange with the kiosk is cut after more and more of the kiosk's replies,
    byte by byte around the end (so also after the desk applied the page and before the kiosk
    heard its acknowledgement); the next exchange goes on from where the last stopped, and in
    the end the desk holds each of the kiosk's visits once."""
    kiosk, desk, laptop = hub
    live.stop()
    visits = VisitService(kiosk.device.store, clock)
    signed_in = [
        visits.sign_in(kiosk.device.actor, SignIn(VisitReason.JUST_VISITING, party=PARTY)).visit_id
        for _ in range(12)
    ]
    AlertService(kiosk.device.store, clock).private_word(kiosk.device.actor)
    with kiosk.device.store.read() as session:
        top = session.scalar(select(func.max(OutboxEvent.seq)))

    def acked_by_desk() -> int:  # how far the kiosk knows the desk holds its events
        with kiosk.device.store.read() as session:
            return outbox.peer_seq(session, outbox.PEER_ACKED, desk.device.device_id)

    proxy = CuttingProxy(kiosk.node.port or 0)
    try:
        assert laptop.node.exchange(proxy.address).ok  # how many bytes a whole exchange takes
        whole = proxy.passed
        step = max(1, whole // 20)
        cuts = [*range(1, whole - 150, step), *range(whole - 150, whole + 100)]
        outcomes = []
        acked_when_cut: list[int] = []
        for cut in cuts:
            proxy.cut_after = cut
            report = desk.node.exchange(proxy.address)
            outcomes.append(report)
            held = visits_held(desk.device.store)
            assert all(n == 1 for n in held.values())
            if report.ok:
                break
            if report.received:  # applied here, then cut: did the kiosk hear the ack?
                acked_when_cut.append(acked_by_desk())
        # some cuts fell after the desk applied the page and before its acknowledgement
        # reached the kiosk (and some after, before the kiosk's reply to it came back)
        assert any(acked < top for acked in acked_when_cut), acked_when_cut
        assert sum(not r.ok for r in outcomes) >= 20
        proxy.cut_after = None
        assert desk.node.exchange(proxy.address).ok
    finally:
        proxy.close()
    held = visits_held(desk.device.store)
    assert set(signed_in) <= set(held)
    assert all(n == 1 for n in held.values())
    with desk.device.store.read() as session:
        assert outbox.peer_seq(session, outbox.PEER_HELD, kiosk.device.device_id) == top
    assert acked_by_desk() == top  # the desk acknowledged at the end


def test_a_device_of_another_hub_can_neither_read_nor_write(hub, tmp_path, central_db, live, clock):
    from hubdesk.sync.peer import PeerNode
    from hubdesk.sync.peer_channel import Identity, client_handshake, peer_key
    from tests.sync.peer_support import PEER_FAST
    from tests.sync.support import make_device

    kiosk, desk, _laptop = hub
    VisitService(kiosk.device.store, clock).sign_in(
        kiosk.device.actor, SignIn(VisitReason.JUST_VISITING, party=PARTY)
    )
    assert kiosk.node.exchange(desk.address).ok
    make_hub(central_db, "OTH")
    stranger = make_device(tmp_path, central_db, live.url, "OTH", name="other", clock=clock)
    VisitService(stranger.store, clock).sign_in(
        stranger.actor, SignIn(VisitReason.JUST_VISITING, party=PARTY)
    )
    node = PeerNode(stranger.store, stranger.engine, PEER_FAST, clock=clock)
    desk_before = visits_held(desk.device.store)
    stranger_before = visits_held(stranger.store)

    # as itself: refused before anything is exchanged, both ways round
    report = node.exchange(desk.address)
    assert (report.ok, report.problem, report.received, report.sent) == (False, "refused", 0, 0)
    # pretending to be of the desk's hub, without its hub key: its proof does not check
    import socket

    forged = Identity(
        desk.device.hub_id, uuid.uuid4(), "desk", peer_key(b"\1" * 32, desk.device.hub_id)
    )
    for target in (desk, kiosk):
        sock = socket.create_connection(("127.0.0.1", target.node.port or 0), timeout=5)
        try:
            with pytest.raises(PeerRefusedError):
                client_handshake(sock, forged)
        finally:
            sock.close()
    # nor can it serve: a hub device that reaches it by mistake refuses it and takes nothing
    stranger_server = PeerNode(stranger.store, stranger.engine, PEER_FAST, clock=clock)
    stranger_server.listen()
    try:
        wrong = desk.node.exchange(f"127.0.0.1:{stranger_server.port}")
    finally:
        stranger_server.stop()
    assert (wrong.ok, wrong.problem, wrong.received, wrong.sent) == (False, "refused", 0, 0)
    assert visits_held(desk.device.store) == desk_before
    assert visits_held(stranger.store) == stranger_before


def test_nothing_readable_crosses_the_network(hub, clock):
    """What a device on the hub's network sees of an exchange: no id, no name, no footfall."""
    kiosk, desk, _laptop = hub
    done = KioskService(kiosk.device.store, clock).register_and_sign_in(
        kiosk.device.actor, family("Zuzanna"), VisitReason.JUST_VISITING
    )
    proxy = CapturingProxy(desk.node.port or 0)
    try:
        assert kiosk.node.exchange(proxy.address).ok
    finally:
        proxy.close()
    seen = bytes(proxy.captured)
    assert len(seen) > 2000
    for secret in (b"Zuzanna", str(done.signed_in.visit_id).encode(), b"just_visiting", b"NE1"):
        assert secret not in seen
    assert visits_held(desk.device.store).get(done.signed_in.visit_id) == 1


class CapturingProxy(CuttingProxy):
    """Relays both ways and keeps every byte, as a listener on the network would."""

    def __init__(self, target_port: int) -> None:
        self.captured = bytearray()
        super().__init__(target_port)

    def _pipe(self, src, dst, limit):  # type: ignore[override]
        try:
            while data := src.recv(65536):
                self.captured += data
                dst.sendall(data)
        except OSError:
            pass
        finally:
            for s in (src, dst):
                with contextlib.suppress(OSError):
                    s.close()


def test_a_device_killed_mid_exchange_loses_nothing(hub, central_db, live, clock):
    """The desk, a separate process fetching the kiosk's events a few at a time, is killed
    (SIGKILL) at random moments; its store is sound after, and the next exchange leaves it
    holding each of the kiosk's visits once."""
    import os
    import random
    import signal
    import subprocess
    import sys
    import time
    from pathlib import Path

    from hubdesk.storage.engine import integrity_check, open_store
    from hubdesk.sync.engine import SyncEngine
    from hubdesk.sync.peer import PeerNode
    from tests.sync.peer_support import PEER_FAST

    kiosk, desk, _laptop = hub
    live.stop()
    visits = VisitService(kiosk.device.store, clock)
    signed_in = [
        visits.sign_in(kiosk.device.actor, SignIn(VisitReason.JUST_VISITING, party=PARTY)).visit_id
        for _ in range(300)
    ]
    desk.node.stop()
    desk.device.store.close()
    root = Path(__file__).resolve().parents[2]
    rng = random.Random(2212)
    kills = 0
    for _ in range(5):
        child = subprocess.Popen(
            [sys.executable, "-m", "tests.sync.peer_child", str(desk.device.path),
             desk.device.key.hex(), kiosk.address, "7"],
            cwd=root, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
            env={**os.environ, "PYTHONPATH": str(root)},
        )  # fmt: skip
        assert child.stdout is not None
        line = child.stdout.readline().strip()
        assert line == "ready", child.stderr.read() if child.stderr else ""
        time.sleep(rng.uniform(0.05, 0.6))  # a random point in the exchange, not a wait
        if child.poll() is None:
            child.send_signal(signal.SIGKILL)
            kills += 1
        child.wait(10)
    assert kills > 0
    store = open_store(desk.device.path, desk.device.key)
    try:
        assert integrity_check(store) == "ok"
        held = visits_held(store)
        assert all(n == 1 for n in held.values())
        node = PeerNode(store, SyncEngine(store), PEER_FAST, clock=clock)
        assert node.exchange(kiosk.address).ok
        held = visits_held(store)
        assert set(signed_in) <= set(held)
        assert all(n == 1 for n in held.values())
    finally:
        store.close()


def test_a_device_listed_among_the_hubs_machines_skips_itself(hub):
    """The same fleet file on every machine lists them all: a device finds its own address,
    leaves it out from then on, and logs no refusal."""
    from dataclasses import replace

    kiosk, desk, _laptop = hub
    kiosk.node.settings = replace(
        kiosk.node.settings, peers=(kiosk.address, *kiosk.node.settings.peers)
    )
    first = kiosk.node.run_once()
    assert first[0].problem == "self"
    assert all(r.ok for r in first[1:])
    assert kiosk.address not in kiosk.node.addresses()
    assert desk.address in kiosk.node.addresses()


def test_discovery_finds_the_hubs_devices_and_not_another_hubs(hub, tmp_path, central_db, live):
    """DNS-SD on loopback: the kiosk and the desk announce themselves; each finds the other by
    its tag, and a device of another hub announcing on the same network is not listed."""
    import time

    pytest.importorskip("zeroconf")
    from hubdesk.sync.discovery import start_discovery
    from tests.sync.support import make_device

    kiosk, desk, _laptop = hub
    make_hub(central_db, "OTH")
    stranger = make_device(tmp_path, central_db, live.url, "OTH", name="other")
    on = ["127.0.0.1"]
    found = [
        start_discovery(d.store, port, interfaces=on)
        for d, port in (
            (kiosk.device, kiosk.node.port or 0),
            (desk.device, desk.node.port or 0),
            (stranger, 40999),
        )
    ]
    try:
        kiosk_view, desk_view, stranger_view = found
        assert kiosk_view is not None
        assert desk_view is not None
        assert stranger_view is not None
        deadline = time.monotonic() + 20
        while time.monotonic() < deadline and (
            desk.address not in kiosk_view.addresses() or kiosk.address not in desk_view.addresses()
        ):
            time.sleep(0.1)  # waiting for multicast answers, not measuring time
        assert desk.address in kiosk_view.addresses()
        assert kiosk.address in desk_view.addresses()
        assert "127.0.0.1:40999" not in kiosk_view.addresses()
        assert not set(stranger_view.addresses()) & {kiosk.address, desk.address}
    finally:
        for view in found:
            if view is not None:
                view.close()


def test_hubdesk_sync_peers_reports_each_machine(hub, capsys):
    """`hubdesk sync --peers`, for an IT team checking the port and the firewall."""
    from dataclasses import replace

    from hubdesk.sync.cli import exchange_with_peers

    kiosk, desk, laptop = hub
    settings = replace(desk.node.settings, peers=(kiosk.address, desk.address, laptop.address))
    assert exchange_with_peers(desk.device.store, desk.device.engine, settings) == 0
    out = capsys.readouterr().out
    assert f"{kiosk.address}  ok  device {kiosk.device.device_id}" in out
    assert f"{desk.address}  this machine" in out
    laptop.node.stop()  # switched off
    assert exchange_with_peers(desk.device.store, desk.device.engine, settings) == 1
    assert f"{laptop.address}  cannot connect" in capsys.readouterr().out


def test_the_apps_start_the_local_exchange_only_when_the_fleet_file_asks(hub):
    """`hubdesk kiosk|desk` (ui/app.peer_node_for): off by default, on with a port or peers."""
    import os

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from hubdesk.config import FleetConfig
    from hubdesk.sync.peer import PeerNode
    from hubdesk.ui.app import peer_node_for

    kiosk, _desk, _laptop = hub
    store, engine = kiosk.device.store, kiosk.device.engine
    assert peer_node_for(store, engine, FleetConfig()) is None
    assert peer_node_for(store, None, FleetConfig(peer_port=47633)) is None  # not enrolled
    node = peer_node_for(store, engine, FleetConfig(peer_port=47633, peers=("10.0.4.21:47633",)))
    assert isinstance(node, PeerNode)
    assert (node.settings.port, node.settings.peers) == (47633, ("10.0.4.21:47633",))


def test_discovery_starts_off_the_window_s_thread_and_closes_whenever_asked(hub):
    """The apps ask for discovery without waiting for it (zeroconf probes the network as it
    registers): the node is there at once, finds no one until discovery has started, and closing
    it at any moment, even while it starts, leaves nothing announced."""
    import threading

    pytest.importorskip("zeroconf")
    from hubdesk.config import FleetConfig
    from hubdesk.sync.discovery import BackgroundDiscovery
    from hubdesk.ui.app import peer_node_for

    kiosk, _desk, _laptop = hub
    store, engine = kiosk.device.store, kiosk.device.engine
    node = peer_node_for(store, engine, FleetConfig(peer_discovery=True))
    assert node is not None
    early = BackgroundDiscovery(store, 0)
    early.close()  # before (or while) it starts: it closes what it started itself
    assert early.addresses() == []
    late = BackgroundDiscovery(store, 0)
    starting = [t for t in threading.enumerate() if t.name == "hubdesk-discovery"]
    for thread in starting:
        thread.join(timeout=30)
    assert isinstance(late.addresses(), list)
    late.close()
    assert late.addresses() == []
    node.stop()
