"""Fixtures for the desk tests: a desk window on the test store, staff of each role, helpers that
click and type as staff would, and a walk over the visible widgets' texts."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
import shiboken6
from conftest import CHEAP_PINS
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QCheckBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QTableWidget,
    QWidget,
)

from hubdesk.domain.clock import FakeClock
from hubdesk.domain.people import Role
from hubdesk.domain.staff import StaffRole
from hubdesk.services.families import AdultIn, ChildIn, FamilyIn, FamilyService
from hubdesk.services.setup import DeviceIdentity
from hubdesk.services.staff import StaffService
from hubdesk.storage.engine import Store
from hubdesk.ui.tasks import TaskRunner

LEFT = Qt.MouseButton.LeftButton
PINS = {
    StaffRole.ADMIN: "2468",
    StaffRole.RECEPTION: "1357",
    StaffRole.OUTREACH: "9753",
    StaffRole.MANAGER: "8642",
}
NAMES = {
    StaffRole.ADMIN: "Sam Taylor",
    StaffRole.RECEPTION: "Rita Patel",
    StaffRole.OUTREACH: "Owen Hughes",
    StaffRole.MANAGER: "Maya Jones",
}


@pytest.fixture(autouse=True)
def english_plurals(qapp: Any) -> Iterator[Any]:
    """The app's English translation, which carries the plural forms of the desk's counts
    ("1 party", "2 parties"), as the desk loads it at start."""
    from PySide6.QtCore import QTranslator

    from hubdesk.ui.i18n import ensure_translations_built

    translator = QTranslator()
    assert translator.load("hubdesk_en", str(ensure_translations_built()))
    qapp.installTranslator(translator)
    yield translator
    qapp.removeTranslator(translator)


@pytest.fixture
def staff(store: Store, clock: FakeClock, identity: DeviceIdentity) -> dict[StaffRole, Any]:
    """One staff member per role: {role: staff id}. PINs in PINS."""
    service = StaffService(store, clock, pin_params=CHEAP_PINS)
    admin = service.add(
        None, name=NAMES[StaffRole.ADMIN], role=StaffRole.ADMIN, pin=PINS[StaffRole.ADMIN]
    )
    from hubdesk.services.base import Actor

    boss = Actor(identity.device_id, identity.hub_id, identity.site_id, admin, StaffRole.ADMIN)
    ids = {StaffRole.ADMIN: admin}
    for role in (StaffRole.RECEPTION, StaffRole.OUTREACH, StaffRole.MANAGER):
        ids[role] = service.add(boss, name=NAMES[role], role=role, pin=PINS[role])
    return ids


def register(
    store: Store,
    clock: FakeClock,
    identity: DeviceIdentity,
    first: str,
    last: str,
    child: str | None = None,
    postcode: str | None = "NE6 2AB",
) -> Any:
    """Register a family at the desk's hub (as the admin would)."""
    import uuid

    from hubdesk.services.base import Actor

    actor = Actor(
        identity.device_id, identity.hub_id, identity.site_id, uuid.uuid4(), StaffRole.ADMIN
    )
    children = (ChildIn(child, date(2023, 1, 10), last_name=last),) if child else ()
    return FamilyService(store, clock).register(
        actor,
        FamilyIn(
            adults=(AdultIn(first, last, Role.MOTHER),),
            children=children,
            postcode=postcode,
            consent=True,
        ),
    )


