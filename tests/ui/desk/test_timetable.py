"""Timetable: the week per site with places, who came, register a family in two clicks, copy
last week."""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy import select

from hubdesk.domain.catalogue import ActivityKind, VisitReason
from hubdesk.domain.staff import StaffRole
from hubdesk.services.base import HUB_TZ, Actor
from hubdesk.services.timetable import ActivityIn, TimetableService
from hubdesk.services.visits import SignIn, VisitService
from hubdesk.storage.models import Activity, Visit

from .conftest import LEFT, PINS, click, click_list_item, click_row, register, sign_in, type_into


def add_session(store, clock, identity, staff_id, name, day, hour, capacity):  # type: ignore[no-untyped-def]
    actor = Actor(
        identity.device_id, identity.hub_id, identity.site_id, staff_id, StaffRole.RECEPTION
    )
    start = datetime(day.year, day.month, day.day, hour, tzinfo=HUB_TZ)
    return TimetableService(store, clock).add(
        actor,
        ActivityIn(
            identity.site_id,
            name,
            ActivityKind.BABY_CLINIC,
            start,
            start + timedelta(hours=2),
            capacity,
        ),
    )


def test_a_family_in_the_building_joins_todays_session_with_its_visit(
    make_desk, staff, qtbot, store, clock, identity
):
    """Booked on the day and marked as came from the register: the family already signed in
    at the kiosk keeps its one visit, which becomes attendance at the session."""
    today = clock.now().astimezone(HUB_TZ).date()
    clinic = add_session(
        store, clock, identity, staff[StaffRole.RECEPTION], "Baby clinic", today, 10, 12
    )
    fam = register(store, clock, identity, "Amira", "Khan", child="Zara")
    VisitService(store, clock).sign_in(
        Actor(identity.device_id, identity.hub_id, identity.site_id),
        SignIn(VisitReason.JUST_VISITING, family_id=fam.family_id, member_ids=fam.member_ids),
    )
    window = make_desk()
    sign_in(qtbot, window, staff[StaffRole.RECEPTION], PINS[StaffRole.RECEPTION])
    window.open_page("timetable")
    page = window.pages["timetable"]
    qtbot.waitUntil(lambda: page.row_of("Baby clinic") >= 0)
    assert page.table.item(page.row_of("Baby clinic"), 3).text() == "0 / 12"
    click_row(qtbot, window, page.table, page.row_of("Baby clinic"))
    qtbot.waitUntil(lambda: page.picker.item_for("Amira") is not None)  # here today, no typing
    click_list_item(qtbot, window, page.picker.results, page.picker.item_for("Amira"))
    qtbot.waitUntil(lambda: page.side.book_button.isEnabled())
    click(qtbot, window, page.side.book_button)
    qtbot.waitUntil(lambda: page.table.item(page.row_of("Baby clinic"), 3).text() == "2 / 12")
    side = page.side
    bar = side.tabs.tabBar()
    qtbot.mouseClick(bar, LEFT, pos=bar.tabRect(1).center())
    qtbot.waitUntil(lambda: side.row_of("Amira") >= 0)
    click_row(qtbot, window, side.register_table, side.row_of("Amira"), 0)
    click(qtbot, window, side.came_button)
    qtbot.waitUntil(
        lambda: side.register_table.item(side.row_of("Amira"), 2).text() == "Came 10:30"
    )
    with store.read() as session:
        visit = session.scalars(select(Visit)).one()  # one visit, never a second
        assert (visit.family_id, visit.activity_id, visit.people) == (fam.family_id, clinic, 2)


def test_copy_last_week(make_desk, staff, qtbot, store, clock, identity):
    today = clock.now().astimezone(HUB_TZ).date()
    last_week = today - timedelta(days=7)
    add_session(
        store, clock, identity, staff[StaffRole.RECEPTION], "Stay and play", last_week, 9, 20
    )
    add_session(
        store, clock, identity, staff[StaffRole.RECEPTION], "Youth group", last_week, 16, None
    )
    window = make_desk()
    sign_in(qtbot, window, staff[StaffRole.RECEPTION], PINS[StaffRole.RECEPTION])
    window.open_page("timetable")
    page = window.pages["timetable"]
    qtbot.waitUntil(lambda: page.empty.isVisible())
    click(qtbot, window, page.copy_button)
    qtbot.waitUntil(lambda: page.table.rowCount() == 2)
    assert "2 sessions copied" in page.message.text()
    with store.read() as session:
        assert session.query(Activity).count() == 4
    click(qtbot, window, page.prev_button)
    qtbot.waitUntil(lambda: page.row_of("Youth group") >= 0)


