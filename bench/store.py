"""Store benchmarks (a script, not a test).

    python bench/store.py [--visits 1000000] [--samples 2000] [--runs 9] [--rebuild]

(a) Sign-in commit latency, p50/p99, through `VisitService.sign_in` (SQLCipher, SQLAlchemy, the
    outbox event, the device touch) against a raw INSERT + COMMIT of an equivalent visit row with
    the stdlib sqlite3 module (plain, unencrypted) and with the sqlcipher3 driver (encrypted), all
    with WAL and synchronous=FULL, same schema, interleaved in the same run.
(b) "Who is in now" (`VisitService.who_is_in`) and a month's footfall summary
    (`ReportService.footfall`) on a store holding --visits visits spread over 12 months across
    3 sites. The big store is cached under bench/out/ (gitignored); --rebuild makes it again.

The bench stores are encrypted with a fixed bench key (0x22 * 32): they hold generated data only.
"""

from __future__ import annotations

import argparse
import inspect
import json
import os
import platform
import random
import shutil
import sqlite3
import statistics
import sys
import time
import uuid
from collections import deque
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from datetime import time as dtime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import sqlcipher3  # noqa: E402
from sqlalchemy import create_engine, event  # noqa: E402

from hubdesk.domain.catalogue import DeviceKind, SiteKind, VisitReason  # noqa: E402
from hubdesk.domain.clock import FakeClock, SystemClock  # noqa: E402
from hubdesk.domain.people import AgeBand, ChildInParty, Party, Role  # noqa: E402
from hubdesk.domain.staff import StaffRole  # noqa: E402
from hubdesk.measures import rollup  # noqa: E402
from hubdesk.services.base import Actor  # noqa: E402
from hubdesk.services.families import AdultIn, ChildIn, FamilyIn, FamilyService  # noqa: E402
from hubdesk.services.setup import SetupService  # noqa: E402
from hubdesk.services.visits import SignIn, VisitService  # noqa: E402
from hubdesk.storage.engine import Store, open_store  # noqa: E402
from hubdesk.storage.models import VISIT_ROLLUP, Base  # noqa: E402

OUT = ROOT / "bench" / "out"
KEY = bytes([0x22]) * 32  # bench key: generated data only
LONDON = ZoneInfo("Europe/London")
IN_BUILDING = 40  # parties in at once on one kiosk: a busy session at a hub

VISIT_COLUMNS = (
    "id, hub_id, site_id, device_id, family_id, activity_id, reason, signed_in_at, "
    "signed_out_at, signed_out_by, postcode_district, is_new, first_time_any_hub, "
    "adults_mother, adults_father, adults_carer, adults_grandparent, adults_other, male_carers, "
    "children_0_1, children_2_4, children_5_11, children_12_16, children_17_19, children_20_25, "
    "send_children, people, names, updated_at"
)
INSERT_VISIT = f"INSERT INTO visits ({VISIT_COLUMNS}) VALUES ({', '.join(['?'] * 29)})"


def machine() -> str:
    model = "?"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    ram = "?"
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal"):
                ram = f"{int(line.split()[1]) / 1024 / 1024:.1f} GiB"
    except OSError:
        pass
    return (
        f"{os.cpu_count()} CPUs, {model}, RAM {ram}, {platform.system()} {platform.release()}, "
        f"Python {platform.python_version()}, SQLite {sqlite3.sqlite_version}, "
        f"SQLCipher/SQLite {sqlcipher3.sqlite_version}"
    )


def pct(values: list[float], p: float) -> float:
    ordered = sorted(values)
    k = min(len(ordered) - 1, max(0, round(p / 100 * (len(ordered) - 1))))
    return ordered[k]


def ms(ns: float) -> str:
    return f"{ns / 1e6:.2f} ms"


# ---------------------------------------------------------------- (a) commit latency


def _visit_row(hub: str, site: str, device: str, now: datetime) -> tuple[Any, ...]:
    stamp = now.astimezone(UTC).replace(tzinfo=None).isoformat(sep=" ", timespec="microseconds")
    # one mother, children 0-1 and 5-11, postcode district given, not new: as the sign-in below
    return (
        uuid.uuid4().hex, hub, site, device, None, None, "just_visiting", stamp,
        None, None, "NE1", 0, None,
        1, 0, 0, 0, 0, 0,
        1, 0, 1, 0, 0, 0,
        0, 3, None, stamp,
    )  # fmt: skip


