"""Long work runs off the GUI thread: the window keeps answering and shows that it is busy."""

from __future__ import annotations

import threading

from PySide6.QtCore import QTimer

from hubdesk.domain.staff import StaffRole

from .conftest import PINS, settle, sign_in


def test_a_slow_search_shows_progress_and_the_window_keeps_answering(
    make_desk, staff, qtbot, store, clock, identity, monkeypatch
):
    window = make_desk()
    sign_in(qtbot, window, staff[StaffRole.RECEPTION], PINS[StaffRole.RECEPTION])
    window.open_page("families")
    page = window.pages["families"]
    release = threading.Event()
    real_search = window.ctx.services.families.search

    def slow_search(*args, **kwargs):  # the real search, slowed as on a busy laptop
        release.wait(10)
        return real_search(*args, **kwargs)

    monkeypatch.setattr(window.ctx.services.families, "search", slow_search)
    page.picker.field.setFocus()
    qtbot.keyClicks(page.picker.field, "Khan")
    qtbot.waitUntil(lambda: page.picker.busy.isVisible())
    qtbot.waitUntil(lambda: window.busy.isVisible())  # the status bar says work is going on
    ticks = []
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start(10)
    qtbot.waitUntil(lambda: len(ticks) >= 5)  # the event loop runs while the search waits
    timer.stop()
    # staff can still act meanwhile: switch page and back
    assert window.open_page("today")
    assert window.open_page("families")
    release.set()
    settle(qtbot, window)
    qtbot.waitUntil(lambda: not page.picker.busy.isVisible())
    qtbot.waitUntil(lambda: not window.busy.isVisible())
