"""The locked desk: choose your name, enter your PIN. Shows nothing about any family."""

from __future__ import annotations

import uuid

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from hubdesk.domain.errors import LockedOutError
from hubdesk.services.base import Actor
from hubdesk.services.staff import StaffMember, WrongPinError
from hubdesk.ui.desk import words
from hubdesk.ui.desk.context import DeskContext
from hubdesk.ui.desk.page import Message, button, label, run_for
from hubdesk.ui.widgets.pin_pad import PinPad

COLUMNS = 2


class LockPage(QWidget):
    sig_signed_in = Signal(object, str)
    """A PIN was accepted. Arguments: the staff Actor, the staff member's name."""

    def __init__(self, ctx: DeskContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.setObjectName("lockPage")
        self.setProperty("kind", "deskpage")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        # names on the left, the PIN pad on the right: side by side, the pad and its OK key stay
        # on a 1366x768 screen (window frame and taskbar taken off) however many staff there are;
        # a long staff list scrolls on its own
        outer = QHBoxLayout(self)
        outer.setContentsMargins(24, 12, 24, 12)
        outer.addStretch(1)
        names = QVBoxLayout()
        names.setSpacing(10)
        names.addStretch(1)
        self.title = label(self.tr("The desk is locked"), "lockTitle", "title", self)
        names.addWidget(self.title)
        self.hint = label(
            self.tr("Choose your name, then enter your PIN."), "lockHint", "hint", self
        )
        names.addWidget(self.hint)
        self.staff_scroll = QScrollArea(self)
        self.staff_scroll.setObjectName("lockStaffScroll")
        self.staff_scroll.setWidgetResizable(True)
        self.staff_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.staff_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        grid_box = QWidget(self.staff_scroll)
        grid_box.setObjectName("lockStaffNames")
        grid_box.setProperty("kind", "deskpage")
        self.staff_grid = QGridLayout(grid_box)
        self.staff_grid.setContentsMargins(0, 0, 8, 0)
        self.staff_grid.setSpacing(8)
        self.staff_grid.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.staff_scroll.setWidget(grid_box)
        names.addWidget(self.staff_scroll, 4)
        names.addStretch(1)
        outer.addLayout(names, 5)
        outer.addSpacing(40)
        pad_col = QVBoxLayout()
        pad_col.setSpacing(10)
        pad_col.addStretch(1)
        self.pad = PinPad(self)
        self.pad.setObjectName("lockPinPad")
        self.pad.setFixedWidth(320)
        policy = self.pad.sizePolicy()
        policy.setRetainSizeWhenHidden(True)  # choosing a name moves no name
        self.pad.setSizePolicy(policy)
        self.pad.sig_pin_entered.connect(self._on_pin_entered)
        pad_col.addWidget(self.pad)
        # room kept for "Wrong PIN", so the pad never moves under the finger
        self.message = Message("lockMessage", self)
        self.message.setFixedWidth(320)
        self.message.setMinimumHeight(56)
        self.message.setAlignment(Qt.AlignmentFlag.AlignTop)
        pad_col.addWidget(self.message)
        pad_col.addStretch(1)
        outer.addLayout(pad_col)
        outer.addStretch(1)
        self.staff_buttons: list[tuple[StaffMember, QPushButton]] = []
        self.chosen: StaffMember | None = None
        self.wrong_in_a_row = 0
        self.rest_timer = QTimer(self)
        self.rest_timer.setSingleShot(True)
        self.rest_timer.setInterval(ctx.settings.wrong_pin_rest_ms)
        self.rest_timer.timeout.connect(self._on_rest_timeout)
        self._sync()

    @property
    def resting(self) -> bool:
        """Too many wrong PINs in a row here: the pad rests for a while, whoever's name."""
        return self.rest_timer.isActive()

    def reset(self) -> None:
        self.pad.clear()
        self.chosen = None
        for _, b in self.staff_buttons:
            b.setChecked(False)
        if not self.resting:
            self.message.clear_message()
        self._sync()
        self.load_staff()

    def load_staff(self) -> None:
        run_for(
            self,
            self.ctx.services.staff.list,
            self.ctx.identity.hub_id,
            on_success=self.show_staff,
            on_failure=lambda exc: self.message.show_error(words.problem(exc)),
        )

    def show_staff(self, staff: list[StaffMember]) -> None:
        for _, b in self.staff_buttons:
            self.staff_grid.removeWidget(b)
            b.hide()
            b.setParent(None)
            b.deleteLater()
        self.staff_buttons = []
        for i, member in enumerate(m for m in staff if m.active):
            b = button(member.name, f"staff_{i}", self.staff_scroll.widget())
            b.setCheckable(True)
            b.clicked.connect(lambda _=False, m=member: self._on_staff_clicked(m))
            self.staff_grid.addWidget(b, i // COLUMNS, i % COLUMNS)
            self.staff_buttons.append((member, b))
        if not self.staff_buttons:
            self.message.show_error(
                self.tr("No staff accounts yet: add one with `hubdesk staff add`.")
            )
        self._sync()

    def button_for(self, staff_id: uuid.UUID) -> QPushButton | None:
        for member, b in self.staff_buttons:
            if member.id == staff_id:
                return b
        return None

    def _on_staff_clicked(self, member: StaffMember) -> None:
        self.chosen = member
        for m, b in self.staff_buttons:
            b.setChecked(m.id == member.id)
        if not self.resting:
            self.message.clear_message()
        self._sync()
        self.pad.field.setFocus()

    def _sync(self) -> None:
        self.pad.setVisible(self.chosen is not None)
        self.pad.setEnabled(not self.resting)

    def _on_pin_entered(self, pin: str) -> None:
        if self.chosen is None or self.resting:
            return
        self.pad.setEnabled(False)
        member = self.chosen
        run_for(
            self,
            self.ctx.services.staff.sign_in,
            self.ctx.identity,
            member.id,
            pin,
            on_success=lambda actor: self._on_accepted(actor, member.name),
            on_failure=self._on_refused,
        )

    def _on_accepted(self, actor: Actor, name: str) -> None:
        self.wrong_in_a_row = 0
        self.pad.setEnabled(True)
        self.pad.clear()
        self.message.clear_message()
        self.sig_signed_in.emit(actor, name)

    def _on_refused(self, exc: BaseException) -> None:
        self.pad.setEnabled(True)
        if isinstance(exc, WrongPinError):
            self.wrong_in_a_row += 1
        if self.wrong_in_a_row >= self.ctx.settings.max_wrong_pins:
            self.wrong_in_a_row = 0
            self.rest_timer.start()
            self.message.show_error(
                self.tr("Too many wrong PINs. The desk is locked for a while; try again later.")
            )
        elif isinstance(exc, WrongPinError) and exc.locked_until is None:
            self.message.show_error(self.tr("Wrong PIN. %n tries left.", "", exc.attempts_left))
        elif isinstance(exc, (WrongPinError, LockedOutError)):
            until = exc.locked_until if isinstance(exc, WrongPinError) else exc.until
            when = words.local(until) if until is not None else ""  # type: ignore[arg-type]
            self.message.show_error(
                self.tr("Too many wrong PINs for this name. Try again after {when}.").format(
                    when=when
                )
            )
        else:
            self.message.show_error(words.problem(exc))
        self._sync()
        self.pad.field.setFocus()

    def _on_rest_timeout(self) -> None:
        self.message.clear_message()
        self._sync()
