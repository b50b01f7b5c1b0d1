"""The welcome screen: sign in, sign out, scan a pass, language, larger text, high contrast."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QGridLayout, QHBoxLayout

from hubdesk.ui.i18n import LANGUAGES
from hubdesk.ui.kiosk.context import KioskContext
from hubdesk.ui.kiosk.page import KioskPage
from hubdesk.ui.kiosk.scan_card import ScanCard
from hubdesk.ui.theme import DEFAULT, HIGH_CONTRAST
from hubdesk.ui.widgets.icons import IconView
from hubdesk.ui.widgets.tile_button import TileButton


class WelcomePage(KioskPage):
    sig_sign_in_clicked = Signal()
    """The family pressed Sign in. No arguments."""
    sig_sign_out_clicked = Signal()
    """The family pressed Sign out. No arguments."""

    sig_calendar_clicked = Signal()
    """The family pressed What's on (the timetable for their phone). No arguments."""

    def __init__(self, ctx: KioskContext) -> None:
        super().__init__(ctx, "welcomePage", back=False)
        row = QHBoxLayout()
        row.setSpacing(24)
        self.sign_in = TileButton("sign-in", "", kind="primary", icon_size=56)
        self.sign_in.setObjectName("signInButton")
        self.sign_in.setMinimumHeight(140)
        self.sign_in.clicked.connect(self.sig_sign_in_clicked)
        self.sign_out = TileButton("sign-out", "", kind="tile", icon_size=56)
        self.sign_out.setObjectName("signOutButton")
        self.sign_out.setMinimumHeight(140)
        self.sign_out.clicked.connect(self.sig_sign_out_clicked)
        row.addWidget(self.sign_in)
        row.addWidget(self.sign_out)
        self.body.addLayout(row)

        self.scan = ScanCard("welcome", ctx, self)
        self.body.addWidget(self.scan)
        self.body.addStretch(1)

        # Languages: each in its own name and script, never translated.
        langs = QGridLayout()
        langs.setSpacing(12)
        self.language_icon = IconView("language", 40, self)
        langs.addWidget(self.language_icon, 0, 0)
        self.language_buttons: dict[str, TileButton] = {}
        for i, lang in enumerate(LANGUAGES):
            button = TileButton(None, lang.native_name, kind="secondary", checkable=True)
            button.setObjectName(f"language_{lang.code}")
            button.setAccessibleName(
                lang.native_name
                if lang.code == "en"
                else f"{lang.native_name} ({lang.english_name})"
            )
            button.clicked.connect(lambda _=False, code=lang.code: self._on_language_clicked(code))
            langs.addWidget(button, 0, i + 1)
            self.language_buttons[lang.code] = button
        self.large_text = TileButton("text-size", "", kind="secondary", checkable=True)
        self.large_text.setObjectName("largeTextButton")
        self.large_text.clicked.connect(self._on_large_text_clicked)
        self.high_contrast = TileButton("contrast", "", kind="secondary", checkable=True)
        self.high_contrast.setObjectName("highContrastButton")
        self.high_contrast.clicked.connect(self._on_high_contrast_clicked)
        access = QHBoxLayout()
        access.setSpacing(12)
        access.addWidget(self.large_text)
        access.addWidget(self.high_contrast)
        # the site's timetable for a family's phone, where a central service publishes it
        self.calendar = TileButton("calendar", "", kind="secondary")
        self.calendar.setObjectName("calendarButton")
        self.calendar.clicked.connect(self.sig_calendar_clicked)
        self.calendar.setVisible(bool(ctx.calendar_url))
        access.addWidget(self.calendar)
        self.body.addLayout(langs)
        self.body.addLayout(access)
        ctx.languages.sig_language_changed.connect(self._sync_toggles)
        ctx.themes.sig_theme_changed.connect(self._sync_toggles)
        self.finish_init()

    def retranslate(self) -> None:
        self.title.setText(self.tr("Welcome"))
        self.subtitle.setText(
            self.tr("Please sign in when you arrive, and sign out when you leave.")
        )
        self.sign_in.set_text(self.tr("Sign in"))
        self.sign_out.set_text(self.tr("Sign out"))
        self.large_text.set_text(self.tr("Larger text"))
        self.high_contrast.set_text(self.tr("High contrast"))
        self.calendar.set_text(self.tr("What's on"))

    def reset(self) -> None:
        super().reset()
        self.scan.clear()
        self._sync_toggles()

    def on_shown(self) -> None:
        self.scan.on_shown()

    def _sync_toggles(self, *_args: object) -> None:
        for code, button in self.language_buttons.items():
            button.setChecked(code == self.ctx.languages.current)
        self.large_text.setChecked(self.ctx.themes.large_text)
        self.high_contrast.setChecked(self.ctx.themes.theme == HIGH_CONTRAST)

    def _on_language_clicked(self, code: str) -> None:
        self.ctx.languages.set_language(code)
        self._sync_toggles()

    def _on_large_text_clicked(self) -> None:
        self.ctx.themes.apply(large_text=not self.ctx.themes.large_text)

    def _on_high_contrast_clicked(self) -> None:
        theme = DEFAULT if self.ctx.themes.theme == HIGH_CONTRAST else HIGH_CONTRAST
        self.ctx.themes.apply(theme=theme)
