"""The end of a flow: signed in (with the number to sign out with), signed out, not signed in,
or staying. Shown only after what it reports was committed to disk."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QVBoxLayout

from hubdesk.ui.kiosk.context import KioskContext
from hubdesk.ui.kiosk.face_row import FaceRow
from hubdesk.ui.kiosk.page import KioskPage
from hubdesk.ui.widgets.bidi import isolate_ltr
from hubdesk.ui.widgets.icons import IconView
from hubdesk.ui.widgets.tile_button import TileButton

SIGNED_IN = "in"
SIGNED_OUT = "out"
NOTHING = "nothing"  # leaving without signing out
NOT_IN = "not_in"  # scanned to sign out, but not signed in here today
STAYING = "staying"  # in already, and staying

ICONS = {SIGNED_IN: "check", SIGNED_OUT: "sign-out", NOT_IN: "home", STAYING: "check"}


class DonePage(KioskPage):
    sig_finish_clicked = Signal()
    """The family pressed Finish (the page also times out). No arguments."""

    def __init__(self, ctx: KioskContext) -> None:
        super().__init__(ctx, "donePage", back=False)
        self.kind = SIGNED_IN
        self.people = 0
        self.leave_code: int | None = None
        row = QHBoxLayout()
        row.setSpacing(40)
        self.tick = IconView("check", 140, self)
        self.tick.setProperty("kind", "title")
        row.addStretch(1)
        row.addWidget(self.tick, 0, Qt.AlignmentFlag.AlignCenter)
        # the number a party signs out with: large, so it can be remembered or photographed
        self.number_card = QFrame(self)
        self.number_card.setObjectName("leaveNumberCard")
        self.number_card.setProperty("kind", "card")
        card = QVBoxLayout(self.number_card)
        card.setContentsMargins(24, 10, 24, 10)
        self.number_caption = QLabel(self.number_card)
        self.number_caption.setObjectName("leaveNumberCaption")
        self.number_caption.setWordWrap(True)
        self.number_caption.setAlignment(Qt.AlignmentFlag.AlignCenter)
        card.addWidget(self.number_caption)
        self.number = QLabel(self.number_card)
        self.number.setObjectName("leaveNumber")
        self.number.setProperty("kind", "bignumber")
        self.number.setAlignment(Qt.AlignmentFlag.AlignCenter)
        card.addWidget(self.number)
        self.number_hint = QLabel(self.number_card)
        self.number_hint.setObjectName("leaveNumberHint")
        self.number_hint.setProperty("kind", "hint")
        self.number_hint.setWordWrap(True)
        self.number_hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        card.addWidget(self.number_hint)
        self.number_card.setMaximumWidth(640)
        # wide enough that its words take one or two lines: the page also holds the faces
        self.number_card.setMinimumWidth(600)
        row.addWidget(self.number_card, 0, Qt.AlignmentFlag.AlignCenter)
        row.addStretch(1)
        self.body.addStretch(1)
        self.body.addLayout(row)
        self.body.addStretch(1)
        # "how was today?": shown only where there is a visit to ask about (issue 23)
        self.faces = FaceRow(self)
        self.body.addWidget(self.faces)
        # the offer of the hub's questions sits beside Finish, so nothing moves when it shows
        self.faces.questions_button.setParent(self)
        self.nav.insertWidget(0, self.faces.questions_button)
        self.finish = TileButton("home", "", kind="primary", icon_size=40)
        self.finish.setObjectName("doneFinishButton")
        self.finish.setMaximumWidth(420)
        self.finish.clicked.connect(self.sig_finish_clicked)
        self.nav.addWidget(self.finish)
        self.finish_init()

    def show_result(
        self, kind: str, people: int = 0, leave_code: int | None = None, *, ask: bool = False
    ) -> None:
        """Show how the flow ended; `ask`: offer the faces (there is a visit to ask about)."""
        self.kind = kind
        self.people = people
        self.leave_code = leave_code
        self.tick.set_icon(ICONS.get(kind, "home"))
        numbered = kind == SIGNED_IN and leave_code is not None
        self.number_card.setVisible(numbered)
        self.faces.ask(signed_out=kind == SIGNED_OUT)
        asking = ask and kind in (SIGNED_IN, SIGNED_OUT, STAYING)
        self.faces.setVisible(asking)
        # with the number and the faces both on the page, the tick (a picture beside the
        # title's words) makes room for the number's card
        self.tick.setVisible(not (asking and numbered))
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
        elif self.kind == NOT_IN:
            self.title.setText(self.tr("You're not signed in at the moment"))
            self.subtitle.setText(
                self.tr("So there is nothing to do. Thank you, and see you soon!")
            )
        elif self.kind == STAYING:
            self.title.setText(self.tr("That's fine"))
            self.subtitle.setText(self.tr("You're still signed in. Enjoy your visit!"))
        else:
            self.title.setText(self.tr("That's fine"))
            self.subtitle.setText(
                self.tr("Staff sign everyone out when we close. Goodbye, and see you soon!")
            )
        self.number_caption.setText(self.tr("Your number for signing out:"))
        self.number.setText(isolate_ltr(str(self.leave_code)) if self.leave_code else "")
        self.number.setAccessibleName(str(self.leave_code or ""))
        self.number_hint.setText(self.tr("When you leave, tap Sign out, then this number."))
        self.finish.set_text(self.tr("Finish"))

    def reset(self) -> None:
        super().reset()
        self.faces.reset()
        self.show_result(SIGNED_IN, 0)
