"""After Sign in: scan a pass (returning family), or carry on without one (new or anonymous)."""

from __future__ import annotations

from PySide6.QtCore import Signal

from hubdesk.ui.kiosk.context import KioskContext
from hubdesk.ui.kiosk.page import KioskPage
from hubdesk.ui.kiosk.scan_card import ScanCard
from hubdesk.ui.widgets.tile_button import TileButton


class PassQuestionPage(KioskPage):
    sig_no_pass_clicked = Signal()
    """The family has no pass (first time, forgot it, or rather not register). No arguments."""

    def __init__(self, ctx: KioskContext) -> None:
        super().__init__(ctx, "passQuestionPage")
        self.scan = ScanCard("passQuestion", ctx, self, asks=False)
        self.body.addWidget(self.scan)
        self.no_pass = TileButton("new-visitor", "", kind="primary", icon_size=56)
        self.no_pass.setObjectName("noPassButton")
        self.no_pass.setMinimumHeight(120)
        self.no_pass.clicked.connect(self.sig_no_pass_clicked)
        self.body.addWidget(self.no_pass)
        self.body.addStretch(1)
        self.finish_init()

    def retranslate(self) -> None:
        self.title.setText(self.tr("Do you have a Family Hub pass?"))
        self.subtitle.setText(self.tr("With a pass you can sign in your whole family in one go."))
        self.no_pass.set_text(self.tr("No pass, or first time here: sign in without one"))

    def reset(self) -> None:
        super().reset()
        self.scan.clear()

    def on_shown(self) -> None:
        self.scan.on_shown()
