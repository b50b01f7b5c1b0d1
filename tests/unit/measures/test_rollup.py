"""The daily roll-ups stay equal to the visits they roll up, and the measures read from them give
the numbers the visits give, on the device's encrypted SQLite store and on the central service's
SQLite and PostgreSQL, through inserts, every kind of update and deletes."""

from __future__ import annotations

import random
import uuid
from datetime import UTC, date, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import (
    Column,
    Connection,
    DateTime,
    MetaData,
    Table,
    delete,
    insert,
    inspect,
    select,
    update,
)
from sqlalchemy.engine import Engine

from hubdesk.measures import (
    Counts,
    Dim,
    Period,
    Reach,
    Scope,
    VisitTable,
    counts,
    footfall,
    reach,
    read_grouped,
    rollup,
)
from hubdesk.measures.localtime import local_day_hour
from hubdesk.measures.rollup import Rollup
from hubdesk.storage.engine import Store
from hubdesk.storage.models import VISIT_ROLLUP
from tests.unit.measures import dataset as ds
from tests.unit.measures.device import load

LONDON = ZoneInfo("Europe/London")
PERIOD = Period(ds.START, ds.END)
# the data run from 16 October to 4 November 2026: whole months are read from the family-month
# roll-up, the ragged ends from the family-day one
PERIODS = [
    PERIOD,
    Period(date(2026, 10, 1), date(2026, 10, 31)),  # exactly one month
    Period(date(2026, 9, 20), date(2026, 11, 2)),  # a whole month with ragged ends
    Period(date(2026, 10, 1), date(2026, 11, 3)),  # a whole month, then days
    Period(date(2026, 10, 17), date(2026, 11, 30)),  # days, then a whole month
    Period(date(2026, 10, 20), date(2026, 10, 20)),  # one day
]
ALL_DIMS = [
    (),
    (Dim.HUB,),
    (Dim.SITE,),
    (Dim.REASON,),
    (Dim.ACTIVITY,),
    (Dim.DAY,),
    (Dim.WEEK,),
    (Dim.MONTH,),
    (Dim.WEEKDAY,),
    (Dim.HOUR,),
    (Dim.DISTRICT,),
    (Dim.WARD,),
    (Dim.LSOA,),
    (Dim.DECILE,),
    (Dim.REACH_AREA,),
    (Dim.REASON, Dim.SITE, Dim.DAY, Dim.ACTIVITY),
    (Dim.DISTRICT, Dim.WARD, Dim.LSOA, Dim.DECILE, Dim.REACH_AREA),
    (Dim.HUB, Dim.MONTH),
    (Dim.SITE, Dim.WEEKDAY, Dim.HOUR),  # visit_hours
    (Dim.HUB, Dim.REACH_AREA),
    (Dim.REASON, Dim.DISTRICT),  # in no roll-up: read from the visits
    (Dim.REASON, Dim.HOUR),  # nor this
]
REACH_DIMS = [d for d in ALL_DIMS if not {Dim.HOUR, Dim.REASON, Dim.ACTIVITY} & set(d)]
# for `spread` data (October 2025 to November 2026): reach over these reads the family windows
LONG_PERIODS = [
    Period(date(2025, 10, 1), date(2026, 11, 30)),  # 14 whole months: two windows, two months
    Period(date(2025, 12, 4), date(2026, 12, 3)),  # days, a window, one more sharing a month
    Period(date(2026, 1, 1), date(2026, 6, 30)),  # exactly one window
    Period(date(2025, 11, 15), date(2026, 10, 20)),  # days, windows sharing four months, days
    Period(date(2026, 4, 1), date(2026, 10, 31)),  # seven months: a window and a month
]


def _rows(conn: Connection, table: Table) -> list[tuple[Any, ...]]:
    return sorted(tuple(map(str, row)) for row in conn.execute(select(table)))


def assert_rollup_matches(conn: Connection, r: Rollup) -> None:
    """What the triggers kept equals what rebuilding from the visits gives, row for row."""
    for table, query in rollup.rebuild_selects(r):
        kept = _rows(conn, table)
        rebuilt = sorted(tuple(map(str, row)) for row in conn.execute(query))
        assert kept == rebuilt, table.name
        assert kept, f"{table.name} is empty: the test proves nothing"


