"""Bad input on every kiosk field: refused with a friendly message naming the field, nothing
written, and the kiosk carries on."""

from __future__ import annotations

import pytest
from kiosk_checks import scan, settle, tap, type_text
from PySide6.QtGui import QImage
from sqlalchemy import func, select

from hubdesk.domain.catalogue import VisitReason
from hubdesk.domain.people import AgeBand, Role
from hubdesk.security.passes import render_qr_png
from hubdesk.services.passes import PassService
from hubdesk.storage.models import Family, OutboxEvent, Visit

LONG = "x" * 5000


def rows(store, model) -> int:
    with store.read() as session:
        return int(session.scalar(select(func.count()).select_from(model)))


def start_new_visitor(qtbot, window, adults=1, bands=(AgeBand.B2_4,)):
    tap(qtbot, window, window.welcome.sign_in)
    tap(qtbot, window, window.pass_question.no_pass)
    for _ in range(adults):
        tap(qtbot, window, window.party.role_steppers[Role.MOTHER].plus)
    for band in bands:
        tap(qtbot, window, window.party.band_steppers[band].plus)
    tap(qtbot, window, window.party.next)
    tap(qtbot, window, window.reason.reason_tiles[VisitReason.JUST_VISITING])


@pytest.mark.parametrize(
    "text",
    [
        "SW1A 1AAA",
        "12345",
        "NE1",  # a district alone is not a postcode
        "QQ1 1QQ",
        "NE1 4XF 🙂",
        "\u202eFX4 1EN",  # a right-to-left override
        "نيو ١",
        LONG,
    ],
)
def test_bad_postcode_is_refused_naming_the_field(text, make_kiosk, qtbot, store):
    window = make_kiosk()
    start_new_visitor(qtbot, window)
    type_text(qtbot, window.about.postcode, text)
    tap(qtbot, window, window.about.next)
    assert window.current_page() is window.about
    message = window.about.postcode_problem.text()
    assert message.startswith("Postcode:")
    assert "UK postcode" in message or "too long" in message
    assert window.about.postcode.property("invalid") == "true"
    # correcting it carries on
    window.about.postcode.clear()
    qtbot.keyClicks(window.about.postcode, "ne1 4xf")
    tap(qtbot, window, window.about.next)
    assert window.current_page() is window.privacy
    tap(qtbot, window, window.privacy.anonymous)
    with store.read() as session:
        [visit] = session.scalars(select(Visit)).all()
    assert visit.postcode_district == "NE1"


def test_postcode_field_cannot_hold_5000_characters(make_kiosk, qtbot):
    window = make_kiosk()
    start_new_visitor(qtbot, window)
    type_text(qtbot, window.about.postcode, LONG)
    assert len(window.about.postcode.text()) <= 40


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("31/02/2020", "day/month/year"),
        ("2020-01-01", "day/month/year"),  # read as day 2020: not a date
        ("01/01/2030", "future"),
        ("01/01/1990", "up to 25"),
        ("01/01/2004", "SEND"),  # 22 without SEND
        ("🙂", "day/month/year"),
        ("١/١/٢٠٢٠", "day/month/year"),
        (LONG, "day/month/year"),
    ],
)
def test_bad_date_of_birth_on_the_who_is_here_page(text, problem, make_kiosk, qtbot, store):
    window = make_kiosk()
    tap(qtbot, window, window.welcome.sign_in)
    tap(qtbot, window, window.pass_question.no_pass)
    tap(qtbot, window, window.party.dob_open)
    type_text(qtbot, window.party.dob_field, text)
    tap(qtbot, window, window.party.dob_add)
    message = window.party.dob_problem.text()
    assert message.startswith("Date of birth:")
    assert problem in message
    assert all(s.value() == 0 for s in window.party.band_steppers.values())
    assert window.party.dob_card.isVisible()


@pytest.mark.parametrize(
    ("name", "dob", "expected"),
    [
        ("🙂🙂", "01/01/2022", "Adult 1, First name: Please use letters."),
        ("", "01/01/2022", "Adult 1, First name: Please fill this in."),
        (LONG, "01/01/2022", "Adult 1, First name: This is too long."),
        ("Ana", "", "Child 1, Date of birth: Please write the date"),
        ("Ana", "01/01/2040", "Child 1, Date of birth: This date is in the future."),
    ],
)
def test_bad_registration_is_refused_and_nothing_written(
    name, dob, expected, make_kiosk, qtbot, store
):
    window = make_kiosk()
    start_new_visitor(qtbot, window)
    tap(qtbot, window, window.about.next)
    tap(qtbot, window, window.privacy.register)
    reg = window.register
    type_text(qtbot, reg.adult_fields[0][2], name)
    qtbot.keyClicks(reg.child_fields[0][3], "Ana")
    qtbot.keyClicks(reg.child_fields[0][4], dob)
    before = rows(store, OutboxEvent)
    tap(qtbot, window, reg.submit)
    assert window.current_page() is window.register
    assert reg.message.text().startswith(expected)
    assert rows(store, Family) == 0
    assert rows(store, Visit) == 0
    assert rows(store, OutboxEvent) == before


