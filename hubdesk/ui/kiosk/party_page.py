"""Who is here: adults by role, children by age band (with SEND), or a child's date of birth."""

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
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

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
from hubdesk.ui.kiosk.context import KioskContext
from hubdesk.ui.kiosk.page import KioskPage, MessageLabel, mark_invalid
from hubdesk.ui.kiosk.words import BAND_ICONS, BANDS, ROLES, problem_text, word
from hubdesk.ui.widgets.icons import IconView
from hubdesk.ui.widgets.stepper import Stepper
from hubdesk.ui.widgets.tile_button import TileButton

ROLE_ICONS = {
    Role.MOTHER: "adult",
    Role.FATHER: "adult",
    Role.CARER: "adult",
    Role.GRANDPARENT: "adult",
    Role.OTHER: "adult",
}


def parse_date(text: str, field: str = "date_of_birth") -> date:
    """A date typed as day/month/year (/, -, . or spaces between). ValidationError if not."""
    cleaned = text.strip()
    for sep in "-. ":
        cleaned = cleaned.replace(sep, "/")
    parts = [p for p in cleaned.split("/") if p]
    if len(parts) != 3 or not all(p.isascii() and p.isdigit() for p in parts) or len(text) > 20:
        raise ValidationError(field, "not_a_date", "must be day/month/year")
    day, month, year = (int(p) for p in parts)
    if year < 100:
        year += 2000
    try:
        return date(year, month, day)
    except ValueError:
        raise ValidationError(field, "not_a_date", "is not a real date") from None


@dataclass(frozen=True)
class ChildByDate:
    band: AgeBand
    date_of_birth: date
    send: bool


