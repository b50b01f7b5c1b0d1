"""The encrypted engine: SQLCipher through SQLAlchemy, with WAL, `synchronous=FULL` and real
transactions.

Python's sqlite3 module (and sqlcipher3, its SQLCipher fork) begins transactions lazily and commits
implicitly around DDL, so "one use case, one transaction" does not hold out of the box. As the
SQLAlchemy documentation for pysqlite recommends, the driver's own transaction handling is
switched off (`isolation_level = None`) and SQLAlchemy emits BEGIN itself. Writers use
`BEGIN IMMEDIATE`, so a write never fails half way through with "database is locked" when another
connection got there first: it waits (busy_timeout) for the write lock at the start instead.

The key is 32 raw bytes handed to SQLCipher as `x'..'`, so no key derivation runs at open. It lives
in this process's memory only.
"""

from __future__ import annotations

import contextlib
import logging
import os
import stat
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import URL, create_engine, event, text
from sqlalchemy.engine import Engine
from sqlalchemy.exc import DatabaseError, OperationalError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import QueuePool

from hubdesk.storage.errors import StoreLockedError as StoreLockedError
from hubdesk.storage.errors import StoreTooNewError as StoreTooNewError

log = logging.getLogger(__name__)

KEY_BYTES = 32
BUSY_TIMEOUT_MS = 10_000
CACHE_KIB = 2048
"""Page cache per connection (`PRAGMA cache_size = -CACHE_KIB`). The bundled SQLCipher is built
with an 8 MB default (`DEFAULT_CACHE_SIZE=-8000`), and a connection keeps every page it has read
until the cache is full: a kiosk's pooled connection grew by the size of the store it read (about
5 MB per 1,000 sign-in/out cycles, bench/soak.py), up to 8 MB each for up to eight connections.
A sign-in writes about 14 pages (docs/performance.md). On the 1,000,000-visit bench store a year's
reach took the same with 2 MB and 64 MB of cache (1.7-2.4 s either way, 2026-12-03); "who is in"
over a large store has not been measured with it."""


def _raw_key_literal(key: bytes) -> str:
    if len(key) != KEY_BYTES:
        raise ValueError("a store key is 32 bytes")
    return f"x'{key.hex()}'"


def _private(path: Path) -> None:
    """Create `path` empty with mode 0600 if it does not exist, and make sure it is 0600."""
    if not path.exists():
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        os.close(fd)
    if stat.S_IMODE(path.stat().st_mode) != 0o600:
        path.chmod(0o600)


def sidecar_files(path: Path) -> list[Path]:
    """The database and the WAL and shared-memory files SQLite keeps beside it."""
    return [path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")]


STATEMENT_CACHE = 256
"""Prepared statements each connection keeps (the driver's default is 100). Preparing an INSERT,
UPDATE or DELETE on `visits` compiles the reports' roll-up triggers into it (~10 ms); with the
default, a sign-in's INSERT was prepared again every time (sign-in p50 14-16 ms against 2.8-3.9 ms
with 128 or more: measured with bench/store.py and a per-statement trace, docs/performance.md)."""


def make_engine(path: Path, key: bytes, *, pool_size: int = 4, durable: bool = True) -> Engine:
    """An engine on the SQLCipher database at `path`, keyed with `key`; checks the key at once.

    `durable=False` (synchronous=OFF) is only for building demo and benchmark stores in bulk: a
    crash may lose recent commits. Everything a person does runs durable.
    """
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    # SQLite creates -wal and -shm with the database file's permissions, so 0600 here covers all.
    _private(path)
    for extra in sidecar_files(path)[1:]:
        if extra.exists():
            extra.chmod(0o600)
    url = URL.create("sqlite+pysqlcipher", password=_raw_key_literal(key), database=str(path))
    engine = create_engine(
        url,
        poolclass=QueuePool,
        pool_size=pool_size,
        max_overflow=4,
        pool_use_lifo=True,
        connect_args={
            "check_same_thread": False,
            "timeout": BUSY_TIMEOUT_MS / 1000,
            "cached_statements": STATEMENT_CACHE,
        },
    )
    _install_listeners(engine, "FULL" if durable else "OFF")
    try:
        with engine.connect() as conn:
            conn.exec_driver_sql("SELECT count(*) FROM sqlite_master").scalar()
    except (DatabaseError, OperationalError) as exc:
        engine.dispose()
        if "not a database" in str(exc.orig) or "encrypted" in str(exc.orig):
            raise StoreLockedError(path) from None
        raise
    return engine


def _install_listeners(engine: Engine, synchronous: str) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        # Our own BEGIN (below) instead of the driver's implicit transactions.
        dbapi_connection.isolation_level = None
        cur = dbapi_connection.cursor()
        try:
            # A wrong key is reported once, as StoreLockedError, not as noise on stderr.
            cur.execute("PRAGMA cipher_log_level = NONE")
            cur.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
            cur.execute(f"PRAGMA cache_size = -{CACHE_KIB}")
            cur.execute("PRAGMA journal_mode = WAL")
            cur.execute(f"PRAGMA synchronous = {synchronous}")
            cur.execute("PRAGMA foreign_keys = ON")
            # Deleted personal data is overwritten, not left in free pages.
            cur.execute("PRAGMA secure_delete = ON")
            # `cipher_memory_security` stays at SQLCipher's default, OFF: with it ON (locking and
            # wiping every SQLite allocation), a connection could fall into a state where each
            # report query spent 1-2 s in the kernel, 10-20x its time (docs/privacy.md, "Keys").
            # SQLCipher wipes its own key material and cipher buffers either way.
        finally:
            cur.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Any) -> None:
        mode = conn.get_execution_options().get("hubdesk_begin", "DEFERRED")
        conn.exec_driver_sql(f"BEGIN {mode}")


