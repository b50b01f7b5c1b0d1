"""Reading the public offer: the public sessions in a window of time, with their hub and site.

Only the columns published are read: the projection holds nothing else, and visits, bookings
and families are never joined.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from hubdesk.central.directory.tables import DirectorySession
from hubdesk.central.models import CentralHub, CentralSite


@dataclass(frozen=True)
class Place:
    id: uuid.UUID
    name: str
    kind: str  # domain.catalogue.SiteKind value
    postcode: str | None


@dataclass(frozen=True)
class Hub:
    id: uuid.UUID
    name: str
    code: str


@dataclass(frozen=True)
class PublicSession:
    id: uuid.UUID
    hub: Hub
    place: Place
    name: str
    kind: str
    starts_at: datetime
    ends_at: datetime
    cancelled: bool
    description: str | None
    min_age: int | None
    max_age: int | None
    cost_pence: int
    booking: bool
    access: str | None
    contact: str | None
    email: str | None
    updated_at: datetime
    hlc: str
    sequence: int

    @property
    def fees(self) -> str:
        """What it costs, in the words the directory and the calendar both show."""
        return "Free" if self.cost_pence == 0 else f"£{self.cost_pence / 100:.2f} a session"

    @property
    def booking_words(self) -> str:
        return "Booking needed: ask the hub." if self.booking else "Drop in: no booking needed."


def public_sessions(
    session: Session,
    *,
    since: datetime,
    until: datetime,
    hub_id: uuid.UUID | None = None,
    site_id: uuid.UUID | None = None,
) -> list[PublicSession]:
    """Public sessions ending after `since` and starting before `until` (cancelled ones too), by
    start. A site the service does not know (its event has not arrived) is left out with its
    sessions: a directory entry without a place would mislead."""
    d = DirectorySession
    query = (
        select(d, CentralSite, CentralHub)
        .join(CentralSite, CentralSite.id == d.site_id)
        .join(CentralHub, CentralHub.id == d.hub_id)
        .where(
            d.public.is_(True),
            d.ends_at > since,
            d.starts_at < until,
            CentralSite.hub_id == d.hub_id,
        )
        .order_by(d.starts_at, d.name, d.id)
    )
    if hub_id is not None:
        query = query.where(d.hub_id == hub_id)
    if site_id is not None:
        query = query.where(d.site_id == site_id)
    out = []
    for row, site, hub in session.execute(query):
        out.append(
            PublicSession(
                id=row.id,
                hub=Hub(hub.id, hub.name, hub.code),
                place=Place(site.id, site.name, site.kind, site.postcode),
                name=row.name,
                kind=row.kind,
                starts_at=row.starts_at,
                ends_at=row.ends_at,
                cancelled=row.cancelled,
                description=row.description,
                min_age=row.min_age,
                max_age=row.max_age,
                cost_pence=row.cost_pence,
                booking=row.booking,
                access=row.access,
                contact=row.contact,
                email=row.email,
                updated_at=row.updated_at,
                hlc=row.hlc or "",
                sequence=row.sequence,
            )
        )
    return out


def find_hub(session: Session, hub_id: uuid.UUID) -> Hub | None:
    hub = session.get(CentralHub, hub_id)
    return Hub(hub.id, hub.name, hub.code) if hub is not None else None


def find_site(session: Session, site_id: uuid.UUID) -> tuple[Hub, Place] | None:
    site = session.get(CentralSite, site_id)
    if site is None:
        return None
    hub = find_hub(session, site.hub_id)
    if hub is None:
        return None
    return hub, Place(site.id, site.name, site.kind, site.postcode)
