"""The hub's own network: how soon the desk sees what the kiosk did, with the internet down and,
for comparison, through the central service (a script, not a test).

    python bench/peer.py [--trials 30]

Two devices of one hub, enrolled by enrolment codes with the central service in its own process
(uvicorn on loopback, SQLite): a kiosk and a desk, each with its sync engine on a thread as the
apps run it (shipped settings: a sync every 5 s while online), and, in part B, each with its peer
node on loopback (shipped settings: an exchange with each other device every 2 s, and at once
when the kiosk asks, as it does after a request to speak to someone).

A. through the service (peer nodes off): a sign-in on the kiosk -> the desk's who-is-in
   (`VisitService.who_is_in`) lists it; a request to speak to someone -> the desk's
   `AlertService.recent` lists it (the kiosk asks its engine to sync at once, as the app does).
B. the service stopped (its process terminated), the peer nodes on: the same two.

Trials start at random moments (0-3 s apart), so they fall anywhere in the loops' cycles. The desk
is polled every 20 ms. Baselines, same run: one push plus one pull back to back (the floor of
part A), and one direct exchange (`PeerNode.exchange`, the floor of part B).
"""

from __future__ import annotations

import argparse
import random
import secrets
import statistics
import sys
import tempfile
import threading
import time
import uuid
from dataclasses import replace
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from sync import serve  # noqa: E402

from hubdesk.central import admin  # noqa: E402
from hubdesk.central.store import CentralStore  # noqa: E402
from hubdesk.domain.catalogue import VisitReason  # noqa: E402
from hubdesk.domain.people import AgeBand, Party, Role  # noqa: E402
from hubdesk.domain.staff import StaffRole  # noqa: E402
from hubdesk.security.keys import KdfParams  # noqa: E402
from hubdesk.services.alerts import AlertService  # noqa: E402
from hubdesk.services.base import Actor  # noqa: E402
from hubdesk.services.setup import SetupService  # noqa: E402
from hubdesk.services.visits import SignIn, VisitService  # noqa: E402
from hubdesk.storage.engine import open_store  # noqa: E402
from hubdesk.sync.engine import SyncEngine  # noqa: E402
from hubdesk.sync.enrolment import enrol  # noqa: E402
from hubdesk.sync.peer import PeerNode, PeerSettings  # noqa: E402

PARTY = Party.from_counts({Role.MOTHER: 1}, {AgeBand.B0_1: 1, AgeBand.B2_4: 1})


def device(tmp: Path, central: CentralStore, url: str, name: str, kind: str) -> Any:
    store = open_store(tmp / name / "hubdesk.db", secrets.token_bytes(32))
    code = admin.create_enrolment_code(central, "RIV", url=url)
    enrol(
        store,
        code.qr_text,
        device_name=name,
        device_kind=kind,
        use_keyring=False,
        hub_passphrase="correct horse battery staple",
        hub_kdf=KdfParams(iterations=1, lanes=1, memory_cost=8),
    )
    return store


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1)))]


def wait_for(condition: Any, timeout: float = 60.0) -> float | None:
    deadline = time.perf_counter() + timeout
    while time.perf_counter() < deadline:
        if condition():
            return time.perf_counter()
        time.sleep(0.02)
    return None


class Hub:
    """The kiosk and the desk with their engines (and peer nodes) running as the apps run them."""

    def __init__(self, kiosk_store: Any, desk_store: Any) -> None:
        self.kiosk_store, self.desk_store = kiosk_store, desk_store
        self.kiosk = SetupService(kiosk_store).identity().actor()
        ident = SetupService(desk_store).identity()
        self.desk_hub = ident.hub_id
        self.staff = Actor(
            ident.device_id, ident.hub_id, ident.site_id, uuid.uuid4(), StaffRole.ADMIN
        )
        self.kiosk_engine, self.desk_engine = SyncEngine(kiosk_store), SyncEngine(desk_store)
        self.stop = threading.Event()
        for engine in (self.kiosk_engine, self.desk_engine):
            threading.Thread(target=engine.run_forever, args=(self.stop,), daemon=True).start()
        self.nodes: list[PeerNode] = []

    def start_peers(self) -> None:
        shipped = replace(PeerSettings(), listen_host="127.0.0.1", port=-1)
        kiosk = PeerNode(self.kiosk_store, self.kiosk_engine, shipped)
        desk = PeerNode(self.desk_store, self.desk_engine, shipped)
        kiosk.listen()
        desk.listen()
        kiosk.settings = replace(kiosk.settings, peers=(f"127.0.0.1:{desk.port}",))
        desk.settings = replace(desk.settings, peers=(f"127.0.0.1:{kiosk.port}",))
        for node in (kiosk, desk):
            threading.Thread(target=node.run_forever, daemon=True).start()
        self.nodes = [kiosk, desk]

    def request_now(self) -> None:
        """What the kiosk app does after a request to speak to someone."""
        self.kiosk_engine.request_now()
        if self.nodes:
            self.nodes[0].request_now()

    def close(self) -> None:
        self.stop.set()
        for node in self.nodes:
            node.stop()