def _raw_store(conn: Any) -> tuple[str, str, str]:
    """Give a raw connection the same settings as the app's and a hub and site to refer to."""
    conn.isolation_level = None
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = FULL")
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("PRAGMA secure_delete = ON")
    hub, site, device = uuid.uuid4().hex, uuid.uuid4().hex, uuid.uuid4().hex
    now = "2026-01-01 00:00:00.000000"
    conn.execute("BEGIN IMMEDIATE")
    conn.execute(
        "INSERT INTO hubs (id, name, code, retention_months, privacy_notice, "
        "privacy_notice_version, reach_districts, created_at, updated_at) "
        "VALUES (?, 'Bench', 'B', 24, '', 1, '', ?, ?)",
        (hub, now, now),
    )
    conn.execute(
        "INSERT INTO sites (id, hub_id, name, kind, active, created_at, updated_at) "
        "VALUES (?, ?, 'Bench', 'hub', 1, ?, ?)",
        (site, hub, now, now),
    )
    conn.execute("COMMIT")
    return hub, site, device


def _schema(path: Path, cipher: bool) -> Any:
    """A raw DB-API connection on a new database holding the app's schema (same indexes)."""
    if cipher:
        conn = sqlcipher3.connect(str(path), isolation_level=None)
        conn.execute(f"PRAGMA key = \"x'{KEY.hex()}'\"")
        # same DDL as the plain one, taken from the models
        plain = create_engine("sqlite://")
        from sqlalchemy.schema import CreateIndex, CreateTable

        for table in Base.metadata.sorted_tables:
            conn.execute(str(CreateTable(table).compile(plain)))
            for index in table.indexes:
                conn.execute(str(CreateIndex(index).compile(plain)))
        return conn
    engine = create_engine(f"sqlite:///{path}")
    Base.metadata.create_all(engine)
    with engine.begin() as conn:  # a raw INSERT: the roll-up triggers are the app's, not SQL's
        rollup.remove_triggers(conn, VISIT_ROLLUP)
    engine.dispose()
    return sqlite3.connect(str(path), isolation_level=None)


