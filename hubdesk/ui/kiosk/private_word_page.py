"""After "I'd like a private word": a calm, discreet reassurance (or a discreet apology)."""

from __future__ import annotations

from PySide6.QtCore import Signal

from hubdesk.ui.kiosk.context import KioskContext
from hubdesk.ui.kiosk.page import KioskPage
from hubdesk.ui.widgets.tile_button import TileButton

SENDING = "sending"
SENT = "sent"
FAILED = "failed"


class PrivateWordPage(KioskPage):
    sig_return_clicked = Signal()
    """Back to where the family was. No arguments."""

    def __init__(self, ctx: KioskContext) -> None:
        super().__init__(ctx, "privateWordPage", back=False)
        self.state = SENDING
        self.body.addStretch(1)
        self.carry_on = TileButton("back", "", kind="primary", icon_size=40)
        self.carry_on.setObjectName("privateWordReturn")
        self.carry_on.setMaximumWidth(520)
        self.carry_on.clicked.connect(self.sig_return_clicked)
        self.nav.addWidget(self.carry_on)
        self.finish_init()

    def set_state(self, state: str) -> None:
        self.state = state
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(self.tr("Thank you"))
        if self.state == FAILED:
            # Discreet: no alarm, just a quiet way to get the same help.
            self.subtitle.setText(
                self.tr("Please speak to someone at the front desk when you are ready.")
            )
        elif self.state == SENT:
            self.subtitle.setText(self.tr("Someone will come and find you for a quiet word soon."))
        else:
            self.subtitle.setText(self.tr("One moment..."))
        self.carry_on.set_text(self.tr("Carry on"))

    def reset(self) -> None:
        super().reset()
        self.set_state(SENDING)
