"""Shared fixtures: a fresh encrypted store per test (a copy of one migrated once per process,
tests/store_template.py), a fake clock, a set-up hub, and no network except loopback."""

from __future__ import annotations

import socket
import uuid
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from hubdesk.domain.catalogue import DeviceKind
from hubdesk.domain.clock import FakeClock
from hubdesk.domain.staff import StaffRole
from hubdesk.services.base import Actor
from hubdesk.services.setup import DeviceIdentity, SetupService
from hubdesk.storage.engine import Store
from tests.store_template import TEMPLATE_KEY, fresh_store

_real_connect = socket.socket.connect


def _loopback_only(self: socket.socket, address: object) -> None:
    host = address[0] if isinstance(address, tuple) else address
    if isinstance(host, str) and (
        host.startswith("127.") or host in ("::1", "localhost") or self.family == socket.AF_UNIX
    ):
        _real_connect(self, address)  # type: ignore[arg-type]
        return
    raise OSError(f"network blocked in tests: {host}")


@pytest.fixture(autouse=True)
def _block_network(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(socket.socket, "connect", _loopback_only)


@pytest.fixture(autouse=True)
def _log_dir(monkeypatch: pytest.MonkeyPatch, tmp_path_factory: pytest.TempPathFactory) -> None:
    # `hubdesk` commands log to a file under the user's data folder: keep tests out of it.
    monkeypatch.setenv("HUBDESK_LOG_DIR", str(tmp_path_factory.getbasetemp() / "logs"))


@pytest.fixture
def cheap_kdf(monkeypatch: pytest.MonkeyPatch) -> None:
    """Passphrases and recovery codes wrapped with a cheap Argon2id where a store is made without
    naming a cost (the `hubdesk` command): the real cost is about half a second a derivation. For
    tests of commands, not of the KDF (tests/unit/security test that with the real one)."""
    from dataclasses import dataclass

    from hubdesk.security import keys

    @dataclass(frozen=True)
    class CheapKdfParams(keys.KdfParams):
        iterations: int = 1
        lanes: int = 1
        memory_cost: int = 8

    monkeypatch.setattr(keys, "KdfParams", CheapKdfParams)


@pytest.fixture
def clock() -> FakeClock:
    # A Tuesday morning in term time, in BST so that day boundaries are exercised.
    return FakeClock(datetime(2026, 6, 16, 9, 30, tzinfo=UTC))


@pytest.fixture
def store_key() -> bytes:
    # random per test process: the key the migrated store template is encrypted with
    return TEMPLATE_KEY


@pytest.fixture
def store_path(tmp_path: Path) -> Path:
    return tmp_path / "store" / "hubdesk.db"


@pytest.fixture
def store(store_path: Path, store_key: bytes) -> Iterator[Store]:
    s = fresh_store(
        store_path, store_key
    )  # a copy of a migrated empty store (tests/store_template.py)
    yield s
    s.close()


@pytest.fixture
def identity(store: Store, clock: FakeClock) -> DeviceIdentity:
    return SetupService(store, clock).initialise(
        hub_name="Riverside Family Hub",
        hub_code="RIV",
        site_name="Riverside Family Hub",
        device_name="Front desk",
        device_kind=DeviceKind.DESK,
        site_postcode="NE1 4XF",
    )


@pytest.fixture
def kiosk(identity: DeviceIdentity) -> Actor:
    return identity.actor()


@pytest.fixture
def reception(identity: DeviceIdentity) -> Actor:
    return Actor(
        identity.device_id, identity.hub_id, identity.site_id, uuid.uuid4(), StaffRole.RECEPTION
    )


@pytest.fixture
def manager(identity: DeviceIdentity) -> Actor:
    return Actor(
        identity.device_id, identity.hub_id, identity.site_id, uuid.uuid4(), StaffRole.MANAGER
    )


@pytest.fixture
def outreach(identity: DeviceIdentity) -> Actor:
    return Actor(
        identity.device_id, identity.hub_id, identity.site_id, uuid.uuid4(), StaffRole.OUTREACH
    )


def _patient_qtbot() -> None:
    """Give pytest-qt's waits a longer default (30 s instead of 5 s).

    A wait returns as soon as its condition holds, so this costs nothing when things work; it
    only stops a busy CI machine (two cores, several suites) from failing a test whose condition
    would have held a few seconds later. Waits that pass their own timeout keep it.
    """
    try:
        from pytestqt.qtbot import QtBot
    except ImportError:  # no Qt test plugin: nothing to patch
        return
    import functools

    for name in (
        "waitUntil",
        "waitSignal",
        "waitSignals",
        "waitExposed",
        "waitActive",
        "waitCallback",
    ):
        original = getattr(QtBot, name)

        @functools.wraps(original)
        def patient(self: object, *args: object, __original=original, **kwargs: object) -> object:
            kwargs.setdefault("timeout", 30_000)
            return __original(self, *args, **kwargs)

        setattr(QtBot, name, patient)


_patient_qtbot()
