"""Are you leaving? Signing a party out always asks first.

Three ways in: a family scans to sign in while it is in the building already ("Signing out?" is
the big default), a family scans its pass on the sign-out screen, or a party taps its number.
The page shows only what that party may see of itself: its number or, after its own pass was
scanned, its own first names; and when it arrived.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel

from hubdesk.services.visits import OpenVisit
from hubdesk.ui.kiosk.context import KioskContext
from hubdesk.ui.kiosk.page import KioskPage
from hubdesk.ui.kiosk.sign_out_page import arrival_time
from hubdesk.ui.kiosk.words import names_list
from hubdesk.ui.widgets.bidi import isolate_ltr
from hubdesk.ui.widgets.icons import IconView
from hubdesk.ui.widgets.tile_button import TileButton

ALREADY_IN = "already_in"  # scanned to sign in, but in the building already
CONFIRM = "confirm"  # chose to sign out


@dataclass(frozen=True)
class Leaving:
    """Who is about to sign out: their visit, and their own first names if their pass was
    scanned (never for a party that only tapped a number)."""

    visit: OpenVisit
    names: tuple[str, ...] = ()
    mode: str = CONFIRM


class LeavingPage(KioskPage):
    sig_sign_out_clicked = Signal(object)
    """Yes, sign us out. Argument: the Leaving being confirmed."""
    sig_stay_clicked = Signal()
    """No: they are staying (or chose the wrong number). No arguments."""

    def __init__(self, ctx: KioskContext) -> None:
        super().__init__(ctx, "leavingPage", back=False)
        self.leaving: Leaving | None = None
        row = QHBoxLayout()
        self.icon = IconView("sign-out", 120, self)
        self.icon.setProperty("kind", "title")
        row.addStretch(1)
        row.addWidget(self.icon, 0, Qt.AlignmentFlag.AlignCenter)
        row.addStretch(1)
        self.body.addStretch(1)
        self.body.addLayout(row)
        self.detail = QLabel(self)
        self.detail.setObjectName("leavingDetail")
        self.detail.setWordWrap(True)
        self.detail.setProperty("kind", "subtitle")
        self.detail.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.body.addWidget(self.detail)
        self.body.addStretch(1)
        self.stay = TileButton("back", "", kind="secondary", icon_size=32)
        self.stay.setObjectName("leavingStay")
        self.stay.setMaximumWidth(420)
        self.stay.clicked.connect(self.sig_stay_clicked)
        self.yes = TileButton("sign-out", "", kind="primary", icon_size=48)
        self.yes.setObjectName("leavingYes")
        self.yes.setMinimumHeight(110)
        self.yes.clicked.connect(self._on_yes_clicked)
        self.nav.insertWidget(0, self.stay)
        self.nav.addWidget(self.yes, 2)
        self.finish_init()

    def show_leaving(self, leaving: Leaving) -> None:
        self.leaving = leaving
        self.retranslate()

    def retranslate(self) -> None:
        leaving = self.leaving
        if leaving is None:
            self.title.setText(self.tr("Signing out?"))
            self.subtitle.setText("")
            self.detail.setText("")
        else:
            visit = leaving.visit
            at = isolate_ltr(arrival_time(visit))
            if leaving.mode == ALREADY_IN:
                self.title.setText(self.tr("You're signed in already. Signing out?"))
            elif leaving.names:
                self.title.setText(self.tr("Sign out now?"))
            else:
                self.title.setText(
                    self.tr("Sign out number {number}?").format(number=visit.leave_code)
                )
            self.subtitle.setText(self.tr("You arrived at {time}.").format(time=at))
            if leaving.names:
                rtl = self.layoutDirection() == Qt.LayoutDirection.RightToLeft
                self.detail.setText(names_list(leaving.names, rtl))
            else:
                self.detail.setText(self.tr("%n people", "", visit.people))
        self.yes.set_text(self.tr("Yes, sign us out"))
        self.stay.set_text(
            self.tr("No, we're staying")
            if leaving is not None and leaving.mode == ALREADY_IN
            else self.tr("No, go back")
        )

    def reset(self) -> None:
        super().reset()
        self.leaving = None
        self.retranslate()

    def _on_yes_clicked(self) -> None:
        if self.leaving is not None:
            self.sig_sign_out_clicked.emit(self.leaving)
