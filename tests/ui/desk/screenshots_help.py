"""Screenshots of Here to Help as a work queue at 1366x768, into docs/screenshots/desk-help-*.png.

    QT_QPA_PLATFORM=offscreen python tests/ui/desk/screenshots_help.py

The same made-up hub as screenshots.py (a Tuesday morning), signed in as Rita (reception): a phone
call with a typed follow-up date, a date that is not a date, the calendar, an unregistered
caller's name and number, the queue's views with a follow-up given to Owen, and a contact opened
and corrected.
"""

from __future__ import annotations

import os
import secrets
import sys
import tempfile
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[3]))

from PySide6.QtCore import QPoint
from PySide6.QtGui import QPainter
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from hubdesk.domain.catalogue import ContactChannel, Need, Outcome
from hubdesk.domain.clock import FakeClock
from hubdesk.domain.staff import StaffRole
from hubdesk.services.base import Actor
from hubdesk.services.contacts import ContactIn, ContactService, QueueView
from hubdesk.storage.engine import open_store
from tests.ui.desk.screenshots import OUT, ROOT, click, seed, settle, shot, wait


def shot_with_popup(window, popup, name: str) -> None:  # type: ignore[no-untyped-def]
    """The window with a popup (a separate top-level window) drawn where it shows."""
    settle(window)
    picture = window.grab()
    painter = QPainter(picture)
    at = window.mapFromGlobal(popup.mapToGlobal(QPoint(0, 0)))
    painter.drawPixmap(at, popup.grab())
    painter.end()
    path = OUT / f"desk-{name}.png"
    picture.save(str(path))
    print("wrote", path.relative_to(ROOT))


def type_text(window, field, text: str) -> None:  # type: ignore[no-untyped-def]
    field.setFocus()
    QTest.keyClicks(field, text)
    settle(window)


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    from tests.ui.desk.screenshots import install_english, open_desk

    install_english(app)
    tmp = Path(tempfile.mkdtemp())
    clock = FakeClock(datetime(2026, 6, 16, 8, 40, tzinfo=UTC))  # a Tuesday, 09:40 in BST
    store = open_store(tmp / "hubdesk.db", secrets.token_bytes(32))
    ident, staff = seed(store, clock)
    owen = Actor(ident.device_id, ident.hub_id, ident.site_id, staff["owen"], StaffRole.OUTREACH)
    ContactService(store, clock).log(
        owen,
        ContactIn(
            ContactChannel.EMAIL,
            (Need.HEALTH,),
            caller_name="Aleksandra Nowicka",
            caller_phone="07700 900123",
            follow_up_due=date(2026, 6, 19),
        ),
    )
    clock.advance(timedelta(minutes=2))

    window = open_desk(app, store, ident, clock, tmp / "out")
    lock = window.lock_page
    click(window, lock.button_for(staff["rita"]))
    for d in "1357":
        click(window, lock.pad.keys[d])
    click(window, lock.pad.ok_key)
    settle(window)
    window.open_page("help")
    page = window.pages["help"]
    settle(window)

    # a phone call with a follow-up on a typed date
    click(window, page.channel_buttons[ContactChannel.PHONE])
    type_text(window, page.picker.field, "Nowak")
    wait(100)
    settle(window)
    item = page.picker.item_for("Joanna")
    page.picker._on_results_clicked(item)
    settle(window)
    click(window, page.need_boxes[Need.MONEY])
    click(window, page.outcome_boxes[Outcome.ADVICE])
    click(window, page.follow_up)
    type_text(window, page.follow_up_date.edit, "10/12/2026")
    shot(window, "help-follow-up")

    # a date that is not a date: beside the field, brought into view
    page.follow_up_date.edit.selectAll()
    type_text(window, page.follow_up_date.edit, "31/02/2027")
    click(window, page.save_button)
    shot(window, "help-date-error")

    # the calendar
    click(window, page.follow_up_date.calendar_button)
    shot_with_popup(window, page.follow_up_date.popup, "help-calendar")
    page.follow_up_date.popup.hide()
    click(window, page.clear_button)

    # an unregistered caller
    click(window, page.channel_buttons[ContactChannel.PHONE])
    click(window, page.caller_button)
    type_text(window, page.caller_name, "Marta Kowalczyk")
    type_text(window, page.caller_phone, "07700 900456")
    click(window, page.need_boxes[Need.PARENTING])
    click(window, page.follow_up)
    shot(window, "help-caller")
    click(window, page.save_button)

    # the queue: overdue, then mine; a follow-up given to Owen
    clock.advance(timedelta(days=4))  # Saturday: the follow-up due today is overdue
    page.refresh()
    settle(window)
    click(window, page.view_buttons[QueueView.ALL])
    row = next(
        r for r in range(page.follow_ups.rowCount()) if "Marta" in page.follow_ups.item(r, 1).text()
    )
    page.follow_ups.selectRow(row)
    index = page.assign_worker.findText("Owen Hughes")
    page.assign_worker.setCurrentIndex(index)
    click(window, page.assign_button)
    settle(window)
    click(window, page.view_buttons[QueueView.ALL])
    shot(window, "help-queue")
    click(window, page.view_buttons[QueueView.OVERDUE])
    shot(window, "help-queue-overdue")

    # a contact opened and corrected
    click(window, page.view_buttons[QueueView.ALL])
    page.follow_ups.selectRow(0)
    click(window, page.open_button)
    panel = page.contact_panel
    settle(window)
    panel.need_boxes[Need.FOOD].click()
    panel.notes.setFocus()
    QTest.keyClicks(panel.notes, "Asked about the food bank on Thursdays")
    click(window, panel.save_button)
    settle(window)
    shot(window, "help-contact")
    window.close()
    app.processEvents()


if __name__ == "__main__":
    main()