def bench_latency(samples: int) -> dict[str, Any]:
    work = OUT / "latency"
    shutil.rmtree(work, ignore_errors=True)
    work.mkdir(parents=True)
    os.chmod(work, 0o700)

    def kiosk_store(name: str) -> tuple[Store, VisitService, Actor]:
        store = open_store(work / name, KEY)
        ident = SetupService(store, SystemClock()).initialise(
            hub_name="Bench Hub",
            hub_code="BEN",
            site_name="Bench Hub",
            device_name="Kiosk",
            device_kind=DeviceKind.KIOSK,
        )
        return store, VisitService(store, SystemClock()), ident.actor()

    # A hub's kiosk has some tens of parties in at once, not every party of the run: each
    # variant's turn is followed (untimed) by signing out the earliest parties beyond that, so a
    # sign-in reads a realistic set of open visits (its sign-out number, "is this family in?").
    in_building: dict[VisitService, deque[uuid.UUID]] = {}

    def timed_sign_in(visits: VisitService, actor: Actor, request: SignIn) -> None:
        in_building.setdefault(visits, deque()).append(visits.sign_in(actor, request).visit_id)

    def leave(visits: VisitService, actor: Actor) -> Callable[[], None]:
        def once() -> None:
            party = in_building.get(visits, deque())
            while len(party) > IN_BUILDING:
                visits.sign_out(actor, party.popleft())

        return once

    store, visits, actor = kiosk_store("service.db")
    # the same service on a store without the roll-up triggers: what keeping the reports'
    # daily roll-ups in the sign-in transaction costs (hubdesk.measures.rollup)
    bare_store, bare_visits, bare_actor = kiosk_store("service-no-rollups.db")
    with bare_store.engine.begin() as conn:
        rollup.remove_triggers(conn, VISIT_ROLLUP)
    request = SignIn(
        VisitReason.JUST_VISITING,
        party=Party((Role.MOTHER,), (ChildInParty(AgeBand.B0_1), ChildInParty(AgeBand.B5_11))),
        postcode="NE1 4XF",
        first_time=False,
    )

    # a registered family signing in (a QR pass) also keeps the family roll-ups: its day, its
    # month and the six windows that hold the month; 200 families in turn, as at a busy hub
    def registered(store: Store, actor: Actor) -> Callable[[], None]:
        families = FamilyService(store, SystemClock())
        people = []
        for i in range(200):
            got = families.register(
                actor,
                FamilyIn(
                    adults=(AdultIn("Bench", f"Parent {i}", Role.MOTHER),),
                    children=(ChildIn("Bench", date(2022, 1, 1 + i % 28)),),
                    postcode="NE1 4XF",
                    consent=True,
                ),
            )
            people.append(SignIn(VisitReason.JUST_VISITING, family_id=got.family_id,
                                 member_ids=got.member_ids))  # fmt: skip
        turn = iter(range(10**9))

        def once() -> None:
            timed_sign_in(visits, actor, people[next(turn) % len(people)])

        return once

    plain = _schema(work / "plain.db", cipher=False)
    cipher = _schema(work / "cipher.db", cipher=True)
    ids_plain = _raw_store(plain)
    ids_cipher = _raw_store(cipher)

    def raw(conn: Any, ids: tuple[str, str, str]) -> Callable[[], None]:
        def once() -> None:
            conn.execute("BEGIN IMMEDIATE")
            conn.execute(INSERT_VISIT, _visit_row(*ids, datetime.now(UTC)))
            conn.execute("COMMIT")

        return once

    runners: dict[str, Callable[[], None]] = {
        "service": lambda: timed_sign_in(visits, actor, request),
        "service_no_rollups": lambda: timed_sign_in(bare_visits, bare_actor, request),
        "service_family": registered(store, actor),
        "raw_plain": raw(plain, ids_plain),
        "raw_sqlcipher": raw(cipher, ids_cipher),
    }
    afterwards = {
        "service": leave(visits, actor),
        "service_no_rollups": leave(bare_visits, bare_actor),
        "service_family": leave(visits, actor),
    }
    for name, fn in runners.items():  # warm up: caches, first-use imports, page allocation
        for _ in range(50):
            fn()
            afterwards.get(name, lambda: None)()
    times: dict[str, list[float]] = {name: [] for name in runners}
    names = list(runners)
    for i in range(samples):
        # rotate the order so no variant always runs right after another's fsync
        k = i % len(names)
        for name in names[k:] + names[:k]:
            t0 = time.perf_counter_ns()
            runners[name]()
            times[name].append(time.perf_counter_ns() - t0)
            afterwards.get(name, lambda: None)()
    store.close()
    bare_store.close()
    plain.close()
    cipher.close()

    result: dict[str, Any] = {"samples": samples, "loadavg_after": os.getloadavg()[0]}
    print(f"\n(a) sign-in commit latency, {samples} samples each, interleaved")
    print(f"    (1-minute load average at the end: {os.getloadavg()[0]:.2f})")
    print(f"    {'variant':<16}{'p50':>12}{'p99':>12}{'mean':>12}{'max':>12}")
    for name, values in times.items():
        p50, p99 = pct(values, 50), pct(values, 99)
        result[name] = {
            "p50_ms": p50 / 1e6,
            "p99_ms": p99 / 1e6,
            "mean_ms": statistics.mean(values) / 1e6,
        }
        print(
            f"    {name:<16}{ms(p50):>12}{ms(p99):>12}{ms(statistics.mean(values)):>12}"
            f"{ms(max(values)):>12}"
        )
    for base in ("raw_plain", "raw_sqlcipher"):
        r50 = result["service"]["p50_ms"] / result[base]["p50_ms"]
        r99 = result["service"]["p99_ms"] / result[base]["p99_ms"]
        result[f"ratio_vs_{base}"] = {"p50": r50, "p99": r99}
        print(f"    service / {base}: p50 x{r50:.2f}, p99 x{r99:.2f}")
    r50 = result["service"]["p50_ms"] / result["service_no_rollups"]["p50_ms"]
    r99 = result["service"]["p99_ms"] / result["service_no_rollups"]["p99_ms"]
    result["ratio_rollups"] = {"p50": r50, "p99": r99}
    print(f"    service / service_no_rollups (roll-up triggers): p50 x{r50:.2f}, p99 x{r99:.2f}")
    r50 = result["service_family"]["p50_ms"] / result["service"]["p50_ms"]
    r99 = result["service_family"]["p99_ms"] / result["service"]["p99_ms"]
    result["ratio_family"] = {"p50": r50, "p99": r99}
    print(f"    service_family / service (a registered family): p50 x{r50:.2f}, p99 x{r99:.2f}")
    print("    aim: service p99 within 1.5x of raw_plain p99")
    shutil.rmtree(work, ignore_errors=True)
    return result


