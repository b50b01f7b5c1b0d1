"""The hub's follow-up questions after the faces (issue 23): one question a page, answered by a
tap (yes, a little, no), only if the family chose to answer them. No free text. After the last
answer it thanks the family and the kiosk returns to the welcome screen a few seconds later;
left alone, the idle watcher resets it like any other page."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout

from hubdesk.domain.catalogue import VoiceAnswer
from hubdesk.services.family_voice import Question, QuestionSet
from hubdesk.ui.kiosk.context import KioskContext
from hubdesk.ui.kiosk.page import KioskPage
from hubdesk.ui.widgets.tile_button import TileButton
from hubdesk.ui.widgets.voice_words import answer_word, question_text

ICONS = {VoiceAnswer.YES: "face-4", VoiceAnswer.PARTLY: "face-3", VoiceAnswer.NO: "face-2"}


class VoicePage(KioskPage):
    sig_answered = Signal(int, int, str)
    """An answer was tapped. Arguments: question set version, position (1 or 2), VoiceAnswer."""
    sig_all_answered = Signal()
    """The last question was answered. No arguments."""
    sig_finish_clicked = Signal()
    """The family pressed Finish. No arguments."""

    def __init__(self, ctx: KioskContext) -> None:
        super().__init__(ctx, "voicePage", back=False)
        self.question_set = QuestionSet(0, ())
        self.index = 0
        self.done = False
        self.leaving = True
        self.body.addStretch(1)
        row = QHBoxLayout()
        row.setSpacing(20)
        self.answers: dict[VoiceAnswer, TileButton] = {}
        for answer in VoiceAnswer:
            tile = TileButton(ICONS[answer], "", icon_size=56)
            tile.setObjectName(f"voiceAnswer_{answer.value}")
            tile.setMinimumHeight(120)
            tile.clicked.connect(lambda _c=False, a=answer: self._on_answer_clicked(a))
            self.answers[answer] = tile
            row.addWidget(tile, 1)
        self.body.addLayout(row)
        self.body.addStretch(2)
        self.skip = TileButton("home", "", kind="secondary", icon_size=32)
        self.skip.setObjectName("voiceSkipButton")
        self.skip.setMaximumWidth(420)
        self.skip.clicked.connect(self.sig_finish_clicked)
        self.nav.addWidget(self.skip, 0, Qt.AlignmentFlag.AlignRight)
        self.finish_init()

    @property
    def current(self) -> Question | None:
        questions = self.question_set.questions
        return questions[self.index] if self.index < len(questions) else None

    def start(self, question_set: QuestionSet, *, leaving: bool = True) -> None:
        """Ask `question_set` from its first question; `leaving`: the family has signed out
        (the thanks says goodbye), else it has just signed in and stays."""
        self.question_set = question_set
        self.leaving = leaving
        self.index = 0
        self.done = False
        self._sync()

    def _on_answer_clicked(self, answer: VoiceAnswer) -> None:
        question = self.current
        if question is None:
            return
        self.sig_answered.emit(question.version, question.position, answer.value)
        self.index += 1
        if self.current is None:
            self.done = True
            self.sig_all_answered.emit()
        self._sync()

    def _sync(self) -> None:
        for tile in self.answers.values():
            tile.setVisible(not self.done)
        self.retranslate()

    def retranslate(self) -> None:
        question = self.current
        total = len(self.question_set.questions)
        if self.done or question is None:
            self.title.setText(self.tr("Thank you. It helps us make the hub better."))
            self.subtitle.setText(
                self.tr("Goodbye, and see you soon!")
                if self.leaving
                else self.tr("Enjoy the rest of your visit!")
            )
            self.skip.set_text(self.tr("Finish"))
        else:
            language = self.ctx.languages.current
            self.title.setText(question_text(question, language))
            self.subtitle.setText(
                self.tr("Question %1 of %2. Tap an answer.")
                .replace("%1", str(self.index + 1))
                .replace("%2", str(total))
            )
            self.skip.set_text(self.tr("No more questions"))
        for answer, tile in self.answers.items():
            tile.set_text(answer_word(answer))

    def reset(self) -> None:
        super().reset()
        self.start(QuestionSet(0, ()))
