"""Fleet benchmark: a county of devices against one central service on PostgreSQL (a script).

    python bench/fleet.py [--devices 100] [--hubs 20] [--seconds 60] [--rates solo,1,10,max]
                          [--workers 2] [--clients 2] [--threads 4] [--sync-interval 5]
                          [--keep-db] [--json FILE]

Set-up (not timed): a fresh database `hubdesk_fleet_bench` on 127.0.0.1:5432 (dropped at the
end unless --keep-db), migrated; --hubs hubs with a site each; the service started as
`uvicorn fleet:app_factory --factory --workers W` (W processes sharing one listening socket; the
kernel spreads connections over them). Every device has its own encrypted store
(`create_store(..., demo=True)`: a bench key), is enrolled through the real enrolment path
(`admin.create_enrolment_code` + `hubdesk.sync.enrolment.enrol`, the first device of a hub
setting the hub key) and registers two families of its own.

Load: the devices are shared by --clients processes, each running --threads threads (a thread
serves its devices one at a time, earliest due first). A device does what a kiosk does: it signs
parties in (`VisitService.sign_in`; 1 in 3 a registered family of its hub, the rest anonymous)
and syncs (`SyncEngine.run_once`: push, then pull) every --sync-interval seconds, as the app's
engine does. Phases of --seconds each; a rate is sign-ins per device per 30 s (1 = a busy
Saturday), `max` means no waiting: sign in, sync, again, and `solo` (the baseline) is one device
alone doing that while the other 99 are idle. Every push request and every pull
request is timed (the engine's client methods wrapped); failures are counted by type.

End checks: one final sync round (every device pushes; barrier; every device pulls), then
- exactly once: the central `events` table holds no event_id twice (GROUP BY) and, device by
  device, exactly the event ids of that device's outbox (all marked sent);
- converged: within each hub, every device holds the same set of visit ids, equal to the hub's
  visits in the central projection (`central_visits`).
Baseline, same run: the same number of rows as the events ingested, re-inserted with new ids by
one psycopg `executemany` per 500 rows into a copy of the `events` table (one commit each).
"""

from __future__ import annotations

import argparse
import json
import multiprocessing as mp
import os
import random
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from collections import Counter
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

DB_NAME = "hubdesk_fleet_bench"
ADMIN_DSN = "host=127.0.0.1 port=5432 user=postgres dbname=postgres"
DB_URL = f"postgresql+psycopg://postgres@127.0.0.1:5432/{DB_NAME}"
DB_ENV = "HUBDESK_FLEET_DB"
PASSPHRASE = "fleet bench hub passphrase"


def app_factory() -> Any:
    """The service for `uvicorn --factory --workers N` (each worker calls this once)."""
    from hubdesk.central.app import Limits, create_app
    from hubdesk.central.store import CentralStore

    return create_app(CentralStore(os.environ[DB_ENV]), Limits())  # production limits


# -- service and database -------------------------------------------------------------------


def fresh_database() -> None:
    import psycopg

    with psycopg.connect(ADMIN_DSN, autocommit=True) as conn:
        conn.execute(f"DROP DATABASE IF EXISTS {DB_NAME} WITH (FORCE)")
        conn.execute(f"CREATE DATABASE {DB_NAME}")


def drop_database() -> None:
    import psycopg

    with psycopg.connect(ADMIN_DSN, autocommit=True) as conn:
        conn.execute(f"DROP DATABASE IF EXISTS {DB_NAME} WITH (FORCE)")


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def start_service(workers: int) -> tuple[subprocess.Popen[bytes], str]:
    port = free_port()
    cmd = [
        sys.executable, "-m", "uvicorn", "fleet:app_factory", "--factory",
        "--app-dir", str(ROOT / "bench"), "--host", "127.0.0.1", "--port", str(port),
        "--workers", str(workers), "--log-level", "warning", "--no-access-log",
        "--lifespan", "off",
    ]  # fmt: skip
    env = dict(os.environ, **{DB_ENV: DB_URL, "PYTHONPATH": str(ROOT)})
    proc = subprocess.Popen(cmd, cwd=ROOT, env=env)
    url = f"http://127.0.0.1:{port}"
    import requests

    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            if requests.get(url + "/v1/health", timeout=1).ok:
                return proc, url
        except requests.RequestException:
            pass
        time.sleep(0.1)
    proc.kill()
    raise RuntimeError("the service did not start")


