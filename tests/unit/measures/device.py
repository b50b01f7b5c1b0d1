"""Loading the hand-built data set into a device store."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from sqlalchemy import insert, update

from hubdesk.storage.engine import Store
from hubdesk.storage.models import Activity, Contact, Family, Hub, Site, Visit
from tests.unit.measures.dataset import REACH_DISTRICTS, Data

T0 = datetime(2026, 1, 1, tzinfo=UTC)


def load(store: Store, data: Data) -> None:
    with store.write() as session:
        session.execute(
            insert(Site.__table__),
            [
                {
                    "id": data.site_ids[1],
                    "hub_id": data.hub_id,
                    "name": "Fire station",
                    "kind": "fire_station",
                    "active": True,
                    "created_at": T0,
                    "updated_at": T0,
                }
            ],
        )
        session.execute(
            update(Hub.__table__)
            .where(Hub.__table__.c.id == data.hub_id)
            .values(reach_districts=" ".join(REACH_DISTRICTS))
        )
        session.execute(
            insert(Family.__table__),
            [
                {"id": f, "hub_id": data.hub_id, "created_at": T0, "updated_at": T0}
                for f in data.family_ids
            ],
        )
        session.execute(
            insert(Activity.__table__),
            [
                {
                    "id": a,
                    "hub_id": data.hub_id,
                    "site_id": data.site_ids[0],
                    "name": f"Stay and play {i + 1}",
                    "kind": "stay_and_play",
                    "starts_at": T0,
                    "ends_at": T0 + timedelta(hours=1),
                    "cancelled": False,
                    "created_at": T0,
                    "updated_at": T0,
                }
                for i, a in enumerate(data.activity_ids)
            ],
        )
        session.execute(insert(Visit.__table__), data.visits)
        session.execute(
            insert(Contact.__table__), [{**c, "minutes_spent": 0} for c in data.contacts]
        )