def assert_measures_agree(conn: Connection, r: Rollup, areas: dict[uuid.UUID, Any]) -> None:
    """Every breakdown read from the roll-ups equals the same breakdown read from the visits."""
    raw = VisitTable(r.visits)
    rolled = VisitTable(r.visits, r)
    for period in PERIODS:
        for query, reader, dim_sets in ((counts, Counts, ALL_DIMS), (reach, Reach, REACH_DIMS)):
            for dims in dim_sets:
                a = read_grouped(
                    conn.execute(query(raw, period, Scope(), *dims, areas=areas)), dims, reader
                )
                b = read_grouped(
                    conn.execute(query(rolled, period, Scope(), *dims, areas=areas)), dims, reader
                )
                assert a == b, (query.__name__, dims, period)
                assert any(value != reader() for value in a.values()), (query.__name__, dims)


def spread(data: ds.Data, seed: int) -> ds.Data:
    """The same visits moved back by 0-13 whole months (the same family keeps coming), so that
    periods of a year hold them."""
    rng = random.Random(seed)
    for visit in data.visits:
        back = timedelta(days=30 * rng.randrange(0, 14))
        for name in ("signed_in_at", "signed_out_at", "updated_at"):
            visit[name] = visit[name] - back
    return data


WINDOW_DIMS = [
    (),
    (Dim.HUB,),
    (Dim.DISTRICT,),
    (Dim.WARD,),
    (Dim.LSOA,),
    (Dim.DECILE,),
    (Dim.HUB, Dim.REACH_AREA),
    (Dim.DISTRICT, Dim.WARD, Dim.LSOA, Dim.DECILE, Dim.REACH_AREA),
]


def assert_long_reach_agrees(
    conn: Connection, r: Rollup, hub_id: uuid.UUID, areas: dict[uuid.UUID, Any]
) -> None:
    """Reach over a year and other long periods from the family windows (with the months and
    days around them) equals reach from the visits, for all hubs and one, by hub and by area."""
    raw = VisitTable(r.visits)
    rolled = VisitTable(r.visits, r)
    for period in LONG_PERIODS:
        assert footfall._window_parts(r, period) is not None, period
        for scope in (Scope(), Scope.of(hub_id)):
            for dims in WINDOW_DIMS:
                query = reach(rolled, period, scope, *dims, areas=areas)
                assert "family_windows" in str(query), dims
                b = read_grouped(conn.execute(query), dims, Reach)
                a = read_grouped(
                    conn.execute(reach(raw, period, scope, *dims, areas=areas)), dims, Reach
                )
                assert a == b, (period, scope, dims)
                assert all(x.families for x in a.values()), a
                assert sum(x.reattending_families for x in a.values()), a


def churn(engine: Engine, r: Rollup, data: ds.Data, seed: int) -> None:
    """Every kind of write the app makes to visits: sign-outs (no footfall change), edits that
    move a visit between roll-up rows, a merge of two families, erasure-like anonymising and
    deletes, and new visits."""
    rng = random.Random(seed)
    v = r.visits
    ids = [row["id"] for row in data.visits]
    rng.shuffle(ids)
    with engine.begin() as conn:
        for visit_id in ids[:20]:  # sign-outs: not watched columns
            conn.execute(
                update(v).where(v.c.id == visit_id).values(signed_out_at=datetime.now(UTC))
            )
        for visit_id in ids[20:40]:  # edits
            conn.execute(
                update(v)
                .where(v.c.id == visit_id)
                .values(
                    reason=rng.choice(("activity", "appointment", "other")),
                    children_2_4=rng.randrange(0, 4),
                    people=rng.randrange(1, 6),
                    is_new=rng.choice((True, False, None)),
                    postcode_district=rng.choice(("NE1", "NE9", None)),
                    imd_decile=rng.choice((1, 5, None)),
                    signed_in_at=datetime(2026, 10, 25, rng.randrange(0, 3), 30, tzinfo=UTC),
                )
            )
        a, b = data.family_ids[:2]  # merge b into a
        conn.execute(update(v).where(v.c.family_id == b).values(family_id=a))
        anon = data.family_ids[2]  # erased family: visits kept, anonymised
        conn.execute(update(v).where(v.c.family_id == anon).values(family_id=None))
        conn.execute(delete(v).where(v.c.id.in_(ids[40:70])))  # deleted outright
        fresh = [dict(row, id=uuid.uuid4()) for row in data.visits[:15]]
        if "event_id" in v.c:  # the service's projection says which event set the row
            fresh = [dict(row, event_id=row["id"]) for row in fresh]
        conn.execute(insert(v), fresh)
        conn.execute(update(v).where(v.c.id.in_(ids[70:75])).values(site_id=data.site_ids[1]))


