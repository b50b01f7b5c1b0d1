"""One question: a first name, typed on the kiosk's own keyboard in the kiosk's language.

Used for each person when a household registers (Mum, Dad, a child aged 2 to 4 ...) and for a
new baby a returning family adds. The keyboard is part of the page, under the field, so it
never covers what is being typed; its layout follows the kiosk language, with a key for Latin
letters (and back).
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLineEdit

from hubdesk.domain.errors import ValidationError
from hubdesk.domain.text import NAME_MAX, clean_name
from hubdesk.ui.kiosk.context import KioskContext
from hubdesk.ui.kiosk.page import KioskPage, MessageLabel, mark_invalid
from hubdesk.ui.kiosk.words import problem_text
from hubdesk.ui.widgets.keys.layouts import ARABIC, URDU
from hubdesk.ui.widgets.keys.name_keyboard import NameKeyboard

FIELD_MAX_CHARS = NAME_MAX + 20  # the check below says "too long" kindly; this stops a flood


class NamePage(KioskPage):
    sig_name_entered = Signal(str)
    """Next was tapped with a usable first name. Argument: the name, cleaned."""

    def __init__(self, ctx: KioskContext) -> None:
        super().__init__(ctx, "namePage")
        self.question = ""
        self.hint_text = ""
        self.field = QLineEdit(self)
        self.field.setObjectName("nameField")
        self.field.setMaxLength(FIELD_MAX_CHARS)
        self.field.returnPressed.connect(self._on_next_clicked)
        self.field.textEdited.connect(self._on_field_edited)
        # Back sits beside the field (the keyboard has the Next key), so a five-row keyboard
        # fits under the question with large text
        row = QHBoxLayout()
        row.setSpacing(16)
        if self.back_button is not None:
            row.addWidget(self.back_button)
        row.addWidget(self.field, 1)
        self.body.addLayout(row)
        self.problem = MessageLabel("nameMessage", self, keep_lines=2)
        self.body.addWidget(self.problem)
        self.keyboard = NameKeyboard(self)
        self.keyboard.setObjectName("nameKeyboard")
        self.keyboard.attach(self.field)
        self.keyboard.sig_action_clicked.connect(self._on_next_clicked)
        self.keyboard.sig_layout_changed.connect(self._on_keyboard_layout_changed)
        self.keyboard.set_language(ctx.languages.current)
        self._on_keyboard_layout_changed(self.keyboard.layout_code())
        ctx.languages.sig_language_changed.connect(self._on_language_changed)
        # At the page's foot: fewer rows of letters (Arabic) or a problem showing take room
        # from above it, never move its bottom row
        self.body.addStretch(1)
        self.body.addWidget(
            self.keyboard, 0, Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom
        )
        self.finish_init()

    def ask(self, question: str, hint: str, name: str = "") -> None:
        """Ask `question` (already translated), with `name` filled in if it was given before."""
        self.question = question
        self.hint_text = hint
        self.field.setText(name)
        self.show_problem("")
        self.keyboard.leave_accents()  # a new name starts on the plain letters
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(self.question)
        self.subtitle.setText(self.hint_text)
        self.subtitle.setVisible(bool(self.hint_text))
        self.field.setAccessibleName(self.question or self.tr("First name"))
        self.field.setPlaceholderText(self.tr("First name"))
        self.keyboard.set_action_text(self.tr("Next"))

    def reset(self) -> None:
        super().reset()
        self.field.clear()
        self.show_problem("")
        self.keyboard.set_language(self.ctx.languages.current)

    def on_shown(self) -> None:
        self.field.setFocus(Qt.FocusReason.OtherFocusReason)
        self.field.end(False)

    def show_problem(self, text: str) -> None:
        mark_invalid(self.field, bool(text))
        self.problem.show_message(text)

    def _on_language_changed(self, code: str) -> None:
        self.keyboard.set_language(code)

    def _on_keyboard_layout_changed(self, _code: str) -> None:
        # The field writes the way its letters do: with Arabic or Urdu keys the cursor of an
        # empty field waits at the right, where the first letter will appear (Qt would put it
        # on the left, as an empty field takes the system keyboard's direction).
        rtl = self.keyboard.current_layout().script in (ARABIC, URDU)
        self.field.setLayoutDirection(
            Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight
        )

    def _on_field_edited(self, _text: str) -> None:
        if self.problem.text():
            self.show_problem("")

    def _on_next_clicked(self) -> None:
        try:
            name = clean_name(self.field.text(), "first_name", required=True)
        except ValidationError as exc:
            self.show_problem(problem_text(exc, with_field=False))
            return
        assert name is not None
        self.show_problem("")
        self.sig_name_entered.emit(name)
