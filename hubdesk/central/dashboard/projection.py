"""Keeping the dashboard's projections up to date, inside the ingest transaction.

Called by `hubdesk.central.service._ingest_once` after its own projection of visits (with their
areas: ward, LSOA, deprivation decile) and sites, with the events just stored. Adds what the
dashboard needs beyond that: Here to Help contacts and hubs' reach areas. The hub is always the
authenticated device's, never a field of the event.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Sequence
from datetime import date, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from hubdesk.central.dashboard.tables import CentralContact, CentralHubArea
from hubdesk.domain import hlc
from hubdesk.sync.protocol import WireEvent

CODES = re.compile(r"^[a-z_ ]{0,200}$")


def _dt(value: Any) -> datetime | None:
    if not isinstance(value, str):
        return None
    try:
        at = datetime.fromisoformat(value)
    except ValueError:
        return None
    return at if at.tzinfo is not None else None


def _day(value: Any) -> date | None:
    if not isinstance(value, str):
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        return None


def _uuid(value: Any) -> uuid.UUID | None:
    try:
        return uuid.UUID(str(value)) if value else None
    except ValueError:
        return None


def _codes(value: Any) -> str:
    return value if isinstance(value, str) and CODES.match(value) else ""


def _order(e: WireEvent) -> str:
    return hlc.order_key(e.footfall.get("hlc"), _dt(e.footfall.get("updated_at")) or e.occurred_at)


def _newest(events: Sequence[WireEvent], entity: str) -> dict[uuid.UUID, WireEvent]:
    """The latest change (by clock stamp) to each record of `entity` among `events`."""
    out: dict[uuid.UUID, WireEvent] = {}
    for e in events:
        if e.entity != entity:
            continue
        held = out.get(e.entity_id)
        if held is None or _order(e) >= _order(held):
            out[e.entity_id] = e
    return out


def project_dashboard(session: Session, hub_id: uuid.UUID, events: Sequence[WireEvent]) -> None:
    """Bring the dashboard's projections up to date with `events` (already stored): the latest
    change by clock stamp wins, never by a device's wall clock alone."""
    contacts = _newest(events, "contact")
    if contacts:
        held = {
            c.id: c
            for c in session.scalars(
                select(CentralContact).where(CentralContact.id.in_(list(contacts)))
            )
        }
        for contact_id, e in contacts.items():
            f = e.footfall
            updated = _dt(f.get("updated_at")) or e.occurred_at
            minutes = f.get("minutes_spent")
            values_c: dict[str, Any] = {
                "hub_id": hub_id,
                "site_id": _uuid(f.get("site_id")) or hub_id,
                "family_id": _uuid(f.get("family_id")),
                "channel": str(f.get("channel", ""))[:20],
                "needs": _codes(f.get("needs")),
                "outcomes": _codes(f.get("outcomes")),
                "minutes_spent": minutes
                if isinstance(minutes, int) and 0 <= minutes < 10_000
                else 0,
                "follow_up_due": _day(f.get("follow_up_due")),
                "follow_up_done_at": _dt(f.get("follow_up_done_at")),
                "contacted_at": _dt(f.get("contacted_at")) or e.occurred_at,
                "updated_at": updated,
                "event_id": e.event_id,
                "hlc": _order(e),
            }
            current = held.get(contact_id)
            if current is None:
                session.add(CentralContact(id=contact_id, **values_c))
            elif current.hub_id == hub_id and values_c["hlc"] >= hlc.order_key(
                current.hlc, current.updated_at
            ):
                for name, value in values_c.items():
                    setattr(current, name, value)
    for entity_id, e in _newest(events, "hub").items():
        if entity_id != hub_id:
            continue
        f = e.footfall
        updated = _dt(f.get("updated_at")) or e.occurred_at
        order = _order(e)
        districts = " ".join(
            d
            for d in str(f.get("reach_districts") or "").upper().replace(",", " ").split()
            if re.match(r"^[A-Z0-9]{2,4}$", d)
        )
        area = session.get(CentralHubArea, hub_id)
        if area is None:
            session.add(
                CentralHubArea(
                    hub_id=hub_id, reach_districts=districts, updated_at=updated, hlc=order
                )
            )
        elif order >= hlc.order_key(area.hlc, area.updated_at):
            area.reach_districts = districts
            area.updated_at = updated
            area.hlc = order
    session.flush()
