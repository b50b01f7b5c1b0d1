"""The central service's database: SQLite (WAL, synchronous=FULL) by default, PostgreSQL given a
URL. Schema changes go through the service's own Alembic migrations (hubdesk/central/migrations).

Every write is one real transaction that is durably committed before the caller replies. On
SQLite writers start with BEGIN IMMEDIATE (one writer at a time, waiting rather than failing); on
PostgreSQL event ingest takes a transaction-scoped advisory lock so that server ids (the pull
cursor) become visible in the order they were handed out: a device that pulled up to id N can
never later see an id below N appear.
"""

from __future__ import annotations

import contextlib
import json
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from platformdirs import user_data_dir
from sqlalchemy import Executable, create_engine, event, text
from sqlalchemy.engine import Engine, Row, make_url
from sqlalchemy.orm import Session, sessionmaker

MIGRATIONS = Path(__file__).with_name("migrations")
INGEST_LOCK = 0x68756264  # "hubd": the advisory lock id that orders event ingest on PostgreSQL
BUSY_TIMEOUT_MS = 15_000


class CentralTooNewError(RuntimeError):
    """The database was migrated by a newer hubdesk central."""


def default_database_url() -> str:
    path = Path(user_data_dir("hubdesk")) / "central.db"
    path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    return f"sqlite:///{path}"


def _user_only(url: str) -> None:
    """Make the service's SQLite file (and its WAL and shared-memory files, which SQLite creates
    with the database file's mode) readable by this user only: create it 0600 before SQLite
    does, and take group and other bits off one made earlier."""
    database = make_url(url).database
    if not database or database == ":memory:" or database.startswith("file:"):
        return
    path = Path(database)
    fd = os.open(path, os.O_CREAT | os.O_RDWR, 0o600)
    os.close(fd)
    for each in (path, Path(f"{path}-wal"), Path(f"{path}-shm"), Path(f"{path}-journal")):
        if each.exists() and each.stat().st_mode & 0o077:
            each.chmod(0o600)


def normalise_url(url: str) -> str:
    """Accept `postgresql://` and `postgres://` as the psycopg 3 driver."""
    for prefix in ("postgresql://", "postgres://"):
        if url.startswith(prefix):
            return "postgresql+psycopg://" + url[len(prefix) :]
    return url


class CentralStore:
    """The service's engine and unit of work. Thread-safe (one engine, sessions per call)."""

    def __init__(
        self, url: str | None = None, *, engine_options: dict[str, Any] | None = None
    ) -> None:
        self.url = normalise_url(url or default_database_url())
        options = dict(engine_options or {})
        self.is_sqlite = self.url.startswith("sqlite")
        if self.is_sqlite:
            _user_only(self.url)
            options.setdefault("connect_args", {})
            options["connect_args"].setdefault("check_same_thread", False)
            options["connect_args"].setdefault("timeout", BUSY_TIMEOUT_MS / 1000)
        else:
            options.setdefault("pool_size", 8)
            options.setdefault("pool_pre_ping", True)
        options.setdefault("json_serializer", _compact_json)
        self.engine: Engine = create_engine(self.url, **options)
        if self.is_sqlite:
            _sqlite_listeners(self.engine)
        else:
            _postgres_listeners(self.engine)
        self._reader = sessionmaker(self.engine, expire_on_commit=False)
        writer_engine = (
            self.engine.execution_options(hubdesk_begin="IMMEDIATE")
            if self.is_sqlite
            else self.engine
        )
        self._writer = sessionmaker(writer_engine, expire_on_commit=False)
        self._disclosure: bytes | None = None

    @contextlib.contextmanager
    def write(self, *, ordered: bool = False) -> Iterator[Session]:
        """One transaction, committed when the block ends. `ordered` serialises event ingest."""
        with self._writer() as session, session.begin():
            if ordered and not self.is_sqlite:
                session.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": INGEST_LOCK})
            yield session

    @contextlib.contextmanager
    def read(self) -> Iterator[Session]:
        with self._reader() as session, session.begin():
            yield session

    def disclosure_secret(self) -> bytes:
        """The key of the dashboard's rounding (migration c0013), read once."""
        if self._disclosure is None:
            from hubdesk.central.models import ServiceSecret

            with self.read() as session:
                row = session.get(ServiceSecret, "disclosure")
                if row is None:
                    raise RuntimeError("the disclosure secret is missing: migrate the database")
                self._disclosure = bytes.fromhex(row.value)
        return self._disclosure

    def read_grouped_by_family(self, session: Session, query: Executable) -> list[Row[Any]]:
        """The rows of `query` (a reach query: rows grouped by family), on PostgreSQL with no
        parallel workers (`PG_REACH_WORKERS`) for this statement only."""
        if self.is_sqlite:
            return list(session.execute(query))
        workers = "max_parallel_workers_per_gather"
        session.execute(text(f"SET LOCAL {workers} = {PG_REACH_WORKERS}"))
        try:
            return list(session.execute(query))
        finally:
            session.execute(text(f"SET LOCAL {workers} TO DEFAULT"))

    # -- schema ------------------------------------------------------------------------------

    def alembic_config(self) -> Config:
        cfg = Config()
        cfg.set_main_option("script_location", str(MIGRATIONS))
        return cfg

    def current_revision(self) -> str | None:
        with self.engine.connect() as conn:
            return MigrationContext.configure(conn).get_current_revision()

    def migrate(self) -> None:
        """Bring the schema to head; refuse a database from a newer version."""
        cfg = self.alembic_config()
        script = ScriptDirectory.from_config(cfg)
        current = self.current_revision()
        if current == script.get_current_head():
            return
        if current is not None:
            try:
                script.get_revision(current)
            except Exception:
                raise CentralTooNewError(
                    f"database schema {current} is newer than this hubdesk central"
                ) from None
        with self.engine.begin() as conn:
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, "head")

    def close(self) -> None:
        self.engine.dispose()


