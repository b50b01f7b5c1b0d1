"""The words of family voice (issue 23), shared by the kiosk and the desk: the faces, the
answers, and the standard follow-up questions (context "VoiceWords"). A hub's own wording of a
question, in the language shown, comes before the standard words."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from hubdesk.domain.catalogue import Face, VoiceAnswer, VoiceQuestionCode
from hubdesk.services.family_voice import Question

CONTEXT = "VoiceWords"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate looks for
    return text


FACES: dict[Face, str] = {
    Face.VERY_UNHAPPY: QT_TRANSLATE_NOOP("VoiceWords", "Not good"),
    Face.UNHAPPY: QT_TRANSLATE_NOOP("VoiceWords", "Could be better"),
    Face.HAPPY: QT_TRANSLATE_NOOP("VoiceWords", "Good"),
    Face.VERY_HAPPY: QT_TRANSLATE_NOOP("VoiceWords", "Very good"),
}
ANSWERS: dict[VoiceAnswer, str] = {
    VoiceAnswer.YES: QT_TRANSLATE_NOOP("VoiceWords", "Yes"),
    VoiceAnswer.PARTLY: QT_TRANSLATE_NOOP("VoiceWords", "A little"),
    VoiceAnswer.NO: QT_TRANSLATE_NOOP("VoiceWords", "No"),
}
QUESTIONS: dict[VoiceQuestionCode, str] = {
    VoiceQuestionCode.GOT_HELP: QT_TRANSLATE_NOOP(
        "VoiceWords", "Did you get the help you came for?"
    ),
    VoiceQuestionCode.TELL_FRIEND: QT_TRANSLATE_NOOP(
        "VoiceWords", "Would you tell a friend about the hub?"
    ),
    VoiceQuestionCode.FELT_WELCOME: QT_TRANSLATE_NOOP("VoiceWords", "Did you feel welcome?"),
    VoiceQuestionCode.LEARNED_SOMETHING: QT_TRANSLATE_NOOP(
        "VoiceWords", "Did you learn something useful today?"
    ),
    VoiceQuestionCode.CHILD_ENJOYED: QT_TRANSLATE_NOOP("VoiceWords", "Did your child enjoy it?"),
    VoiceQuestionCode.CUSTOM: QT_TRANSLATE_NOOP("VoiceWords", "Our own question"),
}


def voice_word(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def face_word(face: Face) -> str:
    return voice_word(FACES[face])


def answer_word(answer: VoiceAnswer) -> str:
    return voice_word(ANSWERS[answer])


def standard_question(code: VoiceQuestionCode) -> str:
    return voice_word(QUESTIONS[code])


def question_text(question: Question, language: str) -> str:
    """The question in `language`: the hub's own words in it, else the standard words for its
    code in it, else (a custom question not worded in `language`) the hub's English words."""
    own = question.wording.get(language)
    if own:
        return own
    if question.code is not VoiceQuestionCode.CUSTOM:
        return standard_question(question.code)
    return question.wording.get("en", "")
