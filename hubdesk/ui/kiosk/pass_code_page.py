"""Type your pass code: the code printed under the QR, on a pad with only the characters a code
can hold (digits, and the letters without I, L, O and U). What was typed stays when the code is
not recognised, so one wrong letter can be put right."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QVBoxLayout

from hubdesk.security.passes import SHORT_CODE_LENGTH
from hubdesk.ui.kiosk.context import KioskContext
from hubdesk.ui.kiosk.page import KioskPage, MessageLabel, mark_invalid
from hubdesk.ui.widgets.keys.pass_code_pad import DISPLAY_LENGTH, PassCodePad, compact_form

FIELD_MAX_CHARS = DISPLAY_LENGTH + 4  # a code typed on a keyboard may have spaces


class PassCodePage(KioskPage):
    sig_code_entered = Signal(str)
    """Go was tapped with something typed. Argument: the code as typed."""

    def __init__(self, ctx: KioskContext) -> None:
        super().__init__(ctx, "passCodePage")
        row = QHBoxLayout()
        row.setSpacing(32)
        left = QVBoxLayout()
        left.setSpacing(12)
        self.label = QLabel(self)
        self.label.setObjectName("passCodeLabel")
        self.label.setWordWrap(True)
        left.addWidget(self.label)
        self.field = QLineEdit(self)
        self.field.setObjectName("passCodeField")
        self.field.setMaxLength(FIELD_MAX_CHARS)
        self.field.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.field.setLayoutDirection(Qt.LayoutDirection.LeftToRight)  # codes read left to right
        self.field.returnPressed.connect(self._on_go_clicked)
        self.field.textEdited.connect(self._on_field_edited)
        left.addWidget(self.field)
        self.problem = MessageLabel("passCodeMessage", self)
        left.addWidget(self.problem)
        self.hint = QLabel(self)
        self.hint.setObjectName("passCodeHint")
        self.hint.setWordWrap(True)
        self.hint.setProperty("kind", "hint")
        left.addWidget(self.hint)
        left.addStretch(1)
        row.addLayout(left, 2)
        self.pad = PassCodePad(self)
        self.pad.attach(self.field)
        self.pad.sig_action_clicked.connect(self._on_go_clicked)
        row.addWidget(self.pad, 3, Qt.AlignmentFlag.AlignTop)
        self.body.addLayout(row, 1)
        self.finish_init()

    def retranslate(self) -> None:
        self.title.setText(self.tr("Type your pass code"))
        self.subtitle.setText(self.tr("It is printed under the QR code on your pass."))
        self.label.setText(self.tr("Your pass code"))
        self.field.setAccessibleName(self.tr("Your pass code"))
        self.field.setPlaceholderText("ABCD-EFGH-J")
        self.hint.setText(self.tr("The code has only the letters and numbers on the keys."))
        self.pad.set_action_text(self.tr("Go"))

    def reset(self) -> None:
        super().reset()
        self.field.clear()
        self.show_problem("")

    def on_shown(self) -> None:
        self.field.setFocus(Qt.FocusReason.OtherFocusReason)
        self.field.end(False)

    def show_problem(self, text: str) -> None:
        """A refusal beside the field; what was typed stays, to be corrected."""
        mark_invalid(self.field, bool(text))
        self.problem.show_message(text)

    def _on_field_edited(self, _text: str) -> None:
        if self.problem.text():
            self.show_problem("")

    def _on_go_clicked(self) -> None:
        text = self.field.text().strip()
        if not text:
            self.show_problem(self.tr("Please type the code from your pass."))
            return
        compact = compact_form(text)
        if compact is not None and len(compact) < SHORT_CODE_LENGTH:
            # typed on the pad but not finished: say what is missing, not "not a pass"
            self.show_problem(
                self.tr(
                    "The code is not finished: it has %n more letter(s) or number(s), "
                    "the last one after the second dash.",
                    "",
                    SHORT_CODE_LENGTH - len(compact),
                )
            )
            return
        self.sig_code_entered.emit(text)