def test_the_local_day_and_hour_rule_matches_zoneinfo_hour_by_hour(store: Store) -> None:
    """The roll-ups' SQLite rule for UK summer time against zoneinfo: every hour around each
    clock change from 1996 to 2037, and every 37 minutes through 2026."""
    instants: list[datetime] = []
    for year in range(1996, 2038):
        for month in (3, 10):
            last_sunday = max(
                date(year, month, d) for d in range(25, 32) if date(year, month, d).weekday() == 6
            )
            change = datetime(last_sunday.year, month, last_sunday.day, 1, tzinfo=UTC)
            instants += [change + timedelta(minutes=m) for m in range(-26 * 60, 26 * 60, 30)]
            instants += [change - timedelta(microseconds=1)]
    at = datetime(2026, 1, 1, tzinfo=UTC)
    while at.year == 2026:
        instants.append(at)
        at += timedelta(minutes=37)
    with store.engine.connect() as conn:
        conn.exec_driver_sql("CREATE TEMP TABLE t (at DATETIME)")
        t = Table("t", MetaData(), Column("at", DateTime), prefixes=["TEMPORARY"])
        conn.execute(insert(t), [{"at": i.replace(tzinfo=None)} for i in instants])
        day, hour = local_day_hour(t.c.at)
        got = conn.execute(select(t.c.at, day, hour)).all()
    assert len(got) == len(instants) > 20_000
    for stored, got_day, got_hour in got:
        local = stored.replace(tzinfo=UTC).astimezone(LONDON)
        assert (got_day, got_hour) == (local.date().isoformat(), local.hour), stored


def test_device_rollups_follow_every_write(store: Store, identity: Any) -> None:
    data = ds.build(identity.hub_id, (identity.site_id, uuid.uuid4()))
    load(store, data)
    areas = {identity.hub_id: ds.REACH_DISTRICTS}
    with store.engine.connect() as conn:
        assert_rollup_matches(conn, VISIT_ROLLUP)
        assert_measures_agree(conn, VISIT_ROLLUP, areas)
    churn(store.engine, VISIT_ROLLUP, data, seed=1)
    with store.engine.connect() as conn:
        assert_rollup_matches(conn, VISIT_ROLLUP)
        assert_measures_agree(conn, VISIT_ROLLUP, areas)


def test_reach_over_a_year_reads_the_family_windows_and_agrees(store: Store, identity: Any) -> None:
    """Windows of six months keep reach over long periods exact through every kind of write,
    and the reads use every kind of part: windows, months, shared months taken back, days."""
    data = spread(ds.build(identity.hub_id, (identity.site_id, uuid.uuid4())), seed=4)
    load(store, data)
    areas = {identity.hub_id: ds.REACH_DISTRICTS}
    with store.engine.connect() as conn:
        assert_rollup_matches(conn, VISIT_ROLLUP)
        assert_long_reach_agrees(conn, VISIT_ROLLUP, identity.hub_id, areas)
    churn(store.engine, VISIT_ROLLUP, data, seed=5)
    with store.engine.connect() as conn:
        assert_rollup_matches(conn, VISIT_ROLLUP)
        assert_long_reach_agrees(conn, VISIT_ROLLUP, identity.hub_id, areas)
    parts = [footfall._window_parts(VISIT_ROLLUP, p) or [] for p in LONG_PERIODS]
    assert {what for plan in parts for what, _, _ in plan} == {"window", "months", "minus", "days"}
    # a site, or a breakdown the windows do not hold, reads the months as before
    for scope, dims in (
        (Scope.of(identity.hub_id, identity.site_id), ()),
        (Scope(), (Dim.SITE,)),
        (Scope(), (Dim.MONTH,)),
    ):
        sql = str(reach(VisitTable(VISIT_ROLLUP.visits, VISIT_ROLLUP), PERIOD, scope, *dims))
        assert "family_windows" not in sql


