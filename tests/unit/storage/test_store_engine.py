"""The encrypted store itself: pragmas, file modes, the key, no plaintext, real transactions."""

from __future__ import annotations

import os
import secrets
import sqlite3
import stat
import threading
import uuid
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import func, select, text

from hubdesk.domain.catalogue import DeviceKind, VisitReason
from hubdesk.domain.clock import FakeClock
from hubdesk.domain.people import AgeBand, ChildInParty, Party, Role
from hubdesk.services.base import Actor
from hubdesk.services.families import AdultIn, ChildIn, FamilyIn, FamilyService
from hubdesk.services.setup import SetupService
from hubdesk.services.visits import SignIn, VisitService
from hubdesk.storage import audit, outbox
from hubdesk.storage.engine import (
    Store,
    StoreLockedError,
    integrity_check,
    make_engine,
    open_store,
    sidecar_files,
)
from hubdesk.storage.models import OutboxEvent, Visit

SECRET_NAME = "Zebedee Quixote"


def _pragma(store: Store, name: str) -> object:
    with store.engine.connect() as conn:
        return conn.exec_driver_sql(f"PRAGMA {name}").scalar()


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def _party() -> Party:
    return Party((Role.MOTHER,), (ChildInParty(AgeBand.B2_4),))


def _counts(store: Store) -> tuple[int, int]:
    with store.read() as session:
        visits = session.scalar(select(func.count()).select_from(Visit)) or 0
        events = session.scalar(select(func.count()).select_from(OutboxEvent)) or 0
    return visits, events


def test_every_connection_has_wal_full_sync_foreign_keys_and_secure_delete(store: Store) -> None:
    # check more than one pooled connection: the settings are per connection
    conns = [store.engine.connect() for _ in range(3)]
    try:
        for conn in conns:
            assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
            assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
            assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
            assert conn.exec_driver_sql("PRAGMA secure_delete").scalar() == 1
            assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() >= 1000
    finally:
        for conn in conns:
            conn.close()


def test_foreign_keys_are_enforced(store: Store) -> None:
    from sqlalchemy.exc import IntegrityError

    with pytest.raises(IntegrityError), store.write() as session:
        session.execute(
            text(
                "INSERT INTO sites (id, hub_id, name, kind, active, created_at, updated_at) "
                "VALUES (:id, :hub, 'x', 'hub', 1, '2026-01-01', '2026-01-01')"
            ),
            {"id": secrets.token_hex(16), "hub": secrets.token_hex(16)},
        )


def test_database_wal_and_shm_are_0600_while_open_and_after_writes(
    store: Store, store_path: Path, kiosk: Actor, clock: FakeClock
) -> None:
    visits = VisitService(store, clock)
    conn = store.engine.connect()  # hold a connection open: -wal and -shm exist now
    try:
        for _ in range(5):
            visits.sign_in(kiosk, SignIn(VisitReason.JUST_VISITING, party=_party()))
        for path in sidecar_files(store_path):
            assert path.exists(), path.name
            assert _mode(path) == 0o600, (path.name, oct(_mode(path)))
    finally:
        conn.close()
    store.close()
    for path in sidecar_files(store_path):
        if path.exists():
            assert _mode(path) == 0o600, path.name


def test_files_stay_0600_under_a_permissive_umask(tmp_path: Path, store_key: bytes) -> None:
    old = os.umask(0o000)
    try:
        s = open_store(tmp_path / "open.db", store_key)
        try:
            with s.write() as session:
                session.execute(text("INSERT INTO store_meta (key, value) VALUES ('k', 'v')"))
            for path in sidecar_files(tmp_path / "open.db"):
                assert _mode(path) == 0o600, path.name
        finally:
            s.close()
    finally:
        os.umask(old)


def test_wrong_key_is_refused_at_open_not_on_first_query(
    store: Store, store_path: Path, identity: object
) -> None:
    store.close()
    with pytest.raises(StoreLockedError) as caught:
        make_engine(store_path, secrets.token_bytes(32))
    assert "cannot unlock" in str(caught.value)
    with pytest.raises(StoreLockedError):
        open_store(store_path, secrets.token_bytes(32))


