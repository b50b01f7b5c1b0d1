"""Signing out: scan or type the pass, or tap the number the kiosk gave you when you signed in.

Nothing here tells a stranger who is in the building: a party is its sign-out number, when it
arrived and how many came. Leaving without signing out is the quiet option at the bottom.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QScrollArea, QWidget

from hubdesk.services.base import HUB_TZ
from hubdesk.services.visits import OpenVisit
from hubdesk.ui.kiosk.context import KioskContext
from hubdesk.ui.kiosk.page import KioskPage
from hubdesk.ui.kiosk.scan_card import ScanCard
from hubdesk.ui.widgets.bidi import isolate_ltr
from hubdesk.ui.widgets.tile_button import TileButton

COLUMNS = 5


def arrival_time(visit: OpenVisit) -> str:
    """The hub's local time a party arrived, as 10:42."""
    return visit.signed_in_at.astimezone(HUB_TZ).strftime("%H:%M")


class SignOutPage(KioskPage):
    sig_visit_chosen = Signal(object)
    """A party's number was tapped. Argument: its OpenVisit."""
    sig_nothing_clicked = Signal()
    """Leaving without signing out. No arguments."""

    def __init__(self, ctx: KioskContext) -> None:
        super().__init__(ctx, "signOutPage")
        # No subtitle: the scan card asks for the pass and the heading over the numbers says the
        # other way, which keeps a row of numbers on screen at large text in Arabic
        self.subtitle.hide()
        self.scan = ScanCard("signOut", ctx, self)
        self.body.addWidget(self.scan)
        self.list_heading = QLabel(self)
        self.list_heading.setObjectName("signOutListHeading")
        self.list_heading.setWordWrap(True)
        self.list_heading.setProperty("kind", "subtitle")
        self.body.addWidget(self.list_heading)
        self.scroller = QScrollArea(self)
        self.scroller.setObjectName("signOutScroll")
        self.scroller.setProperty("may_scroll", True)  # a busy day has many numbers
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
        self.empty.setObjectName("signOutEmpty")
        self.empty.setWordWrap(True)
        self.empty.setProperty("kind", "hint")
        self.body.addWidget(self.empty)
        # the quiet way out: small, at the end of the row, never the obvious choice
        self.nothing = TileButton(None, "", kind="quiet", icon_size=28)
        self.nothing.setObjectName("signOutNothing")
        self.nothing.setMaximumWidth(380)
        self.nothing.clicked.connect(self.sig_nothing_clicked)
        self.nav.addWidget(self.nothing)
        self.parties: list[tuple[OpenVisit, TileButton]] = []
        self.finish_init()

    def retranslate(self) -> None:
        self.title.setText(self.tr("Signing out"))
        self.list_heading.setText(self.tr("Or tap the number you were given when you signed in:"))
        self.empty.setText(self.tr("Nobody is signed in on this screen at the moment."))
        self.nothing.set_text(self.tr("Leave without signing out"))
        for entry, tile in self.parties:
            self._label(entry, tile)

    def _label(self, entry: OpenVisit, tile: TileButton) -> None:
        number = str(entry.leave_code)
        detail = self.tr("arrived {time}, %n people", "", entry.people).format(
            time=isolate_ltr(arrival_time(entry))
        )
        tile.set_text(f"{number}\n{detail}")
        tile.setAccessibleName(
            self.tr("Number {number}, {detail}").format(number=number, detail=detail)
        )

    def reset(self) -> None:
        super().reset()
        self.scan.clear()
        self.show_parties([])

    def on_shown(self) -> None:
        self.scan.on_shown()
        self.ctx.tasks.run(
            self.ctx.services.visits.signed_in_here_today,
            self.ctx.actor,
            on_success=self._on_parties_loaded,
            on_failure=lambda _exc: self.show_parties([]),
        )

    def _on_parties_loaded(self, parties: list[OpenVisit]) -> None:
        # Numbers arrive after the page was left (idle reset, Start again)? Then show nothing.
        if self.isVisible():
            self.show_parties(parties)

    def show_parties(self, parties: list[OpenVisit]) -> None:
        for _, tile in self.parties:
            self.grid.removeWidget(tile)
            tile.deleteLater()
        self.parties = []
        for i, entry in enumerate(parties):
            tile = TileButton(None, "", kind="secondary")
            tile.setObjectName(f"signOutNumber_{entry.leave_code}")
            tile.set_alignment(Qt.AlignmentFlag.AlignCenter)
            tile.setProperty("number", True)
            tile.set_big_first_line(True)
            self._label(entry, tile)
            tile.clicked.connect(lambda _=False, v=entry: self.sig_visit_chosen.emit(v))
            self.grid.addWidget(tile, i // COLUMNS, i % COLUMNS)
            self.parties.append((entry, tile))
        for row in range(self.grid.rowCount()):
            self.grid.setRowStretch(row, 0)
        self.grid.setRowStretch(len(parties) // COLUMNS + 1, 1)
        self.list_heading.setVisible(bool(parties))
        self.empty.setVisible(not parties)

    def tile_for(self, leave_code: int) -> TileButton | None:
        return next((t for e, t in self.parties if e.leave_code == leave_code), None)