@dataclass
class Store:
    """An open store: one engine, a session factory for reads and one for writes.

    `write()` is the unit of work: one real transaction (BEGIN IMMEDIATE), committed durably
    (WAL + synchronous=FULL) when the block ends without an exception, rolled back otherwise.

    Units of work nest: a `write()` (or `read()`) opened on a thread that is already inside a
    `write()` joins it, so several use cases can be made one transaction (registering a household,
    issuing its pass and signing it in: all of it is on disk, or none of it). Only the outermost
    block commits; an exception anywhere inside rolls the whole of it back.
    """

    engine: Engine
    path: Path | None = None

    def __post_init__(self) -> None:
        self._reader = sessionmaker(self.engine, expire_on_commit=False)
        self._writer = sessionmaker(
            self.engine.execution_options(hubdesk_begin="IMMEDIATE"), expire_on_commit=False
        )
        self._open = threading.local()

    def _current(self) -> Session | None:
        session: Session | None = getattr(self._open, "session", None)
        return session

    @contextlib.contextmanager
    def write(self) -> Iterator[Session]:
        outer = self._current()
        if outer is not None:
            yield outer  # part of the unit of work this thread already has open
            return
        with self._writer() as session, session.begin():
            self._open.session = session
            try:
                yield session
            finally:
                self._open.session = None

    @contextlib.contextmanager
    def read(self) -> Iterator[Session]:
        outer = self._current()
        if outer is not None:
            yield outer  # inside a write: read what it has written so far
            return
        with self._reader() as session, session.begin():
            yield session

    def close(self) -> None:
        self.engine.dispose()


def open_store(
    path: Path, key: bytes, *, migrate: bool = True, backup: bool = True, durable: bool = True
) -> Store:
    """Open (creating if needed) the encrypted store at `path` and bring its schema up to date.

    Raises StoreLockedError for a wrong key and StoreTooNewError for a store from a newer version.
    """
    from hubdesk.storage.migrate import upgrade_store

    engine = make_engine(Path(path), key, durable=durable)
    try:
        if migrate:
            upgrade_store(engine, Path(path), backup=backup)
    except BaseException:
        engine.dispose()
        raise
    return Store(engine, Path(path))


def rekey_store(path: Path, old_key: bytes, new_key: bytes) -> None:
    """Re-encrypt the whole store under `new_key` (SQLCipher's PRAGMA rekey), in place.

    The caller has already written wraps of both keys into the key file, so a crash part way
    through leaves a store that one of the two keys opens.
    """
    engine = make_engine(Path(path), old_key, pool_size=1)
    try:
        # The driver connection, not engine.connect(): SQLAlchemy would BEGIN first (see the
        # "begin" listener), and SQLite cannot leave WAL mode inside a transaction.
        raw = engine.raw_connection()
        try:
            cur = raw.cursor()
            cur.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            # rekey does not work in WAL mode in every SQLCipher release: switch out and back.
            cur.execute("PRAGMA journal_mode = DELETE")
            cur.execute(f'PRAGMA rekey = "{_raw_key_literal(new_key)}"')
            cur.execute("PRAGMA journal_mode = WAL")
            cur.close()
        finally:
            raw.close()
    finally:
        engine.dispose()
    # prove the new key opens it before anyone forgets the old one
    make_engine(Path(path), new_key, pool_size=1).dispose()


def integrity_check(store: Store) -> str:
    with store.engine.connect() as conn:
        return str(conn.execute(text("PRAGMA integrity_check")).scalar())
