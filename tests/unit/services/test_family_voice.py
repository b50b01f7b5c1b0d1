"""Family voice (issue 23): the service's rules, on a real store."""

from __future__ import annotations

import uuid
from datetime import date

import pytest
from sqlalchemy import select

from hubdesk.domain.catalogue import Face, VisitReason, VoiceAnswer, VoiceQuestionCode, VoiceSource
from hubdesk.domain.errors import CombinedValidationError, PermissionDeniedError, ValidationError
from hubdesk.domain.people import Party, Role
from hubdesk.domain.staff import StaffRole
from hubdesk.services.base import Actor
from hubdesk.services.contacts import ContactIn, ContactService
from hubdesk.services.family_voice import Asked, FamilyVoiceService, QuestionDraft, new_response_id
from hubdesk.services.visits import SignIn, VisitService
from hubdesk.storage.models import OutboxEvent, VoiceQuestion, VoiceResponse
from hubdesk.storage.snapshots import snapshot

TODAY = date(2026, 6, 16)


@pytest.fixture
def voice(store, clock):
    return FamilyVoiceService(store, clock)


@pytest.fixture
def admin(identity):
    return Actor(
        identity.device_id, identity.hub_id, identity.site_id, uuid.uuid4(), StaffRole.ADMIN
    )


def _visit(store, clock, actor, reason=VisitReason.JUST_VISITING):
    party = Party(adults=(Role.MOTHER,))
    return VisitService(store, clock).sign_in(actor, SignIn(reason, party=party)).visit_id


def test_a_face_tapped_again_changes_one_answer_the_last_tap_wins(store, clock, kiosk, voice):
    visit_id = _visit(store, clock, kiosk)
    asked = Asked(new_response_id(), VoiceSource.KIOSK, visit_id=visit_id)
    voice.rate(kiosk, asked, Face.VERY_HAPPY)
    voice.rate(kiosk, asked, Face.UNHAPPY)
    voice.rate(kiosk, asked, Face.HAPPY)
    with store.read() as session:
        rows = session.scalars(select(VoiceResponse)).all()
        assert len(rows) == 1
        row = rows[0]
        assert row.rating == Face.HAPPY
        assert (row.day, row.reason, row.source) == (TODAY, "just_visiting", "kiosk")
        assert row.site_id == kiosk.site_id
        events = session.scalars(
            select(OutboxEvent).where(OutboxEvent.entity == "voice_response")
        ).all()
        assert len(events) == 3  # each tap syncs; the latest by clock stamp wins everywhere
        _entity, footfall, personal = snapshot(row)
        # anonymous: nothing about the family, the visit or the time of day
        assert personal == {}
        assert str(visit_id) not in str(footfall)
        assert "family_id" not in footfall
        assert "visit_id" not in footfall
        assert footfall["day"] == "2026-06-16"


def test_bad_faces_and_answers_are_refused(store, clock, kiosk, voice, admin):
    visit_id = _visit(store, clock, kiosk)
    asked = Asked(new_response_id(), VoiceSource.KIOSK, visit_id=visit_id)
    with pytest.raises(ValidationError) as err:
        voice.rate(kiosk, asked, 5)
    assert err.value.field == "rating"
    with pytest.raises(ValidationError) as err:
        voice.answer(kiosk, asked, 1, 1, VoiceAnswer.YES)  # the hub has no questions
    assert err.value.field == "question"
    voice.set_questions(admin, [QuestionDraft(VoiceQuestionCode.GOT_HELP, {})])
    with pytest.raises(ValidationError) as err:
        voice.answer(kiosk, asked, 1, 1, "maybe")
    assert err.value.field == "answer"
    with store.read() as session:
        assert session.scalars(select(VoiceResponse)).all() == []


def test_questions_come_in_versions_and_old_answers_keep_theirs(store, clock, kiosk, voice, admin):
    assert voice.questions(kiosk).version == 0
    v1 = voice.set_questions(
        admin,
        [
            QuestionDraft(VoiceQuestionCode.GOT_HELP, {}),
            QuestionDraft(VoiceQuestionCode.TELL_FRIEND, {}),
        ],
    )
    assert v1 == 1
    # the same questions again: no new version
    assert (
        voice.set_questions(
            admin,
            [
                QuestionDraft(VoiceQuestionCode.GOT_HELP, {}),
                QuestionDraft(VoiceQuestionCode.TELL_FRIEND, {}),
            ],
        )
        == 1
    )
    asked = Asked(new_response_id(), VoiceSource.KIOSK, visit_id=_visit(store, clock, kiosk))
    voice.rate(kiosk, asked, Face.VERY_HAPPY)
    voice.answer(kiosk, asked, 1, 1, VoiceAnswer.YES)
    voice.answer(kiosk, asked, 1, 2, VoiceAnswer.PARTLY)
    v2 = voice.set_questions(
        admin,
        [
            QuestionDraft(
                VoiceQuestionCode.CUSTOM, {"en": "Was the room warm enough?", "pl": "Ciepło?"}
            )
        ],
    )
    assert v2 == 2
    now = voice.questions(kiosk)
    assert now.version == 2
    assert [(q.code, q.wording) for q in now.questions] == [
        (VoiceQuestionCode.CUSTOM, {"en": "Was the room warm enough?", "pl": "Ciepło?"})
    ]
    with store.read() as session:
        old = session.scalars(select(VoiceQuestion).where(VoiceQuestion.version == 1)).all()
        assert len(old) == 2
        assert all(q.retired_at is not None for q in old)
        row = session.get(VoiceResponse, asked.response_id)
        assert (row.question_version, row.answer_1, row.answer_2) == (1, "yes", "partly")
    history = voice.question_history(admin)
    assert [(q.version, q.position) for q in history] == [(1, 1), (1, 2), (2, 1)]
    # a family answering across the change: the new version's answer replaces the old ones, and
    # a late answer to the old words is refused rather than wiping the new one
    voice.answer(kiosk, asked, 2, 1, VoiceAnswer.NO)
    with pytest.raises(ValidationError) as refused:
        voice.answer(kiosk, asked, 1, 2, VoiceAnswer.YES)
    assert refused.value.code == "stale"
    with store.read() as session:
        row = session.get(VoiceResponse, asked.response_id)
        assert (row.question_version, row.answer_1, row.answer_2) == (2, "no", None)