# ---------------------------------------------------------------- (b) a big store


def _uuid7_hex(at: datetime, rng: random.Random) -> str:
    ms_ = int(at.timestamp() * 1000)
    value = (ms_ & 0xFFFF_FFFF_FFFF) << 80 | 0x7 << 76 | rng.getrandbits(12) << 64
    value |= 0b10 << 62 | rng.getrandbits(62)
    return f"{value:032x}"


def build_big_store(path: Path, n: int, *, seed: int = 1) -> dict[str, Any]:
    """A store with `n` anonymous visits over the 12 months up to `now` (today 11:30 London)."""
    for p in path.parent.glob(path.name + "*"):
        p.unlink()
    today = datetime.now(LONDON).date()
    now = datetime.combine(today, dtime(11, 30), LONDON).astimezone(UTC)
    clock = FakeClock(now - timedelta(days=366))
    store = open_store(path, KEY)
    ident = SetupService(store, clock).initialise(
        hub_name="Bench Hub",
        hub_code="BEN",
        site_name="Bench Hub",
        device_name="Front desk",
        device_kind=DeviceKind.DESK,
    )
    manager = Actor(ident.device_id, ident.hub_id, ident.site_id, uuid.uuid4(), StaffRole.MANAGER)
    setup = SetupService(store, clock)
    sites = [ident.site_id]
    sites.append(setup.add_site(manager, name="Fire station", kind=SiteKind.FIRE_STATION).id)
    sites.append(setup.add_site(manager, name="School", kind=SiteKind.SCHOOL).id)
    site_weights = [0.7, 0.15, 0.15]

    rng = random.Random(seed)
    hub, dev = ident.hub_id.hex, ident.device_id.hex
    districts = ["NE1", "NE2", "NE4", "NE5", "NE6", "NE15", None]
    reasons = [r.value for r in VisitReason if r is not VisitReason.ACTIVITY]
    # opening days: Monday-Saturday over the last 365 days; weekdays busier
    days = [today - timedelta(days=d) for d in range(365, -1, -1)]
    days = [d for d in days if d.weekday() < 6]
    day_weights = [3.0 if d.weekday() < 5 else 1.0 for d in days]

    def stamp(at: datetime) -> str:
        return at.replace(tzinfo=None).isoformat(sep=" ", timespec="microseconds")

    def one() -> tuple[datetime, tuple[Any, ...]]:
        day: date = rng.choices(days, day_weights)[0]
        opens = datetime.combine(day, dtime(8, 30), LONDON)
        length = 8 * 3600 if day != today else (now - opens.astimezone(UTC)).total_seconds()
        at = (opens + timedelta(seconds=rng.uniform(0, length))).astimezone(UTC)
        stay = timedelta(minutes=rng.uniform(20, 150))
        if at + stay > now:
            out, by = None, None  # still here
        elif rng.random() < 0.01:
            out, by = None, None  # never signed out (the desk forgot; closing not run)
        else:
            out, by = at + stay, rng.choice(["family", "staff", "closing"])
        adults = [0] * 5
        adults[rng.choices(range(5), [55, 20, 10, 10, 5])[0]] = 1
        if rng.random() < 0.2:
            adults[1] += 1
        kids = [0] * 6
        for _ in range(rng.choices([0, 1, 2, 3], [10, 50, 30, 10])[0]):
            kids[rng.choices(range(6), [30, 35, 25, 6, 3, 1])[0]] += 1
        site = rng.choices(sites, site_weights)[0]
        row = (
            _uuid7_hex(at, rng), hub, site.hex, dev, None, None, rng.choice(reasons), stamp(at),
            stamp(out) if out else None, by, rng.choice(districts),
            rng.random() < 0.15, None, *adults, 0, *kids, 1 if rng.random() < 0.05 else 0,
            sum(adults) + sum(kids), None, stamp(out or at),
        )  # fmt: skip
        return at, row

    t0 = time.perf_counter()
    raw = store.engine.raw_connection()
    try:
        cur = raw.cursor()
        batch = 100_000
        made = 0
        while made < n:
            rows = sorted((one() for _ in range(min(batch, n - made))), key=lambda r: r[0])
            cur.execute("BEGIN IMMEDIATE")
            cur.executemany(INSERT_VISIT, [r for _, r in rows])
            cur.execute("COMMIT")
            made += len(rows)
            print(f"    {made:>9} visits  {time.perf_counter() - t0:6.1f} s", flush=True)
        cur.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        cur.close()
    finally:
        raw.close()
    store.close()
    facts = {
        "visits": n,
        "now": now.isoformat(),
        "hub_id": str(ident.hub_id),
        "site_ids": [str(s) for s in sites],
        "seed": seed,
        "build_seconds": round(time.perf_counter() - t0, 1),
        "bytes": path.stat().st_size,
    }
    path.with_suffix(".json").write_text(json.dumps(facts, indent=2))
    return facts