def test_how_a_long_period_is_cut_into_windows_months_and_days() -> None:
    """The last 12 months (the desk's button, the dashboard's default) are two windows and the
    days of this month; a few months left over are read as months; most of a window left over
    is the window ending with the period, less the months it shares."""
    d = date

    def plan(start: date, end: date) -> list[tuple[str, date, date]] | None:
        return footfall._window_parts(VISIT_ROLLUP, Period(start, end))

    assert plan(d(2025, 12, 1), d(2026, 12, 3)) == [
        ("days", d(2026, 12, 1), d(2026, 12, 3)),
        ("window", d(2025, 12, 1), d(2025, 12, 1)),
        ("window", d(2026, 6, 1), d(2026, 6, 1)),
    ]
    assert plan(d(2026, 1, 1), d(2026, 8, 31)) == [
        ("window", d(2026, 1, 1), d(2026, 1, 1)),
        ("months", d(2026, 7, 1), d(2026, 8, 1)),
    ]
    assert plan(d(2025, 12, 4), d(2026, 11, 30)) == [
        ("days", d(2025, 12, 4), d(2025, 12, 31)),
        ("window", d(2026, 1, 1), d(2026, 1, 1)),
        ("window", d(2026, 6, 1), d(2026, 6, 1)),
        ("minus", d(2026, 6, 1), d(2026, 6, 1)),
    ]
    assert plan(d(2026, 1, 1), d(2026, 5, 31)) is None  # five months: read as months
    assert plan(d(2026, 1, 15), d(2026, 7, 14)) is None  # no whole window inside


def test_a_broken_rollup_is_caught_and_rebuilt(store: Store, identity: Any) -> None:
    """The comparison above can fail: a roll-up changed behind the triggers' back is caught, and
    `rebuild` mends it."""
    data = ds.build(identity.hub_id, (identity.site_id, uuid.uuid4()))
    load(store, data)
    days = VISIT_ROLLUP.days
    with store.engine.begin() as conn:
        conn.execute(update(days).values(people=days.c.people + 1))
    with store.engine.connect() as conn, pytest.raises(AssertionError):
        assert_rollup_matches(conn, VISIT_ROLLUP)
    with store.engine.begin() as conn:
        rollup.rebuild(conn, VISIT_ROLLUP)
    with store.engine.connect() as conn:
        assert_rollup_matches(conn, VISIT_ROLLUP)


def test_reports_read_the_rollups_not_the_visits(identity: Any) -> None:
    """The desk's and the dashboard's breakdowns come from the roll-ups; only a breakdown that
    neither roll-up holds reads the visits."""
    from hubdesk.central.dashboard.queries import VISITS as BOARD
    from hubdesk.services.reports import VISITS as DESK

    scope = Scope.of(identity.hub_id)
    for table in (DESK, BOARD):
        for query, dims in (
            (counts, (Dim.DAY, Dim.REASON, Dim.ACTIVITY)),
            (counts, (Dim.MONTH, Dim.HOUR)),
            (counts, (Dim.WEEK, Dim.DECILE, Dim.REACH_AREA)),
            (reach, (Dim.MONTH, Dim.DISTRICT)),
        ):
            froms = {t.name for t in query(table, PERIOD, scope, *dims).get_final_froms()}
            froms |= {
                t.name
                for sub in query(table, PERIOD, scope, *dims).get_final_froms()
                for t in getattr(getattr(sub, "element", None), "get_final_froms", list)()
            }
            assert table.table.name not in froms, (query.__name__, dims, froms)
        for mixed in ((Dim.REASON, Dim.DISTRICT), (Dim.REASON, Dim.HOUR)):
            froms = counts(table, PERIOD, scope, *mixed).get_final_froms()
            assert [t.name for t in froms] == [table.table.name]  # type: ignore[attr-defined]


