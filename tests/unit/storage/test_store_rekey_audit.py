"""Key rotation keeps every row; the audit chain names an edited or removed entry."""

from __future__ import annotations

import secrets
from pathlib import Path

import pytest
from sqlalchemy import func, select, text

from hubdesk.domain.catalogue import VisitReason
from hubdesk.domain.clock import FakeClock
from hubdesk.domain.people import AgeBand, ChildInParty, Party, Role
from hubdesk.services.base import Actor
from hubdesk.services.visits import SignIn, VisitService
from hubdesk.storage import audit
from hubdesk.storage.engine import (
    Store,
    StoreLockedError,
    integrity_check,
    make_engine,
    open_store,
    rekey_store,
)
from hubdesk.storage.models import AuditEntry, OutboxEvent, Visit


def _dump(store: Store) -> dict[str, list[tuple[object, ...]]]:
    out: dict[str, list[tuple[object, ...]]] = {}
    with store.engine.connect() as conn:
        tables = [
            r[0]
            for r in conn.exec_driver_sql(
                "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%'"
            )
        ]
        for table in tables:
            out[table] = sorted(tuple(r) for r in conn.exec_driver_sql(f'SELECT * FROM "{table}"'))
    return out


def test_rekey_keeps_every_row_and_the_old_key_no_longer_opens(
    store: Store, store_path: Path, store_key: bytes, kiosk: Actor, clock: FakeClock
) -> None:
    visits = VisitService(store, clock)
    party = Party((Role.FATHER,), (ChildInParty(AgeBand.B0_1),))
    for _ in range(30):
        visits.sign_in(kiosk, SignIn(VisitReason.OTHER, party=party, postcode="SW1A 1AA"))
    with store.write() as session:
        audit.append(session, at=clock.now(), action="test.rekey")
    before = _dump(store)
    assert len(before["visits"]) == 30
    store.close()

    new_key = secrets.token_bytes(32)
    rekey_store(store_path, store_key, new_key)

    with pytest.raises(StoreLockedError):
        make_engine(store_path, store_key)
    after_store = open_store(store_path, new_key)
    try:
        assert _dump(after_store) == before
        assert integrity_check(after_store) == "ok"
        assert after_store.engine.connect().exec_driver_sql("PRAGMA journal_mode").scalar() == (
            "wal"
        )
        # still writable under the new key
        VisitService(after_store, clock).sign_in(kiosk, SignIn(VisitReason.OTHER, party=party))
        with after_store.read() as session:
            assert session.scalar(select(func.count()).select_from(Visit)) == 31
    finally:
        after_store.close()


def _chain(store: Store, clock: FakeClock, n: int) -> None:
    with store.write() as session:
        for i in range(n):
            audit.append(session, at=clock.now(), action=f"test.step{i}", detail={"i": i})
            session.flush()


def test_an_untouched_chain_verifies(store: Store, clock: FakeClock) -> None:
    _chain(store, clock, 5)
    with store.read() as session:
        report = audit.verify(session)
    assert report.ok
    assert report.entries == 5


def test_an_edited_entry_is_detected_and_named(store: Store, clock: FakeClock) -> None:
    _chain(store, clock, 6)
    with store.read() as session:
        third = session.scalars(select(AuditEntry.seq).order_by(AuditEntry.seq)).all()[2]
    with store.write() as session:
        session.execute(
            text("UPDATE audit_log SET detail = :d WHERE seq = :s"), {"d": '{"i":99}', "s": third}
        )
    with store.read() as session:
        report = audit.verify(session)
    assert not report.ok
    assert report.first_broken_seq == third


def test_an_edit_that_recomputes_its_own_hash_breaks_the_next_link(
    store: Store, clock: FakeClock
) -> None:
    _chain(store, clock, 4)
    with store.read() as session:
        seqs = session.scalars(select(AuditEntry.seq).order_by(AuditEntry.seq)).all()
    with store.write() as session:
        session.execute(
            text("UPDATE audit_log SET hash = :h WHERE seq = :s"), {"h": "f" * 64, "s": seqs[1]}
        )
    with store.read() as session:
        report = audit.verify(session)
    assert report.first_broken_seq == seqs[1]


def test_a_deleted_entry_is_detected(store: Store, clock: FakeClock) -> None:
    _chain(store, clock, 5)
    with store.read() as session:
        seqs = session.scalars(select(AuditEntry.seq).order_by(AuditEntry.seq)).all()
    with store.write() as session:
        session.execute(text("DELETE FROM audit_log WHERE seq = :s"), {"s": seqs[2]})
    with store.read() as session:
        report = audit.verify(session)
    assert report.first_broken_seq == seqs[3]


def test_outbox_rows_match_use_case_rows_one_for_one(
    store: Store, kiosk: Actor, clock: FakeClock
) -> None:
    visits = VisitService(store, clock)
    party = Party((Role.CARER,), ())
    for i in range(12):
        visits.sign_in(kiosk, SignIn(VisitReason.OTHER, party=party))
        with store.read() as session:
            n_visits = session.scalar(select(func.count()).select_from(Visit))
            n_events = session.scalar(
                select(func.count())
                .select_from(OutboxEvent)
                .where(OutboxEvent.entity == "visit", OutboxEvent.op == "signed_in")
            )
        assert n_visits == n_events == i + 1
