"""Themes: colours declared once here, style sheets in resources/themes/*.qss, large-text mode.

Each theme's colours live in one `Palette`. The style sheet templates refer to them as `@name@`
and to sizes as `@font@`, `@target@` ... so large-text mode scales fonts and touch targets
together. `CONTRAST_PAIRS` lists every foreground/background pair the style sheets use, and
`contrast_ratio` is the WCAG 2.x formula, so a test can hold every theme to AA.
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication

from hubdesk.ui.resources import resource_path

DEFAULT = "default"
HIGH_CONTRAST = "high-contrast"
THEMES = (DEFAULT, HIGH_CONTRAST)

LARGE_TEXT_SCALE = 1.3
LARGE_TARGET_SCALE = 1.15
MIN_TARGET_PX = 48
KEY_PX = 56  # an on-screen key, in normal and large text alike (hubdesk/ui/widgets/keys)


@dataclass(frozen=True)
class Palette:
    """Every colour a theme uses, as #rrggbb."""

    window: str  # page background
    text: str
    muted: str  # secondary text on the page
    surface: str  # cards and fields
    border: str
    header: str  # the top bar
    on_header: str
    primary: str  # the main action on a page
    on_primary: str
    secondary: str  # other buttons and tiles
    on_secondary: str
    checked: str  # a ticked tile, a chosen toggle
    on_checked: str
    quiet: str  # the "private word" button
    on_quiet: str
    error_bg: str
    error: str
    focus: str  # keyboard focus ring (non-text: needs 3:1 against the window)
    disabled: str  # text of a disabled button, on `secondary`


PALETTES: dict[str, Palette] = {
    DEFAULT: Palette(
        window="#f6f4ef",
        text="#1f2933",
        muted="#4a5563",
        surface="#ffffff",
        border="#6b7684",
        header="#1b3a5c",
        on_header="#ffffff",
        primary="#0b6e4f",
        on_primary="#ffffff",
        secondary="#e3ecf5",
        on_secondary="#1b3a5c",
        checked="#1b3a5c",
        on_checked="#ffffff",
        quiet="#ece6f5",
        on_quiet="#3f2a78",
        error_bg="#fdeaea",
        error="#9b1c1c",
        focus="#b34700",
        disabled="#4f5b69",
    ),
    HIGH_CONTRAST: Palette(
        window="#000000",
        text="#ffffff",
        muted="#ffffff",
        surface="#000000",
        border="#ffffff",
        header="#000000",
        on_header="#ffff00",
        primary="#ffff00",
        on_primary="#000000",
        secondary="#000000",
        on_secondary="#ffffff",
        checked="#00ffff",
        on_checked="#000000",
        quiet="#000000",
        on_quiet="#ffff00",
        error_bg="#000000",
        error="#ff9c9c",
        focus="#00ffff",
        disabled="#c8c8c8",
    ),
}

# (foreground, background, minimum ratio): text needs 4.5:1 (AA), the focus ring 3:1 (non-text).
CONTRAST_PAIRS: tuple[tuple[str, str, float], ...] = (
    ("text", "window", 4.5),
    ("muted", "window", 4.5),
    ("text", "surface", 4.5),
    ("muted", "surface", 4.5),
    ("on_header", "header", 4.5),
    ("on_primary", "primary", 4.5),
    ("on_secondary", "secondary", 4.5),
    ("on_checked", "checked", 4.5),
    ("on_quiet", "quiet", 4.5),
    ("error", "error_bg", 4.5),
    ("error", "window", 4.5),
    ("disabled", "secondary", 4.5),
    ("focus", "window", 3.0),
    ("border", "surface", 3.0),
)


def _channel(c: int) -> float:
    s = c / 255
    return s / 12.92 if s <= 0.04045 else ((s + 0.055) / 1.055) ** 2.4


def relative_luminance(hex_colour: str) -> float:
    """WCAG 2.x relative luminance of #rrggbb."""
    value = hex_colour.lstrip("#")
    r, g, b = (int(value[i : i + 2], 16) for i in (0, 2, 4))
    return 0.2126 * _channel(r) + 0.7152 * _channel(g) + 0.0722 * _channel(b)


def contrast_ratio(fg: str, bg: str) -> float:
    """WCAG 2.x contrast ratio, 1.0 to 21.0."""
    a, b = relative_luminance(fg), relative_luminance(bg)
    hi, lo = max(a, b), min(a, b)
    return (hi + 0.05) / (lo + 0.05)