def test_a_file_that_is_not_a_store_is_refused_as_locked(tmp_path: Path, store_key: bytes) -> None:
    junk = tmp_path / "junk.db"
    junk.write_bytes(os.urandom(8192))
    junk.chmod(0o600)
    with pytest.raises(StoreLockedError):
        open_store(junk, store_key)


def test_stock_sqlite3_cannot_read_the_file(
    store: Store, store_path: Path, identity: object
) -> None:
    store.close()
    raw = sqlite3.connect(store_path)
    try:
        with pytest.raises(sqlite3.DatabaseError, match="file is not a database"):
            raw.execute("SELECT count(*) FROM sqlite_master").fetchall()
    finally:
        raw.close()
    assert not store_path.read_bytes().startswith(b"SQLite format 3\x00")


def test_a_name_written_through_the_app_is_not_in_the_files(
    tmp_path: Path, store_key: bytes, clock: FakeClock
) -> None:
    path = tmp_path / "secret.db"
    s = open_store(path, store_key)
    try:
        ident = SetupService(s, clock).initialise(
            hub_name=f"{SECRET_NAME} Family Hub",
            hub_code="ZQX",
            site_name=f"{SECRET_NAME} Centre",
            device_name=f"{SECRET_NAME} desk",
            device_kind=DeviceKind.DESK,
            site_postcode="NE1 4XF",
        )
        # a household registered and signed in through the use cases: its names reach the
        # families, members and visits tables (and the outbox snapshots)
        family = FamilyService(s, clock).register(
            ident.actor(),
            FamilyIn(
                adults=(AdultIn("Zebedee", "Quixote", Role.FATHER),),
                children=(ChildIn("Xanthippe", date(2024, 3, 1), last_name="Quixote"),),
                postcode="NE1 4XF",
                phone="07700 900123",
                consent=True,
            ),
        )
        VisitService(s, clock).sign_in(
            ident.actor(),
            SignIn(
                VisitReason.JUST_VISITING,
                family_id=family.family_id,
                member_ids=family.member_ids,
            ),
        )
        # and a name in the audit log's free-text detail
        with s.write() as session:
            audit.append(session, at=clock.now(), action="test.name", detail={"n": SECRET_NAME})
        # while the connection is open, the WAL holds the newest pages
        hold = s.engine.connect()
        try:
            blobs = {p.name: p.read_bytes() for p in sidecar_files(path) if p.exists()}
        finally:
            hold.close()
        with s.read() as session:  # the app itself can read it back
            assert (
                session.execute(text("SELECT names FROM visits")).scalar() == "Zebedee, Xanthippe"
            )
            assert session.execute(text("SELECT count(*) FROM members")).scalar() == 2
            assert session.execute(text("SELECT name FROM hubs")).scalar() == (
                f"{SECRET_NAME} Family Hub"
            )
    finally:
        s.close()
    blobs["after-close"] = b"".join(p.read_bytes() for p in sidecar_files(path) if p.exists())
    assert sum(len(b) for b in blobs.values()) > 4096
    for name, blob in blobs.items():
        for needle in (SECRET_NAME, "Quixote", "Xanthippe", "Zebedee", "07700 900123"):
            for encoding in ("utf-8", "utf-16-le", "utf-16-be"):
                assert needle.encode(encoding) not in blob, (name, encoding)
        assert b"NE1 4XF" not in blob, name


def test_an_exception_inside_write_leaves_nothing_written(
    store: Store, kiosk: Actor, clock: FakeClock
) -> None:
    before = _counts(store)
    visit = Visit(
        id=uuid.uuid4(),
        hub_id=kiosk.hub_id,
        site_id=kiosk.site_id,
        device_id=kiosk.device_id,
        reason="other",
        signed_in_at=clock.now(),
        people=1,
        updated_at=clock.now(),
    )

    def fail_half_way() -> None:
        with store.write() as session:
            session.add(visit)
            outbox.record(session, visit, "signed_in", clock.now())
            audit.append(session, at=clock.now(), action="test.boom")
            session.flush()  # the rows really reached SQLite before the failure
            raise RuntimeError("boom")

    with pytest.raises(RuntimeError, match="boom"):
        fail_half_way()
    assert _counts(store) == before
    with store.read() as session:
        assert session.execute(text("SELECT count(*) FROM audit_log")).scalar() == 0


