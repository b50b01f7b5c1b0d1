"""Every kiosk flow with fingers alone, in English and in Arabic: no physical keyboard, no
operating-system keyboard. Every field is filled by tapping the kiosk's own keys (the pass-code
pad, the postcode pad, the date picker, the name keyboard), and the test fails if a single key or
input-method event reaches the application."""

from __future__ import annotations

from datetime import date

import pytest
from kiosk_checks import NoKeyEvents, pick_date, tap, type_on
from PySide6.QtWidgets import QApplication
from sqlalchemy import select

from hubdesk.domain.catalogue import VisitReason
from hubdesk.domain.people import AgeBand, Role
from hubdesk.services.alerts import AlertService
from hubdesk.services.passes import PassService
from hubdesk.services.visits import VisitService
from hubdesk.storage.models import OutboxEvent, Visit
from hubdesk.ui.kiosk import done_page, private_word_page
from hubdesk.ui.widgets.bidi import strip_isolates

# a mother and two children, named in the kiosk language's own script
NAMES = {"en": ("Maria", "Ana", "Luca"), "ar": ("مريم", "آمنة", "يوسف")}
LANGUAGES = pytest.mark.parametrize("lang", ["en", "ar"])


@pytest.fixture
def no_keys(qapp):
    """Fails the test if a key (or input-method) event reaches any widget."""
    guard = NoKeyEvents()
    qapp.installEventFilter(guard)
    yield guard
    QApplication.instance().removeEventFilter(guard)
    assert guard.seen == [], guard.seen[:5]


def visits(store) -> list[Visit]:
    with store.read() as session:
        return list(session.scalars(select(Visit).order_by(Visit.signed_in_at)))


def _who_is_here(qtbot, w) -> None:
    tap(qtbot, w, w.welcome.sign_in)
    tap(qtbot, w, w.pass_question.no_pass)
    tap(qtbot, w, w.party.role_steppers[Role.MOTHER].plus)
    tap(qtbot, w, w.party.next)
    tap(qtbot, w, w.party.band_steppers[AgeBand.B2_4].plus)
    tap(qtbot, w, w.party.band_steppers[AgeBand.B5_11].plus)
    tap(qtbot, w, w.party.next)
    tap(qtbot, w, w.reason.reason_tiles[VisitReason.JUST_VISITING])


@LANGUAGES
def test_anonymous_household_with_a_postcode(lang, make_kiosk, qtbot, store, no_keys):
    w = make_kiosk(lang=lang)
    _who_is_here(qtbot, w)
    type_on(qtbot, w, w.about.pad, "NE1 4XF")
    assert w.about.postcode.text() == "NE1 4XF"
    tap(qtbot, w, w.about.first_yes)
    tap(qtbot, w, w.about.next)
    tap(qtbot, w, w.privacy.anonymous)
    assert w.current_page() is w.done
    [visit] = visits(store)
    assert (visit.people, visit.postcode_district, visit.family_id) == (3, "NE1", None)


@LANGUAGES
def test_register_a_household_with_names_and_dates_of_birth(
    lang, make_kiosk, qtbot, store, clock, kiosk, no_keys
):
    mum, first, second = NAMES[lang]
    w = make_kiosk(lang=lang)
    _who_is_here(qtbot, w)
    tap(qtbot, w, w.about.next)
    tap(qtbot, w, w.privacy.register)
    assert w.name_page.keyboard.layout_code() == lang  # the keyboard of the kiosk language
    for name, born in ((mum, None), (first, date(2023, 4, 3)), (second, date(2018, 9, 19))):
        assert w.current_page() is w.name_page
        type_on(qtbot, w, w.name_page.keyboard, name)
        # the field is never covered: it sits above its keyboard, both on show
        field = w.name_page.field.geometry()
        keys = w.name_page.keyboard.geometry()
        assert field.bottom() < keys.top()
        tap(qtbot, w, w.name_page.keyboard.action_key)
        if born is not None:
            assert w.current_page() is w.birth_date
            pick_date(qtbot, w, w.birth_date.picker, born)
            tap(qtbot, w, w.birth_date.next)
    assert w.current_page() is w.check
    tap(qtbot, w, w.check.submit)
    assert w.current_page() is w.pass_card
    [visit] = visits(store)
    assert visit.names == f"{mum}, {first}, {second}"
    household = PassService(store, clock).find_by_scan(kiosk, w.pass_card.code.text())
    assert [m.first_name for m in household.members] == [mum, first, second]


@LANGUAGES
def test_a_typed_pass_code(lang, make_kiosk, registered_family, qtbot, store, no_keys):
    _, issued = registered_family
    w = make_kiosk(lang=lang)
    tap(qtbot, w, w.welcome.sign_in)
    tap(qtbot, w, w.pass_question.scan.type_code)
    type_on(qtbot, w, w.pass_code.pad, issued.short_code.replace("-", ""))
    tap(qtbot, w, w.pass_code.pad.action_key)
    assert w.current_page() is w.household
    names = [strip_isolates(t.label_text()) for _, t in w.household.tiles]
    assert names == ["Amira", "Omar", "Zara", "Yusuf"]
    tap(qtbot, w, w.household.next)
    tap(qtbot, w, w.reason.reason_tiles[VisitReason.JUST_VISITING])
    assert w.current_page() is w.done
    assert len(visits(store)) == 1


