"""The central service's roll-ups follow every write to `central_visits`, on SQLite and
PostgreSQL, and the dashboard's measures read from them give what the visits give (the checks
are in tests/unit/measures/test_rollup.py, which does the same for the device)."""

from __future__ import annotations

import uuid

from hubdesk.central.models import VISIT_ROLLUP as CENTRAL_ROLLUP
from hubdesk.central.store import CentralStore
from tests.central.dashboard_data import load_central
from tests.sync.support import BACKENDS
from tests.unit.measures import dataset as ds
from tests.unit.measures.test_rollup import (
    assert_long_reach_agrees,
    assert_measures_agree,
    assert_rollup_matches,
    churn,
    spread,
)


@BACKENDS
def test_central_rollups_follow_every_write(central_db: CentralStore) -> None:
    hub = uuid.uuid4()
    data = ds.build(hub, (uuid.uuid4(), uuid.uuid4()), seed=9)
    load_central(central_db, data)
    areas = {hub: ds.REACH_DISTRICTS}
    with central_db.engine.connect() as conn:
        assert_rollup_matches(conn, CENTRAL_ROLLUP)
        assert_measures_agree(conn, CENTRAL_ROLLUP, areas)
    churn(central_db.engine, CENTRAL_ROLLUP, data, seed=2)
    with central_db.engine.connect() as conn:
        assert_rollup_matches(conn, CENTRAL_ROLLUP)
        assert_measures_agree(conn, CENTRAL_ROLLUP, areas)


@BACKENDS
def test_central_reach_over_a_year_reads_the_family_windows(central_db: CentralStore) -> None:
    hub = uuid.uuid4()
    data = spread(ds.build(hub, (uuid.uuid4(), uuid.uuid4()), seed=9), seed=8)
    load_central(central_db, data)
    areas = {hub: ds.REACH_DISTRICTS}
    with central_db.engine.connect() as conn:
        assert_rollup_matches(conn, CENTRAL_ROLLUP)
        assert_long_reach_agrees(conn, CENTRAL_ROLLUP, hub, areas)
    churn(central_db.engine, CENTRAL_ROLLUP, data, seed=3)
    with central_db.engine.connect() as conn:
        assert_rollup_matches(conn, CENTRAL_ROLLUP)
        assert_long_reach_agrees(conn, CENTRAL_ROLLUP, hub, areas)
