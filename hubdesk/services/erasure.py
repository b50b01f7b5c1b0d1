"""Erasing a family: on request (right to erasure) or when the hub's retention period has passed.

What erasure does, in one transaction:

* the family row loses its postcode (full and district), phone, email, notes and consent stamp and
  gets `erased_at`; families merged into it are erased with it;
* every member loses first and last name, relationship, gender, date of birth and SEND flag, and is
  marked removed;
* every pass is revoked (the random token carries no personal data, so it stays as a tombstone:
  a scan of the old card says "cancelled", not "unknown");
* visits keep every footfall column (counts by role and age band, postcode district, new or
  returning, the pseudonymous family id) but lose the first names kept for the roll call and the
  list of which members were ticked;
* bookings keep their status and number of places but lose who of the family was booked and any
  reason staff gave for booking beyond capacity;
* "Here to Help" contacts keep their channel, need and outcome codes but lose notes and who the
  family was referred or signposted to, and any caller's name and number;
* every changed row goes to the outbox (op ``erased``), so the erasure reaches the hub's other
  devices and the central service through sync; older outbox events about those rows are deleted
  at once (already sent: no waiting for the retention job's 30 days) or have their clear personal
  part replaced by a marker that names no one (still to send: they still go, for the footfall;
  storage/erasure.py, `scrub_outbox`);
* one audit entry, with counts only.

SQLite's ``secure_delete`` is on (storage/engine.py), so overwritten values are not left in free
pages of the database file.
"""

from __future__ import annotations

import uuid
from dataclasses import asdict, dataclass
from datetime import datetime

from sqlalchemy.orm import Session

from hubdesk.domain.errors import ValidationError
from hubdesk.domain.staff import Permission
from hubdesk.services.base import Actor, Service, check
from hubdesk.services.contacts import caller_contacts
from hubdesk.storage import outbox
from hubdesk.storage.erasure import ERASED_VALUES, blank_family, scrub_outbox
from hubdesk.storage.models import Contact, Family

ERASED_OP = "erased"


@dataclass(frozen=True)
class ErasedCounts:
    """How many rows an erasure changed (codes and counts only: safe to log and audit)."""

    families: int = 0
    members: int = 0
    passes: int = 0
    visits: int = 0
    contacts: int = 0
    bookings: int = 0
    outbox_pruned: int = 0
    outbox_scrubbed: int = 0

    def __add__(self, other: ErasedCounts) -> ErasedCounts:
        mine, theirs = asdict(self), asdict(other)
        return ErasedCounts(**{k: mine[k] + theirs[k] for k in mine})

    def as_detail(self) -> dict[str, int]:
        return asdict(self)


def erase_family_rows(session: Session, family: Family, now: datetime) -> ErasedCounts:
    """Erase `family` (and families merged into it) inside the caller's transaction: blank the
    rows, prune or strip older outbox events about them, queue the erased rows for sync."""
    blanked = blank_family(session, family, now)
    changed = blanked.all()
    pruned, scrubbed = scrub_outbox(session, {row.id for row in changed})  # type: ignore[attr-defined]
    for row in changed:
        outbox.record(session, row, ERASED_OP, now)
    return ErasedCounts(
        families=len(blanked.families),
        members=len(blanked.members),
        passes=len(blanked.passes),
        visits=len(blanked.visits),
        contacts=len(blanked.contacts),
        bookings=len(blanked.bookings),
        outbox_pruned=pruned,
        outbox_scrubbed=scrubbed,
    )


class ErasureService(Service):
    """Erasure on request. Needs ADMINISTER (hub managers ask an administrator)."""

    def erase(self, actor: Actor, family_id: uuid.UUID) -> ErasedCounts:
        """Erase a family and everything personal held about it. Recorded in the audit log.

        Raises ValidationError("family", "unknown_family") for a family not held at this hub,
        already erased, or merged into another (erase the one it was merged into).
        """
        check(actor, Permission.ADMINISTER)
        if not isinstance(family_id, uuid.UUID):
            raise ValidationError("family", "not_an_id", "is not a family id")
        now = self.now()
        with self.store.write() as session:
            family = session.get(Family, family_id)
            if family is None or family.hub_id != actor.hub_id or family.erased_at is not None:
                raise ValidationError("family", "unknown_family", "is not registered here")
            if family.merged_into_id is not None:
                raise ValidationError(
                    "family", "merged", "was merged into another family: erase that one"
                )
            counts = erase_family_rows(session, family, now)
            self._audit(
                session,
                actor,
                "family.erased",
                "family",
                family.id,
                reason="request",
                **counts.as_detail(),
            )
            return counts

    def erase_caller(
        self, actor: Actor, *, name: str | None = None, phone: str | None = None
    ) -> ErasedCounts:
        """Erase an unregistered caller: every contact of the hub whose caller has this number
        or this name (services/contacts.caller_contacts) loses the caller's name and number,
        its notes and who they were referred or signposted to; the codes stay, for the counts.
        One audit entry, with counts only.

        Raises ValidationError("caller", ...) when neither is given or nothing matches.
        """
        check(actor, Permission.ADMINISTER)
        now = self.now()
        with self.store.write() as session:
            rows = caller_contacts(session, actor.hub_id, name, phone)
            if not rows:
                raise ValidationError("caller", "unknown_caller", "no contact has these details")
            for row in rows:
                for column, value in ERASED_VALUES[Contact].items():
                    setattr(row, column, value)
                row.updated_at = max(row.updated_at, now)
            session.flush()
            pruned, scrubbed = scrub_outbox(session, {row.id for row in rows})
            for row in rows:
                outbox.record(session, row, ERASED_OP, now)
            counts = ErasedCounts(
                contacts=len(rows), outbox_pruned=pruned, outbox_scrubbed=scrubbed
            )
            self._audit(
                session,
                actor,
                "caller.erased",
                "hub",
                actor.hub_id,
                reason="request",
                **counts.as_detail(),
            )
            return counts
