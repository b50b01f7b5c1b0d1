"""What a merge of two family records moves, and the rows that arrive after it.

`FAMILY_LINKED` lists every table of rows that belong to a family through `family_id`: a merge
moves them to the kept record and its undo moves them back (services/family_merge.py). Add a
family-linked table here (bookings, say) and merges, undos and late rows all include it.
`MEMBER_LINKED` does the same for rows that name a member on behalf of a parent record (a visit's
ticked members).

A device that had not heard of a merge (offline at the time) may record a visit, a contact or a
pass under the folded record. When such a row reaches the device that made the merge (by sync),
`adopt_late_rows` moves it to the kept record there, with its outbox event, and adds it to the
merge's undo record: the other devices and the central service then follow as for the merge
itself. Only the merging device holds the merge's row (`family_merges`), so only it does this.
"""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from hubdesk.storage import outbox
from hubdesk.storage.models import (
    Base,
    Booking,
    Contact,
    FamilyMerge,
    FamilyPass,
    Visit,
    VisitMember,
)


@dataclass(frozen=True)
class Linked:
    """A table of rows that belong to a family through `family_id` (and have `id` and
    `updated_at`, and sync as an entity of storage/snapshots.ENTITIES)."""

    name: str  # the key in the undo record and the audit entry's counts
    model: type[Base]


# Every family-linked table.
FAMILY_LINKED: list[Linked] = [
    Linked("visits", Visit),
    Linked("contacts", Contact),
    Linked("passes", FamilyPass),
    Linked("bookings", Booking),
]


@dataclass(frozen=True)
class MemberLinked:
    """A link table whose rows name a member (`member_column`) on behalf of a parent record
    (`parent_column` -> `parent`), whose snapshot carries the member ids: when two members become
    one the links of the duplicate name the kept member, and the parent is synced again."""

    name: str
    model: type[Base]
    member_column: str
    parent_column: str
    parent: type[Base]


# Bookings that tick members: append MemberLinked("booking_members", BookingMember, ...) here.
MEMBER_LINKED: list[MemberLinked] = [
    MemberLinked("visit_members", VisitMember, "member_id", "visit_id", Visit),
]


def relink_members(
    session: Session,
    becomes: dict[uuid.UUID, uuid.UUID],
    now: datetime,
    touched: dict[uuid.UUID, Base],
    parents: set[uuid.UUID] | None = None,
) -> dict[str, list[list[Any]]]:
    """Links naming a member in `becomes` (duplicate member id -> kept member id) name the kept
    member instead; only links of `parents` when given. Returns, per link table, what changed:
    [parent id, duplicate member, kept member, whether the kept member's link was added]."""
    out: dict[str, list[list[Any]]] = {}
    for ml in MEMBER_LINKED:
        table: Any = ml.model
        member_col = getattr(table, ml.member_column)
        parent_col = getattr(table, ml.parent_column)
        done: list[list[Any]] = []
        for d_id, into_id in becomes.items():
            query = select(table).where(member_col == d_id)
            if parents is not None:
                query = query.where(parent_col.in_(parents))
            for link_row in list(session.scalars(query)):
                parent_id = getattr(link_row, ml.parent_column)
                exists = session.scalar(
                    select(table).where(parent_col == parent_id, member_col == into_id)
                )
                session.delete(link_row)
                added = exists is None
                if added:
                    session.add(table(**{ml.parent_column: parent_id, ml.member_column: into_id}))
                done.append([str(parent_id), str(d_id), str(into_id), added])
                parent = session.get(ml.parent, parent_id)
                if parent is not None:
                    parent.updated_at = now  # type: ignore[attr-defined]
                    touched[parent_id] = parent
        out[ml.name] = done
    return out


def rename_booked_members(
    session: Session,
    family_id: uuid.UUID,
    becomes: dict[uuid.UUID, uuid.UUID],
    now: datetime,
    touched: dict[uuid.UUID, Base],
) -> dict[str, str | None]:
    """A booking's members (`member_ids`, space-separated) name the kept member where they named
    a duplicate one, once each. Returns {booking id: member_ids before} for the undo."""
    renamed = {str(d): str(k) for d, k in becomes.items()}
    before: dict[str, str | None] = {}
    for booking in session.scalars(select(Booking).where(Booking.family_id == family_id)):
        ids = (booking.member_ids or "").split()
        if not any(i in renamed for i in ids):
            continue
        new: list[str] = []
        for i in ids:
            i = renamed.get(i, i)
            if i not in new:
                new.append(i)
        before[str(booking.id)] = booking.member_ids
        booking.member_ids = " ".join(new)
        booking.updated_at = now
        touched[booking.id] = booking
    return before


def one_first_visit(
    session: Session,
    family_id: uuid.UUID,
    hub_id: uuid.UUID,
    now: datetime,
    touched: dict[uuid.UUID, Base],
) -> list[str]:
    """A family has one first visit at its hub: the earliest of those marked new stays new, the
    others become returning. Returns the ids of the visits changed."""
    firsts = sorted(
        session.scalars(
            select(Visit).where(
                Visit.family_id == family_id, Visit.hub_id == hub_id, Visit.is_new.is_(True)
            )
        ),
        key=lambda v: (v.signed_in_at, str(v.id)),
    )
    for visit in firsts[1:]:
        visit.is_new = False
        visit.updated_at = now
        touched[visit.id] = visit
    return [str(v.id) for v in firsts[1:]]


def adopt_late_rows(session: Session, now: datetime) -> int:
    """Move rows recorded under a folded record after it was merged (here) to the kept record,
    with their outbox events, and add them to the merge's undo record. Returns how many moved.
    Cheap when there are none: one indexed query per family-linked table."""
    merges = {
        m.duplicate_id: m
        for m in session.scalars(select(FamilyMerge).where(FamilyMerge.undone_at.is_(None)))
    }
    if not merges:
        return 0
    moved = 0
    touched: dict[uuid.UUID, Base] = {}
    undos: dict[uuid.UUID, dict[str, Any]] = {}
    adopted: dict[uuid.UUID, set[uuid.UUID]] = {}  # merge -> late visits moved now
    for link in FAMILY_LINKED:
        model: Any = link.model
        rows = list(session.scalars(select(model).where(model.family_id.in_(list(merges)))))
        for row in rows:
            merge = merges[row.family_id]
            undo = undos.setdefault(merge.id, _copy(merge.undo))
            row.family_id = merge.keep_id
            row.updated_at = now
            touched[row.id] = row
            undo["moved"].setdefault(link.name, []).append(str(row.id))
            if link.model is Visit:
                adopted.setdefault(merge.id, set()).add(row.id)
            moved += 1
    if not moved:
        return 0
    for merge in merges.values():
        if merge.id not in undos:
            continue
        changed = undos[merge.id]
        becomes = {
            uuid.UUID(member): uuid.UUID(entry["into"])
            for member, entry in changed["members"].items()
            if "into" in entry
        }
        late = adopted.get(merge.id, set())
        for name, done in relink_members(session, becomes, now, touched, late).items():
            changed["links"].setdefault(name, []).extend(done)
        for visit_id in one_first_visit(session, merge.keep_id, merge.hub_id, now, touched):
            changed["is_new"][visit_id] = True
        merge.undo = changed  # a new value: JSON columns do not see changes inside
    session.flush()
    for row in touched.values():
        outbox.record(session, row, "upsert", now)
    return moved


def _copy(undo: dict[str, Any]) -> dict[str, Any]:
    copied: dict[str, Any] = json.loads(json.dumps(undo))
    return copied
