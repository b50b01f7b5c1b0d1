"""One question: a child's date of birth, chosen on a picker (year, month, day) with no typing.

A keyboard still works: the date can be typed into the field as day/month/year, in any of the
kiosk scripts' digits. A date that does not exist (31/02) says so. A date that puts the child in
another age group than the one the family counted asks them to check; tapping Next again keeps
it (the date decides the age group).
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLineEdit

from hubdesk.domain.dates import TYPED_DATE_MAX, format_typed_date, parse_typed_date
from hubdesk.domain.errors import ValidationError
from hubdesk.domain.people import AgeBand, age_on, validate_child_dob
from hubdesk.ui.i18n import locale_for
from hubdesk.ui.kiosk.context import KioskContext
from hubdesk.ui.kiosk.page import KioskPage, MessageLabel, mark_invalid
from hubdesk.ui.kiosk.words import BANDS, problem_text, word
from hubdesk.ui.widgets.bidi import isolate
from hubdesk.ui.widgets.keys.date_picker import DatePicker, years_back
from hubdesk.ui.widgets.tile_button import TileButton

FIELD_PX = 280  # the typed date: "dd/mm/yyyy", also in a longer translation at large text
OLDEST_YEARS = 25  # Family Hubs are for children and young people up to 25 (with SEND)


class BirthDatePage(KioskPage):
    sig_date_entered = Signal(object, bool)
    """Next was tapped with a usable date. Arguments: the datetime.date, and SEND (bool)."""

    def __init__(self, ctx: KioskContext) -> None:
        super().__init__(ctx, "birthDatePage")
        self.question = ""
        self.expected: AgeBand | None = None  # the age group the family counted
        self.send = False
        self._warned_for: date | None = None
        self.picker = DatePicker(self)
        self.body.addWidget(self.picker)
        self.body.addStretch(1)
        # under the picker, right above the typed date it is about: taking the free room there,
        # so the year, month and day keys never move when a problem shows or goes
        self.problem = MessageLabel("birthDateMessage", self)
        self.body.addWidget(self.problem)
        # The typed date sits in the bottom row, between Back and Next: the picker writes its
        # date there (day/month/year), and a keyboard can type one (any kiosk script's digits).
        self.field = QLineEdit(self)
        self.field.setObjectName("birthDateField")
        self.field.setMaxLength(TYPED_DATE_MAX)
        self.field.setFixedWidth(FIELD_PX)
        # the picker fills it; a tap must not put a cursor there as if a keyboard would appear
        # (there is none on the kiosk). Someone with a keyboard still reaches it with Tab.
        self.field.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.field.returnPressed.connect(self._on_next_clicked)
        self.field.textChanged.connect(self._on_field_changed)
        self.picker.attach(self.field)
        self.send_toggle = TileButton("send", "", kind="secondary", icon_size=28, checkable=True)
        self.send_toggle.setObjectName("birthDateSend")
        self.next = TileButton("next", "", kind="primary", icon_size=40)
        self.next.setObjectName("birthDateNext")
        self.next.setMaximumWidth(320)
        self.next.clicked.connect(self._on_next_clicked)
        self.nav.insertWidget(1, self.field)
        self.nav.addWidget(self.next)
        self.body.insertWidget(0, self.send_toggle)
        ctx.languages.sig_language_changed.connect(self._on_language_changed)
        self.finish_init()

    def ask(
        self,
        question: str,
        *,
        expected: AgeBand | None = None,
        send: bool = False,
        ask_send: bool = False,
        known: date | None = None,
    ) -> None:
        """Ask `question` (already translated). `expected`: the age group the family counted
        this child in; `ask_send`: offer the SEND toggle (else `send` is given)."""
        self.question = question
        self.expected = expected
        self.send = send
        self._warned_for = None
        today = self.ctx.services.visits.today()
        self.picker.set_range(years_back(today, OLDEST_YEARS), today)
        self.picker.set_date(known)
        if known is None:
            self.field.clear()
        self.send_toggle.setChecked(send)
        self.send_toggle.setVisible(ask_send)
        self.show_problem("")
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(self.question)
        # the picker says what to tap at each step: no subtitle, so the day grid and a problem
        # message both fit at large text
        self.subtitle.hide()
        self.field.setAccessibleName(self.tr("Date of birth, day/month/year"))
        self.field.setPlaceholderText(self.tr("dd/mm/yyyy"))
        self.send_toggle.set_text(self.tr("Has special educational needs or a disability (SEND)"))
        self.next.set_text(self.tr("Next"))

    def reset(self) -> None:
        super().reset()
        self.picker.reset()
        self.field.clear()
        self.send_toggle.setChecked(False)
        self.expected = None
        self._warned_for = None
        self.show_problem("")

    def on_shown(self) -> None:
        self.picker.set_locale(locale_for(self.ctx.languages.current))

    def _on_language_changed(self, code: str) -> None:
        self.picker.set_locale(locale_for(code))

    def show_problem(self, text: str) -> None:
        mark_invalid(self.field, bool(text))
        self.problem.show_message(text)

    def _on_field_changed(self, _text: str) -> None:
        if self.problem.text():
            self.show_problem("")

    def _on_next_clicked(self) -> None:
        send = self.send_toggle.isChecked() if self.send_toggle.isVisible() else self.send
        today = self.ctx.services.visits.today()
        try:
            if not self.field.text().strip():
                raise ValidationError("date_of_birth", "choose_date", "choose a date")
            born = parse_typed_date(self.field.text(), "date_of_birth")
            validate_child_dob(born, today, send=send)
        except ValidationError as exc:
            self.show_problem(problem_text(exc, with_field=False))
            return
        band = AgeBand.for_age(age_on(born, today), send=send)
        if self.expected is not None and band is not self.expected and self._warned_for != born:
            self._warned_for = born
            self.show_problem(
                self.tr(
                    "With this date the child is %n year(s) old, but was counted in the group "
                    "\u201c{band}\u201d. Please check the date. If it is right, tap Next again.",
                    "",
                    age_on(born, today),
                ).format(band=isolate(word(BANDS[self.expected])))
            )
            return
        self.show_problem("")
        self.sig_date_entered.emit(born, send)

    def set_typed(self, born: date) -> None:
        """Show `born` in the field as the picker would (tests and a returning answer)."""
        self.field.setText(format_typed_date(born))