def _capture_sql(store: Store) -> tuple[list[tuple[str, Any]], Callable[[], None]]:
    seen: list[tuple[str, Any]] = []

    def before(
        conn: Any, cursor: Any, statement: str, params: Any, context: Any, many: bool
    ) -> None:
        if statement.lstrip().upper().startswith("SELECT"):
            seen.append((statement, params))

    event.listen(store.engine, "before_cursor_execute", before)
    return seen, lambda: event.remove(store.engine, "before_cursor_execute", before)


def _plans(store: Store, statements: list[tuple[str, Any]]) -> list[str]:
    lines = []
    raw = store.engine.raw_connection()
    try:
        cur = raw.cursor()
        for sql, params in statements:
            cur.execute("EXPLAIN QUERY PLAN " + sql, params)
            lines.append(" | ".join(str(r[-1]) for r in cur.fetchall()))
        cur.close()
    finally:
        raw.close()
    return lines


def _sql_alone(store: Store, statements: list[tuple[str, Any]], runs: int) -> float:
    """Median ms of running just these statements through the driver (no ORM, no Python
    objects): what the query costs in SQLite/SQLCipher itself."""
    raw = store.engine.raw_connection()
    try:
        cur = raw.cursor()
        times = []
        for _ in range(runs + 1):
            t0 = time.perf_counter_ns()
            for sql, params in statements:
                cur.execute(sql, params)
                cur.fetchall()
            times.append((time.perf_counter_ns() - t0) / 1e6)
        cur.close()
    finally:
        raw.close()
    return statistics.median(times[1:])


def _timed(fn: Callable[[], Any], runs: int) -> tuple[float, list[float], Any]:
    first = time.perf_counter_ns()
    result = fn()
    cold = (time.perf_counter_ns() - first) / 1e6
    warm = []
    for _ in range(runs):
        t0 = time.perf_counter_ns()
        result = fn()
        warm.append((time.perf_counter_ns() - t0) / 1e6)
    return cold, warm, result


def _footfall_call(
    store: Store, clock: FakeClock, facts: dict[str, Any]
) -> Callable[[], Any] | None:
    try:
        from hubdesk.services import reports  # written by another engineer
    except ImportError:
        print("    hubdesk/services/reports.py is not there yet: month summary skipped")
        return None
    service = reports.ReportService(store, clock)
    hub_id = uuid.UUID(facts["hub_id"])
    now = datetime.fromisoformat(facts["now"])
    local = now.astimezone(LONDON).date()
    # last complete month
    first_this = local.replace(day=1)
    last_month_end = first_this - timedelta(days=1)
    start, end = last_month_end.replace(day=1), last_month_end
    sig = inspect.signature(service.footfall)
    params = list(sig.parameters)
    kwargs: dict[str, Any] = {}
    args: list[Any] = []
    manager = Actor(
        uuid.uuid4(), hub_id, uuid.UUID(facts["site_ids"][0]), uuid.uuid4(), StaffRole.MANAGER
    )
    for name in params:
        p = sig.parameters[name]
        if name == "actor":
            args.append(manager)
        elif name in ("hub_id",):
            kwargs[name] = hub_id
        elif name in ("start", "from_day", "first_day", "since", "date_from", "frm"):
            kwargs[name] = start
        elif name in ("end", "to_day", "last_day", "until", "date_to", "to"):
            kwargs[name] = end
        elif name in ("month",):
            kwargs[name] = start
        elif p.default is inspect.Parameter.empty:
            print(f"    footfall{sig}: do not know how to fill {name!r}; month summary skipped")
            return None
    print(f"    footfall{sig} called for {start}..{end}")
    return lambda: service.footfall(*args, **kwargs)


