"""Hub settings: an administrator chooses and words the family voice questions (issue 23); a
change makes a new version and the answers already given stay with theirs."""

from __future__ import annotations

import uuid

from PySide6.QtWidgets import QLabel
from sqlalchemy import select

from hubdesk.domain.catalogue import Face, VisitReason, VoiceAnswer, VoiceQuestionCode, VoiceSource
from hubdesk.domain.people import Party, Role
from hubdesk.domain.staff import StaffRole
from hubdesk.services.base import Actor
from hubdesk.services.family_voice import Asked, FamilyVoiceService
from hubdesk.services.visits import SignIn, VisitService
from hubdesk.storage.models import VoiceQuestion, VoiceResponse

from .conftest import PINS, click, settle, sign_in, type_into


def _choose(combo, code):  # type: ignore[no-untyped-def]
    combo.setCurrentIndex(combo.findData(code))


def test_admin_changes_the_questions_and_old_answers_keep_their_version(
    make_desk, staff, qtbot, store, clock, identity
):
    window = make_desk()
    sign_in(qtbot, window, staff[StaffRole.ADMIN], PINS[StaffRole.ADMIN])
    assert window.open_page("settings")
    card = window.pages["settings"].voice
    settle(qtbot, window)
    assert "No questions yet" in card.version_label.text()
    assert not card.words[0]["en"].isEnabled()  # not asked: nothing to word
    _choose(card.codes[0], VoiceQuestionCode.GOT_HELP.value)
    _choose(card.codes[1], VoiceQuestionCode.CUSTOM.value)
    click(qtbot, window, card.save)  # a custom question with no words: refused beside it
    error = window.findChild(QLabel, "voiceQuestion2_enError")
    qtbot.waitUntil(lambda: bool(error.text()))
    assert error.isVisible()
    with store.read() as session:
        assert session.scalars(select(VoiceQuestion)).all() == []
    type_into(qtbot, window, card.words[1]["en"], "Was the room warm enough?")
    card.words[1]["pl"].setText("Czy w sali było ciepło?")  # keyClicks cannot type ł
    click(qtbot, window, card.save)
    qtbot.waitUntil(lambda: "Version 1" in card.version_label.text())

    # a family answers version 1 at the kiosk
    kiosk = identity.actor()
    visit = VisitService(store, clock).sign_in(
        kiosk, SignIn(VisitReason.JUST_VISITING, party=Party((Role.MOTHER,)))
    )
    asked = Asked(uuid.uuid4(), VoiceSource.KIOSK, visit_id=visit.visit_id)
    voice = FamilyVoiceService(store, clock)
    voice.rate(kiosk, asked, Face.VERY_HAPPY)
    voice.answer(kiosk, asked, 1, 2, VoiceAnswer.NO)

    # the administrator rewords the second question and drops nothing else
    card.words[1]["en"].clear()
    type_into(qtbot, window, card.words[1]["en"], "Was the hall warm enough?")
    click(qtbot, window, card.save)
    qtbot.waitUntil(lambda: "Version 2" in card.version_label.text())
    assert "version 2" in window.pages["settings"].message.text()
    now = voice.questions(kiosk)
    assert [(q.version, q.code, q.wording.get("en")) for q in now.questions] == [
        (2, VoiceQuestionCode.GOT_HELP, None),
        (2, VoiceQuestionCode.CUSTOM, "Was the hall warm enough?"),
    ]
    with store.read() as session:
        row = session.get(VoiceResponse, asked.response_id)
        assert (row.question_version, row.answer_1, row.answer_2) == (1, None, "no")
        old = session.scalars(select(VoiceQuestion).where(VoiceQuestion.version == 1)).all()
        assert {q.text_en for q in old} == {"", "Was the room warm enough?"}
        assert all(q.retired_at is not None for q in old)


def test_staff_ask_the_questions_at_the_end_of_a_here_to_help_contact(
    make_desk, staff, qtbot, store, clock, identity
):
    from hubdesk.domain.catalogue import ContactChannel, Need, Outcome
    from hubdesk.services.family_voice import QuestionDraft

    admin = Actor(
        identity.device_id, identity.hub_id, identity.site_id, uuid.uuid4(), StaffRole.ADMIN
    )
    FamilyVoiceService(store, clock).set_questions(
        admin, [QuestionDraft(VoiceQuestionCode.GOT_HELP, {})]
    )
    window = make_desk()
    sign_in(qtbot, window, staff[StaffRole.RECEPTION], PINS[StaffRole.RECEPTION])
    window.open_page("help")
    page = window.pages["help"]
    assert not page.voice_ask.isVisible()
    click(qtbot, window, page.channel_buttons[ContactChannel.IN_PERSON])
    click(qtbot, window, page.need_boxes[Need.HOUSING])
    click(qtbot, window, page.outcome_boxes[Outcome.ADVICE])
    click(qtbot, window, page.save_button)
    qtbot.waitUntil(lambda: page.voice_ask.isVisible())
    bar = page.voice_ask
    words, answers = bar.rows[0]
    assert words.text() == "Did you get the help you came for?"
    assert not bar.rows[1][0].isVisible()  # the hub asks one question
    click(qtbot, window, bar.faces[Face.HAPPY])
    click(qtbot, window, bar.faces[Face.VERY_HAPPY])  # changed its mind: the last click wins
    click(qtbot, window, answers[VoiceAnswer.YES])
    settle(qtbot, window)
    with store.read() as session:
        [row] = session.scalars(select(VoiceResponse)).all()
        assert (row.source, row.reason, row.rating, row.question_version, row.answer_1) == (
            "desk", "here_to_help", 4, 1, "yes",
        )  # fmt: skip
    click(qtbot, window, bar.done)
    assert not bar.isVisible()
