"""The staff PIN gate: pick your name, enter your PIN; then close the kiosk or go back."""

from __future__ import annotations

import uuid

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QVBoxLayout

from hubdesk.domain.errors import LockedOutError
from hubdesk.services.base import Actor
from hubdesk.services.staff import StaffMember, WrongPinError
from hubdesk.ui.kiosk.context import KioskContext
from hubdesk.ui.kiosk.page import KioskPage
from hubdesk.ui.widgets.pin_pad import PinPad
from hubdesk.ui.widgets.tile_button import TileButton

COLUMNS = 2


class StaffPage(KioskPage):
    sig_staff_verified = Signal(object)
    """A PIN was verified. Argument: the staff Actor."""
    sig_close_clicked = Signal()
    """Verified staff chose to close the kiosk. No arguments."""

    def __init__(self, ctx: KioskContext) -> None:
        super().__init__(ctx, "staffPage")
        # staff names on the left, the PIN pad on the right: it all fits without scrolling
        row = QHBoxLayout()
        row.setSpacing(40)
        self.staff_grid = QGridLayout()
        self.staff_grid.setSpacing(12)
        staff_column = QVBoxLayout()
        staff_column.addLayout(self.staff_grid)
        staff_column.addStretch(1)
        row.addLayout(staff_column, 3)
        self.pad = PinPad(self)
        self.pad.setMaximumWidth(420)
        self.pad.sig_pin_entered.connect(self._on_pin_entered)
        row.addWidget(self.pad, 2)
        self.body.addLayout(row, 1)
        self.close_kiosk = TileButton("lock", "", kind="primary", icon_size=40)
        self.close_kiosk.setObjectName("closeKioskButton")
        self.close_kiosk.clicked.connect(self.sig_close_clicked)
        self.nav.addWidget(self.close_kiosk)
        self.staff_buttons: list[tuple[StaffMember, TileButton]] = []
        self.chosen: uuid.UUID | None = None
        self.verified: Actor | None = None
        self.finish_init()

    def retranslate(self) -> None:
        self.title.setText(self.tr("Staff only"))
        if self.verified is not None:
            self.subtitle.setText(self.tr("PIN accepted."))
        elif self.chosen is None:
            self.subtitle.setText(self.tr("Tap your name, then enter your PIN."))
        else:
            self.subtitle.setText(self.tr("Enter your PIN."))
        self.close_kiosk.set_text(self.tr("Close the kiosk"))

    def reset(self) -> None:
        super().reset()
        self.pad.clear()
        self.chosen = None
        self.verified = None
        for _, button in self.staff_buttons:
            button.setChecked(False)
        self._sync()

    def _sync(self) -> None:
        self.pad.setVisible(self.chosen is not None and self.verified is None)
        self.close_kiosk.setVisible(self.verified is not None)
        self.retranslate()

    def on_shown(self) -> None:
        self.ctx.tasks.run(
            self.ctx.services.staff.list,
            self.ctx.identity.hub_id,
            on_success=self.show_staff,
            on_failure=lambda _exc: self.show_staff([]),
        )

    def show_staff(self, staff: list[StaffMember]) -> None:
        for _, button in self.staff_buttons:
            self.staff_grid.removeWidget(button)
            button.deleteLater()
        self.staff_buttons = []
        for i, member in enumerate(m for m in staff if m.active):
            button = TileButton("adult", member.name, kind="secondary", checkable=True)
            button.setObjectName(f"staff_{i}")
            button.clicked.connect(lambda _=False, sid=member.id: self._on_staff_clicked(sid))
            self.staff_grid.addWidget(button, i // COLUMNS, i % COLUMNS)
            self.staff_buttons.append((member, button))
        if len(self.staff_buttons) == 1:
            self._on_staff_clicked(self.staff_buttons[0][0].id)
        if not self.staff_buttons:
            self.message.show_message(self.tr("No staff accounts yet: set one up at the desk."))

    def _on_staff_clicked(self, staff_id: uuid.UUID) -> None:
        self.chosen = staff_id
        for member, button in self.staff_buttons:
            button.setChecked(member.id == staff_id)
        self.message.show_message("")
        self._sync()
        self.pad.field.setFocus()

    def _on_pin_entered(self, pin: str) -> None:
        if self.chosen is None:
            return
        self.pad.setEnabled(False)
        self.ctx.tasks.run(
            self.ctx.services.staff.sign_in,
            self.ctx.identity,
            self.chosen,
            pin,
            on_success=self._on_signed_in,
            on_failure=self._on_refused,
        )

    def _on_signed_in(self, actor: Actor) -> None:
        self.pad.setEnabled(True)
        self.verified = actor
        self.message.show_message("")
        self._sync()
        self.sig_staff_verified.emit(actor)

    def _on_refused(self, exc: BaseException) -> None:
        self.pad.setEnabled(True)
        if isinstance(exc, WrongPinError) and exc.locked_until is None:
            self.message.show_message(self.tr("Wrong PIN. %n tries left.", "", exc.attempts_left))
        elif isinstance(exc, (WrongPinError, LockedOutError)):
            self.message.show_message(self.tr("Too many wrong PINs. Please try again later."))
        else:
            self.message.show_message(self.tr("That did not work. Please try again."))
        self.pad.field.setFocus()
