"""Asking to speak to someone, end to end: the real kiosk window on an enrolled kiosk store, its
sync engine running as `hubdesk kiosk` runs it, the real central service on loopback, and a desk
store that syncs. The kiosk promises that someone will come only once the request has left it
for the service; the desk then sees it, with the room the family chose (rooms are set on the
desk and reach the kiosk through the service, sealed)."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import threading
import uuid
from collections.abc import Iterator

import pytest

from hubdesk.domain.catalogue import DeviceKind
from hubdesk.domain.staff import StaffRole
from hubdesk.services.alerts import AlertService
from hubdesk.services.base import Actor
from hubdesk.services.kiosk import KioskService
from hubdesk.services.setup import SetupService
from hubdesk.ui.kiosk import private_word_page
from tests.sync.support import make_device, make_hub


@pytest.fixture(autouse=True)
def _restore_application_look(qapp) -> Iterator[None]:
    """The kiosk styles the whole QApplication (style sheet, palette, font, language): put it
    back, so that later tests in this process see Qt's own look (tests/ui does the same)."""
    from PySide6.QtCore import QLocale

    saved = (qapp.styleSheet(), qapp.palette(), qapp.font(), qapp.layoutDirection(), QLocale())
    yield
    style, palette, font, direction, locale = saved
    qapp.setStyleSheet(style)
    qapp.setPalette(palette)
    qapp.setFont(font)
    qapp.setLayoutDirection(direction)
    QLocale.setDefault(locale)


@pytest.fixture
def running() -> Iterator[list[threading.Event]]:
    stops: list[threading.Event] = []
    yield stops
    for stop in stops:
        stop.set()


def _run_in_background(engine, stops: list[threading.Event]) -> None:
    stop = threading.Event()
    stops.append(stop)
    threading.Thread(target=engine.run_forever, args=(stop,), daemon=True).start()


def test_the_request_reaches_the_desk_with_its_room(
    tmp_path, central_db, live, qtbot, qapp, running
):
    from hubdesk.ui.app import build_kiosk
    from hubdesk.ui.kiosk.context import KioskSettings

    make_hub(central_db)
    kiosk = make_device(tmp_path, central_db, live.url, "RIV")
    desk = make_device(tmp_path, central_db, live.url, "RIV", name="desk", kind=DeviceKind.DESK)
    reception = Actor(desk.device_id, desk.hub_id, desk.site_id, uuid.uuid4(), StaffRole.RECEPTION)
    # the desk names its rooms; they reach the kiosk through the service
    SetupService(desk.store).set_site_rooms(reception, desk.site_id, ["Room 1", "Garden room"])
    assert desk.engine.run_once().ok
    assert kiosk.engine.run_once().ok
    assert KioskService(kiosk.store).profile(kiosk.actor).rooms == ("Room 1", "Garden room")

    _run_in_background(kiosk.engine, running)  # as `hubdesk kiosk` runs it
    window = build_kiosk(
        qapp,
        kiosk.store,
        SetupService(kiosk.store).identity(),
        settings=KioskSettings(idle_ms=600_000, done_ms=600_000, alert_wait_ms=20_000),
        has_camera=False,
        request_sync=kiosk.engine.request_now,
    )
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    try:
        qtbot.waitUntil(lambda: len(window.ask.room_tiles) == 2, timeout=10_000)
        qtbot.mouseClick(window.private_word_button, qtbot_left())
        assert window.current_page() is window.ask
        [tile] = [t for r, t in window.ask.room_tiles if r == "Garden room"]
        qtbot.mouseClick(tile, qtbot_left())
        qtbot.mouseClick(window.ask.ask, qtbot_left())
        qtbot.waitUntil(lambda: window.private_word.state == private_word_page.SENT, timeout=20_000)
        assert "will come" in window.private_word.subtitle.text()
        assert desk.engine.run_once().ok
        [alert] = AlertService(desk.store).recent(reception)
        assert alert.room == "Garden room"
        assert alert.device_id == str(kiosk.device_id)
    finally:
        qtbot.waitUntil(lambda: window.ctx.tasks.idle, timeout=10_000)
        window.allow_close = True
        window.close()


