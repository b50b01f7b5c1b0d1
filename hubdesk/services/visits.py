"""Signing in and out, closing the day, and who is in the building now."""

from __future__ import annotations

import secrets
import uuid
from dataclasses import dataclass
from datetime import date, datetime
from typing import cast

from sqlalchemy import Table, bindparam, exists, insert, select, update
from sqlalchemy.orm import Session

from hubdesk.domain.catalogue import SignOutBy, VisitReason
from hubdesk.domain.clock import Clock
from hubdesk.domain.errors import ValidationError
from hubdesk.domain.ids import uuid7
from hubdesk.domain.people import AgeBand, ChildInParty, Party, Role, age_on
from hubdesk.domain.postcode import parse_optional_postcode
from hubdesk.domain.staff import Permission
from hubdesk.services import places
from hubdesk.services.base import Actor, Service, check, day_bounds
from hubdesk.services.families import live_family
from hubdesk.storage import outbox, snapshots
from hubdesk.storage.engine import Store
from hubdesk.storage.models import (
    Activity,
    Device,
    Family,
    Member,
    PostcodeArea,
    Site,
    Visit,
    VisitMember,
)


@dataclass(frozen=True)
class SignIn:
    """What a party gives when it signs in.

    Either `family_id` with the `member_ids` ticked as here today (the party is worked out from
    their roles and dates of birth, plus any `guests`: children who came with the family but are
    not part of it), or an anonymous `party` with an optional `postcode`.
    """

    reason: VisitReason
    party: Party | None = None
    family_id: uuid.UUID | None = None
    member_ids: tuple[uuid.UUID, ...] = ()
    activity_id: uuid.UUID | None = None
    postcode: str | None = None
    first_time: bool | None = None  # "first time at a Family Hub?" (anonymous parties)
    guests: tuple[ChildInParty, ...] = ()  # with a registered family only


@dataclass(frozen=True)
class SignedIn:
    visit_id: uuid.UUID
    people: int
    signed_in_at: datetime
    is_new: bool | None
    leave_code: int | None = None  # the kiosk's sign-out number (kiosk sign-ins only)


@dataclass(frozen=True)
class OpenVisit:
    """A party signed in today and not out yet, as the kiosk may show it to that party: no
    names, just its sign-out number, when it arrived and how many came."""

    visit_id: uuid.UUID
    signed_in_at: datetime
    people: int
    leave_code: int | None


class AlreadyInError(ValidationError):
    """The family is signed in at this site already: one open visit per family per site."""

    def __init__(self, visit: OpenVisit) -> None:
        super().__init__("family", "already_in", "is signed in at this site already")
        self.visit = visit


@dataclass(frozen=True)
class InBuilding:
    """One party in the building, as the desk and the roll call show it."""

    visit_id: uuid.UUID
    site_id: uuid.UUID
    signed_in_at: datetime
    people: int
    adults: int
    children: int
    names: str | None
    family_id: uuid.UUID | None
    device_id: uuid.UUID
    reason: str


LEAVE_CODES = range(10, 100)  # two digits: easy to remember, hard to guess
LEAVE_CODES_BUSY = range(100, 1000)  # when a device has more than 90 parties in at once