# -- one client process ---------------------------------------------------------------------


class Device:
    def __init__(self, index: int, hub_code: str, qr_text: str, folder: Path) -> None:
        from hubdesk.domain.catalogue import DeviceKind
        from hubdesk.domain.people import Role
        from hubdesk.security.keys import KdfParams
        from hubdesk.services.base import Actor
        from hubdesk.services.families import AdultIn, ChildIn, FamilyIn, FamilyService
        from hubdesk.services.stores import create_store
        from hubdesk.services.visits import VisitService
        from hubdesk.sync.engine import SyncEngine
        from hubdesk.sync.enrolment import enrol

        cheap = KdfParams(iterations=1, lanes=1, memory_cost=8)  # bench keys only
        self.index = index
        self.hub_code = hub_code
        path = folder / f"device-{index:03}" / "hubdesk.db"
        self.store = create_store(
            path, passphrase=None, demo=True, use_keyring=False, kdf=cheap
        ).store
        result = enrol(
            self.store,
            qr_text,
            device_name=f"kiosk {index}",
            device_kind=DeviceKind.KIOSK,
            hub_passphrase=PASSPHRASE,
            use_keyring=False,
            hub_kdf=cheap,
        )
        self.device_id = result.device_id
        self.actor = Actor(result.device_id, result.hub_id, result.site_id)
        self.visits = VisitService(self.store)
        self.rng = random.Random(index)
        self.families: list[tuple[uuid.UUID, tuple[uuid.UUID, ...]]] = []
        families = FamilyService(self.store)
        for n in range(2):
            reg = families.register(
                self.actor,
                FamilyIn(
                    adults=(AdultIn(f"Parent{index}x{n}", "Bench", Role.MOTHER),),
                    children=(ChildIn(f"Child{index}x{n}", _dob(self.rng), last_name="Bench"),),
                    postcode="NE6 2AB",
                    consent=True,
                ),
            )
            self.families.append((reg.family_id, reg.member_ids))
        self.engine = SyncEngine(self.store)
        self.lock = threading.Lock()
        self.next_sign_in = 0.0
        self.next_sync = 0.0

    def instrument(self, stats: Stats) -> None:
        """Time every push and pull request into `stats` (wrapped once; later calls only move
        the timings to another Stats)."""
        self.timings = stats
        client = self.engine.client
        assert client is not None
        if getattr(client, "_bench_wrapped", False):
            return
        push, pull = client.push, client.pull

        def timed_push(*a: Any, **k: Any) -> Any:
            t = time.perf_counter()
            try:
                return push(*a, **k)
            finally:
                self.timings.add("push", time.perf_counter() - t)

        def timed_pull(*a: Any, **k: Any) -> Any:
            t = time.perf_counter()
            try:
                return pull(*a, **k)
            finally:
                self.timings.add("pull", time.perf_counter() - t)

        client.push = timed_push  # type: ignore[method-assign]
        client.pull = timed_pull  # type: ignore[method-assign]
        client._bench_wrapped = True  # type: ignore[attr-defined]

    def sign_in(self, stats: Stats) -> None:
        from hubdesk.domain.catalogue import VisitReason
        from hubdesk.domain.people import AgeBand, Party, Role
        from hubdesk.services.visits import SignIn

        if self.rng.random() < 1 / 3:
            family_id, members = self.rng.choice(self.families)
            request = SignIn(VisitReason.JUST_VISITING, family_id=family_id, member_ids=members)
        else:
            party = Party.from_counts(
                {Role.MOTHER: 1}, {AgeBand.B2_4: self.rng.randint(0, 2), AgeBand.B0_1: 1}
            )
            request = SignIn(VisitReason.HERE_TO_HELP, party=party, postcode="NE6 2AB")
        t = time.perf_counter()
        try:
            self.visits.sign_in(self.actor, request)
            stats.count("sign_ins")
        except Exception as exc:
            stats.error(f"sign_in:{type(exc).__name__}")
        stats.add("sign_in", time.perf_counter() - t)

    def sync(self, stats: Stats, *, push: bool = True, pull: bool = True) -> None:
        t = time.perf_counter()
        try:
            report = self.engine.run_once(push=push, pull=pull)
        except Exception as exc:
            stats.error(f"run_once:{type(exc).__name__}")
            return
        stats.add("run_once", time.perf_counter() - t)
        stats.count("pushed", report.pushed)
        stats.count("pulled", report.pulled)
        if not report.ok:
            stats.error(f"sync:{report.problem}")
        if report.duplicates:
            stats.count("duplicates", report.duplicates)


