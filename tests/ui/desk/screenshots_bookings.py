"""Screenshots of the booking screens at 1366x768, into docs/screenshots/desk-bookings-*.png.

    QT_QPA_PLATFORM=offscreen python tests/ui/desk/screenshots_bookings.py

Uses the made-up hub of screenshots.py (a Tuesday morning), books families into this week's and
next Saturday's sessions, and grabs the timetable's Book, Register and Programmes tabs.
"""

from __future__ import annotations

import secrets
import sys
import tempfile
from datetime import UTC, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from screenshots import click, seed, settle, shot

from hubdesk.domain.catalogue import ActivityKind
from hubdesk.domain.clock import FakeClock
from hubdesk.services.base import HUB_TZ, Actor
from hubdesk.services.bookings import BookingIn, BookingService
from hubdesk.services.families import FamilyService
from hubdesk.services.timetable import ActivityIn, TimetableService
from hubdesk.storage.engine import open_store


def main() -> None:
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(sys.argv[:1])

    from tests.ui.desk.screenshots import install_english, open_desk

    install_english(app)
    tmp = Path(tempfile.mkdtemp())
    clock = FakeClock(datetime(2026, 6, 16, 8, 40, tzinfo=UTC))  # a Tuesday, 09:40 BST
    store = open_store(tmp / "hubdesk.db", secrets.token_bytes(32))
    ident, staff = seed(store, clock)
    from hubdesk.domain.staff import StaffRole

    rita = Actor(ident.device_id, ident.hub_id, ident.site_id, staff["rita"], StaffRole.RECEPTION)
    found = {f.label: f for f in FamilyService(store, clock).search(rita, "a", 20)}
    fam = {label.split()[1]: f for label, f in found.items() if len(label.split()) > 1}
    details = {k: FamilyService(store, clock).details(rita, f.family_id) for k, f in fam.items()}

    def members(name: str, n: int | None = None) -> tuple:  # type: ignore[type-arg]
        ids = tuple(m.id for m in details[name].members)
        return ids if n is None else ids[:n]

    tt = TimetableService(store, clock)
    bookings = BookingService(store, clock)
    saturday = datetime(2026, 6, 27, 10, 0, tzinfo=HUB_TZ)
    music = tt.add(
        rita,
        ActivityIn(
            ident.site_id, "Saturday stay and play", ActivityKind.STAY_AND_PLAY, saturday,
            saturday + timedelta(hours=2), 10,
        ),
    )  # fmt: skip
    bookings.book(rita, BookingIn(music, fam["Walker"].family_id, members("Walker")))
    bookings.book(rita, BookingIn(music, fam["Okafor"].family_id, members("Okafor")))
    # today's Parenting course... is on Friday: a session at 11:00 today for the register
    eleven = datetime(2026, 6, 16, 11, 0, tzinfo=HUB_TZ)
    group = tt.add(
        rita,
        ActivityIn(
            ident.site_id, "Baby massage", ActivityKind.BABY_CLINIC, eleven,
            eleven + timedelta(hours=1), 4,
        ),
    )  # fmt: skip
    first = bookings.book(rita, BookingIn(group, fam["Nowak"].family_id, members("Nowak")))
    bookings.book(rita, BookingIn(group, fam["Popescu"].family_id, members("Popescu")))
    bookings.book(rita, BookingIn(group, fam["Okafor"].family_id, members("Okafor")))
    bookings.book(rita, BookingIn(group, fam["Khan"].family_id, members("Khan", 2)))
    bookings.cancel(rita, first.booking_id)  # a place frees: the Okafors are offered it
    bookings.book(
        rita,
        BookingIn(group, fam["Walker"].family_id, members("Walker"), "Referred by health visitor"),
    )

    window = open_desk(app, store, ident, clock, tmp / "out")
    lock = window.lock_page
    click(window, lock.button_for(staff["rita"]))
    for d in "1357":
        click(window, lock.pad.keys[d])
    click(window, lock.pad.ok_key)
    settle(window)
    window.open_page("timetable")
    page = window.pages["timetable"]
    side = page.side
    settle(window)
    click(window, page.next_button)
    page.table.selectRow(page.row_of("Saturday stay and play"))
    settle(window)
    QTest.keyClicks(side.picker.field, "Khan")
    settle(window)
    QTest.qWait(100)
    settle(window)
    side.picker._on_results_clicked(side.picker.item_for("Khan"))
    settle(window)
    shot(window, "bookings-book")
    click(window, page.this_week)
    page.table.selectRow(page.row_of("Baby massage"))
    settle(window)
    side.picker.field.clear()
    QTest.keyClicks(side.picker.field, "Nowak")
    settle(window)
    QTest.qWait(100)
    settle(window)
    side.picker._on_results_clicked(side.picker.item_for("Nowak"))
    settle(window)
    QTest.keyClicks(side.reason, "Sibling of a family already booked")
    settle(window)
    shot(window, "bookings-full")
    side.tabs.setCurrentIndex(1)
    clock.advance(timedelta(hours=1, minutes=25))  # 11:05
    page.refresh()
    settle(window)
    page.table.selectRow(page.row_of("Baby massage"))
    settle(window)
    side.register_table.selectRow(side.row_of("Ioana"))
    settle(window)
    click(window, side.came_button)
    side.register_table.selectRow(side.row_of("Amira"))
    settle(window)
    shot(window, "bookings-register")
    side.tabs.setCurrentIndex(2)
    clock.advance(timedelta(days=11))
    click(window, side.prog_show)
    shot(window, "bookings-programmes")
    window.close()


if __name__ == "__main__":
    main()
