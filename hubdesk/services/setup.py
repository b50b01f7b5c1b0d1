"""Making a store belong to a hub, a site and a device; adding sites (outreach points)."""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from sqlalchemy import select

from hubdesk.domain.catalogue import DeviceKind, SiteKind
from hubdesk.domain.errors import DomainError, PermissionDeniedError, Problems, ValidationError
from hubdesk.domain.ids import uuid7
from hubdesk.domain.postcode import parse_optional_postcode
from hubdesk.domain.staff import Permission
from hubdesk.domain.text import clean_text, require_text
from hubdesk.services.base import Actor, Service, check
from hubdesk.storage import meta, outbox
from hubdesk.storage.models import Device, Hub, Site


def _rooms_of(text: str | None) -> tuple[str, ...]:
    return tuple(line.strip() for line in (text or "").splitlines() if line.strip())


class NotSetUpError(DomainError):
    """The store has not been given a hub, site and device yet (run the first-run set-up)."""

    def __init__(self) -> None:
        super().__init__("this store is not set up yet: choose a hub, site and device first")


@dataclass(frozen=True)
class DeviceIdentity:
    hub_id: uuid.UUID
    site_id: uuid.UUID
    device_id: uuid.UUID
    kind: DeviceKind
    demo: bool

    def actor(self) -> Actor:
        """The kiosk actor for this device (no staff member)."""
        return Actor(self.device_id, self.hub_id, self.site_id)


@dataclass(frozen=True)
class OutboxBacklog:
    """Records this device has not handed to the central service yet."""

    waiting: int
    quarantined: int


@dataclass(frozen=True)
class HubDevice:
    id: uuid.UUID
    name: str
    kind: DeviceKind


@dataclass(frozen=True)
class SiteInfo:
    id: uuid.UUID
    name: str
    kind: SiteKind
    postcode: str | None
    active: bool
    rooms: tuple[str, ...] = ()  # where a family asking to speak to someone can say they are


ROOMS_MAX = 12


