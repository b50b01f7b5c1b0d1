"""A child visiting with a returning family today (a friend's child, a cousin): counted in the
visit by age group, never added to the family, no name asked."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QGridLayout

from hubdesk.domain.people import AgeBand
from hubdesk.ui.kiosk.context import KioskContext
from hubdesk.ui.kiosk.page import KioskPage
from hubdesk.ui.kiosk.words import BAND_ICONS, BANDS, word
from hubdesk.ui.widgets.tile_button import TileButton

COLUMNS = 3


class GuestPage(KioskPage):
    sig_guest_chosen = Signal(object, bool)
    """An age group was tapped. Arguments: the AgeBand, and SEND (bool)."""

    def __init__(self, ctx: KioskContext) -> None:
        super().__init__(ctx, "guestPage")
        self.send = TileButton("send", "", kind="secondary", icon_size=28, checkable=True)
        self.send.setObjectName("guestSend")
        self.body.addWidget(self.send)
        grid = QGridLayout()
        grid.setSpacing(16)
        self.band_tiles: dict[AgeBand, TileButton] = {}
        for i, band in enumerate(AgeBand):
            tile = TileButton(BAND_ICONS[band], "")
            tile.setObjectName(f"guest_{band.name.lower()}")
            tile.clicked.connect(lambda _=False, b=band: self._on_band_clicked(b))
            grid.addWidget(tile, i // COLUMNS, i % COLUMNS)
            self.band_tiles[band] = tile
        self.body.addLayout(grid)
        self.body.addStretch(1)
        self.finish_init()

    def retranslate(self) -> None:
        self.title.setText(self.tr("A child visiting with you today"))
        self.subtitle.setText(self.tr("Tap their age. No name needed."))
        self.send.set_text(self.tr("Has special educational needs or a disability (SEND)"))
        for band, tile in self.band_tiles.items():
            tile.set_text(word(BANDS[band]))

    def reset(self) -> None:
        super().reset()
        self.send.setChecked(False)

    def _on_band_clicked(self, band: AgeBand) -> None:
        send = self.send.isChecked() or band is AgeBand.B20_25
        self.send.setChecked(False)
        self.sig_guest_chosen.emit(band, send)
