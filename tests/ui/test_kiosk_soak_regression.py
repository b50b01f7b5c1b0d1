"""A short soak (bench/soak.py is the long one): after a few warm-up cycles of signing in and out,
further cycles must leave nothing behind — no QObjects or widgets (tiles rebuilt on every visit to
the sign-out numbers, household and reason pages), no hubdesk Python objects, no background-task
callbacks, no file handles. Counts, not memory or time, so it does not flake.

bench/soak.py found finished background tasks kept alive by PySide6's QThreadPool (with their
functions and arguments); hubdesk/ui/tasks.py now runs them on a ThreadPoolExecutor."""

from __future__ import annotations

import gc
import os
from collections import Counter
from typing import Any

from kiosk_checks import scan, settle, tap, type_on
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication

from hubdesk.domain.catalogue import VisitReason
from hubdesk.domain.people import AgeBand, Role

WARM_UP = 3
MEASURED = 12


def anonymous_in_and_out(qtbot: Any, w: Any, n: int) -> None:
    tap(qtbot, w, w.welcome.sign_in)
    tap(qtbot, w, w.pass_question.no_pass)
    tap(qtbot, w, w.party.role_steppers[Role.MOTHER].plus)
    tap(qtbot, w, w.party.next)
    tap(qtbot, w, w.party.band_steppers[AgeBand.B2_4].plus)
    tap(qtbot, w, w.party.next)
    tap(qtbot, w, w.reason.reason_tiles[VisitReason.JUST_VISITING])
    if n % 2:
        type_on(qtbot, w, w.about.pad, "NE6 2AB")
    tap(qtbot, w, w.about.first_no)
    tap(qtbot, w, w.about.next)
    tap(qtbot, w, w.privacy.anonymous)
    assert w.current_page() is w.done
    tap(qtbot, w, w.done.finish)
    tap(qtbot, w, w.welcome.sign_out)
    qtbot.waitUntil(lambda: len(w.sign_out.parties) == 1)
    tap(qtbot, w, w.sign_out.parties[0][1])
    tap(qtbot, w, w.leaving.yes)
    assert w.current_page() is w.done
    tap(qtbot, w, w.done.finish)
    assert w.current_page() is w.welcome


def family_in_and_out(qtbot: Any, w: Any, qr: str) -> None:
    scan(qtbot, w, w.welcome.scan.field, qr)
    assert w.current_page() is w.household
    tap(qtbot, w, w.household.next)
    tap(qtbot, w, w.reason.reason_tiles[VisitReason.HEALTH_VISITOR])
    assert w.current_page() is w.done
    tap(qtbot, w, w.done.finish)
    tap(qtbot, w, w.welcome.sign_out)
    scan(qtbot, w, w.sign_out.scan.field, qr)
    tap(qtbot, w, w.leaving.yes)
    assert w.current_page() is w.done
    tap(qtbot, w, w.done.finish)
    assert w.current_page() is w.welcome


def census(window: Any) -> dict[str, Any]:
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)  # what deleteLater queued
    gc.collect()
    ours = Counter(
        type(o).__qualname__
        for o in gc.get_objects()
        if isinstance(type(o).__dict__.get("__module__"), str)
        and type(o).__dict__["__module__"].startswith("hubdesk.")
    )
    return {
        "qobjects": len(window.findChildren(QObject)),
        "widgets": len(QApplication.allWidgets()),
        "tasks": window.ctx.tasks.pending,
        "fds": len(os.listdir("/proc/self/fd")),
        "ours": ours,
    }


def test_sign_in_and_out_cycles_leave_nothing_behind(make_kiosk, registered_family, qtbot):
    _, issued = registered_family
    window = make_kiosk()

    def cycle(n: int) -> None:
        if n % 4 == 3:
            family_in_and_out(qtbot, window, issued.qr_payload)
        else:
            anonymous_in_and_out(qtbot, window, n)
        settle(qtbot, window)

    for n in range(WARM_UP):
        cycle(n)
    before = census(window)
    for n in range(WARM_UP, WARM_UP + MEASURED):
        cycle(n)
    after = census(window)

    assert after["qobjects"] == before["qobjects"]
    assert after["widgets"] == before["widgets"]
    assert after["tasks"] == before["tasks"] == 0
    assert after["fds"] <= before["fds"]
    grown = dict(after["ours"] - before["ours"])
    assert grown == {}, grown


class Payload:
    pass


def test_finished_tasks_release_their_function_and_arguments(qtbot):
    """PySide6's QThreadPool kept a share of finished QRunnables (and so each task's function and
    arguments) alive for ever: a few hundred bytes per sign-in, for the life of the kiosk."""
    import weakref

    from hubdesk.ui.tasks import TaskRunner

    runner = TaskRunner()
    refs = []
    for i in range(300):
        payload = Payload()
        refs.append(weakref.ref(payload))
        runner.run(lambda p: p is not None, payload, on_success=lambda _ok: None)
        del payload
        if i % 3 == 0:
            qtbot.waitUntil(lambda: runner.idle)
    qtbot.waitUntil(lambda: runner.idle)
    assert runner.wait_for_done()
    gc.collect()
    alive = sum(1 for r in refs if r() is not None)
    assert alive == 0
