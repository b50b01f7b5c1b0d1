"""The central service's roll-ups follow every write to `central_visits`, on SQLite and
PostgreSQL, and the dashboard's measures read from them give what the visits give (the checks
are in tests/unit/measures/test_rollup.py, which does the same for the device)."""

from __future__ import annotations

import uuid
from dataclasses import replace
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

import pytest
from sqlalchemy import Connection, func, inspect, select

from hubdesk.central.models import VISIT_ROLLUP as CENTRAL_ROLLUP
from hubdesk.central.store import PG_REACH_WORKERS, PG_WORK_MEM, CentralStore
from hubdesk.measures import Dim, Period, Reach, Scope, VisitTable, reach, read_grouped, rollup
from hubdesk.measures.localtime import add_months
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
# after it (read from the family years, the last month's missing days holding no one); 365 days
# to such days, starting inside the month before the year (its first days from the family days)
YEARS = [
    (Period(date(2025, 11, 1), date(2026, 10, 31)), None),
    (Period(date(2025, 11, 1), date(2026, 10, 20)), True),
    (Period(date(2025, 12, 1), date(2026, 11, 10)), False),
    (Period(date(2025, 10, 21), date(2026, 10, 20)), True),
    (Period(date(2025, 11, 11), date(2026, 11, 10)), False),
]


AREA_FIELDS = ("postcode_district", "ward_code", "lsoa_code", "imd_decile")


def settle(data: ds.Data) -> ds.Data:
    """Every other family always comes from the area of its first visit (one family-year row
    each, where the others come from several areas)."""
    first: dict[uuid.UUID, dict[str, object]] = {}
    for v in sorted(data.visits, key=lambda v: v["signed_in_at"]):
        family = v["family_id"]
        if family in data.family_ids[::2]:
            v.update(first.setdefault(family, {f: v[f] for f in AREA_FIELDS}))
    return data


def newcomers(data: ds.Data) -> list[dict[str, Any]]:
    """Two families seen only on the first day of the `YEARS` that start inside a month: each
    is in those 365 days and not in the year after them."""
    model = next(v for v in data.visits if v["family_id"] is not None)
    out = []
    for day in (date(2025, 10, 21), date(2025, 11, 11)):  # their first days
        at = datetime.combine(day, time(10), UTC)
        out.append(
            {
                **model,
                "id": uuid.uuid4(),
                "family_id": uuid.uuid4(),
                "signed_in_at": at,
                "signed_out_at": at + timedelta(hours=1),
                "updated_at": at + timedelta(hours=1),
            }
        )
    return out


# every breakdown of reach the dashboard asks for, and those with the hub
YEAR_DIMS: list[tuple[Dim, ...]] = [
    (),
    (Dim.HUB,),
    (Dim.DISTRICT,),
    (Dim.WARD,),
    (Dim.LSOA,),
    (Dim.DECILE,),
    (Dim.REACH_AREA,),
    (Dim.HUB, Dim.DISTRICT),
]


