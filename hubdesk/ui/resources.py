"""Finding resource files (themes, icons, translations) from a source checkout or a bundle."""

from __future__ import annotations

import os
import sys
from pathlib import Path

_ENV = "HUBDESK_RESOURCES"


def resource_root() -> Path:
    """The `resources/` folder: `$HUBDESK_RESOURCES`, a PyInstaller bundle's, or the checkout's."""
    override = os.environ.get(_ENV)
    if override:
        return Path(override)
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:  # PyInstaller unpacks data files under sys._MEIPASS
        return Path(bundle) / "resources"
    return Path(__file__).resolve().parents[2] / "resources"


def resource_path(*parts: str) -> Path:
    """A file under the resources folder, e.g. `resource_path("themes", "default.qss")`."""
    return resource_root().joinpath(*parts)
