"""The hub's privacy notice, then: finish without registering, or register for a pass.

For a returning family whose consent is out of date it asks only to agree (or not now).
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QScrollArea

from hubdesk.ui.kiosk.context import KioskContext
from hubdesk.ui.kiosk.page import KioskPage
from hubdesk.ui.widgets.bidi import isolate, isolate_ltr
from hubdesk.ui.widgets.tile_button import TileButton

NEW_VISITOR = "new"
CONSENT = "consent"


class PrivacyPage(KioskPage):
    sig_finish_anonymous_clicked = Signal()
    """Finish without registering (counted anonymously). No arguments."""
    sig_register_clicked = Signal()
    """Register and get a pass. No arguments."""
    sig_consent_answered = Signal(bool)
    """A returning family answered. Argument: True if they agreed."""

    def __init__(self, ctx: KioskContext) -> None:
        super().__init__(ctx, "privacyPage")
        self.mode = NEW_VISITOR
        self.hub_notice = ""
        self.hub_name = ""
        self.retention_months = 24
        self.notice = QLabel()
        self.notice.setObjectName("privacyNotice")
        self.notice.setProperty("kind", "notice")
        self.notice.setWordWrap(True)
        self.notice.setTextFormat(Qt.TextFormat.PlainText)
        self.notice.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeading)
        self.scroller = QScrollArea(self)
        self.scroller.setObjectName("privacyScroll")
        self.scroller.setProperty("may_scroll", True)  # a hub's own notice may be long
        self.scroller.setWidgetResizable(True)
        self.scroller.setFrameShape(QFrame.Shape.NoFrame)
        self.scroller.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroller.setWidget(self.notice)
        self.body.addWidget(self.scroller, 1)
        row = QHBoxLayout()
        row.setSpacing(24)
        self.anonymous = TileButton("check", "", kind="primary", icon_size=48)
        self.anonymous.setObjectName("finishAnonymousButton")
        self.register = TileButton("pass", "", kind="tile", icon_size=48)
        self.register.setObjectName("registerButton")
        self.agree = TileButton("check", "", kind="primary", icon_size=48)
        self.agree.setObjectName("agreeButton")
        self.not_now = TileButton("next", "", kind="tile", icon_size=48)
        self.not_now.setObjectName("notNowButton")
        for button in (self.anonymous, self.register, self.agree, self.not_now):
            button.setMinimumHeight(88)
            row.addWidget(button)
        self.anonymous.clicked.connect(self.sig_finish_anonymous_clicked)
        self.register.clicked.connect(self.sig_register_clicked)
        self.agree.clicked.connect(lambda: self.sig_consent_answered.emit(True))
        self.not_now.clicked.connect(lambda: self.sig_consent_answered.emit(False))
        self.body.addLayout(row)
        self.finish_init()

    def set_profile(self, hub_name: str, notice: str, retention_months: int = 24) -> None:
        self.hub_name = hub_name
        self.hub_notice = notice
        self.retention_months = retention_months
        self.retranslate()

    def set_mode(self, mode: str) -> None:
        self.mode = mode
        new = mode == NEW_VISITOR
        self.anonymous.setVisible(new)
        self.register.setVisible(new)
        self.agree.setVisible(not new)
        self.not_now.setVisible(not new)
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(self.tr("Your privacy"))
        if self.mode == NEW_VISITOR:
            self.subtitle.setText(
                self.tr("You can finish now without giving any names, or register for a pass.")
            )
        else:
            self.subtitle.setText(self.tr("Our privacy notice has changed. Please read it."))
        standard = "\n\n".join(
            (
                self.tr(
                    "{hub} keeps a record of visits so that it can plan its groups and services."
                ),
                self.tr(
                    "If you finish without registering, we count how many people came, the "
                    "children's age groups, whether any have special educational needs or a "
                    "disability (SEND), and why you came. If you give your postcode, we keep "
                    "only the area it is in: its first half (like {district}), the council ward, "
                    "the neighbourhood and how deprived that neighbourhood is. No names and no "
                    "postcode are kept."
                ),
                self.tr(
                    "If you register, we also keep your first names, who is who (Mum, Dad ...), "
                    "your children's dates of birth and whether they have SEND, and your full "
                    "postcode, so that next time you can sign in with one scan of your pass. "
                    "Only staff at this Family Hub can see them. They are kept for %n months "
                    "after your last visit and then deleted.",
                    "",
                    self.retention_months,
                ),
                self.tr(
                    "You can ask at the front desk to see, correct or delete your details at "
                    "any time."
                ),
            )
        ).format(
            # the hub's name and the example district keep their own direction in any language
            hub=isolate(self.hub_name) if self.hub_name else self.tr("This Family Hub"),
            district=isolate_ltr("NE1"),
        )
        self.notice.setText(self.hub_notice or standard)
        self.notice.setAccessibleName(self.tr("Privacy notice"))
        self.anonymous.set_text(self.tr("Finish without registering"))
        self.register.set_text(self.tr("Register and get a pass"))
        self.agree.set_text(self.tr("I agree"))
        self.not_now.set_text(self.tr("Not now"))

    def reset(self) -> None:
        super().reset()
        self.set_mode(NEW_VISITOR)
        self.scroller.verticalScrollBar().setValue(0)