def _dob(rng: random.Random) -> Any:
    from datetime import date

    return date(2020 + rng.randint(0, 4), rng.randint(1, 12), rng.randint(1, 28))


class Stats:
    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.times: dict[str, list[float]] = {}
        self.counts: Counter[str] = Counter()
        self.errors: Counter[str] = Counter()

    def add(self, name: str, seconds: float) -> None:
        with self.lock:
            self.times.setdefault(name, []).append(seconds)

    def count(self, name: str, n: int = 1) -> None:
        with self.lock:
            self.counts[name] += n

    def error(self, name: str) -> None:
        with self.lock:
            self.errors[name] += 1

    def dump(self) -> dict[str, Any]:
        with self.lock:
            return {"times": self.times, "counts": dict(self.counts), "errors": dict(self.errors)}


def client_main(
    slot: int,
    jobs: list[tuple[int, str, str]],
    folder: str,
    args: dict[str, Any],
    enrolled: Any,
    start_at: Any,
    ready: Any,
    final_push: Any,
    out: Any,
) -> None:
    """One client process: make and enrol its devices, run the phases, then the final round."""
    devices = [Device(i, hub, qr, Path(folder)) for i, hub, qr in jobs]
    enrolled.wait(timeout=900)  # every process has enrolled its devices
    ready.wait(timeout=60)  # the coordinator has set the start time
    first = float(start_at.value)
    step = float(args["seconds"]) + float(args["gap"])
    phases = [(first + n * step, rate) for n, rate in enumerate(args["rates"])]
    threads = int(args["threads"])
    groups = [devices[t::threads] for t in range(threads)]
    results: list[dict[str, Any]] = []
    interval = float(args["sync_interval"])
    for start, rate in phases:
        end = start + float(args["seconds"])
        stats = Stats()
        for d in devices:
            d.instrument(stats)
            offset = d.rng.random()
            d.next_sign_in = start + (offset * 30 / rate if isinstance(rate, float) else 0)
            d.next_sync = start + offset * interval

        def serve(group: list[Device], stats: Stats = stats, end: float = end,
                  rate: Any = rate) -> None:  # fmt: skip
            while time.time() < end and group:
                if rate is None or rate == "solo":  # as fast as possible
                    for d in group:
                        if time.time() >= end:
                            break
                        d.sign_in(stats)
                        d.sync(stats)
                    continue
                d = min(group, key=lambda x: min(x.next_sign_in, x.next_sync))
                due = min(d.next_sign_in, d.next_sync)
                now = time.time()
                if due > now:
                    time.sleep(min(due - now, end - now, 1.0))
                    continue
                stats.add("lag", now - due)
                if d.next_sign_in <= now:
                    d.sign_in(stats)
                    d.next_sign_in += 30 / rate
                if d.next_sync <= time.time():
                    d.sync(stats)
                    d.next_sync = max(d.next_sync + interval, time.time())

        chosen = groups
        if rate == "solo":  # the baseline: one device alone (the first), the others idle
            chosen = [[devices[0]]] if slot == 0 else []
        workers = [threading.Thread(target=serve, args=(g,)) for g in chosen]
        for w in workers:
            w.start()
        for w in workers:
            w.join(timeout=end - time.time() + 120)
        results.append(stats.dump())
    # final round: everyone pushes, then (after every process has pushed) everyone pulls
    final = Stats()
    for d in devices:
        d.instrument(final)
    for d in devices:
        d.sync(final, pull=False)
    final_push.wait(timeout=600)
    for d in devices:
        d.sync(final, push=False)
    from sqlalchemy import func, select

    from hubdesk.storage.models import OutboxEvent, Visit

    holdings = {}
    for d in devices:
        with d.store.read() as session:
            events = [str(e) for e in session.scalars(select(OutboxEvent.event_id))]
            states = dict(
                session.execute(select(OutboxEvent.state, func.count()).group_by(OutboxEvent.state))
                .tuples()
                .all()
            )
            visits = sorted(str(v) for v in session.scalars(select(Visit.id)))
        holdings[str(d.device_id)] = {
            "hub": d.hub_code, "events": events, "states": states, "visits": visits,
        }  # fmt: skip
        d.engine.client.close() if d.engine.client else None
        d.store.close()
    out.put({"slot": slot, "phases": results, "final": final.dump(), "devices": holdings})


