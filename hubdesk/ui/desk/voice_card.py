"""Hub settings' "Family voice" card (issue 23): the one or two questions the kiosk offers after
the faces ("how was today?"), chosen from the standard ones or worded by the administrator in
every kiosk language. Saving a change makes a new version of the hub's questions; answers stay
with the version they answered, so reports compare them only within it."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLineEdit,
    QVBoxLayout,
)

from hubdesk.domain.catalogue import VoiceQuestionCode
from hubdesk.services.family_voice import (
    LANGUAGES,
    MAX_QUESTIONS,
    WORDING_MAX,
    QuestionDraft,
    QuestionSet,
)
from hubdesk.ui.desk.form_errors import FormErrors
from hubdesk.ui.desk.page import DeskPage, button, label
from hubdesk.ui.i18n import language
from hubdesk.ui.widgets.voice_words import standard_question

NOT_ASKED = ""


class VoiceCard(QFrame):
    """See the module docstring."""

    def __init__(self, page: DeskPage) -> None:
        super().__init__(page)
        self.page = page
        self.setObjectName("voiceCard")
        self.setProperty("kind", "card")
        self.question_set = QuestionSet(0, ())
        col = QVBoxLayout(self)
        col.addWidget(
            label(
                self.tr("Family voice: questions after the faces"), "voiceTitle", "subtitle", self
            )
        )
        col.addWidget(
            label(
                self.tr(
                    "After tapping a face, families may answer these by tapping yes, a little or "
                    "no. Own words: English is needed; a language left empty shows the English "
                    "(or, for a standard question, the kiosk's own translation). Saving a change "
                    "starts a new version: earlier answers stay with the words they answered."
                ),
                "voiceHint",
                "hint",
                self,
            )
        )
        self.version_label = label("", "voiceVersion", "hint", self)
        col.addWidget(self.version_label)
        self.errors = FormErrors(page.message)
        grid = QGridLayout()
        grid.setHorizontalSpacing(8)
        self.codes: list[QComboBox] = []
        self.words: list[dict[str, QLineEdit]] = []
        names = {code: language(code).native_name for code in LANGUAGES}
        row = 0
        for n in range(1, MAX_QUESTIONS + 1):
            combo = QComboBox(self)
            combo.setObjectName(f"voiceQuestion{n}Code")
            combo.setAccessibleName(self.tr("Question %1").replace("%1", str(n)))
            combo.addItem(self.tr("Not asked"), NOT_ASKED)
            for code in VoiceQuestionCode:
                combo.addItem(standard_question(code), code.value)
            combo.currentIndexChanged.connect(self._sync_fields)
            grid.addWidget(label(self.tr("Question %1").replace("%1", str(n)), parent=self), row, 0)
            grid.addWidget(combo, row, 1, 1, 3)
            row += 1
            fields: dict[str, QLineEdit] = {}
            for i, lang in enumerate(LANGUAGES):
                edit = QLineEdit(self)
                edit.setObjectName(f"voiceQuestion{n}_{lang}")
                edit.setMaxLength(WORDING_MAX)
                edit.setPlaceholderText(names[lang])
                edit.setAccessibleName(
                    self.tr("Question %1 in %2").replace("%1", str(n)).replace("%2", names[lang])
                )
                fields[lang] = edit
                r, c = row + 2 * (i // 3), 1 + i % 3
                grid.addWidget(edit, r, c)
                grid.addWidget(
                    self.errors.field(f"question_{n}_{lang}", edit, names[lang]), r + 1, c
                )
            row += 4
            self.codes.append(combo)
            self.words.append(fields)
        col.addLayout(grid)
        col.addWidget(self.errors.field("questions", self.codes[0], self.tr("Questions")))
        self.save = button(self.tr("Save questions"), "saveVoiceButton", self, kind="primary")
        row_save = QHBoxLayout()
        row_save.addStretch(1)
        row_save.addWidget(self.save)
        col.addLayout(row_save)
        self.save.clicked.connect(self._on_save_clicked)
        self._sync_fields()

    def refresh(self) -> None:
        self.page.run(
            self.page.ctx.services.voice.questions, self.page.actor, on_success=self._show
        )

    def _show(self, question_set: QuestionSet) -> None:
        self.question_set = question_set
        if question_set.version:
            self.version_label.setText(
                self.tr("Version %1 of the hub's questions is in use.").replace(
                    "%1", str(question_set.version)
                )
            )
        else:
            self.version_label.setText(self.tr("No questions yet: the kiosk shows the faces only."))
        for n, (combo, fields) in enumerate(zip(self.codes, self.words, strict=True), start=1):
            question = next((q for q in question_set.questions if q.position == n), None)
            combo.setCurrentIndex(combo.findData(question.code.value if question else NOT_ASKED))
            for lang, edit in fields.items():
                edit.setText(question.wording.get(lang, "") if question else "")
        self._sync_fields()

    def _sync_fields(self) -> None:
        for combo, fields in zip(self.codes, self.words, strict=True):
            asked = combo.currentData() != NOT_ASKED
            for edit in fields.values():
                edit.setEnabled(asked)

    def drafts(self) -> list[QuestionDraft]:
        out = []
        for combo, fields in zip(self.codes, self.words, strict=True):
            code = combo.currentData()
            if code == NOT_ASKED:
                continue
            wording = {lang: edit.text() for lang, edit in fields.items() if edit.text().strip()}
            out.append(QuestionDraft(VoiceQuestionCode(code), wording))
        return out

    def _on_save_clicked(self) -> None:
        self.errors.clear()
        before = self.question_set.version
        self.page.run(
            self.page.ctx.services.voice.set_questions,
            self.page.actor,
            self.drafts(),
            on_success=lambda version: self._on_saved(version, before),
            on_failure=self.errors.show,
        )

    def _on_saved(self, version: int, before: int) -> None:
        if version == before:
            self.page.message.show_ok(self.tr("The questions are unchanged."))
        else:
            self.page.message.show_ok(
                self.tr("Questions saved as version %1.").replace("%1", str(version))
            )
        self.refresh()
