"""The kiosk's flows, driven as a family would (taps, typing, a scanner's keystrokes, a QR picture
through the camera's decoder), checked against the store afterwards."""

from __future__ import annotations

import pytest
from kiosk_checks import scan, settle, tap, type_text
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from sqlalchemy import select

from hubdesk.domain.catalogue import VisitReason
from hubdesk.domain.people import AgeBand, Party, Role
from hubdesk.security.passes import render_qr_png
from hubdesk.services.alerts import PRIVATE_WORD
from hubdesk.services.families import FamilyService
from hubdesk.services.passes import PassService
from hubdesk.services.visits import SignIn, VisitService
from hubdesk.storage.models import AuditEntry, Visit
from hubdesk.ui.kiosk import done_page, private_word_page


def visits(store) -> list[Visit]:
    with store.read() as session:
        return list(session.scalars(select(Visit).order_by(Visit.signed_in_at)))


def test_returning_family_with_a_usb_scanner(make_kiosk, registered_family, qtbot, store, clock):
    registered, issued = registered_family
    window = make_kiosk()
    # the scanner types into the welcome screen's field and presses Enter
    scan(qtbot, window, window.welcome.scan.field, issued.qr_payload)
    assert window.current_page() is window.household
    names = [tile.label_text() for _, tile in window.household.tiles]
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


def test_typing_the_short_code(make_kiosk, registered_family, qtbot, store):
    _, issued = registered_family
    window = make_kiosk()
    tap(qtbot, window, window.welcome.sign_in)
    qtbot.keyClicks(window.pass_question.scan.field, issued.short_code.lower())
    tap(qtbot, window, window.pass_question.scan.go)
    assert window.current_page() is window.household


def test_camera_path_decodes_a_generated_qr(make_kiosk, registered_family, qtbot, store):
    registered, issued = registered_family
    window = make_kiosk()
    tap(qtbot, window, window.welcome.scan.camera)
    assert window.current_page() is window.camera
    assert window.camera.no_camera  # no camera on this machine: the page says so
    picture = QImage.fromData(render_qr_png(issued.qr_payload, box_size=6))
    window.camera.feed_image(picture)  # the path every camera frame takes
    settle(qtbot, window)
    settle(qtbot, window)
    assert window.current_page() is window.household
    assert window.draft.household.family_id == registered.family_id


def test_todays_activities_come_first_and_are_recorded(
    make_kiosk, registered_family, qtbot, store, clock, manager, identity
):
    from datetime import timedelta

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


def test_new_anonymous_household(make_kiosk, qtbot, store):
    window = make_kiosk()
    tap(qtbot, window, window.welcome.sign_in)
    tap(qtbot, window, window.pass_question.no_pass)
    party = window.party
    tap(qtbot, window, party.role_steppers[Role.FATHER].plus)
    tap(qtbot, window, party.band_steppers[AgeBand.B0_1].plus)
    tap(qtbot, window, party.band_steppers[AgeBand.B12_16].plus)
    tap(qtbot, window, party.send_steppers[AgeBand.B12_16].plus)
    tap(qtbot, window, party.next)
    tap(qtbot, window, window.reason.reason_tiles[VisitReason.HERE_TO_HELP])
    qtbot.keyClicks(window.about.postcode, "ne6 2ab")
    tap(qtbot, window, window.about.first_yes)
    tap(qtbot, window, window.about.next)
    assert window.current_page() is window.privacy
    assert window.privacy.notice.text()
    assert store  # nothing written until they finish
    assert visits(store) == []
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


def test_child_added_by_date_of_birth(make_kiosk, qtbot, store):
    window = make_kiosk()
    tap(qtbot, window, window.welcome.sign_in)
    tap(qtbot, window, window.pass_question.no_pass)
    party = window.party
    tap(qtbot, window, party.role_steppers[Role.GRANDPARENT].plus)
    tap(qtbot, window, party.dob_open)
    qtbot.keyClicks(party.dob_field, "02/03/2004")  # 22 on 16 June 2026: SEND only
    tap(qtbot, window, party.dob_send)
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


