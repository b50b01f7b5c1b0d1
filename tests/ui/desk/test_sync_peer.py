"""The hub's internet is down: the desk hears from the kiosk directly on the local network. Its
Today list shows the kiosk's sign-in, the kiosk's request to speak to someone appears in its
header, and the status bar says the kiosk is heard directly, then not at all once it goes."""

from __future__ import annotations

import os
from dataclasses import replace
from datetime import timedelta

import pytest

from hubdesk.domain.catalogue import DeviceKind, VisitReason
from hubdesk.domain.people import AgeBand, Party, Role
from hubdesk.domain.staff import StaffRole
from hubdesk.services.alerts import AlertService
from hubdesk.services.setup import SetupService
from hubdesk.services.staff import StaffService
from hubdesk.services.visits import SignIn, VisitService
from hubdesk.sync.peer import PeerNode
from hubdesk.ui.desk.context import DeskSettings
from hubdesk.ui.desk.desk_window import build_desk
from hubdesk.ui.tasks import TaskRunner
from tests.sync.peer_support import LOOPBACK, PEER_FAST
from tests.sync.support import central_db, live, make_device, make_hub  # noqa: F401

from .conftest import CHEAP_PINS, sign_in


def heard(window) -> str:  # type: ignore[no-untyped-def]
    from hubdesk.ui.widgets.bidi import strip_isolates

    return strip_isolates(window.hearing_label.text())


def test_with_the_service_down_the_desk_hears_the_kiosk_directly(
    tmp_path,
    central_db,  # noqa: F811
    live,  # noqa: F811
    clock,
    qtbot,
    qapp,
):
    make_hub(central_db)
    kiosk = make_device(tmp_path, central_db, live.url, "RIV", name="Entrance kiosk", clock=clock)
    desk = make_device(
        tmp_path, central_db, live.url, "RIV", name="Front desk", kind=DeviceKind.DESK, clock=clock
    )
    for device in (kiosk, desk, kiosk, desk):
        assert device.engine.run_once().ok  # each hears of the other's device record
    kiosk_node = PeerNode(kiosk.store, kiosk.engine, PEER_FAST, clock=clock)
    kiosk_node.listen()
    desk_node = PeerNode(
        desk.store,
        desk.engine,
        replace(PEER_FAST, interval_s=0.2, peers=(f"{LOOPBACK}:{kiosk_node.port}",)),
        clock=clock,
    )
    live.stop()  # the hub's internet is down

    identity = SetupService(desk.store, clock).identity()
    staff_id = StaffService(desk.store, clock, pin_params=CHEAP_PINS).add(
        None, name="Sam Taylor", role=StaffRole.ADMIN, pin="2468"
    )
    tasks = TaskRunner()
    window = build_desk(
        desk.store,
        identity,
        clock,
        sync_engine=desk.engine,
        task_runner=tasks,
        settings=DeskSettings(
            refresh_ms=600_000,
            alert_poll_ms=600_000,
            idle_lock_ms=600_000,
            output_dir=tmp_path / "out",
            print_roll_call=False,
        ),
        app=qapp,
        peer_node=desk_node,
    )
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    try:
        qtbot.waitUntil(
            lambda: (b := window.lock_page.button_for(staff_id)) is not None and b.isVisible()
        )
        sign_in(qtbot, window, staff_id, "2468")
        today = window.pages["today"]
        qtbot.waitUntil(lambda: "Entrance kiosk: directly" in heard(window), timeout=15_000)
        assert window.hearing_label.isVisible()
        assert today.table.rowCount() == 0

        VisitService(kiosk.store, clock).sign_in(
            kiosk.actor,
            SignIn(
                VisitReason.JUST_VISITING,
                party=Party.from_counts({Role.MOTHER: 1}, {AgeBand.B0_1: 1}),
            ),
        )
        AlertService(kiosk.store, clock).private_word(kiosk.actor)
        # the desk's own loop fetches it: no refresh timer or alert poll in this test would
        qtbot.waitUntil(lambda: today.table.rowCount() == 1, timeout=15_000)
        qtbot.waitUntil(lambda: window.alert_bar.isVisible(), timeout=15_000)
        assert "Entrance kiosk" in window.alert_bar.text.text()
        assert len(window.alert_bar.alerts) == 1  # once, however many times the desk looked
        if os.environ.get("HUBDESK_SCREENSHOTS"):
            window.grab().save("docs/screenshots/desk-heard-directly.png")

        kiosk_node.stop()  # the kiosk is switched off
        clock.advance(timedelta(minutes=5))
        qtbot.waitUntil(
            lambda: "Entrance kiosk: not heard from since" in heard(window),
            timeout=15_000,
        )
    finally:
        window.sync.stop()
        kiosk_node.stop()
        qtbot.waitUntil(lambda: tasks.idle, timeout=10_000)
        kiosk.store.close()


@pytest.mark.parametrize("code", ["en", "pl", "ro", "ar", "ur"])
def test_the_devices_heard_fit_the_status_bar_in_every_language(
    code, make_desk, staff, qtbot, qapp, clock, tmp_path
):
    """Three other devices with long names: by name when that fits, else in counts; nothing
    clipped at 1366x768, and the Sync page lists every device by name."""
    import uuid

    from PySide6.QtWidgets import QApplication

    from hubdesk.sync.peer import DIRECT, NOT_HEARD, THROUGH_SERVICE
    from hubdesk.ui.desk.sync_bridge import DeskSyncStatus, DeviceHearing
    from hubdesk.ui.i18n import LanguageManager

    from .conftest import PINS, sign_in

    languages = LanguageManager(qapp)
    languages.set_language(code)
    try:
        window = make_desk()
        window.resize(1366, 768)
        sign_in(qtbot, window, staff[StaffRole.RECEPTION], PINS[StaffRole.RECEPTION])
        now = clock.now()
        status = DeskSyncStatus(
            "offline", now - timedelta(hours=3), 4, 0, "offline",
            hearing=(
                DeviceHearing(uuid.uuid4(), "Entrance kiosk by the main doors", "kiosk", DIRECT,
                              now),
                DeviceHearing(uuid.uuid4(), "Outreach laptop (Fire station)", "outreach",
                              THROUGH_SERVICE, now - timedelta(minutes=40)),
                DeviceHearing(uuid.uuid4(), "Second reception PC", "desk", NOT_HEARD,
                              now - timedelta(hours=2)),
            ),
        )  # fmt: skip
        window._show_sync(status)
        window.open_page("sync")
        QApplication.processEvents()
        label = window.hearing_label
        assert label.isVisible()
        assert window.minimumSizeHint().width() <= 1366
        assert label.width() >= label.sizeHint().width(), label.text()
        assert window.sync_label.width() >= window.sync_label.sizeHint().width()
        assert "Second reception PC" in label.toolTip()
        page = window.pages["sync"]
        for name in ("Entrance kiosk", "Outreach laptop (Fire station)", "Second reception PC"):
            assert name in page.devices.text()
        if os.environ.get("HUBDESK_SCREENSHOTS"):
            window.grab().save(f"docs/screenshots/desk-hub-devices-{code}.png")
    finally:
        languages.set_language("en")
