"""Report and dashboard benchmarks (a script, not a test).

    python bench/reports.py [--visits 1000000] [--central-visits 10000000] [--hubs 100]
                            [--runs 5] [--skip-desk] [--skip-sqlite] [--skip-postgres] [--rebuild]

(a) The desk: `ReportService.footfall` and `ReportService.hub_report` (everything the reports
    screen shows) for the periods of `periods()` (last month, the last 12 months, 365 days), on
    an encrypted store of --visits visits (60% by ~--visits/30 registered families, postcode
    areas, contacts), against the bare SQL aggregate of the same period through the driver
    (count and sum of people, no measures layer, no local-time rule) in the same run. Aims:
    month < 200 ms, year < 1 s.
(b) The central dashboard: each page (overview, hubs, trends, areas) rendered by the real app
    (FastAPI TestClient, signed in) for the same periods, over --central-visits visits from
    --hubs hubs, on PostgreSQL (127.0.0.1:5432, database `test`, schema `bench_reports_<n>`)
    and on SQLite, against the bare SQL aggregate. Aim: pages < 1 s on PostgreSQL.

Stores are generated quickly (executemany in big transactions on the desk; on PostgreSQL the
server draws the visits in SQL, and the SQLite service store copies them) and cached:
bench/out/reports-*.db (gitignored) and the PostgreSQL schema; --rebuild makes them again.
The desk store uses the fixed bench key 0x22 * 32 and holds generated data only.
"""

from __future__ import annotations

import argparse
import io
import itertools
import json
import os
import random
import statistics
import sys
import time
import uuid
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from datetime import time as dtime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from sqlalchemy import text  # noqa: E402

from bench.store import machine  # noqa: E402
from hubdesk.central.models import VISIT_ROLLUP as CENTRAL_ROLLUP  # noqa: E402
from hubdesk.domain.catalogue import DeviceKind, SiteKind  # noqa: E402
from hubdesk.domain.clock import FakeClock  # noqa: E402
from hubdesk.domain.staff import StaffRole  # noqa: E402
from hubdesk.measures import (  # noqa: E402
    Counts,
    Dim,
    Period,
    Reach,
    Scope,
    VisitTable,
    counts,
    last_twelve_months,
    reach,
    read_grouped,
    rollup,
)
from hubdesk.services.base import Actor  # noqa: E402
from hubdesk.services.reports import VISITS, ReportService  # noqa: E402
from hubdesk.services.setup import SetupService  # noqa: E402
from hubdesk.storage.engine import open_store  # noqa: E402
from hubdesk.storage.models import VISIT_ROLLUP  # noqa: E402

OUT = ROOT / "bench" / "out"
RAW = VisitTable(VISITS.table)  # the same measures straight from the visits (the old path)
KEY = bytes([0x22]) * 32
LONDON = ZoneInfo("Europe/London")
PG_URL = "postgresql+psycopg://postgres@127.0.0.1:5432/test"
PASSWORD = "bench password, not a secret"
REASONS = ["activity", "here_to_help", "health_visitor", "appointment", "just_visiting", "other"]
CHANNELS = ["in_person", "phone", "email", "online_request"]
NEEDS = ["housing", "money", "food", "parenting", "child_development", "send", "mental_health"]
OUTCOMES = ["advice", "signposted", "referral", "booked_group"]
VISIT_COLS = (
    "id, hub_id, site_id, device_id, family_id, activity_id, reason, signed_in_at, "
    "signed_out_at, postcode_district, is_new, first_time_any_hub, adults_mother, adults_father, "
    "adults_carer, adults_grandparent, adults_other, male_carers, children_0_1, children_2_4, "
    "children_5_11, children_12_16, children_17_19, children_20_25, send_children, people, "
    "updated_at, ward_code, lsoa_code, imd_decile"
)


def now_and_periods() -> tuple[datetime, tuple[date, date], tuple[date, date]]:
    """Now, last month, and the year as the desk's "Last 12 months" button and the dashboard's
    default give it: from the 1st of the month eleven months back, to today."""
    today = datetime.now(LONDON).date()
    now = datetime.combine(today, dtime(11, 30), LONDON).astimezone(UTC)
    first = today.replace(day=1)
    last_month = ((first - timedelta(days=1)).replace(day=1), first - timedelta(days=1))
    year = last_twelve_months(today)
    return now, last_month, (year.start, year.end)


def periods() -> tuple[tuple[str, tuple[date, date]], ...]:
    """What the benches time: last month, the last 12 months, and 365 days to today (what a
    hand-typed range gives: ragged at both ends, the slowest shape for reach)."""
    _, month, year = now_and_periods()
    today = year[1]
    return ("month", month), ("year", year), ("365 days", (today - timedelta(days=364), today))


def stamp(at: datetime) -> str:
    if at.tzinfo is None:  # PostgreSQL's timestamps come back naive, in UTC
        at = at.replace(tzinfo=UTC)
    return at.astimezone(UTC).replace(tzinfo=None).isoformat(sep=" ", timespec="microseconds")