@pytest.fixture
def make_desk(
    qtbot: Any, qapp: Any, store: Store, identity: DeviceIdentity, clock: FakeClock, tmp_path: Path
) -> Iterator[Callable[..., Any]]:
    """make_desk(**settings) -> a shown DeskWindow at 1366x768 on the test store (locked)."""
    from hubdesk.ui.desk.context import DeskSettings
    from hubdesk.ui.desk.desk_window import DESK_SIZE, build_desk

    windows: list[Any] = []
    runners: list[Any] = []

    def _make(engine: Any = None, **overrides: Any) -> Any:
        base = dict(
            idle_lock_ms=600_000,
            refresh_ms=600_000,
            alert_poll_ms=600_000,
            search_delay_ms=5,
            output_dir=tmp_path / "out",
            print_roll_call=False,
            kiosk_fullscreen=False,
            retention_every_ms=0,  # the schedule is off unless a test turns it on
        )
        base.update(overrides)
        tasks = TaskRunner()  # ours, not the window's: it outlives pytest-qt closing the window
        runners.append(tasks)
        window = build_desk(
            store,
            identity,
            clock,
            sync_engine=engine,
            task_runner=tasks,
            settings=DeskSettings(**base),
            app=qapp,
        )
        qtbot.addWidget(window)
        window.resize(*DESK_SIZE)
        window.show()
        qtbot.waitExposed(window)
        settle(qtbot, window)
        windows.append(window)
        return window

    yield _make
    for window in windows:
        if shiboken6.isValid(window) and window.kiosk is not None:
            window.kiosk.allow_close = True
            window.kiosk.close()
    for tasks in runners:
        qtbot.waitUntil(lambda t=tasks: t.idle, timeout=10_000)
    for window in windows:
        if shiboken6.isValid(window):
            window.close()


def settle(qtbot: Any, window: Any) -> None:
    qtbot.waitUntil(lambda: window.ctx.tasks.idle, timeout=10_000)
    QApplication.processEvents()
    qtbot.waitUntil(lambda: window.ctx.tasks.idle, timeout=10_000)


def click(qtbot: Any, window: Any, widget: QWidget) -> None:
    assert widget.isVisible(), f"{widget.objectName()} is not visible"
    assert widget.isEnabled(), f"{widget.objectName()} is disabled"
    if isinstance(widget, QCheckBox):  # people click the box or its words, not the empty space
        qtbot.mouseClick(widget, LEFT, pos=QPoint(16, widget.height() // 2))
    else:
        qtbot.mouseClick(widget, LEFT)
    settle(qtbot, window)


def type_into(qtbot: Any, window: Any, field: QWidget, text: str) -> None:
    assert field.isVisible(), f"{field.objectName()} is not visible"
    field.setFocus()
    qtbot.keyClicks(field, text)
    settle(qtbot, window)


def find(window: Any, kind: type, name: str) -> Any:
    found = window.findChild(kind, name)
    assert found is not None, f"no {kind.__name__} named {name}"
    return found


def sign_in(qtbot: Any, window: Any, staff_id: Any, pin: str) -> None:
    """Choose your name, type the PIN, press OK: as staff do."""
    qtbot.waitUntil(lambda: window.lock_page.button_for(staff_id) is not None)
    click(qtbot, window, window.lock_page.button_for(staff_id))
    for digit in pin:
        click(qtbot, window, window.lock_page.pad.keys[digit])
    click(qtbot, window, window.lock_page.pad.ok_key)
    qtbot.waitUntil(lambda: not window.locked)
    settle(qtbot, window)


def click_list_item(qtbot: Any, window: Any, lst: QListWidget, item: Any) -> None:
    rect = lst.visualItemRect(item)
    qtbot.mouseClick(lst.viewport(), LEFT, pos=rect.center())
    settle(qtbot, window)


def click_row(qtbot: Any, window: Any, table: QTableWidget, row: int, column: int = 1) -> None:
    table.scrollToItem(table.item(row, column))
    rect = table.visualItemRect(table.item(row, column))
    qtbot.mouseClick(table.viewport(), LEFT, pos=rect.center())
    settle(qtbot, window)


def visible_texts(root: QWidget) -> list[str]:
    """Every text a person could read on screen now: labels, buttons, fields, lists, tables."""
    out: list[str] = []
    widgets = [root, *root.findChildren(QWidget)]
    for w in widgets:
        if not w.isVisible():
            continue
        if isinstance(w, (QLabel, QAbstractButton, QLineEdit)):
            out.append(w.text())
        elif isinstance(w, QPlainTextEdit):
            out.append(w.toPlainText())
        elif isinstance(w, QListWidget):
            out.extend(w.item(i).text() for i in range(w.count()))
        elif isinstance(w, QTableWidget):
            out.extend(
                w.item(r, c).text()
                for r in range(w.rowCount())
                for c in range(w.columnCount())
                if w.item(r, c) is not None
            )
        out.append(w.toolTip())
        out.append(w.accessibleName())
    return [t for t in out if t]