@dataclass(frozen=True)
class Sizes:
    """Pixel sizes the style sheet uses; large-text mode scales them all."""

    font: int = 20
    small: int = 17
    title: int = 34
    subtitle: int = 24
    big: int = 72  # the sign-out number on the "you are signed in" screen
    target: int = 64  # minimum height of a button
    tile: int = 88  # minimum height of a big tile
    radius: int = 12
    pad: int = 12

    def scaled(self, text: float, targets: float) -> Sizes:
        """Text sizes times `text`; touch targets times `targets` (they grow less, so that a
        screen of large buttons still fits)."""
        return Sizes(
            font=round(self.font * text),
            small=round(self.small * text),
            title=round(self.title * text),
            subtitle=round(self.subtitle * text),
            big=round(self.big * targets),
            target=round(self.target * targets),
            tile=round(self.tile * targets),
            radius=self.radius,
            pad=self.pad,
        )


def sizes_for(large_text: bool) -> Sizes:
    return Sizes().scaled(LARGE_TEXT_SCALE, LARGE_TARGET_SCALE) if large_text else Sizes()


_TOKEN = re.compile(r"@([a-z_]+)@")
_COMMENT = re.compile(r"/\*.*?\*/", re.DOTALL)


def render_stylesheet(theme: str, *, large_text: bool = False) -> str:
    """The style sheet for `theme`: base template plus the theme's own additions, tokens filled."""
    palette = PALETTES[theme]
    sizes = sizes_for(large_text)
    values: dict[str, str] = {k: str(v) for k, v in dataclasses.asdict(palette).items()}
    values.update({k: f"{v}px" for k, v in dataclasses.asdict(sizes).items()})
    # QSS min-height counts the content box only: take off the 2 px borders
    values["target_inner"] = f"{sizes.target - 4}px"
    values["tile_inner"] = f"{sizes.tile - 4}px"
    values["key_inner"] = f"{KEY_PX - 4}px"
    # accented letters a little larger than the others (ã and ā differ by a small mark), and
    # never so large that their key outgrows the others'
    values["key_accent"] = f"{max(sizes.subtitle, 28)}px"
    text = resource_path("themes", "base.qss").read_text(encoding="utf-8")
    extra = resource_path("themes", f"{theme}.qss")
    if extra.exists():
        text += "\n" + extra.read_text(encoding="utf-8")

    def fill(match: re.Match[str]) -> str:
        return values[match.group(1)]

    return _TOKEN.sub(fill, _COMMENT.sub("", text))


class ThemeManager(QObject):
    """Applies a theme and text size to the application and tells widgets when it changes."""

    sig_theme_changed = Signal()
    """Emitted after the style sheet changed (icons redraw in the new colours). No arguments."""

    def __init__(
        self,
        app: QApplication,
        theme: str = DEFAULT,
        large_text: bool = False,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._app = app
        self.theme = theme
        self.large_text = large_text

    @property
    def palette(self) -> Palette:
        return PALETTES[self.theme]

    @property
    def sizes(self) -> Sizes:
        return sizes_for(self.large_text)

    def apply(self, theme: str | None = None, large_text: bool | None = None) -> None:
        if theme is not None:
            if theme not in PALETTES:
                raise ValueError(f"unknown theme {theme!r}")
            self.theme = theme
        if large_text is not None:
            self.large_text = large_text
        p = self.palette
        qpal = QPalette()
        for role, colour in (
            (QPalette.ColorRole.Window, p.window),
            (QPalette.ColorRole.WindowText, p.text),
            (QPalette.ColorRole.Base, p.surface),
            (QPalette.ColorRole.Text, p.text),
            (QPalette.ColorRole.Button, p.secondary),
            (QPalette.ColorRole.ButtonText, p.on_secondary),
            (QPalette.ColorRole.Highlight, p.checked),
            (QPalette.ColorRole.HighlightedText, p.on_checked),
            (QPalette.ColorRole.PlaceholderText, p.muted),
        ):
            qpal.setColor(role, QColor(colour))
        self._app.setPalette(qpal)
        font = QFont(self._app.font())
        font.setPixelSize(self.sizes.font)
        self._app.setFont(font)
        self._app.setStyleSheet(render_stylesheet(self.theme, large_text=self.large_text))
        self.sig_theme_changed.emit()
