"""Staff members: adding them, signing in with a PIN (with lockout), changing PINs.

PIN attempts are counted on this device only (`failed_attempts` and `locked_until` never sync).
Every attempt is audited by outcome code; the PIN itself is never written anywhere but as a hash.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from hubdesk.domain.clock import Clock
from hubdesk.domain.errors import DomainError, LockedOutError, Problems, ValidationError
from hubdesk.domain.ids import uuid7
from hubdesk.domain.staff import Permission, StaffRole, validate_pin
from hubdesk.domain.text import NAME_MAX, require_text
from hubdesk.security.pins import PinParams, hash_pin, lockout_delay, verify_pin
from hubdesk.services.base import Actor, Service, check
from hubdesk.services.setup import DeviceIdentity, NotSetUpError
from hubdesk.storage import audit, meta, outbox
from hubdesk.storage.engine import Store
from hubdesk.storage.models import Staff

_LOOKAHEAD = 100  # how far `attempts_left` looks for the first failure that locks


class WrongPinError(DomainError):
    """The PIN was wrong. `attempts_left` before a lockout starts; `locked_until` when this
    failure started one (then `attempts_left` is 0)."""

    def __init__(self, attempts_left: int, locked_until: datetime | None) -> None:
        super().__init__("wrong PIN" + (f"; locked until {locked_until}" if locked_until else ""))
        self.attempts_left = attempts_left
        self.locked_until = locked_until


@dataclass(frozen=True)
class StaffMember:
    id: uuid.UUID
    name: str
    role: StaffRole
    active: bool


def _attempts_left(failed: int) -> int:
    """How many more PINs may be tried before a lockout (the last of them, if wrong, starts it)."""
    for extra in range(1, _LOOKAHEAD):
        if lockout_delay(failed + extra) > timedelta(0):
            return extra
    return _LOOKAHEAD


def _role(value: str) -> StaffRole:
    try:
        return StaffRole(value)
    except ValueError:
        raise ValidationError("role", "unknown_role", "is not a staff role") from None


class StaffService(Service):
    def __init__(
        self, store: Store, clock: Clock | None = None, *, pin_params: PinParams | None = None
    ) -> None:
        super().__init__(store, clock)
        self._pin_params = pin_params or PinParams()

    def add(self, actor: Actor | None, *, name: str, role: StaffRole, pin: str) -> uuid.UUID:
        """Add a staff member. With no actor, only the hub's first staff member, who must be an
        administrator (set-up). Adding an administrator needs ADMINISTER."""
        if actor is not None:
            check(actor, Permission.MANAGE_STAFF)
        problems = Problems()  # every problem at once, for the form to show each by its field
        clean_name = problems.check(require_text, name, "name", max_len=NAME_MAX)
        staff_role = problems.check(_role, role)
        problems.check(validate_pin, pin)
        problems.raise_if_any()
        assert clean_name is not None
        assert staff_role is not None
        if actor is not None and staff_role is StaffRole.ADMIN:
            check(actor, Permission.ADMINISTER)
        encoded = hash_pin(pin, self._pin_params)
        now = self.now()
        with self.store.write() as session:
            if actor is None:
                hub = meta.get(session, meta.HUB_ID)
                if hub is None:
                    raise NotSetUpError
                hub_id = uuid.UUID(hub)
                existing = session.scalar(
                    select(func.count()).select_from(Staff).where(Staff.hub_id == hub_id)
                )
                if existing:
                    raise ValidationError(
                        "actor", "required", "only a staff member may add staff now"
                    )
                if staff_role is not StaffRole.ADMIN:
                    raise ValidationError("role", "first_must_be_admin", "must be administrator")
            else:
                hub_id = actor.hub_id
            row = Staff(
                id=uuid7(),
                hub_id=hub_id,
                name=clean_name,
                role=staff_role.value,
                pin_hash=encoded,
                failed_attempts=0,
                active=True,
                created_at=now,
                updated_at=now,
            )
            session.add(row)
            outbox.record(session, row, "upsert", now)
            if actor is not None:
                self._audit(session, actor, "staff.added", "staff", row.id, role=staff_role.value)
            else:
                audit.append(
                    session,
                    at=now,
                    action="staff.added",
                    staff_id=row.id,
                    device_id=_device_id(session),
                    subject_type="staff",
                    subject_id=row.id,
                    detail={"role": staff_role.value, "first": True},
                )
            return row.id

    def list(self, hub_id: uuid.UUID) -> list[StaffMember]:
        with self.store.read() as session:
            rows = session.scalars(
                select(Staff).where(Staff.hub_id == hub_id).order_by(Staff.name, Staff.id)
            )
            return [StaffMember(s.id, s.name, StaffRole(s.role), s.active) for s in rows]

    def sign_in(self, identity: DeviceIdentity, staff_id: uuid.UUID, pin: str) -> Actor:
        """Check a PIN and return the actor. Raises WrongPinError, LockedOutError, or
        ValidationError("staff", "unknown_staff" / "inactive"). Every attempt is audited and
        counted, and the count is committed even when the attempt is refused."""
        now = self.now()
        refusal: DomainError | None = None
        result: Actor | None = None
        with self.store.write() as session:
            row = session.get(Staff, staff_id) if isinstance(staff_id, uuid.UUID) else None
            if row is None or row.hub_id != identity.hub_id:
                outcome = "unknown_staff"
                refusal = ValidationError("staff", "unknown_staff", "is not staff at this hub")
            elif not row.active:
                outcome = "inactive"
                refusal = ValidationError("staff", "inactive", "has been deactivated")
            elif row.locked_until is not None and row.locked_until > now:
                outcome = "locked"
                refusal = LockedOutError(row.locked_until)
            elif verify_pin(pin, row.pin_hash):
                outcome = "ok"
                row.failed_attempts = 0
                row.locked_until = None
                result = Actor(
                    identity.device_id,
                    identity.hub_id,
                    identity.site_id,
                    row.id,
                    StaffRole(row.role),
                )
            else:
                outcome = "wrong_pin"
                row.failed_attempts = (row.failed_attempts or 0) + 1
                delay = lockout_delay(row.failed_attempts)
                row.locked_until = now + delay if delay > timedelta(0) else None
                refusal = WrongPinError(
                    0 if row.locked_until else _attempts_left(row.failed_attempts),
                    row.locked_until,
                )
            audit.append(
                session,
                at=now,
                action="staff.sign_in",
                staff_id=row.id if row is not None else None,
                device_id=identity.device_id,
                subject_type="staff",
                subject_id=staff_id if row is not None else None,
                detail={
                    "outcome": outcome,
                    "failed_attempts": row.failed_attempts if row is not None else None,
                },
            )
        if refusal is not None:
            raise refusal
        assert result is not None
        return result

    def change_pin(self, actor: Actor, staff_id: uuid.UUID, new_pin: str) -> None:
        """Your own PIN, or anybody's with MANAGE_STAFF (an administrator's needs ADMINISTER).
        Clears any lockout."""
        validate_pin(new_pin, "new_pin")
        if actor.staff_id != staff_id or actor.is_kiosk:
            check(actor, Permission.MANAGE_STAFF)
        encoded = hash_pin(new_pin, self._pin_params)
        now = self.now()
        with self.store.write() as session:
            row = self._get(session, actor, staff_id)
            if actor.staff_id != staff_id and row.role == StaffRole.ADMIN:
                check(actor, Permission.ADMINISTER)
            row.pin_hash = encoded
            row.failed_attempts = 0
            row.locked_until = None
            row.updated_at = now
            outbox.record(session, row, "upsert", now)
            self._audit(
                session, actor, "staff.pin_changed", "staff", row.id, own=actor.staff_id == row.id
            )

    def deactivate(self, actor: Actor, staff_id: uuid.UUID) -> None:
        """Stop a staff member signing in. Not yourself, and never the last active administrator."""
        check(actor, Permission.MANAGE_STAFF)
        if actor.staff_id == staff_id:
            raise ValidationError("staff", "self", "you cannot deactivate yourself")
        now = self.now()
        with self.store.write() as session:
            row = self._get(session, actor, staff_id)
            if not row.active:
                return
            if row.role == StaffRole.ADMIN:
                check(actor, Permission.ADMINISTER)
                admins = session.scalar(
                    select(func.count())
                    .select_from(Staff)
                    .where(
                        Staff.hub_id == actor.hub_id,
                        Staff.role == StaffRole.ADMIN.value,
                        Staff.active.is_(True),
                    )
                )
                if (admins or 0) <= 1:
                    raise ValidationError("staff", "last_admin", "is the last administrator")
            row.active = False
            row.updated_at = now
            outbox.record(session, row, "upsert", now)
            self._audit(session, actor, "staff.deactivated", "staff", row.id)

    def _get(self, session: Session, actor: Actor, staff_id: uuid.UUID) -> Staff:
        row = session.get(Staff, staff_id) if isinstance(staff_id, uuid.UUID) else None
        if row is None or row.hub_id != actor.hub_id:
            raise ValidationError("staff", "unknown_staff", "is not staff at this hub")
        return row


def _device_id(session: Session) -> uuid.UUID | None:
    value = meta.get(session, meta.DEVICE_ID)
    return uuid.UUID(value) if value else None
