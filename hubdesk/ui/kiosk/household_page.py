"""A returning family ticks who is here today. First names only, nobody else's details.

Someone new with them? A new baby or child in the family (named, with a date of birth: kept, and
checked by staff at the desk) or a child visiting with them today (counted by age group only).
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QGridLayout, QHBoxLayout

from hubdesk.domain.people import AgeBand
from hubdesk.services.families import KioskHousehold
from hubdesk.ui.kiosk.context import KioskContext
from hubdesk.ui.kiosk.page import KioskPage
from hubdesk.ui.kiosk.words import BANDS, word
from hubdesk.ui.widgets.bidi import isolate
from hubdesk.ui.widgets.tile_button import TileButton

COLUMNS = 3


@dataclass(frozen=True)
class NewChild:
    """A child the family adds at the kiosk."""

    first_name: str
    date_of_birth: date
    send: bool


@dataclass(frozen=True)
class Guest:
    """A child visiting with the family today."""

    band: AgeBand
    send: bool


class HouseholdPage(KioskPage):
    sig_members_chosen = Signal()
    """Next was pressed with at least one person ticked (read `ticked()`, `new_children()`,
    `guests()`). No arguments."""
    sig_add_child_clicked = Signal()
    """A new baby or child in the family. No arguments."""
    sig_add_guest_clicked = Signal()
    """A child visiting with the family. No arguments."""

    def __init__(self, ctx: KioskContext) -> None:
        super().__init__(ctx, "householdPage")
        self.grid = QGridLayout()
        self.grid.setSpacing(16)
        self.body.addLayout(self.grid)
        extra = QHBoxLayout()
        extra.setSpacing(16)
        self.add_child = TileButton("baby", "", kind="secondary", icon_size=32)
        self.add_child.setObjectName("householdAddChild")
        self.add_child.clicked.connect(self.sig_add_child_clicked)
        self.add_guest = TileButton("child", "", kind="secondary", icon_size=32)
        self.add_guest.setObjectName("householdAddGuest")
        self.add_guest.clicked.connect(self.sig_add_guest_clicked)
        extra.addWidget(self.add_child)
        extra.addWidget(self.add_guest)
        self.body.addStretch(1)
        self.body.addLayout(extra)
        self.next = TileButton("next", "", kind="primary", icon_size=40)
        self.next.setObjectName("householdNext")
        self.next.setMaximumWidth(420)
        self.next.clicked.connect(self._on_next_clicked)
        self.nav.addWidget(self.next)
        self.tiles: list[tuple[uuid.UUID, TileButton]] = []
        self.new_tiles: list[tuple[NewChild, TileButton]] = []
        self.guest_tiles: list[tuple[Guest, TileButton]] = []
        self.finish_init()

    def retranslate(self) -> None:
        self.title.setText(self.tr("Hello! Who is here today?"))
        self.subtitle.setText(self.tr("Tap a name to untick anyone who has not come today."))
        self.next.set_text(self.tr("Next"))
        self.add_child.set_text(self.tr("Add a new baby or child in our family"))
        self.add_guest.set_text(self.tr("Add a child visiting with us"))
        for child, tile in self.new_tiles:
            tile.set_text(self.tr("{name} (new)").format(name=isolate(child.first_name)))
        for guest, tile in self.guest_tiles:
            tile.set_text(self.tr("Visiting: {band}").format(band=isolate(word(BANDS[guest.band]))))

    def _clear_tiles(self) -> None:
        for tile in self._all_tiles():
            self.grid.removeWidget(tile)
            tile.deleteLater()
        self.tiles = []
        self.new_tiles = []
        self.guest_tiles = []

    def _all_tiles(self) -> list[TileButton]:
        return (
            [t for _, t in self.tiles]
            + [t for _, t in self.new_tiles]
            + [t for _, t in self.guest_tiles]
        )

    def reset(self) -> None:
        super().reset()
        self._clear_tiles()

    def show_household(self, household: KioskHousehold) -> None:
        self.reset()
        for i, member in enumerate(household.members):
            person = "child" if member.is_child else "adult"
            tile = self._tile(isolate(member.first_name), person, f"member_{i}")
            self.tiles.append((member.id, tile))
        self._place()

    def _tile(self, text: str, person: str, name: str) -> TileButton:
        tile = TileButton("check", text, checkable=True)
        tile.setObjectName(name)
        # a tick, not only a colour, shows who is ticked
        tile.toggled.connect(lambda on, t=tile, p=person: t.set_icon_name("check" if on else p))
        tile.setChecked(True)  # most days the whole household comes: untick who did not
        return tile

    def add_new_child(self, child: NewChild) -> None:
        tile = self._tile("", "baby", f"newChild_{len(self.new_tiles)}")
        self.new_tiles.append((child, tile))
        self.retranslate()
        self._place()

    def add_guest_child(self, guest: Guest) -> None:
        tile = self._tile("", "child", f"guest_{len(self.guest_tiles)}")
        self.guest_tiles.append((guest, tile))
        self.retranslate()
        self._place()

    def _place(self) -> None:
        for i, tile in enumerate(self._all_tiles()):
            self.grid.addWidget(tile, i // COLUMNS, i % COLUMNS)

    def ticked(self) -> tuple[uuid.UUID, ...]:
        return tuple(mid for mid, tile in self.tiles if tile.isChecked())

    def new_children(self) -> tuple[NewChild, ...]:
        return tuple(child for child, tile in self.new_tiles if tile.isChecked())

    def guests(self) -> tuple[Guest, ...]:
        return tuple(guest for guest, tile in self.guest_tiles if tile.isChecked())

    def _on_next_clicked(self) -> None:
        if not (self.ticked() or self.new_children()):
            self.message.show_message(self.tr("Please tick at least one person in your family."))
            return
        self.message.show_message("")
        self.sig_members_chosen.emit()
