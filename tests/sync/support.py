"""Shared fixtures for the sync and central tests: the real central service on loopback (uvicorn
in a thread, real HTTP), over SQLite or PostgreSQL, and enrolled device stores."""

from __future__ import annotations

import os
import secrets
import threading
import time
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

import pytest
import uvicorn
from sqlalchemy import create_engine, text

from hubdesk.central import admin
from hubdesk.central.app import Limits, create_app
from hubdesk.central.store import CentralStore
from hubdesk.domain.catalogue import DeviceKind
from hubdesk.domain.clock import FakeClock
from hubdesk.security.keys import KdfParams
from hubdesk.services.base import Actor
from hubdesk.storage.engine import Store
from hubdesk.sync import config
from hubdesk.sync.engine import EngineSettings, SyncEngine
from hubdesk.sync.enrolment import enrol
from tests.store_template import fresh_central_sqlite, fresh_store

PG_URL = "postgresql+psycopg://postgres@127.0.0.1:5432/test"
# Set by .ci/run: a PostgreSQL test that cannot reach the server fails instead of skipping.
REQUIRE_POSTGRES = "HUBDESK_REQUIRE_POSTGRES"
CHEAP_KDF = KdfParams(iterations=1, lanes=1, memory_cost=8)
HUB_PASSPHRASE = "correct horse battery staple"
FAST = EngineSettings(interval_s=0.05, backoff_base_s=0.01, backoff_cap_s=0.05, timeout=(2, 5))


def postgres_available(url: str = PG_URL) -> bool:
    try:
        engine = create_engine(url, connect_args={"connect_timeout": 2})
        with engine.connect() as conn:
            conn.execute(text("SELECT 1"))
        engine.dispose()
        return True
    except Exception:
        return False


_PG = None


def pg_ok() -> bool:
    global _PG
    if _PG is None:
        _PG = postgres_available()
    return _PG


@pytest.fixture
def central_db(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[CentralStore]:
    """A fresh, migrated central database: SQLite file, or a fresh PostgreSQL schema."""
    backend = getattr(request, "param", "sqlite")
    if backend == "sqlite":
        store = fresh_central_sqlite(tmp_path / "central.db")  # a migrated copy
        yield store
        store.close()
        return
    if not pg_ok():
        no_postgres()
    schema = f"hd_{uuid.uuid4().hex[:12]}"
    admin_engine = create_engine(PG_URL)
    with admin_engine.begin() as conn:
        conn.execute(text(f'CREATE SCHEMA "{schema}"'))
    store = CentralStore(
        PG_URL, engine_options={"connect_args": {"options": f"-csearch_path={schema}"}}
    )
    store.migrate()
    try:
        yield store
    finally:
        store.close()
        with admin_engine.begin() as conn:
            conn.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
        admin_engine.dispose()


def no_postgres() -> None:
    """A PostgreSQL test without a server: skipped on a developer's machine, a failure in CI
    (which sets REQUIRE_POSTGRES), so CI cannot go green having run none of them."""
    if os.environ.get(REQUIRE_POSTGRES):
        pytest.fail("PostgreSQL at 127.0.0.1:5432 is not reachable and CI requires it")
    pytest.skip("PostgreSQL at 127.0.0.1:5432 is not reachable")


BACKENDS = pytest.mark.parametrize(
    "central_db", ["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)], indirect=True
)


class LiveServer:
    """uvicorn serving the central app on a free loopback port, in a daemon thread."""

    def __init__(
        self,
        store: CentralStore,
        limits: Limits | None = None,
        clock: Callable[[], datetime] | None = None,
    ) -> None:
        self.store = store
        self.app = create_app(store, limits or Limits(rate_per_s=1000, burst=1000), clock)
        cfg = uvicorn.Config(
            self.app,
            host="127.0.0.1",
            port=0,
            log_level="warning",
            lifespan="off",
            access_log=False,
        )
        self.server = uvicorn.Server(cfg)
        self.thread = threading.Thread(target=self.server.run, daemon=True)
        self.thread.start()
        deadline = time.monotonic() + 20
        while not self.server.started:
            if time.monotonic() > deadline or not self.thread.is_alive():
                raise RuntimeError("central service did not start")
            time.sleep(0.01)
        sock = self.server.servers[0].sockets[0]
        self.port = sock.getsockname()[1]
        self.url = f"http://127.0.0.1:{self.port}"

    def stop(self) -> None:
        self.server.should_exit = True
        self.thread.join(10)


@pytest.fixture
def live(central_db: CentralStore) -> Iterator[LiveServer]:
    server = LiveServer(central_db)
    yield server
    server.stop()


@dataclass
class DeviceUnderTest:
    store: Store
    engine: SyncEngine
    actor: Actor
    device_id: uuid.UUID
    hub_id: uuid.UUID
    site_id: uuid.UUID
    path: Path
    key: bytes


def make_device(
    tmp_path: Path,
    central: CentralStore,
    url: str,
    hub_code: str,
    *,
    name: str = "kiosk",
    kind: DeviceKind = DeviceKind.KIOSK,
    clock: FakeClock | None = None,
    settings: EngineSettings = FAST,
    sync_url: str | None = None,
) -> DeviceUnderTest:
    """A fresh encrypted store (its own key), enrolled with the service by a real enrolment code."""
    key = secrets.token_bytes(32)
    path = tmp_path / f"{name}-{uuid.uuid4().hex[:6]}" / "hubdesk.db"
    store = fresh_store(path, key)
    code = admin.create_enrolment_code(central, hub_code, url=url)
    result = enrol(
        store,
        code.qr_text,
        device_name=name,
        device_kind=kind,
        hub_passphrase=HUB_PASSPHRASE,
        use_keyring=False,
        hub_kdf=CHEAP_KDF,
    )
    if sync_url is not None:
        config.set_url(store, sync_url)
    engine = SyncEngine(store, clock=clock, settings=settings)
    actor = Actor(result.device_id, result.hub_id, result.site_id)
    return DeviceUnderTest(
        store, engine, actor, result.device_id, result.hub_id, result.site_id, path, key
    )


def make_hub(central: CentralStore, code: str = "RIV", *, site: bool = True) -> admin.HubInfo:
    hub = admin.create_hub(central, f"{code} Family Hub", code)
    if site:
        admin.create_site(central, code, f"{code} Family Hub", kind="hub", postcode="NE1 4XF")
    return hub
