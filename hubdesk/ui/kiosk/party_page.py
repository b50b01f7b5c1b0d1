"""Who is here, in two steps on one page: the adults by role, then the children and young people
by age band (with how many have SEND), or a child by date of birth.

Two steps, not one crowded screen: each fits the kiosk with large text in every language, with
room for a problem message, and no scrolling.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from hubdesk.domain.dates import TYPED_DATE_MAX, parse_typed_date
from hubdesk.domain.errors import ValidationError
from hubdesk.domain.people import (
    MAX_ADULTS,
    MAX_CHILDREN,
    AgeBand,
    Party,
    Role,
    age_on,
    validate_child_dob,
)
from hubdesk.ui.i18n import locale_for
from hubdesk.ui.kiosk.context import KioskContext
from hubdesk.ui.kiosk.page import KioskPage, MessageLabel, mark_invalid
from hubdesk.ui.kiosk.words import BAND_ICONS, BANDS, ROLES, problem_text, word
from hubdesk.ui.widgets.icons import IconView
from hubdesk.ui.widgets.keys.date_picker import DatePicker, years_back
from hubdesk.ui.widgets.stepper import Stepper
from hubdesk.ui.widgets.tile_button import TileButton

ROLE_ICONS = {
    Role.MOTHER: "adult",
    Role.FATHER: "adult",
    Role.CARER: "adult",
    Role.GRANDPARENT: "adult",
    Role.OTHER: "adult",
}


@dataclass(frozen=True)
class ChildByDate:
    band: AgeBand
    date_of_birth: date
    send: bool


ADULTS = "adults"
CHILDREN = "children"


class PartyPage(KioskPage):
    sig_party_chosen = Signal(object)
    """Next was pressed with a valid party. Argument: the Party."""

    def __init__(self, ctx: KioskContext) -> None:
        super().__init__(ctx, "partyPage")
        self.step = ADULTS
        self.steps = QStackedWidget(self)
        self.steps.setObjectName("partySteps")
        self.body.addWidget(self.steps, 1)
        self.adults_panel = QWidget()
        self.adults_panel.setObjectName("partyAdults")
        adults = QVBoxLayout(self.adults_panel)
        adults.setContentsMargins(0, 0, 0, 0)
        inner = self.adults_panel
        adult_grid = QGridLayout()
        adult_grid.setHorizontalSpacing(12)
        adult_grid.setVerticalSpacing(8)
        self.role_steppers: dict[Role, Stepper] = {}
        self.role_labels: dict[Role, QLabel] = {}
        for row, role in enumerate(Role):
            adult_grid.addWidget(IconView(ROLE_ICONS[role], 40, inner), row, 0)
            label = QLabel(inner)
            label.setWordWrap(True)
            adult_grid.addWidget(label, row, 1)
            stepper = Stepper(f"adults_{role.value}", MAX_ADULTS, inner)
            adult_grid.addWidget(stepper, row, 2)
            self.role_labels[role] = label
            self.role_steppers[role] = stepper
        adult_grid.setColumnStretch(1, 1)
        adult_grid.setColumnMinimumWidth(1, 260)
        adults.addLayout(adult_grid)
        adults.addStretch(1)
        self.steps.addWidget(self.adults_panel)

        self.children_panel = QWidget()
        self.children_panel.setObjectName("partyChildren")
        children = QVBoxLayout(self.children_panel)
        children.setContentsMargins(0, 0, 0, 0)
        inner = self.children_panel
        # One column per age band: the picture and the band's words, how many, and (on a row
        # of its own, under one sentence) how many of them have SEND.
        child_grid = QGridLayout()
        child_grid.setHorizontalSpacing(12)
        child_grid.setVerticalSpacing(8)
        adult_grid.setVerticalSpacing(6)
        self.band_steppers: dict[AgeBand, Stepper] = {}
        self.send_steppers: dict[AgeBand, Stepper] = {}
        self.band_labels: dict[AgeBand, QLabel] = {}
        self.send_header = QLabel(inner)
        self.send_header.setObjectName("partySendHeader")
        self.send_header.setWordWrap(True)
        self.send_header.setProperty("kind", "hint")
        for column, band in enumerate(AgeBand):
            icon = IconView(BAND_ICONS[band], 36, inner)
            child_grid.addWidget(icon, 0, column, Qt.AlignmentFlag.AlignHCenter)
            label = QLabel(inner)
            label.setWordWrap(True)
            label.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
            child_grid.addWidget(label, 1, column)
            stepper = Stepper(f"children_{band.name.lower()}", MAX_CHILDREN, inner)
            stepper.sig_value_changed.connect(lambda _v, b=band: self._on_band_changed(b))
            child_grid.addWidget(stepper, 2, column, Qt.AlignmentFlag.AlignHCenter)
            self.band_labels[band] = label
            self.band_steppers[band] = stepper
            if band is not AgeBand.B20_25:  # 20-25 is SEND by definition
                # how many of this band have SEND: at most the band's count
                send = Stepper(f"send_{band.name.lower()}", 0, inner)
                child_grid.addWidget(send, 4, column, Qt.AlignmentFlag.AlignHCenter)
                self.send_steppers[band] = send
            child_grid.setColumnStretch(column, 1)
        child_grid.addWidget(self.send_header, 3, 0, 1, len(AgeBand))
        children.addLayout(child_grid)

        # Or add a child by date of birth: the band is worked out for them. The entry opens as a
        # panel over the page, so the counts above never need scrolling.
        self.dob_open = TileButton("calendar", "", kind="secondary", icon_size=32)
        self.dob_open.setObjectName("partyDobOpen")
        self.dob_open.clicked.connect(self._on_dob_open_clicked)
        self.dob_card = QFrame(self)
        self.dob_card.setObjectName("partyDobPanel")
        self.dob_card.setProperty("kind", "overlay")
        dob_layout = QVBoxLayout(self.dob_card)
        dob_layout.setContentsMargins(24, 20, 24, 20)
        dob_layout.setSpacing(12)
        prompt_row = QHBoxLayout()
        prompt_row.setSpacing(12)
        self.dob_prompt = QLabel(self.dob_card)
        self.dob_prompt.setWordWrap(True)
        prompt_row.addWidget(self.dob_prompt, 1)
        # typed dates still work from a keyboard (any kiosk script's digits); the picker
        # writes its date here as day/month/year
        self.dob_field = QLineEdit(self.dob_card)
        self.dob_field.setObjectName("partyDobField")
        self.dob_field.setMaxLength(TYPED_DATE_MAX)
        self.dob_field.setFixedWidth(280)
        self.dob_field.returnPressed.connect(self._on_add_dob_clicked)
        self.dob_field.textChanged.connect(self._on_dob_changed)
        prompt_row.addWidget(self.dob_field)
        dob_layout.addLayout(prompt_row)
        self.dob_picker = DatePicker(self.dob_card)
        self.dob_picker.setObjectName("partyDobPicker")
        self.dob_picker.attach(self.dob_field)
        dob_layout.addWidget(self.dob_picker)
        self.dob_problem = MessageLabel("partyDobMessage", self.dob_card)
        dob_layout.addWidget(self.dob_problem)
        self.dob_send = TileButton("send", "", kind="secondary", icon_size=28, checkable=True)
        self.dob_send.setObjectName("partyDobSend")
        dob_row = QHBoxLayout()
        dob_row.setSpacing(12)
        dob_row.addWidget(self.dob_send, 2)
        self.dob_cancel = TileButton("back", "", kind="secondary", icon_size=28)
        self.dob_cancel.setObjectName("partyDobCancel")
        self.dob_cancel.clicked.connect(self._close_dob_panel)
        dob_row.addWidget(self.dob_cancel)
        self.dob_add = TileButton("plus", "", kind="primary", icon_size=28)
        self.dob_add.setObjectName("partyDobAdd")
        self.dob_add.clicked.connect(self._on_add_dob_clicked)
        dob_row.addWidget(self.dob_add)
        dob_layout.addLayout(dob_row)
        self.dob_card.hide()
        children.addStretch(1)
        self.steps.addWidget(self.children_panel)

        self.next = TileButton("next", "", kind="primary", icon_size=40)
        self.next.setObjectName("partyNext")
        self.next.setMaximumWidth(420)
        self.next.clicked.connect(self._on_next_clicked)
        self.dob_open.setMaximumWidth(460)
        self.nav.addWidget(self.dob_open)
        self.nav.addWidget(self.next)
        self.by_date: list[ChildByDate] = []
        self.finish_init()

    def retranslate(self) -> None:
        if self.step == ADULTS:
            self.title.setText(self.tr("Who is here today? First, the adults"))
            self.subtitle.setText(self.tr("Tap + for each adult. No names needed."))
        else:
            self.title.setText(self.tr("And the children and young people?"))
            self.subtitle.setText(self.tr("Tap + for each child or young person. No names needed."))
        for role, label in self.role_labels.items():
            label.setText(word(ROLES[role]))
            self.role_steppers[role].set_what(word(ROLES[role]))
        for band, label in self.band_labels.items():
            label.setText(word(BANDS[band]))
            self.band_steppers[band].set_what(word(BANDS[band]))
        self.send_header.setText(
            self.tr("Of them, how many have special educational needs or a disability (SEND)?")
        )
        for band, send in self.send_steppers.items():
            send.set_what(self.tr("{band}, with SEND").format(band=word(BANDS[band])))
        self.dob_open.set_text(self.tr("Add a child by date of birth"))
        self.dob_prompt.setText(
            self.tr("Child's date of birth: tap the year, then the month, then the day.")
        )
        self.dob_cancel.set_text(self.tr("Cancel"))
        self.dob_field.setAccessibleName(self.tr("Child's date of birth"))
        self.dob_field.setPlaceholderText(self.tr("dd/mm/yyyy"))
        self.dob_send.set_text(self.tr("This child has SEND"))
        self.dob_send.setAccessibleName(self.tr("This child has SEND"))
        self.dob_add.set_text(self.tr("Add child"))
        self.next.set_text(self.tr("Next"))

    def reset(self) -> None:
        super().reset()
        for stepper in (*self.role_steppers.values(), *self.band_steppers.values()):
            stepper.set_value(0)
        for stepper in self.send_steppers.values():
            stepper.set_value(0)
            stepper.set_maximum(0)
        self._close_dob_panel()
        self.by_date = []
        self.show_step(ADULTS)

    def show_step(self, step: str) -> None:
        """Show the adults' step or the children's."""
        self.step = step
        self.steps.setCurrentWidget(self.adults_panel if step == ADULTS else self.children_panel)
        self.message.show_message("")
        self.dob_open.setVisible(step == CHILDREN)
        self.retranslate()

    def go_back(self) -> bool:
        """Back from the children's step goes to the adults' (True: handled here)."""
        if self.step == CHILDREN:
            self._close_dob_panel()
            self.show_step(ADULTS)
            return True
        return False

    def _on_band_changed(self, band: AgeBand) -> None:
        count = self.band_steppers[band].value()
        send = self.send_steppers.get(band)
        if send is not None:
            send.set_maximum(count)
        # a date-of-birth entry no longer fits if its band was counted down below it
        kept: list[ChildByDate] = []
        per_band: dict[AgeBand, int] = {}
        for child in self.by_date:
            per_band[child.band] = per_band.get(child.band, 0) + 1
            if per_band[child.band] <= count or child.band is not band:
                kept.append(child)
        self.by_date = kept

    def _on_add_dob_clicked(self) -> None:
        today = self.ctx.services.visits.today()
        send = self.dob_send.isChecked()
        try:
            if not self.dob_field.text().strip():
                raise ValidationError("date_of_birth", "choose_date", "choose a date")
            dob = parse_typed_date(self.dob_field.text())
            validate_child_dob(dob, today, send=send)
        except ValidationError as exc:
            mark_invalid(self.dob_field, True)
            self.dob_problem.show_message(problem_text(exc, with_field=False))
            self._place_dob_panel()
            return
        band = AgeBand.for_age(age_on(dob, today), send=send)
        stepper = self.band_steppers[band]
        if stepper.value() >= MAX_CHILDREN:
            return
        stepper.set_value(stepper.value() + 1)
        if send and band in self.send_steppers:
            self.send_steppers[band].set_value(self.send_steppers[band].value() + 1)
        self.by_date.append(ChildByDate(band, dob, send))
        self._close_dob_panel()
        self.message.show_message("")

    def _on_dob_open_clicked(self) -> None:
        today = self.ctx.services.visits.today()
        self.dob_picker.set_range(years_back(today, 25), today)
        self.dob_picker.set_locale(locale_for(self.ctx.languages.current))
        self.dob_picker.set_date(None)
        self._place_dob_panel()
        self.dob_card.show()
        self.dob_card.raise_()

    def _on_dob_changed(self, _text: str) -> None:
        if self.dob_problem.text():
            mark_invalid(self.dob_field, False)
            self.dob_problem.show_message("")
            self._place_dob_panel()

    def _place_dob_panel(self) -> None:
        width = min(max(self.width() - 80, 320), 1120)
        self.dob_card.setFixedWidth(width)
        self.dob_card.adjustSize()
        self.dob_card.move(
            (self.width() - width) // 2, (self.height() - self.dob_card.height()) // 2
        )

    def _close_dob_panel(self) -> None:
        self.dob_card.hide()
        self.dob_picker.reset()
        self.dob_field.clear()
        mark_invalid(self.dob_field, False)
        self.dob_problem.show_message("")
        self.dob_send.setChecked(False)

    def party(self) -> Party:
        roles = {role: s.value() for role, s in self.role_steppers.items()}
        bands = {band: s.value() for band, s in self.band_steppers.items()}
        send = {band: s.value() for band, s in self.send_steppers.items()}
        send[AgeBand.B20_25] = bands[AgeBand.B20_25]
        return Party.from_counts(roles, bands, send=send)

    def _on_next_clicked(self) -> None:
        if self.step == ADULTS:
            self.show_step(CHILDREN)
            return
        try:
            party = self.party()
        except ValidationError as exc:
            self.message.show_message(problem_text(exc))
            return
        self.message.show_message("")
        self.sig_party_chosen.emit(party)
