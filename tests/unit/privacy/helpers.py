"""Reading the store back for the privacy tests."""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy import select

from hubdesk.storage.engine import Store
from hubdesk.storage.models import AuditEntry, OutboxEvent, Visit
from hubdesk.storage.snapshots import snapshot


def footfall_of_visits(store: Store) -> dict[str, dict[str, Any]]:
    """Every visit's footfall columns (what the reports count), without the change stamp."""
    with store.read() as session:
        out = {}
        for visit in session.scalars(select(Visit)):
            _, footfall, _ = snapshot(visit)
            footfall.pop("updated_at")
            out[str(visit.id)] = footfall
        return out


def audit_actions(store: Store) -> list[tuple[str, dict[str, Any]]]:
    with store.read() as session:
        return [
            (e.action, json.loads(e.detail))
            for e in session.scalars(select(AuditEntry).order_by(AuditEntry.seq))
        ]


def outbox_events(store: Store, op: str | None = None) -> list[OutboxEvent]:
    with store.read() as session:
        q = select(OutboxEvent).order_by(OutboxEvent.seq)
        if op is not None:
            q = q.where(OutboxEvent.op == op)
        return list(session.scalars(q))


def store_text(store: Store) -> str:
    """Every value of every row of every table, as one string (to search for a name)."""
    parts: list[str] = []
    with store.engine.connect() as conn:
        tables = [
            r[0]
            for r in conn.exec_driver_sql(
                "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%'"
            )
        ]
        for table in tables:
            for row in conn.exec_driver_sql(f'SELECT * FROM "{table}"'):
                parts.extend(str(v) for v in row)
    return "\n".join(parts)
