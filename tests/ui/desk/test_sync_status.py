"""Sync status, always visible: the local-only desk (no central service) says so and shows its
backlog; with an engine, the bridge runs it on a QThread, its status arrives as Qt signals, and
quarantined records can be sent again or discarded from the Sync page."""

from __future__ import annotations

from PySide6.QtCore import Qt
from sqlalchemy import select

from hubdesk.domain.catalogue import VisitReason
from hubdesk.domain.people import Party, Role
from hubdesk.domain.staff import StaffRole
from hubdesk.services.visits import SignIn, VisitService
from hubdesk.storage.models import OutboxEvent
from hubdesk.sync.engine import EngineSettings, SyncEngine
from hubdesk.ui.desk.sync_bridge import NOT_CONNECTED, SyncBridge

from .conftest import PINS, click, click_row, settle, sign_in


def test_local_only_desk_says_not_connected_and_counts_the_backlog(
    make_desk, staff, qtbot, store, clock, identity
):
    window = make_desk()
    qtbot.waitUntil(lambda: "Not connected to a central service" in window.sync_label.text())
    with store.read() as session:
        waiting = session.query(OutboxEvent).filter_by(state="pending").count()
    assert f"{waiting} records kept on this computer" in window.sync_label.text()
    assert window.sync.status().state == NOT_CONNECTED
    assert not window.sync_now.isVisible()
    sign_in(qtbot, window, staff[StaffRole.RECEPTION], PINS[StaffRole.RECEPTION])
    VisitService(store, clock).sign_in(
        window.session.actor, SignIn(VisitReason.OTHER, party=Party((Role.MOTHER,), ()))
    )
    window.sync.request_now()
    qtbot.waitUntil(lambda: f"{waiting + 1} records kept" in window.sync_label.text())
    # work done at the desk is counted straight after, without waiting for the poll
    today = window.pages["today"]
    click(qtbot, window, today.sign_in_button)
    click(qtbot, window, today.anonymous_button)
    qtbot.keyClick(today.role_counts[Role.MOTHER], Qt.Key.Key_Up)
    click(qtbot, window, today.confirm_sign_in)
    qtbot.waitUntil(lambda: f"{waiting + 2} records kept" in window.sync_label.text(), timeout=5000)


def _engine(store, clock):  # type: ignore[no-untyped-def]
    return SyncEngine(
        store,
        clock=clock,
        settings=EngineSettings(interval_s=0.05, backoff_base_s=0.05, backoff_cap_s=0.1),
    )


def test_bridge_runs_the_engine_on_a_thread_and_stops_cleanly(qtbot, store, clock, identity):
    from hubdesk.ui.tasks import TaskRunner

    tasks = TaskRunner()
    bridge = SyncBridge(_engine(store, clock), tasks)
    seen = []
    bridge.sig_sync_status_changed.connect(seen.append)
    bridge.start()
    assert bridge.running
    # not enrolled with a central service: the engine says why, through the bridge, on this thread
    qtbot.waitUntil(lambda: any(s.problem == "not_enrolled" for s in seen), timeout=5000)
    assert bridge.status().connected
    assert bridge.status().state == "offline"
    with qtbot.waitSignal(bridge._worker.sig_finished, timeout=5000):
        bridge._stop.set()
        bridge.engine.request_now()
    bridge.stop()
    assert not bridge.running


def test_quarantined_records_are_listed_and_sent_again_or_discarded(
    make_desk, staff, qtbot, store, clock, identity
):
    engine = _engine(store, clock)
    with store.write() as session:
        events = session.scalars(select(OutboxEvent).order_by(OutboxEvent.seq)).all()[:2]
        for e in events:  # what the engine does when the service refuses an event
            e.state = "quarantined"
            e.last_error = "schema: unknown field"
        ids = [e.event_id for e in events]
    window = make_desk(engine=engine)
    sign_in(qtbot, window, staff[StaffRole.RECEPTION], PINS[StaffRole.RECEPTION])
    qtbot.waitUntil(lambda: window.quarantine_button.isVisible(), timeout=5000)
    assert window.quarantine_button.text() == "2 quarantined"
    click(qtbot, window, window.quarantine_button)
    page = window.pages["sync"]
    assert window.current_page() is page
    qtbot.waitUntil(lambda: page.table.rowCount() == 2)
    assert page.table.item(0, 3).text() == "schema: unknown field"
    click_row(qtbot, window, page.table, 0)
    click(qtbot, window, page.requeue_button)
    qtbot.waitUntil(lambda: page.table.rowCount() == 1, timeout=5000)
    click_row(qtbot, window, page.table, 0)
    click(qtbot, window, page.discard_button)
    qtbot.waitUntil(lambda: page.table.rowCount() == 0, timeout=5000)
    with store.read() as session:
        states = {
            e.event_id: e.state
            for e in session.scalars(select(OutboxEvent).where(OutboxEvent.event_id.in_(ids)))
        }
    assert states == {ids[0]: "pending", ids[1]: "discarded"}
    window.sync.stop()
    settle(qtbot, window)


def test_the_status_line_tells_staff_when_the_clock_is_wrong(qapp):
    """Issue 21: clock skew is still flagged to staff (sync orders changes by clock stamps, so a
    wrong clock splits nothing, but the times it records are wrong)."""
    from datetime import UTC, datetime

    from hubdesk.ui.desk.sync_bridge import DeskSyncStatus, describe

    seen = datetime(2026, 6, 16, 9, 0, tzinfo=UTC)
    right = DeskSyncStatus("online", seen, 0, 0, clock_offset_s=30, clock_flagged=False)
    ahead = DeskSyncStatus("online", seen, 0, 0, clock_offset_s=86_400, clock_flagged=True)
    behind = DeskSyncStatus("online", seen, 0, 0, clock_offset_s=-600, clock_flagged=True)
    assert "clock" not in describe(right)
    assert "clock is 24 hours ahead" in describe(ahead)
    assert "clock is 10 minutes behind" in describe(behind)
    # in the unit a person would say (a PC whose battery died can be weeks out)
    from hubdesk.ui.desk.sync_bridge import clock_words

    assert "clock is 119 minutes behind" in clock_words(-119 * 60)
    assert "clock is 2 hours ahead" in clock_words(120 * 60)
    assert "clock is 47 hours behind" in clock_words(-47 * 3600)
    assert "clock is 174 days behind" in clock_words(-250_615 * 60)