def test_a_refused_sign_in_writes_nothing(store: Store, kiosk: Actor, clock: FakeClock) -> None:
    from hubdesk.domain.errors import ValidationError

    before = _counts(store)
    with pytest.raises(ValidationError) as caught:
        VisitService(store, clock).sign_in(
            kiosk, SignIn(VisitReason.JUST_VISITING, party=_party(), postcode="NOT A POSTCODE")
        )
    assert caught.value.field == "postcode"
    assert _counts(store) == before


def test_two_threads_writing_at_once_both_succeed(
    store: Store, kiosk: Actor, clock: FakeClock
) -> None:
    visits = VisitService(store, clock)
    per_thread = 25
    errors: list[BaseException] = []
    ids: list[object] = []
    lock = threading.Lock()
    barrier = threading.Barrier(2)

    def work() -> None:
        try:
            barrier.wait()
            for _ in range(per_thread):
                done = visits.sign_in(kiosk, SignIn(VisitReason.OTHER, party=_party()))
                with lock:
                    ids.append(done.visit_id)
        except BaseException as exc:
            errors.append(exc)

    threads = [threading.Thread(target=work) for _ in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    assert len(set(ids)) == 2 * per_thread
    assert _counts(store) == (2 * per_thread, 2 * per_thread + 3)  # + hub, site, device set-up


def test_two_threads_each_holding_a_write_transaction_are_serialised(store: Store) -> None:
    """BEGIN IMMEDIATE: the second writer waits for the first instead of failing mid-way."""
    first_in = threading.Event()
    release = threading.Event()
    order: list[str] = []
    errors: list[BaseException] = []

    def first() -> None:
        try:
            with store.write() as session:
                session.execute(text("INSERT INTO store_meta (key, value) VALUES ('a', '1')"))
                order.append("first-wrote")
                first_in.set()
                release.wait(10)
                order.append("first-commit")
        except BaseException as exc:
            errors.append(exc)

    def second() -> None:
        try:
            first_in.wait(10)
            with store.write() as session:
                # the session connects (and so BEGINs IMMEDIATE) at its first statement
                value = session.execute(
                    text("SELECT value FROM store_meta WHERE key = 'a'")
                ).scalar()
                order.append("second-began")
                session.execute(
                    text("INSERT INTO store_meta (key, value) VALUES ('b', :v)"), {"v": value}
                )
        except BaseException as exc:
            errors.append(exc)

    t1 = threading.Thread(target=first)
    t2 = threading.Thread(target=second)
    t1.start()
    t2.start()
    first_in.wait(10)
    # give the second writer a chance to (wrongly) get in; it must not
    t2.join(0.3)
    release.set()
    t1.join()
    t2.join()
    assert errors == []
    assert order == ["first-wrote", "first-commit", "second-began"]
    with store.read() as session:
        assert session.execute(text("SELECT value FROM store_meta WHERE key='b'")).scalar() == "1"


def test_every_sign_in_has_its_outbox_event_in_the_same_transaction(
    store: Store, kiosk: Actor, clock: FakeClock
) -> None:
    visits = VisitService(store, clock)
    made = [visits.sign_in(kiosk, SignIn(VisitReason.OTHER, party=_party())) for _ in range(7)]
    visits.sign_out(kiosk, made[0].visit_id)
    with store.read() as session:
        rows = session.execute(
            select(OutboxEvent.entity_id, OutboxEvent.op).where(OutboxEvent.entity == "visit")
        ).all()
    signed_in = {eid for eid, op in rows if op == "signed_in"}
    assert signed_in == {m.visit_id for m in made}
    assert [eid for eid, op in rows if op == "signed_out"] == [made[0].visit_id]
    assert _counts(store)[0] == 7


def test_integrity_check_is_ok(store: Store, kiosk: Actor, clock: FakeClock) -> None:
    visits = VisitService(store, clock)
    for _ in range(20):
        visits.sign_in(kiosk, SignIn(VisitReason.OTHER, party=_party()))
    assert integrity_check(store) == "ok"
