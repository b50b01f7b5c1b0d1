"""How long from a family's tap on the kiosk to the desk's banner (a script, not a test).

    python bench/speak_to_someone.py [--trials 20]

The real thing end to end, both devices online: the central service in its own process
(uvicorn on loopback, SQLite), a kiosk store and a desk store enrolled with it by enrolment
codes, the real kiosk window (offscreen) with its sync engine on a thread as `hubdesk kiosk`
runs it, and the real desk window (offscreen), a receptionist signed in, its sync engine on its
own thread as `hubdesk desk` runs it. Both engines keep their shipped settings (a sync every
5 s while online). Each trial taps "Speak to someone" and "Yes, please" on the kiosk, then
times:

- tap -> the kiosk says "someone will come" (the request has left the kiosk: pushed, and
  acknowledged by the service);
- tap -> the desk's banner shows it.

Trials start at random moments (0-5 s apart), so they fall anywhere in the engines' cycles.
Baseline, same run: one push from the kiosk plus one pull on the desk, back to back
(`SyncEngine.run_once`), the floor under any design that goes through the service.
"""

from __future__ import annotations

import argparse
import os
import random
import secrets
import statistics
import sys
import tempfile
import threading
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from PySide6.QtCore import QCoreApplication, QEventLoop, Qt  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from sync import serve  # noqa: E402

from hubdesk.central import admin  # noqa: E402
from hubdesk.central.store import CentralStore  # noqa: E402
from hubdesk.domain.staff import StaffRole  # noqa: E402
from hubdesk.security.keys import KdfParams  # noqa: E402
from hubdesk.security.pins import PinParams  # noqa: E402
from hubdesk.services.base import Actor  # noqa: E402
from hubdesk.services.setup import SetupService  # noqa: E402
from hubdesk.services.staff import StaffService  # noqa: E402
from hubdesk.storage.engine import open_store  # noqa: E402
from hubdesk.sync.engine import SyncEngine  # noqa: E402
from hubdesk.sync.enrolment import enrol  # noqa: E402
from hubdesk.ui.kiosk import private_word_page  # noqa: E402


def wait_until(condition, timeout: float) -> float | None:  # type: ignore[no-untyped-def]
    """Spin the Qt event loop until `condition()`; the moment it held, or None on timeout."""
    deadline = time.perf_counter() + timeout
    while time.perf_counter() < deadline:
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 5)
        if condition():
            return time.perf_counter()
        time.sleep(0.002)
    return None


def device(tmp: Path, central: CentralStore, url: str, name: str, kind: str):  # type: ignore[no-untyped-def]
    store = open_store(tmp / name / "hubdesk.db", secrets.token_bytes(32))
    code = admin.create_enrolment_code(central, "RIV", url=url)
    # with the hub passphrase, as a real hub's devices are: they share the hub key
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


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--trials", type=int, default=20)
    args = parser.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="hubdesk-bench-speak-"))
    central = CentralStore(f"sqlite:///{tmp / 'central.db'}")
    central.migrate()
    admin.create_hub(central, "Riverside Family Hub", "RIV")
    admin.create_site(central, "RIV", "Riverside Family Hub", postcode="NE1 4XF")
    server, url = serve(central.url)
    stops: list[threading.Event] = []
    try:
        kiosk_store = device(tmp, central, url, "Entrance kiosk", "kiosk")
        desk_store = device(tmp, central, url, "Reception PC", "desk")
        return run(args, kiosk_store, desk_store, stops)
    finally:
        for stop in stops:
            stop.set()
        server.terminate()
        server.wait(10)


