"""Keeping the directory's sessions up to date, inside the ingest transaction.

Called by `hubdesk.central.service._ingest_once` with the events just stored. Every activity
event sets its session's row, public or not (a later "private" change arriving before an older
"public" one must still win); the latest change by clock stamp wins. Only public rows are
published. The hub is always the authenticated device's, never a field of the event. Each field is
checked again here (the protocol checked it at the door), so a row never holds what the
directory could not publish.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from hubdesk.central.directory.tables import DirectorySession
from hubdesk.domain import hlc
from hubdesk.domain.offer import (
    OFFER_ACCESS_MAX,
    OFFER_AGE_MAX,
    OFFER_COST_MAX_PENCE,
    OFFER_DESCRIPTION_MAX,
)
from hubdesk.domain.text import EMAIL_MAX, SHORT_TEXT_MAX
from hubdesk.sync.protocol import WireEvent

# the fields whose change a calendar must hear of (SEQUENCE goes up)
_SCHEDULE = ("site_id", "name", "starts_at", "ends_at", "cancelled")


def _dt(value: Any) -> datetime | None:
    if not isinstance(value, str):
        return None
    try:
        at = datetime.fromisoformat(value)
    except ValueError:
        return None
    return at if at.tzinfo is not None else None


def _uuid(value: Any) -> uuid.UUID | None:
    try:
        return uuid.UUID(str(value)) if value else None
    except ValueError:
        return None


def _text(value: Any, limit: int) -> str | None:
    return value[:limit] if isinstance(value, str) and value.strip() else None


def _whole(value: Any, high: int) -> int | None:
    ok = isinstance(value, int) and not isinstance(value, bool) and 0 <= value <= high
    return value if ok else None


def _order(e: WireEvent) -> str:
    return hlc.order_key(e.footfall.get("hlc"), _dt(e.footfall.get("updated_at")) or e.occurred_at)


def _values(hub_id: uuid.UUID, e: WireEvent) -> dict[str, Any] | None:
    f = e.footfall
    site_id = _uuid(f.get("site_id"))
    starts, ends = _dt(f.get("starts_at")), _dt(f.get("ends_at"))
    name = _text(f.get("name"), SHORT_TEXT_MAX)
    if site_id is None or starts is None or ends is None or name is None:
        return None  # not a session the directory could show
    return {
        "hub_id": hub_id,
        "site_id": site_id,
        "name": name,
        "kind": _text(f.get("kind"), 30) or "other",
        "starts_at": starts,
        "ends_at": ends,
        "cancelled": f.get("cancelled") is True,
        "public": f.get("public") is True,
        "description": _text(f.get("offer_description"), OFFER_DESCRIPTION_MAX),
        "min_age": _whole(f.get("offer_min_age"), OFFER_AGE_MAX),
        "max_age": _whole(f.get("offer_max_age"), OFFER_AGE_MAX),
        "cost_pence": _whole(f.get("offer_cost_pence"), OFFER_COST_MAX_PENCE) or 0,
        "booking": f.get("offer_booking") is True,
        "access": _text(f.get("offer_access"), OFFER_ACCESS_MAX),
        "contact": _text(f.get("offer_contact"), SHORT_TEXT_MAX),
        "email": _text(f.get("offer_email"), EMAIL_MAX),
        "updated_at": _dt(f.get("updated_at")) or e.occurred_at,
        "hlc": _order(e),
    }


def _revised(before: dict[str, Any], after: dict[str, Any]) -> bool:
    """Whether a calendar must hear of the change from `before` to `after`."""
    return any(before[name] != after[name] for name in (*_SCHEDULE, "public"))


def project_directory(session: Session, hub_id: uuid.UUID, events: Sequence[WireEvent]) -> None:
    """Bring the directory's sessions up to date with `events` (already stored). SEQUENCE counts
    every revision in the order of the clock stamps, whether the revisions came in one batch or
    many, so a feed says the same whatever way the desk's pushes were cut."""
    changes: dict[uuid.UUID, list[dict[str, Any]]] = {}
    for e in events:
        if e.entity != "activity":
            continue
        values = _values(hub_id, e)
        if values is not None:
            changes.setdefault(e.entity_id, []).append(values)
    if not changes:
        return
    held = {
        row.id: row
        for row in session.scalars(
            select(DirectorySession).where(DirectorySession.id.in_(list(changes)))
        )
    }
    for activity_id, revisions in changes.items():
        revisions.sort(key=lambda v: str(v["hlc"]))
        current = held.get(activity_id)
        if current is not None:
            if current.hub_id != hub_id:
                continue
            floor = hlc.order_key(current.hlc, current.updated_at)
            revisions = [v for v in revisions if v["hlc"] >= floor]
            if not revisions:
                continue
            before = {name: getattr(current, name) for name in (*_SCHEDULE, "public")}
            sequence = current.sequence
        else:
            before, sequence = revisions[0], 0
        for values in revisions:
            # a change while private was never in a feed: nobody has an older copy to replace
            if before["public"] and _revised(before, values):
                sequence += 1
            before = values
        latest = revisions[-1]
        if current is None:
            session.add(DirectorySession(id=activity_id, sequence=sequence, **latest))
            continue
        for name, value in latest.items():
            setattr(current, name, value)
        current.sequence = sequence
    session.flush()