def assert_year_reach_agrees(conn: Connection, hub: uuid.UUID, other: uuid.UUID) -> None:
    areas = {hub: ds.REACH_DISTRICTS, other: ds.REACH_DISTRICTS[:1]}
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
        if period.start.day != 1:  # its first days, before the year, change what it gives
            year = Period(add_months(period.start.replace(day=1), 1), period.end)
            in_all = read_grouped(conn.execute(reach(raw, period, Scope())), [], Reach)[()]
            in_year = read_grouped(conn.execute(reach(raw, year, Scope())), [], Reach)[()]
            assert in_all.families > in_year.families, period  # `newcomers`
            assert in_all.new_families > in_year.new_families, period
        for scope in (Scope(), Scope.of(hub), Scope(hub_ids=frozenset({hub, other}))):
            for dims in YEAR_DIMS:
                query = reach(rolled, period, scope, *dims, areas=areas)
                assert "family_years" in str(query), (period, dims)
                got = read_grouped(conn.execute(query), dims, Reach)
                raw_query = reach(raw, period, scope, *dims, areas=areas)
                want = read_grouped(conn.execute(raw_query), dims, Reach)
                assert got == want, (period, scope, dims)
                assert any(x.families and x.reattending_families for x in want.values()), want
            # some families came to both hubs: in all, each counts once
            by_hub = read_grouped(
                conn.execute(reach(raw, period, scope, Dim.HUB)), [Dim.HUB], Reach
            )
            total = read_grouped(conn.execute(reach(raw, period, scope)), [], Reach)[()]
            if scope.hub_ids is None or len(scope.hub_ids) > 1:
                assert sum(x.families for x in by_hub.values()) > total.families, period
    # some families came from two areas in a year: they count once in each
    by_district = read_grouped(
        conn.execute(reach(raw, YEARS[0][0], Scope.of(hub), Dim.DISTRICT)), [Dim.DISTRICT], Reach
    )
    one_hub = read_grouped(conn.execute(reach(raw, YEARS[0][0], Scope.of(hub))), [], Reach)[()]
    assert sum(x.families for x in by_district.values()) > one_hub.families
    # a site, or a breakdown the years do not hold, reads the windows
    period = YEARS[0][0]
    for scope, dims in ((Scope.of(hub, hub), ()), (Scope(), (Dim.SITE,)), (Scope(), (Dim.DAY,))):
        assert "family_years" not in str(reach(rolled, period, scope, *dims)), (scope, dims)
    # some rows are their family's only one that year, some not: both ways are read
    y = CENTRAL_ROLLUP.family_years
    assert y is not None
    marks = dict(
        conn.execute(
            select(y.c.alone, func.count()).where(y.c.day == period.start).group_by(y.c.alone)
        ).all()
    )
    assert set(marks) == {0, 1}, marks


@BACKENDS
def test_central_reach_over_the_last_twelve_months_reads_the_family_years(
    central_db: CentralStore,
) -> None:
    """The dashboard's default period, a year to today, is one family-year row per family when
    no family came later in the month; the same numbers as the visits give, through every kind
    of write."""
    hub, other = uuid.uuid4(), uuid.uuid4()
    data = settle(spread(ds.build(hub, (uuid.uuid4(), uuid.uuid4()), seed=9), seed=8))
    data.visits.extend(newcomers(data))
    load_central(central_db, data)
    # a third of the first hub's visits by unsettled families made again at another hub: the
    # same families
    settled = set(data.family_ids[::2])
    elsewhere = [
        {**v, "id": uuid.uuid4(), "hub_id": other, "site_id": other}
        for v in data.visits[::3]
        if v["family_id"] is not None and v["family_id"] not in settled
    ]
    load_central(central_db, replace(data, hub_id=other, visits=elsewhere, contacts=[]), "BRK")
    with central_db.engine.connect() as conn:
        assert_rollup_matches(conn, CENTRAL_ROLLUP)
        assert_year_reach_agrees(conn, hub, other)
    churn(central_db.engine, CENTRAL_ROLLUP, data, seed=3)
    with central_db.engine.connect() as conn:
        assert_rollup_matches(conn, CENTRAL_ROLLUP)
        assert_year_reach_agrees(conn, hub, other)