class VisitService(Service):
    def __init__(self, store: Store, clock: Clock | None = None) -> None:
        super().__init__(store, clock)
        # site id -> its hub id, for sites this service has seen signed in at: a site never
        # changes hub and is never deleted, so a hit needs no query; a miss asks the store
        self._site_hub: dict[uuid.UUID, uuid.UUID] = {}

    def _check_site(self, session: Session, actor: Actor) -> None:
        if self._site_hub.get(actor.site_id) == actor.hub_id:
            return
        hub_id = session.execute(_SITE_HUB, {"site_id": actor.site_id}).scalar()
        if hub_id is None or hub_id != actor.hub_id:
            self._site_hub.pop(actor.site_id, None)
            raise ValidationError("site", "unknown_site", "is not a site of this hub")
        self._site_hub[actor.site_id] = hub_id

    def sign_in(self, actor: Actor, request: SignIn) -> SignedIn:
        """Record a party signing in. Committed durably before this returns."""
        check(actor, Permission.SIGN_IN_OUT, kiosk_ok=True)
        try:
            reason = VisitReason(request.reason)
        except ValueError:
            raise ValidationError("reason", "unknown_reason", "is not a reason to visit") from None
        if reason is VisitReason.ACTIVITY and request.activity_id is None:
            raise ValidationError(
                "activity", "required", "is required when the reason is an activity"
            )
        now = self.now()
        day = self.today()
        with self.store.write() as session:
            conn = session.connection()
            self._check_site(session, actor)
            activity = None
            if request.activity_id is not None:
                activity = session.get(Activity, request.activity_id)
                if activity is None or activity.hub_id != actor.hub_id or activity.cancelled:
                    raise ValidationError("activity", "unknown_activity", "is not on the timetable")
            names: str | None = None
            family: Family | None = None
            members: list[Member] = []
            if request.family_id is not None:
                # a family merged into another signs in as the one kept
                family = live_family(session, actor.hub_id, request.family_id)
                already = _open_visit(session, family.id, actor.site_id, day)
                if already is not None:
                    raise AlreadyInError(already)
                members = _ticked_members(family, request.member_ids)
                party = party_of(members, day, request.guests)
                district = family.postcode_district
                full_postcode = family.postcode
                is_new: bool | None = not session.scalar(
                    select(
                        exists().where(Visit.family_id == family.id, Visit.hub_id == actor.hub_id)
                    )
                )
                names = ", ".join(m.first_name for m in members)
            else:
                if request.party is None:
                    raise ValidationError("party", "required", "say who is here")
                if request.guests:
                    raise ValidationError("guests", "unexpected", "only with a registered family")
                party = request.party
                code = parse_optional_postcode(request.postcode, "postcode")
                district = code.district if code else None
                full_postcode = str(code) if code else None
                is_new = request.first_time
            # a family that booked the session comes into the places its booking holds
            booking = (
                places.open_booking(session, family.id, activity.id)
                if activity is not None and family is not None
                else None
            )
            # checked inside the write transaction (BEGIN IMMEDIATE), so two devices cannot both
            # take the last place; bookings hold places too (services/places.py)
            if (
                activity is not None
                and activity.capacity is not None
                and booking is None
                and places.taken(session, activity.id) + party.people > activity.capacity
            ):
                raise ValidationError("activity", "full", "has no places left")
            # the postcode's ward, LSOA and deprivation decile (footfall), if the lookup has it
            area = (
                conn.execute(_POSTCODE_AREA, {"postcode": full_postcode}).first()
                if full_postcode
                else None
            )
            leave_code = _free_leave_code(session, actor, day) if actor.is_kiosk else None
            # Core, not an ORM object and a flush: this is the kiosk's hot path, and the ORM's
            # unit of work cost more than the commit itself (docs/performance.md).
            visit = snapshots.row_values(
                Visit,
                {
                    "id": uuid7(),
                    "hub_id": actor.hub_id,
                    "site_id": actor.site_id,
                    "device_id": actor.device_id,
                    "family_id": family.id if family else None,
                    "activity_id": request.activity_id,
                    "reason": reason.value,
                    "signed_in_at": now,
                    "postcode_district": district,
                    "is_new": is_new,
                    "first_time_any_hub": request.first_time,
                    "people": party.people,
                    "male_carers": party.male_carers,
                    "send_children": party.send_children,
                    "names": names,
                    "ward_code": area.ward_code if area else None,
                    "lsoa_code": area.lsoa_code if area else None,
                    "imd_decile": area.imd_decile if area else None,
                    "leave_code": leave_code,
                    "updated_at": now,
                    **{f"adults_{role.value}": party.count_role(role) for role in Role},
                    **{band.column: party.count_band(band) for band in AgeBand},
                },
            )
            conn.execute(_INSERT_VISIT, visit)
            member_ids = [m.id for m in members]
            if member_ids:
                conn.execute(
                    _INSERT_VISIT_MEMBER,
                    [{"visit_id": visit["id"], "member_id": m} for m in member_ids],
                )
            if family is not None:
                family.last_visit_at = now  # flushed with the commit
                family.updated_at = now
            outbox.record_values(session, "visit", visit, "signed_in", now, member_ids)
            if booking is not None:
                places.mark_came(session, booking, visit["id"], now)
            _touch_device(session, actor.device_id, now)
            return SignedIn(visit["id"], party.people, now, is_new, leave_code)

    def sign_out(self, actor: Actor, visit_id: uuid.UUID, by: SignOutBy = SignOutBy.FAMILY) -> None:
        """Sign a party out. Signing out twice is harmless (the first time stands)."""
        check(actor, Permission.SIGN_IN_OUT, kiosk_ok=by is SignOutBy.FAMILY)
        now = self.now()
        with self.store.write() as session:
            conn = session.connection()
            row = conn.execute(_SELECT_VISIT, {"visit_id": visit_id}).mappings().first()
            if row is None or row["hub_id"] != actor.hub_id:
                raise ValidationError("visit", "unknown_visit", "is not a visit at this hub")
            if row["signed_out_at"] is not None:
                return
            changes = {
                "signed_out_at": now,
                "signed_out_by": SignOutBy(by).value,
                "updated_at": now,
            }
            conn.execute(_SIGN_OUT_VISIT, {"visit_id": visit_id, **changes})
            member_ids: list[uuid.UUID] = []
            if row["family_id"] is not None:
                member_ids = list(conn.execute(_VISIT_MEMBER_IDS, {"visit_id": visit_id}).scalars())
            visit = {**row, **changes}
            outbox.record_values(session, "visit", visit, "signed_out", now, member_ids)
            if not actor.is_kiosk:
                self._audit(session, actor, "visit.signed_out", "visit", visit_id, by=by.value)

    def open_visit(self, actor: Actor, family_id: uuid.UUID) -> OpenVisit | None:
        """The family's visit at the actor's site today if it has not signed out yet."""
        check(actor, Permission.SIGN_IN_OUT, kiosk_ok=True)
        with self.store.read() as session:
            family = live_family(session, actor.hub_id, family_id)
            return _open_visit(session, family.id, actor.site_id, self.today())

    def sign_out_family(
        self, actor: Actor, family_id: uuid.UUID, by: SignOutBy = SignOutBy.FAMILY
    ) -> OpenVisit | None:
        """Sign out the family's open visit at the actor's site today. Returns it, or None when
        the family was not signed in here (nothing is written then)."""
        check(actor, Permission.SIGN_IN_OUT, kiosk_ok=by is SignOutBy.FAMILY)
        with self.store.write() as session:
            family = live_family(session, actor.hub_id, family_id)
            visit = _open_visit(session, family.id, actor.site_id, self.today())
            if visit is not None:
                self.sign_out(actor, visit.visit_id, by)
            return visit

    def join_activity(self, actor: Actor, visit_id: uuid.UUID, activity_id: uuid.UUID) -> SignedIn:
        """A family already in the building goes to today's session there: its open visit
        becomes attendance at the session (one visit, never a second). A full session is
        refused with ValidationError("activity", "full")."""
        check(actor, Permission.SIGN_IN_OUT)
        now = self.now()
        with self.store.write() as session:
            conn = session.connection()
            row = conn.execute(_SELECT_VISIT, {"visit_id": visit_id}).mappings().first()
            if row is None or row["hub_id"] != actor.hub_id or row["signed_out_at"] is not None:
                raise ValidationError("visit", "unknown_visit", "is not an open visit here")
            activity = session.get(Activity, activity_id)
            if (
                activity is None
                or activity.hub_id != actor.hub_id
                or activity.cancelled
                or activity.site_id != row["site_id"]
            ):
                raise ValidationError("activity", "unknown_activity", "is not on the timetable")
            booking = (
                places.open_booking(session, row["family_id"], activity.id)
                if row["family_id"] is not None
                else None
            )
            if (
                row["activity_id"] != activity_id
                and activity.capacity is not None
                and booking is None
                and places.taken(session, activity.id) + int(row["people"]) > activity.capacity
            ):
                raise ValidationError("activity", "full", "has no places left")
            changes = {
                "activity_id": activity_id,
                "reason": VisitReason.ACTIVITY.value,
                "updated_at": now,
            }
            session.execute(update(Visit).where(Visit.id == visit_id).values(**changes))
            member_ids = list(conn.execute(_VISIT_MEMBER_IDS, {"visit_id": visit_id}).scalars())
            outbox.record_values(session, "visit", {**row, **changes}, "upsert", now, member_ids)
            if booking is not None:
                places.mark_came(session, booking, visit_id, now)
            self._audit(session, actor, "visit.joined_activity", "visit", visit_id)
            return SignedIn(
                visit_id, int(row["people"]), row["signed_in_at"], row["is_new"], row["leave_code"]
            )

    def sign_out_everyone(self, actor: Actor, site_id: uuid.UUID | None = None) -> int:
        """Closing time: sign out every open visit of the hub (or one site). Returns how many."""
        check(actor, Permission.CLOSE_DAY)
        now = self.now()
        with self.store.write() as session:
            query = select(Visit).where(Visit.hub_id == actor.hub_id, Visit.signed_out_at.is_(None))
            if site_id is not None:
                query = query.where(Visit.site_id == site_id)
            visits = list(session.scalars(query))
            for visit in visits:
                visit.signed_out_at = now
                visit.signed_out_by = SignOutBy.CLOSING.value
                visit.updated_at = now
                outbox.record(session, visit, "signed_out", now)
            self._audit(session, actor, "visits.closed", "site", site_id, count=len(visits))
            return len(visits)

    def who_is_in(self, hub_id: uuid.UUID, site_id: uuid.UUID | None = None) -> list[InBuilding]:
        """Everyone signed in today and not yet out, newest first, across the hub's devices."""
        start, _ = day_bounds(self.today())
        adults = (
            Visit.adults_mother
            + Visit.adults_father
            + Visit.adults_carer
            + Visit.adults_grandparent
            + Visit.adults_other
        )
        # Columns, not ORM objects: at a busy hub this list is refreshed live on the desk.
        query = (
            select(
                Visit.id,
                Visit.site_id,
                Visit.signed_in_at,
                Visit.people,
                adults,
                Visit.names,
                Visit.family_id,
                Visit.device_id,
                Visit.reason,
            )
            .where(
                Visit.hub_id == hub_id,
                Visit.signed_out_at.is_(None),
                Visit.signed_in_at >= start,
            )
            .order_by(Visit.signed_in_at.desc())
        )
        if site_id is not None:
            query = query.where(Visit.site_id == site_id)
        with self.store.read() as session:
            return [
                InBuilding(
                    visit_id=row[0],
                    site_id=row[1],
                    signed_in_at=row[2],
                    people=row[3],
                    adults=row[4],
                    children=row[3] - row[4],
                    names=row[5],
                    family_id=row[6],
                    device_id=row[7],
                    reason=row[8],
                )
                for row in session.execute(query)
            ]

    def signed_in_here_today(self, actor: Actor) -> list[OpenVisit]:
        """For the kiosk's sign-out screen: the parties this device signed in today that have
        not signed out, by sign-out number. No names: anyone standing at the kiosk sees this."""
        check(actor, Permission.SIGN_IN_OUT, kiosk_ok=True)
        start, _ = day_bounds(self.today())
        with self.store.read() as session:
            rows = session.execute(
                select(Visit.id, Visit.signed_in_at, Visit.people, Visit.leave_code)
                .where(
                    Visit.device_id == actor.device_id,
                    Visit.site_id == actor.site_id,
                    Visit.signed_out_at.is_(None),
                    Visit.signed_in_at >= start,
                    Visit.leave_code.is_not(None),
                )
                .order_by(Visit.leave_code)
            ).all()
            return [OpenVisit(*row) for row in rows]