def test_a_months_reach_streams_in_family_order_and_a_year_reads_months(store: Store) -> None:
    """A calendar month's reach asks for the month's rows by equality on the key's (hub, day)
    prefix, so SQLite reads them in family order and groups them with no sort; a year reads
    the family roll-ups too (twelve months, and the days at its ragged ends)."""
    from hubdesk.services.reports import VISITS

    hub = uuid.uuid4()
    month = Period(date(2026, 10, 1), date(2026, 10, 31))
    query = reach(VISITS, month, Scope.of(hub))
    assert "family_months.day = " in str(query.compile())
    with store.engine.connect() as conn:
        sql = str(query.compile(conn, compile_kwargs={"literal_binds": True}))
        plan = " | ".join(r[3] for r in conn.exec_driver_sql("EXPLAIN QUERY PLAN " + sql))
    # by the primary key, or by the day index, which on a WITHOUT ROWID table ends with the key
    assert "SEARCH family_months USING" in plan, plan
    assert "(day=? AND hub_id=?" in plan.replace("(hub_id=? AND day=?", "(day=? AND hub_id=?")
    assert "TEMP B-TREE" not in plan, plan
    year_period = Period(date(2025, 11, 24), date(2026, 11, 23))
    areas = str(counts(VISITS, year_period, Scope.of(hub), Dim.MONTH, Dim.WARD).compile())
    assert "visit_area_months" in areas  # the whole months
    assert "FROM visit_areas" in areas  # the ragged ends
    reasons = str(counts(VISITS, year_period, Scope.of(hub), Dim.REASON, Dim.MONTH).compile())
    assert "FROM visit_months" in reasons
    assert "FROM visit_days" in reasons
    hours = str(counts(VISITS, year_period, Scope.of(hub), Dim.HOUR).compile())
    assert "FROM visit_hour_months" in hours
    assert "FROM visit_hours" in hours
    year = str(reach(VISITS, year_period, Scope.of(hub)))
    assert "family_windows" in year  # two windows of six months (and the ragged ends' days)
    assert "family_days" in year


def test_migration_0006_changes_the_layout_and_back(store: Store, identity: Any) -> None:
    """0006 splits the hour out of visit_days into visit_hours, filled from the visits; going
    back to 0005 restores the first layout, and its triggers keep it as they did."""
    from alembic import command

    from hubdesk.storage.migrate import alembic_config, current_revision

    data = ds.build(identity.hub_id, (identity.site_id, uuid.uuid4()))
    load(store, data)
    first = rollup.first_layout(VISIT_ROLLUP.visits)
    cfg = alembic_config()
    with store.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "0005")
    assert current_revision(store.engine) == "0005"
    with store.engine.connect() as conn:
        names = set(inspect(conn).get_table_names())
        hour_keyed = {c["name"] for c in inspect(conn).get_columns("visit_days")}
        assert "visit_hours" not in names
        assert "hour" in hour_keyed
        assert_rollup_matches(conn, first)
    churn(store.engine, first, data, seed=2)  # the first layout's triggers are back
    with store.engine.connect() as conn:
        assert_rollup_matches(conn, first)
    with store.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "head")
    with store.engine.connect() as conn:
        assert "hour" not in {c["name"] for c in inspect(conn).get_columns("visit_days")}
        assert_rollup_matches(conn, VISIT_ROLLUP)
    churn(store.engine, VISIT_ROLLUP, data, seed=3)
    with store.engine.connect() as conn:
        assert_rollup_matches(conn, VISIT_ROLLUP)


def test_migration_0009_adds_the_monthly_count_twins_and_back(store: Store, identity: Any) -> None:
    """0009 adds visit_months and visit_hour_months, filled from the visits; going back to 0008
    drops them and the third layout's triggers keep the rest as they did."""
    from alembic import command

    from hubdesk.storage.migrate import alembic_config, current_revision

    data = ds.build(identity.hub_id, (identity.site_id, uuid.uuid4()))
    load(store, data)
    third = rollup.third_layout(VISIT_ROLLUP.visits)
    twins = {"visit_months", "visit_hour_months"}
    cfg = alembic_config()
    with store.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "0008")
    assert current_revision(store.engine) == "0008"
    with store.engine.connect() as conn:
        assert not twins & set(inspect(conn).get_table_names())
        assert_rollup_matches(conn, third)
    churn(store.engine, third, data, seed=4)
    with store.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "head")
    with store.engine.connect() as conn:
        assert twins <= set(inspect(conn).get_table_names())
        assert_rollup_matches(conn, VISIT_ROLLUP)  # the twins filled from the visits
        assert_measures_agree(conn, VISIT_ROLLUP, {})
    churn(store.engine, VISIT_ROLLUP, data, seed=5)
    with store.engine.connect() as conn:
        assert_rollup_matches(conn, VISIT_ROLLUP)
