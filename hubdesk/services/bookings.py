"""Bookings: a family's places at a session on the timetable, separate from attendance.

Booking a family (choosing who comes) into a session, today or later, holds places; a booking puts
no one in the building or on the fire roll call. When the session is full a booking goes on its
waiting list, and when places free the first family waiting whose party fits is offered them
(the offer holds the places until staff confirm it or pass it on to the next). Staff may book
beyond capacity by giving a reason (audited; the reason is personal, sealed in sync). On the day,
marking a booking "came" on the session's register IS the sign-in, at that time, through
VisitService (one open visit per family per site). A booking still booked or offered when its
session has ended is a no-show.

`programme_figures` gives attendance and no-shows by programme (a repeating activity: the sessions
of one name and kind at one site, as "Copy last week" repeats them) for a period: the desk shows
them and exports can call it.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from hubdesk.domain.catalogue import ActivityKind, BookingStatus, VisitReason
from hubdesk.domain.errors import CombinedValidationError, ValidationError
from hubdesk.domain.ids import uuid7
from hubdesk.domain.staff import Permission
from hubdesk.domain.text import clean_text
from hubdesk.services import places
from hubdesk.services.base import Actor, Service, check, day_bounds, local_day
from hubdesk.services.families import live_family
from hubdesk.services.visits import SignIn, VisitService
from hubdesk.storage import outbox
from hubdesk.storage.models import Activity, Booking, Member, Site, Visit

REASON_MAX = 200


@dataclass(frozen=True)
class BookingIn:
    activity_id: uuid.UUID
    family_id: uuid.UUID
    member_ids: tuple[uuid.UUID, ...]
    # given only to book beyond the session's capacity
    override_reason: str | None = None


@dataclass(frozen=True)
class Booked:
    booking_id: uuid.UUID
    status: BookingStatus
    people: int
    position: int | None  # place on the waiting list (1 = next), when waiting


@dataclass(frozen=True)
class BookingRow:
    id: uuid.UUID
    family_id: uuid.UUID
    names: str  # first names of who is booked (empty once the family is erased)
    people: int
    status: BookingStatus
    no_show: bool
    position: int | None  # on the waiting list
    over_capacity: bool
    override_reason: str | None
    offered_at: datetime | None
    came_at: datetime | None
    created_at: datetime


@dataclass(frozen=True)
class SessionRegister:
    activity_id: uuid.UUID
    name: str
    site_name: str
    starts_at: datetime
    ends_at: datetime
    capacity: int | None
    cancelled: bool
    taken: int
    is_today: bool
    ended: bool
    rows: tuple[BookingRow, ...]

    @property
    def booked(self) -> tuple[BookingRow, ...]:
        return tuple(r for r in self.rows if r.status.holds_places)

    @property
    def waiting(self) -> tuple[BookingRow, ...]:
        return tuple(r for r in self.rows if r.status is BookingStatus.WAITING)

    @property
    def offers(self) -> tuple[BookingRow, ...]:
        return tuple(r for r in self.rows if r.status is BookingStatus.OFFERED)

    @property
    def no_shows(self) -> int:
        return sum(1 for r in self.rows if r.no_show)

    @property
    def came(self) -> int:
        return sum(1 for r in self.rows if r.status is BookingStatus.CAME)


@dataclass(frozen=True)
class ProgrammeFigures:
    """One programme's figures over a period: counts only, no personal data."""

    site_name: str
    name: str
    kind: ActivityKind
    sessions: int  # held (not cancelled) in the period
    first_day: date
    last_day: date
    bookings: int  # families booked (booked, offered or came; not the waiting list)
    came: int  # of those, marked as came
    no_shows: int  # of those, sessions ended and not came
    attended_people: int  # people signed in for its sessions, booked or walk-in


@dataclass
class _Tally:
    site_name: str
    first_day: date
    last_day: date | None = None
    sessions: int = 0
    bookings: int = 0
    came: int = 0
    no_shows: int = 0
    people: int = 0

    def __post_init__(self) -> None:
        self.last_day = self.last_day or self.first_day

    def add_session(self, day: date) -> None:
        self.sessions += 1
        self.first_day = min(self.first_day, day)
        self.last_day = max(self.last_day or day, day)


def _ids_text(ids: Sequence[uuid.UUID]) -> str:
    return " ".join(str(i) for i in ids)


def _ids_of(text: str | None) -> list[uuid.UUID]:
    return [uuid.UUID(x) for x in (text or "").split()]