def test_outreach_worker_sees_the_timetable_but_cannot_copy(make_desk, staff, qtbot):
    window = make_desk()
    sign_in(qtbot, window, staff[StaffRole.OUTREACH], PINS[StaffRole.OUTREACH])
    window.open_page("timetable")
    assert not window.pages["timetable"].copy_button.isEnabled()


def test_add_and_cancel_a_session(make_desk, staff, qtbot, store, clock, identity):
    from PySide6.QtCore import QTime

    window = make_desk()
    sign_in(qtbot, window, staff[StaffRole.RECEPTION], PINS[StaffRole.RECEPTION])
    window.open_page("timetable")
    page = window.pages["timetable"]
    click(qtbot, window, page.add_button)
    type_into(qtbot, window, page.new_name, "Dads' breakfast")
    page.new_kind.setCurrentIndex(list(ActivityKind).index(ActivityKind.BREAKFAST_CLUB))
    page.new_start.setTime(QTime(8, 0))
    page.new_end.setTime(QTime(9, 0))
    page.new_places.setValue(10)
    click(qtbot, window, page.save_session)
    qtbot.waitUntil(lambda: page.row_of("Dads' breakfast") >= 0)
    with store.read() as session:
        row = session.scalars(select(Activity).where(Activity.name == "Dads' breakfast")).one()
        assert row.starts_at.astimezone(HUB_TZ).hour == 8
        assert row.starts_at.astimezone(HUB_TZ).date() == clock.now().astimezone(HUB_TZ).date()
        assert row.capacity == 10
        assert row.site_id == identity.site_id
    click_row(qtbot, window, page.table, page.row_of("Dads' breakfast"))
    click(qtbot, window, page.cancel_button)
    click(qtbot, window, page.confirm.yes)
    qtbot.waitUntil(
        lambda: "(cancelled)" in page.table.item(page.row_of("Dads' breakfast"), 1).text()
    )
    with store.read() as session:
        assert session.get(Activity, row.id).cancelled


def test_change_a_sessions_time_and_places(make_desk, staff, qtbot, store, clock, identity):
    from PySide6.QtCore import QTime

    day = clock.now().astimezone(HUB_TZ).date()
    activity_id = add_session(
        store, clock, identity, staff[StaffRole.RECEPTION], "Baby massage", day, 10, 8
    )
    window = make_desk()
    sign_in(qtbot, window, staff[StaffRole.RECEPTION], PINS[StaffRole.RECEPTION])
    window.open_page("timetable")
    page = window.pages["timetable"]
    qtbot.waitUntil(lambda: page.row_of("Baby massage") >= 0)
    assert not page.edit_button.isEnabled()  # nothing chosen yet
    click_row(qtbot, window, page.table, page.row_of("Baby massage"))
    click(qtbot, window, page.edit_button)
    assert page.add_form.isVisible()
    assert page.new_name.text() == "Baby massage"
    assert page.new_places.value() == 8
    assert page.new_start.time() == QTime(10, 0)
    page.new_start.setTime(QTime(13, 30))
    page.new_end.setTime(QTime(15, 0))
    page.new_places.setValue(12)
    click(qtbot, window, page.save_session)
    qtbot.waitUntil(lambda: "Session changed" in page.message.text())
    assert not page.add_form.isVisible()
    with store.read() as session:
        rows = session.scalars(select(Activity).where(Activity.name == "Baby massage")).all()
        assert len(rows) == 1  # changed, not added
        row = rows[0]
        assert row.id == activity_id
        assert row.starts_at.astimezone(HUB_TZ).strftime("%H:%M") == "13:30"
        assert row.ends_at.astimezone(HUB_TZ).strftime("%H:%M") == "15:00"
        assert row.capacity == 12
        assert row.site_id == identity.site_id
        assert not row.cancelled
    assert "13:30" in page.table.item(page.row_of("Baby massage"), 0).text()
    qtbot.waitUntil(lambda: "13:30" in page.side.session_label.text())
    assert "of 12 places" in page.side.session_label.text()
    # the add form afterwards adds again
    click(qtbot, window, page.add_button)
    assert page.save_session.text() == "Add"