def test_a_custom_question_needs_english_words_and_only_admins_set_questions(
    voice, admin, reception
):
    with pytest.raises(ValidationError) as err:
        voice.set_questions(admin, [QuestionDraft(VoiceQuestionCode.CUSTOM, {"pl": "Tak?"})])
    assert err.value.field == "question_1_en"
    with pytest.raises(CombinedValidationError):
        voice.set_questions(
            admin,
            [
                QuestionDraft(VoiceQuestionCode.CUSTOM, {}),
                QuestionDraft(VoiceQuestionCode.CUSTOM, {"en": "x" * 161}),
            ],
        )
    with pytest.raises(ValidationError) as err:
        voice.set_questions(admin, [QuestionDraft(VoiceQuestionCode.GOT_HELP, {})] * 3)
    assert err.value.field == "questions"
    with pytest.raises(PermissionDeniedError):
        voice.set_questions(reception, [QuestionDraft(VoiceQuestionCode.GOT_HELP, {})])
    assert voice.questions(reception).version == 0


def test_staff_ask_at_the_end_of_a_here_to_help_contact(store, clock, reception, voice, admin):
    from hubdesk.domain.catalogue import ContactChannel, Need, Outcome

    voice.set_questions(admin, [QuestionDraft(VoiceQuestionCode.GOT_HELP, {})])
    contact_id = ContactService(store, clock).log(
        reception, ContactIn(ContactChannel.IN_PERSON, (Need.HOUSING,), (Outcome.ADVICE,))
    )
    asked = Asked(new_response_id(), VoiceSource.DESK, contact_id=contact_id)
    voice.rate(reception, asked, Face.HAPPY)
    voice.answer(reception, asked, 1, 1, VoiceAnswer.NO)
    with store.read() as session:
        row = session.get(VoiceResponse, asked.response_id)
        assert (row.source, row.reason, row.rating, row.answer_1) == (
            "desk",
            "here_to_help",
            3,
            "no",
        )


def test_the_desk_report_shows_family_voice_in_full_and_published(
    store, clock, kiosk, voice, admin
):
    from hubdesk.services.reports import ReportService
    from hubdesk.ui.reports.report_tables import ReportWords, tables_of

    voice.set_questions(admin, [QuestionDraft(VoiceQuestionCode.CUSTOM, {"en": "Warm?"})])
    faces = [Face.VERY_HAPPY, Face.HAPPY, Face.HAPPY, Face.UNHAPPY, Face.VERY_HAPPY, None]
    for i, face in enumerate(faces):
        asked = Asked(new_response_id(), VoiceSource.KIOSK, visit_id=_visit(store, clock, kiosk))
        if face is not None:
            voice.rate(kiosk, asked, face)
        if i < 4:
            voice.answer(kiosk, asked, 1, 1, VoiceAnswer.YES if i % 2 == 0 else VoiceAnswer.NO)
    reports = ReportService(store, clock)
    exact = reports.hub_report(kiosk.hub_id, TODAY, TODAY)
    v = exact.voice
    assert v is not None
    assert (v.total.answers, v.total.rated, v.total.happy, v.total.face_2) == (5, 5, 4, 1)
    assert (v.total.q1, v.total.q1_yes, v.total.q1_no) == (4, 2, 2)
    assert {k: c.answers for k, c in v.by_reason.items()} == {"just_visiting": 5}
    w = ReportWords()
    tables = {t.name: t for t in tables_of(exact, w, suppressed=False)}
    assert tables[w.voice].rows == [[w.voice, 5, 5, 2, 2, 1, 0, 0.8]]
    assert tables[w.voice_questions].rows == [[1, "Warm?", 4, 2, 0, 2, 0.5]]
    assert tables[w.voice_by_site].rows[0][0] == "Riverside Family Hub"
    shared = reports.published(exact)
    assert shared.voice is not None
    # Published figures are sums of atoms (hub, month, question version; docs/measures.md),
    # each within 4 of its truth. Here two atoms: the answers to version 1, and the face given
    # without answering (no version), so the total is within 8 (seen in CI: 0 against 5).
    for name, value in shared.voice.total.__dict__.items():
        assert value % 5 == 0, name
        assert abs(value - getattr(v.total, name)) <= 8, name
    assert shared.voice.by_version.keys() == v.by_version.keys()
    for key, published in shared.voice.by_version.items():  # one atom each here
        for name, value in published.__dict__.items():
            assert abs(value - getattr(v.by_version[key], name)) <= 4, (key, name)
    assert reports.published(exact) == shared  # the same figures every time
    shown = {t.name: t for t in tables_of(shared, w, suppressed=True)}
    for row in shown[w.voice].rows + shown[w.voice_questions].rows:
        for cell in row[1:]:
            if isinstance(cell, int):  # counts (a float is a share, a str "<5" or words)
                assert cell % 5 == 0, row
