"""The confirmation. Shown only after the sign-in (or sign-out) was committed to disk."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout

from hubdesk.ui.kiosk.context import KioskContext
from hubdesk.ui.kiosk.page import KioskPage
from hubdesk.ui.widgets.icons import IconView
from hubdesk.ui.widgets.tile_button import TileButton

SIGNED_IN = "in"
SIGNED_OUT = "out"
NOTHING = "nothing"


class DonePage(KioskPage):
    sig_finish_clicked = Signal()
    """The family pressed Finish (the page also times out). No arguments."""

    def __init__(self, ctx: KioskContext) -> None:
        super().__init__(ctx, "donePage", back=False)
        self.kind = SIGNED_IN
        self.people = 0
        row = QHBoxLayout()
        self.tick = IconView("check", 160, self)
        self.tick.setProperty("kind", "title")
        row.addStretch(1)
        row.addWidget(self.tick, 0, Qt.AlignmentFlag.AlignCenter)
        row.addStretch(1)
        self.body.addStretch(1)
        self.body.addLayout(row)
        self.body.addStretch(1)
        self.finish = TileButton("home", "", kind="primary", icon_size=40)
        self.finish.setObjectName("doneFinishButton")
        self.finish.setMaximumWidth(420)
        self.finish.clicked.connect(self.sig_finish_clicked)
        self.nav.addWidget(self.finish)
        self.finish_init()

    def show_result(self, kind: str, people: int = 0) -> None:
        self.kind = kind
        self.people = people
        self.tick.set_icon(
            "check" if kind == SIGNED_IN else "sign-out" if kind == SIGNED_OUT else "home"
        )
        self.retranslate()

    def retranslate(self) -> None:
        if self.kind == SIGNED_IN:
            self.title.setText(self.tr("Thank you, you're signed in"))
            self.subtitle.setText(
                self.tr("%n people signed in. Enjoy your visit!", "", self.people)
            )
        elif self.kind == SIGNED_OUT:
            self.title.setText(self.tr("Thank you, you're signed out"))
            self.subtitle.setText(self.tr("Goodbye, and see you soon!"))
        else:
            self.title.setText(self.tr("That's fine"))
            self.subtitle.setText(
                self.tr("Staff sign everyone out when we close. Goodbye, and see you soon!")
            )
        self.finish.set_text(self.tr("Finish"))

    def reset(self) -> None:
        super().reset()
        self.show_result(SIGNED_IN, 0)
