"""visit roll-ups: visit_days, visit_areas, family_days, family_months, kept by triggers

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-23 16:45:00

The reports read these instead of grouping every visit of the period (hubdesk.measures.rollup).
"""

from __future__ import annotations

from alembic import op

from hubdesk.measures import rollup
from hubdesk.storage.models import VISIT_ROLLUP

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # the layout of this revision (0006/c0005 split the hour out of visit_days)
    rollup.install(op.get_bind(), rollup.first_layout(VISIT_ROLLUP.visits))


def downgrade() -> None:
    bind = op.get_bind()
    first = rollup.first_layout(VISIT_ROLLUP.visits)
    rollup.remove_triggers(bind, first)
    for table in reversed(first.tables):
        table.drop(bind)
