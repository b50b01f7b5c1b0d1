"""Banners never move what is under the pointer: a message ("Saved.", an error), a question
("Sign out …?"), "Undo", a request to speak to someone and the sync line all appear in room kept
for them. A request the kiosk withdrew leaves the desk's header."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect

from hubdesk.domain.catalogue import VisitReason
from hubdesk.domain.people import Party, Role
from hubdesk.domain.staff import StaffRole
from hubdesk.services.alerts import AlertService
from hubdesk.services.setup import SetupService
from hubdesk.services.visits import SignIn, VisitService

from .conftest import PINS, click, click_row, sign_in
from .test_today import add_kiosk


def where(window, widget) -> QRect:
    """The widget's rectangle on the window, as the pointer sees it."""
    return QRect(widget.mapTo(window, QPoint(0, 0)), widget.size())


def with_rooms(store, clock, identity, manager) -> None:
    SetupService(store, clock).set_site_rooms(manager, identity.site_id, ["Room 1", "Room 2"])


def test_nothing_under_the_pointer_moves_when_banners_come_and_go(
    make_desk, staff, qtbot, store, clock, identity, manager
):
    with_rooms(store, clock, identity, manager)
    kiosk = add_kiosk(store, clock, identity)
    VisitService(store, clock).sign_in(
        kiosk, SignIn(VisitReason.OTHER, party=Party((Role.MOTHER, Role.FATHER), ()))
    )
    window = make_desk(alert_poll_ms=50)
    sign_in(qtbot, window, staff[StaffRole.RECEPTION], PINS[StaffRole.RECEPTION])
    today = window.pages["today"]
    qtbot.waitUntil(lambda: today.table.rowCount() == 1)
    watched = [today.sign_out_button, today.sign_in_button, today.roll_call_button, today.table]
    click_row(qtbot, window, today.table, 0)
    before = [where(window, w) for w in watched]
    row_at = today.table.visualItemRect(today.table.item(0, 1))

    def unchanged(step: str) -> None:
        assert [where(window, w) for w in watched] == before, step
        assert today.table.visualItemRect(today.table.item(0, 1)) == row_at, step

    unchanged("at rest")
    # a question, then the answer with "Undo", then an error
    click(qtbot, window, today.sign_out_button)
    assert today.confirm.isVisible()
    unchanged("asking whether to sign out")
    click(qtbot, window, today.confirm.no)
    unchanged("after Cancel")
    today.message.show_ok("Saved.")
    unchanged("a message")
    today.message.show_error("That did not work. " * 8)  # two lines
    unchanged("a long error")
    today.offer_undo("Signed out: someone (2 people).", lambda: None, 5000)
    assert today.undo_button.isVisible()
    unchanged("Undo offered")
    today.withdraw_undo()
    today.message.clear_message()
    unchanged("all gone")

    # a family at the kiosk asks to speak to someone: the header keeps its height
    raised = AlertService(store, clock).private_word(kiosk, room="Room 2")
    qtbot.waitUntil(window.alert_bar.isVisible, timeout=5000)
    unchanged("a request to speak to someone")
    # the kiosk could not get it through and sent the family to the front desk: it goes
    assert AlertService(store, clock).withdraw(kiosk, raised.alert_id)
    qtbot.waitUntil(lambda: not window.alert_bar.isVisible(), timeout=5000)
    assert window.alert_bar.alerts == []
    unchanged("the request withdrawn")

    # the sync line changing (records waiting, a busy bar) stays in the status bar
    window.sync_label.setText("Online · last sync 16 Jun 10:00 · 3 waiting")
    window.busy.show()
    unchanged("sync notices")


def test_a_withdrawn_request_leaves_the_others_standing(
    make_desk, staff, qtbot, store, clock, identity, manager
):
    with_rooms(store, clock, identity, manager)
    kiosk = add_kiosk(store, clock, identity)
    alerts = AlertService(store, clock)
    window = make_desk(alert_poll_ms=50)
    sign_in(qtbot, window, staff[StaffRole.RECEPTION], PINS[StaffRole.RECEPTION])
    first = alerts.private_word(kiosk, room="Room 1")
    alerts.private_word(kiosk, room="Room 2")
    qtbot.waitUntil(lambda: len(window.alert_bar.alerts) == 2, timeout=5000)
    assert "(2 requests)" in window.alert_bar.text.text()
    assert alerts.withdraw(kiosk, first.alert_id)
    qtbot.waitUntil(lambda: len(window.alert_bar.alerts) == 1, timeout=5000)
    assert window.alert_bar.isVisible()
    text = window.alert_bar.text.text()
    assert "Room 2" in text
    assert "requests" not in text


def test_with_many_tabs_the_banner_keeps_its_room_at_the_top_of_the_page(
    make_desk, staff, qtbot, store, clock, identity
):
    kiosk = add_kiosk(store, clock, identity)
    VisitService(store, clock).sign_in(
        kiosk, SignIn(VisitReason.OTHER, party=Party((Role.MOTHER, Role.FATHER), ()))
    )
    window = make_desk()
    sign_in(qtbot, window, staff[StaffRole.ADMIN], PINS[StaffRole.ADMIN])
    today = window.pages["today"]
    qtbot.waitUntil(lambda: today.table.rowCount() == 1)
    before = [where(window, w) for w in (today.sign_out_all_button, today.table)]
    click(qtbot, window, today.sign_out_all_button)
    assert today.confirm.isVisible()
    assert [where(window, w) for w in (today.sign_out_all_button, today.table)] == before
    # the whole question is readable: not cut off by the banner's height
    words = today.confirm.text
    assert words.height() >= words.heightForWidth(words.width())
    assert where(window, today.confirm).bottom() < where(window, today.sign_out_all_button).top()