def test_with_the_service_down_the_family_is_asked_to_speak_to_staff(
    tmp_path, central_db, live, qtbot, qapp, running
):
    from hubdesk.ui.app import build_kiosk
    from hubdesk.ui.kiosk.context import KioskSettings

    make_hub(central_db)
    kiosk = make_device(tmp_path, central_db, live.url, "RIV")
    live.stop()  # the hub's internet is down
    _run_in_background(kiosk.engine, running)
    window = build_kiosk(
        qapp,
        kiosk.store,
        SetupService(kiosk.store).identity(),
        settings=KioskSettings(idle_ms=600_000, done_ms=600_000, alert_wait_ms=1_500),
        has_camera=False,
        request_sync=kiosk.engine.request_now,
    )
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    try:
        qtbot.mouseClick(window.private_word_button, qtbot_left())
        qtbot.mouseClick(window.ask.ask, qtbot_left())
        qtbot.waitUntil(
            lambda: window.private_word.state == private_word_page.FAILED, timeout=10_000
        )
        assert "speak to a member of staff" in window.private_word.subtitle.text()
    finally:
        qtbot.waitUntil(lambda: window.ctx.tasks.idle, timeout=10_000)
        window.allow_close = True
        window.close()


def qtbot_left():
    from PySide6.QtCore import Qt

    return Qt.MouseButton.LeftButton


def test_with_the_service_down_the_request_reaches_the_desk_on_the_hubs_network(
    tmp_path, central_db, live, qtbot, qapp, running
):
    """The hub's own network (hubdesk/sync/peer.py): with the service stopped, the kiosk hands
    the request straight to the desk, the desk holds it, so the kiosk can say someone will come."""
    from dataclasses import replace

    from hubdesk.sync.peer import PeerNode
    from hubdesk.ui.app import build_kiosk
    from hubdesk.ui.kiosk.context import KioskSettings
    from tests.sync.peer_support import LOOPBACK, PEER_FAST

    make_hub(central_db)
    kiosk = make_device(tmp_path, central_db, live.url, "RIV")
    desk = make_device(tmp_path, central_db, live.url, "RIV", name="desk", kind=DeviceKind.DESK)
    for device in (kiosk, desk, kiosk, desk):
        assert device.engine.run_once().ok
    desk_node = PeerNode(desk.store, desk.engine, PEER_FAST)
    desk_node.listen()
    kiosk_node = PeerNode(
        kiosk.store,
        kiosk.engine,
        replace(PEER_FAST, interval_s=600, peers=(f"{LOOPBACK}:{desk_node.port}",)),
    )
    live.stop()  # the hub's internet is down
    _run_in_background(kiosk.engine, running)
    stop = threading.Event()
    running.append(stop)
    threading.Thread(target=kiosk_node.run_forever, args=(stop,), daemon=True).start()

    def request_sync() -> None:  # what `hubdesk kiosk` wires (ui/app.start_background_sync)
        kiosk.engine.request_now()
        kiosk_node.request_now()

    window = build_kiosk(
        qapp,
        kiosk.store,
        SetupService(kiosk.store).identity(),
        settings=KioskSettings(idle_ms=600_000, done_ms=600_000, alert_wait_ms=20_000),
        has_camera=False,
        request_sync=request_sync,
    )
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    try:
        qtbot.mouseClick(window.private_word_button, qtbot_left())
        qtbot.mouseClick(window.ask.ask, qtbot_left())
        qtbot.waitUntil(lambda: window.private_word.state == private_word_page.SENT, timeout=20_000)
        assert "will come" in window.private_word.subtitle.text()
        reception = Actor(
            desk.device_id, desk.hub_id, desk.site_id, uuid.uuid4(), StaffRole.RECEPTION
        )
        [alert] = AlertService(desk.store).recent(reception)
        assert alert.device_id == str(kiosk.device_id)
    finally:
        qtbot.waitUntil(lambda: window.ctx.tasks.idle, timeout=10_000)
        window.allow_close = True
        window.close()
        kiosk_node.stop()
        desk_node.stop()