@BACKENDS
def test_migration_c0009_gives_the_family_years_their_areas_and_back(
    central_db: CentralStore,
) -> None:
    """c0009 makes the family years again by area, marked alone, from the family months; going
    back to c0008 makes c0008's years again (one row per hub and family), and each layout's
    triggers keep its own years through every kind of write."""
    from alembic import command

    hub = uuid.uuid4()
    data = settle(spread(ds.build(hub, (uuid.uuid4(), uuid.uuid4()), seed=9), seed=8))
    data.visits.extend(newcomers(data))
    load_central(central_db, data)
    fifth = rollup.fifth_layout(CENTRAL_ROLLUP.visits, "central_")
    cfg = central_db.alembic_config()
    with central_db.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "c0008")
    assert central_db.current_revision() == "c0008"
    with central_db.engine.connect() as conn:
        columns = {c["name"] for c in inspect(conn).get_columns("central_family_years")}
        assert columns.isdisjoint({"alone", "postcode_district"}), columns
        assert_rollup_matches(conn, fifth)
    churn(central_db.engine, fifth, data, seed=4)
    with central_db.engine.connect() as conn:
        assert_rollup_matches(conn, fifth)
    central_db.migrate()
    from alembic.script import ScriptDirectory

    assert central_db.current_revision() == ScriptDirectory.from_config(cfg).get_current_head()
    with central_db.engine.connect() as conn:
        assert_rollup_matches(conn, CENTRAL_ROLLUP)  # the years made again, marked
        assert_long_reach_agrees(conn, CENTRAL_ROLLUP, hub, {hub: ds.REACH_DISTRICTS})
    churn(central_db.engine, CENTRAL_ROLLUP, data, seed=5)
    with central_db.engine.connect() as conn:
        assert_rollup_matches(conn, CENTRAL_ROLLUP)


@pytest.mark.parametrize("central_db", ["postgresql"], indirect=True)
def test_postgresql_connections_are_set_for_the_dashboards_reads(central_db: CentralStore) -> None:
    """Every connection has the memory a reach query's hash of families needs and compiles no
    expressions just in time; a reach query runs with no parallel workers, and the statements
    after it with PostgreSQL's own (see `PG_WORK_MEM`, `PG_JIT` and `PG_REACH_WORKERS` in
    hubdesk/central/store.py)."""
    workers = "max_parallel_workers_per_gather"
    with central_db.engine.connect() as conn:
        assert conn.exec_driver_sql("SHOW work_mem").scalar() == PG_WORK_MEM
        assert conn.exec_driver_sql("SHOW jit").scalar() == "off"
    with central_db.read() as session:
        default = session.execute(select(func.current_setting(workers))).scalar()
        assert default != str(PG_REACH_WORKERS)
        during = central_db.read_grouped_by_family(session, select(func.current_setting(workers)))
        assert during[0][0] == str(PG_REACH_WORKERS)
        assert session.execute(select(func.current_setting(workers))).scalar() == default


@BACKENDS
def test_a_statement_of_many_visits_is_added_together(central_db: CentralStore) -> None:
    """The ingest's batch of visits is one INSERT statement; on PostgreSQL its rows reach the
    roll-ups together (a statement trigger over the new rows, grouped by each roll-up's key:
    migration c0014). The same families, days, months, windows and years come up many times in
    one statement here, and the roll-ups still match the visits exactly, then through churn."""
    from sqlalchemy import insert

    from hubdesk.central import admin
    from hubdesk.central.models import CentralVisit

    hub = uuid.uuid4()
    data = spread(ds.build(hub, (uuid.uuid4(), uuid.uuid4()), seed=9), seed=8)
    admin.create_hub(central_db, "RIV Family Hub", "RIV", hub_id=hub)
    rows = [{**v, "event_id": uuid.uuid4()} for v in data.visits]
    with central_db.write() as session:  # one statement of many rows, as ingest sends them
        for start in range(0, len(rows), 300):
            session.execute(
                insert(CentralVisit).returning(CentralVisit.id), rows[start : start + 300]
            )
    areas = {hub: ds.REACH_DISTRICTS}
    with central_db.engine.connect() as conn:
        assert_rollup_matches(conn, CENTRAL_ROLLUP)
        assert_long_reach_agrees(conn, CENTRAL_ROLLUP, hub, areas)
    churn(central_db.engine, CENTRAL_ROLLUP, data, seed=5)
    with central_db.engine.connect() as conn:
        assert_rollup_matches(conn, CENTRAL_ROLLUP)
