"""The desk's forms show every problem at once, each under its own field, in the screen's words:
never a field path (`ends_at`, `adults[0].first_name`) and never only the first problem."""

from __future__ import annotations

import re

from PySide6.QtCore import QTime
from PySide6.QtWidgets import QLabel
from sqlalchemy import func, select

from hubdesk.domain.staff import StaffRole
from hubdesk.storage.models import Activity, Family, Staff

from .conftest import PINS, click, settle, sign_in, type_into, visible_texts

# what the core calls fields; none of it may reach the screen
INTERNAL = re.compile(r"_at\b|\[\d\]|first_name|date_of_birth|retention_months|privacy_notice")


def shown_errors(page) -> dict[str, str]:
    return {
        e.objectName(): e.text()
        for e in page.findChildren(QLabel)
        if e.property("kind") == "fielderror" and e.isVisible()
    }


def no_internal_words(window) -> None:
    leaks = [t for t in visible_texts(window) if INTERNAL.search(t)]
    assert leaks == []


def test_the_session_form_shows_every_problem_under_its_field(
    make_desk, staff, qtbot, store, clock, identity
):
    window = make_desk()
    sign_in(qtbot, window, staff[StaffRole.RECEPTION], PINS[StaffRole.RECEPTION])
    window.open_page("timetable")
    page = window.pages["timetable"]
    settle(qtbot, window)
    with store.read() as session:
        before = session.scalar(select(func.count()).select_from(Activity))
    click(qtbot, window, page.add_button)
    # no name, and it ends before it starts
    page.new_start.setTime(QTime(14, 0))
    page.new_end.setTime(QTime(13, 0))
    click(qtbot, window, page.save_session)
    qtbot.waitUntil(lambda: len(shown_errors(page)) == 2)
    errors = shown_errors(page)
    assert errors["newSessionNameError"] == "Session name: is needed."
    assert errors["newSessionEndError"] == "Ends: must be after the start."
    assert page.message.text() == "Please correct the 2 problems shown beside the fields."
    assert page.new_name.hasFocus()  # the first problem's field
    no_internal_words(window)
    with store.read() as session:
        assert session.scalar(select(func.count()).select_from(Activity)) == before

    # corrected, the errors go and the session is added
    type_into(qtbot, window, page.new_name, "Dads' breakfast")
    page.new_end.setTime(QTime(15, 0))
    click(qtbot, window, page.save_session)
    qtbot.waitUntil(lambda: page.row_of("Dads' breakfast") >= 0)
    assert shown_errors(page) == {}


def test_adding_staff_shows_the_name_and_the_pin_problems_together(
    make_desk, staff, qtbot, store, clock, identity
):
    window = make_desk()
    sign_in(qtbot, window, staff[StaffRole.ADMIN], PINS[StaffRole.ADMIN])
    window.open_page("admin")
    page = window.pages["admin"]
    settle(qtbot, window)
    type_into(qtbot, window, page.pin, "12a")
    click(qtbot, window, page.add_button)
    qtbot.waitUntil(lambda: len(shown_errors(page)) == 2)
    errors = shown_errors(page)
    assert errors["staffNameError"] == "Name: is needed."
    assert errors["staffPinError"] == "PIN: must be digits only."
    no_internal_words(window)
    with store.read() as session:
        assert session.scalar(select(func.count()).select_from(Staff)) == 4


def test_the_family_form_names_each_person_and_field(
    make_desk, staff, qtbot, store, clock, identity
):
    window = make_desk()
    sign_in(qtbot, window, staff[StaffRole.RECEPTION], PINS[StaffRole.RECEPTION])
    window.open_page("families")
    page = window.pages["families"]
    settle(qtbot, window)
    click(qtbot, window, page.new_button)
    click(qtbot, window, page.add_child)
    t = page.members_table
    # person 1 (an adult) has no first name; person 2 (a child) has a date that is no date
    t.item(1, 0).setText("Zara")
    t.item(1, 3).setText("31/02/2020")
    type_into(qtbot, window, page.postcode, "XYZ")
    type_into(qtbot, window, page.email, "not an email")
    click(qtbot, window, page.save_edit)
    qtbot.waitUntil(lambda: len(shown_errors(page)) >= 4)
    texts = sorted(shown_errors(page).values())
    assert "Person 1, first name: is needed." in texts
    assert any(t.startswith("Person 2, date of birth: is not a date.") for t in texts)
    assert any(t.startswith("Postcode: is not a UK postcode") for t in texts)
    assert any(t.startswith("Email:") for t in texts)
    assert "problems shown beside the fields" in page.message.text()
    no_internal_words(window)
    with store.read() as session:
        assert session.scalar(select(func.count()).select_from(Family)) == 0


def test_a_notice_too_long_is_named_as_the_screen_names_it(
    make_desk, staff, qtbot, store, clock, identity
):
    window = make_desk()
    sign_in(qtbot, window, staff[StaffRole.ADMIN], PINS[StaffRole.ADMIN])
    window.open_page("settings")
    page = window.pages["settings"]
    settle(qtbot, window)
    page.notice.setPlainText("x" * 20_001)  # pasted in
    click(qtbot, window, page.save_notice)
    qtbot.waitUntil(lambda: len(shown_errors(page)) == 1)
    assert list(shown_errors(page).values()) == ["Privacy notice: is too long."]
    no_internal_words(window)


def test_a_new_outreach_point_shows_the_name_and_postcode_problems_together(
    make_desk, staff, qtbot, store, clock, identity
):
    window = make_desk()
    sign_in(qtbot, window, staff[StaffRole.OUTREACH], PINS[StaffRole.OUTREACH])
    window.open_page("outreach")
    page = window.pages["outreach"]
    settle(qtbot, window)
    type_into(qtbot, window, page.new_postcode, "NOT A CODE")
    click(qtbot, window, page.add_site)
    qtbot.waitUntil(lambda: len(shown_errors(page)) == 2)
    errors = shown_errors(page)
    assert errors["newSiteNameError"] == "Name of the outreach point: is needed."
    assert errors["newSitePostcodeError"].startswith("Postcode: is not a UK postcode")
    no_internal_words(window)
