"""The device store's migrations build exactly the schema the models describe (tables, columns,
indexes), the roll-up tables of migration 0005 included, and their triggers are installed."""

from __future__ import annotations

from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import text

from hubdesk.measures import rollup
from hubdesk.storage.engine import Store
from hubdesk.storage.models import VISIT_ROLLUP, Base


def test_migrations_match_the_models(store: Store) -> None:
    with store.engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), Base.metadata)
    assert diff == []


def test_the_rollup_triggers_are_installed(store: Store) -> None:
    with store.engine.connect() as conn:
        names = set(
            conn.execute(text("SELECT name FROM sqlite_master WHERE type = 'trigger'")).scalars()
        )
    assert set(rollup.trigger_names(VISIT_ROLLUP)) <= names
