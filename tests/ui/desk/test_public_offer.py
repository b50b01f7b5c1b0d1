"""Timetable: staff publish a session to the council's directory and families' calendars, with
every problem beside its field."""

from __future__ import annotations

import os
from pathlib import Path

from hubdesk.domain.staff import StaffRole
from hubdesk.services.base import HUB_TZ
from hubdesk.services.timetable import TimetableService

from .conftest import PINS, click, click_row, sign_in, type_into
from .test_timetable import add_session

SHOTS = Path(__file__).resolve().parents[3] / "docs" / "screenshots"


def test_staff_publish_a_session_with_errors_beside_the_fields(
    make_desk, staff, qtbot, store, clock, identity
):
    today = clock.now().astimezone(HUB_TZ).date()
    clinic = add_session(
        store, clock, identity, staff[StaffRole.RECEPTION], "Baby clinic", today, 10, 12
    )
    window = make_desk()
    sign_in(qtbot, window, staff[StaffRole.RECEPTION], PINS[StaffRole.RECEPTION])
    window.open_page("timetable")
    page = window.pages["timetable"]
    qtbot.waitUntil(lambda: page.row_of("Baby clinic") >= 0)
    click_row(qtbot, window, page.table, page.row_of("Baby clinic"))
    qtbot.waitUntil(lambda: page.offer_button.isEnabled())
    click(qtbot, window, page.offer_button)
    form = page.offer_form
    qtbot.waitUntil(lambda: form.isVisible())
    click(qtbot, window, form.public)
    type_into(qtbot, window, form.email, "not an email")
    click(qtbot, window, form.save)
    description_error = form.errors.error_for("description")
    email_error = form.errors.error_for("email")
    assert description_error is not None
    assert email_error is not None
    qtbot.waitUntil(lambda: email_error.isVisible())
    assert email_error.text() == "Hub email: is not an email address"
    assert description_error.text().startswith("Description: ")
    assert not TimetableService(store, clock).offer(page.actor, clinic).public  # nothing saved
    if os.environ.get("HUBDESK_SCREENSHOTS") == "1":
        window.grab().save(str(SHOTS / "desk-public-offer-errors.png"))
    form.description.setPlainText("Weigh your baby and talk to a health visitor.")
    form.email.clear()
    type_into(qtbot, window, form.email, "riverside@example.org.uk")
    click(qtbot, window, form.save)
    qtbot.waitUntil(lambda: not form.isVisible())
    qtbot.waitUntil(lambda: "public" in page.table.item(page.row_of("Baby clinic"), 1).text())
    offer = TimetableService(store, clock).offer(page.actor, clinic)
    assert offer.public
    assert offer.email == "riverside@example.org.uk"