def _open_visit(
    session: Session, family_id: uuid.UUID, site_id: uuid.UUID, day: date
) -> OpenVisit | None:
    """The family's open visit at `site_id` on `day`, if any (the newest, should there be two:
    two devices that were offline can each have signed the family in)."""
    start, _ = day_bounds(day)
    row = session.execute(
        select(Visit.id, Visit.signed_in_at, Visit.people, Visit.leave_code)
        .where(
            Visit.family_id == family_id,
            Visit.site_id == site_id,
            Visit.signed_out_at.is_(None),
            Visit.signed_in_at >= start,
        )
        .order_by(Visit.signed_in_at.desc())
        .limit(1)
    ).first()
    return OpenVisit(*row) if row is not None else None


def _free_leave_code(session: Session, actor: Actor, day: date) -> int | None:
    """A sign-out number no open visit of this device holds today, drawn at random (None when
    a thousand parties are in at once: they sign out by pass, or staff sign them out; a sign-in
    is never refused for want of a number). Reads the day's open visits only (through the
    partial index ix_visits_open)."""
    start, _ = day_bounds(day)
    taken = set(
        session.scalars(
            select(Visit.leave_code).where(
                Visit.hub_id == actor.hub_id,
                Visit.device_id == actor.device_id,
                Visit.signed_out_at.is_(None),
                Visit.signed_in_at >= start,
                Visit.leave_code.is_not(None),
            )
        )
    )
    for codes in (LEAVE_CODES, LEAVE_CODES_BUSY):
        free = [c for c in codes if c not in taken]
        if free:
            return secrets.choice(free)
    return None


