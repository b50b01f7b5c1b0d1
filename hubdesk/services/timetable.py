"""The timetable: sessions (stay and play, baby clinic ...) at a site, week by week."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from hubdesk.domain.catalogue import ActivityKind, BookingStatus, VisitReason
from hubdesk.domain.errors import Problems, ValidationError
from hubdesk.domain.ids import uuid7
from hubdesk.domain.offer import Offer, OfferIn, check_offer
from hubdesk.domain.staff import Permission
from hubdesk.domain.text import SHORT_TEXT_MAX, bounded_int, require_text
from hubdesk.services import places
from hubdesk.services.base import HUB_TZ, Actor, Service, check, day_bounds, local_day
from hubdesk.services.visits import SignedIn, SignIn, VisitService
from hubdesk.storage import outbox
from hubdesk.storage.models import Activity, Booking, Family, Site, Visit

CAPACITY_MAX = 500


@dataclass(frozen=True)
class ActivityIn:
    site_id: uuid.UUID
    name: str
    kind: ActivityKind
    starts_at: datetime
    ends_at: datetime
    capacity: int | None = None


@dataclass(frozen=True)
class ActivityView:
    id: uuid.UUID
    site_id: uuid.UUID
    site_name: str
    name: str
    kind: ActivityKind
    starts_at: datetime
    ends_at: datetime
    capacity: int | None
    cancelled: bool
    attending: int  # people signed in for it
    taken: int = 0  # places taken: people booked, and walk-ins (services/places.py)
    waiting: int = 0  # families on its waiting list
    public: bool = False  # in the hub's public offer (set_offer)


@dataclass(frozen=True)
class Attendee:
    visit_id: uuid.UUID
    family_id: uuid.UUID | None
    names: str | None
    people: int
    signed_in_at: datetime


@dataclass(frozen=True)
class _Clean:
    site_id: uuid.UUID
    name: str
    kind: ActivityKind
    starts_at: datetime
    ends_at: datetime
    capacity: int | None


def _validate(activity: ActivityIn) -> _Clean:
    """Every problem at once (CombinedValidationError), so the form shows each by its field."""
    problems = Problems()
    name = problems.check(require_text, activity.name, "name", max_len=SHORT_TEXT_MAX)
    try:
        kind = ActivityKind(activity.kind)
    except ValueError:
        problems.add(ValidationError("kind", "unknown_kind", "is not a kind of session"))
    times_ok = True
    times: tuple[tuple[str, object], ...] = (
        ("starts_at", activity.starts_at),
        ("ends_at", activity.ends_at),
    )
    for field, value in times:
        if not isinstance(value, datetime):
            problems.add(ValidationError(field, "not_a_time", "must be a date and time"))
            times_ok = False
        elif value.tzinfo is None:
            problems.add(ValidationError(field, "no_time_zone", "must carry a time zone"))
            times_ok = False
    if times_ok and activity.ends_at <= activity.starts_at:
        problems.add(ValidationError("ends_at", "not_after_start", "must be after the start"))
    elif times_ok and local_day(activity.starts_at) != local_day(
        activity.ends_at - timedelta(microseconds=1)
    ):
        problems.add(
            ValidationError("ends_at", "not_same_day", "must be on the same day as the start")
        )
    capacity = None
    if activity.capacity is not None:
        capacity = problems.check(
            bounded_int, activity.capacity, "capacity", low=1, high=CAPACITY_MAX
        )
    problems.raise_if_any()
    assert name is not None
    return _Clean(activity.site_id, name, kind, activity.starts_at, activity.ends_at, capacity)


def _check_site(session: Session, hub_id: uuid.UUID, site_id: uuid.UUID) -> Site:
    site = session.get(Site, site_id) if isinstance(site_id, uuid.UUID) else None
    if site is None or site.hub_id != hub_id:
        raise ValidationError("site_id", "unknown_site", "is not a site of this hub")
    return site


class TimetableService(Service):
    def add(self, actor: Actor, activity: ActivityIn) -> uuid.UUID:
        check(actor, Permission.MANAGE_TIMETABLE)
        clean = _validate(activity)
        now = self.now()
        with self.store.write() as session:
            _check_site(session, actor.hub_id, clean.site_id)
            row = Activity(
                id=uuid7(),
                hub_id=actor.hub_id,
                site_id=clean.site_id,
                name=clean.name,
                kind=clean.kind.value,
                starts_at=clean.starts_at,
                ends_at=clean.ends_at,
                capacity=clean.capacity,
                cancelled=False,
                created_at=now,
                updated_at=now,
            )
            session.add(row)
            outbox.record(session, row, "upsert", now)
            self._audit(session, actor, "activity.added", "activity", row.id, kind=clean.kind.value)
            return row.id

    def update(self, actor: Actor, activity_id: uuid.UUID, activity: ActivityIn) -> None:
        check(actor, Permission.MANAGE_TIMETABLE)
        clean = _validate(activity)
        now = self.now()
        with self.store.write() as session:
            row = self._get(session, actor, activity_id)
            if row.cancelled:
                raise ValidationError("activity", "cancelled", "has been cancelled")
            _check_site(session, actor.hub_id, clean.site_id)
            row.site_id = clean.site_id
            row.name = clean.name
            row.kind = clean.kind.value
            row.starts_at = clean.starts_at
            row.ends_at = clean.ends_at
            raised = clean.capacity is None or (
                row.capacity is not None and clean.capacity > row.capacity
            )
            row.capacity = clean.capacity
            row.updated_at = now
            outbox.record(session, row, "upsert", now)
            self._audit(session, actor, "activity.updated", "activity", row.id)
            if raised:  # more places: the families waiting are offered them
                from hubdesk.services.bookings import BookingService

                BookingService(self.store, self.clock).offer_freed(session, actor, row.id)

    def cancel(self, actor: Actor, activity_id: uuid.UUID) -> None:
        """Cancel a session. Cancelling twice is harmless."""
        check(actor, Permission.MANAGE_TIMETABLE)
        now = self.now()
        with self.store.write() as session:
            row = self._get(session, actor, activity_id)
            if row.cancelled:
                return
            row.cancelled = True
            row.updated_at = now
            outbox.record(session, row, "upsert", now)
            self._audit(session, actor, "activity.cancelled", "activity", row.id)

    def week(
        self, hub_id: uuid.UUID, week_start: date, site_id: uuid.UUID | None = None
    ) -> list[ActivityView]:
        """Sessions in the 7 local days from `week_start` (cancelled ones included), by start."""
        start, _ = day_bounds(week_start)
        _, end = day_bounds(week_start + timedelta(days=6))
        return self._views(hub_id, start, end, site_id, include_cancelled=True)

    def today(self, hub_id: uuid.UUID, site_id: uuid.UUID) -> list[ActivityView]:  # type: ignore[override]
        """For the kiosk: today's sessions at this site that are not cancelled, by start."""
        start, end = day_bounds(Service.today(self))
        return self._views(hub_id, start, end, site_id, include_cancelled=False)

    def copy_week(self, actor: Actor, from_week_start: date, to_week_start: date) -> int:
        """Copy a week's sessions (not the cancelled ones) to another week, at the same local
        times. Sessions already there (same site, name and start) are skipped. Returns how many
        were copied."""
        check(actor, Permission.MANAGE_TIMETABLE)
        shift = to_week_start - from_week_start
        if shift.days == 0:
            raise ValidationError("to_week_start", "same_week", "must differ from the week copied")
        start, _ = day_bounds(from_week_start)
        _, end = day_bounds(from_week_start + timedelta(days=6))
        now = self.now()
        with self.store.write() as session:
            source = session.scalars(
                select(Activity).where(
                    Activity.hub_id == actor.hub_id,
                    Activity.cancelled.is_(False),
                    Activity.starts_at >= start,
                    Activity.starts_at < end,
                )
            ).all()
            copied = 0
            for a in source:
                starts = _shift_local(a.starts_at, shift)
                ends = _shift_local(a.ends_at, shift)
                there = session.scalar(
                    select(Activity.id).where(
                        Activity.hub_id == actor.hub_id,
                        Activity.site_id == a.site_id,
                        Activity.name == a.name,
                        Activity.starts_at == starts,
                    )
                )
                if there is not None:
                    continue
                row = Activity(
                    id=uuid7(),
                    hub_id=actor.hub_id,
                    site_id=a.site_id,
                    name=a.name,
                    kind=a.kind,
                    starts_at=starts,
                    ends_at=ends,
                    capacity=a.capacity,
                    cancelled=False,
                    created_at=now,
                    updated_at=now,
                )
                _copy_offer(a, row)
                session.add(row)
                outbox.record(session, row, "upsert", now)
                copied += 1
            self._audit(
                session,
                actor,
                "timetable.week_copied",
                None,
                None,
                source=from_week_start.isoformat(),
                target=to_week_start.isoformat(),
                count=copied,
            )
            return copied

    def offer(self, actor: Actor, activity_id: uuid.UUID) -> Offer:
        """The session's public offer as stored (private, blank, for a session never published)."""
        check(actor, Permission.VIEW_FAMILIES)
        with self.store.read() as session:
            return _offer_of(self._get(session, actor, activity_id))

    def set_offer(
        self, actor: Actor, activity_id: uuid.UUID, offer: OfferIn, *, later_too: bool = True
    ) -> int:
        """Mark a session public (or not) with what a directory needs (domain/offer.py). With
        `later_too`, every later session of the same name at the hub gets the same offer, so a
        weekly group is published once. The contact is the hub's: an email that is a registered
        family's is refused. Returns how many sessions changed; one transaction."""
        check(actor, Permission.MANAGE_TIMETABLE)
        clean = check_offer(offer)
        now = self.now()
        with self.store.write() as session:
            row = self._get(session, actor, activity_id)
            if clean.email is not None and session.scalar(
                select(Family.id).where(
                    Family.hub_id == actor.hub_id,
                    func.lower(Family.email) == clean.email.lower(),
                )
            ):
                raise ValidationError(
                    "email", "personal_email", "is a family's own email: give the hub's"
                )
            rows = [row]
            if later_too:
                rows += session.scalars(
                    select(Activity).where(
                        Activity.hub_id == actor.hub_id,
                        Activity.name == row.name,
                        Activity.starts_at > row.starts_at,
                        Activity.id != row.id,
                    )
                ).all()
            changed = 0
            for a in rows:
                if _offer_of(a) == clean:
                    continue
                _set_offer(a, clean)
                a.updated_at = now
                outbox.record(session, a, "upsert", now)
                changed += 1
            self._audit(
                session,
                actor,
                "activity.offer_set",
                "activity",
                row.id,
                public=clean.public,
                count=changed,
            )
            return changed

    def attendees(self, actor: Actor, activity_id: uuid.UUID) -> list[Attendee]:
        check(actor, Permission.VIEW_FAMILIES)
        with self.store.read() as session:
            row = self._get(session, actor, activity_id)
            visits = session.scalars(
                select(Visit).where(Visit.activity_id == row.id).order_by(Visit.signed_in_at)
            ).all()
            return [Attendee(v.id, v.family_id, v.names, v.people, v.signed_in_at) for v in visits]

    def register_attendee(
        self,
        actor: Actor,
        activity_id: uuid.UUID,
        family_id: uuid.UUID,
        member_ids: tuple[uuid.UUID, ...] | list[uuid.UUID],
    ) -> SignedIn:
        """Sign a family in for today's session from the desk, now (at the session's site). A
        family already in the building there today joins the session with its visit (one open
        visit per family per site). A full session is refused with ValidationError("activity",
        "full"); a session on another day with ValidationError("activity", "not_today"): a
        family is booked into a later session (services/bookings.py), never signed in now."""
        check(actor, Permission.SIGN_IN_OUT)
        with self.store.read() as session:
            row = self._get(session, actor, activity_id)
            site_id = row.site_id
            if local_day(row.starts_at) != Service.today(self):
                raise ValidationError("activity", "not_today", "is not on today")
        visits = VisitService(self.store, self.clock)
        here = actor.at_site(site_id)
        with self.store.write():
            already = visits.open_visit(here, family_id)
            if already is not None:
                return visits.join_activity(here, already.visit_id, activity_id)
            return visits.sign_in(
                here,
                SignIn(
                    VisitReason.ACTIVITY,
                    family_id=family_id,
                    member_ids=tuple(member_ids),
                    activity_id=activity_id,
                ),
            )

    # --- helpers ---------------------------------------------------------------------------------

    def _get(self, session: Session, actor: Actor, activity_id: uuid.UUID) -> Activity:
        row = session.get(Activity, activity_id)
        if row is None or row.hub_id != actor.hub_id:
            raise ValidationError("activity", "unknown_activity", "is not on the timetable")
        return row

    def _views(
        self,
        hub_id: uuid.UUID,
        start: datetime,
        end: datetime,
        site_id: uuid.UUID | None,
        *,
        include_cancelled: bool,
    ) -> list[ActivityView]:
        with self.store.read() as session:
            query = (
                select(Activity, Site.name)
                .join(Site, Site.id == Activity.site_id)
                .where(
                    Activity.hub_id == hub_id,
                    Activity.starts_at >= start,
                    Activity.starts_at < end,
                )
                .order_by(Activity.starts_at, Site.name, Activity.name)
            )
            if site_id is not None:
                query = query.where(Activity.site_id == site_id)
            if not include_cancelled:
                query = query.where(Activity.cancelled.is_(False))
            rows = session.execute(query).all()
            ids = [a.id for a, _ in rows]
            counts = {
                aid: int(n)
                for aid, n in session.execute(
                    select(Visit.activity_id, func.coalesce(func.sum(Visit.people), 0))
                    .where(Visit.activity_id.in_(ids))
                    .group_by(Visit.activity_id)
                )
            }
            taken = places.taken_by_activity(session, ids)
            waiting = {
                aid: int(n)
                for aid, n in session.execute(
                    select(Booking.activity_id, func.count())
                    .where(
                        Booking.activity_id.in_(ids),
                        Booking.status == BookingStatus.WAITING.value,
                    )
                    .group_by(Booking.activity_id)
                )
            }
            return [
                ActivityView(
                    id=a.id,
                    site_id=a.site_id,
                    site_name=site_name,
                    name=a.name,
                    kind=ActivityKind(a.kind),
                    starts_at=a.starts_at,
                    ends_at=a.ends_at,
                    capacity=a.capacity,
                    cancelled=a.cancelled,
                    attending=counts.get(a.id, 0),
                    taken=taken.get(a.id, 0),
                    waiting=waiting.get(a.id, 0),
                    public=a.public,
                )
                for a, site_name in rows
            ]


