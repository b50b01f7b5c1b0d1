"""A little about you (all optional): postcode, and is this your first time at a Family Hub?

The postcode is typed on a pad shaped for UK postcodes, beside the field. The hint says exactly
what is kept of it: for a party that does not register, only the area it is in (the postcode
district, the council ward, the neighbourhood (LSOA) and its deprivation decile); the full
postcode only with a registered family's record.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QButtonGroup, QHBoxLayout, QLabel, QLineEdit, QVBoxLayout

from hubdesk.domain.errors import ValidationError
from hubdesk.domain.postcode import Postcode, parse_optional_postcode
from hubdesk.ui.kiosk.context import KioskContext
from hubdesk.ui.kiosk.page import KioskPage, MessageLabel, mark_invalid
from hubdesk.ui.kiosk.words import problem_text
from hubdesk.ui.widgets.bidi import isolate_ltr
from hubdesk.ui.widgets.keys.postcode_pad import PostcodePad
from hubdesk.ui.widgets.tile_button import TileButton

POSTCODE_MAX_CHARS = 40  # anything longer is refused as "not a UK postcode" anyway


@dataclass(frozen=True)
class AboutAnswers:
    postcode: Postcode | None
    first_time: bool | None


class AboutPage(KioskPage):
    sig_about_done = Signal(object)
    """Next was pressed with valid answers. Argument: AboutAnswers (never a bare None: PySide6
    loses references to None sent through `object` signal arguments)."""

    def __init__(self, ctx: KioskContext) -> None:
        super().__init__(ctx, "aboutPage")
        columns = QHBoxLayout()
        columns.setSpacing(32)
        left = QVBoxLayout()
        left.setSpacing(10)
        self.postcode_label = QLabel(self)
        self.postcode_label.setObjectName("postcodeLabel")
        self.postcode_label.setWordWrap(True)
        left.addWidget(self.postcode_label)
        self.postcode = QLineEdit(self)
        self.postcode.setObjectName("postcodeField")
        self.postcode.setMaxLength(POSTCODE_MAX_CHARS)
        self.postcode.setLayoutDirection(Qt.LayoutDirection.LeftToRight)  # a UK postcode
        self.postcode.returnPressed.connect(self._on_next_clicked)
        self.postcode.textEdited.connect(self._on_postcode_edited)
        left.addWidget(self.postcode)
        self.postcode_problem = MessageLabel("postcodeMessage", self)
        left.addWidget(self.postcode_problem)
        left.addStretch(1)
        columns.addLayout(left, 4)
        self.pad = PostcodePad(self)
        self.pad.set_action_visible(False)  # the page's own Next goes on
        self.pad.attach(self.postcode)
        self.pad.sig_text_changed.connect(self._on_postcode_edited)
        columns.addWidget(self.pad, 5, Qt.AlignmentFlag.AlignTop)
        self.body.addLayout(columns)
        # what is kept of the postcode, across the page's whole width
        self.postcode_hint = QLabel(self)
        self.postcode_hint.setObjectName("postcodeHint")
        self.postcode_hint.setWordWrap(True)
        self.postcode_hint.setProperty("kind", "hint")
        self.body.addWidget(self.postcode_hint)

        self.first_label = QLabel(self)
        self.first_label.setObjectName("firstTimeLabel")
        self.first_label.setWordWrap(True)
        self.body.addWidget(self.first_label)
        row = QHBoxLayout()
        row.setSpacing(16)
        self.first_yes = TileButton("new-visitor", "", kind="secondary", checkable=True)
        self.first_yes.setObjectName("firstTimeYes")
        self.first_no = TileButton("family", "", kind="secondary", checkable=True)
        self.first_no.setObjectName("firstTimeNo")
        self.group = QButtonGroup(self)
        self.group.setExclusive(False)  # tapping the chosen answer again un-chooses it
        for button in (self.first_yes, self.first_no):
            self.group.addButton(button)
            row.addWidget(button)
        self.first_yes.clicked.connect(lambda: self._on_answer_clicked(self.first_yes))
        self.first_no.clicked.connect(lambda: self._on_answer_clicked(self.first_no))
        self.body.addLayout(row)
        self.body.addStretch(1)
        self.next = TileButton("next", "", kind="primary", icon_size=40)
        self.next.setObjectName("aboutNext")
        self.next.setMaximumWidth(420)
        self.next.clicked.connect(self._on_next_clicked)
        self.nav.addWidget(self.next)
        self.finish_init()

    def retranslate(self) -> None:
        self.title.setText(self.tr("A little about you"))
        # "(optional)" on each question (as GOV.UK does), not a sentence of its own: the page
        # then fits with large text and a problem message
        self.subtitle.hide()
        self.postcode_label.setText(self.tr("Your postcode (optional)"))
        self.postcode.setAccessibleName(self.tr("Your postcode"))
        self.postcode.setPlaceholderText(self.tr("e.g. NE1 4XF"))
        self.postcode_hint.setText(
            self.tr(
                "To plan services near you. Unless you register, we keep only the area it is in "
                "(like {district}, the ward and the neighbourhood), not the postcode itself."
            ).format(district=isolate_ltr("NE1"))
        )
        self.first_label.setText(self.tr("Is this your first time at a Family Hub? (optional)"))
        self.first_yes.set_text(self.tr("Yes, first time"))
        self.first_no.set_text(self.tr("No, I have been before"))
        self.next.set_text(self.tr("Next"))

    def reset(self) -> None:
        super().reset()
        self.postcode.clear()
        mark_invalid(self.postcode, False)
        self.postcode_problem.show_message("")
        self.first_yes.setChecked(False)
        self.first_no.setChecked(False)

    def on_shown(self) -> None:
        self.postcode.setFocus(Qt.FocusReason.OtherFocusReason)
        self.postcode.end(False)

    def first_time(self) -> bool | None:
        if self.first_yes.isChecked():
            return True
        if self.first_no.isChecked():
            return False
        return None

    def _on_postcode_edited(self, _text: str) -> None:
        if self.postcode_problem.text():
            mark_invalid(self.postcode, False)
            self.postcode_problem.show_message("")

    def _on_answer_clicked(self, button: TileButton) -> None:
        other = self.first_no if button is self.first_yes else self.first_yes
        if button.isChecked():
            other.setChecked(False)

    def _on_next_clicked(self) -> None:
        try:
            code: Postcode | None = parse_optional_postcode(self.postcode.text(), "postcode")
        except ValidationError as exc:
            # what was typed stays, marked, with the problem under it
            mark_invalid(self.postcode, True)
            self.postcode_problem.show_message(problem_text(exc, with_field=False))
            return
        mark_invalid(self.postcode, False)
        self.postcode_problem.show_message("")
        self.sig_about_done.emit(AboutAnswers(code, self.first_time()))