# -- figures ----------------------------------------------------------------------------------


def pct(values: list[float], p: float) -> float:
    if not values:
        return float("nan")
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(p / 100 * len(ordered)))]


def summary(values: list[float]) -> dict[str, Any]:
    return {
        "n": len(values),
        "p50_ms": round(pct(values, 50) * 1000, 1),
        "p99_ms": round(pct(values, 99) * 1000, 1),
        "max_ms": round(max(values) * 1000, 1) if values else None,
        "mean_ms": round(statistics.fmean(values) * 1000, 1) if values else None,
    }


def central_count(conn: Any) -> int:
    return int(conn.execute("SELECT count(*) FROM events").fetchone()[0])


def baseline(conn: Any, n: int) -> dict[str, Any]:
    """n rows shaped like the ingested events, re-inserted with new ids: executemany per 500."""
    conn.execute("CREATE TABLE events_baseline (LIKE events INCLUDING ALL)")
    conn.commit()
    cols = [
        r[0]
        for r in conn.execute(
            "SELECT column_name FROM information_schema.columns WHERE table_name = 'events' "
            "ORDER BY ordinal_position"
        )
    ]
    cols = [c for c in cols if c != "id"]
    rows = conn.execute(
        f"SELECT {', '.join(cols)} FROM events ORDER BY id LIMIT %s", (n,)
    ).fetchall()
    at = cols.index("event_id")
    fresh = []
    for row in rows:
        row = list(row)
        row[at] = uuid.uuid4()
        fresh.append(tuple(_adapt(v) for v in row))
    sql = (
        f"INSERT INTO events_baseline ({', '.join(cols)}) VALUES ({', '.join(['%s'] * len(cols))})"
    )
    t = time.perf_counter()
    with conn.cursor() as cur:
        for i in range(0, len(fresh), 500):
            cur.executemany(sql, fresh[i : i + 500])
            conn.commit()
    seconds = time.perf_counter() - t
    conn.execute("DROP TABLE events_baseline")
    conn.commit()
    return {"rows": len(fresh), "seconds": round(seconds, 2),
            "rows_per_s": round(len(fresh) / seconds, 1) if seconds else None}  # fmt: skip


def _adapt(value: Any) -> Any:
    from psycopg.types.json import Jsonb

    return Jsonb(value) if isinstance(value, dict | list) else value


