"""Family records: registering a household, editing it, finding it, consent, merging duplicates.

The kiosk may register a family and see its own household by first names; everything else is
for staff. Members are never deleted (visits reference them): a member taken off a family is
marked `removed`.
"""

from __future__ import annotations

import re
import uuid
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from hubdesk.domain.catalogue import ContactChannel, Need, Outcome, VisitReason
from hubdesk.domain.errors import Problems, ValidationError
from hubdesk.domain.ids import uuid7
from hubdesk.domain.people import (
    MAX_ADULTS,
    MAX_CHILDREN,
    AgeBand,
    Gender,
    Role,
    age_on,
    validate_child_dob,
)
from hubdesk.domain.postcode import parse_optional_postcode
from hubdesk.domain.staff import Permission
from hubdesk.domain.text import NOTE_MAX, clean_email, clean_name, clean_text
from hubdesk.security.passes import format_short_code, parse_scan
from hubdesk.services.base import Actor, Service, check
from hubdesk.services.family_merge import (
    MERGE_FIELDS,
    MergeCompare,
    MergeDone,
    MergePlan,
    MergeRecord,
    MergeSide,
    SideMember,
    count_linked,
    do_merge,
    likely_pairs,
    suggested_pairs,
    undo_merge,
)
from hubdesk.storage import audit, outbox
from hubdesk.storage.models import (
    Contact,
    Family,
    FamilyMerge,
    FamilyNotDuplicate,
    FamilyPass,
    Hub,
    Member,
    Site,
    Staff,
    Visit,
)

RECENT_VISITS = 20
RECENT_CONTACTS = 20
SEARCH_MAX = 200
PHONE_MAX = 40

_PHONE_CHARS = re.compile(r"^\+?[0-9 ()\-]+$")


# --- what comes in ------------------------------------------------------------------------------


@dataclass(frozen=True)
class AdultIn:
    first_name: str
    last_name: str | None = None
    role: Role = Role.OTHER
    gender: Gender | None = None
    id: uuid.UUID | None = None


@dataclass(frozen=True)
class ChildIn:
    first_name: str
    date_of_birth: date
    send: bool = False
    last_name: str | None = None
    id: uuid.UUID | None = None


@dataclass(frozen=True)
class FamilyIn:
    adults: tuple[AdultIn, ...]
    children: tuple[ChildIn, ...] = ()
    postcode: str | None = None
    phone: str | None = None
    email: str | None = None
    notes: str | None = None
    consent: bool = False


# --- what goes out ------------------------------------------------------------------------------


@dataclass(frozen=True)
class FamilyRegistered:
    family_id: uuid.UUID
    member_ids: tuple[uuid.UUID, ...]  # adults first, then children, in the order given


@dataclass(frozen=True)
class FamilySummary:
    family_id: uuid.UUID
    label: str
    postcode: str | None
    last_visit_at: datetime | None
    member_names: tuple[str, ...]


@dataclass(frozen=True)
class KioskMember:
    id: uuid.UUID
    first_name: str
    is_child: bool


@dataclass(frozen=True)
class KioskHousehold:
    """What the kiosk may show a family about itself: first names only."""

    family_id: uuid.UUID
    members: tuple[KioskMember, ...]
    needs_consent: bool


@dataclass(frozen=True)
class MemberView:
    id: uuid.UUID
    is_child: bool
    first_name: str
    last_name: str | None
    role: Role | None
    gender: Gender | None
    date_of_birth: date | None
    send: bool
    age_band: AgeBand | None  # today; None for adults (or a child now too old)
    to_confirm: bool = False  # added by the family at the kiosk: staff to check


@dataclass(frozen=True)
class PassView:
    pass_id: uuid.UUID
    short_code: str  # display form XXXX-XXXX-C
    issued_at: datetime
    revoked_at: datetime | None


@dataclass(frozen=True)
class RecentVisit:
    visit_id: uuid.UUID
    signed_in_at: datetime
    site_id: uuid.UUID
    site_name: str
    reason: VisitReason
    people: int
    names: str | None


@dataclass(frozen=True)
class ContactBrief:
    contact_id: uuid.UUID
    contacted_at: datetime
    channel: ContactChannel
    needs: tuple[Need, ...]
    outcomes: tuple[Outcome, ...]
    follow_up_due: date | None
    follow_up_done_at: datetime | None


