"""Acknowledged outbox rows do not pile up: the retention job deletes `sent` rows once their
acknowledgement is older than the keep period, erasure deletes the sent rows about what it erases
at once, and nothing that was not acknowledged is ever touched. Time moves with a FakeClock; the
sync tests use the real central service on loopback."""

from __future__ import annotations

import uuid
from datetime import timedelta

from sqlalchemy import func, select

from hubdesk.central.models import CentralEvent
from hubdesk.domain.catalogue import DeviceKind, VisitReason
from hubdesk.domain.people import Party, Role
from hubdesk.domain.staff import StaffRole
from hubdesk.services.base import Actor
from hubdesk.services.erasure import ErasureService
from hubdesk.services.families import FamilyService
from hubdesk.services.hub_settings import HubSettingsService
from hubdesk.services.retention import SENT_KEEP, RetentionService
from hubdesk.services.visits import SignIn, VisitService
from hubdesk.storage import outbox
from hubdesk.storage.models import Family, OutboxEvent, Visit
from tests.sync.support import make_device, make_hub

from .conftest import make_household
from .helpers import audit_actions, outbox_events, store_text


def _states(store) -> dict[uuid.UUID, str]:
    return {e.event_id: e.state for e in outbox_events(store)}


def _acknowledge(store, clock, event_ids) -> None:
    """Mark rows as the sync engine does when the service acknowledged them, at the clock's time."""
    with store.write() as session:
        for event in session.scalars(
            select(OutboxEvent).where(OutboxEvent.event_id.in_(list(event_ids)))
        ):
            event.state = "sent"
            event.sent_at = clock.now()
            event.attempts += 1


def _set_state(store, clock, event_id, state) -> None:
    """Put a row in `state`, with an (old) `sent_at` stamp as well: the state alone decides."""
    with store.write() as session:
        event = session.scalars(select(OutboxEvent).where(OutboxEvent.event_id == event_id)).one()
        event.state = state
        event.sent_at = clock.now()


def test_the_keep_period_is_a_month_at_most():
    assert SENT_KEEP == outbox.SENT_KEEP == timedelta(days=30)


def test_only_sent_rows_acknowledged_before_the_keep_period_go(store, clock, reception, kiosk):
    make_household(store, clock, reception, "Quentin", "Oldfield")
    events = [e.event_id for e in outbox_events(store)]
    assert len(events) >= 8
    old_sent, quarantined, discarded, pending = events[:3], events[3], events[4], events[5]
    _acknowledge(store, clock, old_sent)
    _set_state(store, clock, quarantined, "quarantined")
    _set_state(store, clock, discarded, "discarded")
    _set_state(store, clock, pending, "pending")
    clock.advance(SENT_KEEP - timedelta(hours=1))
    newer_sent = events[6:]
    _acknowledge(store, clock, newer_sent)
    clock.advance(timedelta(hours=2))  # the first acknowledgements are now just past the period

    report = RetentionService(store, clock).run(kiosk)

    assert report.outbox_sent_pruned == len(old_sent)
    left = _states(store)
    assert not set(old_sent) & set(left)
    assert left[quarantined] == "quarantined"
    assert left[discarded] == "discarded"
    assert left[pending] == "pending"
    assert all(left[e] == "sent" for e in newer_sent)
    runs = [d for a, d in audit_actions(store) if a == "retention.run"]
    assert runs[-1]["outbox_sent_pruned"] == len(old_sent)

    # the newer ones go once they in turn are past the period; the unacknowledged never do
    clock.advance(SENT_KEEP)
    assert RetentionService(store, clock).run(kiosk).outbox_sent_pruned == len(newer_sent)
    assert _states(store) == {
        quarantined: "quarantined",
        discarded: "discarded",
        pending: "pending",
    }


def test_deleting_by_seq_spares_rows_that_were_not_acknowledged(store, clock, reception):
    """The state is checked again under the write lock: a row named by seq but not (or no longer
    believed to be) sent stays."""
    make_household(store, clock, reception, "Quentin", "Oldfield")
    rows = outbox_events(store)
    _acknowledge(store, clock, [rows[0].event_id])
    _set_state(store, clock, rows[1].event_id, "quarantined")
    with store.write() as session:
        assert outbox.delete_sent(session, [r.seq for r in rows]) == 1
    assert set(_states(store)) == {r.event_id for r in rows[1:]}


