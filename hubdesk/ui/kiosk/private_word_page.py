"""Asking to speak to a member of staff, quietly.

One deliberate step: the header button opens `AskPage`, which asks first (and, if the site has
rooms, where the family will be); nothing is sent until "Yes, please". The words are neutral,
so a bystander learns nothing from the screen, and promise nothing yet. `PrivateWordPage` then
says what is true: that someone will come (to the room, if they chose one) only once the request
has left the kiosk for the desk; otherwise, calmly, to come to the front desk, and the request is
withdrawn so that staff are not sent to a room the family is not in.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QButtonGroup, QGridLayout, QLabel

from hubdesk.ui.kiosk.context import KioskContext
from hubdesk.ui.kiosk.page import KioskPage
from hubdesk.ui.widgets.bidi import isolate
from hubdesk.ui.widgets.tile_button import TileButton

SENDING = "sending"
SENT = "sent"  # the request has left the kiosk: the desk will see it
FAILED = "failed"  # not recorded, or not able to leave the kiosk: speak to someone instead

ROOM_COLUMNS = 3


class AskPage(KioskPage):
    sig_ask_clicked = Signal(str)
    """Yes, please. Argument: the room chosen ("" for none)."""
    sig_cancel_clicked = Signal()
    """No, go back. No arguments."""

    def __init__(self, ctx: KioskContext) -> None:
        super().__init__(ctx, "askPage", back=False)
        self.rooms: tuple[str, ...] = ()
        self.where = QLabel(self)
        self.where.setObjectName("askWhere")
        self.where.setWordWrap(True)
        self.body.addWidget(self.where)
        self.grid = QGridLayout()
        self.grid.setSpacing(12)
        self.body.addLayout(self.grid)
        self.body.addStretch(1)
        self.group = QButtonGroup(self)
        self.group.setExclusive(False)  # tapping the chosen room again un-chooses it
        self.room_tiles: list[tuple[str, TileButton]] = []
        self.cancel = TileButton("back", "", kind="secondary", icon_size=32)
        self.cancel.setObjectName("askCancel")
        self.cancel.setMaximumWidth(420)
        self.cancel.clicked.connect(self.sig_cancel_clicked)
        self.ask = TileButton("check", "", kind="primary", icon_size=40)
        self.ask.setObjectName("askYes")
        self.ask.setMaximumWidth(520)
        self.ask.clicked.connect(self._on_ask_clicked)
        self.nav.insertWidget(0, self.cancel)
        self.nav.addWidget(self.ask)
        self.finish_init()

    def set_rooms(self, rooms: tuple[str, ...]) -> None:
        for _, tile in self.room_tiles:
            self.grid.removeWidget(tile)
            self.group.removeButton(tile)
            tile.deleteLater()
        self.room_tiles = []
        self.rooms = rooms
        for i, room in enumerate(rooms):
            tile = TileButton(None, isolate(room), kind="secondary", checkable=True)
            tile.setObjectName(f"askRoom_{i}")
            tile.clicked.connect(lambda _=False, t=tile: self._on_room_clicked(t))
            self.group.addButton(tile)
            self.grid.addWidget(tile, i // ROOM_COLUMNS, i % ROOM_COLUMNS)
            self.room_tiles.append((room, tile))
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(self.tr("Would you like a member of staff to come to you?"))
        self.subtitle.setText(self.tr("We will let a member of staff know, quietly."))
        self.where.setText(
            self.tr("Where will you be? Tap one if you like, or leave it.") if self.rooms else ""
        )
        self.where.setVisible(bool(self.rooms))
        self.ask.set_text(self.tr("Yes, please"))
        self.cancel.set_text(self.tr("No, go back"))

    def reset(self) -> None:
        super().reset()
        for _, tile in self.room_tiles:
            tile.setChecked(False)

    def chosen_room(self) -> str:
        return next((room for room, tile in self.room_tiles if tile.isChecked()), "")

    def _on_room_clicked(self, chosen: TileButton) -> None:
        for _, tile in self.room_tiles:
            if tile is not chosen:
                tile.setChecked(False)

    def _on_ask_clicked(self) -> None:
        self.sig_ask_clicked.emit(self.chosen_room())


class PrivateWordPage(KioskPage):
    sig_return_clicked = Signal()
    """Back to where the family was. No arguments."""

    def __init__(self, ctx: KioskContext) -> None:
        super().__init__(ctx, "privateWordPage", back=False)
        self.state = SENDING
        self.room = ""
        self.body.addStretch(1)
        self.carry_on = TileButton("back", "", kind="primary", icon_size=40)
        self.carry_on.setObjectName("privateWordReturn")
        self.carry_on.setMaximumWidth(520)
        self.carry_on.clicked.connect(self.sig_return_clicked)
        self.nav.addWidget(self.carry_on)
        self.finish_init()

    def set_state(self, state: str, room: str | None = None) -> None:
        self.state = state
        if room is not None:
            self.room = room
        self.carry_on.setVisible(state != SENDING)  # nothing to tap until we know
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(self.tr("Thank you") if self.state != SENDING else self.tr("One moment"))
        if self.state == FAILED:
            # Discreet and true: nobody may know yet, so ask them to come to us.
            self.subtitle.setText(
                self.tr("Please speak to a member of staff at the front desk when you are ready.")
            )
        elif self.state == SENT and self.room:
            self.subtitle.setText(
                self.tr("A member of staff will come and find you in {room} soon.").format(
                    room=isolate(self.room)
                )
            )
        elif self.state == SENT:
            self.subtitle.setText(self.tr("A member of staff will come and find you soon."))
        else:
            self.subtitle.setText(self.tr("Letting a member of staff know..."))
        self.carry_on.set_text(self.tr("Carry on"))

    def reset(self) -> None:
        super().reset()
        self.set_state(SENDING, "")