def _ticked_members(family: Family, member_ids: tuple[uuid.UUID, ...]) -> list[Member]:
    current = [m for m in family.members if not m.removed]
    if not member_ids:
        raise ValidationError("members", "required", "tick who is here today")
    by_id = {m.id: m for m in current}
    chosen = []
    for mid in member_ids:
        if mid not in by_id:
            raise ValidationError("members", "not_in_family", "are not all in this family")
        chosen.append(by_id[mid])
    return chosen


def party_of(members: list[Member], day: date, guests: tuple[ChildInParty, ...] = ()) -> Party:
    """A family's party on `day`: adults by role, children by age band on that day, and any
    children who came with them as guests."""
    adults: list[Role] = []
    children: list[ChildInParty] = [g for g in guests if isinstance(g, ChildInParty)]
    if len(children) != len(guests):
        raise ValidationError("guests", "not_a_child", "must be children in a party")
    male_carers = 0
    for m in members:
        if m.is_child:
            if m.date_of_birth is None:
                raise ValidationError("date_of_birth", "required", "is missing for a child")
            band = AgeBand.for_age(age_on(m.date_of_birth, day), send=m.send)
            children.append(ChildInParty(band, m.send))
        else:
            role = Role(m.role or Role.OTHER)
            adults.append(role)
            if role not in (Role.MOTHER, Role.FATHER) and m.gender == "male":
                male_carers += 1
    return Party(tuple(adults), tuple(children), male_carers)


