"""The local encrypted store: SQLAlchemy models, the SQLCipher engine, migrations and the outbox."""

from __future__ import annotations