def programme_figures(
    session: Session, hub_id: uuid.UUID, first_day: date, last_day: date, now: datetime
) -> list[ProgrammeFigures]:
    """Attendance and no-shows by programme for sessions starting on `first_day`..`last_day`
    (local days), in a read transaction the caller holds. Sorted by site, then name."""
    start, _ = day_bounds(first_day)
    _, end = day_bounds(last_day)
    rows = session.execute(
        select(Activity, Site.name)
        .join(Site, Site.id == Activity.site_id)
        .where(
            Activity.hub_id == hub_id,
            Activity.cancelled.is_(False),
            Activity.starts_at >= start,
            Activity.starts_at < end,
        )
    ).all()
    by_id = {a.id: (a, site_name) for a, site_name in rows}
    ids = list(by_id)
    groups: dict[tuple[uuid.UUID, str, str], _Tally] = {}

    def tally_of(activity_id: uuid.UUID | None) -> tuple[Activity, _Tally]:
        a, site_name = by_id[activity_id] if activity_id is not None else (None, "")
        assert a is not None
        key = (a.site_id, a.name, a.kind)
        if key not in groups:
            groups[key] = _Tally(site_name, local_day(a.starts_at))
        return a, groups[key]

    for a, _site in rows:
        _, tally = tally_of(a.id)
        tally.add_session(local_day(a.starts_at))
    for chunk in range(0, len(ids), 500):
        part = ids[chunk : chunk + 500]
        for b_aid, status in session.execute(
            select(Booking.activity_id, Booking.status).where(
                Booking.activity_id.in_(part), Booking.status.in_(places.HOLDING)
            )
        ):
            a, tally = tally_of(b_aid)
            tally.bookings += 1
            if status == BookingStatus.CAME.value:
                tally.came += 1
            elif a.ends_at <= now:
                tally.no_shows += 1
        for v_aid, people in session.execute(
            select(Visit.activity_id, Visit.people).where(Visit.activity_id.in_(part))
        ):
            _, tally = tally_of(v_aid)
            tally.people += int(people)
    out = [
        ProgrammeFigures(
            site_name=t.site_name,
            name=name,
            kind=ActivityKind(kind),
            sessions=t.sessions,
            first_day=t.first_day,
            last_day=t.last_day or t.first_day,
            bookings=t.bookings,
            came=t.came,
            no_shows=t.no_shows,
            attended_people=t.people,
        )
        for (_site_id, name, kind), t in groups.items()
    ]
    return sorted(out, key=lambda p: (p.site_name, p.name, p.kind.value))


