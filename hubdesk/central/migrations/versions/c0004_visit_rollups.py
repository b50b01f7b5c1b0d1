"""visit roll-ups: central_visit_days, _visit_areas, _family_days, _family_months (triggers)

Revision ID: c0004
Revises: c0003
Create Date: 2026-11-23 16:45:00

The dashboard reads these instead of grouping every visit of the period
(hubdesk.measures.rollup). Filling them from 10,000,000 visits takes a few minutes.
"""

from __future__ import annotations

from alembic import op

from hubdesk.central.models import VISIT_ROLLUP
from hubdesk.measures import rollup

revision = "c0004"
down_revision = "c0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_central_visits_family", "central_visits", ["family_id", "signed_in_at"])
    # the layout of this revision (0006/c0005 split the hour out of visit_days)
    rollup.install(op.get_bind(), rollup.first_layout(VISIT_ROLLUP.visits, "central_"))


def downgrade() -> None:
    bind = op.get_bind()
    first = rollup.first_layout(VISIT_ROLLUP.visits, "central_")
    rollup.remove_triggers(bind, first)
    for table in reversed(first.tables):
        table.drop(bind)
    op.drop_index("ix_central_visits_family", table_name="central_visits")
