"""Migrations at start-up: fresh stores at head, old stores backed up then upgraded, stores from
the future refused untouched."""

from __future__ import annotations

import hashlib
import json
import shutil
import stat
import uuid
from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import func, select, text

from hubdesk.storage.engine import (
    Store,
    StoreTooNewError,
    integrity_check,
    make_engine,
    open_store,
)
from hubdesk.storage.migrate import (
    alembic_config,
    backup_copy,
    current_revision,
    head_revision,
)
from hubdesk.storage.models import Hub, OutboxEvent, Visit

FIXTURES = Path(__file__).parents[2] / "fixtures"
FIXTURE_KEY = bytes([0x11]) * 32  # documented in tests/fixtures/README.md


def _backups(path: Path) -> list[Path]:
    return sorted(path.parent.glob(f"{path.name}.before-*.bak"))


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_a_fresh_store_is_at_head(store: Store, store_path: Path) -> None:
    assert current_revision(store.engine) == head_revision()
    assert _backups(store_path) == []  # nothing to back up on a new store


def test_opening_a_store_at_head_again_changes_nothing(
    store: Store, store_path: Path, store_key: bytes
) -> None:
    store.close()
    again = open_store(store_path, store_key)
    try:
        assert current_revision(again.engine) == head_revision()
    finally:
        again.close()
    assert _backups(store_path) == []


def test_a_store_from_a_newer_version_is_refused_and_left_unchanged(
    store: Store, store_path: Path, store_key: bytes
) -> None:
    with store.write() as session:
        session.execute(text("UPDATE alembic_version SET version_num = 'ffff_future'"))
    store.close()
    before = _sha(store_path)
    with pytest.raises(StoreTooNewError) as caught:
        open_store(store_path, store_key)
    assert caught.value.revision == "ffff_future"
    assert "newer version" in str(caught.value)
    assert _sha(store_path) == before
    assert _backups(store_path) == []
    engine = make_engine(store_path, store_key)
    try:
        assert current_revision(engine) == "ffff_future"
        with engine.connect() as conn:
            tables = {r[0] for r in conn.exec_driver_sql("SELECT name FROM sqlite_master")}
        assert "visits" in tables
    finally:
        engine.dispose()


def test_a_store_at_the_first_revision_is_backed_up_then_upgraded(
    tmp_path: Path, store_key: bytes
) -> None:
    """Generic over time: while 0001 is head there is nothing to upgrade and no backup; once a
    later revision exists, the store is copied (0600) before it is upgraded."""
    path = tmp_path / "old.db"
    engine = make_engine(path, store_key)
    try:
        cfg = alembic_config()
        with engine.begin() as conn:
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, "0001")
        assert current_revision(engine) == "0001"
    finally:
        engine.dispose()
    upgraded = open_store(path, store_key)
    try:
        assert current_revision(upgraded.engine) == head_revision()
        assert integrity_check(upgraded) == "ok"
    finally:
        upgraded.close()
    backups = _backups(path)
    if head_revision() == "0001":
        assert backups == []
    else:
        assert len(backups) == 1
        assert backups[0].name.startswith(f"{path.name}.before-0001-")
        assert stat.S_IMODE(backups[0].stat().st_mode) == 0o600
        old = make_engine(backups[0], store_key)
        try:
            assert current_revision(old) == "0001"
        finally:
            old.dispose()


def test_backup_copy_is_private_and_opens_with_the_same_key(
    store: Store, store_path: Path, store_key: bytes, identity: object
) -> None:
    target = Path(backup_copy(store.engine, store_path, "0001"))
    assert target.parent == store_path.parent
    assert target.name.startswith("hubdesk.db.before-0001-")
    assert target.name.endswith(".bak")
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    copy = make_engine(target, store_key)
    try:
        with copy.connect() as conn:
            assert conn.exec_driver_sql("SELECT count(*) FROM hubs").scalar() == 1
    finally:
        copy.dispose()


def test_the_v0_1_0_fixture_store_opens_migrates_and_keeps_its_visits(tmp_path: Path) -> None:
    facts = json.loads((FIXTURES / "store-v0.1.0.json").read_text())
    path = tmp_path / "store-v0.1.0.db"
    shutil.copyfile(FIXTURES / "store-v0.1.0.db", path)
    original = _sha(FIXTURES / "store-v0.1.0.db")
    store = open_store(path, FIXTURE_KEY)
    try:
        assert current_revision(store.engine) == head_revision()
        with store.read() as session:
            ids = set(session.scalars(select(Visit.id)))
            assert ids == {uuid.UUID(v) for v in facts["visit_ids"]}
            assert session.scalar(select(func.sum(Visit.people))) == facts["people"]
            out = set(session.scalars(select(Visit.id).where(Visit.signed_out_at.is_not(None))))
            assert out == {uuid.UUID(v) for v in facts["signed_out"]}
            assert session.get(Hub, uuid.UUID(facts["hub_id"])) is not None
            events = set(
                session.scalars(select(OutboxEvent.entity_id).where(OutboxEvent.entity == "visit"))
            )
            assert events == ids
        assert integrity_check(store) == "ok"
    finally:
        store.close()
    if facts["schema"] != head_revision():
        assert len(_backups(path)) == 1
    # the committed fixture itself is never touched
    assert _sha(FIXTURES / "store-v0.1.0.db") == original


def test_migration_0010_adds_the_kiosk_columns_and_back(store: Store, identity: object) -> None:
    """0010 adds visits.leave_code, sites.rooms, alerts.room and members.to_confirm in place (no
    table rebuilt, so the visits' roll-up triggers survive); going back drops them again."""
    from sqlalchemy import inspect

    from hubdesk.measures import rollup
    from hubdesk.storage.models import VISIT_ROLLUP

    added = {
        "visits": "leave_code",
        "sites": "rooms",
        "alerts": "room",
        "members": "to_confirm",
    }
    cfg = alembic_config()
    with store.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "0009")
    with store.engine.connect() as conn:
        for table, column in added.items():
            assert column not in {c["name"] for c in inspect(conn).get_columns(table)}
    with store.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "head")
    with store.engine.connect() as conn:
        for table, column in added.items():
            assert column in {c["name"] for c in inspect(conn).get_columns(table)}
        triggers = set(
            conn.execute(text("SELECT name FROM sqlite_master WHERE type = 'trigger'")).scalars()
        )
    assert set(rollup.trigger_names(VISIT_ROLLUP)) <= triggers
    assert integrity_check(store) == "ok"
