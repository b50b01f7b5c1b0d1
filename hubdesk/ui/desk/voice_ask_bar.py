"""At the end of a Here to Help contact, staff may ask the family the kiosk's questions (issue
23): "how was today?" (four faces) and the hub's follow-up questions, answered by a click. The
answer is anonymous like the kiosk's (`FamilyVoiceService`; the contact is read for its site and
day, then not kept); clicking again changes it. The bar shows after a contact is saved and goes
when staff click Done, or when the next contact is saved."""

from __future__ import annotations

import uuid

import shiboken6
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QFrame, QGridLayout, QHBoxLayout, QLabel, QPushButton, QVBoxLayout

from hubdesk.domain.catalogue import Face, VoiceAnswer, VoiceSource
from hubdesk.services.family_voice import Asked, QuestionSet, new_response_id
from hubdesk.ui.desk import words
from hubdesk.ui.desk.page import DeskPage, button, label
from hubdesk.ui.widgets.voice_words import answer_word, face_word, question_text


class VoiceAskBar(QFrame):
    def __init__(self, page: DeskPage) -> None:
        super().__init__(page)
        self.page = page
        self.setObjectName("voiceAskBar")
        self.setProperty("kind", "card")
        self.asked: Asked | None = None
        self.question_set = QuestionSet(0, ())
        col = QVBoxLayout(self)
        top = QHBoxLayout()
        top.addWidget(
            label(
                self.tr("If the family would like to: how was today? (anonymous)"),
                "voiceAskTitle",
                "subtitle",
                self,
            ),
            1,
        )
        self.done = button(self.tr("Done"), "voiceAskDone", self)
        self.done.clicked.connect(self.hide)
        top.addWidget(self.done)
        col.addLayout(top)
        faces = QHBoxLayout()
        self.faces: dict[Face, QPushButton] = {}
        for face in sorted(Face, reverse=True):
            b = button(face_word(face), f"voiceAskFace{face.value}", self)
            b.setCheckable(True)
            b.clicked.connect(lambda _c=False, f=face: self._on_face_clicked(f))
            self.faces[face] = b
            faces.addWidget(b)
        col.addLayout(faces)
        self.grid = QGridLayout()
        col.addLayout(self.grid)
        self.rows: list[tuple[QLabel, dict[VoiceAnswer, QPushButton]]] = []
        for position in (1, 2):
            words = label("", f"voiceAskQuestion{position}", "", self)
            answers: dict[VoiceAnswer, QPushButton] = {}
            self.grid.addWidget(words, position, 0)
            for i, answer in enumerate(VoiceAnswer, start=1):
                b = button(answer_word(answer), f"voiceAsk{position}_{answer.value}", self)
                b.setCheckable(True)
                b.clicked.connect(
                    lambda _c=False, p=position, a=answer: self._on_answer_clicked(p, a)
                )
                answers[answer] = b
                self.grid.addWidget(b, position, i)
            self.rows.append((words, answers))
        self.hide()

    def ask(self, contact_id: uuid.UUID) -> None:
        """Offer the questions about the contact just saved (a fresh, anonymous answer)."""
        self.asked = Asked(new_response_id(), VoiceSource.DESK, contact_id=contact_id)
        for b in self.faces.values():
            b.setChecked(False)
        self.page.run(
            self.page.ctx.services.voice.questions, self.page.actor, on_success=self._show
        )

    def _show(self, question_set: QuestionSet) -> None:
        self.question_set = question_set
        language = QLocale().name().split("_")[0]
        for n, (text, answers) in enumerate(self.rows, start=1):
            question = next((q for q in question_set.questions if q.position == n), None)
            text.setVisible(question is not None)
            text.setText(question_text(question, language) if question else "")
            for b in answers.values():
                b.setChecked(False)
                b.setVisible(question is not None)
        self.show()

    def _on_face_clicked(self, face: Face) -> None:
        for f, b in self.faces.items():
            b.setChecked(f == face)
        if self.asked is not None:
            self.page.ctx.tasks.run_in_order(
                "voice", self.page.ctx.services.voice.rate, self.page.actor, self.asked, face,
                on_failure=self._on_failed,
            )  # fmt: skip

    def _on_failed(self, exc: BaseException) -> None:
        if shiboken6.isValid(self):  # the desk may have locked meanwhile (run_for does the same)
            self.page.message.show_error(words.problem(exc))

    def _on_answer_clicked(self, position: int, answer: VoiceAnswer) -> None:
        _words, answers = self.rows[position - 1]
        for a, b in answers.items():
            b.setChecked(a == answer)
        if self.asked is not None:
            self.page.ctx.tasks.run_in_order(
                "voice", self.page.ctx.services.voice.answer, self.page.actor, self.asked,
                self.question_set.version, position, answer,
                on_failure=self._on_failed,
            )  # fmt: skip
