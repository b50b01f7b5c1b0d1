"""Places at a session: what bookings hold and who walked in, counted the same way everywhere
(the timetable's "N of M places taken", booking, the kiosk and the desk signing a family in).

A place is taken by each person of a booking that holds places (booked, offered, came) and by each
person of a visit for the session that no booking brought (a walk-in). A family that booked and
came is counted once, by its booking.
"""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from hubdesk.domain.catalogue import BookingStatus
from hubdesk.storage import outbox
from hubdesk.storage.models import Booking, Visit

HOLDING = tuple(s.value for s in BookingStatus if s.holds_places)


def taken_by_activity(session: Session, activity_ids: list[uuid.UUID]) -> dict[uuid.UUID, int]:
    """Places taken at each of `activity_ids` (absent: none)."""
    if not activity_ids:
        return {}
    out: dict[uuid.UUID, int] = {}
    for aid, n in session.execute(
        select(Booking.activity_id, func.coalesce(func.sum(Booking.people), 0))
        .where(Booking.activity_id.in_(activity_ids), Booking.status.in_(HOLDING))
        .group_by(Booking.activity_id)
    ):
        out[aid] = out.get(aid, 0) + int(n)
    booked_visits = select(Booking.visit_id).where(
        Booking.activity_id.in_(activity_ids), Booking.visit_id.is_not(None)
    )
    for v_aid, v_n in session.execute(
        select(Visit.activity_id, func.coalesce(func.sum(Visit.people), 0))
        .where(Visit.activity_id.in_(activity_ids), Visit.id.not_in(booked_visits))
        .group_by(Visit.activity_id)
    ):
        if v_aid is not None:
            out[v_aid] = out.get(v_aid, 0) + int(v_n)
    return out


def taken(session: Session, activity_id: uuid.UUID) -> int:
    return taken_by_activity(session, [activity_id]).get(activity_id, 0)


def open_booking(session: Session, family_id: uuid.UUID, activity_id: uuid.UUID) -> Booking | None:
    """The family's booking at the session that is still waiting for it to come (booked or
    offered), if any."""
    return session.scalars(
        select(Booking)
        .where(
            Booking.family_id == family_id,
            Booking.activity_id == activity_id,
            Booking.status.in_((BookingStatus.BOOKED.value, BookingStatus.OFFERED.value)),
        )
        .order_by(Booking.created_at)
        .limit(1)
    ).first()


def mark_came(session: Session, booking: Booking, visit_id: uuid.UUID, at: datetime) -> None:
    """The booked family signed in (visit `visit_id`): the booking is attended. Inside the
    caller's write transaction."""
    booking.status = BookingStatus.CAME.value
    booking.came_at = at
    booking.visit_id = visit_id
    booking.updated_at = at
    outbox.record(session, booking, "came", at)
