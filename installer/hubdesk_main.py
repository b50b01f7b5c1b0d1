"""The bundle's entry point: the `hubdesk` command (PyInstaller starts here)."""

from __future__ import annotations

from hubdesk.cli import main

if __name__ == "__main__":
    raise SystemExit(main())
