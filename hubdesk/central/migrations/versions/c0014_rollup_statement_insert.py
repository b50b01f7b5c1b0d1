"""roll-ups: on PostgreSQL, a statement's inserted visits are added to the roll-ups together

Revision ID: c0014
Revises: c0013
Create Date: 2026-12-08 16:00:00

The service's ingest inserts a batch of visits in one statement; the row trigger made the
roll-up upserts once per visit (about 25 a visit with the family windows and years), most of
the ingest's time on PostgreSQL. The insert trigger is now a statement trigger over the
statement's new rows (a transition table), grouped by each roll-up's key first: the same rows,
one upsert a table a statement (hubdesk.measures.rollup; docs/performance.md). Updates and
deletes keep their row triggers. On SQLite (no transition tables) nothing changes.

Downgrading keeps the statement trigger: it keeps the same roll-ups as the row trigger did.
"""

from __future__ import annotations

from alembic import op

from hubdesk.central.models import VISIT_ROLLUP
from hubdesk.measures import rollup

revision = "c0014"
down_revision = "c0013"
branch_labels = None
depends_on = None


def upgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "postgresql":
        rollup.add_triggers(bind, VISIT_ROLLUP)


def downgrade() -> None:
    pass
