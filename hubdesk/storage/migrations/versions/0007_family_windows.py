"""roll-ups: family_windows, each family's visits over six local months from every month

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-03 14:30:00

Reach over a long period (a year) grouped one family-month row per family and month: on a busy
store about 400,000 rows for a year, two seconds on the encrypted store. A window holds one row
per family (and area) for six months, so a year reads about two rows per family
(docs/measures.md, "How reach is read over long periods"). The windows are filled from
family_months, which the visits filled before; the triggers are made again with the windows in
them. About a minute on the bench's 1,000,000-visit store (76 s with other work running).
"""

from __future__ import annotations

from alembic import op

from hubdesk.measures import rollup
from hubdesk.storage.models import VISIT_ROLLUP

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    visits = VISIT_ROLLUP.visits
    rollup.relayout(op.get_bind(), rollup.second_layout(visits), rollup.third_layout(visits))


def downgrade() -> None:
    visits = VISIT_ROLLUP.visits
    rollup.relayout(op.get_bind(), rollup.third_layout(visits), rollup.second_layout(visits))
