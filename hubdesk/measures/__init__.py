"""The measures: one definition of each footfall and contact measure, as SQLAlchemy Core query
builders over any table with the standard footfall columns. No Qt, no I/O of its own: the desk
(hubdesk.services.reports) and the central dashboard (hubdesk.central.dashboard) run the same
queries on their own stores. Definitions: docs/measures.md."""

from __future__ import annotations

from hubdesk.measures.contacts import (
    ContactCounts,
    ContactDim,
    FollowUps,
    by_channel,
    contact_counts,
    follow_ups,
    read_contact_counts,
)
from hubdesk.measures.contacts import total as contact_total
from hubdesk.measures.footfall import (
    Counts,
    Dim,
    Reach,
    ReachArea,
    counts,
    key_value,
    reach,
    read_grouped,
    read_one,
    time_keys,
)
from hubdesk.measures.localtime import (
    HUB_TZ,
    Grain,
    Period,
    day_bounds,
    last_twelve_months,
    local_bucket,
)
from hubdesk.measures.suppress import SUPPRESSED, THRESHOLD, is_suppressed, rate, shown, suppress
from hubdesk.measures.tables import ContactTable, Scope, VisitTable

__all__ = [
    "HUB_TZ",
    "SUPPRESSED",
    "THRESHOLD",
    "ContactCounts",
    "ContactDim",
    "ContactTable",
    "Counts",
    "Dim",
    "FollowUps",
    "Grain",
    "Period",
    "Reach",
    "ReachArea",
    "Scope",
    "VisitTable",
    "by_channel",
    "contact_counts",
    "contact_total",
    "counts",
    "day_bounds",
    "follow_ups",
    "is_suppressed",
    "key_value",
    "last_twelve_months",
    "local_bucket",
    "rate",
    "reach",
    "read_contact_counts",
    "read_grouped",
    "read_one",
    "shown",
    "suppress",
    "time_keys",
]
