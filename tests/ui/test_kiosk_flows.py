"""The kiosk's flows, driven as a family would (taps on the screen and its own keys, a scanner's
keystrokes, a QR picture through the camera's decoder), checked against the store afterwards."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from kiosk_checks import pick_date, scan, settle, tap, type_on
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel
from sqlalchemy import select, update

from hubdesk.domain.catalogue import VisitReason
from hubdesk.domain.people import AgeBand, Party, Role
from hubdesk.security.passes import render_qr_png
from hubdesk.services.alerts import PRIVATE_WORD, AlertService
from hubdesk.services.families import AdultIn, FamilyIn, FamilyService
from hubdesk.services.passes import PassService
from hubdesk.services.visits import SignIn, VisitService
from hubdesk.storage.models import AuditEntry, Member, OutboxEvent, Visit
from hubdesk.ui.kiosk import done_page, leaving_page, private_word_page
from hubdesk.ui.widgets.bidi import strip_isolates


def visits(store) -> list[Visit]:
    with store.read() as session:
        return list(session.scalars(select(Visit).order_by(Visit.signed_in_at)))


def sign_in_khans(store, clock, kiosk, registered):
    return VisitService(store, clock).sign_in(
        kiosk,
        SignIn(
            VisitReason.JUST_VISITING,
            family_id=registered.family_id,
            member_ids=registered.member_ids,
        ),
    )


def test_returning_family_with_a_usb_scanner(make_kiosk, registered_family, qtbot, store, clock):
    registered, issued = registered_family
    window = make_kiosk()
    # the scanner types into the welcome screen's field and presses Enter
    scan(qtbot, window, window.welcome.scan.field, issued.qr_payload)
    assert window.current_page() is window.household
    names = [strip_isolates(tile.label_text()) for _, tile in window.household.tiles]
    assert names == ["Amira", "Omar", "Zara", "Yusuf"]  # first names only
    tap(qtbot, window, window.household.tiles[1][1])  # Omar is not here today
    tap(qtbot, window, window.household.next)
    assert window.current_page() is window.reason
    tap(qtbot, window, window.reason.reason_tiles[VisitReason.HEALTH_VISITOR])
    assert window.current_page() is window.done
    [visit] = visits(store)
    assert visit.family_id == registered.family_id
    assert visit.people == 3
    assert visit.adults_mother == 1
    assert visit.adults_father == 0
    assert visit.reason == "health_visitor"
    assert visit.children_2_4 == 1
    assert visit.children_5_11 == 1
    assert window.done.number.accessibleName() == str(visit.leave_code)


def test_scanner_that_ends_with_tab_and_types_on_a_german_layout(
    make_kiosk, registered_family, qtbot, store
):
    _, issued = registered_family
    window = make_kiosk()
    # a scanner set to US typing through a German keyboard layout: ':' arrives as 'Ö', Y/Z swap
    german = issued.qr_payload.replace(":", "Ö").translate(str.maketrans("YZ", "ZY"))
    tap(qtbot, window, window.welcome.sign_in)
    scan(qtbot, window, window.pass_question.scan.field, german, end=Qt.Key.Key_Tab)
    assert window.current_page() is window.household


def test_typing_the_short_code_on_the_pass_pad(make_kiosk, registered_family, qtbot, store):
    _, issued = registered_family
    window = make_kiosk()
    tap(qtbot, window, window.welcome.sign_in)
    tap(qtbot, window, window.pass_question.scan.type_code)
    assert window.current_page() is window.pass_code
    type_on(qtbot, window, window.pass_code.pad, issued.short_code.replace("-", ""))
    assert window.pass_code.field.text() == issued.short_code  # shown as the pass prints it
    tap(qtbot, window, window.pass_code.pad.action_key)
    assert window.current_page() is window.household


def test_tapping_the_scan_field_opens_the_pass_pad(make_kiosk, qtbot):
    window = make_kiosk()
    tap(qtbot, window, window.welcome.scan.field)
    assert window.current_page() is window.pass_code


def test_camera_path_decodes_a_generated_qr(make_kiosk, registered_family, qtbot, store):
    registered, issued = registered_family
    window = make_kiosk()
    tap(qtbot, window, window.welcome.scan.camera)
    assert window.current_page() is window.camera
    picture = QImage.fromData(render_qr_png(issued.qr_payload, box_size=6))
    window.camera.feed_image(picture)  # the path every camera frame takes
    settle(qtbot, window)
    settle(qtbot, window)
    assert window.current_page() is window.household
    assert window.draft.household.family_id == registered.family_id


def test_no_camera_button_where_there_is_no_camera(make_kiosk, qtbot):
    window = make_kiosk(has_camera=False)
    for card in (window.welcome.scan, window.pass_question.scan, window.sign_out.scan):
        assert card.camera.isHidden()
        assert not card.type_code.isHidden()


def test_todays_activities_come_first_and_are_recorded(
    make_kiosk, registered_family, qtbot, store, clock, manager, identity
):
    from hubdesk.domain.catalogue import ActivityKind
    from hubdesk.services.timetable import ActivityIn, TimetableService

    _, issued = registered_family
    start = clock.now() + timedelta(minutes=30)
    activity_id = TimetableService(store, clock).add(
        manager,
        ActivityIn(
            identity.site_id,
            "Stay and Play",
            ActivityKind.STAY_AND_PLAY,
            start,
            start + timedelta(hours=1),
        ),
    )
    window = make_kiosk()
    scan(qtbot, window, window.welcome.scan.field, issued.qr_payload)
    tap(qtbot, window, window.household.next)
    first = window.reason.grid.itemAtPosition(0, 0).widget()
    assert first is window.reason.activity_tiles[0][1]
    assert "Stay and Play" in first.label_text()
    tap(qtbot, window, first)
    [visit] = visits(store)
    assert visit.reason == "activity"
    assert visit.activity_id == activity_id


def test_no_tile_looks_chosen_before_it_is_tapped(make_kiosk, registered_family, qtbot, store):
    """The focus ring looks like a choice: on arriving at a page no button has the focus, and
    Enter records nothing."""
    _, issued = registered_family
    window = make_kiosk()
    scan(qtbot, window, window.welcome.scan.field, issued.qr_payload)
    tap(qtbot, window, window.household.next)
    assert window.current_page() is window.reason
    assert not isinstance(QApplication.focusWidget(), QAbstractButton)
    qtbot.keyClick(window.current_page(), Qt.Key.Key_Return)
    settle(qtbot, window)
    assert window.current_page() is window.reason
    assert visits(store) == []
    # a tap does not leave the focus ring behind either
    tap(qtbot, window, window.start_again)
    tap(qtbot, window, window.welcome.sign_in)
    tap(qtbot, window, window.pass_question.no_pass)
    tap(qtbot, window, window.party.role_steppers[Role.MOTHER].plus)
    assert not isinstance(QApplication.focusWidget(), QAbstractButton)


def test_new_anonymous_household(make_kiosk, qtbot, store):
    window = make_kiosk()
    tap(qtbot, window, window.welcome.sign_in)
    tap(qtbot, window, window.pass_question.no_pass)
    party = window.party
    tap(qtbot, window, party.role_steppers[Role.FATHER].plus)
    tap(qtbot, window, party.next)  # the adults, then the children
    tap(qtbot, window, party.band_steppers[AgeBand.B0_1].plus)
    tap(qtbot, window, party.band_steppers[AgeBand.B12_16].plus)
    tap(qtbot, window, party.send_steppers[AgeBand.B12_16].plus)
    tap(qtbot, window, party.next)
    tap(qtbot, window, window.reason.reason_tiles[VisitReason.HERE_TO_HELP])
    type_on(qtbot, window, window.about.pad, "NE6 2AB")
    tap(qtbot, window, window.about.first_yes)
    tap(qtbot, window, window.about.next)
    assert window.current_page() is window.privacy
    assert window.privacy.notice.text()
    assert visits(store) == []  # nothing written until they finish
    tap(qtbot, window, window.privacy.anonymous)
    assert window.current_page() is window.done
    [visit] = visits(store)
    assert visit.family_id is None
    assert visit.names is None
    assert (visit.adults_father, visit.children_0_1, visit.children_12_16) == (1, 1, 1)
    assert visit.send_children == 1
    assert visit.male_carers == 0
    assert visit.postcode_district == "NE6"
    assert visit.first_time_any_hub is True
    assert visit.reason == "here_to_help"
    # the number to sign out with is on the screen, and is the visit's
    assert window.done.number_card.isVisible()
    assert window.done.number.accessibleName() == str(visit.leave_code)


def test_back_from_the_children_goes_to_the_adults(make_kiosk, qtbot):
    window = make_kiosk()
    tap(qtbot, window, window.welcome.sign_in)
    tap(qtbot, window, window.pass_question.no_pass)
    tap(qtbot, window, window.party.role_steppers[Role.MOTHER].plus)
    tap(qtbot, window, window.party.next)
    assert window.party.step == "children"
    tap(qtbot, window, window.party.back_button)
    assert window.current_page() is window.party
    assert window.party.step == "adults"
    assert window.party.role_steppers[Role.MOTHER].value() == 1  # nothing lost


def test_child_added_by_date_of_birth(make_kiosk, qtbot, store):
    window = make_kiosk()
    tap(qtbot, window, window.welcome.sign_in)
    tap(qtbot, window, window.pass_question.no_pass)
    party = window.party
    tap(qtbot, window, party.role_steppers[Role.GRANDPARENT].plus)
    tap(qtbot, window, party.next)
    tap(qtbot, window, party.dob_open)
    pick_date(qtbot, window, party.dob_picker, date(2004, 3, 2))  # 22 on 16 June 2026
    assert party.dob_field.text() == "02/03/2004"
    tap(qtbot, window, party.dob_send)  # SEND only
    tap(qtbot, window, party.dob_add)
    assert party.band_steppers[AgeBand.B20_25].value() == 1
    tap(qtbot, window, party.next)
    tap(qtbot, window, window.reason.reason_tiles[VisitReason.JUST_VISITING])
    tap(qtbot, window, window.about.next)
    tap(qtbot, window, window.privacy.anonymous)
    [visit] = visits(store)
    assert visit.children_20_25 == 1
    assert visit.send_children == 1
    assert visit.adults_grandparent == 1


def test_register_one_question_a_page_and_get_a_printable_pass(
    make_kiosk, qtbot, store, clock, kiosk, tmp_path
):
    window = make_kiosk()
    tap(qtbot, window, window.welcome.sign_in)
    tap(qtbot, window, window.pass_question.no_pass)
    tap(qtbot, window, window.party.role_steppers[Role.MOTHER].plus)
    tap(qtbot, window, window.party.next)
    tap(qtbot, window, window.party.band_steppers[AgeBand.B2_4].plus)
    tap(qtbot, window, window.party.next)
    tap(qtbot, window, window.reason.reason_tiles[VisitReason.JUST_VISITING])
    tap(qtbot, window, window.about.next)
    tap(qtbot, window, window.privacy.register)
    assert window.current_page() is window.name_page
    assert "Mum" in window.name_page.title.text()  # the screen's words, never "Adult 1"
    type_on(qtbot, window, window.name_page.keyboard, "Zoë")
    tap(qtbot, window, window.name_page.keyboard.action_key)
    assert "Aged 2 to 4" in window.name_page.title.text()
    type_on(qtbot, window, window.name_page.keyboard, "Ana")
    tap(qtbot, window, window.name_page.keyboard.action_key)
    assert window.current_page() is window.birth_date
    assert "Ana" in window.birth_date.title.text()
    pick_date(qtbot, window, window.birth_date.picker, date(2023, 4, 3))
    tap(qtbot, window, window.birth_date.next)
    assert window.current_page() is window.check
    answers = [strip_isolates(row[1].text()) for row in window.check.rows]
    assert answers == ["Zoë", "Ana, born 03/04/2023"]
    # change a name from the check page, and come back to it
    tap(qtbot, window, window.check.rows[0][2])
    assert window.name_page.field.text() == "Zoë"
    tap(qtbot, window, window.name_page.keyboard.delete_key)
    tap(qtbot, window, window.name_page.keyboard.delete_key)
    tap(qtbot, window, window.name_page.keyboard.delete_key)
    type_on(qtbot, window, window.name_page.keyboard, "Maria")
    tap(qtbot, window, window.name_page.keyboard.action_key)
    assert window.current_page() is window.check
    tap(qtbot, window, window.check.submit)
    assert window.current_page() is window.pass_card
    code = window.pass_card.code.text()
    assert len(code) == len("XXXX-XXXX-C")
    [visit] = visits(store)
    assert visit.family_id is not None
    assert visit.names == "Maria, Ana"
    # the pass shown on screen is the one the store knows
    household = PassService(store, clock).find_by_scan(kiosk, code)
    assert household.family_id == visit.family_id
    assert [m.first_name for m in household.members] == ["Maria", "Ana"]
    assert not household.needs_consent
    with qtbot.waitSignal(window.pass_card.sig_printed, timeout=10_000) as printed:
        tap(qtbot, window, window.pass_card.print_button)
    assert printed.args == [True]
    pdf = tmp_path / "pass.pdf"
    assert pdf.read_bytes().startswith(b"%PDF")
    tap(qtbot, window, window.pass_card.done)
    assert window.current_page() is window.welcome


def _register_to_check(qtbot, window, reason_tile) -> None:
    tap(qtbot, window, window.welcome.sign_in)
    tap(qtbot, window, window.pass_question.no_pass)
    tap(qtbot, window, window.party.role_steppers[Role.MOTHER].plus)
    tap(qtbot, window, window.party.next)
    tap(qtbot, window, window.party.band_steppers[AgeBand.B2_4].plus)
    tap(qtbot, window, window.party.next)
    tap(qtbot, window, reason_tile())
    tap(qtbot, window, window.about.next)
    tap(qtbot, window, window.privacy.register)
    type_on(qtbot, window, window.name_page.keyboard, "Zoë")
    tap(qtbot, window, window.name_page.keyboard.action_key)
    type_on(qtbot, window, window.name_page.keyboard, "Ana")
    tap(qtbot, window, window.name_page.keyboard.action_key)
    pick_date(qtbot, window, window.birth_date.picker, date(2023, 4, 3))
    tap(qtbot, window, window.birth_date.next)
    assert window.current_page() is window.check


def test_back_from_check_your_answers_keeps_every_answer(make_kiosk, qtbot, store):
    window = make_kiosk()
    _register_to_check(qtbot, window, lambda: window.reason.reason_tiles[VisitReason.JUST_VISITING])
    tap(qtbot, window, window.check.back_button)
    assert window.current_page() is window.birth_date  # the last question, not the start
    assert window.birth_date.field.text() == "03/04/2023"
    tap(qtbot, window, window.birth_date.back_button)
    assert window.name_page.field.text() == "Ana"
    for _ in range(2):  # all the way back to the privacy notice, and forward again
        tap(qtbot, window, window.current_page().back_button)
    assert window.current_page() is window.privacy
    tap(qtbot, window, window.privacy.register)
    assert window.current_page() is window.check
    answers = [strip_isolates(row[1].text()) for row in window.check.rows]
    assert answers == ["Zoë", "Ana, born 03/04/2023"]


def test_a_session_that_fills_up_while_registering_loses_nothing(
    make_kiosk, qtbot, store, clock, manager, identity, kiosk
):
    from hubdesk.domain.catalogue import ActivityKind
    from hubdesk.services.timetable import ActivityIn, TimetableService

    start = clock.now() + timedelta(minutes=30)
    activity_id = TimetableService(store, clock).add(
        manager,
        ActivityIn(
            identity.site_id,
            "Stay and Play",
            ActivityKind.STAY_AND_PLAY,
            start,
            start + timedelta(hours=1),
            capacity=3,
        ),
    )
    window = make_kiosk()
    _register_to_check(qtbot, window, lambda: window.reason.activity_tiles[0][1])
    # meanwhile another family takes two of the three places
    VisitService(store, clock).sign_in(
        kiosk,
        SignIn(
            VisitReason.ACTIVITY,
            party=Party((Role.FATHER,), ()),
            activity_id=activity_id,
        ),
    )
    VisitService(store, clock).sign_in(
        kiosk,
        SignIn(VisitReason.ACTIVITY, party=Party((Role.FATHER,), ()), activity_id=activity_id),
    )
    tap(qtbot, window, window.check.submit)
    assert window.current_page() is window.reason
    said = window.reason.message.text()
    assert "full" in said
    assert "went wrong" not in said
    qtbot.waitUntil(lambda: "full" in window.reason.activity_tiles[0][1].label_text())
    tap(qtbot, window, window.reason.reason_tiles[VisitReason.JUST_VISITING])
    assert window.current_page() is window.check  # straight back: nothing to answer again
    answers = [strip_isolates(row[1].text()) for row in window.check.rows]
    assert answers == ["Zoë", "Ana, born 03/04/2023"]
    tap(qtbot, window, window.check.submit)
    assert window.current_page() is window.pass_card
    mine = [v for v in visits(store) if v.family_id is not None]
    assert [v.reason for v in mine] == ["just_visiting"]


def test_an_anonymous_party_whose_session_is_full_chooses_again_and_is_in(
    make_kiosk, qtbot, store, clock, manager, identity
):
    from hubdesk.domain.catalogue import ActivityKind
    from hubdesk.services.timetable import ActivityIn, TimetableService

    start = clock.now() + timedelta(minutes=30)
    TimetableService(store, clock).add(
        manager,
        ActivityIn(
            identity.site_id,
            "Baby Massage",
            ActivityKind.OTHER,
            start,
            start + timedelta(hours=1),
            capacity=1,
        ),
    )
    window = make_kiosk()
    tap(qtbot, window, window.welcome.sign_in)
    tap(qtbot, window, window.pass_question.no_pass)
    tap(qtbot, window, window.party.role_steppers[Role.MOTHER].plus)
    tap(qtbot, window, window.party.next)
    tap(qtbot, window, window.party.band_steppers[AgeBand.B0_1].plus)
    tap(qtbot, window, window.party.next)
    tap(qtbot, window, window.reason.activity_tiles[0][1])  # two people, one place
    tap(qtbot, window, window.about.next)
    tap(qtbot, window, window.privacy.anonymous)
    assert window.current_page() is window.reason
    assert "full" in window.reason.message.text()
    tap(qtbot, window, window.reason.reason_tiles[VisitReason.JUST_VISITING])
    assert window.current_page() is window.done
    [visit] = visits(store)
    assert visit.reason == "just_visiting"
    assert visit.people == 2


def test_no_print_button_where_there_is_no_printer(make_kiosk, qtbot, store, clock, reception):
    from PySide6.QtPrintSupport import QPrinterInfo

    if QPrinterInfo.availablePrinterNames():
        pytest.skip("this machine has a printer")
    window = make_kiosk()
    window.pass_card.print_to_pdf = None  # a real kiosk with no printer set up
    issued = PassService(store, clock).issue(reception, _a_family(store, clock, reception))
    window.pass_card.show_pass(issued, "Riverside Family Hub", 42)
    window.go(window.pass_card)
    assert not window.pass_card.print_button.isVisible()
    assert "print" not in window.pass_card.subtitle.text()
    assert "42" in window.pass_card.sign_out_hint.text()


def _a_family(store, clock, kiosk):
    from hubdesk.services.families import ChildIn

    return (
        FamilyService(store, clock)
        .register(
            kiosk,
            FamilyIn(
                adults=(AdultIn("Zoë", "", Role.MOTHER),),
                children=(ChildIn("Ana", date(2023, 4, 3)),),
                consent=True,
            ),
        )
        .family_id
    )


def test_the_pass_hides_itself_after_a_visible_countdown(make_kiosk, fast_settings, qtbot):
    import dataclasses

    window = make_kiosk(settings=dataclasses.replace(fast_settings, pass_card_ms=2_000))
    tap(qtbot, window, window.welcome.sign_in)
    tap(qtbot, window, window.pass_question.no_pass)
    tap(qtbot, window, window.party.role_steppers[Role.MOTHER].plus)
    tap(qtbot, window, window.party.next)
    tap(qtbot, window, window.party.next)
    tap(qtbot, window, window.reason.reason_tiles[VisitReason.JUST_VISITING])
    tap(qtbot, window, window.about.next)
    tap(qtbot, window, window.privacy.register)
    type_on(qtbot, window, window.name_page.keyboard, "Maria")
    tap(qtbot, window, window.name_page.keyboard.action_key)
    tap(qtbot, window, window.check.submit)
    assert window.current_page() is window.pass_card
    assert "2 seconds" in window.pass_card.closing.text()
    qtbot.waitUntil(lambda: window.current_page() is window.welcome, timeout=5_000)
    assert window.pass_card.code.text() == ""
    assert window.pass_card.qr.pixmap().isNull()


def test_a_returning_family_adds_a_new_baby_and_a_visiting_child(
    make_kiosk, registered_family, qtbot, store, clock, reception
):
    registered, issued = registered_family
    window = make_kiosk()
    scan(qtbot, window, window.welcome.scan.field, issued.qr_payload)
    tap(qtbot, window, window.household.add_child)
    type_on(qtbot, window, window.name_page.keyboard, "Noor")
    tap(qtbot, window, window.name_page.keyboard.action_key)
    pick_date(qtbot, window, window.birth_date.picker, date(2026, 5, 1))
    tap(qtbot, window, window.birth_date.next)
    assert window.current_page() is window.household
    tap(qtbot, window, window.household.add_guest)
    tap(qtbot, window, window.guest.band_tiles[AgeBand.B5_11])
    assert window.current_page() is window.household
    texts = [strip_isolates(t.label_text()) for t in window.household._all_tiles()]
    assert texts[-2:] == ["Noor (new)", "Visiting: Aged 5 to 11"]
    tap(qtbot, window, window.household.next)
    tap(qtbot, window, window.reason.reason_tiles[VisitReason.JUST_VISITING])
    assert window.current_page() is window.done
    [visit] = visits(store)
    assert visit.people == 6  # four of the family, the new baby, the visiting child
    assert (visit.children_0_1, visit.children_5_11) == (1, 2)
    details = FamilyService(store, clock).details(reception, registered.family_id)
    [noor] = [m for m in details.members if m.first_name == "Noor"]
    assert noor.to_confirm  # staff check it at the desk
    with store.read() as session:
        assert len(session.scalars(select(Member)).all()) == 5  # the visiting child is no member


def _alert_sent(store):
    """What the sync engine does once the central service acknowledged the push."""

    def request_sync() -> None:
        with store.write() as session:
            session.execute(
                update(OutboxEvent)
                .where(OutboxEvent.entity == "alert", OutboxEvent.state == "pending")
                .values(state="sent")
            )

    return request_sync


@pytest.mark.parametrize("page_name", ["welcome", "party", "reason", "sign_out"])
def test_asking_to_speak_to_someone_from_any_screen(page_name, make_kiosk, qtbot, store):
    window = make_kiosk(request_sync=_alert_sent(store))
    if page_name in ("party", "reason"):
        tap(qtbot, window, window.welcome.sign_in)
        tap(qtbot, window, window.pass_question.no_pass)
        tap(qtbot, window, window.party.role_steppers[Role.MOTHER].plus)
        if page_name == "reason":
            tap(qtbot, window, window.party.next)
            tap(qtbot, window, window.party.next)
    elif page_name == "sign_out":
        tap(qtbot, window, window.welcome.sign_out)
    before = window.current_page()
    tap(qtbot, window, window.private_word_button)
    # one deliberate step: nothing is sent until they say yes
    assert window.current_page() is window.ask
    with store.read() as session:
        assert (
            session.scalars(select(AuditEntry).where(AuditEntry.action == PRIVATE_WORD)).all() == []
        )
    tap(qtbot, window, window.ask.ask)
    qtbot.waitUntil(lambda: window.private_word.state == private_word_page.SENT, timeout=5_000)
    assert "will come" in window.private_word.subtitle.text()
    with store.read() as session:
        entries = list(session.scalars(select(AuditEntry).where(AuditEntry.action == PRIVATE_WORD)))
    assert len(entries) == 1
    assert entries[0].detail == "{}"  # nothing personal
    tap(qtbot, window, window.private_word.carry_on)
    assert window.current_page() is before
    if page_name == "party":
        assert window.party.role_steppers[Role.MOTHER].value() == 1  # nothing lost


def test_no_thanks_sends_nothing(make_kiosk, qtbot, store):
    window = make_kiosk(request_sync=_alert_sent(store))
    tap(qtbot, window, window.private_word_button)
    tap(qtbot, window, window.ask.cancel)
    assert window.current_page() is window.welcome
    with store.read() as session:
        assert (
            session.scalars(select(AuditEntry).where(AuditEntry.action == PRIVATE_WORD)).all() == []
        )


def test_the_room_chosen_reaches_the_desk(
    make_kiosk, qtbot, store, clock, identity, reception, manager
):
    from hubdesk.services.setup import SetupService

    SetupService(store, clock).set_site_rooms(manager, identity.site_id, ["Room 1", "Café"])
    window = make_kiosk(request_sync=_alert_sent(store))
    tap(qtbot, window, window.private_word_button)
    [(_room, tile)] = [(r, t) for r, t in window.ask.room_tiles if r == "Café"]
    tap(qtbot, window, tile)
    tap(qtbot, window, window.ask.ask)
    qtbot.waitUntil(lambda: window.private_word.state == private_word_page.SENT, timeout=5_000)
    assert "Café" in strip_isolates(window.private_word.subtitle.text())
    [alert] = AlertService(store, clock).recent(reception)
    assert alert.room == "Café"


def test_with_nothing_to_take_it_to_the_desk_the_family_is_asked_to_speak_to_staff(
    make_kiosk, qtbot, store, clock, identity, reception, manager
):
    from hubdesk.services.setup import SetupService

    SetupService(store, clock).set_site_rooms(manager, identity.site_id, ["Family room"])
    window = make_kiosk(request_sync=None)  # no central service: the desk cannot hear of it
    tap(qtbot, window, window.private_word_button)
    assert "will come" not in window.ask.subtitle.text(), "nothing promised before we know"
    tap(qtbot, window, window.ask.room_tiles[0][1])
    tap(qtbot, window, window.ask.ask)
    qtbot.waitUntil(lambda: window.private_word.state == private_word_page.FAILED, timeout=5_000)
    text = window.private_word.subtitle.text()
    assert "speak to a member of staff at the front desk" in text
    assert "will come" not in text
    # withdrawn: a desk that gets it later does not send someone to the Family room
    assert AlertService(store, clock).recent(reception) == []
    with store.read() as session:
        ops = session.scalars(
            select(OutboxEvent.op).where(OutboxEvent.entity == "alert").order_by(OutboxEvent.seq)
        ).all()
    assert ops == ["raised", "withdrawn"]


def test_a_request_that_has_not_left_the_kiosk_in_time_is_not_promised(
    make_kiosk, fast_settings, qtbot, store
):
    import dataclasses

    asked = []
    window = make_kiosk(
        settings=dataclasses.replace(fast_settings, alert_wait_ms=800),
        request_sync=lambda: asked.append(True),  # the engine is asked, but the push fails
    )
    tap(qtbot, window, window.private_word_button)
    tap(qtbot, window, window.ask.ask)
    assert window.private_word.state == private_word_page.SENDING
    assert asked == [True]
    qtbot.waitUntil(lambda: window.private_word.state == private_word_page.FAILED, timeout=5_000)
    assert "speak to a member of staff" in window.private_word.subtitle.text()
    assert window.private_word.carry_on.isVisible()


def test_while_sending_nothing_to_tap_and_words_that_say_so(make_kiosk, qtbot, store):
    window = make_kiosk(request_sync=lambda: None)
    tap(qtbot, window, window.private_word_button)
    tap(qtbot, window, window.ask.ask)
    assert window.private_word.state == private_word_page.SENDING
    assert not window.private_word.carry_on.isVisible()  # not a blank, greyed-out button
    assert window.private_word.subtitle.text()


def test_a_request_that_cannot_be_recorded_says_so_discreetly(make_kiosk, qtbot, store, tmp_path):
    from hubdesk.storage.engine import open_store

    window = make_kiosk(request_sync=_alert_sent(store))
    # a real store whose file has gone: writing fails for real
    gone = open_store(tmp_path / "gone" / "x.db", b"k" * 32)
    gone.close()
    for path in (tmp_path / "gone").iterdir():
        path.unlink()
    (tmp_path / "gone").rmdir()
    window.ctx.services.alerts.store = gone
    tap(qtbot, window, window.private_word_button)
    tap(qtbot, window, window.ask.ask)
    assert window.private_word.state == private_word_page.FAILED
    text = window.private_word.subtitle.text()
    assert "front desk" in text
    assert "error" not in text.lower()
    assert "fail" not in text.lower()


def test_the_words_on_screen_tell_a_bystander_nothing(make_kiosk, qtbot, store):
    window = make_kiosk(request_sync=_alert_sent(store))
    tap(qtbot, window, window.private_word_button)
    tap(qtbot, window, window.ask.ask)
    qtbot.waitUntil(lambda: window.private_word.state == private_word_page.SENT, timeout=5_000)
    shown = " ".join(
        label.text().lower() for label in window.findChildren(QLabel) if label.isVisible()
    )
    for word in ("private", "abuse", "safe", "worried", "help me", "emergency"):
        assert word not in shown


def test_sign_out_by_number_asks_first(make_kiosk, qtbot, store, clock, kiosk):
    service = VisitService(store, clock)
    visit = service.sign_in(kiosk, SignIn(VisitReason.JUST_VISITING, party=Party((Role.CARER,))))
    window = make_kiosk()
    tap(qtbot, window, window.welcome.sign_out)
    [(entry, tile)] = window.sign_out.parties
    assert entry.visit_id == visit.visit_id
    assert strip_isolates(tile.label_text()).startswith(f"{visit.leave_code}\narrived 10:30")
    tap(qtbot, window, tile)
    assert window.current_page() is window.leaving
    assert window.leaving.title.text() == f"Sign out number {visit.leave_code}?"
    assert len(service.who_is_in(kiosk.hub_id)) == 1  # not yet
    tap(qtbot, window, window.leaving.stay)  # the wrong number: back to the list
    assert window.current_page() is window.sign_out
    tap(qtbot, window, window.sign_out.parties[0][1])
    tap(qtbot, window, window.leaving.yes)
    assert window.current_page() is window.done
    assert window.done.kind == done_page.SIGNED_OUT
    assert service.who_is_in(kiosk.hub_id) == []


def test_the_sign_out_screen_shows_no_name_of_any_family(
    make_kiosk, registered_family, qtbot, store, clock, kiosk
):
    registered, _ = registered_family
    sign_in_khans(store, clock, kiosk, registered)
    other = FamilyService(store, clock).register(
        kiosk, FamilyIn(adults=(AdultIn("Kasia", "Nowak", Role.MOTHER),), consent=True)
    )
    VisitService(store, clock).sign_in(
        kiosk,
        SignIn(VisitReason.JUST_VISITING, family_id=other.family_id, member_ids=other.member_ids),
    )
    window = make_kiosk()
    tap(qtbot, window, window.welcome.sign_out)
    assert len(window.sign_out.parties) == 2
    texts = [w.text() for w in window.findChildren(QLabel) if w.isVisible()]
    texts += [w.accessibleName() for w in window.findChildren(QAbstractButton) if w.isVisible()]
    shown = " ".join(texts)
    for name in ("Amira", "Omar", "Zara", "Yusuf", "Khan", "Kasia", "Nowak"):
        assert name not in shown
    assert window.sign_out.nothing.property("kind") == "quiet"  # leaving unsigned: the quiet way


def test_sign_out_by_scanning_the_pass_asks_first(
    make_kiosk, registered_family, qtbot, store, clock, kiosk
):
    registered, issued = registered_family
    sign_in_khans(store, clock, kiosk, registered)
    window = make_kiosk()
    tap(qtbot, window, window.welcome.sign_out)
    scan(qtbot, window, window.sign_out.scan.field, issued.qr_payload)
    assert window.current_page() is window.leaving
    assert window.leaving.leaving.mode == leaving_page.CONFIRM
    # after its own pass was scanned, the household sees its own first names
    assert strip_isolates(window.leaving.detail.text()) == "Amira, Omar, Zara, Yusuf"
    tap(qtbot, window, window.leaving.yes)
    assert window.done.kind == done_page.SIGNED_OUT
    assert VisitService(store, clock).who_is_in(kiosk.hub_id) == []


def test_a_family_not_in_that_scans_to_sign_out_is_told_kindly(
    make_kiosk, registered_family, qtbot, store
):
    _, issued = registered_family
    window = make_kiosk()
    tap(qtbot, window, window.welcome.sign_out)
    scan(qtbot, window, window.sign_out.scan.field, issued.qr_payload)
    assert window.current_page() is window.done
    assert window.done.kind == done_page.NOT_IN
    assert window.done.title.text() == "You're not signed in at the moment"
    assert visits(store) == []


def test_sign_out_doing_nothing(make_kiosk, qtbot, store, clock, kiosk):
    service = VisitService(store, clock)
    service.sign_in(kiosk, SignIn(VisitReason.JUST_VISITING, party=Party((Role.CARER,))))
    window = make_kiosk()
    tap(qtbot, window, window.welcome.sign_out)
    tap(qtbot, window, window.sign_out.nothing)
    assert window.done.kind == done_page.NOTHING
    assert len(service.who_is_in(kiosk.hub_id)) == 1  # staff sign them out at closing


def test_a_rescan_by_a_family_in_the_building_defaults_to_signing_out(
    make_kiosk, registered_family, qtbot, store, clock, kiosk
):
    registered, issued = registered_family
    sign_in_khans(store, clock, kiosk, registered)
    window = make_kiosk()
    scan(qtbot, window, window.welcome.scan.field, issued.qr_payload)  # on their way out
    assert window.current_page() is window.leaving
    assert window.leaving.leaving.mode == leaving_page.ALREADY_IN
    assert window.leaving.yes.property("kind") == "primary"  # the big default
    assert window.leaving.stay.property("kind") == "secondary"
    tap(qtbot, window, window.leaving.yes)
    assert window.done.kind == done_page.SIGNED_OUT
    assert VisitService(store, clock).who_is_in(kiosk.hub_id) == []
    assert len(visits(store)) == 1  # never a second visit


def test_a_family_in_the_building_that_stays_is_not_signed_in_twice(
    make_kiosk, registered_family, qtbot, store, clock, kiosk
):
    registered, issued = registered_family
    sign_in_khans(store, clock, kiosk, registered)
    window = make_kiosk()
    scan(qtbot, window, window.welcome.scan.field, issued.qr_payload)
    tap(qtbot, window, window.leaving.stay)
    assert window.done.kind == done_page.STAYING
    assert len(visits(store)) == 1
    assert len(VisitService(store, clock).who_is_in(kiosk.hub_id)) == 1


def test_a_family_not_in_yet_goes_straight_to_who_is_here(make_kiosk, registered_family, qtbot):
    _, issued = registered_family
    window = make_kiosk()
    scan(qtbot, window, window.welcome.scan.field, issued.qr_payload)
    assert window.current_page() is window.household


def test_consent_asked_again_when_the_notice_changed(
    make_kiosk, registered_family, qtbot, store, clock, kiosk
):
    from hubdesk.storage.models import Hub

    registered, issued = registered_family
    with store.write() as session:
        session.get(Hub, kiosk.hub_id).privacy_notice_version = 2
    window = make_kiosk()
    scan(qtbot, window, window.welcome.scan.field, issued.qr_payload)
    assert window.current_page() is window.privacy
    assert window.privacy.agree.isVisible()
    tap(qtbot, window, window.privacy.agree)
    assert window.current_page() is window.household
    settle(qtbot, window)
    household = FamilyService(store, clock).household_for_kiosk(kiosk, registered.family_id)
    assert not household.needs_consent


def test_the_privacy_notice_says_what_is_kept(make_kiosk, qtbot, store, clock, kiosk):
    """What the kiosk tells a family about their data is what is stored: for a party that does
    not register, the postcode's areas but not the postcode; for a registered one, the full
    postcode; and the hub's own retention period."""
    window = make_kiosk()
    text = window.privacy.notice.text()
    assert "No names and no postcode are kept" in text
    assert "full postcode" in text
    assert "ward" in text
    assert "neighbourhood" in text
    assert "24 months" in text
    hint = window.about.postcode_hint.text()
    assert "not the postcode itself" in hint
    assert "ward" in hint