def _touch_device(session: Session, device_id: uuid.UUID, now: datetime) -> None:
    session.connection().execute(_TOUCH_DEVICE, {"device_id": device_id, "now": now})


# The hot-path statements, built once: SQLAlchemy caches their compiled SQL, so each use costs
# only binding the values (Core on the session's connection: no ORM unit of work, no autoflush).
_VISITS = cast("Table", Visit.__table__)
_INSERT_VISIT = insert(_VISITS)
_INSERT_VISIT_MEMBER = insert(cast("Table", VisitMember.__table__))
_SELECT_VISIT = select(_VISITS).where(_VISITS.c.id == bindparam("visit_id"))
_SIGN_OUT_VISIT = (
    update(_VISITS)
    .where(_VISITS.c.id == bindparam("visit_id"))
    .values(
        signed_out_at=bindparam("signed_out_at"),
        signed_out_by=bindparam("signed_out_by"),
        updated_at=bindparam("updated_at"),
    )
)
_VISIT_MEMBER_IDS = (
    select(VisitMember.member_id)
    .where(VisitMember.visit_id == bindparam("visit_id"))
    .order_by(VisitMember.member_id)
)
_SITE_HUB = select(Site.hub_id).where(Site.id == bindparam("site_id"))
_POSTCODE_AREA = select(
    PostcodeArea.ward_code, PostcodeArea.lsoa_code, PostcodeArea.imd_decile
).where(PostcodeArea.postcode == bindparam("postcode"))
_TOUCH_DEVICE = (
    update(cast("Table", Device.__table__))
    .where(Device.__table__.c.id == bindparam("device_id"))
    .values(last_seen_at=bindparam("now"))
)
