"""Merging two records of one family, side by side, field by field, and undoing it exactly; the
list of likely duplicates.

A merge keeps one record and folds the other (the duplicate) into it:

- the family fields staff chose (postcode, phone, email, notes, due date) take the duplicate's
  value; the others keep the kept record's;
- members that are the same person (matched by name and date of birth, or paired by staff) become
  one: the kept member fills its blanks from the duplicate's, which is marked removed, and
  everything that named the duplicate member (a visit's ticked members) names the kept one;
- every row that belongs to the duplicate family moves: the tables in storage/merges.py's
  `FAMILY_LINKED` (visits, contacts, passes; add a family-linked table there and it moves and
  moves back too; rows recorded under the folded record by a device that had not heard of the
  merge follow later, `storage.merges.adopt_late_rows`);
- a visit that was a "first visit" of each record stays the family's first only once (new vs
  returning stays right on every device and on the central service);
- the duplicate is marked merged (never deleted), and a `FamilyMerge` row keeps what changed, so
  that `undo_merge` puts both records back as they were and moves every row back.

Every change goes through the outbox as a whole-record snapshot, like any edit, so other devices
and the central service follow the merge and its undo (docs/sync-protocol.md); the service's
footfall projection gets the visits' new family id and `is_new`, never a name.
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from hubdesk.domain.errors import ValidationError
from hubdesk.domain.ids import uuid7
from hubdesk.storage import outbox
from hubdesk.storage.merges import (
    FAMILY_LINKED,
    MEMBER_LINKED,
    MemberLinked,
    one_first_visit,
    relink_members,
    rename_booked_members,
)
from hubdesk.storage.models import Base, Booking, Family, FamilyMerge, Member, Visit

# --- what moves: hubdesk/storage/merges.py (FAMILY_LINKED, MEMBER_LINKED) ---------------------

# Family fields staff choose between, in the order the merge view shows them.
MERGE_FIELDS: tuple[str, ...] = ("postcode", "phone", "email", "notes", "due_date")
# Fields the merge may change on the kept family, kept as they were for undo.
_FAMILY_UNDO = (
    *MERGE_FIELDS,
    "postcode_district",
    "consent_notice_version",
    "consent_at",
    "consent_by",
    "last_visit_at",
    "created_at",
)
# Fields a kept member takes from its duplicate when it has none.
_MEMBER_FILL = ("last_name", "gender", "role", "date_of_birth")


# --- what comes in and goes out -----------------------------------------------------------------


@dataclass(frozen=True)
class MergePlan:
    keep_id: uuid.UUID
    duplicate_id: uuid.UUID
    take: frozenset[str] = frozenset()  # MERGE_FIELDS whose duplicate value is kept
    # (kept member, duplicate member) that are the same person; None: the suggested pairs
    pairs: tuple[tuple[uuid.UUID, uuid.UUID], ...] | None = None


@dataclass(frozen=True)
class SideMember:
    id: uuid.UUID
    is_child: bool
    name: str
    role: str | None
    date_of_birth: date | None


@dataclass(frozen=True)
class MergeSide:
    """One record as the merge view shows it."""

    family_id: uuid.UUID
    label: str
    members: tuple[SideMember, ...]
    values: dict[str, Any]  # MERGE_FIELDS -> value
    last_visit_at: datetime | None
    created_at: datetime
    visits: int
    contacts: int
    passes: int


@dataclass(frozen=True)
class MergeCompare:
    a: MergeSide
    b: MergeSide
    pairs: tuple[tuple[uuid.UUID, uuid.UUID], ...]  # suggested: (a's member, b's member)


@dataclass(frozen=True)
class MergeDone:
    merge_id: uuid.UUID
    keep_id: uuid.UUID
    duplicate_id: uuid.UUID
    moved: dict[str, int]


@dataclass(frozen=True)
class MergeRecord:
    merge_id: uuid.UUID
    duplicate_id: uuid.UUID
    merged_at: datetime
    undoable: bool


# --- helpers ------------------------------------------------------------------------------------


def fold(value: str | None) -> str:
    return " ".join((value or "").split()).casefold()


def same_person(a: Member, b: Member) -> bool:
    """The same first and last name (any case) and date of birth; both adults or both children.
    A missing last name matches any."""
    if a.is_child != b.is_child or fold(a.first_name) != fold(b.first_name):
        return False
    if a.last_name and b.last_name and fold(a.last_name) != fold(b.last_name):
        return False
    return a.date_of_birth == b.date_of_birth


def suggested_pairs(
    keep: Iterable[Member], dup: Iterable[Member]
) -> tuple[tuple[uuid.UUID, uuid.UUID], ...]:
    pairs: list[tuple[uuid.UUID, uuid.UUID]] = []
    taken: set[uuid.UUID] = set()
    others = [m for m in dup if not m.removed]
    for k in (m for m in keep if not m.removed):
        match = next((d for d in others if d.id not in taken and same_person(k, d)), None)
        if match is not None:
            taken.add(match.id)
            pairs.append((k.id, match.id))
    return tuple(pairs)


def _enc(value: Any) -> Any:
    if isinstance(value, uuid.UUID):
        return str(value)
    if isinstance(value, datetime | date):
        return value.isoformat()
    return value


def _dec(model: type[Base], name: str, value: Any) -> Any:
    if value is None:
        return None
    kind = getattr(model, name).type.python_type if name not in _DATETIMES else datetime
    if kind is uuid.UUID:
        return uuid.UUID(value)
    if kind is datetime:
        return datetime.fromisoformat(value)
    if kind is date:
        return date.fromisoformat(value)
    return value


_DATETIMES = frozenset({"consent_at", "last_visit_at", "created_at"})


def count_linked(session: Session, family_id: uuid.UUID) -> dict[str, int]:
    from sqlalchemy import func

    out: dict[str, int] = {}
    for link in FAMILY_LINKED:
        model: Any = link.model
        out[link.name] = int(
            session.scalar(select(func.count()).where(model.family_id == family_id)) or 0
        )
    return out


# --- the merge ----------------------------------------------------------------------------------


def check_pairs(
    keep: Family, dup: Family, pairs: tuple[tuple[uuid.UUID, uuid.UUID], ...]
) -> dict[uuid.UUID, Member]:
    """{duplicate member id: the kept member it becomes}, or ValidationError("pairs", ...)."""
    kept = {m.id: m for m in keep.members if not m.removed}
    dups = {m.id: m for m in dup.members if not m.removed}
    out: dict[uuid.UUID, Member] = {}
    used: set[uuid.UUID] = set()
    for k_id, d_id in pairs:
        k, d = kept.get(k_id), dups.get(d_id)
        if k is None or d is None or k_id in used or d_id in out:
            raise ValidationError("pairs", "not_in_family", "pair people of the two records")
        if k.is_child != d.is_child:
            raise ValidationError("pairs", "not_same_kind", "pair an adult with an adult")
        used.add(k_id)
        out[d_id] = k
    return out


def do_merge(
    session: Session,
    keep: Family,
    dup: Family,
    plan: MergePlan,
    now: datetime,
    staff_id: uuid.UUID | None,
) -> MergeDone:
    """Fold `dup` into `keep` inside the caller's transaction (see the module's docstring)."""
    unknown = set(plan.take) - set(MERGE_FIELDS)
    if unknown:
        raise ValidationError("take", "unknown_field", "is not a field of a family")
    pairs = plan.pairs if plan.pairs is not None else suggested_pairs(keep.members, dup.members)
    becomes = check_pairs(keep, dup, pairs)
    undo: dict[str, Any] = {"family": {}, "members": {}, "moved": {}, "links": {}, "is_new": {}}
    touched: dict[uuid.UUID, Base] = {}

    # the kept family's fields: before and after, so undo restores only what is still as merged
    before = {name: getattr(keep, name) for name in _FAMILY_UNDO}
    for name in plan.take:
        setattr(keep, name, getattr(dup, name))
    if "postcode" in plan.take:
        keep.postcode_district = dup.postcode_district
    if (dup.consent_notice_version or 0) > (keep.consent_notice_version or 0):
        keep.consent_notice_version = dup.consent_notice_version
        keep.consent_at = dup.consent_at
        keep.consent_by = dup.consent_by
    if dup.last_visit_at is not None and (
        keep.last_visit_at is None or dup.last_visit_at > keep.last_visit_at
    ):
        keep.last_visit_at = dup.last_visit_at
    keep.created_at = min(keep.created_at, dup.created_at)
    for name in _FAMILY_UNDO:
        if getattr(keep, name) != before[name]:
            undo["family"][name] = [_enc(before[name]), _enc(getattr(keep, name))]

    # rows that belong to the family
    moved: dict[str, int] = {}
    for link in FAMILY_LINKED:
        model: Any = link.model
        rows = list(session.scalars(select(model).where(model.family_id == dup.id)))
        for row in rows:
            row.family_id = keep.id
            row.updated_at = now
            touched[row.id] = row
        undo["moved"][link.name] = [str(r.id) for r in rows]
        moved[link.name] = len(rows)

    # members: all move; the same person becomes one
    position = max((m.position for m in keep.members), default=-1) + 1
    for member in list(dup.members):
        entry: dict[str, Any] = {
            "family_id": str(dup.id),
            "position": member.position,
            "removed": member.removed,
        }
        member.family_id = keep.id
        member.position = position
        position += 1
        into = becomes.get(member.id)
        if into is not None:
            member.removed = True
            entry["into"] = str(into.id)
            fills: dict[str, Any] = {}
            for name in _MEMBER_FILL:
                if getattr(into, name) is None and getattr(member, name) is not None:
                    fills[name] = [None, _enc(getattr(member, name))]
                    setattr(into, name, getattr(member, name))
            if member.send and not into.send:
                fills["send"] = [False, True]
                into.send = True
            if fills:
                undo["members"].setdefault(str(into.id), {"fills": {}})["fills"].update(fills)
                touched[into.id] = into
        undo["members"].setdefault(str(member.id), {}).update(entry)
        touched[member.id] = member
    moved["members"] = len(dup.members)
    moved["same_person"] = len(becomes)

    # links that named a duplicate member name the kept one
    undo["links"] = relink_members(
        session, {d: into.id for d, into in becomes.items()}, now, touched
    )
    undo["booked_members"] = rename_booked_members(
        session, keep.id, {d: into.id for d, into in becomes.items()}, now, touched
    )
    session.flush()

    # a family has one first visit at this hub
    for visit_id in one_first_visit(session, keep.id, keep.hub_id, now, touched):
        undo["is_new"][visit_id] = True

    # families merged into the duplicate before now point at the one kept
    earlier = list(session.scalars(select(Family).where(Family.merged_into_id == dup.id)))
    for other in earlier:
        other.merged_into_id = keep.id
        other.updated_at = now
        touched[other.id] = other
    undo["earlier"] = [str(f.id) for f in earlier]

    keep.updated_at = now
    dup.merged_into_id = keep.id
    dup.updated_at = now
    session.flush()
    session.expire(keep, ["members", "passes"])
    session.expire(dup, ["members", "passes"])
    for row in touched.values():
        outbox.record(session, row, "upsert", now)
    outbox.record(session, keep, "upsert", now)
    outbox.record(session, dup, "merged", now)
    merge = FamilyMerge(
        id=uuid7(),
        hub_id=keep.hub_id,
        keep_id=keep.id,
        duplicate_id=dup.id,
        staff_id=staff_id,
        merged_at=now,
        undo=undo,
    )
    session.add(merge)
    return MergeDone(merge.id, keep.id, dup.id, moved)


def _restore(row: Base, name: str, pair: list[Any]) -> bool:
    """Put back `name`'s value from before the merge if it still holds the merged one (a later
    edit wins over the undo)."""
    before, after = (_dec(type(row), name, v) for v in pair)
    if getattr(row, name) != after:
        return False
    setattr(row, name, before)
    return True


def undo_merge(session: Session, merge: FamilyMerge, now: datetime) -> dict[str, int]:
    """Put both records back as they were before `merge` and move every row back."""
    keep = session.get(Family, merge.keep_id)
    dup = session.get(Family, merge.duplicate_id)
    if keep is None or dup is None or keep.erased_at is not None or dup.erased_at is not None:
        raise ValidationError("merge", "erased", "one of the families has been erased")
    if keep.merged_into_id is not None:
        raise ValidationError("merge", "merged_again", "undo the later merge first")
    later = session.scalar(
        select(FamilyMerge).where(
            FamilyMerge.keep_id == keep.id,
            FamilyMerge.undone_at.is_(None),
            FamilyMerge.merged_at > merge.merged_at,
        )
    )
    if later is not None:
        raise ValidationError("merge", "merged_again", "undo the later merge first")
    undo = merge.undo
    touched: dict[uuid.UUID, Base] = {}
    moved: dict[str, int] = defaultdict(int)
    for link in FAMILY_LINKED:
        model: Any = link.model
        for row_id in undo["moved"].get(link.name, []):
            row = session.get(model, uuid.UUID(row_id))
            if row is not None and row.family_id == keep.id:
                row.family_id = dup.id
                row.updated_at = now
                touched[row.id] = row
                moved[link.name] += 1
    for row_id, member_ids in undo.get("booked_members", {}).items():
        booking = session.get(Booking, uuid.UUID(row_id))
        if booking is not None:
            booking.member_ids = member_ids
            booking.updated_at = now
            touched[booking.id] = booking
    for row_id in undo["is_new"]:
        visit = session.get(Visit, uuid.UUID(row_id))
        if visit is not None and visit.is_new is False:
            visit.is_new = True
            visit.updated_at = now
            touched[visit.id] = visit
    for ml in MEMBER_LINKED:
        table: Any = ml.model
        for parent_s, dup_s, into_s, added in undo["links"].get(ml.name, []):
            parent_id, d_id, into_id = uuid.UUID(parent_s), uuid.UUID(dup_s), uuid.UUID(into_s)
            if added:
                row = session.get(table, _link_key(ml, parent_id, into_id))
                if row is not None:
                    session.delete(row)
            if session.get(table, _link_key(ml, parent_id, d_id)) is None:
                session.add(table(**{ml.parent_column: parent_id, ml.member_column: d_id}))
            parent = session.get(ml.parent, parent_id)
            if parent is not None:
                parent.updated_at = now  # type: ignore[attr-defined]
                touched[parent_id] = parent
    for member_s, entry in undo["members"].items():
        member = session.get(Member, uuid.UUID(member_s))
        if member is None:
            continue
        if "family_id" in entry and member.family_id == keep.id:
            member.family_id = dup.id
            member.position = entry["position"]
            member.removed = entry["removed"]
            moved["members"] += 1
        for name, pair in entry.get("fills", {}).items():
            _restore(member, name, pair)
        touched[member.id] = member
    for family_s in undo.get("earlier", []):
        other = session.get(Family, uuid.UUID(family_s))
        if other is not None and other.merged_into_id == keep.id:
            other.merged_into_id = dup.id
            other.updated_at = now
            touched[other.id] = other
    for name, pair in undo["family"].items():
        _restore(keep, name, pair)
    # the kept family's last visit: the latest of the visits it still has
    latest = session.scalar(
        select(Visit.signed_in_at)
        .where(Visit.family_id == keep.id)
        .order_by(Visit.signed_in_at.desc())
        .limit(1)
    )
    if "last_visit_at" in undo["family"] and keep.last_visit_at != latest:
        keep.last_visit_at = latest
    keep.updated_at = now
    dup.merged_into_id = None
    dup.updated_at = now
    merge.undone_at = now
    session.flush()
    session.expire(keep, ["members", "passes"])
    session.expire(dup, ["members", "passes"])
    for row in touched.values():
        outbox.record(session, row, "upsert", now)
    outbox.record(session, keep, "upsert", now)
    outbox.record(session, dup, "unmerged", now)
    return dict(moved)


def _link_key(ml: MemberLinked, parent_id: uuid.UUID, member_id: uuid.UUID) -> tuple[Any, ...]:
    from sqlalchemy import inspect

    pk = [str(c.key) for c in inspect(ml.model).primary_key]
    values = {ml.parent_column: parent_id, ml.member_column: member_id}
    return tuple(values[k] for k in pk)


# --- likely duplicates --------------------------------------------------------------------------

# Why two records look like one family, in the order the list names them.
REASONS: tuple[str, ...] = ("phone", "email", "child", "surname_postcode", "adult")


def _digits(value: str | None) -> str:
    digits = "".join(ch for ch in (value or "") if ch.isdigit())
    if digits.startswith("44") and len(digits) > 10:
        digits = "0" + digits[2:]
    return digits


def duplicate_keys(family: Family) -> set[tuple[str, str]]:
    """The facts two records of one family would share, each as (reason, folded value)."""
    keys: set[tuple[str, str]] = set()
    if len(_digits(family.phone)) >= 7:
        keys.add(("phone", _digits(family.phone)))
    if family.email:
        keys.add(("email", fold(family.email)))
    postcode = fold(family.postcode).replace(" ", "")
    for m in family.members:
        if m.removed or not m.first_name:
            continue
        if m.is_child and m.date_of_birth is not None:
            keys.add(("child", f"{fold(m.first_name)}|{m.date_of_birth.isoformat()}"))
        if m.last_name and postcode:
            keys.add(("surname_postcode", f"{fold(m.last_name)}|{postcode}"))
        if not m.is_child and m.last_name:
            keys.add(("adult", f"{fold(m.first_name)}|{fold(m.last_name)}"))
    return keys


def likely_pairs(
    families: list[Family],
    limit: int = 100,
    group_max: int = 4,
    apart: set[tuple[uuid.UUID, uuid.UUID]] | frozenset[tuple[uuid.UUID, uuid.UUID]] = frozenset(),
) -> list[tuple[Family, Family, tuple[str, ...]]]:
    """Pairs of records that share at least one key, most reasons first. A key shared by more
    than `group_max` records (a block of flats, a common name) says too little to list."""
    groups: dict[tuple[str, str], list[Family]] = defaultdict(list)
    for family in families:
        for key in duplicate_keys(family):
            groups[key].append(family)
    reasons: dict[tuple[uuid.UUID, uuid.UUID], set[str]] = defaultdict(set)
    by_id = {f.id: f for f in families}
    for (reason, _value), members in groups.items():
        if len(members) < 2 or len(members) > group_max:
            continue
        for i, a in enumerate(members):
            for b in members[i + 1 :]:
                x, y = sorted((a.id, b.id))
                if (x, y) not in apart:  # staff said these are not one family
                    reasons[(x, y)].add(reason)

    def last_seen(pair: tuple[uuid.UUID, uuid.UUID]) -> datetime:
        times = [by_id[i].last_visit_at or by_id[i].created_at for i in pair]
        return max(times)

    ordered = sorted(reasons, key=lambda p: (-len(reasons[p]), -last_seen(p).timestamp()))
    out = []
    for x, y in ordered[:limit]:
        a, b = by_id[x], by_id[y]
        if a.created_at > b.created_at:  # the older record first
            a, b = b, a
        out.append((a, b, tuple(r for r in REASONS if r in reasons[(x, y)])))
    return out
