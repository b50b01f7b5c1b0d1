"""The central service on loopback, for the wizard's enrolment tests (fixtures from tests/sync)."""

from __future__ import annotations

from tests.sync.support import central_db, live  # noqa: F401  (fixtures)
