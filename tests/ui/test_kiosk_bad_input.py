"""Bad input on every kiosk field: refused with a friendly message beside the field, in the
screen's own words, what was typed kept so it can be corrected, nothing written, and the kiosk
carries on. Keyboards still work (a scanner, a member of staff's keyboard): some of these type."""

from __future__ import annotations

from datetime import date

import pytest
from kiosk_checks import pick_date, scan, settle, tap, type_on, type_text
from PySide6.QtGui import QImage
from sqlalchemy import func, select

from hubdesk.domain.catalogue import VisitReason
from hubdesk.domain.errors import CombinedValidationError, ValidationError
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
    tap(qtbot, window, window.party.next)
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
def test_bad_postcode_is_refused_beside_the_field_and_kept(text, make_kiosk, qtbot, store):
    window = make_kiosk()
    start_new_visitor(qtbot, window)
    type_text(qtbot, window.about.postcode, text)
    typed = window.about.postcode.text()
    tap(qtbot, window, window.about.next)
    assert window.current_page() is window.about
    message = window.about.postcode_problem.text()
    assert "UK postcode" in message or "too long" in message
    assert "postcode[" not in message
    assert "postcode:" not in message
    assert window.about.postcode.property("invalid") == "true"
    assert window.about.postcode.text() == typed  # kept, to be corrected
    # correcting it on the pad carries on
    window.about.postcode.clear()
    type_on(qtbot, window, window.about.pad, "NE1 4XF")
    assert window.about.postcode_problem.text() == ""
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


def test_a_bfpo_address_is_a_postcode(make_kiosk, qtbot, store):
    window = make_kiosk()
    start_new_visitor(qtbot, window)
    type_on(qtbot, window, window.about.pad, "BFPO 1234")
    tap(qtbot, window, window.about.next)
    tap(qtbot, window, window.privacy.anonymous)
    with store.read() as session:
        [visit] = session.scalars(select(Visit)).all()
    assert visit.postcode_district == "BFPO"


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("31/02/2020", "does not exist"),
        ("29/02/2023", "does not exist"),
        ("2020-01-01", "day/month/year"),  # read as day 2020: not a date
        ("01/01/2030", "future"),
        ("01/01/1990", "up to 25"),
        ("01/01/2004", "SEND"),  # 22 without SEND
        ("🙂", "day/month/year"),
        (LONG, "day/month/year"),
        ("", "choose the date"),
    ],
)
def test_bad_date_of_birth_on_the_who_is_here_page(text, problem, make_kiosk, qtbot, store):
    window = make_kiosk()
    tap(qtbot, window, window.welcome.sign_in)
    tap(qtbot, window, window.pass_question.no_pass)
    tap(qtbot, window, window.party.next)
    tap(qtbot, window, window.party.dob_open)
    type_text(qtbot, window.party.dob_field, text)
    tap(qtbot, window, window.party.dob_add)
    message = window.party.dob_problem.text()
    assert problem in message
    assert not message.startswith("Date of birth:")  # beside the date: no field name needed
    assert all(s.value() == 0 for s in window.party.band_steppers.values())
    assert window.party.dob_card.isVisible()


def test_a_date_typed_in_arabic_digits_is_read(make_kiosk, qtbot):
    window = make_kiosk()
    tap(qtbot, window, window.welcome.sign_in)
    tap(qtbot, window, window.pass_question.no_pass)
    tap(qtbot, window, window.party.next)
    tap(qtbot, window, window.party.dob_open)
    type_text(qtbot, window.party.dob_field, "١٩/٠٩/٢٠١٧")  # 19/09/2017: 8 on 16 June 2026
    tap(qtbot, window, window.party.dob_add)
    assert window.party.band_steppers[AgeBand.B5_11].value() == 1
    assert window.party.by_date[0].date_of_birth == date(2017, 9, 19)


def _to_register(qtbot, window):
    start_new_visitor(qtbot, window)
    tap(qtbot, window, window.about.next)
    tap(qtbot, window, window.privacy.register)
    assert window.current_page() is window.name_page


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("🙂🙂", "Please use letters."),
        ("", "Please fill this in."),
        ("   ", "Please fill this in."),
        ("x" * 61, "This is too long."),
    ],
)
def test_a_bad_name_is_refused_beside_the_field_and_kept(name, expected, make_kiosk, qtbot, store):
    window = make_kiosk()
    _to_register(qtbot, window)
    type_text(qtbot, window.name_page.field, name)
    tap(qtbot, window, window.name_page.keyboard.action_key)
    assert window.current_page() is window.name_page
    assert window.name_page.problem.text().startswith(expected)
    assert window.name_page.field.text() == name
    assert window.name_page.field.property("invalid") == "true"
    assert rows(store, Family) == 0


