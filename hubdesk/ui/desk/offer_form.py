"""The chosen session's public offer (Timetable page): whether it is public, and what the
council's service directory and families' calendars show of it. Errors beside each field."""

from __future__ import annotations

import uuid
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDoubleSpinBox,
    QFrame,
    QGridLayout,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QWidget,
)

from hubdesk.domain.offer import OFFER_AGE_MAX, OFFER_COST_MAX_PENCE, Offer, OfferIn
from hubdesk.ui.desk.form_errors import FormErrors
from hubdesk.ui.desk.page import Message, button, label, run_for


class OfferForm(QFrame):
    """Shown by the Timetable page for one session at a time (`edit`)."""

    sig_offer_saved = Signal(int)
    """The offer was saved. Argument: how many sessions changed."""

    def __init__(self, ctx: Any, actor: Any, message: Message, parent: QWidget) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.actor = actor
        self.activity_id: uuid.UUID | None = None
        self.setObjectName("offerForm")
        self.setProperty("kind", "card")
        grid = QGridLayout(self)
        self.title = label("", "offerTitle", "subtitle", self)
        self.public = QCheckBox(
            self.tr("Public: in the council's service directory and families' calendars"), self
        )
        self.public.setObjectName("offerPublic")
        self.description = QPlainTextEdit(self)
        self.description.setObjectName("offerDescription")
        self.description.setPlaceholderText(self.tr("What happens, who it is for"))
        self.description.setAccessibleName(self.tr("Description"))
        self.description.setTabChangesFocus(True)
        self.description.setFixedHeight(76)  # two whole lines at the desk's text size
        self.min_age = self._age("offerMinAge", self.tr("Youngest age"), self.tr("from "))
        self.max_age = self._age("offerMaxAge", self.tr("Oldest age"), self.tr("up to "))
        self.cost = QDoubleSpinBox(self)
        self.cost.setObjectName("offerCost")
        self.cost.setAccessibleName(self.tr("Cost"))
        self.cost.setPrefix("£")
        self.cost.setRange(0, OFFER_COST_MAX_PENCE / 100)
        self.cost.setSingleStep(0.5)
        self.cost.setSpecialValueText(self.tr("Free"))
        self.booking = QCheckBox(self.tr("Booking needed"), self)
        self.booking.setObjectName("offerBooking")
        self.access = QLineEdit(self)
        self.access.setObjectName("offerAccess")
        self.access.setPlaceholderText(self.tr("Accessibility: step-free, hearing loop ..."))
        self.access.setAccessibleName(self.tr("Accessibility notes"))
        self.contact = QLineEdit(self)
        self.contact.setObjectName("offerContact")
        self.contact.setPlaceholderText(self.tr("Hub contact: reception and its phone"))
        self.contact.setAccessibleName(self.tr("Hub contact"))
        self.email = QLineEdit(self)
        self.email.setObjectName("offerEmail")
        self.email.setPlaceholderText(self.tr("The hub's email"))
        self.email.setAccessibleName(self.tr("Hub email"))
        self.later_too = QCheckBox(self.tr("Also the later sessions of this name"), self)
        self.later_too.setObjectName("offerLaterToo")
        self.later_too.setChecked(True)
        self.save = button(self.tr("Save the offer"), "saveOfferButton", self, kind="primary")
        self.close_button = button(self.tr("Close"), "closeOfferButton", self)
        self.errors = FormErrors(message)

        grid.addWidget(self.title, 0, 0, 1, 2)
        grid.addWidget(self.public, 0, 2, 1, 3)
        grid.addWidget(self.description, 1, 0, 1, 2)
        grid.addWidget(self.errors.field("description", self.description,
                                         self.tr("Description")), 2, 0, 1, 2)  # fmt: skip
        for column, (path, widget, text) in enumerate(
            (
                ("min_age", self.min_age, self.tr("Youngest age")),
                ("max_age", self.max_age, self.tr("Oldest age")),
                ("cost_pence", self.cost, self.tr("Cost")),
            ),
            start=2,
        ):
            grid.addWidget(widget, 1, column, Qt.AlignmentFlag.AlignTop)
            grid.addWidget(
                self.errors.field(path, widget, text), 2, column, Qt.AlignmentFlag.AlignTop
            )
        grid.addWidget(self.booking, 1, 5, Qt.AlignmentFlag.AlignTop)
        lines: tuple[tuple[str, QLineEdit, str], ...] = (
            ("access", self.access, self.tr("Accessibility notes")),
            ("contact", self.contact, self.tr("Hub contact")),
            ("email", self.email, self.tr("Hub email")),
        )
        for column, (path, line, text) in enumerate(lines):
            span = 2 if column < 2 else 1
            at = (0, 2, 4)[column]
            grid.addWidget(line, 3, at, 1, span)
            grid.addWidget(self.errors.field(path, line, text), 4, at, 1, span)
        grid.addWidget(self.later_too, 5, 0, 1, 2)
        grid.addWidget(self.close_button, 5, 4)
        grid.addWidget(self.save, 5, 5)
        grid.setColumnStretch(0, 2)
        grid.setColumnStretch(1, 2)
        self.save.clicked.connect(self._on_save_clicked)
        self.close_button.clicked.connect(self.hide)
        self.hide()

    def _age(self, name: str, text: str, prefix: str) -> QSpinBox:
        spin = QSpinBox(self)
        spin.setObjectName(name)
        spin.setAccessibleName(text)
        spin.setToolTip(text)
        spin.setRange(-1, OFFER_AGE_MAX)
        spin.setSpecialValueText(text + ": " + self.tr("any"))
        spin.setPrefix(prefix)
        spin.setSuffix(self.tr(" yrs"))
        spin.setMinimumWidth(150)
        return spin

    def edit(self, activity_id: uuid.UUID, name: str) -> None:
        """Open the form on a session: its offer as stored, read off the GUI thread."""
        self.activity_id = activity_id
        self.errors.clear()
        self.title.setText(self.tr("Public offer: {name}").format(name=name))
        run_for(
            self, self.ctx.services.timetable.offer, self.actor, activity_id,
            on_success=self._show,
        )  # fmt: skip

    def _show(self, offer: Offer) -> None:
        self.public.setChecked(offer.public)
        self.description.setPlainText(offer.description or "")
        self.min_age.setValue(-1 if offer.min_age is None else offer.min_age)
        self.max_age.setValue(-1 if offer.max_age is None else offer.max_age)
        self.cost.setValue(offer.cost_pence / 100)
        self.booking.setChecked(offer.booking)
        self.access.setText(offer.access or "")
        self.contact.setText(offer.contact or "")
        self.email.setText(offer.email or "")
        self.show()
        self.public.setFocus()

    def value(self) -> OfferIn:
        return OfferIn(
            public=self.public.isChecked(),
            description=self.description.toPlainText(),
            min_age=None if self.min_age.value() < 0 else self.min_age.value(),
            max_age=None if self.max_age.value() < 0 else self.max_age.value(),
            cost_pence=round(self.cost.value() * 100),
            booking=self.booking.isChecked(),
            access=self.access.text(),
            contact=self.contact.text(),
            email=self.email.text(),
        )

    def _on_save_clicked(self) -> None:
        if self.activity_id is None:
            return
        self.errors.clear()
        timetable, actor, activity_id = self.ctx.services.timetable, self.actor, self.activity_id
        offer, later_too = self.value(), self.later_too.isChecked()
        run_for(
            self,
            lambda: timetable.set_offer(actor, activity_id, offer, later_too=later_too),
            on_success=self._on_saved,
            on_failure=self.errors.show,
        )

    def _on_saved(self, changed: int) -> None:
        self.hide()
        self.sig_offer_saved.emit(changed)
