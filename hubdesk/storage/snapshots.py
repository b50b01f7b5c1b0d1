"""Records as sync events: which columns are footfall (readable by the central service) and
which are personal (sealed with the hub key before they leave the device).

A snapshot is the whole record, so applying one twice changes nothing, and the later change wins
when two devices changed the same record: later by the changes' hybrid logical clock stamps
(hubdesk.domain.hlc), never by a device's wall clock alone; domain rules merge where they exist (a
visit once signed out stays out, erasure always wins).
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import TypeDecorator, delete, inspect, select
from sqlalchemy.orm import Session

from hubdesk.domain import hlc
from hubdesk.storage import clock
from hubdesk.storage.erasure import (
    ERASED_VALUES,
    KEPT_ON_ERASURE,
    blank_family,
    erased_at_of,
    scrub_outbox,
)
from hubdesk.storage.models import (
    Activity,
    Alert,
    Base,
    Booking,
    Contact,
    Device,
    Family,
    FamilyPass,
    Hub,
    Member,
    Site,
    Staff,
    Visit,
    VisitMember,
    VoiceQuestion,
    VoiceResponse,
)


@dataclass(frozen=True)
class EntitySpec:
    model: type[Base]
    personal: frozenset[str]


ENTITIES: dict[str, EntitySpec] = {
    "hub": EntitySpec(Hub, frozenset({"privacy_notice"})),
    # A site's rooms and the room an alert names are the hub's own business, not footfall: the
    # central service has no use for them, so they travel sealed like personal fields.
    "site": EntitySpec(Site, frozenset({"rooms"})),
    "device": EntitySpec(Device, frozenset()),
    "alert": EntitySpec(Alert, frozenset({"room"})),
    "family": EntitySpec(
        Family,
        frozenset(
            {
                "postcode",
                "phone",
                "email",
                "notes",
                "consent_notice_version",
                "consent_at",
                "consent_by",
                "due_date",
            }
        ),
    ),
    "member": EntitySpec(
        Member,
        frozenset(
            {
                "first_name",
                "last_name",
                "role",
                "gender",
                "date_of_birth",
                "send",
                "position",
                "to_confirm",
            }
        ),
    ),
    "pass": EntitySpec(FamilyPass, frozenset({"token", "short_code"})),
    "visit": EntitySpec(Visit, frozenset({"names"})),
    "contact": EntitySpec(
        Contact,
        frozenset({"referred_to", "signposted_to", "notes", "caller_name", "caller_phone"}),
    ),
    "activity": EntitySpec(Activity, frozenset()),
    "staff": EntitySpec(Staff, frozenset({"name", "pin_hash"})),
    # who of the family comes, and why staff booked beyond capacity, are sealed; the service sees
    # counts only (places, status) and the pseudonymous family id, as for a visit
    "booking": EntitySpec(Booking, frozenset({"member_ids", "override_reason"})),
    # family voice (issue 23): the hub's questions and the anonymous answers are footfall; an
    # answer names no family, visit or member, so there is nothing personal to seal
    "voice_question": EntitySpec(VoiceQuestion, frozenset()),
    "voice_response": EntitySpec(VoiceResponse, frozenset()),
}
ENTITY_OF: dict[type[Base], str] = {spec.model: name for name, spec in ENTITIES.items()}

# Device-local columns that never travel (a visit's `leave_code` is the kiosk's own sign-out
# number).
_LOCAL = frozenset({"failed_attempts", "locked_until", "last_seen_at", "leave_code"})


def _encode(value: Any) -> Any:
    if isinstance(value, uuid.UUID):
        return str(value)
    if isinstance(value, datetime):
        return value.isoformat()
    if isinstance(value, date):
        return value.isoformat()
    return value


def snapshot(row: Base) -> tuple[str, dict[str, Any], dict[str, Any]]:
    """(entity name, footfall fields, personal fields) of a record, JSON-ready."""
    entity = ENTITY_OF[type(row)]
    spec = ENTITIES[entity]
    footfall: dict[str, Any] = {}
    personal: dict[str, Any] = {}
    for attr in inspect(type(row)).column_attrs:
        name = attr.key
        if name in _LOCAL:
            continue
        target = personal if name in spec.personal else footfall
        target[name] = _encode(getattr(row, name))
    if isinstance(row, Visit):
        # an anonymous party has no members: skip the query on the kiosk's hot path
        ids = visit_member_ids(row) if row.family_id is not None else []
        personal["member_ids"] = [str(m) for m in ids]
    return entity, footfall, personal


def columns_of(model: type[Base]) -> tuple[str, ...]:
    """The column attributes of `model` in mapper order: the order `snapshot` writes them in."""
    names = _COLUMNS.get(model)
    if names is None:
        names = tuple(attr.key for attr in inspect(model).column_attrs)
        _COLUMNS[model] = names
    return names


_COLUMNS: dict[type[Base], tuple[str, ...]] = {}


def row_values(model: type[Base], given: Mapping[str, Any]) -> dict[str, Any]:
    """Every column of `model` in mapper order: `given`, else the column's scalar default (as
    the ORM would fill it), else None. For a Core INSERT whose values `snapshot_values` can read.
    """
    table = inspect(model).local_table
    unknown = set(given) - set(table.c.keys())
    if unknown:
        raise KeyError(f"not columns of {model.__name__}: {sorted(unknown)}")
    out: dict[str, Any] = {}
    for name in columns_of(model):
        if name in given:
            out[name] = given[name]
            continue
        default = table.c[name].default
        scalar = getattr(default, "is_scalar", False)
        out[name] = getattr(default, "arg", None) if scalar else None
    return out


def snapshot_values(
    entity: str, values: Mapping[str, Any], member_ids: Iterable[uuid.UUID] = ()
) -> tuple[dict[str, Any], dict[str, Any]]:
    """(footfall fields, personal fields) of a record given as column values, JSON-ready.

    The same split, key order and encoding as `snapshot` of the same record loaded through the
    ORM, without building an ORM object: for hot paths that write with Core. `values` must hold
    every column of the entity's model. For a visit, `member_ids` are the ticked members.
    """
    spec = ENTITIES[entity]
    footfall: dict[str, Any] = {}
    personal: dict[str, Any] = {}
    for name in columns_of(spec.model):
        if name in _LOCAL:
            continue
        value = values[name]
        if isinstance(value, datetime) and value.tzinfo is not None:
            value = value.astimezone(UTC)  # as the store gives it back (UTCDateTime)
        target = personal if name in spec.personal else footfall
        target[name] = _encode(value)
    if spec.model is Visit:
        personal["member_ids"] = [str(m) for m in sorted(member_ids)]
    return footfall, personal


def visit_member_ids(visit: Visit) -> list[uuid.UUID]:
    session = Session.object_session(visit)
    if session is None:
        return []
    return list(
        session.scalars(
            select(VisitMember.member_id)
            .where(VisitMember.visit_id == visit.id)
            .order_by(VisitMember.member_id)
        )
    )


def _decode(model: type[Base], name: str, value: Any) -> Any:
    if value is None:
        return None
    column = inspect(model).columns[name]
    kind = column.type
    # A TypeDecorator (UTCDateTime) reports `object`: look at the type it wraps.
    py = (kind.impl_instance if isinstance(kind, TypeDecorator) else kind).python_type
    if py is uuid.UUID:
        return uuid.UUID(str(value))
    if py is datetime:
        return datetime.fromisoformat(value)
    if py is date:
        return date.fromisoformat(value)
    return value


def apply_snapshot(
    session: Session, entity: str, footfall: dict[str, Any], personal: dict[str, Any] | None
) -> bool:
    """Upsert a record from another device's snapshot. Returns True if the store changed.

    An older change than the one held (by clock stamp, `footfall["hlc"]`; by `updated_at` for a
    change from an app version without stamps) is ignored but for the sticky columns that merge
    (`_merge_sticky`), so order does not matter and applying the same event twice changes
    nothing. `personal` is None when this device could
    not open the sealed part (no hub key yet): the footfall fields are applied alone.
    """
    spec = ENTITIES.get(entity)
    if spec is None:
        raise ValueError(f"unknown entity {entity!r}")
    model = spec.model
    mapper = inspect(model)
    fields = dict(footfall)
    member_ids = None
    if personal is not None:
        personal = dict(personal)
        if entity == "visit":  # a booking's `member_ids` is its own column
            member_ids = personal.pop("member_ids", None)
        fields.update(personal)
    values = {
        name: _decode(model, name, value)
        for name, value in fields.items()
        if name in mapper.columns and name not in _LOCAL
    }
    pk = [str(col.key) for col in mapper.primary_key]
    ident = tuple(values[k] for k in pk)
    existing = session.get(model, ident if len(ident) > 1 else ident[0])
    # Erasure is sticky (storage/erasure.py): an erasure from another device wins even over a
    # newer local edit, and a late snapshot of an erased family's records brings back no
    # personal field.
    erasing = entity == "family" and values.get("erased_at") is not None
    erased_at = erased_at_of(session, existing, values)
    if erased_at is not None:
        as_erased = _as_erased(spec, existing, values, erased_at)
        if as_erased is None:
            return False
        values = as_erased
        member_ids = None
    record_id = values["id"]
    incoming = hlc.order_key(footfall.get("hlc"), values.get("updated_at"))
    if existing is not None:
        held = clock.record_order(session, record_id, getattr(existing, "updated_at", None))
        if incoming < held:  # an older change than the one held: only what must merge
            if erasing and isinstance(existing, Family) and existing.erased_at is None:
                _erase_here(session, existing, values["erased_at"])
                return True
            return _merge_sticky(existing, values)
        sticky = {name: getattr(existing, name) for name in _STICKY_COLUMNS.get(model, ())}
        changed = False
        for name, value in values.items():
            if getattr(existing, name) != value:
                setattr(existing, name, value)
                changed = True
        changed = _merge_sticky(existing, sticky) or changed
        if incoming != held:
            clock.set_record_order(session, record_id, incoming)
    else:
        session.add(model(**values))
        clock.set_record_order(session, record_id, incoming)
        changed = True
    if member_ids is not None and entity == "visit":
        session.flush()
        visit_id = values["id"]
        wanted = {uuid.UUID(m) for m in member_ids}
        held_ids = set(
            session.scalars(select(VisitMember.member_id).where(VisitMember.visit_id == visit_id))
        )
        if wanted != held_ids:
            session.execute(delete(VisitMember).where(VisitMember.visit_id == visit_id))
            present = set(session.scalars(select(Member.id).where(Member.id.in_(wanted))))
            session.add_all(VisitMember(visit_id=visit_id, member_id=m) for m in present)
            changed = True
    if erasing:
        session.flush()
        family = session.get(Family, values["id"])
        if family is not None:
            _erase_here(session, family, values["erased_at"])
    return changed


# Domain rules that merge instead of "the later change wins" (docs/sync-protocol.md, "Order"):
# a visit keeps its earliest sign-in, and once signed out it stays out (the earliest sign-out is
# kept, with who did it); a revoked pass stays revoked. Erasure always wins (above). Each rule
# takes the earliest of the two values and ignores a missing one, so the outcome is the same in
# whatever order the changes arrive.
_STICKY_COLUMNS: dict[type[Base], tuple[str, ...]] = {
    Visit: ("signed_in_at", "signed_out_at", "signed_out_by"),
    FamilyPass: ("revoked_at",),
}


def _merge_sticky(row: Base, other: Mapping[str, Any]) -> bool:
    """Merge the sticky columns of `other` (a change's values, or what `row` held before a newer
    change was applied) into `row`. True if `row` changed."""
    changed = False
    if isinstance(row, Visit):
        came = other.get("signed_in_at")
        if came is not None and came < row.signed_in_at:
            row.signed_in_at = came
            changed = True
        out = other.get("signed_out_at")
        by = other.get("signed_out_by") or ""
        if out is not None and (
            row.signed_out_at is None or (out, by) < (row.signed_out_at, row.signed_out_by or "")
        ):
            row.signed_out_at = out
            row.signed_out_by = other.get("signed_out_by")
            changed = True
    elif isinstance(row, FamilyPass):
        revoked = other.get("revoked_at")
        if revoked is not None and (row.revoked_at is None or revoked < row.revoked_at):
            row.revoked_at = revoked
            changed = True
    return changed


def _as_erased(
    spec: EntitySpec, existing: Base | None, values: dict[str, Any], erased_at: datetime
) -> dict[str, Any] | None:
    """What may be applied of a snapshot of a record whose family is erased here.

    Its footfall, never a personal field, with the columns erasure blanks at their blanked values
    (`ERASED_VALUES`): whatever order the erasure and the record's other events arrive in, the
    record ends as the anonymised remains that the devices which held the family have. A device
    that never held the record (enrolled after the erasure: the central service dropped the
    sealed parts of the events before it) makes those remains, taking from the event the personal
    columns that erasure keeps (a pass's token). None if such a row cannot be made (a pass whose
    token did not come): the record stays absent here, and the event is applied, not parked.
    """
    model = spec.model
    kept = KEPT_ON_ERASURE.get(model, frozenset()) if existing is None else frozenset()
    out = {
        name: value
        for name, value in values.items()
        if (name not in spec.personal or name in kept) and name != "erased_at"
    }
    out.update(ERASED_VALUES.get(model, {}))
    if model is FamilyPass:
        if not kept <= out.keys() or any(out[name] is None for name in kept):
            return None
        if out.get("revoked_at") is None:
            out["revoked_at"] = getattr(existing, "revoked_at", None) or erased_at
    return out


def _erase_here(session: Session, family: Family, at: datetime) -> None:
    """Apply another device's erasure: blank the rows and this device's outbox copies of them
    (nothing is queued: the erasing device has sent its own events)."""
    blanked = blank_family(session, family, at)
    scrub_outbox(session, {row.id for row in blanked.all()})  # type: ignore[attr-defined]