class PartyPage(KioskPage):
    sig_party_chosen = Signal(object)
    """Next was pressed with a valid party. Argument: the Party."""

    def __init__(self, ctx: KioskContext) -> None:
        super().__init__(ctx, "partyPage")
        self.scroller = QScrollArea(self)
        self.scroller.setObjectName("partyScroll")
        self.scroller.setWidgetResizable(True)
        self.scroller.setFrameShape(QFrame.Shape.NoFrame)
        self.scroller.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        inner = QWidget()
        inner.setObjectName("partyContent")
        columns = QHBoxLayout(inner)
        columns.setContentsMargins(0, 0, 8, 0)
        columns.setSpacing(32)
        self.scroller.setWidget(inner)
        self.body.addWidget(self.scroller, 1)

        adults = QVBoxLayout()
        self.adults_heading = QLabel(inner)
        self.adults_heading.setProperty("kind", "subtitle")
        self.adults_heading.setWordWrap(True)
        adults.addWidget(self.adults_heading)
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
        adults.addLayout(adult_grid)
        columns.addLayout(adults, 3)

        children = QVBoxLayout()
        self.children_heading = QLabel(inner)
        self.children_heading.setProperty("kind", "subtitle")
        self.children_heading.setWordWrap(True)
        child_grid = QGridLayout()
        child_grid.setHorizontalSpacing(12)
        child_grid.setVerticalSpacing(6)
        adult_grid.setVerticalSpacing(6)
        self.band_steppers: dict[AgeBand, Stepper] = {}
        self.send_steppers: dict[AgeBand, Stepper] = {}
        self.band_labels: dict[AgeBand, QLabel] = {}
        self.count_header = QLabel(inner)
        self.count_header.setProperty("kind", "hint")
        self.count_header.setWordWrap(True)
        self.count_header.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom)
        self.send_header = QLabel(inner)
        self.send_header.setProperty("kind", "hint")
        self.send_header.setWordWrap(True)
        self.send_header.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom)
        # the heading shares its row with the column headings, so six bands fit without scrolling
        child_grid.addWidget(self.children_heading, 0, 0, 1, 2)
        child_grid.addWidget(self.count_header, 0, 2)
        child_grid.addWidget(self.send_header, 0, 3)
        for row, band in enumerate(AgeBand, start=1):
            child_grid.addWidget(IconView(BAND_ICONS[band], 40, inner), row, 0)
            label = QLabel(inner)
            label.setWordWrap(True)
            child_grid.addWidget(label, row, 1)
            stepper = Stepper(f"children_{band.name.lower()}", MAX_CHILDREN, inner)
            stepper.sig_value_changed.connect(lambda _v, b=band: self._on_band_changed(b))
            child_grid.addWidget(stepper, row, 2)
            self.band_labels[band] = label
            self.band_steppers[band] = stepper
            if band is not AgeBand.B20_25:  # 20-25 is SEND by definition
                # how many of this band have SEND: at most the band's count
                send = Stepper(f"send_{band.name.lower()}", 0, inner)
                child_grid.addWidget(send, row, 3)
                self.send_steppers[band] = send
        child_grid.setColumnStretch(1, 1)
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
        self.dob_prompt = QLabel(self.dob_card)
        self.dob_prompt.setWordWrap(True)
        dob_layout.addWidget(self.dob_prompt)
        self.dob_field = QLineEdit(self.dob_card)
        self.dob_field.setObjectName("partyDobField")
        self.dob_field.setMaxLength(20)
        self.dob_field.returnPressed.connect(self._on_add_dob_clicked)
        dob_layout.addWidget(self.dob_field)
        self.dob_problem = MessageLabel("partyDobMessage", self.dob_card)
        dob_layout.addWidget(self.dob_problem)
        self.dob_send = TileButton("send", "", kind="secondary", icon_size=28, checkable=True)
        self.dob_send.setObjectName("partyDobSend")
        dob_layout.addWidget(self.dob_send)
        dob_row = QHBoxLayout()
        dob_row.setSpacing(12)
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
        adults.addSpacing(8)
        adults.addWidget(self.dob_open)
        adults.addStretch(1)
        children.addStretch(1)
        columns.addLayout(children, 5)

        self.next = TileButton("next", "", kind="primary", icon_size=40)
        self.next.setObjectName("partyNext")
        self.next.setMaximumWidth(420)
        self.next.clicked.connect(self._on_next_clicked)
        self.nav.addWidget(self.next)
        self.by_date: list[ChildByDate] = []
        self.finish_init()

    def retranslate(self) -> None:
        self.title.setText(self.tr("Who is here today?"))
        self.subtitle.setText(self.tr("Tap + for each person. No names needed."))
        self.adults_heading.setText(self.tr("Adults"))
        self.children_heading.setText(self.tr("Children and young people"))
        for role, label in self.role_labels.items():
            label.setText(word(ROLES[role]))
            self.role_steppers[role].set_what(word(ROLES[role]))
        for band, label in self.band_labels.items():
            label.setText(word(BANDS[band]))
            self.band_steppers[band].set_what(word(BANDS[band]))
        self.count_header.setText(self.tr("How many"))
        self.send_header.setText(self.tr("Of them with SEND"))
        for band, send in self.send_steppers.items():
            send.set_what(self.tr("{band}, with SEND").format(band=word(BANDS[band])))
        self.dob_open.set_text(self.tr("Add a child by date of birth"))
        self.dob_prompt.setText(self.tr("Child's date of birth (day/month/year):"))
        self.dob_cancel.set_text(self.tr("Cancel"))
        self.dob_field.setAccessibleName(self.tr("Child's date of birth"))
        self.dob_field.setPlaceholderText(self.tr("e.g. 25/12/2021"))
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
        self.scroller.verticalScrollBar().setValue(0)

    def on_shown(self) -> None:
        self.role_steppers[Role.MOTHER].plus.setFocus()

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
            dob = parse_date(self.dob_field.text())
            validate_child_dob(dob, today, send=send)
        except ValidationError as exc:
            mark_invalid(self.dob_field, True)
            self.dob_problem.show_message(problem_text(exc))
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
        self.band_steppers[band].plus.setFocus()

    def _on_dob_open_clicked(self) -> None:
        self._place_dob_panel()
        self.dob_card.show()
        self.dob_card.raise_()
        self.dob_field.setFocus()

    def _place_dob_panel(self) -> None:
        width = min(max(self.width() - 160, 320), 640)
        self.dob_card.setFixedWidth(width)
        self.dob_card.adjustSize()
        self.dob_card.move(
            (self.width() - width) // 2, (self.height() - self.dob_card.height()) // 2
        )

    def _close_dob_panel(self) -> None:
        self.dob_card.hide()
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
        try:
            party = self.party()
        except ValidationError as exc:
            self.message.show_message(problem_text(exc))
            return
        self.message.show_message("")
        self.sig_party_chosen.emit(party)
