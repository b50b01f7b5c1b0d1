"""Roles decide what each staff member sees and does (and the services refuse the rest); the desk
locks when idle and after repeated wrong PINs; a locked desk shows nothing personal."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from hubdesk.domain.errors import PermissionDeniedError
from hubdesk.domain.staff import StaffRole
from hubdesk.services.staff import StaffService
from hubdesk.storage.models import AuditEntry, Staff

from .conftest import NAMES, PINS, click, register, settle, sign_in, type_into, visible_texts

FAMILY_WORDS = ("Amira", "Khan", "Zara", "NE6 2AB")


@pytest.mark.parametrize(
    ("role", "pages"),
    [
        (StaffRole.RECEPTION, {"today", "help", "timetable", "families", "sync"}),
        (StaffRole.OUTREACH, {"today", "help", "timetable", "families", "outreach", "sync"}),
        (
            StaffRole.MANAGER,
            {"today", "help", "timetable", "families", "outreach", "sync", "admin"},
        ),
        (
            StaffRole.ADMIN,
            {"today", "help", "timetable", "families", "outreach", "sync", "admin", "settings"},
        ),
    ],
)
def test_each_role_gets_its_pages(role, pages, make_desk, staff, qtbot):
    window = make_desk()
    sign_in(qtbot, window, staff[role], PINS[role])
    assert set(window.pages) == pages


def test_outreach_worker_cannot_open_administration(make_desk, staff, qtbot, store, clock):
    window = make_desk()
    sign_in(qtbot, window, staff[StaffRole.OUTREACH], PINS[StaffRole.OUTREACH])
    assert window.open_page("admin") is False
    assert window.current_page().message.text() == "Your role does not allow this."
    assert window.findChild(object, "adminPage") is None
    with pytest.raises(PermissionDeniedError):  # not only a hidden button
        StaffService(store, clock).add(
            window.session.actor, name="Mallory", role=StaffRole.RECEPTION, pin="1234"
        )


def test_administrator_adds_a_staff_member(make_desk, staff, qtbot, store):
    window = make_desk()
    sign_in(qtbot, window, staff[StaffRole.ADMIN], PINS[StaffRole.ADMIN])
    assert window.open_page("admin")
    page = window.pages["admin"]
    qtbot.waitUntil(lambda: page.table.rowCount() == 4)
    type_into(qtbot, window, page.name, "Nia Evans")
    type_into(qtbot, window, page.pin, "4321")
    click(qtbot, window, page.add_button)
    qtbot.waitUntil(lambda: page.table.rowCount() == 5)
    with store.read() as session:
        row = session.scalars(select(Staff).where(Staff.name == "Nia Evans")).one()
        assert row.role == StaffRole.RECEPTION.value
        assert "4321" not in row.pin_hash


def test_idle_desk_locks_and_shows_nothing_personal(
    make_desk, staff, qtbot, store, clock, identity
):
    register(store, clock, identity, "Amira", "Khan", child="Zara")
    window = make_desk(idle_lock_ms=300)
    sign_in(qtbot, window, staff[StaffRole.RECEPTION], PINS[StaffRole.RECEPTION])
    window.open_page("families")
    page = window.pages["families"]
    type_into(qtbot, window, page.picker.field, "Khan")
    qtbot.waitUntil(lambda: page.picker.item_for("Amira") is not None)
    assert any("Amira" in t for t in visible_texts(window))
    qtbot.waitUntil(lambda: window.locked, timeout=5000)  # nobody touches it
    settle(qtbot, window)
    texts = " ".join(visible_texts(window))
    for word in FAMILY_WORDS:
        assert word not in texts
    assert NAMES[StaffRole.RECEPTION] in texts  # the staff list: names of staff, not families
    # nothing personal hides in the widget tree either (hidden widgets included)
    from PySide6.QtWidgets import QLabel, QLineEdit, QListWidget

    every = [w.text() for w in window.findChildren(QLabel)] + [
        w.text() for w in window.findChildren(QLineEdit)
    ]
    every += [
        lst.item(i).text() for lst in window.findChildren(QListWidget) for i in range(lst.count())
    ]
    for word in FAMILY_WORDS:
        assert not any(word in t for t in every)


def test_wrong_pins_lock_the_pad_and_are_audited(make_desk, staff, qtbot, store):
    window = make_desk(max_wrong_pins=3)
    lock = window.lock_page
    qtbot.waitUntil(lambda: lock.button_for(staff[StaffRole.RECEPTION]) is not None)
    click(qtbot, window, lock.button_for(staff[StaffRole.RECEPTION]))
    for attempt in range(3):
        for digit in "0000":
            click(qtbot, window, lock.pad.keys[digit])
        click(qtbot, window, lock.pad.ok_key)
        if attempt < 2:
            assert "Wrong PIN" in lock.message.text()
    assert lock.resting
    assert not lock.pad.isEnabled()
    assert "Too many wrong PINs" in lock.message.text()
    assert window.locked
    with store.read() as session:
        outcomes = [
            e.detail
            for e in session.scalars(select(AuditEntry).where(AuditEntry.action == "staff.sign_in"))
        ]
    assert len(outcomes) == 3
    assert all("wrong_pin" in d for d in outcomes)


def test_the_service_lockout_is_shown_with_its_time(make_desk, staff, qtbot, store, clock):
    window = make_desk(max_wrong_pins=50)
    lock = window.lock_page
    qtbot.waitUntil(lambda: lock.button_for(staff[StaffRole.RECEPTION]) is not None)
    click(qtbot, window, lock.button_for(staff[StaffRole.RECEPTION]))
    for _ in range(5):
        for digit in "0000":
            click(qtbot, window, lock.pad.keys[digit])
        click(qtbot, window, lock.pad.ok_key)
    assert "Try again after" in lock.message.text()
    # even the right PIN is refused while locked out
    for digit in PINS[StaffRole.RECEPTION]:
        click(qtbot, window, lock.pad.keys[digit])
    click(qtbot, window, lock.pad.ok_key)
    assert window.locked
