"""The outbox: every change a use case makes is recorded here in the same transaction."""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Mapping
from datetime import datetime
from typing import Any

from sqlalchemy import func, insert, select
from sqlalchemy.orm import Session

from hubdesk.domain.ids import uuid7
from hubdesk.storage.models import Base, OutboxEvent
from hubdesk.storage.snapshots import snapshot, snapshot_values

# Built once: SQLAlchemy caches its compiled form, so each use costs only the bind.
_INSERT_EVENT = insert(OutboxEvent.__table__)  # type: ignore[arg-type]


def record(session: Session, row: Base, op: str, at: datetime) -> OutboxEvent:
    """Queue a snapshot of `row` (flushed first, so defaults are filled) for the central service."""
    session.flush()
    entity, footfall, personal = snapshot(row)
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


def counts_by_state(session: Session) -> dict[str, int]:
    rows = session.execute(
        select(OutboxEvent.state, func.count()).group_by(OutboxEvent.state)
    ).all()
    return {state: n for state, n in rows}


def body_of(event: OutboxEvent) -> dict[str, Any]:
    return dict(event.body)
