"""The page cache of each store connection is bounded by CACHE_KIB, not by the size of the store.

bench/soak.py found a kiosk's RSS growing by about 5 MB per 1,000 sign-in/out cycles: the bundled
SQLCipher's default cache is 8 MB per connection (`DEFAULT_CACHE_SIZE=-8000`), and the pooled
connection kept every page of the growing store it had read. Measured in bytes that SQLite itself
reports as allocated (`sqlite3_memory_used`), not in time or RSS, so it does not flake.
"""

from __future__ import annotations

import ctypes
import secrets
from pathlib import Path

import pytest
import sqlcipher3._sqlite3 as driver_module
from sqlalchemy.engine import Engine
from sqlalchemy.pool import QueuePool

from hubdesk.storage.engine import CACHE_KIB, make_engine

STORE_BYTES = 6 * CACHE_KIB * 1024  # three times the cache, and over SQLCipher's 8 MB default
ROW_TEXT = 400  # well under a page: rows live in table pages, read through the cache


def _sqlite_memory_used() -> int:
    """Bytes SQLite has allocated in this process (the driver's own library, via ctypes)."""
    lib = ctypes.CDLL(driver_module.__file__)
    lib.sqlite3_memory_used.restype = ctypes.c_int64
    return int(lib.sqlite3_memory_used())


@pytest.fixture
def big_store(tmp_path: Path) -> tuple[Path, bytes]:
    path, key = tmp_path / "big.db", secrets.token_bytes(32)
    engine = make_engine(path, key, durable=False)
    raw = engine.raw_connection()
    try:
        cur = raw.cursor()
        cur.execute("CREATE TABLE filler (id INTEGER PRIMARY KEY, v TEXT NOT NULL)")
        cur.execute("BEGIN")
        rows = STORE_BYTES // ROW_TEXT
        cur.executemany(
            "INSERT INTO filler (v) VALUES (?)",
            [(secrets.token_hex(ROW_TEXT // 2),) for _ in range(rows)],
        )
        cur.execute("COMMIT")
        cur.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        cur.close()
    finally:
        raw.close()
        engine.dispose()
    assert path.stat().st_size >= STORE_BYTES
    return path, key


def _read_everything(engine: Engine) -> int:
    with engine.connect() as conn:
        return int(conn.exec_driver_sql("SELECT sum(length(v)) FROM filler").scalar() or 0)


def test_every_connection_sets_the_page_cache_size(tmp_path: Path) -> None:
    engine = make_engine(tmp_path / "s.db", secrets.token_bytes(32))
    conns = [engine.connect() for _ in range(3)]
    try:
        for conn in conns:
            assert conn.exec_driver_sql("PRAGMA cache_size").scalar() == -CACHE_KIB
    finally:
        for conn in conns:
            conn.close()
        engine.dispose()


def test_reading_a_store_bigger_than_the_cache_keeps_sqlite_memory_bounded(
    big_store: tuple[Path, bytes],
) -> None:
    path, key = big_store
    engine = make_engine(path, key)  # opens (and checks the key on) one pooled connection
    try:
        before = _sqlite_memory_used()
        # Read the whole store twice; the pooled connection (and its cache) stays open between.
        assert _read_everything(engine) >= STORE_BYTES // 2
        assert _read_everything(engine) >= STORE_BYTES // 2
        grown = _sqlite_memory_used() - before
        assert isinstance(engine.pool, QueuePool)
        assert engine.pool.checkedin() == 1  # one connection did it all and keeps its cache
    finally:
        engine.dispose()
    # The cache holds at most CACHE_KIB of pages (plus SQLite's per-page headers); with the
    # 8 MB default it grew by 8.0 MiB here (measured), with it by about 2 MiB.
    assert grown < CACHE_KIB * 1024 * 3 // 2, f"SQLite memory grew by {grown / 2**20:.1f} MiB"
