"""A council's branding (name, logo, colours) from the fleet configuration, applied to the UI.

    applied = apply_branding(app, config, themes=themes, window=window)

`config` is a `hubdesk.config.FleetConfig` (or its `Branding`). The colours replace the default
theme's primary (main buttons) and header/checked (accent) colours; the high-contrast theme is an
accessibility mode and is never branded. No colour may make text hard to read: where the theme's
text colour on a brand colour would fall below WCAG AA (4.5:1), the brand colour is darkened (or
lightened, for dark text) just enough to pass, and a warning is logged naming the setting. The
council's name becomes the application's display name (window titles); the logo, when the window
has a logo slot (the kiosk's header), is shown there unless the hub's own logo already is.

`apply_branding` also installs the start-up probe when `HUBDESK_STARTUP_PROBE` is set (see
hubdesk/ui/startup_probe.py), so the one call in app.py serves both.
"""

from __future__ import annotations

import dataclasses
import logging
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtGui import QIcon, QPixmap
from PySide6.QtWidgets import QApplication

from hubdesk.config import Branding, FleetConfig
from hubdesk.ui import theme
from hubdesk.ui.resources import resource_path
from hubdesk.ui.startup_probe import install_startup_probe

log = logging.getLogger(__name__)

AA_TEXT = 4.5
_STEPS = 80

# (brand setting, palette colour it replaces, the text colour drawn on it)
BRANDED_SLOTS: tuple[tuple[str, str, str], ...] = (
    ("branding.primary", "primary", "on_primary"),
    ("branding.accent", "header", "on_header"),
    ("branding.accent", "checked", "on_checked"),
)

_ORIGINAL = theme.PALETTES[theme.DEFAULT]


@dataclass(frozen=True)
class Adjustment:
    setting: str  # "branding.primary"
    slot: str  # the palette colour, e.g. "primary"
    asked: str  # #rrggbb from the file
    used: str  # #rrggbb after adjustment


@dataclass(frozen=True)
class AppliedBranding:
    name: str | None
    logo: QPixmap | None
    palette: theme.Palette
    adjustments: tuple[Adjustment, ...]


def _rgb(hex_colour: str) -> tuple[int, int, int]:
    value = hex_colour.lstrip("#")
    return int(value[0:2], 16), int(value[2:4], 16), int(value[4:6], 16)


def _hex(rgb: tuple[float, float, float]) -> str:
    return "#" + "".join(f"{max(0, min(255, round(c))):02x}" for c in rgb)


def readable_background(colour: str, text: str, minimum: float = AA_TEXT) -> str:
    """`colour`, or the nearest colour along the way to black (for light text) or white (for
    dark text) on which `text` reaches `minimum` contrast."""
    if theme.contrast_ratio(text, colour) >= minimum:
        return colour.lower()
    towards = 0.0 if theme.relative_luminance(text) > 0.5 else 255.0
    r, g, b = _rgb(colour)
    for step in range(1, _STEPS + 1):
        t = step / _STEPS
        candidate = _hex((r + (towards - r) * t, g + (towards - g) * t, b + (towards - b) * t))
        if theme.contrast_ratio(text, candidate) >= minimum:
            return candidate
    return _hex((towards, towards, towards))


def branded_palette(
    base: theme.Palette, branding: Branding
) -> tuple[theme.Palette, tuple[Adjustment, ...]]:
    """The default palette with the brand's colours, each made readable. Pure: no Qt state."""
    values = dataclasses.asdict(base)
    adjustments: list[Adjustment] = []
    wanted = {"branding.primary": branding.primary, "branding.accent": branding.accent}
    for setting, slot, on_slot in BRANDED_SLOTS:
        asked = wanted[setting]
        if asked is None:
            continue
        used = readable_background(asked, values[on_slot])
        values[slot] = used
        if used != asked.lower():
            adjustments.append(Adjustment(setting, slot, asked.lower(), used))
    return theme.Palette(**values), tuple(adjustments)


def _load_logo(path: Path | None) -> QPixmap | None:
    if path is None:
        return None
    pixmap = QPixmap(str(path))
    if pixmap.isNull():
        log.warning("branding logo not loaded", extra={"field": "branding.logo"})
        return None
    return pixmap


def apply_branding(
    app: QApplication,
    config: FleetConfig | Branding,
    *,
    themes: theme.ThemeManager | None = None,
    window: Any = None,
) -> AppliedBranding:
    """Apply a council's branding. Call after the ThemeManager exists and before (or after) the
    window is shown; `themes` is re-applied so the style sheet picks up the colours."""
    install_startup_probe(app)
    if app.windowIcon().isNull():
        icon = resource_path("icons", "hubdesk.png")
        if icon.exists():
            app.setWindowIcon(QIcon(str(icon)))
    branding = config.branding if isinstance(config, FleetConfig) else config
    palette, adjustments = branded_palette(_ORIGINAL, branding)
    for adj in adjustments:
        log.warning(
            "branding colour %s adjusted from %s to %s for WCAG AA contrast",
            adj.setting,
            adj.asked,
            adj.used,
            extra={"field": adj.setting, "code": "contrast"},
        )
    theme.PALETTES[theme.DEFAULT] = palette
    if branding.name:
        app.setApplicationDisplayName(branding.name)
    logo = _load_logo(branding.logo)
    if window is not None and logo is not None:
        _show_logo(window, logo)
    if themes is not None:
        themes.apply()
    return AppliedBranding(branding.name, logo, palette, tuple(adjustments))


def _show_logo(window: Any, logo: QPixmap) -> None:
    """Put the council's logo in the kiosk's header slot, unless the hub's own logo is there."""
    picture = getattr(window, "logo_picture", None)
    placeholder = getattr(window, "logo_icon", None)
    if picture is None:
        return
    current = picture.pixmap()
    if current is not None and not current.isNull():
        return
    picture.setPixmap(logo)
    picture.show()
    if placeholder is not None:
        placeholder.hide()


def reset_branding(app: QApplication | None = None) -> None:
    """Back to hubdesk's own colours and name (tests; a device leaving a council's fleet)."""
    theme.PALETTES[theme.DEFAULT] = _ORIGINAL
    if app is not None:
        app.setApplicationDisplayName("")
