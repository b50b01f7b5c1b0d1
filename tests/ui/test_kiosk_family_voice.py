"""Family voice on the kiosk (issue 23), by taps: rate and leave in one tap, leave without
rating in no extra tap, a child tapping faces counts once (the last face wins), the follow-up
questions, and a kiosk left on them resets like any other screen."""

from __future__ import annotations

import dataclasses
import uuid

import pytest
from kiosk_checks import TapCounter, settle, tap
from PySide6.QtWidgets import QApplication
from sqlalchemy import select

from hubdesk.domain.catalogue import Face, VisitReason, VoiceAnswer, VoiceQuestionCode
from hubdesk.domain.people import Party, Role
from hubdesk.domain.staff import StaffRole
from hubdesk.services.base import Actor
from hubdesk.services.family_voice import FamilyVoiceService, QuestionDraft
from hubdesk.services.visits import SignIn, VisitService
from hubdesk.storage.models import VoiceResponse

SIGN_OUT_BY_NUMBER_TAPS = 3  # as in test_kiosk_taps.py


@pytest.fixture
def taps(qapp):
    counter = TapCounter()
    qapp.installEventFilter(counter)
    yield counter
    QApplication.instance().removeEventFilter(counter)


@pytest.fixture
def signed_in_party(store, clock, kiosk):
    return VisitService(store, clock).sign_in(
        kiosk, SignIn(VisitReason.JUST_VISITING, party=Party((Role.CARER,)))
    )


@pytest.fixture
def admin(identity):
    return Actor(
        identity.device_id, identity.hub_id, identity.site_id, uuid.uuid4(), StaffRole.ADMIN
    )


def responses(store):
    with store.read() as session:
        return [
            (r.rating, r.reason, r.question_version, r.answer_1, r.answer_2)
            for r in session.scalars(select(VoiceResponse))
        ]


def sign_out_by_number(qtbot, window):
    tap(qtbot, window, window.welcome.sign_out)
    tap(qtbot, window, window.sign_out.parties[0][1])
    tap(qtbot, window, window.leaving.yes)
    assert window.current_page() is window.done


def test_rate_and_leave_in_one_tap(make_kiosk, signed_in_party, qtbot, store, taps):
    window = make_kiosk()
    taps.taps = 0
    sign_out_by_number(qtbot, window)
    assert window.done.faces.isVisible()
    tap(qtbot, window, window.done.faces.faces[Face.VERY_HAPPY])
    assert taps.taps == SIGN_OUT_BY_NUMBER_TAPS + 1
    assert responses(store) == [(4, "just_visiting", None, None, None)]
    # the hub has no follow-up questions: nothing more is offered
    assert not window.done.faces.questions_button.isVisible()


def test_leave_without_rating_in_no_extra_tap(
    make_kiosk, fast_settings, signed_in_party, qtbot, store, taps
):
    window = make_kiosk(settings=dataclasses.replace(fast_settings, done_ms=300))
    taps.taps = 0
    sign_out_by_number(qtbot, window)
    qtbot.waitUntil(lambda: window.current_page() is window.welcome)
    assert taps.taps == SIGN_OUT_BY_NUMBER_TAPS
    assert responses(store) == []


def test_a_child_tapping_faces_counts_once_the_last_face_wins(
    make_kiosk, signed_in_party, qtbot, store
):
    window = make_kiosk()
    sign_out_by_number(qtbot, window)
    for face in (Face.VERY_HAPPY, Face.VERY_UNHAPPY, Face.HAPPY, Face.UNHAPPY, Face.HAPPY):
        tap(qtbot, window, window.done.faces.faces[face])
    assert responses(store) == [(3, "just_visiting", None, None, None)]
    assert window.done.faces.faces[Face.HAPPY].isChecked()
    assert not window.done.faces.faces[Face.UNHAPPY].isChecked()


def test_the_faces_show_on_the_signed_in_screen_too(make_kiosk, qtbot, store, taps):
    window = make_kiosk()
    tap(qtbot, window, window.welcome.sign_in)
    tap(qtbot, window, window.pass_question.no_pass)
    tap(qtbot, window, window.party.role_steppers[Role.FATHER].plus)
    tap(qtbot, window, window.party.next)
    tap(qtbot, window, window.party.next)
    tap(qtbot, window, window.reason.reason_tiles[VisitReason.HERE_TO_HELP])
    tap(qtbot, window, window.about.next)
    tap(qtbot, window, window.privacy.anonymous)
    assert window.current_page() is window.done
    assert window.done.number_card.isVisible()
    assert window.done.faces.isVisible()
    tap(qtbot, window, window.done.faces.faces[Face.UNHAPPY])
    assert responses(store) == [(2, "here_to_help", None, None, None)]


