"""Sync benchmarks (a script, not a test).

    python bench/sync.py [--events 100000] [--ingest-events 20000] [--no-postgres]

(a) Drain: a device store holding a backlog of --events typical visit events (the body a real
    sign-in queues, names sealed with the hub key at push time) is pushed to the real central
    service (uvicorn on loopback, SQLite) by `SyncEngine.run_once(pull=False)`: time, events/s,
    and bytes on the wire per event (request and response bodies as they crossed the socket,
    compressed; HTTP headers are not counted, about 250 bytes per 500-event request). Then the
    device pulls the hub's events back (it skips its own) and that is timed too.
    Baseline, same run: a raw `executemany` of the same event rows (id, device, seq, entity,
    times, footfall JSON, sealed text) into a plain SQLite table with WAL and synchronous=FULL,
    committed every 500 rows like the service does.
(b) Ingest: `hubdesk.central.service.ingest` called in-process with 500-event batches (parsing,
    dedupe lookup, insert, the visits projection, one durable commit per batch) on SQLite and on
    PostgreSQL (127.0.0.1:5432, database `test`, a scratch schema dropped after), against a raw
    `executemany` of the same rows into a table of the same shape on the same database.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import secrets
import socket
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from sqlalchemy import create_engine, text  # noqa: E402

from hubdesk.central import admin, service  # noqa: E402
from hubdesk.central.store import CentralStore  # noqa: E402
from hubdesk.domain.catalogue import VisitReason  # noqa: E402
from hubdesk.domain.clock import FakeClock  # noqa: E402
from hubdesk.domain.ids import uuid7  # noqa: E402
from hubdesk.domain.people import AgeBand, Party, Role  # noqa: E402
from hubdesk.security import sealing  # noqa: E402
from hubdesk.services.base import Actor  # noqa: E402
from hubdesk.services.visits import SignIn, VisitService  # noqa: E402
from hubdesk.storage.engine import open_store  # noqa: E402
from hubdesk.storage.models import OutboxEvent  # noqa: E402
from hubdesk.sync.engine import SyncEngine  # noqa: E402
from hubdesk.sync.enrolment import enrol  # noqa: E402
from hubdesk.sync.protocol import WireEvent  # noqa: E402

PG_URL = "postgresql+psycopg://postgres@127.0.0.1:5432/test"
FIRST_NAMES = ["Amelia", "Olivia", "Isla", "Ava", "Mia", "Noah", "Oliver", "George", "Leo",
               "Arthur", "Muhammad", "Zofia", "Aisha", "Jakub", "Freya", "Ivy"]  # fmt: skip


SERVER = """
import sys, uvicorn
from hubdesk.central.app import Limits, create_app
from hubdesk.central.store import CentralStore
store = CentralStore(sys.argv[1])
uvicorn.run(create_app(store, Limits(rate_per_s=10_000, burst=10_000)), host="127.0.0.1",
            port=int(sys.argv[2]), log_level="warning", access_log=False, lifespan="off")
"""


def serve(database_url: str) -> tuple[subprocess.Popen[bytes], str]:
    """The service in its own process, as in real life (and so it does not share our GIL)."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    proc = subprocess.Popen([sys.executable, "-c", SERVER, database_url, str(port)], cwd=ROOT)
    url = f"http://127.0.0.1:{port}"
    for _ in range(300):
        try:
            socket.create_connection(("127.0.0.1", port), timeout=1).close()
            return proc, url
        except OSError:
            time.sleep(0.05)
    proc.kill()
    raise RuntimeError("the service did not start")


def make_backlog(store: Any, actor: Actor, clock: FakeClock, n: int) -> None:
    """n visit events shaped exactly like the one a real sign-in queues."""
    party = Party.from_counts({Role.MOTHER: 1}, {AgeBand.B0_1: 1, AgeBand.B2_4: 1})
    VisitService(store, clock).sign_in(actor, SignIn(VisitReason.JUST_VISITING, party=party))
    with store.read() as session:
        template = session.query(OutboxEvent).filter(OutboxEvent.entity == "visit").one()
        body = dict(template.body)
    rng = random.Random(7)
    start = clock.now()
    rows = []
    for i in range(n):
        at = start + timedelta(seconds=17 * i)
        footfall = dict(body["footfall"])
        visit_id = uuid7()
        footfall.update(id=str(visit_id), signed_in_at=at.isoformat(), updated_at=at.isoformat(),
                        children_0_1=rng.randint(0, 2), children_2_4=rng.randint(0, 2))  # fmt: skip
        footfall["people"] = 1 + footfall["children_0_1"] + footfall["children_2_4"]
        names = ", ".join(rng.sample(FIRST_NAMES, k=rng.randint(1, 3)))
        rows.append(
            {"event_id": uuid7(), "entity": "visit", "entity_id": visit_id, "op": "signed_in",
             "occurred_at": at, "body": {"footfall": footfall,
                                         "personal": {"names": names, "member_ids": []}},
             "state": "pending", "attempts": 0}
        )  # fmt: skip
        if len(rows) == 5000:
            with store.write() as session:
                session.execute(OutboxEvent.__table__.insert(), rows)
            rows = []
    if rows:
        with store.write() as session:
            session.execute(OutboxEvent.__table__.insert(), rows)