def checks(conn: Any, holdings: dict[str, Any]) -> dict[str, Any]:
    dupes = conn.execute(
        "SELECT event_id, count(*) FROM events GROUP BY event_id HAVING count(*) > 1"
    ).fetchall()
    total, distinct = conn.execute(
        "SELECT count(*), count(DISTINCT event_id) FROM events"
    ).fetchone()
    central: dict[str, set[str]] = {}
    for device_id, event_id in conn.execute("SELECT device_id, event_id FROM events"):
        central.setdefault(str(device_id), set()).add(str(event_id))
    mismatched = []
    unsent = []
    outbox_total = 0
    for device_id, held in holdings.items():
        mine = set(held["events"])
        outbox_total += len(mine)
        if mine != central.get(device_id, set()):
            mismatched.append(device_id)
        if set(held["states"]) - {"sent"}:
            unsent.append((device_id, held["states"]))
    stray = set(central) - set(holdings)
    hub_visits: dict[str, set[str]] = {}
    for code, visit_id in conn.execute(
        "SELECT h.code, v.id FROM central_visits v JOIN hubs h ON h.id = v.hub_id"
    ):
        hub_visits.setdefault(code, set()).add(str(visit_id))
    diverged = []
    by_hub: dict[str, list[str]] = {}
    for device_id, held in holdings.items():
        by_hub.setdefault(held["hub"], []).append(device_id)
        if set(held["visits"]) != hub_visits.get(held["hub"], set()):
            diverged.append((held["hub"], device_id, len(held["visits"])))
    return {
        "central_events": total,
        "central_distinct_event_ids": distinct,
        "outbox_events": outbox_total,
        "duplicate_event_ids": len(dupes),
        "devices_mismatched": mismatched,
        "devices_with_unsent": unsent,
        "stray_devices": sorted(stray),
        "exactly_once": not dupes
        and not mismatched
        and not unsent
        and not stray
        and total == distinct == outbox_total,
        "hubs": len(by_hub),
        "central_visits": sum(len(v) for v in hub_visits.values()),
        "devices_diverged": diverged,
        "converged": not diverged,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--devices", type=int, default=100)
    parser.add_argument("--hubs", type=int, default=20)
    parser.add_argument("--seconds", type=float, default=60.0, help="length of each phase")
    parser.add_argument("--minutes", type=float, default=None, help="same, in minutes")
    parser.add_argument(
        "--rates",
        default="solo,1,10,max",
        help="phases: sign-ins per device per 30 s; max = no waiting; solo = one device alone",
    )
    parser.add_argument("--rate", default=None, help="one rate only (overrides --rates)")
    parser.add_argument("--workers", type=int, default=2, help="service processes")
    parser.add_argument("--clients", type=int, default=2, help="client processes")
    parser.add_argument("--threads", type=int, default=4, help="threads per client process")
    parser.add_argument("--sync-interval", type=float, default=5.0)
    parser.add_argument("--keep-db", action="store_true")
    parser.add_argument("--json", type=Path, default=None)
    args = parser.parse_args(argv)
    if args.minutes is not None:
        args.seconds = args.minutes * 60
    rates: list[float | str | None] = [
        None if r == "max" else r if r == "solo" else float(r)
        for r in (args.rate or args.rates).split(",")
    ]
    if args.devices < args.hubs or args.seconds <= 0 or args.seconds > 3600:
        parser.error("need devices >= hubs and 0 < seconds <= 3600")

    import psycopg

    from hubdesk.central import admin
    from hubdesk.central.store import CentralStore

    fresh_database()
    proc = None
    folder: str | None = None
    try:
        central = CentralStore(DB_URL)
        central.migrate()
        codes = [f"H{h:02}" for h in range(args.hubs)]
        for code in codes:
            admin.create_hub(central, f"{code} Family Hub", code)
            admin.create_site(central, code, f"{code} Family Hub", kind="hub", postcode="NE1 4XF")
        proc, url = start_service(args.workers)
        # the first device of each hub sets the hub key: enrol those in the first process
        jobs = []
        for i in range(args.devices):
            code = codes[i % args.hubs]
            qr = admin.create_enrolment_code(central, code, url=url).qr_text
            jobs.append((i, code, qr))
        central.close()
        slots: list[list[tuple[int, str, str]]] = [[] for _ in range(args.clients)]
        firsts = jobs[: args.hubs]
        rest = jobs[args.hubs :]
        slots[0].extend(firsts)
        for n, job in enumerate(rest):
            slots[(n + 1) % args.clients].append(job)
        ctx = mp.get_context("spawn")
        ready = ctx.Barrier(args.clients + 1)
        final_push = ctx.Barrier(args.clients)
        out = ctx.Queue()
        folder = tempfile.mkdtemp(prefix="hubdesk-fleet-")  # removed at the end
        t_setup = time.monotonic()
        enrolled = ctx.Barrier(args.clients + 1)
        start_at = ctx.Value("d", 0.0)
        opts = {"threads": args.threads, "sync_interval": args.sync_interval,
                "seconds": args.seconds, "rates": rates, "gap": 2.0}  # fmt: skip
        procs = []
        # the first device of every hub sets its hub key: process 0 enrols those first
        p0 = ctx.Process(
            target=client_main,
            args=(0, slots[0], folder, opts, enrolled, start_at, ready, final_push, out),
        )
        p0.start()
        procs.append(p0)
        # wait for hub keys (first devices) before enrolling the rest
        conn2 = psycopg.connect(ADMIN_DSN.replace("dbname=postgres", f"dbname={DB_NAME}"))
        deadline = time.monotonic() + 600
        while time.monotonic() < deadline:
            n_keys = conn2.execute(
                "SELECT count(*) FROM hubs WHERE hub_key_blob IS NOT NULL"
            ).fetchone()[0]
            conn2.commit()
            if n_keys == args.hubs:
                break
            time.sleep(0.2)
        for slot in range(1, args.clients):
            p = ctx.Process(
                target=client_main,
                args=(slot, slots[slot], folder, opts, enrolled, start_at, ready, final_push, out),
            )
            p.start()
            procs.append(p)
        enrolled.wait(timeout=900)
        setup_s = time.monotonic() - t_setup
        first = time.time() + 1.0
        start_at.value = first
        phases = [(first + n * (args.seconds + 2.0), rate) for n, rate in enumerate(rates)]
        ready.wait(timeout=60)
        marks = []
        loads: list[float] = []
        for start, rate in phases:
            while time.time() < start:
                time.sleep(0.05)
            marks.append((rate, time.time(), central_count(conn2)))
            loads.append(os.getloadavg()[0])
            conn2.commit()
        while time.time() < phases[-1][0] + args.seconds:
            time.sleep(0.05)
        marks.append(("end", time.time(), central_count(conn2)))
        conn2.commit()
        results = [out.get(timeout=900) for _ in procs]
        for p in procs:
            p.join(60)
        report: dict[str, Any] = {
            "devices": args.devices, "hubs": args.hubs, "workers": args.workers,
            "clients": args.clients, "threads": args.threads, "seconds": args.seconds,
            "sync_interval": args.sync_interval, "setup_s": round(setup_s, 1), "phases": [],
        }  # fmt: skip
        for n, rate in enumerate(rates):
            merged: dict[str, list[float]] = {}
            counts: Counter[str] = Counter()
            errors: Counter[str] = Counter()
            for r in results:
                ph = r["phases"][n]
                for k, v in ph["times"].items():
                    merged.setdefault(k, []).extend(v)
                counts.update(ph["counts"])
                errors.update(ph["errors"])
            _, t0, c0 = marks[n]
            _, t1, c1 = marks[n + 1]
            report["phases"].append({
                "rate": "max" if rate is None else rate,  # "solo": one device alone
                "ingested": c1 - c0,
                "target_sign_ins": (
                    round(args.devices * args.seconds / 30 * rate)
                    if isinstance(rate, float)
                    else None
                ),
                "events_per_s": round((c1 - c0) / (t1 - t0), 1),
                "load_at_start": round(loads[n], 1),
                "counts": dict(counts),
                "errors": dict(errors),
                **{k: summary(v) for k, v in merged.items()},
            })  # fmt: skip
        final_errors: Counter[str] = Counter()
        for r in results:
            final_errors.update(r["final"]["errors"])
        report["final_round_errors"] = dict(final_errors)
        holdings: dict[str, Any] = {}
        for r in results:
            holdings.update(r["devices"])
        report["checks"] = checks(conn2, holdings)
        report["baseline_executemany"] = baseline(conn2, report["checks"]["central_events"])
        conn2.close()
    finally:
        if proc is not None:
            proc.terminate()
            try:
                proc.wait(30)
            except subprocess.TimeoutExpired:
                proc.kill()
        if folder is not None:
            shutil.rmtree(folder, ignore_errors=True)
        if not args.keep_db:
            drop_database()
    text = json.dumps(report, indent=1, default=str)
    print(text if len(text) < 20000 else text[:20000])
    if args.json:
        args.json.write_text(text)
    ok = report["checks"]["exactly_once"] and report["checks"]["converged"]
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
