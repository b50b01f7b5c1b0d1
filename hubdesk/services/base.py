"""What every use case shares: who is acting, the clock, the hub's time zone."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import TypeVar
from zoneinfo import ZoneInfo

from sqlalchemy.orm import Session

from hubdesk.domain.clock import Clock, SystemClock
from hubdesk.domain.errors import NotFoundError, PermissionDeniedError
from hubdesk.domain.staff import Permission, StaffRole, require
from hubdesk.storage import audit
from hubdesk.storage.engine import Store

HUB_TZ = ZoneInfo("Europe/London")
T = TypeVar("T")


@dataclass(frozen=True)
class Actor:
    """Who is doing something, and where.

    A kiosk actor has no staff member: a family acting for itself may sign in and out, register
    and find its own household by pass, and nothing else.
    """

    device_id: uuid.UUID
    hub_id: uuid.UUID
    site_id: uuid.UUID
    staff_id: uuid.UUID | None = None
    role: StaffRole | None = None

    @property
    def is_kiosk(self) -> bool:
        return self.staff_id is None

    def at_site(self, site_id: uuid.UUID) -> Actor:
        return Actor(self.device_id, self.hub_id, site_id, self.staff_id, self.role)


KIOSK_ALLOWED = frozenset({Permission.SIGN_IN_OUT})


def check(actor: Actor, permission: Permission, *, kiosk_ok: bool = False) -> None:
    """Raise PermissionDeniedError unless the actor may do this."""
    if actor.is_kiosk:
        if kiosk_ok:
            return
        raise PermissionDeniedError(permission.value, None)
    require(actor.role, permission)


class Service:
    """Base for the use-case classes: a store, a clock, and helpers they all need."""

    def __init__(self, store: Store, clock: Clock | None = None) -> None:
        self.store = store
        self.clock: Clock = clock or SystemClock()

    def now(self) -> datetime:
        return self.clock.now()

    def today(self) -> date:
        return self.now().astimezone(HUB_TZ).date()

    def _audit(
        self,
        session: Session,
        actor: Actor,
        action: str,
        subject_type: str | None = None,
        subject_id: object = None,
        **detail: object,
    ) -> None:
        audit.append(
            session,
            at=self.now(),
            action=action,
            staff_id=actor.staff_id,
            device_id=actor.device_id,
            subject_type=subject_type,
            subject_id=subject_id,
            detail=dict(detail),
        )


def day_bounds(day: date) -> tuple[datetime, datetime]:
    """The UTC instants a hub day starts and ends (UK local time, so BST is handled)."""
    start = datetime.combine(day, time.min, HUB_TZ)
    end = datetime.combine(day + timedelta(days=1), time.min, HUB_TZ)
    return start, end


def local_day(at: datetime) -> date:
    return at.astimezone(HUB_TZ).date()


def get_or_404(session: Session, model: type[T], ident: uuid.UUID, what: str) -> T:
    """The row of `model` with this id, or NotFoundError naming `what`."""
    row = session.get(model, ident)
    if row is None:
        raise NotFoundError(what, ident)
    return row