def test_a_date_of_birth_in_the_future_is_refused(make_kiosk, qtbot, store):
    window = make_kiosk()
    _to_register(qtbot, window)
    type_on(qtbot, window, window.name_page.keyboard, "Maria")
    tap(qtbot, window, window.name_page.keyboard.action_key)
    type_on(qtbot, window, window.name_page.keyboard, "Ana")
    tap(qtbot, window, window.name_page.keyboard.action_key)
    tap(qtbot, window, window.birth_date.next)  # nothing chosen yet
    assert "choose the date" in window.birth_date.problem.text()
    type_text(qtbot, window.birth_date.field, "01/01/2040")
    tap(qtbot, window, window.birth_date.next)
    assert window.current_page() is window.birth_date
    assert "future" in window.birth_date.problem.text()
    assert window.birth_date.field.text() == "01/01/2040"


def test_a_date_that_contradicts_the_age_counted_asks_to_check(make_kiosk, qtbot, store):
    window = make_kiosk()
    _to_register(qtbot, window)
    type_on(qtbot, window, window.name_page.keyboard, "Maria")
    tap(qtbot, window, window.name_page.keyboard.action_key)
    type_on(qtbot, window, window.name_page.keyboard, "Ana")
    tap(qtbot, window, window.name_page.keyboard.action_key)
    pick_date(qtbot, window, window.birth_date.picker, date(2017, 9, 19))  # 8, counted as 2-4
    tap(qtbot, window, window.birth_date.next)
    assert window.current_page() is window.birth_date
    message = window.birth_date.problem.text()
    assert "8" in message
    assert "Aged 2 to 4" in message
    assert "check" in message
    tap(qtbot, window, window.birth_date.next)  # it is right: the date decides
    assert window.current_page() is window.check
    assert window.draft.people[1].date_of_birth == date(2017, 9, 19)


def test_every_refusal_from_the_service_is_beside_its_answer_in_the_screens_words(
    make_kiosk, qtbot, store, monkeypatch
):
    window = make_kiosk()
    _to_register(qtbot, window)
    type_on(qtbot, window, window.name_page.keyboard, "Maria")
    tap(qtbot, window, window.name_page.keyboard.action_key)
    type_on(qtbot, window, window.name_page.keyboard, "Ana")
    tap(qtbot, window, window.name_page.keyboard.action_key)
    pick_date(qtbot, window, window.birth_date.picker, date(2023, 4, 3))
    tap(qtbot, window, window.birth_date.next)

    def refuse(*_args, **_kwargs):
        raise CombinedValidationError(
            [
                ValidationError("adults[0].first_name", "no_letters", "x"),
                ValidationError("children[0].date_of_birth", "too_old", "x"),
            ]
        )

    monkeypatch.setattr(window.ctx.services.kiosk, "register_and_sign_in", refuse)
    tap(qtbot, window, window.check.submit)
    assert window.current_page() is window.check
    problems = [row[4].text() for row in window.check.rows]
    assert problems[0] == "Mum: Please use letters."
    assert problems[1].startswith("Aged 2 to 4: Family Hubs are for")
    for text in problems:
        assert "adults[" not in text
        assert "children[" not in text
        assert "Adult 1" not in text
    assert rows(store, Family) == 0


def test_right_to_left_and_emoji_in_names_are_kept(make_kiosk, qtbot, store):
    window = make_kiosk()
    _to_register(qtbot, window)
    type_text(qtbot, window.name_page.field, "فاطمة 🌸")
    tap(qtbot, window, window.name_page.keyboard.action_key)
    type_text(qtbot, window.name_page.field, "\u05d3\u05df")  # Hebrew
    tap(qtbot, window, window.name_page.keyboard.action_key)
    pick_date(qtbot, window, window.birth_date.picker, date(2023, 1, 1))
    tap(qtbot, window, window.birth_date.next)
    tap(qtbot, window, window.check.submit)
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


def test_a_typed_code_with_a_typo_stays_to_be_corrected(
    make_kiosk, registered_family, qtbot, store
):
    _, issued = registered_family
    window = make_kiosk()
    tap(qtbot, window, window.welcome.scan.type_code)
    code = issued.short_code.replace("-", "")
    wrong = code[:-1] + ("0" if code[-1] != "0" else "1")
    type_on(qtbot, window, window.pass_code.pad, wrong)
    tap(qtbot, window, window.pass_code.pad.action_key)
    assert window.current_page() is window.pass_code
    assert "typo" in window.pass_code.problem.text()
    assert window.pass_code.field.text().replace("-", "") == wrong  # kept
    tap(qtbot, window, window.pass_code.pad.delete_key)
    assert window.pass_code.problem.text() == ""
    type_on(qtbot, window, window.pass_code.pad, code[-1])
    tap(qtbot, window, window.pass_code.pad.action_key)
    assert window.current_page() is window.household


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


def test_no_write_on_refusal_leaves_the_outbox_alone(make_kiosk, qtbot, store):
    window = make_kiosk()
    before = rows(store, OutboxEvent)
    _to_register(qtbot, window)
    tap(qtbot, window, window.name_page.keyboard.action_key)
    assert rows(store, OutboxEvent) == before