def test_right_to_left_and_emoji_in_names_are_kept(make_kiosk, qtbot, store):
    window = make_kiosk()
    start_new_visitor(qtbot, window)
    tap(qtbot, window, window.about.next)
    tap(qtbot, window, window.privacy.register)
    reg = window.register
    type_text(qtbot, reg.adult_fields[0][2], "فاطمة 🌸")
    type_text(qtbot, reg.child_fields[0][3], "\u05d3\u05df")  # Hebrew
    qtbot.keyClicks(reg.child_fields[0][4], "01/01/2023")
    tap(qtbot, window, reg.submit)
    assert window.current_page() is window.pass_card
    with store.read() as session:
        [visit] = session.scalars(select(Visit)).all()
    assert visit.names == "فاطمة 🌸, \u05d3\u05df"


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("https://example.com/promo", "not a Family Hub pass"),
        ("HUBDESK:P1:", "could not be read"),
        ("ABCD-EFGH-1", "typo"),
        (LONG, "too long"),  # cut at 300 characters by the field, still over 200: refused
        ("🙂", "not a Family Hub pass"),
    ],
)
def test_scans_that_are_not_our_pass(text, message, make_kiosk, qtbot, store):
    window = make_kiosk()
    type_text(qtbot, window.welcome.scan.field, text)
    window.welcome.scan.field.returnPressed.emit()
    settle(qtbot, window)
    assert window.current_page() is window.welcome
    assert message in window.welcome.message.text()
    assert window.welcome.scan.field.text() == ""  # ready for the next scan
    assert rows(store, Visit) == 0


def test_unknown_but_well_formed_pass(make_kiosk, qtbot, store):
    from hubdesk.security.passes import new_pass, qr_payload

    window = make_kiosk()
    scan(qtbot, window, window.welcome.scan.field, qr_payload(new_pass().token))
    assert "don't recognise" in window.welcome.message.text()


def test_a_qr_picture_that_is_not_ours(make_kiosk, qtbot, store):
    window = make_kiosk()
    tap(qtbot, window, window.welcome.sign_in)
    tap(qtbot, window, window.pass_question.scan.camera)
    window.camera.feed_image(QImage.fromData(render_qr_png("WIFI:S:hubguest;T:WPA;P:secret;;")))
    settle(qtbot, window)
    settle(qtbot, window)
    assert window.current_page() is window.pass_question
    assert "not a Family Hub pass" in window.pass_question.message.text()


def test_a_picture_with_no_qr_keeps_looking(make_kiosk, qtbot):
    window = make_kiosk()
    tap(qtbot, window, window.welcome.scan.camera)
    blank = QImage(640, 480, QImage.Format.Format_RGB32)
    blank.fill(0xFFFFFF)
    window.camera.feed_image(blank)
    settle(qtbot, window)
    assert window.current_page() is window.camera


def test_revoked_pass(make_kiosk, registered_family, qtbot, store, clock, manager):
    _, issued = registered_family
    PassService(store, clock).revoke(manager, issued.pass_id)
    window = make_kiosk()
    scan(qtbot, window, window.welcome.scan.field, issued.qr_payload)
    assert window.current_page() is window.welcome
    assert "replaced" in window.welcome.message.text()
    assert rows(store, Visit) == 0


def test_nobody_counted(make_kiosk, qtbot):
    window = make_kiosk()
    tap(qtbot, window, window.welcome.sign_in)
    tap(qtbot, window, window.pass_question.no_pass)
    tap(qtbot, window, window.party.next)
    assert window.current_page() is window.party
    assert window.party.message.text() == "Who is here: Please add at least one person."


def test_nobody_ticked(make_kiosk, registered_family, qtbot):
    _, issued = registered_family
    window = make_kiosk()
    scan(qtbot, window, window.welcome.scan.field, issued.qr_payload)
    for _, tile in window.household.tiles:
        tap(qtbot, window, tile)
    tap(qtbot, window, window.household.next)
    assert window.current_page() is window.household
    assert "at least one" in window.household.message.text()
