"""Blanking a family's personal data in the store: the row work shared by erasure on request and
by retention (services/erasure.py, which adds the outbox and the audit entry) and by sync, which
applies an erasure that another device of the hub made (storage/snapshots.py).

Erasure is sticky: once a family is erased here, a late snapshot from a device that had not heard
yet (an edit, a sign-out, a consent) updates footfall only, never the personal fields; and an
erasure arriving from another device wins over a newer local edit. `erased_at_of` says which rows
are covered.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from hubdesk.storage.models import (
    Base,
    Booking,
    Contact,
    Family,
    FamilyMerge,
    FamilyNotDuplicate,
    FamilyPass,
    Member,
    OutboxEvent,
    Visit,
    VisitMember,
)

# What erasure leaves in the columns it blanks, by table. The same values whether the erasure is
# made here (`blank_family`) or a record of an already erased family arrives from another device
# (storage/snapshots.apply_snapshot): so every device ends with the same anonymised remains. A
# pass's random token and short code carry no personal data and stay (a tombstone: a scan of the
# old card says "cancelled"); its revocation time depends on the erasure, so it is set apart.
ERASED_VALUES: dict[type[Base], dict[str, Any]] = {
    Family: {
        "postcode": None,
        "postcode_district": None,
        "phone": None,
        "email": None,
        "notes": None,
        "consent_notice_version": None,
        "consent_at": None,
        "consent_by": None,
        "due_date": None,
    },
    Member: {
        "first_name": "",
        "last_name": None,
        "role": None,
        "gender": None,
        "date_of_birth": None,
        "send": False,
        "position": 0,
        "removed": True,
    },
    Visit: {"names": None},
    Contact: {
        "notes": None,
        "referred_to": None,
        "signposted_to": None,
        "caller_name": None,
        "caller_phone": None,
    },
    Booking: {"member_ids": None, "override_reason": None},
}
# Personal (sealed) columns that erasure keeps, by table: a record of an erased family that a device
# has never held may take them from the incoming event.
KEPT_ON_ERASURE: dict[type[Base], frozenset[str]] = {
    FamilyPass: frozenset({"token", "short_code"}),
}


def _blank(row: Base) -> None:
    for name, value in ERASED_VALUES[type(row)].items():
        setattr(row, name, value)


@dataclass
class BlankedRows:
    families: list[Family] = field(default_factory=list)
    members: list[Member] = field(default_factory=list)
    passes: list[FamilyPass] = field(default_factory=list)
    visits: list[Visit] = field(default_factory=list)
    contacts: list[Contact] = field(default_factory=list)
    bookings: list[Booking] = field(default_factory=list)

    def all(self) -> list[Base]:
        return [
            *self.families,
            *self.members,
            *self.passes,
            *self.visits,
            *self.contacts,
            *self.bookings,
        ]


def with_merged(session: Session, family: Family) -> list[Family]:
    """The family and every family merged into it (directly or through another merge)."""
    found = [family]
    frontier = [family.id]
    seen = {family.id}
    while frontier:
        rows = session.scalars(select(Family).where(Family.merged_into_id.in_(frontier))).all()
        frontier = []
        for row in rows:
            if row.id not in seen:
                seen.add(row.id)
                found.append(row)
                frontier.append(row.id)
    return found


def blank_family(session: Session, family: Family, now: datetime) -> BlankedRows:
    """Blank every personal field held about `family` and the families merged into it, inside
    the caller's transaction. Footfall columns are left exactly as they were."""
    out = BlankedRows(families=with_merged(session, family))
    family_ids = [f.id for f in out.families]
    # a merge's undo record holds earlier values of the families' personal fields
    session.execute(
        delete(FamilyMerge).where(
            FamilyMerge.keep_id.in_(family_ids) | FamilyMerge.duplicate_id.in_(family_ids)
        )
    )
    session.execute(
        delete(FamilyNotDuplicate).where(
            FamilyNotDuplicate.a_id.in_(family_ids) | FamilyNotDuplicate.b_id.in_(family_ids)
        )
    )
    for row in out.families:
        _blank(row)
        if row.erased_at is None:
            row.erased_at = now
        row.updated_at = max(row.updated_at, now) if row.updated_at else now
        for member in row.members:
            _blank(member)
            out.members.append(member)
    out.passes = list(
        session.scalars(select(FamilyPass).where(FamilyPass.family_id.in_(family_ids)))
    )
    for card in out.passes:
        if card.revoked_at is None:
            card.revoked_at = now
        card.updated_at = max(card.updated_at, now)
    out.visits = list(session.scalars(select(Visit).where(Visit.family_id.in_(family_ids))))
    visit_ids = [v.id for v in out.visits]
    for start in range(0, len(visit_ids), 500):
        session.execute(
            delete(VisitMember).where(VisitMember.visit_id.in_(visit_ids[start : start + 500]))
        )
    for visit in out.visits:
        _blank(visit)
        visit.updated_at = max(visit.updated_at, now)
    out.contacts = list(session.scalars(select(Contact).where(Contact.family_id.in_(family_ids))))
    for contact in out.contacts:
        _blank(contact)
        contact.updated_at = max(contact.updated_at, now)
    out.bookings = list(session.scalars(select(Booking).where(Booking.family_id.in_(family_ids))))
    for booking in out.bookings:
        _blank(booking)
        booking.updated_at = max(booking.updated_at, now)
    session.flush()
    return out


