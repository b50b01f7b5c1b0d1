"""Family voice (issue 23): "how was today?" in one tap, and the hub's follow-up questions.

An answer is anonymous: it names no family, visit or member and holds no free text. It is tied
to the site, the local day (not the time), the activity or reason of the visit and where it was
given (the kiosk, or staff at the end of a Here to Help contact). The kiosk passes the visit so
that the service can read those from it; the visit's id is not kept.

One answer per visit: the kiosk makes the answer's id when it shows the faces and keeps it while
the family is on the screen, so a child tapping faces again and again changes one row: the last
tap wins. Answers to the follow-up questions go on the same row.

The hub's questions come in numbered versions: changing them (`set_questions`) retires the
current questions and writes the new ones under the next version, so every answer stays with the
words it answered and results are compared only within a version (docs/measures.md).
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from hubdesk.domain.catalogue import (
    Face,
    VisitReason,
    VoiceAnswer,
    VoiceQuestionCode,
    VoiceSource,
)
from hubdesk.domain.errors import Problems, ValidationError
from hubdesk.domain.ids import uuid7
from hubdesk.domain.staff import Permission
from hubdesk.domain.text import clean_text
from hubdesk.services.base import Actor, Service, check, get_or_404, local_day
from hubdesk.storage import outbox
from hubdesk.storage.models import Contact, Visit, VoiceQuestion, VoiceResponse

MAX_QUESTIONS = 2
WORDING_MAX = 160
LANGUAGES: tuple[str, ...] = ("en", "pl", "ro", "ur", "ar")


@dataclass(frozen=True)
class QuestionDraft:
    """A question as an administrator sets it: a code, and for `custom` its words in every
    kiosk language (for the others, words given replace the kiosk's own)."""

    code: VoiceQuestionCode
    wording: dict[str, str]


@dataclass(frozen=True)
class Question:
    id: uuid.UUID
    version: int
    position: int
    code: VoiceQuestionCode
    wording: dict[str, str]  # language -> words; a missing language: the kiosk's own words


@dataclass(frozen=True)
class QuestionSet:
    version: int  # 0: the hub never set questions
    questions: tuple[Question, ...]


@dataclass(frozen=True)
class Asked:
    """Where an answer comes from (what the kiosk or desk tells the service)."""

    response_id: uuid.UUID
    source: VoiceSource
    visit_id: uuid.UUID | None = None
    contact_id: uuid.UUID | None = None


def new_response_id() -> uuid.UUID:
    """The id of an answer, made when the faces are shown (taps then change one row)."""
    return uuid7()


def _question(row: VoiceQuestion) -> Question:
    wording = {
        lang: getattr(row, f"text_{lang}") for lang in LANGUAGES if getattr(row, f"text_{lang}")
    }
    return Question(row.id, row.version, row.position, VoiceQuestionCode(row.code), wording)


class FamilyVoiceService(Service):
    # -- the hub's questions ------------------------------------------------------------------

    def questions(self, actor: Actor) -> QuestionSet:
        """The hub's questions in force (a kiosk may read them)."""
        with self.store.read() as session:
            return self._current(session, actor.hub_id)

    def question_history(self, actor: Actor) -> list[Question]:
        """Every question the hub has asked, every version, oldest first (for reports)."""
        check(actor, Permission.VIEW_REPORTS)
        with self.store.read() as session:
            rows = session.scalars(
                select(VoiceQuestion)
                .where(VoiceQuestion.hub_id == actor.hub_id)
                .order_by(VoiceQuestion.version, VoiceQuestion.position)
            )
            return [_question(r) for r in rows]

    def set_questions(self, actor: Actor, drafts: list[QuestionDraft]) -> int:
        """Make `drafts` (none to two) the hub's questions. A change retires the questions in
        force and writes these as the next version (returned); the same questions again change
        nothing. A custom question needs its words in English at least; the other languages
        fall back to English on the kiosk. Needs ADMINISTER."""
        check(actor, Permission.ADMINISTER)
        problems = Problems()
        if len(drafts) > MAX_QUESTIONS:
            problems.add(
                ValidationError("questions", "too_many", f"at most {MAX_QUESTIONS} questions")
            )
        cleaned: list[tuple[VoiceQuestionCode, dict[str, str]]] = []
        for n, draft in enumerate(drafts[:MAX_QUESTIONS], start=1):
            wording: dict[str, str] = {}
            for lang in LANGUAGES:
                field = f"question_{n}_{lang}"
                try:
                    text = clean_text(draft.wording.get(lang, ""), field, max_len=WORDING_MAX)
                except ValidationError as exc:
                    problems.add(exc)
                    continue
                if text:
                    wording[lang] = text
            if draft.code is VoiceQuestionCode.CUSTOM and "en" not in wording:
                problems.add(
                    ValidationError(f"question_{n}_en", "required", "needs the question's words")
                )
            cleaned.append((draft.code, wording))
        problems.raise_if_any()
        now = self.now()
        with self.store.write() as session:
            current = self._current(session, actor.hub_id)
            if [(q.code, q.wording) for q in current.questions] == cleaned:
                return current.version
            for question in current.questions:
                row = session.get(VoiceQuestion, question.id)
                assert row is not None
                row.retired_at = now
                row.updated_at = now
                outbox.record(session, row, "upsert", now)
            top = session.scalar(
                select(func.max(VoiceQuestion.version)).where(VoiceQuestion.hub_id == actor.hub_id)
            )
            version = (top or 0) + 1
            for position, (code, wording) in enumerate(cleaned, start=1):
                row = VoiceQuestion(
                    id=uuid7(),
                    hub_id=actor.hub_id,
                    version=version,
                    position=position,
                    code=code.value,
                    **{f"text_{lang}": wording.get(lang, "") for lang in LANGUAGES},
                    created_at=now,
                    retired_at=None,
                    updated_at=now,
                )
                session.add(row)
                outbox.record(session, row, "upsert", now)
            self._audit(
                session, actor, "voice.questions_changed", "hub", actor.hub_id,
                version=version, questions=len(cleaned),
            )  # fmt: skip
            return version

    @staticmethod
    def _current(session: Session, hub_id: uuid.UUID) -> QuestionSet:
        rows = list(
            session.scalars(
                select(VoiceQuestion)
                .where(VoiceQuestion.hub_id == hub_id, VoiceQuestion.retired_at.is_(None))
                .order_by(VoiceQuestion.version.desc(), VoiceQuestion.position)
            )
        )
        if rows:
            # two devices' changes crossing in sync could leave two versions unretired: the
            # newest is in force
            top = rows[0].version
            chosen = [r for r in rows if r.version == top]
            return QuestionSet(top, tuple(_question(r) for r in chosen))
        latest = session.scalar(
            select(func.max(VoiceQuestion.version)).where(VoiceQuestion.hub_id == hub_id)
        )
        return QuestionSet(latest or 0, ())

    # -- answers ------------------------------------------------------------------------------

    def rate(self, actor: Actor, asked: Asked, face: Face | int) -> None:
        """Record today's face for a visit or contact; tapped again, the last face wins."""
        check(actor, Permission.LOG_CONTACTS, kiosk_ok=True)
        try:
            rating = Face(int(face))
        except ValueError:
            raise ValidationError("rating", "unknown", "is not one of the faces") from None
        with self.store.write() as session:
            row = self._response(session, actor, asked)
            if row.rating == rating.value:
                return
            row.rating = rating.value
            row.updated_at = self.now()
            outbox.record(session, row, "upsert", row.updated_at)

    def answer(
        self, actor: Actor, asked: Asked, version: int, position: int, answer: VoiceAnswer | str
    ) -> None:
        """Record the answer to question `position` of the hub's question set `version`; tapped
        again, the last answer wins. Answers to an older version than the one the row holds are
        refused (each answer stays with the words it answered)."""
        check(actor, Permission.LOG_CONTACTS, kiosk_ok=True)
        try:
            value = VoiceAnswer(answer)
        except ValueError:
            raise ValidationError("answer", "unknown", "is not yes, partly or no") from None
        if position not in range(1, MAX_QUESTIONS + 1):
            raise ValidationError("question", "unknown", "is not one of the hub's questions")
        with self.store.write() as session:
            asked_q = session.scalar(
                select(VoiceQuestion).where(
                    VoiceQuestion.hub_id == actor.hub_id,
                    VoiceQuestion.version == version,
                    VoiceQuestion.position == position,
                )
            )
            if asked_q is None:
                raise ValidationError("question", "unknown", "is not one of the hub's questions")
            row = self._response(session, actor, asked)
            if row.question_version is not None and version < row.question_version:
                raise ValidationError(
                    "question", "stale", "belongs to questions the hub has since changed"
                )
            if row.question_version not in (None, version):
                # the hub changed its questions while the family was on the screen: the
                # earlier answers belong to the old words, so they go with the new version
                row.answer_1 = None
                row.answer_2 = None
            row.question_version = version
            setattr(row, f"answer_{position}", value.value)
            row.updated_at = self.now()
            outbox.record(session, row, "upsert", row.updated_at)

    def _response(self, session: Session, actor: Actor, asked: Asked) -> VoiceResponse:
        """The answer row `asked.response_id`, made from the visit or contact the first time."""
        row = session.get(VoiceResponse, asked.response_id)
        if row is not None:
            if row.hub_id != actor.hub_id:
                raise ValidationError("response", "unknown", "is not an answer of this hub")
            return row
        site_id, day, activity_id, reason = self._what_was_asked(session, actor, asked)
        row = VoiceResponse(
            id=asked.response_id,
            hub_id=actor.hub_id,
            site_id=site_id,
            day=day,
            activity_id=activity_id,
            reason=reason,
            source=asked.source.value,
            rating=None,
            question_version=None,
            answer_1=None,
            answer_2=None,
            updated_at=self.now(),
        )
        session.add(row)
        return row

    def _what_was_asked(
        self, session: Session, actor: Actor, asked: Asked
    ) -> tuple[uuid.UUID, date, uuid.UUID | None, str]:
        if asked.visit_id is not None:
            visit = get_or_404(session, Visit, asked.visit_id, "visit")
            if visit.hub_id != actor.hub_id:
                raise ValidationError("visit", "unknown", "is not a visit of this hub")
            return visit.site_id, self.today(), visit.activity_id, visit.reason
        if asked.contact_id is not None:
            contact = get_or_404(session, Contact, asked.contact_id, "contact")
            if contact.hub_id != actor.hub_id:
                raise ValidationError("contact", "unknown", "is not a contact of this hub")
            return (
                contact.site_id,
                local_day(contact.contacted_at),
                None,
                VisitReason.HERE_TO_HELP.value,
            )
        raise ValidationError("response", "unknown", "needs the visit or contact it is about")

    def count_responses(self, actor: Actor) -> int:
        """How many answers this device holds for the hub (for the settings card)."""
        check(actor, Permission.VIEW_REPORTS)
        with self.store.read() as session:
            return int(
                session.scalar(
                    select(func.count())
                    .select_from(VoiceResponse)
                    .where(VoiceResponse.hub_id == actor.hub_id)
                )
                or 0
            )