def run(args, kiosk_store, desk_store, stops) -> int:  # type: ignore[no-untyped-def]
    from hubdesk.ui.app import build_kiosk, get_application
    from hubdesk.ui.desk.desk_window import build_desk
    from hubdesk.ui.kiosk.context import KioskSettings

    app = get_application()
    desk_identity = SetupService(desk_store).identity()
    staff_id = StaffService(desk_store, pin_params=PinParams(8, 1, 1)).add(
        None, name="Rita Patel", role=StaffRole.ADMIN, pin="1357"
    )

    # the baseline: one push and one pull, back to back, with nothing waiting in between
    floor_kiosk, floor_desk = SyncEngine(kiosk_store), SyncEngine(desk_store)
    floors = []
    for _ in range(5):
        from hubdesk.services.alerts import AlertService

        AlertService(kiosk_store).private_word(SetupService(kiosk_store).identity().actor())
        t0 = time.perf_counter()
        assert floor_kiosk.run_once(pull=False).ok
        assert floor_desk.run_once(push=False).ok
        floors.append((time.perf_counter() - t0) * 1000)

    kiosk_engine = SyncEngine(kiosk_store)
    stop = threading.Event()
    stops.append(stop)
    threading.Thread(target=kiosk_engine.run_forever, args=(stop,), daemon=True).start()
    kiosk = build_kiosk(
        app,
        kiosk_store,
        SetupService(kiosk_store).identity(),
        settings=KioskSettings(idle_ms=3_600_000, done_ms=3_600_000, alert_wait_ms=30_000),
        has_camera=False,
        request_sync=kiosk_engine.request_now,
    )
    kiosk.resize(1280, 800)
    kiosk.show()
    desk = build_desk(desk_store, desk_identity, sync_engine=SyncEngine(desk_store), app=app)
    desk.show()
    desk.sign_in(
        Actor(
            desk_identity.device_id,
            desk_identity.hub_id,
            desk_identity.site_id,
            staff_id,
            StaffRole.ADMIN,
        ),
        "Rita Patel",
    )
    wait_until(lambda: False, 2.0)  # both settle: the desk has seen the baseline's alerts
    if desk.alert_bar.isVisible():
        QTest.mouseClick(desk.alert_bar.seen, Qt.MouseButton.LeftButton)

    rng = random.Random(7)
    to_sent: list[float] = []
    to_banner: list[float] = []
    for trial in range(args.trials):
        wait_until(lambda: False, rng.uniform(0, 5))
        seen_before = len(desk.alert_bar.alerts)
        t0 = time.perf_counter()
        QTest.mouseClick(kiosk.private_word_button, Qt.MouseButton.LeftButton)
        QTest.mouseClick(kiosk.ask.ask, Qt.MouseButton.LeftButton)
        sent = wait_until(lambda: kiosk.private_word.state == private_word_page.SENT, 30)
        banner = wait_until(
            lambda n=seen_before: desk.alert_bar.isVisible() and len(desk.alert_bar.alerts) > n,
            30,
        )
        if sent is None or banner is None:
            from hubdesk.services.alerts import AlertService

            staff = Actor(desk_identity.device_id, desk_identity.hub_id, desk_identity.site_id,
                          staff_id, StaffRole.ADMIN)  # fmt: skip
            print(f"  trial {trial}: timed out (sent {sent}, banner {banner}); the desk's sync:"
                  f" {desk.sync.status()}; alerts in its store:"
                  f" {len(AlertService(desk_store).recent(staff))}")  # fmt: skip
            return 1
        to_sent.append((sent - t0) * 1000)
        to_banner.append((banner - t0) * 1000)
        QTest.mouseClick(desk.alert_bar.seen, Qt.MouseButton.LeftButton)
        QTest.mouseClick(kiosk.private_word.carry_on, Qt.MouseButton.LeftButton)

    print(f"speak to someone, kiosk tap to desk banner, {args.trials} trials, both online")
    print(
        f"  baseline (one push + one pull, back to back): median {statistics.median(floors):.0f} ms"
    )
    for name, values in (
        ("tap -> 'someone will come'", to_sent),
        ("tap -> desk banner", to_banner),
    ):
        p50, p90 = percentile(values, 50), percentile(values, 90)
        print(f"  {name:<28} p50 {p50:6.0f} ms   p90 {p90:6.0f} ms   max {max(values):6.0f} ms")
    desk.sync.stop()
    kiosk.allow_close = True
    kiosk.close()
    desk.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
