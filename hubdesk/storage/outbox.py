"""The outbox: every change a use case makes is recorded here in the same transaction."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from hubdesk.domain.ids import uuid7
from hubdesk.storage.models import Base, OutboxEvent
from hubdesk.storage.snapshots import snapshot


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