def wire_rows(store: Any, hub_key: bytes) -> list[WireEvent]:
    """The backlog as the wire carries it (sealed), for the ingest runs and the baselines."""
    with store.read() as session:
        rows = session.query(OutboxEvent).order_by(OutboxEvent.seq).all()
        return [
            WireEvent(r.event_id, r.seq, r.entity, r.entity_id, r.op, r.occurred_at,
                      r.body["footfall"],
                      r.body.get("sealed") or sealing.seal(hub_key, r.event_id,
                                                           r.body["personal"]))
            for r in rows
        ]  # fmt: skip


RAW_COLUMNS = ("event_id, hub_id, device_id, device_seq, entity, entity_id, op, occurred_at, "
               "received_at, footfall, sealed, body_hash")  # fmt: skip


def raw_tuples(events: list[WireEvent], hub: uuid.UUID, device: uuid.UUID) -> list[tuple]:
    now = datetime.now(UTC).isoformat()
    return [
        (str(e.event_id), str(hub), str(device), e.seq, e.entity, str(e.entity_id), e.op,
         e.occurred_at.isoformat(), now, json.dumps(e.footfall), e.sealed, e.body_hash())
        for e in events
    ]  # fmt: skip


def baseline_sqlite(path: Path, rows: list[tuple]) -> float:
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA synchronous=FULL")
    conn.execute(
        "CREATE TABLE raw (id INTEGER PRIMARY KEY, event_id TEXT UNIQUE, hub_id TEXT, device_id "
        "TEXT, device_seq INTEGER, entity TEXT, entity_id TEXT, op TEXT, occurred_at TEXT, "
        "received_at TEXT, footfall TEXT, sealed TEXT, body_hash TEXT)"
    )
    started = time.perf_counter()
    for i in range(0, len(rows), 500):
        conn.execute("BEGIN IMMEDIATE")
        conn.executemany(f"INSERT INTO raw ({RAW_COLUMNS}) VALUES ({','.join('?' * 12)})",
                         rows[i : i + 500])  # fmt: skip
        conn.execute("COMMIT")
    elapsed = time.perf_counter() - started
    conn.close()
    return elapsed


def baseline_postgres(schema: str, rows: list[tuple]) -> float:
    import psycopg

    with psycopg.connect("host=127.0.0.1 port=5432 user=postgres dbname=test") as conn:
        conn.execute(f'SET search_path TO "{schema}"')
        conn.execute(
            "CREATE TABLE raw (id BIGSERIAL PRIMARY KEY, event_id UUID UNIQUE, hub_id UUID, "
            "device_id UUID, device_seq BIGINT, entity VARCHAR(20), entity_id UUID, op "
            "VARCHAR(20), occurred_at TIMESTAMP, received_at TIMESTAMP, footfall JSON, sealed "
            "TEXT, body_hash VARCHAR(64))"
        )
        conn.commit()
        started = time.perf_counter()
        with conn.cursor() as cur:
            for i in range(0, len(rows), 500):
                cur.executemany(
                    f"INSERT INTO raw ({RAW_COLUMNS}) VALUES ({','.join(['%s'] * 12)})",
                    rows[i : i + 500],
                )
                conn.commit()
        return time.perf_counter() - started


def ingest_run(store: CentralStore, events: list[WireEvent]) -> tuple[float, uuid.UUID, uuid.UUID]:
    hub = admin.create_hub(store, "Bench hub", f"B{secrets.token_hex(3)}")
    device_id = uuid.uuid4()
    with store.write() as session:
        from hubdesk.central.models import CentralDevice

        session.add(CentralDevice(id=device_id, hub_id=hub.id, name="bench", kind="kiosk",
                                  credential_hash="0" * 64, enrolled_at=datetime.now(UTC),
                                  last_seq=0))  # fmt: skip
    device = service.AuthedDevice(device_id, hub.id)
    # the bench's events name a hub of their own: point them at this one
    wire = []
    for e in events:
        w = e.to_wire()
        w["f"] = {**w["f"], "hub_id": str(hub.id)}
        wire.append(w)
    started, cpu = time.perf_counter(), time.process_time()
    for i in range(0, len(wire), 500):
        result = service.ingest(store, device, wire[i : i + 500])
        assert result.count(service.EventStatus.ACCEPTED) == len(wire[i : i + 500])
    ingest_cpu[:] = [time.process_time() - cpu]
    return time.perf_counter() - started, hub.id, device_id


