"""Outreach sessions: a worker opens the laptop at a fire station or a school and starts a session.

No new table: a session is an `Activity` of kind OTHER named `OUTREACH_SESSION` at the outreach
point. Starting one sets `ends_at` to the end of the local day (so a session nobody ended closes
itself at midnight); ending it sets `ends_at` to now. It syncs like any timetable entry, so the
hub sees when and where outreach happened, and families signing in at the kiosk during it can
name it as their activity.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import select

from hubdesk.domain.catalogue import ActivityKind
from hubdesk.domain.errors import ValidationError
from hubdesk.domain.ids import uuid7
from hubdesk.domain.staff import Permission
from hubdesk.services.base import Actor, Service, check, day_bounds
from hubdesk.storage import outbox
from hubdesk.storage.models import Activity, Site

OUTREACH_SESSION = "Outreach session"
_MIN_LENGTH = timedelta(seconds=1)


@dataclass(frozen=True)
class OutreachSession:
    id: uuid.UUID
    site_id: uuid.UUID
    site_name: str
    started_at: datetime
    ended_at: datetime | None  # None while it runs


def _open_query(actor: Actor, now: datetime) -> object:
    return (
        select(Activity)
        .where(
            Activity.hub_id == actor.hub_id,
            Activity.site_id == actor.site_id,
            Activity.name == OUTREACH_SESSION,
            Activity.kind == ActivityKind.OTHER.value,
            Activity.cancelled.is_(False),
            Activity.starts_at <= now,
            Activity.ends_at > now,
        )
        .order_by(Activity.starts_at.desc())
        .limit(1)
    )


class OutreachService(Service):
    def current(self, actor: Actor) -> OutreachSession | None:
        """The session running now at the actor's site, if any."""
        check(actor, Permission.RUN_OUTREACH)
        now = self.now()
        with self.store.read() as session:
            row = session.scalars(_open_query(actor, now)).first()  # type: ignore[call-overload]
            if row is None:
                return None
            site = session.get(Site, row.site_id)
            return OutreachSession(
                row.id, row.site_id, site.name if site else "", row.starts_at, None
            )

    def start(self, actor: Actor) -> OutreachSession:
        """Start a session at the actor's site (the one already running is returned as is)."""
        check(actor, Permission.RUN_OUTREACH)
        now = self.now()
        _, day_end = day_bounds(self.today())
        with self.store.write() as session:
            site = session.get(Site, actor.site_id)
            if site is None or site.hub_id != actor.hub_id:
                raise ValidationError("site", "unknown_site", "is not a site of this hub")
            held = session.scalars(_open_query(actor, now)).first()  # type: ignore[call-overload]
            if held is not None:
                return OutreachSession(held.id, held.site_id, site.name, held.starts_at, None)
            row = Activity(
                id=uuid7(),
                hub_id=actor.hub_id,
                site_id=site.id,
                name=OUTREACH_SESSION,
                kind=ActivityKind.OTHER.value,
                starts_at=now,
                ends_at=day_end,
                capacity=None,
                cancelled=False,
                created_at=now,
                updated_at=now,
            )
            session.add(row)
            outbox.record(session, row, "upsert", now)
            self._audit(session, actor, "outreach.started", "activity", row.id)
            return OutreachSession(row.id, site.id, site.name, now, None)

    def end(self, actor: Actor, session_id: uuid.UUID) -> OutreachSession:
        """End a running session now. Ending one already ended is harmless."""
        check(actor, Permission.RUN_OUTREACH)
        now = self.now()
        with self.store.write() as session:
            row = session.get(Activity, session_id) if isinstance(session_id, uuid.UUID) else None
            if row is None or row.hub_id != actor.hub_id or row.name != OUTREACH_SESSION:
                raise ValidationError("session", "unknown_session", "is not an outreach session")
            site = session.get(Site, row.site_id)
            site_name = site.name if site else ""
            if row.ends_at <= now:
                return OutreachSession(row.id, row.site_id, site_name, row.starts_at, row.ends_at)
            row.ends_at = max(now, row.starts_at + _MIN_LENGTH)
            row.updated_at = now
            outbox.record(session, row, "upsert", now)
            self._audit(session, actor, "outreach.ended", "activity", row.id)
            return OutreachSession(row.id, row.site_id, site_name, row.starts_at, row.ends_at)
