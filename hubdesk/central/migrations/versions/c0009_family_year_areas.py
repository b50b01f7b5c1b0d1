"""dashboard roll-ups: the family years by area, each row marked when its family has no other

Revision ID: c0009
Revises: c0008
Create Date: 2026-12-03 20:15:00

The dashboard's areas page reached by district, ward, LSOA or decile over the last twelve months
by grouping two six-month windows' rows by area and family: 2.1 s on PostgreSQL at 10,000,000
visits from 100 hubs, against an aim of 1 s. The family years now keep the areas as the windows
do (one row per hub, family and area), and mark ALONE the rows that are their family's only one
in that year, at any hub, from any area: almost every family. Reach over such a year, in any of
those breakdowns and for any hubs, sums the marked rows as they are and groups only the others
by family (docs/measures.md, "The last twelve months on the dashboard"). Made again from
central_family_months; the triggers keep the mark.
"""

from __future__ import annotations

from alembic import op

from hubdesk.central.models import VISIT_ROLLUP
from hubdesk.measures import rollup

revision = "c0009"
down_revision = "c0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    fifth = rollup.fifth_layout(VISIT_ROLLUP.visits, "central_")
    rollup.relayout(op.get_bind(), fifth, VISIT_ROLLUP)


def downgrade() -> None:
    fifth = rollup.fifth_layout(VISIT_ROLLUP.visits, "central_")
    rollup.relayout(op.get_bind(), VISIT_ROLLUP, fifth)