def test_register_and_get_a_printable_pass(make_kiosk, qtbot, store, clock, kiosk, tmp_path):
    window = make_kiosk()
    tap(qtbot, window, window.welcome.sign_in)
    tap(qtbot, window, window.pass_question.no_pass)
    tap(qtbot, window, window.party.role_steppers[Role.MOTHER].plus)
    tap(qtbot, window, window.party.band_steppers[AgeBand.B2_4].plus)
    tap(qtbot, window, window.party.next)
    tap(qtbot, window, window.reason.reason_tiles[VisitReason.JUST_VISITING])
    tap(qtbot, window, window.about.next)
    tap(qtbot, window, window.privacy.register)
    reg = window.register
    type_text(qtbot, reg.adult_fields[0][2], "مريم")  # a right-to-left name is welcome
    type_text(qtbot, reg.child_fields[0][3], "Zoë")
    qtbot.keyClicks(reg.child_fields[0][4], "3/4/2023")
    tap(qtbot, window, reg.submit)
    assert window.current_page() is window.pass_card
    code = window.pass_card.code.text()
    assert len(code) == len("XXXX-XXXX-C")
    [visit] = visits(store)
    assert visit.family_id is not None
    assert visit.names == "مريم, Zoë"
    # the pass shown on screen is the one the store knows
    household = PassService(store, clock).find_by_scan(kiosk, code)
    assert household.family_id == visit.family_id
    assert [m.first_name for m in household.members] == ["مريم", "Zoë"]
    assert not household.needs_consent
    with qtbot.waitSignal(window.pass_card.sig_printed, timeout=10_000) as printed:
        tap(qtbot, window, window.pass_card.print_button)
    assert printed.args == [True]
    pdf = tmp_path / "pass.pdf"
    assert pdf.read_bytes().startswith(b"%PDF")
    tap(qtbot, window, window.pass_card.done)
    assert window.current_page() is window.welcome


def test_sign_out_from_todays_list(make_kiosk, qtbot, store, clock, kiosk):
    service = VisitService(store, clock)
    visit = service.sign_in(kiosk, SignIn(VisitReason.JUST_VISITING, party=Party((Role.CARER,))))
    window = make_kiosk()
    tap(qtbot, window, window.welcome.sign_out)
    [(entry, tile)] = window.sign_out.parties
    assert entry.visit_id == visit.visit_id
    tap(qtbot, window, tile)
    assert window.current_page() is window.done
    assert window.done.kind == done_page.SIGNED_OUT
    assert service.who_is_in(kiosk.hub_id) == []


def test_sign_out_by_scanning_the_pass(make_kiosk, registered_family, qtbot, store, clock, kiosk):
    registered, issued = registered_family
    service = VisitService(store, clock)
    service.sign_in(
        kiosk,
        SignIn(
            VisitReason.JUST_VISITING,
            family_id=registered.family_id,
            member_ids=registered.member_ids,
        ),
    )
    window = make_kiosk()
    tap(qtbot, window, window.welcome.sign_out)
    scan(qtbot, window, window.sign_out.scan.field, issued.qr_payload)
    assert window.current_page() is window.done
    assert window.done.kind == done_page.SIGNED_OUT
    assert service.who_is_in(kiosk.hub_id) == []


def test_sign_out_doing_nothing(make_kiosk, qtbot, store, clock, kiosk):
    service = VisitService(store, clock)
    service.sign_in(kiosk, SignIn(VisitReason.JUST_VISITING, party=Party((Role.CARER,))))
    window = make_kiosk()
    tap(qtbot, window, window.welcome.sign_out)
    tap(qtbot, window, window.sign_out.nothing)
    assert window.done.kind == done_page.NOTHING
    assert len(service.who_is_in(kiosk.hub_id)) == 1  # staff sign them out at closing


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