@dataclass(frozen=True)
class FamilyDetails:
    family_id: uuid.UUID
    label: str
    members: tuple[MemberView, ...]
    postcode: str | None
    phone: str | None
    email: str | None
    notes: str | None
    consent_notice_version: int | None
    consent_at: datetime | None
    needs_consent: bool
    created_at: datetime
    last_visit_at: datetime | None
    passes: tuple[PassView, ...]
    visits: tuple[RecentVisit, ...]  # newest first, at most RECENT_VISITS
    contacts: tuple[ContactBrief, ...]  # newest first, at most RECENT_CONTACTS
    due_date: date | None = None  # a baby the family is expecting (not a member yet)
    consent_by_name: str | None = None  # who recorded consent at the desk (None: the kiosk)
    notice_version: int = 1  # the hub's current privacy notice
    merges: tuple[MergeRecord, ...] = ()  # records merged into this one, newest first


@dataclass(frozen=True)
class DuplicatePair:
    """Two records that look like one family, and why (codes of family_merge.REASONS)."""

    a: FamilySummary
    b: FamilySummary
    reasons: tuple[str, ...]


# A baby is expected at most this many days ahead, and a due date this far past is still kept
# (babies come late; staff record the birth when the family next comes in).
DUE_AHEAD_DAYS = 300
DUE_PAST_DAYS = 62


# --- validation ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class _CleanMember:
    id: uuid.UUID | None
    is_child: bool
    first_name: str
    last_name: str | None
    role: str | None
    gender: str | None
    date_of_birth: date | None
    send: bool


@dataclass(frozen=True)
class _CleanFamily:
    members: tuple[_CleanMember, ...]
    postcode: str | None
    district: str | None
    phone: str | None
    email: str | None
    notes: str | None
    consent: bool


def clean_phone(value: str | None, field: str = "phone") -> str | None:
    """A phone number: digits, spaces, brackets, hyphens and a leading +; 7 to 15 digits."""
    text = clean_text(value, field, max_len=PHONE_MAX)
    if text is None:
        return None
    digits = sum(ch.isdigit() for ch in text)
    if not text.isascii() or not _PHONE_CHARS.match(text) or not 7 <= digits <= 15:
        raise ValidationError(field, "invalid_phone", "is not a phone number")
    return text


def _validate(family: FamilyIn, today: date) -> _CleanFamily:
    """Check every field; raise every problem found at once (CombinedValidationError), so a form can
    show each beside its field."""
    if not isinstance(family, FamilyIn):
        raise ValidationError("family", "required", "is required")
    adults = tuple(family.adults)
    children = tuple(family.children)
    if len(adults) > MAX_ADULTS:
        raise ValidationError("adults", "out_of_range", f"at most {MAX_ADULTS} adults")
    if len(children) > MAX_CHILDREN:
        raise ValidationError("children", "out_of_range", f"at most {MAX_CHILDREN} children")
    if not adults and not children:
        raise ValidationError("family", "empty", "must include at least one person")
    problems = Problems()
    members: list[_CleanMember] = []
    seen: set[uuid.UUID] = set()
    for i, adult in enumerate(adults):
        f = f"adults[{i}]"
        role = problems.check(_role_of, adult.role, f"{f}.role")
        gender = problems.check(_gender_of, adult.gender, f"{f}.gender")
        member_id = problems.check(_member_id, adult.id, f, seen)
        first = problems.check(_req_name, adult.first_name, f"{f}.first_name")
        last = problems.check(clean_name, adult.last_name, f"{f}.last_name", required=False)
        if role is not None and first is not None:
            members.append(
                _CleanMember(
                    id=member_id,
                    is_child=False,
                    first_name=first,
                    last_name=last,
                    role=role.value,
                    gender=gender.value if gender else None,
                    date_of_birth=None,
                    send=False,
                )
            )
    for i, child in enumerate(children):
        f = f"children[{i}]"
        if problems.check(_yes_or_no, child.send, f"{f}.send") is None:
            continue
        member_id = problems.check(_member_id, child.id, f, seen)
        first = problems.check(_req_name, child.first_name, f"{f}.first_name")
        last = problems.check(clean_name, child.last_name, f"{f}.last_name", required=False)
        dob = problems.check(
            validate_child_dob,
            child.date_of_birth,
            today,
            send=child.send,
            field=f"{f}.date_of_birth",
        )
        if first is not None and dob is not None:
            members.append(
                _CleanMember(
                    id=member_id,
                    is_child=True,
                    first_name=first,
                    last_name=last,
                    role=None,
                    gender=None,
                    date_of_birth=dob,
                    send=child.send,
                )
            )
    postcode = problems.check(parse_optional_postcode, family.postcode, "postcode")
    problems.check(_yes_or_no, family.consent, "consent")
    phone = problems.check(clean_phone, family.phone)
    email = problems.check(clean_email, family.email)
    notes = problems.check(clean_text, family.notes, "notes", max_len=NOTE_MAX, multiline=True)
    problems.raise_if_any()
    return _CleanFamily(
        members=tuple(members),
        postcode=str(postcode) if postcode else None,
        district=postcode.district if postcode else None,
        phone=phone,
        email=email,
        notes=notes,
        consent=family.consent,
    )


