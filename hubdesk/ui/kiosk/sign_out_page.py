"""Signing out: scan the pass, pick yourselves from today's list (first name, last initial),
or do nothing (staff sign everyone out at closing)."""

from __future__ import annotations

import uuid

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QScrollArea, QWidget

from hubdesk.services.visits import SignedInToday
from hubdesk.ui.kiosk.context import KioskContext
from hubdesk.ui.kiosk.page import KioskPage
from hubdesk.ui.kiosk.scan_card import ScanCard
from hubdesk.ui.widgets.tile_button import TileButton

COLUMNS = 3


class SignOutPage(KioskPage):
    sig_visit_chosen = Signal(object)
    """A party on today's list was tapped. Argument: the visit id."""
    sig_nothing_clicked = Signal()
    """Leaving without signing out. No arguments."""

    def __init__(self, ctx: KioskContext) -> None:
        super().__init__(ctx, "signOutPage")
        self.scan = ScanCard("signOut", self)
        self.body.addWidget(self.scan)
        self.list_heading = QLabel(self)
        self.list_heading.setWordWrap(True)
        self.list_heading.setProperty("kind", "subtitle")
        self.body.addWidget(self.list_heading)
        self.scroller = QScrollArea(self)
        self.scroller.setObjectName("signOutScroll")
        self.scroller.setWidgetResizable(True)
        self.scroller.setFrameShape(QFrame.Shape.NoFrame)
        self.scroller.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        inner = QWidget()
        inner.setObjectName("signOutList")
        self.grid = QGridLayout(inner)
        self.grid.setSpacing(12)
        self.grid.setContentsMargins(0, 0, 8, 0)
        self.scroller.setWidget(inner)
        self.body.addWidget(self.scroller, 1)
        self.empty = QLabel(self)
        self.empty.setWordWrap(True)
        self.empty.setProperty("kind", "hint")
        self.body.addWidget(self.empty)
        self.nothing = TileButton("home", "", kind="tile", icon_size=40)
        self.nothing.setObjectName("signOutNothing")
        self.nothing.setMaximumWidth(520)
        self.nothing.clicked.connect(self.sig_nothing_clicked)
        self.nav.addWidget(self.nothing)
        self.parties: list[tuple[SignedInToday, TileButton]] = []
        self.finish_init()

    def retranslate(self) -> None:
        self.title.setText(self.tr("Signing out"))
        self.subtitle.setText(self.tr("Scan your pass, or tap your name below."))
        self.list_heading.setText(self.tr("Signed in on this screen today:"))
        self.empty.setText(self.tr("Nobody is signed in on this screen at the moment."))
        self.nothing.set_text(self.tr("Skip: staff will sign us out"))
        for entry, tile in self.parties:
            tile.set_text(self._label(entry))

    def _label(self, entry: SignedInToday) -> str:
        if entry.label:
            return self.tr("{name} (%n people)", "", entry.people).format(name=entry.label)
        return self.tr("A group of %n", "", entry.people)

    def reset(self) -> None:
        super().reset()
        self.scan.clear()
        self.show_parties([])

    def on_shown(self) -> None:
        self.scan.field.setFocus()
        self.ctx.tasks.run(
            self.ctx.services.visits.signed_in_here_today,
            self.ctx.actor,
            on_success=self._on_parties_loaded,
            on_failure=lambda _exc: self.show_parties([]),
        )

    def _on_parties_loaded(self, parties: list[SignedInToday]) -> None:
        # Names arrive after the page was left (idle reset, Start again)? Then show nothing.
        if self.isVisible():
            self.show_parties(parties)

    def show_parties(self, parties: list[SignedInToday]) -> None:
        for _, tile in self.parties:
            self.grid.removeWidget(tile)
            tile.deleteLater()
        self.parties = []
        for i, entry in enumerate(parties):
            tile = TileButton("sign-out", self._label(entry), kind="secondary")
            tile.setObjectName(f"signOutParty_{i}")
            tile.clicked.connect(lambda _=False, v=entry.visit_id: self._on_party_clicked(v))
            self.grid.addWidget(tile, i // COLUMNS, i % COLUMNS)
            self.parties.append((entry, tile))
        self.grid.setRowStretch(len(parties) // COLUMNS + 1, 1)
        self.empty.setVisible(not parties)

    def _on_party_clicked(self, visit_id: uuid.UUID) -> None:
        self.sig_visit_chosen.emit(visit_id)
