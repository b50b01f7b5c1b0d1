"""A returning family ticks who is here today. First names only, nobody else's details."""

from __future__ import annotations

import uuid

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QGridLayout, QLabel

from hubdesk.services.families import KioskHousehold
from hubdesk.ui.kiosk.context import KioskContext
from hubdesk.ui.kiosk.page import KioskPage
from hubdesk.ui.widgets.tile_button import TileButton

COLUMNS = 3


class HouseholdPage(KioskPage):
    sig_members_chosen = Signal(object)
    """Next was pressed with at least one person ticked. Argument: tuple of member ids."""
    sig_sign_out_clicked = Signal()
    """They are in the building already and chose to sign out. No arguments."""

    def __init__(self, ctx: KioskContext) -> None:
        super().__init__(ctx, "householdPage")
        self.grid = QGridLayout()
        self.grid.setSpacing(16)
        self.body.addLayout(self.grid)
        self.body.addStretch(1)
        self.next = TileButton("next", "", kind="primary", icon_size=40)
        self.next.setObjectName("householdNext")
        self.next.setMaximumWidth(420)
        self.next.clicked.connect(self._on_next_clicked)
        self.already = QLabel(self)
        self.already.setObjectName("householdAlreadyIn")
        self.already.setWordWrap(True)
        self.already.setProperty("kind", "subtitle")
        self.body.insertWidget(0, self.already)
        self.sign_out = TileButton("sign-out", "", kind="primary", icon_size=40)
        self.sign_out.setObjectName("householdSignOut")
        self.sign_out.setMaximumWidth(420)
        self.sign_out.clicked.connect(self.sig_sign_out_clicked)
        self.nav.insertWidget(self.nav.count() - 1, self.sign_out)
        self.nav.addWidget(self.next)
        self.tiles: list[tuple[uuid.UUID, TileButton]] = []
        self.finish_init()

    def retranslate(self) -> None:
        self.title.setText(self.tr("Hello! Who is here today?"))
        self.subtitle.setText(self.tr("Tap a name to untick anyone who has not come today."))
        self.next.set_text(self.tr("Next"))
        self.already.setText(self.tr("You are signed in already today. Leaving? Sign out here."))
        self.sign_out.set_text(self.tr("Sign out"))

    def reset(self) -> None:
        super().reset()
        for _, tile in self.tiles:
            self.grid.removeWidget(tile)
            tile.deleteLater()
        self.tiles = []
        self.already.hide()
        self.sign_out.hide()

    def show_household(self, household: KioskHousehold, *, already_in: bool = False) -> None:
        self.reset()
        self.already.setVisible(already_in)
        self.sign_out.setVisible(already_in)
        for i, member in enumerate(household.members):
            person = "child" if member.is_child else "adult"
            tile = TileButton("check", member.first_name, checkable=True)
            tile.setObjectName(f"member_{i}")
            # a tick, not only a colour, shows who is ticked
            tile.toggled.connect(lambda on, t=tile, p=person: t.set_icon_name("check" if on else p))
            tile.setChecked(True)  # most days the whole household comes: untick who did not
            self.grid.addWidget(tile, i // COLUMNS, i % COLUMNS)
            self.tiles.append((member.id, tile))

    def ticked(self) -> tuple[uuid.UUID, ...]:
        return tuple(mid for mid, tile in self.tiles if tile.isChecked())

    def on_shown(self) -> None:
        self.next.setFocus()

    def _on_next_clicked(self) -> None:
        chosen = self.ticked()
        if not chosen:
            self.message.show_message(self.tr("Please tick at least one person."))
            return
        self.message.show_message("")
        self.sig_members_chosen.emit(chosen)
