"""The fire roll call for the front desk: who is in the building now, and how fresh that is.

The desk's store holds the visits of every device of the hub once they have synced, so the roll
call lists all of them and says, per device, how recent the newest data this store holds from it
is. Personal (first names): staff only, and printed only on request.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select

from hubdesk.domain.people import Role
from hubdesk.domain.staff import Permission
from hubdesk.services.base import Actor, Service, check, day_bounds
from hubdesk.storage.models import Device, Hub, Site, Visit


@dataclass(frozen=True)
class RollCallParty:
    """One party on the roll call. `names` is None for an anonymous party."""

    visit_id: uuid.UUID
    names: str | None
    people: int
    adults: int
    children: int
    signed_in_at: datetime
    site_name: str
    device_name: str | None


@dataclass(frozen=True)
class DeviceFreshness:
    """How fresh this store's view of one device of the hub is.

    `data_up_to` is the newest change this store holds from the device (its `last_seen_at` or
    the newest `updated_at` of its visits, whichever is later); for this device it is `taken_at`.
    """

    device_id: uuid.UUID
    name: str
    kind: str
    this_device: bool
    data_up_to: datetime | None


@dataclass(frozen=True)
class RollCall:
    taken_at: datetime
    hub_name: str
    parties: tuple[RollCallParty, ...]
    devices: tuple[DeviceFreshness, ...]

    @property
    def people(self) -> int:
        return sum(p.people for p in self.parties)


class RollCallService(Service):
    def roll_call(self, actor: Actor) -> RollCall:
        """Every open visit of the hub today (all sites and devices), by site and time, with how
        fresh this store's data from each device is. Staff only."""
        return _roll_call(self, actor)


def _roll_call(service: Service, actor: Actor) -> RollCall:
    check(actor, Permission.SIGN_IN_OUT)
    now = service.now()
    start, _ = day_bounds(service.today())
    adult_cols = [getattr(Visit, f"adults_{r.value}") for r in Role]
    with service.store.read() as session:
        hub = session.get(Hub, actor.hub_id)
        devices = {
            d.id: d for d in session.scalars(select(Device).where(Device.hub_id == actor.hub_id))
        }
        rows = session.execute(
            select(Visit, Site.name, *adult_cols)
            .join(Site, Site.id == Visit.site_id)
            .where(
                Visit.hub_id == actor.hub_id,
                Visit.signed_out_at.is_(None),
                Visit.signed_in_at >= start,
            )
            .order_by(Site.name, Visit.signed_in_at)
        ).all()
        parties = []
        for row in rows:
            visit, site_name, adults = row[0], row[1], sum(row[2:])
            device = devices.get(visit.device_id)
            parties.append(
                RollCallParty(
                    visit_id=visit.id,
                    names=visit.names,
                    people=visit.people,
                    adults=adults,
                    children=visit.people - adults,
                    signed_in_at=visit.signed_in_at,
                    site_name=site_name,
                    device_name=device.name if device else None,
                )
            )
        newest = dict(
            session.execute(
                select(Visit.device_id, func.max(Visit.updated_at))
                .where(Visit.hub_id == actor.hub_id)
                .group_by(Visit.device_id)
            ).all()
        )
        fresh = []
        for device in sorted(devices.values(), key=lambda d: (d.id != actor.device_id, d.name)):
            mine = device.id == actor.device_id
            seen = [t for t in (device.last_seen_at, newest.get(device.id)) if t is not None]
            fresh.append(
                DeviceFreshness(
                    device_id=device.id,
                    name=device.name,
                    kind=device.kind,
                    this_device=mine,
                    data_up_to=now if mine else (max(seen) if seen else None),
                )
            )
        return RollCall(now, hub.name if hub else "", tuple(parties), tuple(fresh))