# What the personal part of a pending outbox event about an erased record becomes. Not empty: the
# engine seals a non-empty part, and the service tells a resend from a different event partly by
# whether it has a sealed part (sync/protocol.py, body_hash), so an event that may already have
# reached the service (its reply lost) must still carry one. The key is no column of any table,
# so a device that opens it applies nothing personal from it (storage/snapshots.apply_snapshot).
SCRUBBED_PERSONAL: dict[str, bool] = {"scrubbed": True}


def scrub_outbox(session: Session, entity_ids: set[uuid.UUID]) -> tuple[int, int]:
    """Drop the personal part of older outbox events about `entity_ids`.

    Events already sent are deleted (the central service has them; the sequence number is never
    reused, see OutboxEvent). Events still to send keep their footfall so the counts still reach
    the central service, but their clear personal part is replaced by `SCRUBBED_PERSONAL`, which
    names no one; it still goes out sealed, so if an earlier send of the event did reach the
    service (a lost reply), the resend is still "duplicate", not a conflict that would quarantine
    it. Returns (pruned, scrubbed).
    """
    if not entity_ids:
        return 0, 0
    pruned = scrubbed = 0
    ids = list(entity_ids)
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        events = session.scalars(select(OutboxEvent).where(OutboxEvent.entity_id.in_(chunk))).all()
        for event in events:
            if event.state == "sent":
                session.delete(event)
                pruned += 1
                continue
            body = dict(event.body)
            if body.get("personal") and body["personal"] != SCRUBBED_PERSONAL:
                body["personal"] = dict(SCRUBBED_PERSONAL)
                event.body = body
                scrubbed += 1
    return pruned, scrubbed


def family_erased_at(session: Session, family_id: uuid.UUID | None) -> datetime | None:
    """When the family was erased here; None if it is not held or not erased."""
    if family_id is None:
        return None
    family = session.get(Family, family_id)
    return family.erased_at if family is not None else None


def erased_at_of(session: Session, row: Base | None, values: dict[str, object]) -> datetime | None:
    """When the erased family that `row` (held) or the record `values` describe belongs to was
    erased here; None if it is not erased here."""
    if isinstance(row, Family):
        return row.erased_at
    family_id = getattr(row, "family_id", None) if row is not None else values.get("family_id")
    return family_erased_at(session, family_id) if isinstance(family_id, uuid.UUID) else None
