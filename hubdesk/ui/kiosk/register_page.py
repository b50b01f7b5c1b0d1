"""Register for a pass: first names, and each child's date of birth. Nothing else is asked."""

from __future__ import annotations

import re
from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QLineEdit, QScrollArea, QWidget

from hubdesk.domain.errors import ValidationError
from hubdesk.domain.people import AgeBand, Party, Role
from hubdesk.services.families import AdultIn, ChildIn, FamilyIn
from hubdesk.ui.kiosk.context import KioskContext
from hubdesk.ui.kiosk.page import KioskPage, mark_invalid
from hubdesk.ui.kiosk.party_page import ChildByDate, parse_date
from hubdesk.ui.kiosk.words import BANDS, ROLES, problem_text, word
from hubdesk.ui.widgets.tile_button import TileButton

NAME_MAX_CHARS = 200  # the service refuses over 60 with a message; this only stops a flood
_PATH = re.compile(r"^(adults|children)\[(\d+)\]\.(\w+)$")


class RegisterPage(KioskPage):
    sig_family_ready = Signal(object)
    """Register was pressed and the answers look right. Argument: a FamilyIn (consent given)."""

    def __init__(self, ctx: KioskContext) -> None:
        super().__init__(ctx, "registerPage")
        self.scroller = QScrollArea(self)
        self.scroller.setObjectName("registerScroll")
        self.scroller.setWidgetResizable(True)
        self.scroller.setFrameShape(QFrame.Shape.NoFrame)
        self.scroller.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.inner = QWidget()
        self.inner.setObjectName("registerContent")
        self.grid = QGridLayout(self.inner)
        self.grid.setHorizontalSpacing(16)
        self.grid.setVerticalSpacing(12)
        self.grid.setContentsMargins(0, 0, 8, 0)
        self.scroller.setWidget(self.inner)
        self.body.addWidget(self.scroller, 1)
        self.submit = TileButton("pass", "", kind="primary", icon_size=40)
        self.submit.setObjectName("registerSubmit")
        self.submit.setMaximumWidth(520)
        self.submit.clicked.connect(self._on_submit_clicked)
        self.nav.addWidget(self.submit)
        self.party: Party | None = None
        self.postcode: str | None = None
        self.adult_fields: list[tuple[Role, QLabel, QLineEdit]] = []
        self.child_fields: list[tuple[AgeBand, bool, QLabel, QLineEdit, QLineEdit]] = []
        self.finish_init()

    def retranslate(self) -> None:
        self.title.setText(self.tr("Register for a pass"))
        self.subtitle.setText(
            self.tr("First names only. We need each child's date of birth to count age groups.")
        )
        self.submit.set_text(self.tr("Register and sign in"))
        for i, (role, label, field) in enumerate(self.adult_fields):
            label.setText(word(ROLES[role]))
            field.setAccessibleName(self.tr("First name of adult {n}").format(n=i + 1))
            field.setPlaceholderText(self.tr("First name"))
        if self.child_fields:
            self.name_header.setText(self.tr("Child's first name"))
            self.dob_header.setText(self.tr("Date of birth"))
        for i, (band, send, label, name, dob) in enumerate(self.child_fields):
            text = word(BANDS[band])
            label.setText(self.tr("{band} (SEND)").format(band=text) if send else text)
            name.setAccessibleName(self.tr("First name of child {n}").format(n=i + 1))
            name.setPlaceholderText(self.tr("First name"))
            dob.setAccessibleName(self.tr("Date of birth of child {n}").format(n=i + 1))
            dob.setPlaceholderText(self.tr("day/month/year"))

    def reset(self) -> None:
        super().reset()
        while self.grid.count():
            item = self.grid.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self.adult_fields = []
        self.child_fields = []
        self.party = None
        self.postcode = None

    def prepare(self, party: Party, by_date: list[ChildByDate], postcode: str | None) -> None:
        """Lay out one row per person in `party`, with any dates of birth already given."""
        self.reset()
        self.party = party
        self.postcode = postcode
        row = 0
        for i, role in enumerate(party.adults):
            label = QLabel(self.inner)
            label.setWordWrap(True)
            field = QLineEdit(self.inner)
            field.setObjectName(f"adultName_{i}")
            field.setMaxLength(NAME_MAX_CHARS)
            self.grid.addWidget(label, row, 0)
            self.grid.addWidget(field, row, 1, 1, 2)
            self.adult_fields.append((role, label, field))
            row += 1
        known = list(by_date)
        if party.children:
            self.name_header = QLabel(self.inner)
            self.name_header.setProperty("kind", "hint")
            self.name_header.setWordWrap(True)
            self.dob_header = QLabel(self.inner)
            self.dob_header.setProperty("kind", "hint")
            self.dob_header.setWordWrap(True)
            self.grid.addWidget(self.name_header, row, 1)
            self.grid.addWidget(self.dob_header, row, 2)
            row += 1
        for i, child in enumerate(party.children):
            label = QLabel(self.inner)
            label.setWordWrap(True)
            name = QLineEdit(self.inner)
            name.setObjectName(f"childName_{i}")
            name.setMaxLength(NAME_MAX_CHARS)
            dob = QLineEdit(self.inner)
            dob.setObjectName(f"childDob_{i}")
            dob.setMaxLength(20)
            match = next((k for k in known if k.band is child.band and k.send == child.send), None)
            if match is not None:
                known.remove(match)
                dob.setText(match.date_of_birth.strftime("%d/%m/%Y"))
            self.grid.addWidget(label, row, 0)
            self.grid.addWidget(name, row, 1)
            self.grid.addWidget(dob, row, 2)
            self.child_fields.append((child.band, child.send, label, name, dob))
            row += 1
        self.grid.setColumnStretch(0, 2)
        self.grid.setColumnStretch(1, 3)
        self.grid.setColumnStretch(2, 3)
        self.grid.setRowStretch(row, 1)
        self.retranslate()

    def on_shown(self) -> None:
        fields = [f for _, _, f in self.adult_fields] + [n for *_, n, _ in self.child_fields]
        if fields:
            fields[0].setFocus()

    def family(self) -> FamilyIn:
        """The answers as a FamilyIn. Raises ValidationError for a date that cannot be read."""
        adults = tuple(
            AdultIn(first_name=field.text(), role=role) for role, _, field in self.adult_fields
        )
        children = []
        for i, (_band, send, _, name, dob) in enumerate(self.child_fields):
            born: date = parse_date(dob.text(), f"children[{i}].date_of_birth")
            children.append(ChildIn(first_name=name.text(), date_of_birth=born, send=send))
        return FamilyIn(
            adults=adults, children=tuple(children), postcode=self.postcode, consent=True
        )

    def show_problem(self, exc: BaseException) -> None:
        """Show a refusal from the service (or our own date check) beside the right field."""
        for _, _, field in self.adult_fields:
            mark_invalid(field, False)
        for *_, name, dob in self.child_fields:
            mark_invalid(name, False)
            mark_invalid(dob, False)
        text = problem_text(exc)
        if isinstance(exc, ValidationError):
            m = _PATH.match(exc.field)
            if m:
                group, index, part = m.group(1), int(m.group(2)), m.group(3)
                widget: QLineEdit | None = None
                if group == "adults" and index < len(self.adult_fields):
                    widget = self.adult_fields[index][2]
                    who = self.tr("Adult {n}").format(n=index + 1)
                elif group == "children" and index < len(self.child_fields):
                    _, _, _, name, dob = self.child_fields[index]
                    widget = dob if part == "date_of_birth" else name
                    who = self.tr("Child {n}").format(n=index + 1)
                else:
                    who = ""
                if widget is not None:
                    mark_invalid(widget, True)
                    widget.setFocus()
                    text = self.tr("{who}, {problem}").format(who=who, problem=text)
        self.message.show_message(text)

    def _on_submit_clicked(self) -> None:
        try:
            family = self.family()
        except ValidationError as exc:
            self.show_problem(exc)
            return
        self.message.show_message("")
        self.sig_family_ready.emit(family)