ingest_cpu: list[float] = []  # CPU seconds of this process in the last ingest_run


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--events", type=int, default=100_000)
    parser.add_argument("--ingest-events", type=int, default=20_000)
    parser.add_argument("--no-postgres", action="store_true")
    parser.add_argument(
        "--apply", action="store_true", help="also time a second device applying the backlog"
    )
    parser.add_argument(
        "--ingest-only", action="store_true", help="(b) alone: build the events, skip the drain"
    )
    parser.add_argument(
        "--profile", type=Path, default=None, help="(b): write a cProfile of the SQLite run here"
    )
    args = parser.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="hubdesk-bench-sync-"))
    print(f"hubdesk sync bench: backlog {args.events:,} events, ingest {args.ingest_events:,}")
    if args.ingest_only:
        ingest_sample[:] = sample_events(tmp, args.ingest_events)
        ingest(args, tmp)
        return 0

    central = CentralStore(f"sqlite:///{tmp / 'central.db'}")
    central.migrate()
    server, url = serve(central.url)
    try:
        drain(args, tmp, central, url, server.pid)
    finally:
        server.terminate()
        server.wait(10)
    ingest(args, tmp)
    return 0


def cpu_seconds(pid: int) -> float:
    """User + system CPU time of a process so far (Linux /proc), all threads."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def drain(
    args: argparse.Namespace, tmp: Path, central: CentralStore, url: str, server_pid: int
) -> None:
    admin.create_hub(central, "Riverside Family Hub", "RIV")
    admin.create_site(central, "RIV", "Riverside Family Hub", postcode="NE1 4XF")
    code = admin.create_enrolment_code(central, "RIV", url=url)
    store = open_store(tmp / "device" / "hubdesk.db", secrets.token_bytes(32))
    done = enrol(store, code.qr_text, device_name="kiosk", device_kind="kiosk",
                 use_keyring=False)  # fmt: skip
    clock = FakeClock(datetime(2026, 6, 16, 8, 0, tzinfo=UTC))
    actor = Actor(done.device_id, done.hub_id, done.site_id)
    t0 = time.perf_counter()
    make_backlog(store, actor, clock, args.events - 1)
    print(f"  backlog built in {time.perf_counter() - t0:.1f} s")

    engine = SyncEngine(store, clock=clock)
    assert engine.client is not None
    waiting = engine.status().waiting
    push_ms: list[float] = []
    real_push = engine.client.push

    def timed_push(*a: Any, **k: Any) -> Any:
        t = time.perf_counter()
        try:
            return real_push(*a, **k)
        finally:
            push_ms.append((time.perf_counter() - t) * 1000)

    engine.client.push = timed_push  # type: ignore[method-assign]
    cpu_client, cpu_server = time.process_time(), cpu_seconds(server_pid)
    started = time.perf_counter()
    report = engine.run_once(pull=False)
    drain_s = time.perf_counter() - started
    cpu_client = time.process_time() - cpu_client
    cpu_server = cpu_seconds(server_pid) - cpu_server
    assert report.ok, report
    assert report.pushed == waiting, (report.pushed, waiting)
    stats = engine.client.stats
    wire_bytes = stats.sent + stats.received
    print(f"(a) drain {waiting:,} events over loopback HTTP to the service on SQLite")
    print(f"    {drain_s:.1f} s, {waiting / drain_s:,.0f} events/s, {report.batches} requests")
    print(f"    bytes on the wire per event: {wire_bytes / waiting:.0f} "
          f"(request {stats.sent / waiting:.0f} + response {stats.received / waiting:.0f}; "
          f"bodies, gzip)")  # fmt: skip
    print(f"    CPU used: device {cpu_client:.1f} s, service {cpu_server:.1f} s "
          f"(side by side: on two free cores the drain takes about the larger)")  # fmt: skip
    tenth = max(1, len(push_ms) // 10)
    print(f"    round trip per 500-event request: first tenth "
          f"{statistics.median(push_ms[:tenth]):.0f} ms, last tenth "
          f"{statistics.median(push_ms[-tenth:]):.0f} ms (median)")  # fmt: skip
    sent_before, received_before = stats.sent, stats.received
    started = time.perf_counter()
    pulled = engine.run_once(push=False)
    pull_s = time.perf_counter() - started
    pull_bytes = stats.sent + stats.received - sent_before - received_before
    print(f"    pull back (own events skipped): {pull_s:.1f} s, "
          f"{pull_bytes / waiting:.0f} bytes/event, applied {pulled.applied}")  # fmt: skip
    if args.apply:
        # Another device of the hub (the desk) pulls the backlog and applies it to its store.
        code = admin.create_enrolment_code(central, "RIV", url=url)
        desk_store = open_store(tmp / "desk" / "hubdesk.db", secrets.token_bytes(32))
        enrol(desk_store, code.qr_text, device_name="desk", device_kind="desk", use_keyring=False)
        from hubdesk.sync import config

        config.set_hub_key(desk_store, engine._cfg.hub_key or b"")
        desk = SyncEngine(desk_store, clock=clock)
        started = time.perf_counter()
        applied = desk.run_once()
        apply_s = time.perf_counter() - started
        rate = applied.applied / apply_s
        print(f"    a second device pulls and applies them: {apply_s:.1f} s, "
              f"{rate:,.0f} events/s (applied {applied.applied:,})")  # fmt: skip
        desk_store.close()

    events = wire_rows(store, engine._cfg.hub_key or b"")
    rows = raw_tuples(events, done.hub_id, done.device_id)
    base_s = baseline_sqlite(tmp / "raw.db", rows)
    print(f"    baseline raw executemany of the same {len(rows):,} rows (sqlite3, WAL, FULL): "
          f"{base_s:.1f} s, {len(rows) / base_s:,.0f} rows/s; drain/baseline = "
          f"{drain_s / base_s:.1f}x")  # fmt: skip
    store.close()
    ingest_sample[:] = events[: args.ingest_events]


ingest_sample: list[WireEvent] = []


def sample_events(tmp: Path, n: int) -> list[WireEvent]:
    """`n` visit events as a real sign-in queues them, sealed, without pushing them anywhere."""
    from hubdesk.services.setup import SetupService

    store = open_store(tmp / "sample" / "hubdesk.db", secrets.token_bytes(32))
    clock = FakeClock(datetime(2026, 6, 16, 8, 0, tzinfo=UTC))
    who = SetupService(store, clock).initialise(
        hub_name="Riverside Family Hub", hub_code="RIV", site_name="Riverside Family Hub",
        device_name="kiosk", device_kind="kiosk", site_postcode="NE1 4XF",
    )  # fmt: skip
    actor = Actor(who.device_id, who.hub_id, who.site_id)
    make_backlog(store, actor, clock, n)
    events = [e for e in wire_rows(store, secrets.token_bytes(32)) if e.entity == "visit"]
    store.close()
    return events[:n]


def ingest(args: argparse.Namespace, tmp: Path) -> None:
    sample = ingest_sample
    print(f"(b) service ingest, in process, {len(sample):,} events in batches of 500")
    sq = CentralStore(f"sqlite:///{tmp / 'ingest.db'}")
    sq.migrate()
    if args.profile is not None:
        import cProfile

        profiler = cProfile.Profile()
        profiler.enable()
        ingest_s, hub_id, device_id = ingest_run(sq, sample)
        profiler.disable()
        profiler.dump_stats(args.profile)
    else:
        ingest_s, hub_id, device_id = ingest_run(sq, sample)
    base_s = baseline_sqlite(tmp / "raw-ingest.db", raw_tuples(sample, hub_id, device_id))
    print(f"    SQLite:     {len(sample) / ingest_s:,.0f} events/s; raw executemany "
          f"{len(sample) / base_s:,.0f} rows/s; ingest/baseline time = "
          f"{ingest_s / base_s:.1f}x; {len(sample) / ingest_cpu[0]:,.0f} events per CPU "
          f"second (the database is in this process)")  # fmt: skip
    sq.close()
    if not args.no_postgres:
        try:
            admin_engine = create_engine(PG_URL, connect_args={"connect_timeout": 3})
            schema = f"bench_{secrets.token_hex(4)}"
            with admin_engine.begin() as conn:
                conn.execute(text(f'CREATE SCHEMA "{schema}"'))
        except Exception as exc:
            print(f"    PostgreSQL: skipped ({type(exc).__name__})")
            return
        try:
            pg = CentralStore(
                PG_URL, engine_options={"connect_args": {"options": f"-csearch_path={schema}"}}
            )
            pg.migrate()
            ingest_s, hub_id, device_id = ingest_run(pg, sample)
            pg.close()
            base_s = baseline_postgres(schema, raw_tuples(sample, hub_id, device_id))
            print(f"    PostgreSQL: {len(sample) / ingest_s:,.0f} events/s; raw executemany "
                  f"{len(sample) / base_s:,.0f} rows/s; ingest/baseline time = "
                  f"{ingest_s / base_s:.1f}x")  # fmt: skip
        finally:
            with admin_engine.begin() as conn:
                conn.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
            admin_engine.dispose()


if __name__ == "__main__":
    sys.exit(main())
