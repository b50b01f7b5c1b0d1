"""Keeping the dashboard's projections up to date, inside the ingest transaction.

Called by `hubdesk.central.service._ingest_once` after its own projection of visits and sites,
with the events just stored. Adds what the dashboard needs beyond that: the area columns of
visits (ward, LSOA, deprivation decile), Here to Help contacts, and hubs' reach areas. The hub
is always the authenticated device's, never a field of the event.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Sequence
from datetime import date, datetime
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from hubdesk.central.dashboard.tables import CentralContact, CentralHubArea
from hubdesk.central.models import CentralVisit
from hubdesk.sync.protocol import WireEvent

GSS = re.compile(r"^[EWSN]\d{8}$")
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


def _gss(value: Any) -> str | None:
    return value if isinstance(value, str) and GSS.match(value) else None


def _decile(value: Any) -> int | None:
    ok = isinstance(value, int) and not isinstance(value, bool) and 1 <= value <= 10
    return value if ok else None


def _codes(value: Any) -> str:
    return value if isinstance(value, str) and CODES.match(value) else ""


def _newest(events: Sequence[WireEvent], entity: str) -> dict[uuid.UUID, WireEvent]:
    out: dict[uuid.UUID, WireEvent] = {}
    for e in events:
        if e.entity != entity:
            continue
        held = out.get(e.entity_id)
        if held is None or str(e.footfall.get("updated_at", "")) >= str(
            held.footfall.get("updated_at", "")
        ):
            out[e.entity_id] = e
    return out


def project_dashboard(session: Session, hub_id: uuid.UUID, events: Sequence[WireEvent]) -> None:
    """Bring the dashboard's projections up to date with `events` (already stored)."""
    for visit_id, e in _newest(events, "visit").items():
        f = e.footfall
        values = {
            "ward_code": _gss(f.get("ward_code")),
            "lsoa_code": _gss(f.get("lsoa_code")),
            "imd_decile": _decile(f.get("imd_decile")),
        }
        if any(v is not None for v in values.values()):
            session.execute(
                update(CentralVisit)
                .where(CentralVisit.id == visit_id, CentralVisit.hub_id == hub_id)
                .values(values)
            )
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
            }
            current = held.get(contact_id)
            if current is None:
                session.add(CentralContact(id=contact_id, **values_c))
            elif current.hub_id == hub_id and updated >= current.updated_at:
                for name, value in values_c.items():
                    setattr(current, name, value)
    for entity_id, e in _newest(events, "hub").items():
        if entity_id != hub_id:
            continue
        f = e.footfall
        updated = _dt(f.get("updated_at")) or e.occurred_at
        districts = " ".join(
            d
            for d in str(f.get("reach_districts") or "").upper().replace(",", " ").split()
            if re.match(r"^[A-Z0-9]{2,4}$", d)
        )
        area = session.get(CentralHubArea, hub_id)
        if area is None:
            session.add(
                CentralHubArea(hub_id=hub_id, reach_districts=districts, updated_at=updated)
            )
        elif updated >= area.updated_at:
            area.reach_districts = districts
            area.updated_at = updated
    session.flush()
