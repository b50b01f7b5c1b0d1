"""Check your answers, then register: every person's first name (and each child's date of
birth), each with "Change". A refusal from the service is shown beside the answer it is about,
all of them at once, in the words of this screen ("Mum", "Aged 2 to 4"), never a field path."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QScrollArea, QWidget

from hubdesk.domain.dates import format_typed_date
from hubdesk.domain.errors import ValidationError, every_error
from hubdesk.domain.people import AgeBand, Role
from hubdesk.ui.kiosk.context import KioskContext
from hubdesk.ui.kiosk.page import KioskPage, MessageLabel
from hubdesk.ui.kiosk.words import FIELD_PROBLEM, problem_text, who_words, word
from hubdesk.ui.widgets.bidi import in_reading_direction, isolate, isolate_ltr
from hubdesk.ui.widgets.tile_button import TileButton

NAME = "name"
DATE = "date"
_PATH = re.compile(r"^(adults|children)\[(\d+)\]\.(\w+)$")


@dataclass
class PersonAnswer:
    """One person of a household being registered, as the family answers for them."""

    is_child: bool
    role: Role | None = None
    band: AgeBand | None = None
    send: bool = False
    first_name: str = ""
    date_of_birth: date | None = None


def who_label(person: PersonAnswer) -> str:
    """The words the kiosk uses for this person: "Mum", "Aged 2 to 4 (SEND)"."""
    return who_words(person.is_child, person.role, person.band, person.send)


class CheckPage(KioskPage):
    sig_change_clicked = Signal(int, str)
    """"Change" was tapped. Arguments: the person's index, and "name" or "date"."""
    sig_register_clicked = Signal()
    """Register and sign in. No arguments."""

    def __init__(self, ctx: KioskContext) -> None:
        super().__init__(ctx, "checkPage")
        self.scroller = QScrollArea(self)
        self.scroller.setObjectName("checkScroll")
        self.scroller.setProperty("may_scroll", True)  # a household of twelve needs it
        self.scroller.setWidgetResizable(True)
        self.scroller.setFrameShape(QFrame.Shape.NoFrame)
        self.scroller.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.inner = QWidget()
        self.inner.setObjectName("checkContent")
        self.grid = QGridLayout(self.inner)
        self.grid.setHorizontalSpacing(16)
        self.grid.setVerticalSpacing(8)
        self.grid.setContentsMargins(0, 0, 8, 0)
        self.scroller.setWidget(self.inner)
        self.body.addWidget(self.scroller, 1)
        self.submit = TileButton("pass", "", kind="primary", icon_size=40)
        self.submit.setObjectName("checkSubmit")
        self.submit.setMaximumWidth(520)
        self.submit.clicked.connect(self.sig_register_clicked)
        self.nav.addWidget(self.submit)
        self.people: list[PersonAnswer] = []
        self.postcode: str | None = None
        self.rows: list[tuple[QLabel, QLabel, TileButton, TileButton | None, MessageLabel]] = []
        self.postcode_row: tuple[QLabel, QLabel] | None = None
        self.finish_init()

    def retranslate(self) -> None:
        self.title.setText(self.tr("Check your answers"))
        self.subtitle.setText(self.tr("Tap Change to put anything right."))
        self.submit.set_text(self.tr("Register and sign in"))
        for person, (who, answer, change_name, change_date, _) in zip(
            self.people, self.rows, strict=True
        ):
            who.setText(who_label(person))
            # in the screen's direction even when the answer is a name alone: a lone Arabic
            # name must not sit at the other end of its column from the rest
            answer.setText(in_reading_direction(self._answer(person), self.isRightToLeft()))
            change_name.set_text(self.tr("Change name"))
            change_name.setAccessibleName(
                self.tr("Change the name of {who}").format(who=who_label(person))
            )
            if change_date is not None:
                change_date.set_text(self.tr("Change date"))
                change_date.setAccessibleName(
                    self.tr("Change the date of birth of {who}").format(who=who_label(person))
                )
        if self.postcode_row is not None:
            label, value = self.postcode_row
            label.setText(self.tr("Postcode"))
            value.setText(isolate_ltr(self.postcode or ""))

    def _answer(self, person: PersonAnswer) -> str:
        name = isolate(person.first_name)
        if person.is_child and person.date_of_birth is not None:
            return self.tr("{name}, born {date}").format(
                name=name, date=isolate_ltr(format_typed_date(person.date_of_birth))
            )
        return name

    def reset(self) -> None:
        super().reset()
        while self.grid.count():
            item = self.grid.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self.rows = []
        self.people = []
        self.postcode = None
        self.postcode_row = None

    def show_answers(self, people: list[PersonAnswer], postcode: str | None) -> None:
        self.reset()
        self.people = people
        self.postcode = postcode
        row = 0
        for i, person in enumerate(people):
            who = QLabel(self.inner)
            who.setObjectName(f"checkWho_{i}")
            who.setWordWrap(True)
            who.setProperty("kind", "hint")
            answer = QLabel(self.inner)
            answer.setObjectName(f"checkAnswer_{i}")
            answer.setWordWrap(True)
            change_name = TileButton(None, "", kind="secondary", parent=self.inner)
            change_name.setObjectName(f"checkChangeName_{i}")
            change_name.clicked.connect(lambda _=False, n=i: self.sig_change_clicked.emit(n, NAME))
            change_date: TileButton | None = None
            if person.is_child:
                change_date = TileButton(None, "", kind="secondary", parent=self.inner)
                change_date.setObjectName(f"checkChangeDate_{i}")
                change_date.clicked.connect(
                    lambda _=False, n=i: self.sig_change_clicked.emit(n, DATE)
                )
            problem = MessageLabel(f"checkProblem_{i}", self.inner)
            self.grid.addWidget(who, row, 0)
            self.grid.addWidget(answer, row, 1)
            self.grid.addWidget(change_name, row, 2)
            if change_date is not None:
                self.grid.addWidget(change_date, row, 3)
            self.grid.addWidget(problem, row + 1, 1, 1, 3)
            self.rows.append((who, answer, change_name, change_date, problem))
            row += 2
        if postcode:
            label = QLabel(self.inner)
            label.setProperty("kind", "hint")
            value = QLabel(self.inner)
            value.setObjectName("checkPostcode")
            self.grid.addWidget(label, row, 0)
            self.grid.addWidget(value, row, 1)
            self.postcode_row = (label, value)
            row += 1
        self.grid.setColumnStretch(0, 2)
        self.grid.setColumnStretch(1, 4)
        self.grid.setRowStretch(row, 1)
        self.retranslate()

    def show_problem(self, exc: BaseException) -> None:
        """Every refusal beside the answer it is about; the rest on the page's message line."""
        for *_, problem in self.rows:
            problem.show_message("")
        if not isinstance(exc, ValidationError):
            self.message.show_message(problem_text(exc))
            return
        adults = [i for i, p in enumerate(self.people) if not p.is_child]
        children = [i for i, p in enumerate(self.people) if p.is_child]
        left: list[str] = []
        for error in every_error(exc):
            match = _PATH.match(error.field)
            index: int | None = None
            if match:
                group = adults if match.group(1) == "adults" else children
                position = int(match.group(2))
                index = group[position] if position < len(group) else None
            if index is None:
                left.append(problem_text(error))
                continue
            # beside the answer, in this screen's words: "Mum: Please use letters."
            who = who_label(self.people[index])
            self.rows[index][4].show_message(
                word(FIELD_PROBLEM).format(field=who, problem=problem_text(error, with_field=False))
            )
        self.message.show_message(
            " ".join(left) or self.tr("Please put right what is marked above, then register again.")
        )
