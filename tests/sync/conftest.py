from __future__ import annotations

from tests.sync.support import central_db, live  # noqa: F401  (fixtures)