def trials(hub: Hub, n: int, rng: random.Random) -> tuple[list[float], list[float]]:
    """(sign-in -> desk's who-is-in, private word -> desk's alerts), in ms."""
    visits = VisitService(hub.kiosk_store)
    kiosk_alerts, desk_alerts = AlertService(hub.kiosk_store), AlertService(hub.desk_store)
    seen = max((a.seq for a in desk_alerts.recent(hub.staff)), default=0)
    to_list, to_alert = [], []
    for _ in range(n):
        time.sleep(rng.uniform(0, 3))
        t0 = time.perf_counter()
        done = visits.sign_in(hub.kiosk, SignIn(VisitReason.JUST_VISITING, party=PARTY))
        listed = wait_for(
            lambda v=done.visit_id: any(
                x.visit_id == v for x in VisitService(hub.desk_store).who_is_in(hub.desk_hub)
            )
        )
        if listed is None:
            raise SystemExit("a sign-in did not reach the desk within 60 s")
        to_list.append((listed - t0) * 1000)
        visits.sign_out(hub.kiosk, done.visit_id)  # keep the list the size of a real morning

        time.sleep(rng.uniform(0, 3))
        t0 = time.perf_counter()
        kiosk_alerts.private_word(hub.kiosk)
        hub.request_now()
        arrived = wait_for(lambda s=seen: bool(desk_alerts.recent(hub.staff, after_seq=s)))
        if arrived is None:
            raise SystemExit("a request to speak to someone did not reach the desk within 60 s")
        to_alert.append((arrived - t0) * 1000)
        seen = max(a.seq for a in desk_alerts.recent(hub.staff, after_seq=seen))
    return to_list, to_alert


def line(name: str, values: list[float]) -> str:
    p50, p99 = statistics.median(values), percentile(values, 99)
    return (
        f"  {name:<32} p50 {p50:6.0f} ms   p99 {p99:6.0f} ms   max {max(values):6.0f} ms"
        f"   (n={len(values)})"
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--trials", type=int, default=30)
    args = parser.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="hubdesk-bench-peer-"))
    central = CentralStore(f"sqlite:///{tmp / 'central.db'}")
    central.migrate()
    admin.create_hub(central, "Riverside Family Hub", "RIV")
    admin.create_site(central, "RIV", "Riverside Family Hub", postcode="NE1 4XF")
    server, url = serve(central.url)
    rng = random.Random(22)
    try:
        kiosk_store = device(tmp, central, url, "Entrance kiosk", "kiosk")
        desk_store = device(tmp, central, url, "Reception PC", "desk")
        # baseline A: one push plus one pull, back to back
        push, pull = SyncEngine(kiosk_store), SyncEngine(desk_store)
        floors_a = []
        for _ in range(5):
            VisitService(kiosk_store).sign_in(
                SetupService(kiosk_store).identity().actor(),
                SignIn(VisitReason.JUST_VISITING, party=PARTY),
            )
            t0 = time.perf_counter()
            assert push.run_once(pull=False).ok
            assert pull.run_once(push=False).ok
            floors_a.append((time.perf_counter() - t0) * 1000)
        hub = Hub(kiosk_store, desk_store)
        time.sleep(6)  # both engines settle
        a_list, a_alert = trials(hub, args.trials, rng)

        server.terminate()  # the hub's internet goes down
        server.wait(10)
        hub.start_peers()
        time.sleep(3)  # the first exchanges catch up
        kiosk_node, desk_node = hub.nodes
        floors_b = []
        for _ in range(5):
            VisitService(kiosk_store).sign_in(
                hub.kiosk, SignIn(VisitReason.JUST_VISITING, party=PARTY)
            )
            t0 = time.perf_counter()
            assert kiosk_node.exchange(f"127.0.0.1:{desk_node.port}").ok
            floors_b.append((time.perf_counter() - t0) * 1000)
        b_list, b_alert = trials(hub, args.trials, rng)
        hub.close()
    finally:
        if server.poll() is None:
            server.terminate()
            server.wait(10)

    print(f"kiosk -> desk, {args.trials} trials each")
    print("A. through the central service (engines every 5 s while online)")
    print(
        f"  baseline: one push + one pull back to back, median {statistics.median(floors_a):.0f} ms"
    )
    print(line("sign-in -> desk's who-is-in", a_list))
    print(line("private word -> desk", a_alert))
    print("B. service stopped, directly on the local network (exchanges every 2 s)")
    print(f"  baseline: one direct exchange, median {statistics.median(floors_b):.0f} ms")
    print(line("sign-in -> desk's who-is-in", b_list))
    print(line("private word -> desk", b_alert))
    sign_in_ratio = statistics.median(b_list) / statistics.median(a_list)
    word_ratio = statistics.median(b_alert) / statistics.median(a_alert)
    print(f"  B / A (p50): sign-in {sign_in_ratio:.2f}, private word {word_ratio:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
