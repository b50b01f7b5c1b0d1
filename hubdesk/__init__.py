"""hubdesk: offline-first sign-in and front desk for Family Hubs.

The package is a headless library (domain, storage, security, services, sync, central) under a thin
Qt face (`hubdesk.ui`). See docs/architecture.md for the map.
"""

from __future__ import annotations

__version__ = "0.1.0"