def test_a_row_never_acknowledged_stays_however_old(store, clock, reception, kiosk):
    make_household(store, clock, reception, "Quentin", "Oldfield")
    before = _states(store)
    clock.advance(timedelta(days=3000))  # long past retention: the family itself is erased
    report = RetentionService(store, clock).run(kiosk)
    assert report.erased.families == 1
    assert report.outbox_sent_pruned == 0
    after = _states(store)
    assert set(before) <= set(after)  # every pending row still goes out (scrubbed of names)
    assert all(state == "pending" for state in after.values())


def test_pruning_works_in_small_batches_until_none_is_due(store, clock, reception, kiosk):
    make_household(store, clock, reception, "Quentin", "Oldfield")
    make_household(store, clock, reception, "Rosalind", "Newbury")
    events = [e.event_id for e in outbox_events(store)]
    _acknowledge(store, clock, events)
    clock.advance(SENT_KEEP + timedelta(days=1))
    report = RetentionService(store, clock, outbox_batch=3).run(kiosk)
    assert report.outbox_sent_pruned == len(events)
    assert outbox_events(store) == []


def test_the_keep_period_never_outlasts_a_short_retention_period(
    store, clock, reception, admin, kiosk
):
    # rows no erasure or anonymisation touches: the hub's set-up and an anonymous sign-in
    VisitService(store, clock).sign_in(
        reception, SignIn(VisitReason.JUST_VISITING, party=Party((Role.MOTHER,)))
    )
    events = [e.event_id for e in outbox_events(store)]
    _acknowledge(store, clock, events)
    clock.advance(timedelta(days=32))  # past one month, well inside a (made-up) 400-day keep
    long_keep = RetentionService(store, clock, sent_keep=timedelta(days=400))
    assert long_keep.run(kiosk).outbox_sent_pruned == 0  # 24 months: the keep period holds
    HubSettingsService(store, clock).set_retention_months(admin, 1)
    report = long_keep.run(kiosk)
    assert report.erased.outbox_pruned == 0
    assert report.outbox_sent_pruned == len(events)
    assert not set(events) & set(_states(store))


def test_sequence_numbers_are_not_reused_after_pruning(store, clock, reception, kiosk):
    make_household(store, clock, reception, "Quentin", "Oldfield")
    rows = outbox_events(store)
    highest = rows[-1].seq
    _acknowledge(store, clock, [e.event_id for e in rows])
    clock.advance(SENT_KEEP + timedelta(days=1))
    RetentionService(store, clock).run(kiosk)
    assert outbox_events(store) == []
    VisitService(store, clock).sign_in(
        reception, SignIn(VisitReason.JUST_VISITING, party=Party((Role.MOTHER,)))
    )
    assert min(e.seq for e in outbox_events(store)) > highest


def test_erasure_deletes_the_sent_rows_about_the_erased_family_only(store, clock, reception, admin):
    ours = make_household(store, clock, reception, "Zebedee", "Quixote-Ångström")
    theirs = make_household(store, clock, reception, "Rosalind", "Newbury")
    ours_ids = {ours.family_id, ours.contact_id, ours.pass_id, *ours.member_ids, *ours.visit_ids}
    rows = outbox_events(store)
    _acknowledge(store, clock, [e.event_id for e in rows])
    about_ours = {e.event_id for e in rows if e.entity_id in ours_ids}
    about_theirs = {e.event_id for e in rows if e.entity_id not in ours_ids}
    assert {e.entity for e in rows if e.entity_id in ours_ids} == {
        "family", "member", "pass", "visit", "contact",
    }  # fmt: skip
    assert about_theirs

    counts = ErasureService(store, clock).erase(admin, ours.family_id)

    assert counts.outbox_pruned == len(about_ours)
    left = _states(store)
    assert not about_ours & set(left)  # at once, not after the keep period
    assert all(left[e] == "sent" for e in about_theirs)
    assert "Newbury" in str([e.body for e in outbox_events(store)])
    for event in outbox_events(store):
        assert "Zebedee" not in str(event.body)
        assert "Ångström" not in str(event.body)
    # what the erasure queued is pending, so it still reaches the other devices
    erased = outbox_events(store, "erased")
    assert erased
    assert all(e.state == "pending" for e in erased)
    assert theirs.family_id not in {e.entity_id for e in erased}


# --- over the real central service --------------------------------------------------------------


def _central_events(central, device_id) -> list[tuple[int, uuid.UUID]]:
    with central.read() as session:
        return [
            (row.device_seq, row.event_id)
            for row in session.scalars(
                select(CentralEvent)
                .where(CentralEvent.device_id == device_id)
                .order_by(CentralEvent.id)
            )
        ]