def _yes_or_no(value: object, field: str) -> bool:
    if not isinstance(value, bool):
        raise ValidationError(field, "not_a_choice", "must be yes or no")
    return value


def _role_of(value: str, field: str) -> Role:
    try:
        return Role(value)
    except ValueError:
        raise ValidationError(field, "unknown_role", "is not a role") from None


def _gender_of(value: str | None, field: str) -> Gender | None:
    if value is None:
        return None
    try:
        return Gender(value)
    except ValueError:
        raise ValidationError(field, "unknown_gender", "is not a choice") from None


def _req_name(value: str, field: str) -> str:
    name = clean_name(value, field, required=True)
    assert name is not None
    return name


def _member_id(value: uuid.UUID | None, field: str, seen: set[uuid.UUID]) -> uuid.UUID | None:
    if value is None:
        return None
    if not isinstance(value, uuid.UUID):
        raise ValidationError(f"{field}.id", "not_an_id", "is not a member id")
    if value in seen:
        raise ValidationError(f"{field}.id", "duplicate", "appears twice")
    seen.add(value)
    return value


# --- shared helpers (also used by passes, contacts and timetable) --------------------------------


def family_label(members: list[Member]) -> str:
    """ "Amira Khan + 2 children": the first adult (or child) and how many others came with them."""
    current = [m for m in members if not m.removed]
    if not current:
        return ""
    adults = [m for m in current if not m.is_child]
    children = [m for m in current if m.is_child]
    lead = adults[0] if adults else children[0]
    label = " ".join(x for x in (lead.first_name, lead.last_name) if x)
    other_adults = len(adults) - (1 if adults else 0)
    other_children = len(children) - (0 if adults else 1)
    if other_adults:
        label += f" + {other_adults} adult" + ("s" if other_adults > 1 else "")
    if other_children:
        label += f" + {other_children} child" + ("ren" if other_children > 1 else "")
    return label


def live_family(session: Session, hub_id: uuid.UUID, family_id: uuid.UUID) -> Family:
    """The family (following merges to the one kept), or ValidationError("family", ...)."""
    family = session.get(Family, family_id)
    for _ in range(10):
        if family is None or family.merged_into_id is None:
            break
        family = session.get(Family, family.merged_into_id)
    if family is None or family.hub_id != hub_id or family.erased_at is not None:
        raise ValidationError("family", "unknown_family", "is not registered here")
    return family


def _unmerged_family(
    session: Session, hub_id: uuid.UUID, family_id: uuid.UUID, field: str
) -> Family:
    family = session.get(Family, family_id)
    if family is None or family.hub_id != hub_id or family.erased_at is not None:
        raise ValidationError(field, "unknown_family", "is not registered here")
    if family.merged_into_id is not None:
        raise ValidationError(field, "merged", "has been merged into another family")
    return family


def current_notice_version(session: Session, hub_id: uuid.UUID) -> int:
    hub = session.get(Hub, hub_id)
    return hub.privacy_notice_version if hub is not None else 1


def kiosk_household(session: Session, family: Family) -> KioskHousehold:
    version = current_notice_version(session, family.hub_id)
    return KioskHousehold(
        family_id=family.id,
        members=tuple(
            KioskMember(m.id, m.first_name, m.is_child) for m in family.members if not m.removed
        ),
        needs_consent=family.consent_notice_version is None
        or family.consent_notice_version < version,
    )


def _member_values(m: Member) -> tuple[Any, ...]:
    return (
        m.position,
        m.is_child,
        m.first_name,
        m.last_name,
        m.role,
        m.gender,
        m.date_of_birth,
        m.send,
        m.removed,
    )


def _apply_member(row: Member, clean: _CleanMember, position: int) -> None:
    row.position = position
    row.is_child = clean.is_child
    row.first_name = clean.first_name
    row.last_name = clean.last_name
    row.role = clean.role
    row.gender = clean.gender
    row.date_of_birth = clean.date_of_birth
    row.send = clean.send
    row.removed = False


