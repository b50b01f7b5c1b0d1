"""The central service's roll-ups follow every write to `central_visits`, on SQLite and
PostgreSQL, and the dashboard's measures read from them give what the visits give (the checks
are in tests/unit/measures/test_rollup.py, which does the same for the device)."""

from __future__ import annotations

import uuid
from dataclasses import replace
from datetime import UTC, date, datetime, time, timedelta

from sqlalchemy import Connection, func, select

from hubdesk.central.models import VISIT_ROLLUP as CENTRAL_ROLLUP
from hubdesk.central.store import CentralStore
from hubdesk.measures import Dim, Period, Reach, Scope, VisitTable, reach, read_grouped
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


# for `spread` data (October 2025 to 2 November 2026): a year of whole months; the last twelve
# months to a day with families later in its month (read as any period), and to one with none
# after it (read from the family years, the last month's missing days holding no one)
YEARS = [
    (Period(date(2025, 11, 1), date(2026, 10, 31)), None),
    (Period(date(2025, 11, 1), date(2026, 10, 20)), True),
    (Period(date(2025, 12, 1), date(2026, 11, 10)), False),
]


def assert_year_reach_agrees(conn: Connection, hub: uuid.UUID, other: uuid.UUID) -> None:
    raw = VisitTable(CENTRAL_ROLLUP.visits)
    rolled = VisitTable(CENTRAL_ROLLUP.visits, CENTRAL_ROLLUP)
    v = CENTRAL_ROLLUP.visits
    for period, later in YEARS:
        if later is not None:  # the data has (or has not) families after the period's end
            month_end = date(period.end.year, period.end.month + 1, 1)
            after = select(func.count()).where(
                v.c.family_id.is_not(None),
                v.c.signed_in_at >= datetime.combine(period.end + timedelta(days=1), time(), UTC),
                v.c.signed_in_at < datetime.combine(month_end, time(), UTC),
            )
            assert bool(conn.execute(after).scalar()) is later, period
        for scope in (Scope(), Scope.of(hub), Scope(hub_ids=frozenset({hub, other}))):
            for dims in ((), (Dim.HUB,)):
                query = reach(rolled, period, scope, *dims)
                assert "family_years" in str(query), (period, dims)
                got = read_grouped(conn.execute(query), dims, Reach)
                want = read_grouped(conn.execute(reach(raw, period, scope, *dims)), dims, Reach)
                assert got == want, (period, scope, dims)
                assert all(x.families and x.reattending_families for x in want.values()), want
            # some families came to both hubs: in all, each counts once
            by_hub = read_grouped(
                conn.execute(reach(raw, period, scope, Dim.HUB)), [Dim.HUB], Reach
            )
            total = read_grouped(conn.execute(reach(raw, period, scope)), [], Reach)[()]
            if scope.hub_ids is None or len(scope.hub_ids) > 1:
                assert sum(x.families for x in by_hub.values()) > total.families, period
    # a site, or a breakdown the years do not hold, reads the windows
    period = YEARS[0][0]
    for scope, dims in ((Scope.of(hub, hub), ()), (Scope(), (Dim.DISTRICT,))):
        assert "family_years" not in str(reach(rolled, period, scope, *dims)), (scope, dims)


@BACKENDS
def test_central_reach_over_the_last_twelve_months_reads_the_family_years(
    central_db: CentralStore,
) -> None:
    """The dashboard's default period, a year to today, is one family-year row per family when
    no family came later in the month; the same numbers as the visits give, through every kind
    of write."""
    hub, other = uuid.uuid4(), uuid.uuid4()
    data = spread(ds.build(hub, (uuid.uuid4(), uuid.uuid4()), seed=9), seed=8)
    load_central(central_db, data)
    # a third of the first hub's registered visits made again at another hub: the same families
    elsewhere = [
        {**v, "id": uuid.uuid4(), "hub_id": other, "site_id": other}
        for v in data.visits[::3]
        if v["family_id"] is not None
    ]
    load_central(central_db, replace(data, hub_id=other, visits=elsewhere, contacts=[]), "BRK")
    with central_db.engine.connect() as conn:
        assert_rollup_matches(conn, CENTRAL_ROLLUP)
        assert_year_reach_agrees(conn, hub, other)
    churn(central_db.engine, CENTRAL_ROLLUP, data, seed=3)
    with central_db.engine.connect() as conn:
        assert_rollup_matches(conn, CENTRAL_ROLLUP)
        assert_year_reach_agrees(conn, hub, other)