def _people(device) -> int:
    with device.store.read() as session:
        return int(session.scalar(select(func.sum(Visit.people))) or 0)


def test_pruned_rows_are_never_sent_again_and_devices_converge(tmp_path, central_db, live, clock):
    make_hub(central_db)
    desk = make_device(tmp_path, central_db, live.url, "RIV", name="desk", kind=DeviceKind.DESK,
                       clock=clock)  # fmt: skip
    kiosk = make_device(tmp_path, central_db, live.url, "RIV", name="kiosk", clock=clock)
    admin = Actor(desk.device_id, desk.hub_id, desk.site_id, uuid.uuid4(), StaffRole.ADMIN)
    visits = VisitService(desk.store, clock)
    for _ in range(3):
        visits.sign_in(
            desk.actor, SignIn(VisitReason.JUST_VISITING, party=Party((Role.MOTHER, Role.FATHER)))
        )
    first = desk.engine.run_once()
    assert first.ok
    assert first.pushed > 0
    first_sent = {e.event_id for e in outbox_events(desk.store)}
    assert all(e.state == "sent" for e in outbox_events(desk.store))

    clock.advance(SENT_KEEP + timedelta(days=1))
    visits.sign_in(desk.actor, SignIn(VisitReason.JUST_VISITING, party=Party((Role.MOTHER,))))
    waiting = {e.event_id for e in outbox_events(desk.store) if e.state == "pending"}
    report = RetentionService(desk.store, clock).run(admin)
    assert report.outbox_sent_pruned == len(first_sent)
    assert set(_states(desk.store)) >= waiting  # the unsent sign-in is still there

    second = desk.engine.run_once()
    assert second.ok
    assert second.pushed == len(waiting)
    assert second.duplicates == 0
    third = desk.engine.run_once()
    assert (third.pushed, third.duplicates) == (0, 0)

    at_centre = _central_events(central_db, desk.device_id)
    assert len(at_centre) == len({eid for _, eid in at_centre})  # each event once
    assert {eid for _, eid in at_centre} == first_sent | waiting
    seqs = [seq for seq, _ in at_centre]
    assert seqs == sorted(seqs)
    assert len(set(seqs)) == len(seqs)  # no sequence number came back after the prune

    assert kiosk.engine.run_once().ok
    assert _people(kiosk) == _people(desk) == 3 * 2 + 1


def test_an_erasure_after_a_lost_reply_still_ends_in_a_duplicate_not_a_quarantine(
    tmp_path, central_db, live, clock
):
    """The service stored a batch but the reply was lost, so the rows are still pending here when
    the family is erased. Erasure empties their clear personal part; the resend must still be the
    same event to the service (it compares whether a sealed part is present), so it is answered
    "duplicate" and nothing is quarantined."""
    from hubdesk.sync.client import CentralClient

    from .conftest import family_in

    make_hub(central_db)
    desk = make_device(tmp_path, central_db, live.url, "RIV", name="desk", kind=DeviceKind.DESK,
                       clock=clock)  # fmt: skip
    admin = Actor(desk.device_id, desk.hub_id, desk.site_id, uuid.uuid4(), StaffRole.ADMIN)
    assert desk.engine.run_once().ok  # the device's own set-up events out of the way
    done = FamilyService(desk.store, clock).register(admin, family_in("Zebedee", "Quixote"))
    batch = desk.engine._prepare_batch(100)
    assert any(e.sealed is not None for e in batch)
    client = CentralClient(live.url, desk.engine._cfg.credential)
    try:
        client.push(batch, clock.now())  # stored by the service; the device never hears back
    finally:
        client.close()
    clock.advance(timedelta(minutes=5))
    ErasureService(desk.store, clock).erase(admin, done.family_id)
    for event in outbox_events(desk.store):
        assert "Zebedee" not in str(event.body)

    report = desk.engine.run_once()

    assert report.ok
    assert report.quarantined == 0
    assert report.duplicates == len(batch)
    assert {e.state for e in outbox_events(desk.store)} == {"sent"}
    # a device joining later applies the scrubbed events and the erasure: nobody named anywhere.
    # (The erased family's records arrive as the same anonymised rows the other devices hold,
    # none parked: tests/sync/test_erased_family_pull.py.)
    kiosk = make_device(tmp_path, central_db, live.url, "RIV", name="kiosk", clock=clock)
    assert kiosk.engine.run_once().ok
    with kiosk.store.read() as session:
        family = session.get(Family, done.family_id)
        assert family is not None
        assert family.erased_at is not None
    assert "Zebedee" not in store_text(kiosk.store)