class FamilyService(Service):
    def register(self, actor: Actor, family: FamilyIn) -> FamilyRegistered:
        """A new household. The kiosk may do this, but only with consent to the privacy notice."""
        check(actor, Permission.EDIT_FAMILIES, kiosk_ok=True)
        clean = _validate(family, self.today())
        if actor.is_kiosk and not clean.consent:
            raise ValidationError("consent", "required", "agree to the privacy notice first")
        if any(m.id is not None for m in clean.members):
            raise ValidationError("members", "unexpected_id", "a new family has no member ids")
        now = self.now()
        with self.store.write() as session:
            version = current_notice_version(session, actor.hub_id)
            row = Family(
                id=uuid7(),
                hub_id=actor.hub_id,
                postcode=clean.postcode,
                postcode_district=clean.district,
                phone=clean.phone,
                email=clean.email,
                notes=clean.notes,
                consent_notice_version=version if clean.consent else None,
                consent_at=now if clean.consent else None,
                created_at=now,
                updated_at=now,
            )
            session.add(row)
            session.flush()
            outbox.record(session, row, "upsert", now)
            ids = []
            for position, cm in enumerate(clean.members):
                member = Member(id=uuid7(), family_id=row.id)
                _apply_member(member, cm, position)
                session.add(member)
                outbox.record(session, member, "upsert", now)
                ids.append(member.id)
            if not actor.is_kiosk:
                self._audit(session, actor, "family.registered", "family", row.id, members=len(ids))
            return FamilyRegistered(row.id, tuple(ids))

    def edit(self, actor: Actor, family_id: uuid.UUID, family: FamilyIn) -> None:
        """Replace a family's details. Members are matched by id; those left out are marked
        removed; those without an id are added. Consent is stamped if given, never withdrawn."""
        check(actor, Permission.EDIT_FAMILIES)
        clean = _validate(family, self.today())
        now = self.now()
        with self.store.write() as session:
            row = _unmerged_family(session, actor.hub_id, family_id, "family")
            by_id = {m.id: m for m in row.members}
            for i, cm in enumerate(clean.members):
                if cm.id is None:
                    continue
                held = by_id.get(cm.id)
                kind = "children" if cm.is_child else "adults"
                index = i if not cm.is_child else i - sum(not m.is_child for m in clean.members)
                if held is None or held.is_child != cm.is_child:
                    raise ValidationError(
                        f"{kind}[{index}].id", "not_in_family", "is not a member of this family"
                    )
            before = {m.id: _member_values(m) for m in row.members}
            kept: set[uuid.UUID] = set()
            changed: list[Member] = []
            for position, cm in enumerate(clean.members):
                if cm.id is None:
                    member = Member(id=uuid7(), family_id=row.id)
                    _apply_member(member, cm, position)
                    session.add(member)
                    row.members.append(member)
                    changed.append(member)
                else:
                    member = by_id[cm.id]
                    _apply_member(member, cm, position)
                    kept.add(member.id)
                    if _member_values(member) != before[member.id]:
                        changed.append(member)
            for member in by_id.values():
                if member.id not in kept and not member.removed:
                    member.removed = True
                    changed.append(member)
            row.postcode = clean.postcode
            row.postcode_district = clean.district
            row.phone = clean.phone
            row.email = clean.email
            row.notes = clean.notes
            if clean.consent:
                row.consent_notice_version = current_notice_version(session, actor.hub_id)
                row.consent_at = now
            row.updated_at = now
            outbox.record(session, row, "upsert", now)
            for member in changed:
                outbox.record(session, member, "upsert", now)
            self._audit(session, actor, "family.edited", "family", row.id, members=len(changed))

    def search(self, actor: Actor, query: str, limit: int = 50) -> list[FamilySummary]:
        """Families whose adult or child names contain `query` (any case), whose postcode starts
        with it (full or partial), or whose pass short code it is. Newest visit first."""
        check(actor, Permission.VIEW_FAMILIES)
        text = clean_text(query, "query", max_len=60, required=True)
        assert text is not None
        if isinstance(limit, bool) or not isinstance(limit, int) or not 1 <= limit <= SEARCH_MAX:
            raise ValidationError("limit", "out_of_range", f"must be between 1 and {SEARCH_MAX}")
        folded = text.casefold()
        compact = "".join(text.split()).upper()
        with self.store.read() as session:
            _install_fold(session)
            fold = func.hd_fold
            conditions: list[Any] = [
                Family.id.in_(
                    select(Member.family_id).where(
                        Member.removed.is_(False),
                        or_(
                            func.instr(fold(Member.first_name), folded) > 0,
                            func.instr(fold(Member.last_name), folded) > 0,
                            func.instr(fold(Member.first_name + " " + Member.last_name), folded)
                            > 0,
                        ),
                    )
                )
            ]
            if compact.isalnum() and any(c.isdigit() for c in compact):
                conditions.append(func.instr(func.replace(Family.postcode, " ", ""), compact) == 1)
            try:
                lookup = parse_scan(text)
            except ValidationError:
                lookup = None
            if lookup is not None:
                column = FamilyPass.token if lookup.kind == "token" else FamilyPass.short_code
                values = (lookup.value, *lookup.alternatives)
                conditions.append(
                    Family.id.in_(select(FamilyPass.family_id).where(column.in_(values)))
                )
            families = session.scalars(
                select(Family)
                .where(
                    Family.hub_id == actor.hub_id,
                    Family.erased_at.is_(None),
                    Family.merged_into_id.is_(None),
                    or_(*conditions),
                )
                .order_by(
                    Family.last_visit_at.is_(None),
                    Family.last_visit_at.desc(),
                    Family.created_at.desc(),
                )
                .limit(limit)
            ).all()
            return [
                FamilySummary(
                    family_id=f.id,
                    label=family_label(f.members),
                    postcode=f.postcode,
                    last_visit_at=f.last_visit_at,
                    member_names=tuple(
                        " ".join(x for x in (m.first_name, m.last_name) if x)
                        for m in f.members
                        if not m.removed
                    ),
                )
                for f in families
            ]

    def household_for_kiosk(self, actor: Actor, family_id: uuid.UUID) -> KioskHousehold:
        check(actor, Permission.SIGN_IN_OUT, kiosk_ok=True)
        with self.store.read() as session:
            return kiosk_household(session, live_family(session, actor.hub_id, family_id))

    def add_children_at_kiosk(
        self, actor: Actor, family_id: uuid.UUID, children: tuple[ChildIn, ...]
    ) -> tuple[uuid.UUID, ...]:
        """A returning family adds children at the kiosk (a new baby, say). They are kept and
        flagged for staff to check at the desk. Returns their member ids, in the order given."""
        check(actor, Permission.SIGN_IN_OUT, kiosk_ok=True)
        today = self.today()
        if not children or len(children) > MAX_CHILDREN:
            raise ValidationError("children", "out_of_range", f"1 to {MAX_CHILDREN} children")
        problems = Problems()
        clean: list[tuple[str, date, bool]] = []
        for i, child in enumerate(children):
            f = f"children[{i}]"
            send = child.send if isinstance(child.send, bool) else False
            first = problems.check(_req_name, child.first_name, f"{f}.first_name")
            dob = problems.check(
                validate_child_dob,
                child.date_of_birth,
                today,
                send=send,
                field=f"{f}.date_of_birth",
            )
            if first is not None and dob is not None:
                clean.append((first, dob, send))
        problems.raise_if_any()
        now = self.now()
        with self.store.write() as session:
            row = live_family(session, actor.hub_id, family_id)
            current = [m for m in row.members if not m.removed]
            if len(current) + len(clean) > MAX_ADULTS + MAX_CHILDREN:
                raise ValidationError("children", "out_of_range", "the family is full")
            position = max((m.position for m in row.members), default=-1) + 1
            added: list[Member] = []
            for first, dob, send in clean:
                member = Member(
                    id=uuid7(),
                    family_id=row.id,
                    position=position,
                    is_child=True,
                    first_name=first,
                    last_name=None,
                    role=None,
                    gender=None,
                    date_of_birth=dob,
                    send=send,
                    removed=False,
                    to_confirm=True,
                )
                position += 1
                session.add(member)
                row.members.append(member)
                added.append(member)
            row.updated_at = now
            session.flush()
            outbox.record(session, row, "upsert", now)
            for member in added:
                outbox.record(session, member, "upsert", now)
            audit.append(
                session,
                at=now,
                action="family.child_added_at_kiosk",
                device_id=actor.device_id,
                subject_type="family",
                subject_id=row.id,
                detail={"count": len(added)},
            )
            return tuple(m.id for m in added)

    def confirm_member(self, actor: Actor, family_id: uuid.UUID, member_id: uuid.UUID) -> None:
        """Staff have checked a member the family added at the kiosk."""
        check(actor, Permission.EDIT_FAMILIES)
        now = self.now()
        with self.store.write() as session:
            row = _unmerged_family(session, actor.hub_id, family_id, "family")
            member = next((m for m in row.members if m.id == member_id), None)
            if member is None:
                raise ValidationError("member", "not_in_family", "is not in this family")
            if not member.to_confirm:
                return
            member.to_confirm = False
            row.updated_at = now
            outbox.record(session, member, "upsert", now)
            self._audit(session, actor, "family.member_confirmed", "family", row.id)

    def record_consent(self, actor: Actor, family_id: uuid.UUID) -> None:
        """The family agreed to the hub's current privacy notice."""
        check(actor, Permission.EDIT_FAMILIES, kiosk_ok=True)
        now = self.now()
        with self.store.write() as session:
            row = live_family(session, actor.hub_id, family_id)
            row.consent_notice_version = current_notice_version(session, actor.hub_id)
            row.consent_at = now
            row.consent_by = None if actor.is_kiosk else actor.staff_id
            row.updated_at = now
            outbox.record(session, row, "upsert", now)
            if not actor.is_kiosk:
                self._audit(
                    session,
                    actor,
                    "family.consent",
                    "family",
                    row.id,
                    version=row.consent_notice_version,
                )

    def details(self, actor: Actor, family_id: uuid.UUID) -> FamilyDetails:
        check(actor, Permission.VIEW_FAMILIES)
        today = self.today()
        with self.store.read() as session:
            f = live_family(session, actor.hub_id, family_id)
            version = current_notice_version(session, actor.hub_id)
            members = []
            for m in f.members:
                if m.removed:
                    continue
                band: AgeBand | None = None
                if m.is_child and m.date_of_birth is not None:
                    try:
                        band = AgeBand.for_age(age_on(m.date_of_birth, today), send=m.send)
                    except ValidationError:
                        band = None
                members.append(
                    MemberView(
                        id=m.id,
                        is_child=m.is_child,
                        first_name=m.first_name,
                        last_name=m.last_name,
                        role=Role(m.role) if m.role else None,
                        gender=Gender(m.gender) if m.gender else None,
                        date_of_birth=m.date_of_birth,
                        send=m.send,
                        age_band=band,
                        to_confirm=m.to_confirm,
                    )
                )
            passes = session.scalars(
                select(FamilyPass)
                .where(FamilyPass.family_id == f.id)
                .order_by(FamilyPass.issued_at.desc())
            ).all()
            visits = session.execute(
                select(Visit, Site.name)
                .join(Site, Site.id == Visit.site_id)
                .where(Visit.family_id == f.id)
                .order_by(Visit.signed_in_at.desc())
                .limit(RECENT_VISITS)
            ).all()
            contacts = session.scalars(
                select(Contact)
                .where(Contact.family_id == f.id)
                .order_by(Contact.contacted_at.desc())
                .limit(RECENT_CONTACTS)
            ).all()
            staff = session.get(Staff, f.consent_by) if f.consent_by is not None else None
            merges = session.scalars(
                select(FamilyMerge)
                .where(FamilyMerge.keep_id == f.id, FamilyMerge.undone_at.is_(None))
                .order_by(FamilyMerge.merged_at.desc())
            ).all()
            return FamilyDetails(
                family_id=f.id,
                label=family_label(f.members),
                members=tuple(members),
                postcode=f.postcode,
                phone=f.phone,
                email=f.email,
                notes=f.notes,
                consent_notice_version=f.consent_notice_version,
                consent_at=f.consent_at,
                needs_consent=f.consent_notice_version is None
                or f.consent_notice_version < version,
                created_at=f.created_at,
                last_visit_at=f.last_visit_at,
                due_date=f.due_date,
                consent_by_name=staff.name if staff is not None else None,
                notice_version=version,
                merges=tuple(
                    MergeRecord(m.id, m.duplicate_id, m.merged_at, undoable=m.undone_at is None)
                    for m in merges
                ),
                passes=tuple(
                    PassView(p.id, format_short_code(p.short_code), p.issued_at, p.revoked_at)
                    for p in passes
                ),
                visits=tuple(
                    RecentVisit(
                        v.id,
                        v.signed_in_at,
                        v.site_id,
                        name,
                        VisitReason(v.reason),
                        v.people,
                        v.names,
                    )
                    for v, name in visits
                ),
                contacts=tuple(
                    ContactBrief(
                        c.id,
                        c.contacted_at,
                        ContactChannel(c.channel),
                        tuple(Need(x) for x in c.needs.split()),
                        tuple(Outcome(x) for x in c.outcomes.split()),
                        c.follow_up_due,
                        c.follow_up_done_at,
                    )
                    for c in contacts
                ),
            )

    def merge(
        self,
        actor: Actor,
        keep_id: uuid.UUID,
        duplicate_id: uuid.UUID,
        plan: MergePlan | None = None,
    ) -> MergeDone:
        """Fold `duplicate_id` into `keep_id` (services/family_merge.py): the fields staff chose
        from the duplicate, members that are the same person as one, every visit, contact and
        pass moved; the duplicate is marked merged (not deleted) and the merge can be undone.
        Without a plan, blank fields of the kept family are filled from the duplicate and the
        suggested same-person pairs are joined."""
        check(actor, Permission.MERGE_FAMILIES)
        if keep_id == duplicate_id:
            raise ValidationError("duplicate", "same_family", "cannot merge a family into itself")
        if plan is not None and (plan.keep_id, plan.duplicate_id) != (keep_id, duplicate_id):
            raise ValidationError("plan", "not_this_merge", "is for other families")
        now = self.now()
        with self.store.write() as session:
            keep = _unmerged_family(session, actor.hub_id, keep_id, "keep")
            dup = _unmerged_family(session, actor.hub_id, duplicate_id, "duplicate")
            if plan is None:
                take = frozenset(
                    name
                    for name in MERGE_FIELDS
                    if getattr(keep, name) is None and getattr(dup, name) is not None
                )
                plan = MergePlan(keep_id, duplicate_id, take)
            done = do_merge(session, keep, dup, plan, now, actor.staff_id)
            self._audit(
                session,
                actor,
                "families.merged",
                "family",
                keep.id,
                duplicate=str(dup.id),
                merge=str(done.merge_id),
                fields=sorted(plan.take),
                **done.moved,
            )
            return done

    def undo_merge(self, actor: Actor, merge_id: uuid.UUID) -> uuid.UUID:
        """Put both records back as they were and move everything back. Returns the id of the
        record that had been folded in."""
        check(actor, Permission.MERGE_FAMILIES)
        now = self.now()
        with self.store.write() as session:
            merge = session.get(FamilyMerge, merge_id)
            if merge is None or merge.hub_id != actor.hub_id:
                raise ValidationError("merge", "unknown_merge", "is not a merge made here")
            if merge.undone_at is not None:
                raise ValidationError("merge", "undone", "has already been undone")
            moved = undo_merge(session, merge, now)
            merge.undone_by = actor.staff_id
            self._audit(
                session,
                actor,
                "families.merge_undone",
                "family",
                merge.keep_id,
                duplicate=str(merge.duplicate_id),
                merge=str(merge.id),
                **moved,
            )
            return merge.duplicate_id

    def compare(self, actor: Actor, a_id: uuid.UUID, b_id: uuid.UUID) -> MergeCompare:
        """Two records side by side for the merge view, with the members that look like the
        same person (name and date of birth) paired."""
        check(actor, Permission.MERGE_FAMILIES)
        if a_id == b_id:
            raise ValidationError("duplicate", "same_family", "cannot merge a family into itself")
        with self.store.read() as session:
            a = _unmerged_family(session, actor.hub_id, a_id, "keep")
            b = _unmerged_family(session, actor.hub_id, b_id, "duplicate")
            return MergeCompare(
                _side(session, a), _side(session, b), suggested_pairs(a.members, b.members)
            )

    def duplicates(self, actor: Actor, limit: int = 100) -> list[DuplicatePair]:
        """Records that look like one family: the same phone or email, a child of the same name
        and date of birth, the same surname at the same postcode, an adult of the same name."""
        check(actor, Permission.MERGE_FAMILIES)
        with self.store.read() as session:
            families = list(
                session.scalars(
                    select(Family).where(
                        Family.hub_id == actor.hub_id,
                        Family.erased_at.is_(None),
                        Family.merged_into_id.is_(None),
                    )
                )
            )
            apart = {
                (row.a_id, row.b_id)
                for row in session.scalars(
                    select(FamilyNotDuplicate).where(FamilyNotDuplicate.hub_id == actor.hub_id)
                )
            }
            return [
                DuplicatePair(_summary(a), _summary(b), reasons)
                for a, b, reasons in likely_pairs(families, limit=limit, apart=apart)
            ]

    def not_duplicates(self, actor: Actor, a_id: uuid.UUID, b_id: uuid.UUID) -> None:
        """Staff checked: these two records are not one family. They leave the list of likely
        duplicates (on this device)."""
        check(actor, Permission.MERGE_FAMILIES)
        if a_id == b_id:
            raise ValidationError("duplicate", "same_family", "cannot merge a family into itself")
        first, second = sorted((a_id, b_id))
        with self.store.write() as session:
            _unmerged_family(session, actor.hub_id, first, "keep")
            _unmerged_family(session, actor.hub_id, second, "duplicate")
            if session.get(FamilyNotDuplicate, (first, second)) is not None:
                return
            session.add(
                FamilyNotDuplicate(
                    a_id=first,
                    b_id=second,
                    hub_id=actor.hub_id,
                    staff_id=actor.staff_id,
                    at=self.now(),
                )
            )
            self._audit(
                session, actor, "families.not_duplicates", "family", first, other=str(second)
            )

    def set_due_date(self, actor: Actor, family_id: uuid.UUID, due: date | None) -> None:
        """Record (or clear, with None) a baby the family is expecting. The baby is no member:
        no figure counts it as a child until `record_birth`."""
        check(actor, Permission.EDIT_FAMILIES)
        today = self.today()
        if due is not None:
            if not isinstance(due, date) or isinstance(due, datetime):
                raise ValidationError("due_date", "not_a_date", "is not a date")
            if (due - today).days > DUE_AHEAD_DAYS:
                raise ValidationError("due_date", "too_far", "is more than 10 months away")
            if (today - due).days > DUE_PAST_DAYS:
                raise ValidationError("due_date", "too_old", "is too far in the past")
        now = self.now()
        with self.store.write() as session:
            row = _unmerged_family(session, actor.hub_id, family_id, "family")
            if row.due_date == due:
                return
            row.due_date = due
            row.updated_at = now
            outbox.record(session, row, "upsert", now)
            self._audit(session, actor, "family.due_date", "family", row.id, cleared=due is None)

    def record_birth(
        self,
        actor: Actor,
        family_id: uuid.UUID,
        first_name: str,
        date_of_birth: date | None,
        last_name: str | None = None,
    ) -> uuid.UUID:
        """The expected baby is born: a child member with a name and a date of birth; the due
        date is cleared. Returns the new member's id."""
        check(actor, Permission.EDIT_FAMILIES)
        today = self.today()
        problems = Problems()
        first = problems.check(_req_name, first_name, "first_name")
        last = problems.check(clean_name, last_name, "last_name", required=False)
        if date_of_birth is None:
            problems.add(ValidationError("date_of_birth", "required", "is needed"))
            dob = None
        else:
            dob = problems.check(
                validate_child_dob, date_of_birth, today, send=False, field="date_of_birth"
            )
        problems.raise_if_any()
        assert first is not None
        assert dob is not None
        now = self.now()
        with self.store.write() as session:
            row = _unmerged_family(session, actor.hub_id, family_id, "family")
            current = [m for m in row.members if not m.removed]
            if len(current) >= MAX_ADULTS + MAX_CHILDREN:
                raise ValidationError("family", "out_of_range", "the family is full")
            adults = [m for m in current if not m.is_child]
            member = Member(
                id=uuid7(),
                family_id=row.id,
                position=max((m.position for m in row.members), default=-1) + 1,
                is_child=True,
                first_name=first,
                last_name=last if last is not None else (adults[0].last_name if adults else None),
                role=None,
                gender=None,
                date_of_birth=dob,
                send=False,
                removed=False,
                to_confirm=False,
            )
            session.add(member)
            row.members.append(member)
            row.due_date = None
            row.updated_at = now
            session.flush()
            outbox.record(session, row, "upsert", now)
            outbox.record(session, member, "upsert", now)
            self._audit(session, actor, "family.birth_recorded", "family", row.id)
            return member.id


