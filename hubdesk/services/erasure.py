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
* "Here to Help" contacts keep their channel, need and outcome codes but lose notes and who the
  family was referred or signposted to;
* every changed row goes to the outbox (op ``erased``), so the erasure reaches the hub's other
  devices and the central service through sync; older outbox events about those rows are pruned
  (already sent) or stripped of their clear-text personal part (still to send);
* one audit entry, with counts only.

SQLite's ``secure_delete`` is on (storage/engine.py), so overwritten values are not left in free
pages of the database file.
"""

from __future__ import annotations

import uuid
from dataclasses import asdict, dataclass
from datetime import datetime

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from hubdesk.domain.errors import ValidationError
from hubdesk.domain.staff import Permission
from hubdesk.services.base import Actor, Service, check
from hubdesk.storage import outbox
from hubdesk.storage.models import (
    Base,
    Contact,
    Family,
    FamilyPass,
    OutboxEvent,
    Visit,
    VisitMember,
)

ERASED_OP = "erased"


@dataclass(frozen=True)
class ErasedCounts:
    """How many rows an erasure changed (codes and counts only: safe to log and audit)."""

    families: int = 0
    members: int = 0
    passes: int = 0
    visits: int = 0
    contacts: int = 0
    outbox_pruned: int = 0
    outbox_scrubbed: int = 0

    def __add__(self, other: ErasedCounts) -> ErasedCounts:
        mine, theirs = asdict(self), asdict(other)
        return ErasedCounts(**{k: mine[k] + theirs[k] for k in mine})

    def as_detail(self) -> dict[str, int]:
        return asdict(self)


def _with_merged(session: Session, family: Family) -> list[Family]:
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


def scrub_outbox(session: Session, entity_ids: set[uuid.UUID]) -> tuple[int, int]:
    """Drop the personal part of older outbox events about `entity_ids`.

    Events already sent are deleted (the central service has them; the sequence number is never
    reused, see OutboxEvent). Events still to send keep their footfall so the counts still reach
    the central service, but their clear-text personal part is emptied; a part already sealed for
    a send that may have reached the server is kept as it is (sealed with the hub key), so a resend
    is byte-identical and not taken for a conflict. Returns (pruned, scrubbed).
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
            if body.get("personal"):
                body["personal"] = {}
                event.body = body
                scrubbed += 1
    return pruned, scrubbed


def erase_family_rows(session: Session, family: Family, now: datetime) -> ErasedCounts:
    """Erase `family` (and families merged into it) inside the caller's transaction."""
    families = _with_merged(session, family)
    family_ids = [f.id for f in families]
    touched: set[uuid.UUID] = set()
    changed: list[Base] = []
    members = 0
    for row in families:
        row.postcode = None
        row.postcode_district = None
        row.phone = None
        row.email = None
        row.notes = None
        row.consent_notice_version = None
        row.consent_at = None
        if row.erased_at is None:
            row.erased_at = now
        row.updated_at = now
        for member in row.members:
            member.first_name = ""
            member.last_name = None
            member.role = None
            member.gender = None
            member.date_of_birth = None
            member.send = False
            member.removed = True
            members += 1
            changed.append(member)
        changed.append(row)
    passes = session.scalars(select(FamilyPass).where(FamilyPass.family_id.in_(family_ids))).all()
    for card in passes:
        if card.revoked_at is None:
            card.revoked_at = now
        card.updated_at = now
        changed.append(card)
    visits = session.scalars(select(Visit).where(Visit.family_id.in_(family_ids))).all()
    if visits:
        visit_ids = [v.id for v in visits]
        for start in range(0, len(visit_ids), 500):
            session.execute(
                delete(VisitMember).where(VisitMember.visit_id.in_(visit_ids[start : start + 500]))
            )
    for visit in visits:
        visit.names = None
        visit.updated_at = now
        changed.append(visit)
    contacts = session.scalars(select(Contact).where(Contact.family_id.in_(family_ids))).all()
    for contact in contacts:
        contact.notes = None
        contact.referred_to = None
        contact.signposted_to = None
        contact.updated_at = now
        changed.append(contact)
    for item in changed:
        touched.add(item.id)  # type: ignore[attr-defined]
    session.flush()
    pruned, scrubbed = scrub_outbox(session, touched)
    for item in changed:
        outbox.record(session, item, ERASED_OP, now)
    return ErasedCounts(
        families=len(families),
        members=members,
        passes=len(passes),
        visits=len(visits),
        contacts=len(contacts),
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