def _compact_json(value: Any) -> str:
    return json.dumps(value, separators=(",", ":"), ensure_ascii=False)


# Memory a dashboard query's hash aggregate may use before it spills to disk (PostgreSQL's
# default is 4 MB). Reach groups by family: a month of a county's family roll-up rows is ~500,000
# rows and ~100 MB of hash table; measured on 10,000,000 visits, 64 MB (x2, hash_mem_multiplier)
# made reach 1.5-2x faster (docs/performance.md). Per sort or hash node, per connection: the pool
# holds 8 connections.
PG_WORK_MEM = "64MB"
# No just-in-time compiling of a dashboard query's expressions. PostgreSQL compiles a plan whose
# estimated cost is high, and a reach query's estimate counts the branch it takes when a family
# came after the period (the last twelve months to today), which never runs unless one did:
# measured on 10,000,000 visits, reach by district spent 640-880 ms compiling and ~200 ms
# reading (docs/performance.md). The service's other statements are small.
PG_JIT = "off"
# No parallel workers for a reach query (`CentralStore.read_grouped_by_family`). Reach groups
# its rows by family, and split between workers every worker sees most families, so the partial
# groups are nearly as many as the rows and are sorted and merged again: measured on 10,000,000
# visits, reach over 365 days took 609-933 ms with PostgreSQL's two workers, 551-655 ms with
# none. Counting contacts, a scan with no grouping, keeps them (137 ms with, 253 ms without).
PG_REACH_WORKERS = 0


def _postgres_listeners(engine: Engine) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        with dbapi_connection.cursor() as cur:
            cur.execute(f"SET work_mem = '{PG_WORK_MEM}'")
            cur.execute(f"SET jit = {PG_JIT}")
        dbapi_connection.commit()


def _sqlite_listeners(engine: Engine) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.isolation_level = None  # our own BEGIN, below
        cur = dbapi_connection.cursor()
        try:
            cur.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
            cur.execute("PRAGMA journal_mode = WAL")
            cur.execute("PRAGMA synchronous = FULL")
            cur.execute("PRAGMA foreign_keys = ON")
        finally:
            cur.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Any) -> None:
        mode = conn.get_execution_options().get("hubdesk_begin", "DEFERRED")
        conn.exec_driver_sql(f"BEGIN {mode}")