def _summary(f: Family) -> FamilySummary:
    return FamilySummary(
        family_id=f.id,
        label=family_label(f.members),
        postcode=f.postcode,
        last_visit_at=f.last_visit_at,
        member_names=tuple(
            " ".join(x for x in (m.first_name, m.last_name) if x)
            for m in f.members
            if not m.removed
        ),
    )


def _side(session: Session, f: Family) -> MergeSide:
    counts = count_linked(session, f.id)
    return MergeSide(
        family_id=f.id,
        label=family_label(f.members),
        members=tuple(
            SideMember(
                m.id,
                m.is_child,
                " ".join(x for x in (m.first_name, m.last_name) if x),
                m.role,
                m.date_of_birth,
            )
            for m in f.members
            if not m.removed
        ),
        values={name: getattr(f, name) for name in MERGE_FIELDS},
        last_visit_at=f.last_visit_at,
        created_at=f.created_at,
        visits=counts.get("visits", 0),
        contacts=counts.get("contacts", 0),
        passes=counts.get("passes", 0),
    )


def _fold(value: str | None) -> str | None:
    return value.casefold() if value is not None else None


def _install_fold(session: Session) -> None:
    """SQLite's lower() folds ASCII only; names are not all ASCII ("Özlem", "Łukasz")."""
    dbapi = session.connection().connection.dbapi_connection
    if dbapi is not None and hasattr(dbapi, "create_function"):
        dbapi.create_function("hd_fold", 1, _fold, deterministic=True)
