"""Loading the hand-built measures data set into a central store, as the projections hold it."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime

from sqlalchemy import insert

from hubdesk.central import admin
from hubdesk.central.dashboard.tables import CentralContact, CentralHubArea
from hubdesk.central.models import CentralVisit
from hubdesk.central.store import CentralStore
from tests.unit.measures.dataset import REACH_DISTRICTS, Data


def load_central(central: CentralStore, data: Data, code: str = "RIV") -> None:
    if code not in {h.code for h in admin.list_hubs(central)}:
        admin.create_hub(central, f"{code} Family Hub", code, hub_id=data.hub_id)
    with central.write() as session:
        session.execute(
            insert(CentralVisit),
            [{**v, "event_id": uuid.uuid4()} for v in data.visits],
        )
        if data.contacts:
            session.execute(
                insert(CentralContact),
                [{**c, "minutes_spent": 0, "event_id": uuid.uuid4()} for c in data.contacts],
            )
        session.execute(
            insert(CentralHubArea),
            [
                {
                    "hub_id": data.hub_id,
                    "reach_districts": " ".join(REACH_DISTRICTS),
                    "updated_at": datetime(2026, 1, 1, tzinfo=UTC),
                }
            ],
        )