def bench_queries(n: int, runs: int, rebuild: bool) -> dict[str, Any]:
    path = OUT / f"visits-{n}.db"
    meta = path.with_suffix(".json")
    print(f"\n(b) queries on a store of {n:,} visits ({path.relative_to(ROOT)})")
    if rebuild or not path.exists() or not meta.exists():
        print("    building (cached for next time)...")
        facts = build_big_store(path, n)
    else:
        facts = json.loads(meta.read_text())
        print(f"    reusing the store built for {facts['now']}")
    print(f"    file {facts['bytes'] / 1e6:.0f} MB, built in {facts['build_seconds']} s")
    store = open_store(path, KEY)
    clock = FakeClock(datetime.fromisoformat(facts["now"]))
    result: dict[str, Any] = {"visits": n, "store_mb": round(facts["bytes"] / 1e6)}
    try:
        hub_id = uuid.UUID(facts["hub_id"])
        visits = VisitService(store, clock)
        seen, stop = _capture_sql(store)
        cold, warm, rows = _timed(lambda: visits.who_is_in(hub_id), runs)
        stop()
        med = statistics.median(warm)
        result["who_is_in"] = {"median_ms": med, "cold_ms": cold, "rows": len(rows), "runs": runs}
        print(
            f"    who is in now: median {med:.2f} ms over {runs} runs (first {cold:.2f} ms), "
            f"{len(rows)} parties in; aim < 20 ms"
        )
        first_call = seen[: len(seen) // (runs + 1)]
        alone = _sql_alone(store, first_call, runs)
        result["who_is_in"]["sql_alone_ms"] = alone
        print(f"      the SQL alone (driver, no ORM): median {alone:.2f} ms")
        for line in _plans(store, first_call):
            print(f"      plan: {line}")
        call = _footfall_call(store, clock, facts)
        if call is not None:
            seen, stop = _capture_sql(store)
            cold, warm, summary = _timed(call, runs)
            stop()
            med = statistics.median(warm)
            result["footfall_month"] = {"median_ms": med, "cold_ms": cold, "runs": runs}
            print(
                f"    month footfall summary: median {med:.2f} ms over {runs} runs "
                f"(first {cold:.2f} ms); aim < 200 ms"
            )
            print(f"      result: {str(summary)[:300]}")
            first_call = seen[: len(seen) // (runs + 1)]
            alone = _sql_alone(store, first_call, runs)
            result["footfall_month"]["sql_alone_ms"] = alone
            print(
                f"      its {len(first_call)} SQL statements alone (driver): median {alone:.2f} ms"
            )
            for line in _plans(store, first_call):
                print(f"      plan: {line}")
    finally:
        store.close()
    result["loadavg_after"] = os.getloadavg()[0]
    print(f"    (1-minute load average at the end: {os.getloadavg()[0]:.2f})")
    return result


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawTextHelpFormatter
    )
    parser.add_argument("--visits", type=int, default=1_000_000)
    parser.add_argument("--samples", type=int, default=2000)
    parser.add_argument("--runs", type=int, default=9, help="timed runs per query (median)")
    parser.add_argument("--rebuild", action="store_true", help="rebuild the cached big store")
    parser.add_argument("--skip-latency", action="store_true")
    parser.add_argument("--skip-queries", action="store_true")
    parser.add_argument("--json", type=Path, help="also write the figures here")
    args = parser.parse_args()
    OUT.mkdir(parents=True, exist_ok=True)
    print(f"machine: {machine()}")
    print(
        f"load average at start: {os.getloadavg()[0]:.2f} (other work on the machine skews figures)"
    )
    print(f"command: python bench/store.py {' '.join(sys.argv[1:])}".rstrip())
    figures: dict[str, Any] = {"machine": machine()}
    if not args.skip_latency:
        figures["latency"] = bench_latency(args.samples)
    if not args.skip_queries:
        figures["queries"] = bench_queries(args.visits, args.runs, args.rebuild)
    if args.json:
        args.json.write_text(json.dumps(figures, indent=2))


if __name__ == "__main__":
    main()
