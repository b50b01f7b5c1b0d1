"""Across devices, for real: the kiosk signs a family in, both devices sync with the central
service on loopback, and the desk's Today list shows it (with the kiosk's freshness) without
anyone touching the desk. The desk's sync engine runs on the bridge's QThread."""

from __future__ import annotations

from conftest import CHEAP_PINS

from hubdesk.domain.catalogue import DeviceKind, VisitReason
from hubdesk.domain.people import AgeBand, Party, Role
from hubdesk.domain.staff import StaffRole
from hubdesk.services.setup import SetupService
from hubdesk.services.staff import StaffService
from hubdesk.services.visits import SignIn, VisitService
from hubdesk.ui.desk.context import DeskSettings
from hubdesk.ui.desk.desk_window import build_desk
from hubdesk.ui.tasks import TaskRunner
from tests.sync.support import central_db, live, make_device, make_hub  # noqa: F401

from .conftest import sign_in


def test_kiosk_sign_in_reaches_the_desk_through_the_central_service(
    tmp_path,
    central_db,  # noqa: F811  (the real central service on loopback)
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
    )
    qtbot.addWidget(window)
    window.show()
    try:
        qtbot.waitUntil(lambda: window.sync.status().state == "online", timeout=15_000)
        assert "Online" in window.sync_label.text()
        sign_in(qtbot, window, staff_id, "2468")
        today = window.pages["today"]
        assert today.table.rowCount() == 0

        VisitService(kiosk.store, clock).sign_in(
            kiosk.actor,
            SignIn(
                VisitReason.JUST_VISITING,
                party=Party.from_counts({Role.MOTHER: 1}, {AgeBand.B0_1: 1}),
            ),
        )
        assert kiosk.engine.run_once().ok  # the kiosk pushes; the desk pulls on its own thread
        qtbot.waitUntil(lambda: today.table.rowCount() == 1, timeout=15_000)
        assert today.table.item(0, 4).text() == "Entrance kiosk"
        assert "Entrance kiosk: data up to" in today.fresh_label.text()
    finally:
        window.sync.stop()
        qtbot.waitUntil(lambda: tasks.idle, timeout=10_000)
        kiosk.store.close()