@pytest.mark.parametrize("page_name", ["welcome", "party", "reason", "sign_out"])
def test_private_word_from_any_screen(page_name, make_kiosk, qtbot, store):
    window = make_kiosk()
    if page_name == "party":
        tap(qtbot, window, window.welcome.sign_in)
        tap(qtbot, window, window.pass_question.no_pass)
        tap(qtbot, window, window.party.role_steppers[Role.MOTHER].plus)
    elif page_name == "reason":
        tap(qtbot, window, window.welcome.sign_in)
        tap(qtbot, window, window.pass_question.no_pass)
        tap(qtbot, window, window.party.role_steppers[Role.MOTHER].plus)
        tap(qtbot, window, window.party.next)
    elif page_name == "sign_out":
        tap(qtbot, window, window.welcome.sign_out)
    before = window.current_page()
    tap(qtbot, window, window.private_word_button)
    assert window.current_page() is window.private_word
    assert window.private_word.state == private_word_page.SENT
    with store.read() as session:
        entries = list(session.scalars(select(AuditEntry).where(AuditEntry.action == PRIVATE_WORD)))
    assert len(entries) == 1
    assert entries[0].detail == "{}"  # nothing personal
    tap(qtbot, window, window.private_word.carry_on)
    assert window.current_page() is before
    if page_name == "party":
        assert window.party.role_steppers[Role.MOTHER].value() == 1  # nothing lost


def test_private_word_that_cannot_be_recorded_says_so_discreetly(
    make_kiosk, qtbot, store, tmp_path
):
    from hubdesk.storage.engine import open_store

    window = make_kiosk()
    # a real store whose file has gone: writing fails for real
    gone = open_store(tmp_path / "gone" / "x.db", b"k" * 32)
    gone.close()
    for path in (tmp_path / "gone").iterdir():
        path.unlink()
    (tmp_path / "gone").rmdir()
    window.ctx.services.alerts.store = gone
    tap(qtbot, window, window.private_word_button)
    assert window.private_word.state == private_word_page.FAILED
    text = window.private_word.subtitle.text()
    assert "front desk" in text
    assert "error" not in text.lower()
    assert "fail" not in text.lower()


def test_confirmation_waits_for_the_commit_and_the_screen_never_freezes(make_kiosk, qtbot, store):
    """Another connection holds the write lock: the sign-in waits on a worker, the screen keeps
    painting and shows no confirmation; when the lock goes, the commit lands and the done page
    appears."""
    window = make_kiosk()
    tap(qtbot, window, window.welcome.sign_in)
    tap(qtbot, window, window.pass_question.no_pass)
    tap(qtbot, window, window.party.role_steppers[Role.CARER].plus)
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


def test_scanning_in_when_already_in_offers_to_sign_out(
    make_kiosk, registered_family, qtbot, store, clock, kiosk
):
    registered, issued = registered_family
    service = VisitService(store, clock)
    service.sign_in(
        kiosk,
        SignIn(
            VisitReason.JUST_VISITING,
            family_id=registered.family_id,
            member_ids=registered.member_ids,
        ),
    )
    window = make_kiosk()
    scan(qtbot, window, window.welcome.scan.field, issued.qr_payload)  # on their way out
    assert window.current_page() is window.household
    assert window.household.already.isVisible()
    tap(qtbot, window, window.household.sign_out)
    assert window.current_page() is window.done
    assert window.done.kind == done_page.SIGNED_OUT
    assert service.who_is_in(kiosk.hub_id) == []


def test_a_family_not_in_yet_is_not_offered_sign_out(make_kiosk, registered_family, qtbot):
    _, issued = registered_family
    window = make_kiosk()
    scan(qtbot, window, window.welcome.scan.field, issued.qr_payload)
    assert not window.household.already.isVisible()
    assert not window.household.sign_out.isVisible()