class Generator:
    """Visit rows for one or many hubs over the 12 months up to `now`: plausible shapes."""

    def __init__(self, now: datetime, hubs: int, visits: int, seed: int = 7) -> None:
        self.rng = random.Random(seed)
        self.now = now
        today = now.astimezone(LONDON).date()
        days = [today - timedelta(days=d) for d in range(365, -1, -1)]
        self.days = [d for d in days if d.weekday() < 6]
        self.day_weights = [3 if d.weekday() < 5 else 1 for d in self.days]
        self.day_cum = list(itertools.accumulate(self.day_weights))
        self.hub_ids = [uuid.UUID(int=self.rng.getrandbits(128)) for _ in range(hubs)]
        self.site_ids = {h: [h, uuid.UUID(int=self.rng.getrandbits(128))] for h in self.hub_ids}
        per_hub = max(1, visits // hubs // 30)
        self.families = {
            h: [uuid.UUID(int=self.rng.getrandbits(128)) for _ in range(per_hub)]
            for h in self.hub_ids
        }
        self.districts = [f"NE{i}" for i in range(1, 40)] + [None]
        # 300 LSOAs in 100 wards (3 each); the LSOA's number picks its district (8 per district)
        self.areas = [(f"E05{i // 3:06d}", f"E01{i:06d}", 1 + i * 7 % 10) for i in range(300)]
        # a family lives somewhere: 85% at a known LSOA near its hub, the rest unknown
        self.homes = {
            f: self.near(h_index) if self.rng.random() < 0.85 else None
            for h_index, h in enumerate(self.hub_ids)
            for f in self.families[h]
        }

    def near(self, hub_index: int) -> int:
        """An LSOA near hub `hub_index`: most of a hub's visitors come from ~30 LSOAs around it,
        1 in 10 from anywhere (the "is the allocated hub the one people use" question)."""
        rng = self.rng
        if rng.random() < 0.1:
            return rng.randrange(len(self.areas))
        return (hub_index * 3 + int(rng.triangular(-15, 15, 0))) % len(self.areas)

    def place(
        self, lsoa: int | None, hub_index: int, family: uuid.UUID | None = None
    ) -> tuple[Any, ...]:
        """(district, ward, LSOA, decile) of a home, or a district alone for no known LSOA: a
        registered family's always the same one (it keeps its postcode), a party's drawn."""
        if lsoa is None:
            offsets = (0, 0, 0, 1, 2, 5)
            offset = offsets[family.int % 6] if family else self.rng.choice(offsets)
            return (self.districts[(hub_index % 35 + offset) % 40], None, None, None)
        return (self.districts[lsoa // 8], *self.areas[lsoa])

    def visit(self, hub: uuid.UUID, hub_index: int) -> tuple[Any, ...]:
        rng = self.rng
        day = rng.choices(self.days, cum_weights=self.day_cum)[0]
        at = datetime.combine(day, dtime(8, 30), LONDON) + timedelta(seconds=rng.uniform(0, 28800))
        adults = [0] * 5
        adults[rng.choices(range(5), [55, 20, 10, 10, 5])[0]] = 1
        kids = [0] * 6
        for _ in range(rng.choices([0, 1, 2, 3], [10, 50, 30, 10])[0]):
            kids[rng.choices(range(6), [30, 35, 25, 6, 3, 1])[0]] += 1
        registered = rng.random() < 0.6
        family = rng.choice(self.families[hub]) if registered else None
        if family is not None:
            home = self.homes[family]
        else:  # a party signing in without registering gives a postcode half the time
            home = self.near(hub_index) if rng.random() < 0.5 else None
        district, *area = self.place(home, hub_index, family)
        return (
            uuid.UUID(int=rng.getrandbits(128)), hub, self.site_ids[hub][rng.random() < 0.2],
            hub, family, None, rng.choice(REASONS), at, at + timedelta(minutes=60), district,
            rng.random() < 0.15, None, *adults, 1 if adults[2] and rng.random() < 0.3 else 0,
            *kids, 1 if rng.random() < 0.05 else 0, sum(adults) + sum(kids),
            at + timedelta(minutes=60), *area,
        )  # fmt: skip

    def rows(self, n: int) -> Any:
        for i in range(n):
            h = i % len(self.hub_ids)
            yield self.visit(self.hub_ids[h], h)

    def contact(self, hub: uuid.UUID) -> tuple[Any, ...]:
        rng = self.rng
        day = rng.choices(self.days, cum_weights=self.day_cum)[0]
        at = datetime.combine(day, dtime(9, 0), LONDON) + timedelta(seconds=rng.uniform(0, 25000))
        due = day + timedelta(days=rng.randrange(1, 14)) if rng.random() < 0.5 else None
        done = (
            datetime.combine(due, dtime(10), LONDON) + timedelta(days=rng.randrange(-3, 3))
            if due and rng.random() < 0.7
            else None
        )
        return (
            uuid.UUID(int=rng.getrandbits(128)), hub, self.site_ids[hub][0], None,
            rng.choice(CHANNELS),
            " ".join(sorted(rng.sample(NEEDS, rng.randrange(1, 3)))),
            " ".join(sorted(rng.sample(OUTCOMES, rng.randrange(0, 2)))), 0, due, done, at, at,
        )  # fmt: skip


def _sqlite_value(v: Any) -> Any:
    if isinstance(v, uuid.UUID):
        return v.hex
    if isinstance(v, datetime):
        return stamp(v)
    if isinstance(v, date):
        return v.isoformat()
    return v


def timed(fn: Callable[[], Any], runs: int) -> dict[str, float]:
    t0 = time.perf_counter()
    fn()
    cold = (time.perf_counter() - t0) * 1000
    warm = []
    for _ in range(runs):
        t0 = time.perf_counter()
        fn()
        warm.append((time.perf_counter() - t0) * 1000)
    return {"median_ms": round(statistics.median(warm), 1), "cold_ms": round(cold, 1)}


# -- (a) the desk --------------------------------------------------------------------------------


def rollup_triggers_off(engine: Any, r: Any) -> None:
    """Bulk loads skip the roll-up triggers (one upsert per row per table); `rollup_on` then
    fills the roll-ups from the visits in one GROUP BY and puts the triggers back."""
    with engine.begin() as conn:
        rollup.remove_triggers(conn, r)


def rollup_on(engine: Any, r: Any) -> float:
    t0 = time.perf_counter()
    with engine.begin() as conn:
        rollup.install(conn, r)
    took = time.perf_counter() - t0
    print(f"    roll-ups rebuilt from the visits in {took:.1f} s", flush=True)
    return took


def _finish_desk_store(store: Any, cur: Any, gen: Generator, hub: uuid.UUID, n: int) -> None:
    """Add n/20 contacts, fill the roll-ups from the visits, put the triggers back, checkpoint."""
    contacts = [tuple(_sqlite_value(v) for v in gen.contact(hub)) for _ in range(n // 20)]
    cur.execute("BEGIN IMMEDIATE")
    cur.executemany(
        "INSERT INTO contacts (id, hub_id, site_id, family_id, channel, needs, outcomes, "
        "minutes_spent, follow_up_due, follow_up_done_at, contacted_at, updated_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        contacts,
    )
    cur.execute("COMMIT")
    cur.close()
    rollup_on(store.engine, VISIT_ROLLUP)
    with store.engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")


def desk_store_from_bench_store(path: Path, n: int) -> dict[str, Any] | None:
    """Reuse bench/store.py's cached store of `n` anonymous visits (built for today): copy it,
    migrate the copy, then make 60% of its visits those of 1 in 30 registered families, each
    living at one LSOA near the hub (85%), give half the other parties one, and add contacts.
    Much faster than generating again."""
    import shutil

    source = OUT / f"visits-{n}.db"
    meta = source.with_suffix(".json")
    if not source.exists() or not meta.exists():
        return None
    facts = json.loads(meta.read_text())
    now, _, _ = now_and_periods()
    if facts["now"][:10] != now.isoformat()[:10]:
        return None
    for p in path.parent.glob(path.name + "*"):
        p.unlink()
    t0 = time.perf_counter()
    shutil.copyfile(source, path)
    store = open_store(path, KEY)  # migrates the copy to the current schema
    hub = uuid.UUID(facts["hub_id"])
    families = max(1, n // 30)
    created = stamp(now - timedelta(days=400))
    rollup_triggers_off(store.engine, VISIT_ROLLUP)
    raw = store.engine.raw_connection()
    try:
        cur = raw.cursor()
        cur.execute("BEGIN IMMEDIATE")
        cur.execute(
            "WITH RECURSIVE k(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM k WHERE x < ?) "
            "INSERT INTO families (id, hub_id, created_at, updated_at) "
            "SELECT printf('%032x', x), ?, ?, ? FROM k",
            (families, hub.hex, created, created),
        )
        cur.execute(
            "UPDATE visits SET family_id = printf('%032x', 1 + abs(random()) % ?), "
            "is_new = (abs(random()) % 12 = 0) WHERE abs(random()) % 10 < 6",
            (families,),
        )
        # a family lives at one of 30 LSOAs (85%; the rest unknown); a party that did not
        # register gives a postcode half the time (a simpler `Generator.near` and `place`)
        cur.execute(
            "CREATE TEMP TABLE homes AS WITH RECURSIVE k(x) AS (SELECT 1 UNION ALL "
            "SELECT x + 1 FROM k WHERE x < ?) SELECT printf('%032x', x) AS family_id, "
            "CASE WHEN abs(random()) % 100 < 85 THEN abs(random()) % 30 END AS lsoa FROM k",
            (families,),
        )
        cur.execute(
            "UPDATE visits SET lsoa_code = printf('E01%06d', homes.lsoa) FROM homes "
            "WHERE homes.family_id = visits.family_id AND homes.lsoa IS NOT NULL"
        )
        cur.execute(
            "UPDATE visits SET lsoa_code = printf('E01%06d', abs(random()) % 30) "
            "WHERE family_id IS NULL AND abs(random()) % 2 = 0"
        )
        cur.execute(
            "UPDATE visits SET ward_code = printf('E05%06d', CAST(substr(lsoa_code, 4) AS "
            "INTEGER) / 3), imd_decile = 1 + CAST(substr(lsoa_code, 4) AS INTEGER) * 7 % 10, "
            "postcode_district = printf('NE%d', 1 + CAST(substr(lsoa_code, 4) AS INTEGER) / 8) "
            "WHERE lsoa_code IS NOT NULL"
        )
        cur.execute("DROP TABLE homes")
        cur.execute("UPDATE hubs SET reach_districts = 'NE1 NE2 NE4'")
        cur.execute("COMMIT")
        gen = Generator(now, 1, n)
        gen.site_ids = {hub: [uuid.UUID(s) for s in facts["site_ids"][:2]]}
        _finish_desk_store(store, cur, gen, hub, n)
    finally:
        raw.close()
    store.close()
    for backup in path.parent.glob(path.name + ".before-*"):
        backup.unlink()
    out = {
        "visits": n,
        "hub_id": str(hub),
        "built_for": now.isoformat(),
        "build_seconds": round(time.perf_counter() - t0, 1),
        "bytes": path.stat().st_size,
        "from": str(source.relative_to(ROOT)),
    }
    path.with_suffix(".json").write_text(json.dumps(out, indent=2))
    return out


def build_desk_store(path: Path, n: int) -> dict[str, Any]:
    for p in path.parent.glob(path.name + "*"):
        p.unlink()
    now, _, _ = now_and_periods()
    clock = FakeClock(now - timedelta(days=366))
    store = open_store(path, KEY)
    ident = SetupService(store, clock).initialise(
        hub_name="Bench Hub", hub_code="BEN", site_name="Bench Hub", device_name="Desk",
        device_kind=DeviceKind.DESK,
    )  # fmt: skip
    manager = Actor(ident.device_id, ident.hub_id, ident.site_id, uuid.uuid4(), StaffRole.MANAGER)
    outreach = SetupService(store, clock).add_site(
        manager, name="Fire station", kind=SiteKind.FIRE_STATION
    )
    gen = Generator(now, 1, n)
    hub = gen.hub_ids[0]
    gen.site_ids[hub] = [ident.site_id, outreach.id]
    gen.hub_ids = [ident.hub_id]
    gen.site_ids = {ident.hub_id: [ident.site_id, outreach.id]}
    gen.families = {ident.hub_id: gen.families[hub]}
    t0 = time.perf_counter()
    rollup_triggers_off(store.engine, VISIT_ROLLUP)
    raw = store.engine.raw_connection()
    try:
        cur = raw.cursor()
        created = stamp(now - timedelta(days=400))
        cur.execute("BEGIN IMMEDIATE")
        cur.executemany(
            "INSERT INTO families (id, hub_id, created_at, updated_at) VALUES (?, ?, ?, ?)",
            [(f.hex, ident.hub_id.hex, created, created) for f in gen.families[ident.hub_id]],
        )
        cur.execute("UPDATE hubs SET reach_districts = 'NE1 NE2 NE3'")
        cur.execute("COMMIT")
        insert = f"INSERT INTO visits ({VISIT_COLS}) VALUES ({', '.join(['?'] * 30)})"
        made = 0
        while made < n:
            batch = [
                tuple(_sqlite_value(v) for v in row) for row in gen.rows(min(200_000, n - made))
            ]
            batch.sort(key=lambda r: r[7])
            cur.execute("BEGIN IMMEDIATE")
            cur.executemany(insert, batch)
            cur.execute("COMMIT")
            made += len(batch)
            print(f"    {made:>9,} visits  {time.perf_counter() - t0:6.1f} s", flush=True)
        _finish_desk_store(store, cur, gen, ident.hub_id, n)
    finally:
        raw.close()
    store.close()
    facts = {
        "visits": n,
        "hub_id": str(ident.hub_id),
        "built_for": now.isoformat(),
        "build_seconds": round(time.perf_counter() - t0, 1),
        "bytes": path.stat().st_size,
    }
    path.with_suffix(".json").write_text(json.dumps(facts, indent=2))
    return facts


def bench_desk(n: int, runs: int, rebuild: bool, no_year_screen: bool = False) -> dict[str, Any]:
    path = OUT / f"reports-desk-{n}.db"
    meta = path.with_suffix(".json")
    now, _, _ = now_and_periods()
    print(f"\n(a) the desk: {n:,} visits ({path.relative_to(ROOT)})")
    facts = json.loads(meta.read_text()) if meta.exists() and path.exists() else None
    if rebuild or facts is None or facts["built_for"][:10] != now.isoformat()[:10]:
        print("    building (cached for next time)...")
        facts = desk_store_from_bench_store(path, n) or build_desk_store(path, n)
    print(f"    file {facts['bytes'] / 1e6:.0f} MB, built in {facts['build_seconds']} s")
    store = open_store(path, KEY)
    service = ReportService(store, FakeClock(now))
    hub = uuid.UUID(facts["hub_id"])
    out: dict[str, Any] = {"visits": n}
    try:
        raw = store.engine.raw_connection()
        try:
            cur = raw.cursor()

            def bare(start: date, end: date) -> Callable[[], Any]:
                lo = stamp(datetime.combine(start, dtime(), LONDON))
                hi = stamp(datetime.combine(end + timedelta(days=1), dtime(), LONDON))

                def run() -> Any:
                    cur.execute(
                        "SELECT count(*), sum(people) FROM visits WHERE hub_id = ? AND "
                        "signed_in_at >= ? AND signed_in_at < ?",
                        (hub.hex, lo, hi),
                    )
                    return cur.fetchall()

                return run

            def bare_trend(start: date, end: date) -> Callable[[], Any]:
                lo = stamp(datetime.combine(start, dtime(), LONDON))
                hi = stamp(datetime.combine(end + timedelta(days=1), dtime(), LONDON))

                def run() -> Any:
                    cur.execute(
                        "SELECT date(signed_in_at), count(*), sum(people) FROM visits "
                        "WHERE hub_id = ? AND signed_in_at >= ? AND signed_in_at < ? "
                        "GROUP BY date(signed_in_at)",
                        (hub.hex, lo, hi),
                    )
                    return cur.fetchall()

                return run

            for name, (start, end) in periods():
                period, scope = Period(start, end), Scope.of(hub)

                def measure(query: Any) -> Callable[[], Any]:
                    def run() -> Any:
                        with store.read() as session:
                            return session.execute(query).all()

                    return run

                got = {
                    "bare SQL count+sum": timed(bare(start, end), runs),
                    "bare SQL by UTC day": timed(bare_trend(start, end), runs),
                    "measures: counts, no grouping": timed(
                        measure(counts(VISITS, period, scope)), runs
                    ),
                    "measures: counts by local day": timed(
                        measure(counts(VISITS, period, scope, Dim.DAY)), runs
                    ),
                    "measures: reach (distinct families)": timed(
                        measure(reach(VISITS, period, scope)), runs
                    ),
                    "visits, no roll-up: counts by local day": timed(
                        measure(counts(RAW, period, scope, Dim.DAY)), runs
                    ),
                    "visits, no roll-up: reach": timed(measure(reach(RAW, period, scope)), runs),
                    "ReportService.footfall": timed(
                        lambda s=start, e=end: service.footfall(hub, s, e), runs
                    ),
                }
                if name == "month" or (name == "year" and not no_year_screen):
                    got["ReportService.hub_report (the screen)"] = timed(
                        lambda s=start, e=end: service.hub_report(hub, s, e), runs
                    )
                summary = service.footfall(hub, start, end)
                same = all(
                    read_grouped(measure(q(RAW, period, scope, *d))(), d, r)
                    == read_grouped(measure(q(VISITS, period, scope, *d))(), d, r)
                    for q, d, r in (
                        (counts, (Dim.DAY,), Counts),
                        (reach, (Dim.MONTH,), Reach),
                        (reach, (), Reach),  # a year's: the family windows
                    )
                )
                print(f"    roll-ups and visits give the same numbers: {'yes' if same else 'NO'}")
                out[name] = {"period": f"{start}..{end}", "visits": summary.visits,
                             "rollup_equals_visits": same, **got}  # fmt: skip
                print(f"    {name} {start}..{end}: {summary.visits:,} visits")
                for label, fig in got.items():
                    print(f"      {label:40} median {fig['median_ms']:8.1f} ms  "
                          f"(first {fig['cold_ms']:.1f} ms)")  # fmt: skip
            cur.close()
        finally:
            raw.close()
    finally:
        store.close()
    return out


# -- (b) the central dashboard -------------------------------------------------------------------


def _central_values(row: tuple[Any, ...]) -> tuple[Any, ...]:
    return (*row[:26], row[26], uuid.UUID(int=row[0].int ^ 1), *row[27:])


CENTRAL_COLS = VISIT_COLS.replace("updated_at,", "updated_at, event_id,")


def build_central(
    store: Any, n: int, hubs: int, postgres: bool, copy_from: str | None = None
) -> dict[str, Any]:
    """Hubs, a dashboard user, `n` visits and `n / 50` contacts. On PostgreSQL the server draws
    the visits; on SQLite they are copied from PostgreSQL schema `copy_from` when it holds the
    same-sized set built today (generating 10,000,000 rows in Python takes most of an hour and a
    half), else generated here."""
    from hubdesk.central import admin
    from hubdesk.central.dashboard.tables import CentralHubArea

    now, _, _ = now_and_periods()
    gen = Generator(now, hubs, n, seed=11)
    t0 = time.perf_counter()
    for i, hub in enumerate(gen.hub_ids):
        admin.create_hub(store, f"Hub {i + 1:03d}", f"H{i + 1:03d}", hub_id=hub)
    with store.write() as session:
        session.execute(
            CentralHubArea.__table__.insert(),
            [{"hub_id": h, "reach_districts": f"NE{1 + i % 35} NE{2 + i % 35}",
              "updated_at": now} for i, h in enumerate(gen.hub_ids)],
        )  # fmt: skip
    admin.create_user(store, "bench", PASSWORD)
    made = 0
    rollup_triggers_off(store.engine, CENTRAL_ROLLUP)
    raw = store.engine.raw_connection()
    try:
        cur = raw.cursor()
        if postgres:  # the same shapes, drawn by the server: minutes instead of an hour
            _pg_generate_visits(cur, gen, n, t0)
            raw.commit()
        elif copy_from is not None:  # the very rows PostgreSQL drew: the same data on both
            made = _copy_visits_from_postgres(cur, copy_from, t0)
        while not postgres and made < n:
            size = min(500_000, n - made)
            cur.execute("BEGIN")
            cur.executemany(
                f"INSERT INTO central_visits ({CENTRAL_COLS}) VALUES ({', '.join(['?'] * 31)})",
                [tuple(_sqlite_value(v) for v in _central_values(r)) for r in gen.rows(size)],
            )
            cur.execute("COMMIT")
            made += size
            _progress(made, t0)
        contacts = [gen.contact(gen.hub_ids[i % hubs]) for i in range(n // 50)]
        contact_cols = (
            "id, hub_id, site_id, family_id, channel, needs, outcomes, minutes_spent, "
            "follow_up_due, follow_up_done_at, contacted_at, updated_at, event_id"
        )
        contacts = [(*c, c[0]) for c in contacts]
        if postgres:
            buf = io.StringIO()
            for c in contacts:
                buf.write("\t".join(_pg_text(v) for v in c) + "\n")
            with cur.copy(f"COPY central_contacts ({contact_cols}) FROM STDIN") as copy:
                copy.write(buf.getvalue())
            raw.commit()
        else:
            cur.execute("BEGIN")
            cur.executemany(
                f"INSERT INTO central_contacts ({contact_cols}) VALUES ({', '.join(['?'] * 13)})",
                [tuple(_sqlite_value(v) for v in c) for c in contacts],
            )
            cur.execute("COMMIT")
        cur.close()
    finally:
        raw.close()
    rolled = rollup_on(store.engine, CENTRAL_ROLLUP)
    if postgres:  # VACUUM as autovacuum would, after a load: see `bench_central`
        with store.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
            conn.exec_driver_sql("VACUUM (ANALYZE)")
    else:
        with store.engine.connect() as conn:
            conn.exec_driver_sql("ANALYZE")
            conn.commit()  # a checkpoint cannot run inside the ANALYZE's transaction
            conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    return {"visits": n, "hubs": hubs, "built_for": now.isoformat(),
            "build_seconds": round(time.perf_counter() - t0, 1),
            "rollup_seconds": round(rolled, 1)}  # fmt: skip


_PG_VISITS = """
WITH draws AS (
  SELECT i % :hubs AS h, random() AS r_day, random() AS r_sec, random() AS r_adult,
         random() AS r_nkids, random() AS k1, random() AS k2, random() AS k3,
         random() AS r_reg, floor(random() * :per_hub)::int AS k, random() AS r_anon,
         random() AS r_near, random() AS r_spread, random() AS r_any, random() AS r_site,
         random() AS r_reason, random() AS r_new, random() AS r_male, random() AS r_send,
         random() AS r_district
  FROM generate_series(:lo, :hi - 1) AS i
), homes AS (  -- a registered family's home is a fixed function of (hub, family)
  SELECT d.*, ('x' || substr(md5('home ' || h || ' ' || k), 1, 8))::bit(32)::int AS hash,
         md5('family ' || h || ' ' || k)::uuid AS family_id
  FROM draws AS d
), placed AS (
  SELECT p.*,
    CASE WHEN r_reg < 0.6 THEN
           CASE WHEN abs(hash % 100) < 85 THEN
             CASE WHEN abs(hash / 100 % 10) = 0 THEN abs(hash / 1000 % 300)
                  ELSE ((h * 3 + abs(hash / 1000 % 31) - 15) % 300 + 300) % 300 END
           END
         WHEN r_anon < 0.5 THEN
           CASE WHEN r_any < 0.1 THEN floor(r_near * 300)::int
                ELSE ((h * 3 + floor(r_spread * 31)::int - 15) % 300 + 300) % 300 END
    END AS lsoa,
    CASE WHEN r_adult < 0.55 THEN 0 WHEN r_adult < 0.75 THEN 1 WHEN r_adult < 0.85 THEN 2
         WHEN r_adult < 0.95 THEN 3 ELSE 4 END AS adult,
    CASE WHEN r_nkids < 0.1 THEN 0 WHEN r_nkids < 0.6 THEN 1 WHEN r_nkids < 0.9 THEN 2
         ELSE 3 END AS nkids,
    (:days)[1 + floor(r_day * :ndays)::int] AS day
  FROM homes AS p
), bands AS (
  SELECT q.*, :bands,
    ((q.day + time '08:30' + make_interval(secs => r_sec * 28800))
      AT TIME ZONE 'Europe/London') AT TIME ZONE 'UTC' AS at
  FROM placed AS q
), kids AS (
  SELECT b.*, ARRAY[:kids] AS kid
  FROM bands AS b
)
INSERT INTO central_visits (id, hub_id, site_id, device_id, family_id, activity_id, reason,
  signed_in_at, signed_out_at, postcode_district, is_new, first_time_any_hub, adults_mother,
  adults_father, adults_carer, adults_grandparent, adults_other, male_carers, children_0_1,
  children_2_4, children_5_11, children_12_16, children_17_19, children_20_25, send_children,
  people, updated_at, event_id, ward_code, lsoa_code, imd_decile)
SELECT gen_random_uuid(), hb.hub_id, CASE WHEN r_site < 0.2 THEN hb.site_id ELSE hb.hub_id END,
  hb.hub_id, CASE WHEN r_reg < 0.6 THEN family_id END, NULL,
  (ARRAY['activity', 'here_to_help', 'health_visitor', 'appointment', 'just_visiting',
         'other'])[1 + floor(r_reason * 6)::int],
  at, at + interval '60 minutes',
  CASE WHEN lsoa IS NOT NULL THEN 'NE' || (1 + lsoa / 8)
       ELSE (SELECT CASE WHEN j < 39 THEN 'NE' || (j + 1) END FROM (SELECT (h % 35 +
             (ARRAY[0, 0, 0, 1, 2, 5])[1 + CASE WHEN r_reg < 0.6 THEN abs(hash / 1000000 % 6)
                                                ELSE floor(r_district * 6)::int END]) % 40 AS j)
             AS x) END,
  r_new < 0.15, NULL,
  (adult = 0)::int, (adult = 1)::int, (adult = 2)::int, (adult = 3)::int, (adult = 4)::int,
  (adult = 2 AND r_male < 0.3)::int,
  kid[1], kid[2], kid[3], kid[4], kid[5], kid[6], (r_send < 0.05)::int, 1 + nkids,
  at + interval '60 minutes', gen_random_uuid(),
  'E05' || lpad((lsoa / 3)::text, 6, '0'), 'E01' || lpad(lsoa::text, 6, '0'),
  CASE WHEN lsoa IS NOT NULL THEN 1 + lsoa * 7 % 10 END
FROM kids JOIN bench_hubs AS hb USING (h)
"""


# a child's age band (weights 30, 35, 25, 6, 3, 1 as in `Generator.visit`), for up to 3 children
_PG_BANDS = ", ".join(
    f"CASE WHEN {k} < 0.30 THEN 0 WHEN {k} < 0.65 THEN 1 WHEN {k} < 0.90 THEN 2 "
    f"WHEN {k} < 0.96 THEN 3 WHEN {k} < 0.99 THEN 4 ELSE 5 END AS b{k[1]}"
    for k in ("k1", "k2", "k3")
)
# children per band: how many of the party's `nkids` children have that band
_PG_KIDS = ", ".join(
    f"(nkids >= 1 AND b1 = {band})::int + (nkids >= 2 AND b2 = {band})::int + "
    f"(nkids >= 3 AND b3 = {band})::int"
    for band in range(6)
)


def _progress(made: int, t0: float) -> None:
    print(f"    {made:>10,} visits  {time.perf_counter() - t0:6.1f} s", flush=True)


def _pg_generate_visits(cur: Any, gen: Generator, n: int, t0: float) -> None:
    """`n` visits drawn by PostgreSQL itself with the shapes of `Generator.visit` (weekday
    weights, party make-up, families fixed at a home near their hub): generating 10,000,000 rows
    in Python took most of an hour."""
    cur.execute("CREATE TEMP TABLE bench_hubs (h int PRIMARY KEY, hub_id uuid, site_id uuid)")
    cur.executemany(
        "INSERT INTO bench_hubs VALUES (%s, %s, %s)",
        [(i, h, gen.site_ids[h][1]) for i, h in enumerate(gen.hub_ids)],
    )
    # each day as often as its weight, so that a uniform draw from the array is weighted
    days = [d for d, w in zip(gen.days, gen.day_weights, strict=True) for _ in range(w)]
    per_hub = len(next(iter(gen.families.values())))
    template = _PG_VISITS.replace(":bands", _PG_BANDS).replace(":kids", _PG_KIDS)
    template = template.replace(":hubs", str(len(gen.hub_ids))).replace(":per_hub", str(per_hub))
    literal = "'{" + ",".join(d.isoformat() for d in days) + "}'::date[]"
    template = template.replace(":ndays", str(len(days))).replace(":days", literal)
    made = 0
    while made < n:
        size = min(1_000_000, n - made)
        cur.execute(template.replace(":lo", str(made)).replace(":hi", str(made + size)))
        made += size
        _progress(made, t0)


def _copy_visits_from_postgres(cur: Any, schema: str, t0: float) -> int:
    """Every visit of the PostgreSQL bench schema `schema`, into the SQLite store behind `cur`
    (roll-up triggers off), half a million to a transaction. Returns how many."""
    import psycopg

    made = 0
    with psycopg.connect(PG_URL.replace("+psycopg", "")) as pg, pg.cursor(name="visits") as src:
        src.itersize = 50_000
        src.execute(f'SELECT {CENTRAL_COLS} FROM "{schema}".central_visits')
        insert = f"INSERT INTO central_visits ({CENTRAL_COLS}) VALUES ({', '.join(['?'] * 31)})"
        while batch := src.fetchmany(500_000):
            cur.execute("BEGIN")
            cur.executemany(insert, [tuple(_sqlite_value(v) for v in row) for row in batch])
            cur.execute("COMMIT")
            made += len(batch)
            _progress(made, t0)
    return made


def _pg_text(v: Any) -> str:
    if v is None:
        return "\\N"
    if isinstance(v, bool):
        return "t" if v else "f"
    if isinstance(v, datetime):
        return stamp(v)
    return str(v)


def _postgres_source(n: int, hubs: int, now: datetime) -> str | None:
    """The PostgreSQL bench schema holding `n` visits from `hubs` hubs built today, if any."""
    meta = OUT / f"reports-central-postgresql-{n}.json"
    if not meta.exists():
        return None
    facts = json.loads(meta.read_text())
    if facts["built_for"][:10] != now.isoformat()[:10] or facts.get("hubs") != hubs:
        return None
    try:
        import psycopg

        with psycopg.connect(PG_URL.replace("+psycopg", ""), connect_timeout=3) as pg:
            schema = f"bench_reports_{n}"
            got = pg.execute(
                "SELECT 1 FROM information_schema.tables WHERE table_schema = %s AND "
                "table_name = 'central_visits'",
                (schema,),
            ).fetchone()
    except Exception:  # PostgreSQL not running here: generate instead
        return None
    return schema if got else None


def bench_central(backend: str, n: int, hubs: int, runs: int, rebuild: bool) -> dict[str, Any]:
    from fastapi.testclient import TestClient

    from hubdesk.central.app import create_app
    from hubdesk.central.store import CentralStore

    now, _, _ = now_and_periods()
    meta = OUT / f"reports-central-{backend}-{n}.json"
    facts = json.loads(meta.read_text()) if meta.exists() else None
    fresh = rebuild or facts is None or facts["built_for"][:10] != now.isoformat()[:10]
    if backend == "sqlite":
        path = OUT / f"reports-central-{n}.db"
        if fresh:
            for p in path.parent.glob(path.name + "*"):
                p.unlink()
        elif not path.exists():
            fresh = True
        store = CentralStore(f"sqlite:///{path}")
        where = str(path.relative_to(ROOT))
    else:
        from sqlalchemy import create_engine

        schema = f"bench_reports_{n}"
        admin_engine = create_engine(PG_URL)
        with admin_engine.begin() as conn:
            exists = conn.execute(
                text("SELECT 1 FROM information_schema.schemata WHERE schema_name = :s"),
                {"s": schema},
            ).first()
            if fresh or not exists:
                conn.execute(text(f'DROP SCHEMA IF EXISTS "{schema}" CASCADE'))
                conn.execute(text(f'CREATE SCHEMA "{schema}"'))
                fresh = True
        admin_engine.dispose()
        store = CentralStore(
            PG_URL, engine_options={"connect_args": {"options": f"-csearch_path={schema}"}}
        )
        where = f"PostgreSQL schema {schema}"
    store.migrate()
    if backend == "postgresql":  # what autovacuum does after a load or a migration's fill: the
        # visibility map lets the index-only reads skip the table
        with store.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
            conn.exec_driver_sql("VACUUM (ANALYZE)")
    print(f"\n(b) the dashboard on {backend}: {n:,} visits from {hubs} hubs ({where})")
    if fresh:
        print("    building (cached for next time)...")
        source = _postgres_source(n, hubs, now) if backend == "sqlite" else None
        if source is not None:
            print(f"    copying the visits of PostgreSQL schema {source}")
        facts = build_central(store, n, hubs, backend == "postgresql", copy_from=source)
        meta.write_text(json.dumps(facts, indent=2))
    assert facts is not None
    print(f"    built in {facts['build_seconds']} s")
    out: dict[str, Any] = {"visits": n, "hubs": hubs}
    app = create_app(store)
    try:
        with TestClient(app, base_url="http://127.0.0.1") as client:
            page = client.get("/dashboard/login").text
            token = page.split('name="csrf" value="')[1].split('"')[0]
            r = client.post("/dashboard/login", data={"csrf": token, "username": "bench",
                            "password": PASSWORD}, follow_redirects=False)  # fmt: skip
            assert r.status_code == 303, r.status_code

            def get(url: str) -> Callable[[], Any]:
                def run() -> Any:
                    response = client.get(url)
                    assert response.status_code == 200, (url, response.status_code)
                    return response

                return run

            with store.engine.connect() as conn:
                for name, (start, end) in periods():
                    lo = datetime.combine(start, dtime(), LONDON).astimezone(UTC)
                    hi = datetime.combine(end + timedelta(days=1), dtime(), LONDON).astimezone(UTC)

                    def bare(lo: datetime = lo, hi: datetime = hi) -> Any:
                        return conn.execute(
                            text("SELECT count(*), sum(people) FROM central_visits "
                                 "WHERE signed_in_at >= :lo AND signed_in_at < :hi"),
                            {"lo": lo.replace(tzinfo=None), "hi": hi.replace(tzinfo=None)},
                        ).all()  # fmt: skip

                    def bare_hubs(lo: datetime = lo, hi: datetime = hi) -> Any:
                        return conn.execute(
                            text("SELECT hub_id, count(*), sum(people), "
                                 "count(DISTINCT family_id) FROM central_visits "
                                 "WHERE signed_in_at >= :lo AND signed_in_at < :hi "
                                 "GROUP BY hub_id"),
                            {"lo": lo.replace(tzinfo=None), "hi": hi.replace(tzinfo=None)},
                        ).all()  # fmt: skip

                    q = f"from={start}&to={end}"
                    got = {
                        "bare SQL count+sum": timed(bare, runs),
                        "bare SQL per hub (+distinct families)": timed(bare_hubs, runs),
                        "page: overview": timed(get(f"/dashboard/?{q}"), runs),
                        "page: hubs": timed(get(f"/dashboard/hubs?{q}"), runs),
                        "page: trends (by month)": timed(get(f"/dashboard/trends?{q}"), runs),
                        "page: areas (district)": timed(get(f"/dashboard/areas?{q}"), runs),
                        "export: hubs.csv": timed(get(f"/dashboard/export/hubs.csv?{q}"), runs),
                    }
                    visits = bare()[0][0]
                    out[name] = {"period": f"{start}..{end}", "visits": visits, **got}
                    print(f"    {name} {start}..{end}: {visits:,} visits")
                    for label, fig in got.items():
                        print(f"      {label:40} median {fig['median_ms']:8.1f} ms  "
                              f"(first {fig['cold_ms']:.1f} ms)")  # fmt: skip
    finally:
        store.close()
    return out


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawTextHelpFormatter
    )
    parser.add_argument("--visits", type=int, default=1_000_000, help="desk store size")
    parser.add_argument("--central-visits", type=int, default=10_000_000)
    parser.add_argument("--hubs", type=int, default=100)
    parser.add_argument("--runs", type=int, default=5, help="timed runs per figure (median)")
    parser.add_argument("--rebuild", action="store_true")
    parser.add_argument("--skip-desk", action="store_true")
    parser.add_argument("--skip-sqlite", action="store_true")
    parser.add_argument("--skip-postgres", action="store_true")
    parser.add_argument("--json", type=Path, help="also write the figures here")
    parser.add_argument(
        "--no-year-screen", action="store_true", help="skip hub_report for the year (slow)"
    )
    args = parser.parse_args()
    OUT.mkdir(parents=True, exist_ok=True)
    print(f"machine: {machine()}")
    print(f"load average at start: {os.getloadavg()[0]:.2f}")
    print(f"command: python bench/reports.py {' '.join(sys.argv[1:])}".rstrip())
    figures: dict[str, Any] = {"machine": machine()}
    if not args.skip_desk:
        figures["desk"] = bench_desk(args.visits, args.runs, args.rebuild, args.no_year_screen)
    # PostgreSQL first: the SQLite store copies the rows it drew
    if not args.skip_postgres:
        figures["postgresql"] = bench_central(
            "postgresql", args.central_visits, args.hubs, args.runs, args.rebuild
        )
    if not args.skip_sqlite:
        figures["sqlite"] = bench_central(
            "sqlite", args.central_visits, args.hubs, args.runs, args.rebuild
        )
    figures["loadavg_end"] = os.getloadavg()[0]
    print(f"load average at the end: {os.getloadavg()[0]:.2f}")
    if args.json:
        args.json.write_text(json.dumps(figures, indent=2, default=str))


if __name__ == "__main__":
    main()