class SetupService(Service):
    def initialise(
        self,
        *,
        hub_name: str,
        hub_code: str,
        site_name: str,
        device_name: str,
        device_kind: DeviceKind,
        hub_id: uuid.UUID | None = None,
        site_id: uuid.UUID | None = None,
        site_kind: SiteKind = SiteKind.HUB,
        site_postcode: str | None = None,
        demo: bool = False,
    ) -> DeviceIdentity:
        """First run: record the hub, its site and this device. Refuses a store already set up."""
        name = require_text(hub_name, "hub_name")
        code = require_text(hub_code, "hub_code", max_len=20).upper()
        site = require_text(site_name, "site_name")
        dev = require_text(device_name, "device_name")
        kind = DeviceKind(device_kind)
        postcode = parse_optional_postcode(site_postcode, "site_postcode")
        now = self.now()
        with self.store.write() as session:
            if meta.get(session, meta.DEVICE_ID) is not None:
                raise ValidationError("store", "already_set_up", "is already set up")
            hub = Hub(
                id=hub_id or uuid7(),
                name=name,
                code=code,
                created_at=now,
                updated_at=now,
                retention_months=24,
                privacy_notice="",
                privacy_notice_version=1,
                reach_districts="",
            )
            session.add(hub)
            session.flush()
            site_row = Site(
                id=site_id or uuid7(),
                hub_id=hub.id,
                name=site,
                kind=SiteKind(site_kind),
                postcode=str(postcode) if postcode else None,
                active=True,
                created_at=now,
                updated_at=now,
            )
            session.add(site_row)
            session.flush()
            device = Device(
                id=uuid7(),
                hub_id=hub.id,
                site_id=site_row.id,
                name=dev,
                kind=kind,
                created_at=now,
            )
            session.add(device)
            meta.put(session, meta.HUB_ID, str(hub.id))
            meta.put(session, meta.SITE_ID, str(site_row.id))
            meta.put(session, meta.DEVICE_ID, str(device.id))
            meta.put(session, meta.DEVICE_KIND, kind.value)
            meta.put(session, meta.DEMO, "1" if demo else "0")
            outbox.record(session, hub, "upsert", now)
            outbox.record(session, site_row, "upsert", now)
            outbox.record(session, device, "upsert", now)
            return DeviceIdentity(hub.id, site_row.id, device.id, kind, demo)

    def identity(self) -> DeviceIdentity:
        """This device's hub, site and id. Raises NotSetUpError on a fresh store."""
        with self.store.read() as session:
            device_id = meta.get(session, meta.DEVICE_ID)
            if device_id is None:
                raise NotSetUpError
            return DeviceIdentity(
                hub_id=uuid.UUID(meta.get(session, meta.HUB_ID) or ""),
                site_id=uuid.UUID(meta.get(session, meta.SITE_ID) or ""),
                device_id=uuid.UUID(device_id),
                kind=DeviceKind(meta.get(session, meta.DEVICE_KIND) or DeviceKind.DESK),
                demo=meta.get(session, meta.DEMO) == "1",
            )

    def set_current_site(self, actor: Actor, site_id: uuid.UUID) -> None:
        """Move this device to another site of its hub (an outreach laptop arriving somewhere)."""
        check(actor, Permission.RUN_OUTREACH)
        with self.store.write() as session:
            site = session.get(Site, site_id)
            if site is None or site.hub_id != actor.hub_id:
                raise ValidationError("site", "unknown_site", "is not a site of this hub")
            meta.put(session, meta.SITE_ID, str(site_id))
            self._audit(session, actor, "site.selected", "site", site_id)

    def add_site(
        self, actor: Actor, *, name: str, kind: SiteKind, postcode: str | None = None
    ) -> SiteInfo:
        """Create an outreach point, offline if need be; it syncs to the hub's other devices."""
        check(actor, Permission.RUN_OUTREACH)
        problems = Problems()  # every problem at once, for the form to show each by its field
        clean = problems.check(require_text, name, "name")
        try:
            site_kind = SiteKind(kind)
        except ValueError:
            problems.add(ValidationError("kind", "unknown_kind", "is not a kind of site"))
        code = problems.check(parse_optional_postcode, postcode, "postcode")
        problems.raise_if_any()
        assert clean is not None
        now = self.now()
        with self.store.write() as session:
            site = Site(
                id=uuid7(),
                hub_id=actor.hub_id,
                name=clean,
                kind=site_kind,
                postcode=str(code) if code else None,
                active=True,
                created_at=now,
                updated_at=now,
            )
            session.add(site)
            outbox.record(session, site, "upsert", now)
            self._audit(session, actor, "site.added", "site", site.id, kind=site_kind.value)
            return SiteInfo(site.id, site.name, site_kind, site.postcode, True)

    def hub_devices(self, hub_id: uuid.UUID) -> list[HubDevice]:
        """The hub's devices this store knows of (its own included), by name."""
        with self.store.read() as session:
            rows = session.execute(
                select(Device.id, Device.name, Device.kind)
                .where(Device.hub_id == hub_id)
                .order_by(Device.name)
            ).all()
        return [HubDevice(i, n, DeviceKind(k)) for i, n, k in rows]

    def sites(self, hub_id: uuid.UUID) -> list[SiteInfo]:
        with self.store.read() as session:
            rows = session.scalars(
                select(Site).where(Site.hub_id == hub_id).order_by(Site.kind != "hub", Site.name)
            )
            return [
                SiteInfo(s.id, s.name, SiteKind(s.kind), s.postcode, s.active, _rooms_of(s.rooms))
                for s in rows
            ]

    def set_site_rooms(self, actor: Actor, site_id: uuid.UUID, rooms: list[str]) -> tuple[str, ...]:
        """The rooms a family at this site can say they will be in when they ask the kiosk for
        someone to speak to (kept in the order given, repeats dropped). Returns them."""
        # whoever runs the site's sessions (reception) or sets up an outreach point
        try:
            check(actor, Permission.MANAGE_TIMETABLE)
        except PermissionDeniedError:
            check(actor, Permission.RUN_OUTREACH)
        problems = Problems()
        clean: list[str] = []
        for i, room in enumerate(rooms):
            text = problems.check(clean_text, room, f"rooms[{i}]", max_len=60)
            if text is not None and text not in clean:
                clean.append(text)
        if len(clean) > ROOMS_MAX:
            problems.add(ValidationError("rooms", "out_of_range", f"at most {ROOMS_MAX} rooms"))
        problems.raise_if_any()
        now = self.now()
        with self.store.write() as session:
            site = session.get(Site, site_id)
            if site is None or site.hub_id != actor.hub_id:
                raise ValidationError("site", "unknown_site", "is not a site of this hub")
            site.rooms = "\n".join(clean) or None
            site.updated_at = now
            outbox.record(session, site, "upsert", now)
            self._audit(session, actor, "site.rooms_set", "site", site_id, count=len(clean))
        return tuple(clean)

    def outbox_backlog(self) -> OutboxBacklog:
        """How many records wait to be sent, and how many the service refused (quarantined).
        Holds no personal data, so any screen may show it, even a locked desk."""
        with self.store.read() as session:
            counts = outbox.counts_by_state(session)
        return OutboxBacklog(counts.get("pending", 0), counts.get("quarantined", 0))
