"""The outbox: every change a use case makes is recorded here in the same transaction.

Life of a row: `pending` (written with the change) -> `sent` (the central service acknowledged it:
accepted, or a duplicate of what it already holds) or `quarantined` (refused; staff requeue it,
back to `pending`, or discard it, `discarded`). Only `pending` rows are ever pushed. A `sent` row
is of no further use to sync, but it still holds a copy of the record as it was (personal fields
in the clear, under the store's encryption), so the daily retention job deletes sent rows once
their acknowledgement is older than `SENT_KEEP` (`due_sent`, `delete_sent`), and erasure deletes
the sent rows about the records it erases at once (storage/erasure.py, `scrub_outbox`). `seq` is
AUTOINCREMENT, so deleting rows never lets a sequence number come back.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Mapping
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import delete, func, insert, select
from sqlalchemy.orm import Session

from hubdesk.domain.ids import uuid7
from hubdesk.storage import clock, meta
from hubdesk.storage.models import Base, Meta, OutboxEvent
from hubdesk.storage.snapshots import snapshot, snapshot_values

# How long a row is kept after the central service acknowledged it. Sync never needs it again
# (only pending rows are pushed; the service keeps every event by its id), so this is a window for
# support only: for a month, the device itself can show what it sent and when (say, when a hub's
# figures on the dashboard look short). It is short because each row holds a copy of a record as
# it was, superseded personal values included; the retention job never keeps a row longer than
# the hub's retention period either, and erasure deletes the rows about what it erases at once.
SENT_KEEP = timedelta(days=30)
# Rows deleted per transaction: short enough that a kiosk signing someone in never waits long for
# the write lock.
PRUNE_BATCH = 500

# Built once: SQLAlchemy caches its compiled form, so each use costs only the bind.
_INSERT_EVENT = insert(OutboxEvent.__table__)  # type: ignore[arg-type]


def record(session: Session, row: Base, op: str, at: datetime) -> OutboxEvent:
    """Queue a snapshot of `row` (flushed first, so defaults are filled) for the central service."""
    session.flush()
    entity, footfall, personal = snapshot(row)
    footfall["hlc"] = clock.stamp_change(session, row.id, at)  # type: ignore[attr-defined]
    event = OutboxEvent(
        event_id=uuid7(),
        entity=entity,
        entity_id=row.id,  # type: ignore[attr-defined]
        op=op,
        occurred_at=at,
        body={"footfall": footfall, "personal": personal},
        state="pending",
    )
    session.add(event)
    return event


def record_values(
    session: Session,
    entity: str,
    values: Mapping[str, Any],
    op: str,
    at: datetime,
    member_ids: Iterable[uuid.UUID] = (),
) -> uuid.UUID:
    """Queue the event for a record written with Core, from its column values (all of them).

    The body is the one `record` would queue for the same record (same split, order and
    encoding), so the sync engine cannot tell the two apart; no ORM object and no flush.
    Returns the event id.
    """
    footfall, personal = snapshot_values(entity, values, member_ids)
    footfall["hlc"] = clock.stamp_change(session, values["id"], at)
    event_id = uuid7()
    session.connection().execute(
        _INSERT_EVENT,
        {
            "event_id": event_id,
            "entity": entity,
            "entity_id": values["id"],
            "op": op,
            "occurred_at": at,
            "body": {"footfall": footfall, "personal": personal},
            "state": "pending",
            "attempts": 0,
        },
    )
    return event_id


def pending_count(session: Session) -> int:
    return (
        session.scalar(
            select(func.count()).select_from(OutboxEvent).where(OutboxEvent.state == "pending")
        )
        or 0
    )


def due_sent(
    session: Session, acknowledged_before: datetime, limit: int = PRUNE_BATCH
) -> list[int]:
    """The `seq` of up to `limit` rows in state `sent` whose acknowledgement (`sent_at`) is older
    than `acknowledged_before`. Read only: run it in a read transaction, so the search never holds
    the write lock. There is no index on `sent_at` (docs/performance.md: not worth one): the
    search walks the sent rows in seq order, where the old ones come first, so only the last,
    empty search of a run reads every sent row still inside the keep period (a month's: about
    0.2-0.4 s for 30,000 rows), once a day, and a sign-in does not wait for it (WAL).

    Which due rows come first does not matter (the caller repeats until none is left), so there is
    no ORDER BY: SQLite stops at `limit` rows in whatever index order it walks, instead of sorting
    every due row of a years-old store for each batch.
    """
    if limit < 1:
        raise ValueError("limit must be at least 1")
    return list(
        session.scalars(
            select(OutboxEvent.seq)
            .where(OutboxEvent.state == "sent", OutboxEvent.sent_at < acknowledged_before)
            .limit(limit)
        )
    )


def delete_sent(session: Session, seqs: Iterable[int]) -> int:
    """Delete the rows `seqs` that are in state `sent`, inside the caller's (write) transaction.
    Returns how many went.

    A row in any other state (pending, quarantined, discarded: not acknowledged) is never deleted,
    whatever `seqs` says. A sent row never goes back to another state, so a row deleted here can
    never have been due to be pushed again.
    """
    chosen = list(seqs)
    deleted = 0
    for start in range(0, len(chosen), 500):
        done = session.execute(
            delete(OutboxEvent)
            .where(OutboxEvent.seq.in_(chosen[start : start + 500]), OutboxEvent.state == "sent")
            .execution_options(synchronize_session=False)
        )
        deleted += int(getattr(done, "rowcount", 0) or 0)
    return deleted


def counts_by_state(session: Session) -> dict[str, int]:
    rows = session.execute(
        select(OutboxEvent.state, func.count()).group_by(OutboxEvent.state)
    ).all()
    return {state: n for state, n in rows}


# -- devices of the hub, directly (hubdesk/sync/peer.py) -----------------------------------------
# Devices of one hub on the same network also hand each other their own outbox events directly.
# What each peer has been handed and holds is kept in store_meta, by the peer's device id (hex):
PEER_OFFERED = "peer.o."  # the highest seq of this device's events handed to that peer
PEER_ACKED = "peer.a."  # the highest seq of this device's events that peer says it holds
PEER_HELD = "peer.h."  # the highest seq of that device's own events applied here
# the highest seq of this device's events that a staff device (a desk or an outreach laptop)
# holds: a kiosk's request to speak to someone has reached staff when its event is at or below it
PEER_DELIVERED = "peer.delivered"


def peer_key(prefix: str, device_id: uuid.UUID) -> str:
    return prefix + device_id.hex


def peer_seq(session: Session, prefix: str, device_id: uuid.UUID) -> int:
    return int(meta.get(session, peer_key(prefix, device_id)) or 0)


def put_peer_seq(session: Session, prefix: str, device_id: uuid.UUID, seq: int) -> None:
    meta.put(session, peer_key(prefix, device_id), str(seq))


def offered_to_any_peer(session: Session) -> int:
    """The highest seq of this device's events handed to any device directly (0: none): an event
    at or below it may be held by another device, so it can no longer be taken back."""
    values = session.scalars(select(Meta.value).where(Meta.key.startswith(PEER_OFFERED)))
    return max((int(v) for v in values if v), default=0)


def delivered_to_staff(session: Session) -> int:
    """The highest seq of this device's events that a desk or outreach laptop of the hub said it
    holds (0: none): an event at or below it has reached staff."""
    return int(meta.get(session, PEER_DELIVERED) or 0)
