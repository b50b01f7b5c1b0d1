"""Branding from the fleet configuration: colours applied, never below WCAG AA, logo and name."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from hubdesk.config import Branding, FleetConfig, parse_config
from hubdesk.ui import theme
from hubdesk.ui.branding import apply_branding, branded_palette, readable_background, reset_branding


@pytest.fixture(autouse=True)
def _unbranded(qapp: Any) -> Iterator[None]:
    yield
    reset_branding(qapp)
    theme.ThemeManager(qapp).apply()


def _all_pairs_pass(palette: theme.Palette) -> list[str]:
    failures = []
    for fg, bg, minimum in theme.CONTRAST_PAIRS:
        ratio = theme.contrast_ratio(getattr(palette, fg), getattr(palette, bg))
        if ratio < minimum:
            failures.append(f"{fg} on {bg}: {ratio:.2f}")
    return failures


def test_a_readable_brand_colour_is_used_as_it_is() -> None:
    palette, adjustments = branded_palette(
        theme.PALETTES[theme.DEFAULT], Branding(primary="#005ea5", accent="#1d3557")
    )
    assert palette.primary == "#005ea5"
    assert palette.header == "#1d3557"
    assert palette.checked == "#1d3557"
    assert adjustments == ()
    assert _all_pairs_pass(palette) == []


@pytest.mark.parametrize("colour", ["#ffd700", "#ffffff", "#7fbfff", "#ff0000", "#00a651"])
def test_an_unreadable_brand_colour_is_darkened_until_white_text_passes(colour: str) -> None:
    palette, adjustments = branded_palette(
        theme.PALETTES[theme.DEFAULT], Branding(primary=colour, accent=colour)
    )
    assert theme.contrast_ratio(palette.on_primary, colour) < 4.5  # the case under test
    assert {a.slot for a in adjustments} == {"primary", "header", "checked"}
    assert _all_pairs_pass(palette) == []
    # darkened, not replaced: the hue stays (each channel scaled by the same factor)
    used = palette.primary
    assert used != colour
    assert theme.relative_luminance(used) < theme.relative_luminance(colour)


def test_dark_text_gets_a_lighter_background() -> None:
    assert theme.contrast_ratio("#1f2933", readable_background("#404040", "#1f2933")) >= 4.5


def test_apply_branding_restyles_the_app_and_logs_a_warning(
    qapp: Any, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    config = parse_config({"branding": {"name": "Northshire County Council", "primary": "#ffd700"}})
    themes = theme.ThemeManager(qapp)
    with caplog.at_level(logging.WARNING, logger="hubdesk.ui.branding"):
        applied = apply_branding(qapp, config, themes=themes)
    assert [r.field for r in caplog.records] == ["branding.primary"]  # type: ignore[attr-defined]
    assert qapp.applicationDisplayName() == "Northshire County Council"
    assert applied.palette.primary in qapp.styleSheet()
    assert "#ffd700" not in qapp.styleSheet()
    assert themes.palette.primary == applied.palette.primary
    # the high-contrast theme is an accessibility mode: never branded
    assert theme.PALETTES[theme.HIGH_CONTRAST].primary == "#ffff00"


def test_the_logo_goes_in_the_kiosk_header(make_kiosk: Any, qapp: Any, tmp_path: Path) -> None:
    logo = tmp_path / "logo.png"
    from PySide6.QtGui import QColor, QPixmap

    pixmap = QPixmap(64, 64)
    pixmap.fill(QColor("#00703c"))
    assert pixmap.save(str(logo))
    window = make_kiosk()
    applied = apply_branding(
        qapp,
        FleetConfig(branding=Branding(name="Northshire", logo=logo, accent="#00703c")),
        themes=window.ctx.themes,
        window=window,
    )
    assert applied.logo is not None
    assert window.logo_picture.isVisible()
    assert not window.logo_icon.isVisible()
    assert window.ctx.themes.palette.header == "#00703c"


def test_a_missing_logo_is_a_warning_not_a_crash(
    qapp: Any, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    with caplog.at_level(logging.WARNING, logger="hubdesk.ui.branding"):
        applied = apply_branding(qapp, Branding(logo=tmp_path / "nope.png"))
    assert applied.logo is None
    assert "logo" in caplog.text