def _shift_local(at: datetime, shift: timedelta) -> datetime:
    """`at` moved by whole days at the same local (UK) wall-clock time, across clock changes."""
    local = at.astimezone(HUB_TZ)
    moved = datetime.combine(local.date() + shift, local.time().replace(tzinfo=None), HUB_TZ)
    return moved.astimezone(at.tzinfo)


def _offer_of(a: Activity) -> Offer:
    return Offer(
        public=bool(a.public),
        description=a.offer_description,
        min_age=a.offer_min_age,
        max_age=a.offer_max_age,
        cost_pence=a.offer_cost_pence or 0,
        booking=bool(a.offer_booking),
        access=a.offer_access,
        contact=a.offer_contact,
        email=a.offer_email,
    )


def _set_offer(a: Activity, offer: Offer) -> None:
    a.public = offer.public
    a.offer_description = offer.description
    a.offer_min_age = offer.min_age
    a.offer_max_age = offer.max_age
    a.offer_cost_pence = offer.cost_pence
    a.offer_booking = offer.booking
    a.offer_access = offer.access
    a.offer_contact = offer.contact
    a.offer_email = offer.email


def _copy_offer(source: Activity, target: Activity) -> None:
    """A copied week keeps each session's public offer (a weekly group stays published)."""
    _set_offer(target, _offer_of(source))