class BookingService(Service):
    # --- booking ---------------------------------------------------------------------------------

    def book(self, actor: Actor, request: BookingIn) -> Booked:
        """Book the chosen members of a family into a session. Full: onto the waiting list,
        unless staff give an `override_reason` to book beyond capacity. Every problem of the
        request is raised at once (CombinedValidationError when there are several)."""
        check(actor, Permission.SIGN_IN_OUT)
        reason = clean_text(request.override_reason, "override_reason", max_len=REASON_MAX)
        now = self.now()
        with self.store.write() as session:
            activity = self._activity(session, actor, request.activity_id)
            family = live_family(session, actor.hub_id, request.family_id)
            problems: list[ValidationError] = []
            if activity.cancelled:
                problems.append(ValidationError("activity", "cancelled", "has been cancelled"))
            elif activity.ends_at <= now:
                problems.append(ValidationError("activity", "ended", "has already ended"))
            chosen = set(request.member_ids)
            members = [m for m in family.members if not m.removed and m.id in chosen]
            if not members:
                problems.append(ValidationError("members", "none_chosen", "choose who is coming"))
            already = session.scalar(
                select(Booking.id).where(
                    Booking.activity_id == activity.id,
                    Booking.family_id == family.id,
                    Booking.status != BookingStatus.CANCELLED.value,
                )
            )
            if already is not None:
                problems.append(
                    ValidationError("family", "already_booked", "is booked for this session")
                )
            _raise_all(problems)
            people = len(members)
            fits = activity.capacity is None or (
                places.taken(session, activity.id) + people <= activity.capacity
            )
            over = not fits and reason is not None
            status = BookingStatus.BOOKED if fits or over else BookingStatus.WAITING
            row = Booking(
                id=uuid7(),
                hub_id=actor.hub_id,
                activity_id=activity.id,
                family_id=family.id,
                status=status.value,
                people=people,
                member_ids=_ids_text([m.id for m in members]),
                over_capacity=over,
                override_reason=reason if over else None,
                staff_id=actor.staff_id,
                created_at=now,
                updated_at=now,
            )
            session.add(row)
            outbox.record(session, row, "booked", now)
            self._audit(
                session,
                actor,
                "booking.over_capacity" if over else f"booking.{status.value}",
                "booking",
                row.id,
                people=people,
                capacity=activity.capacity,
            )
            position = _waiting_position(session, row) if status is BookingStatus.WAITING else None
            return Booked(row.id, status, people, position)

    def cancel(self, actor: Actor, booking_id: uuid.UUID) -> None:
        """Cancel a booking (or take a family off the waiting list). Places it held are offered
        to the first family waiting whose party fits. Cancelling twice is harmless."""
        check(actor, Permission.SIGN_IN_OUT)
        now = self.now()
        with self.store.write() as session:
            row = self._booking(session, actor, booking_id)
            status = BookingStatus(row.status)
            if status is BookingStatus.CANCELLED:
                return
            if status is BookingStatus.CAME:
                raise ValidationError("booking", "came", "has come: sign the family out instead")
            self._set(session, actor, row, BookingStatus.CANCELLED, now, "cancelled")
            if status.holds_places:
                self._offer_freed(session, actor, row.activity_id, now)

    def confirm_offer(self, actor: Actor, booking_id: uuid.UUID) -> None:
        """The family offered a freed place takes it: the booking is booked."""
        check(actor, Permission.SIGN_IN_OUT)
        now = self.now()
        with self.store.write() as session:
            row = self._booking(session, actor, booking_id)
            if row.status != BookingStatus.OFFERED.value:
                raise ValidationError("booking", "not_offered", "has no place offered")
            self._set(session, actor, row, BookingStatus.BOOKED, now, "offer_confirmed")

    def pass_offer(self, actor: Actor, booking_id: uuid.UUID) -> None:
        """The family offered a place cannot take it: it leaves the waiting list and the places
        are offered to the next family waiting."""
        check(actor, Permission.SIGN_IN_OUT)
        now = self.now()
        with self.store.write() as session:
            row = self._booking(session, actor, booking_id)
            if row.status != BookingStatus.OFFERED.value:
                raise ValidationError("booking", "not_offered", "has no place offered")
            self._set(session, actor, row, BookingStatus.CANCELLED, now, "offer_passed")
            self._offer_freed(session, actor, row.activity_id, now, skip=row.id)

    def mark_came(self, actor: Actor, booking_id: uuid.UUID) -> datetime:
        """On the day of the session, the booked family has come: this signs them in now at the
        session's site (VisitService: a family already in the building joins the session with
        its open visit). Returns the time of sign-in."""
        check(actor, Permission.SIGN_IN_OUT)
        now = self.now()
        visits = VisitService(self.store, self.clock)
        with self.store.write() as session:
            row = self._booking(session, actor, booking_id)
            activity = self._activity(session, actor, row.activity_id)
            status = BookingStatus(row.status)
            if status is BookingStatus.CAME and row.came_at is not None:
                return row.came_at
            if not status.holds_places:
                raise ValidationError("booking", "not_booked", "has no place at this session")
            if activity.cancelled:
                raise ValidationError("activity", "cancelled", "has been cancelled")
            if local_day(activity.starts_at) != self.today():
                raise ValidationError("booking", "not_today", "can be marked on the day only")
            family_id, activity_id, site_id = row.family_id, activity.id, activity.site_id
            members = tuple(_ids_of(row.member_ids))
        here = actor.at_site(site_id)
        with self.store.write() as session:
            already = visits.open_visit(here, family_id)
            if already is not None:
                visits.join_activity(here, already.visit_id, activity_id)
            else:
                visits.sign_in(
                    here,
                    SignIn(
                        VisitReason.ACTIVITY,
                        family_id=family_id,
                        member_ids=members,
                        activity_id=activity_id,
                    ),
                )
            row = self._booking(session, actor, booking_id)
            self._audit(session, actor, "booking.came", "booking", row.id, people=row.people)
            return row.came_at or now

    # --- reading ---------------------------------------------------------------------------------

    def register(self, actor: Actor, activity_id: uuid.UUID) -> SessionRegister:
        """The session's register: everyone booked, offered, waiting or cancelled, in order."""
        check(actor, Permission.VIEW_FAMILIES)
        now = self.now()
        with self.store.read() as session:
            activity = self._activity(session, actor, activity_id)
            site = session.get(Site, activity.site_id)
            bookings = session.scalars(
                select(Booking)
                .where(Booking.activity_id == activity.id)
                .order_by(Booking.created_at, Booking.id)
            ).all()
            member_ids = {m for b in bookings for m in _ids_of(b.member_ids)}
            names = {
                m.id: m.first_name
                for m in session.scalars(select(Member).where(Member.id.in_(member_ids)))
            }
            ended = activity.ends_at <= now
            rows = []
            queue = 0
            for b in bookings:
                status = BookingStatus(b.status)
                position = None
                if status is BookingStatus.WAITING:
                    queue += 1
                    position = queue
                who = ", ".join(n for n in (names.get(m) for m in _ids_of(b.member_ids)) if n)
                rows.append(
                    BookingRow(
                        id=b.id,
                        family_id=b.family_id,
                        names=who,
                        people=b.people,
                        status=status,
                        no_show=ended
                        and not activity.cancelled
                        and status in (BookingStatus.BOOKED, BookingStatus.OFFERED),
                        position=position,
                        over_capacity=b.over_capacity,
                        override_reason=b.override_reason,
                        offered_at=b.offered_at,
                        came_at=b.came_at,
                        created_at=b.created_at,
                    )
                )
            return SessionRegister(
                activity_id=activity.id,
                name=activity.name,
                site_name=site.name if site else "",
                starts_at=activity.starts_at,
                ends_at=activity.ends_at,
                capacity=activity.capacity,
                cancelled=activity.cancelled,
                taken=places.taken(session, activity.id),
                is_today=local_day(activity.starts_at) == self.today(),
                ended=ended,
                rows=tuple(rows),
            )

    def programmes(self, actor: Actor, first_day: date, last_day: date) -> list[ProgrammeFigures]:
        """Attendance and no-shows by programme for the period (counts only)."""
        check(actor, Permission.VIEW_FAMILIES)
        if last_day < first_day:
            raise ValidationError("last_day", "before_first", "must not be before the first day")
        with self.store.read() as session:
            return programme_figures(session, actor.hub_id, first_day, last_day, self.now())

    # --- helpers ---------------------------------------------------------------------------------

    def _activity(self, session: Session, actor: Actor, activity_id: uuid.UUID) -> Activity:
        row = session.get(Activity, activity_id) if isinstance(activity_id, uuid.UUID) else None
        if row is None or row.hub_id != actor.hub_id:
            raise ValidationError("activity", "unknown_activity", "is not on the timetable")
        return row

    def _booking(self, session: Session, actor: Actor, booking_id: uuid.UUID) -> Booking:
        row = session.get(Booking, booking_id) if isinstance(booking_id, uuid.UUID) else None
        if row is None or row.hub_id != actor.hub_id:
            raise ValidationError("booking", "unknown_booking", "is not a booking here")
        return row

    def _set(
        self,
        session: Session,
        actor: Actor,
        row: Booking,
        status: BookingStatus,
        now: datetime,
        action: str,
    ) -> None:
        row.status = status.value
        row.updated_at = now
        outbox.record(session, row, action, now)
        self._audit(session, actor, f"booking.{action}", "booking", row.id, people=row.people)

    def offer_freed(self, session: Session, actor: Actor, activity_id: uuid.UUID) -> None:
        """Offer what is free at the session to the families waiting, inside the caller's write
        transaction (the timetable calls it when a session's places are raised)."""
        self._offer_freed(session, actor, activity_id, self.now())

    def _offer_freed(
        self,
        session: Session,
        actor: Actor,
        activity_id: uuid.UUID,
        now: datetime,
        skip: uuid.UUID | None = None,
    ) -> None:
        """Offer freed places to the families waiting, first come first offered: each in turn
        whose party fits what is free (a family of four cannot take one place)."""
        activity = session.get(Activity, activity_id)
        if activity is None or activity.cancelled or activity.ends_at <= now:
            return
        session.flush()
        capacity = activity.capacity
        free = None if capacity is None else capacity - places.taken(session, activity_id)
        waiting = session.scalars(
            select(Booking)
            .where(
                Booking.activity_id == activity_id,
                Booking.status == BookingStatus.WAITING.value,
                Booking.id != skip if skip is not None else Booking.id.is_not(None),
            )
            .order_by(Booking.created_at, Booking.id)
        ).all()
        for b in waiting:
            if free is not None and b.people > free:
                continue
            b.offered_at = now
            self._set(session, actor, b, BookingStatus.OFFERED, now, "offered")
            if free is not None:
                free -= b.people
            if free is not None and free <= 0:
                break


def _waiting_position(session: Session, row: Booking) -> int:
    ahead = session.scalars(
        select(Booking.id)
        .where(
            Booking.activity_id == row.activity_id,
            Booking.status == BookingStatus.WAITING.value,
        )
        .order_by(Booking.created_at, Booking.id)
    ).all()
    return list(ahead).index(row.id) + 1


def _raise_all(problems: list[ValidationError]) -> None:
    if len(problems) == 1:
        raise problems[0]
    if problems:
        raise CombinedValidationError(problems)