def test_after_signing_in_the_thanks_does_not_say_goodbye(make_kiosk, qtbot, store, clock, admin):
    """A family that answers the questions just after signing in is staying: the thanks wishes
    them a good visit instead of seeing them off (found trying the demo kiosk in Polish)."""
    FamilyVoiceService(store, clock).set_questions(
        admin, [QuestionDraft(VoiceQuestionCode.GOT_HELP, {})]
    )
    window = make_kiosk()
    tap(qtbot, window, window.welcome.sign_in)
    tap(qtbot, window, window.pass_question.no_pass)
    tap(qtbot, window, window.party.role_steppers[Role.MOTHER].plus)
    tap(qtbot, window, window.party.next)
    tap(qtbot, window, window.party.next)
    tap(qtbot, window, window.reason.reason_tiles[VisitReason.JUST_VISITING])
    tap(qtbot, window, window.about.next)
    tap(qtbot, window, window.privacy.anonymous)
    tap(qtbot, window, window.done.faces.faces[Face.VERY_HAPPY])
    qtbot.waitUntil(window.done.faces.questions_button.isVisible)
    tap(qtbot, window, window.done.faces.questions_button)
    tap(qtbot, window, window.voice.answers[VoiceAnswer.YES])
    assert window.voice.done
    assert window.voice.subtitle.text() == "Enjoy the rest of your visit!"


def test_answering_the_follow_up_questions(make_kiosk, signed_in_party, qtbot, store, clock, admin):
    FamilyVoiceService(store, clock).set_questions(
        admin,
        [
            QuestionDraft(VoiceQuestionCode.GOT_HELP, {}),
            QuestionDraft(VoiceQuestionCode.CUSTOM, {"en": "Was it warm enough?"}),
        ],
    )
    window = make_kiosk()
    sign_out_by_number(qtbot, window)
    assert not window.done.faces.questions_button.isVisible()  # only after a face
    tap(qtbot, window, window.done.faces.faces[Face.HAPPY])
    tap(qtbot, window, window.done.faces.questions_button)
    assert window.current_page() is window.voice
    assert window.voice.title.text() == "Did you get the help you came for?"
    tap(qtbot, window, window.voice.answers[VoiceAnswer.YES])
    assert window.voice.title.text() == "Was it warm enough?"
    tap(qtbot, window, window.voice.answers[VoiceAnswer.PARTLY])
    assert window.voice.done
    assert window.voice.subtitle.text() == "Goodbye, and see you soon!"  # they signed out
    assert responses(store) == [(3, "just_visiting", 1, "yes", "partly")]
    tap(qtbot, window, window.voice.skip)
    assert window.current_page() is window.welcome


def test_the_questions_are_in_the_kiosk_language(
    make_kiosk, signed_in_party, qtbot, store, clock, admin
):
    FamilyVoiceService(store, clock).set_questions(
        admin,
        [
            QuestionDraft(VoiceQuestionCode.TELL_FRIEND, {}),
            QuestionDraft(VoiceQuestionCode.CUSTOM, {"en": "Warm enough?", "pl": "Było ciepło?"}),
        ],
    )
    window = make_kiosk(lang="pl")
    sign_out_by_number(qtbot, window)
    tap(qtbot, window, window.done.faces.faces[Face.VERY_HAPPY])
    tap(qtbot, window, window.done.faces.questions_button)
    english = "Would you tell a friend about the hub?"
    assert window.voice.title.text() not in ("", english)  # the Polish words
    tap(qtbot, window, window.voice.answers[VoiceAnswer.NO])
    assert window.voice.title.text() == "Było ciepło?"


def test_a_kiosk_left_on_the_questions_resets(
    make_kiosk, fast_settings, signed_in_party, qtbot, store, clock, admin
):
    FamilyVoiceService(store, clock).set_questions(
        admin, [QuestionDraft(VoiceQuestionCode.FELT_WELCOME, {})]
    )
    window = make_kiosk(settings=dataclasses.replace(fast_settings, idle_ms=1500, warn_ms=500))
    sign_out_by_number(qtbot, window)
    tap(qtbot, window, window.done.faces.faces[Face.VERY_HAPPY])
    tap(qtbot, window, window.done.faces.questions_button)
    assert window.current_page() is window.voice
    qtbot.waitUntil(lambda: window.current_page() is window.welcome)
    settle(qtbot, window)
    assert window.voice.question_set.questions == ()  # cleared
    assert responses(store) == [(4, "just_visiting", None, None, None)]