@LANGUAGES
def test_sign_in_then_sign_out_by_number(lang, make_kiosk, qtbot, store, clock, kiosk, no_keys):
    w = make_kiosk(lang=lang)
    _who_is_here(qtbot, w)
    tap(qtbot, w, w.about.next)
    tap(qtbot, w, w.privacy.anonymous)
    number = w.done.leave_code
    assert number is not None
    assert w.done.number_card.isVisible()
    tap(qtbot, w, w.done.finish)
    tap(qtbot, w, w.welcome.sign_out)
    tile = w.sign_out.tile_for(number)
    assert tile is not None
    tap(qtbot, w, tile)
    tap(qtbot, w, w.leaving.yes)
    assert w.done.kind == done_page.SIGNED_OUT
    assert VisitService(store, clock).who_is_in(kiosk.hub_id) == []


@LANGUAGES
def test_a_new_baby_added_on_the_screen(lang, make_kiosk, registered_family, qtbot, store, no_keys):
    _, issued = registered_family
    w = make_kiosk(lang=lang)
    tap(qtbot, w, w.welcome.scan.type_code)
    type_on(qtbot, w, w.pass_code.pad, issued.short_code.replace("-", ""))
    tap(qtbot, w, w.pass_code.pad.action_key)
    tap(qtbot, w, w.household.add_child)
    type_on(qtbot, w, w.name_page.keyboard, NAMES[lang][1])
    tap(qtbot, w, w.name_page.keyboard.action_key)
    pick_date(qtbot, w, w.birth_date.picker, date(2026, 5, 1))
    tap(qtbot, w, w.birth_date.next)
    tap(qtbot, w, w.household.next)
    tap(qtbot, w, w.reason.reason_tiles[VisitReason.JUST_VISITING])
    [visit] = visits(store)
    assert visit.people == 5


@LANGUAGES
def test_asking_to_speak_to_someone(lang, make_kiosk, qtbot, store, clock, reception, no_keys):
    def pushed() -> None:  # what the sync engine does once the service acknowledged the push
        from sqlalchemy import update

        with store.write() as session:
            session.execute(update(OutboxEvent).values(state="sent"))

    w = make_kiosk(lang=lang, request_sync=pushed)
    tap(qtbot, w, w.private_word_button)
    tap(qtbot, w, w.ask.ask)
    qtbot.waitUntil(lambda: w.private_word.state == private_word_page.SENT, timeout=5_000)
    assert len(AlertService(store, clock).recent(reception)) == 1


def test_the_guard_sees_a_key_press(make_kiosk, qtbot, qapp):
    """The guard above can fail: a key typed into a field is seen."""
    from PySide6.QtCore import Qt

    w = make_kiosk()
    guard = NoKeyEvents()
    qapp.installEventFilter(guard)
    try:
        qtbot.keyClick(w.welcome.scan.field, Qt.Key.Key_A)
    finally:
        qapp.removeEventFilter(guard)
    assert any("KeyPress" in seen for seen in guard.seen)


def _where(widget) -> tuple[int, int]:
    at = widget.mapTo(widget.window(), widget.rect().topLeft())
    return at.x(), at.y()


@pytest.mark.parametrize("lang", ["en", "pl", "ur"])
def test_keys_stay_under_the_finger(lang, make_kiosk, qtbot, no_keys):
    """A problem showing or going, or other letters on show, never moves a key: the next tap
    lands where the finger expects it."""
    w = make_kiosk(lang=lang)
    _who_is_here(qtbot, w)
    tap(qtbot, w, w.about.next)
    tap(qtbot, w, w.privacy.register)
    keyboard = w.name_page.keyboard
    bottom_row = (keyboard.action_key, keyboard.space_key, keyboard.delete_key, keyboard.script_key)
    first_letter = keyboard.letter_keys()[-1]
    before = [_where(k) for k in (*bottom_row, first_letter)]
    tap(qtbot, w, keyboard.action_key)  # no name yet: a problem shows
    assert w.name_page.problem.text()
    assert [_where(k) for k in (*bottom_row, first_letter)] == before
    tap(qtbot, w, first_letter)  # typing clears it
    assert not w.name_page.problem.text()
    assert [_where(k) for k in (*bottom_row, first_letter)] == before
    tap(qtbot, w, keyboard.script_key)  # other letters (Arabic, or English from Urdu)
    assert [_where(k) for k in bottom_row] == before[: len(bottom_row)]
    if keyboard.accents_key.isVisible():
        tap(qtbot, w, keyboard.accents_key)
        assert [_where(k) for k in bottom_row] == before[: len(bottom_row)]
    # the date picker: a problem shows under it, above the typed date, not above the keys
    tap(qtbot, w, keyboard.action_key)
    type_on(qtbot, w, keyboard, "Ana")
    tap(qtbot, w, keyboard.action_key)
    assert w.current_page() is w.birth_date
    picker = w.birth_date.picker
    year = next(iter(picker.year_keys.values()))
    was = _where(year), _where(w.birth_date.next)
    tap(qtbot, w, w.birth_date.next)  # no date yet
    assert w.birth_date.problem.text()
    assert (_where(year), _where(w.birth_date.next)) == was


def test_a_new_name_starts_on_the_plain_letters(make_kiosk, qtbot, no_keys):
    w = make_kiosk()
    _who_is_here(qtbot, w)
    tap(qtbot, w, w.about.next)
    tap(qtbot, w, w.privacy.register)
    type_on(qtbot, w, w.name_page.keyboard, "Zoë")  # goes to the accents and stays there
    tap(qtbot, w, w.name_page.keyboard.action_key)
    assert w.name_page.keyboard.layout_code() == "en"