def test_confirmation_waits_for_the_commit_and_the_screen_never_freezes(make_kiosk, qtbot, store):
    """Another connection holds the write lock: the sign-in waits on a worker, the screen keeps
    painting and shows no confirmation; when the lock goes, the commit lands and the done page
    appears."""
    window = make_kiosk()
    tap(qtbot, window, window.welcome.sign_in)
    tap(qtbot, window, window.pass_question.no_pass)
    tap(qtbot, window, window.party.role_steppers[Role.CARER].plus)
    tap(qtbot, window, window.party.next)
    tap(qtbot, window, window.party.next)
    tap(qtbot, window, window.reason.reason_tiles[VisitReason.JUST_VISITING])
    tap(qtbot, window, window.about.next)
    blocker = store.engine.raw_connection()
    try:
        blocker.driver_connection.execute("BEGIN IMMEDIATE")
        qtbot.mouseClick(window.privacy.anonymous, Qt.MouseButton.LeftButton)
        # the event loop keeps running (qtbot.wait spins it) while the commit waits
        for _ in range(5):
            qtbot.wait(50)
            assert window.current_page() is window.privacy
            assert not window.stack.isEnabled()  # no second tap while it commits
            assert not window.ctx.tasks.idle
        assert visits(store) == []
    finally:
        blocker.driver_connection.execute("ROLLBACK")
        blocker.close()
    qtbot.waitUntil(lambda: window.current_page() is window.done, timeout=10_000)
    assert len(visits(store)) == 1
    assert window.stack.isEnabled()
