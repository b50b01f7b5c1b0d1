""" "Here to Help" contacts: walk-ins, calls, emails and online requests, with needs, outcomes and
follow-ups."""

from __future__ import annotations

import json
import unicodedata
import uuid
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from enum import StrEnum

from sqlalchemy import and_, or_, select
from sqlalchemy.orm import Session

from hubdesk.domain.catalogue import ContactChannel, Need, Outcome
from hubdesk.domain.dates import parse_typed_date
from hubdesk.domain.errors import Problems, ValidationError
from hubdesk.domain.ids import uuid7
from hubdesk.domain.staff import Permission
from hubdesk.domain.text import NOTE_MAX, SHORT_TEXT_MAX, bounded_int, clean_text
from hubdesk.services.base import Actor, Service, check
from hubdesk.services.families import clean_phone, family_label, live_family
from hubdesk.storage import outbox
from hubdesk.storage.models import AuditEntry, Contact, Family, Staff

MINUTES_MAX = 600
CALLER_NAME_MAX = 120

# The fields of a contact staff may correct, in the order the screen shows them. Those that hold
# personal data are named in the audit log but their values never are.
CORRECTABLE = (
    "channel",
    "needs",
    "outcomes",
    "referred_to",
    "signposted_to",
    "notes",
    "minutes_spent",
    "follow_up_due",
    "assigned_staff_id",
    "caller_name",
    "caller_phone",
)
PERSONAL = frozenset({"referred_to", "signposted_to", "notes", "caller_name", "caller_phone"})


class QueueView(StrEnum):
    """Which follow-ups the queue shows."""

    MINE = "mine"  # assigned to me, or logged by me and assigned to no one
    OVERDUE = "overdue"  # due before today
    THIS_WEEK = "this_week"  # due from Monday to Sunday of this week
    ALL = "all"


@dataclass(frozen=True)
class ContactIn:
    """A contact as a form gives it. `follow_up_due` may be the text staff typed (day/month/
    year): it is read exactly as typed, and refused naming the field when it is not a date."""

    channel: ContactChannel
    needs: tuple[Need, ...]
    outcomes: tuple[Outcome, ...] = ()
    family_id: uuid.UUID | None = None
    referred_to: str | None = None
    signposted_to: str | None = None
    notes: str | None = None
    minutes_spent: int = 0
    follow_up_due: date | str | None = None
    assigned_staff_id: uuid.UUID | None = None
    caller_name: str | None = None
    caller_phone: str | None = None


@dataclass(frozen=True)
class FollowUp:
    contact_id: uuid.UUID
    family_id: uuid.UUID | None
    family_label: str | None
    due: date
    overdue: bool
    needs: tuple[Need, ...]
    channel: ContactChannel
    done_at: datetime | None
    assigned_staff_id: uuid.UUID | None = None
    assigned_name: str | None = None
    caller_name: str | None = None


@dataclass(frozen=True)
class Worker:
    """A member of staff a follow-up can be given to."""

    staff_id: uuid.UUID
    name: str


@dataclass(frozen=True)
class ContactView:
    contact_id: uuid.UUID
    contacted_at: datetime
    channel: ContactChannel
    needs: tuple[Need, ...]
    outcomes: tuple[Outcome, ...]
    referred_to: str | None
    signposted_to: str | None
    notes: str | None
    minutes_spent: int
    follow_up_due: date | None
    follow_up_done_at: datetime | None
    staff_id: uuid.UUID | None
    site_id: uuid.UUID
    assigned_staff_id: uuid.UUID | None = None
    caller_name: str | None = None
    caller_phone: str | None = None


@dataclass(frozen=True)
class ContactEvent:
    """One line of a contact's history, from the audit log: who did what, when (field names
    only: the audit log holds no personal data)."""

    at: datetime
    staff_id: uuid.UUID | None
    staff_name: str | None
    action: str  # "logged", "corrected", "assigned", "follow_up_done"
    fields: tuple[str, ...] = ()
    given_to: str | None = None  # "assigned" (or a correction of who does it): to whom


@dataclass(frozen=True)
class ContactDetail:
    """A contact opened to read and correct."""

    contact: ContactView
    family_label: str | None
    logged_by: str | None
    assigned_name: str | None
    history: tuple[ContactEvent, ...] = field(default_factory=tuple)


@dataclass(frozen=True)
class _Clean:
    channel: ContactChannel
    needs: tuple[Need, ...]
    outcomes: tuple[Outcome, ...]
    referred_to: str | None
    signposted_to: str | None
    notes: str | None
    minutes: int
    follow_up_due: date | None
    caller_name: str | None
    caller_phone: str | None


def _codes(values: object, enum: type[Need] | type[Outcome], field: str) -> tuple[str, ...]:
    if isinstance(values, str) or not isinstance(values, tuple | list | set | frozenset):
        raise ValidationError(field, "not_a_list", "must be a list of choices")
    out: list[str] = []
    for value in values:
        try:
            code = enum(value).value
        except ValueError:
            raise ValidationError(field, "unknown_choice", "is not one of the choices") from None
        if code not in out:
            out.append(code)
    return tuple(out)


def _channel(value: ContactChannel | str | None) -> ContactChannel:
    if value is None:
        raise ValidationError("channel", "required", "choose how the contact was made")
    try:
        return ContactChannel(value)
    except ValueError:
        raise ValidationError("channel", "unknown_channel", "is not a way of contact") from None


def _needs(values: object) -> tuple[Need, ...]:
    needs = tuple(Need(x) for x in _codes(values, Need, "needs"))
    if not needs:
        raise ValidationError("needs", "required", "choose at least one need")
    return needs


def _due(value: object, today: date, previous: date | None) -> date | None:
    """The follow-up date: a date, or text typed as day/month/year, read exactly as typed. A
    date in the past is refused unless it is the one already held (an overdue follow-up)."""
    if value is None:
        return None
    if isinstance(value, str):
        if not value.strip():
            raise ValidationError("follow_up_due", "required", "type or choose a date")
        due = parse_typed_date(value, "follow_up_due")
    elif isinstance(value, datetime) or not isinstance(value, date):
        raise ValidationError("follow_up_due", "not_a_date", "must be a date")
    else:
        due = value
    if due < today and due != previous:
        raise ValidationError("follow_up_due", "in_past", "cannot be in the past")
    return due


def _has(problems: Problems, name: str) -> bool:
    return any(e.field == name for e in problems.errors)


def _validate(contact: ContactIn, today: date, previous_due: date | None = None) -> _Clean:
    """Every problem with `contact` at once (CombinedValidationError), or the clean values."""
    problems = Problems()
    channel = problems.check(_channel, contact.channel)
    needs = problems.check(_needs, contact.needs)
    codes = problems.check(_codes, contact.outcomes, Outcome, "outcomes") or ()
    outcomes = tuple(Outcome(x) for x in codes)
    referred_to = problems.check(
        clean_text, contact.referred_to, "referred_to", max_len=SHORT_TEXT_MAX
    )
    if Outcome.REFERRAL in outcomes and referred_to is None and not _has(problems, "referred_to"):
        problems.add(
            ValidationError("referred_to", "required", "say who the family was referred to")
        )
    signposted_to = problems.check(
        clean_text, contact.signposted_to, "signposted_to", max_len=SHORT_TEXT_MAX
    )
    if (
        Outcome.SIGNPOSTED in outcomes
        and signposted_to is None
        and not _has(problems, "signposted_to")
    ):
        problems.add(
            ValidationError("signposted_to", "required", "say where the family was signposted")
        )
    notes = problems.check(clean_text, contact.notes, "notes", max_len=NOTE_MAX, multiline=True)
    minutes = problems.check(
        bounded_int, contact.minutes_spent, "minutes_spent", low=0, high=MINUTES_MAX
    )
    due = problems.check(_due, contact.follow_up_due, today, previous_due)
    caller_name = problems.check(
        clean_text, contact.caller_name, "caller_name", max_len=CALLER_NAME_MAX
    )
    caller_phone = problems.check(clean_phone, contact.caller_phone, "caller_phone")
    problems.raise_if_any()
    assert channel is not None
    assert needs is not None
    assert minutes is not None
    return _Clean(
        channel,
        needs,
        outcomes,
        referred_to,
        signposted_to,
        notes,
        minutes,
        due,
        caller_name,
        caller_phone,
    )


def _worker(session: Session, hub_id: uuid.UUID, staff_id: uuid.UUID | None) -> uuid.UUID | None:
    if staff_id is None:
        return None
    row = session.get(Staff, staff_id) if isinstance(staff_id, uuid.UUID) else None
    if row is None or row.hub_id != hub_id or not row.active:
        raise ValidationError("assigned_staff_id", "unknown_staff", "is not a member of staff here")
    return row.id


def _view(r: Contact) -> ContactView:
    return ContactView(
        contact_id=r.id,
        contacted_at=r.contacted_at,
        channel=ContactChannel(r.channel),
        needs=tuple(Need(x) for x in r.needs.split()),
        outcomes=tuple(Outcome(x) for x in r.outcomes.split()),
        referred_to=r.referred_to,
        signposted_to=r.signposted_to,
        notes=r.notes,
        minutes_spent=r.minutes_spent,
        follow_up_due=r.follow_up_due,
        follow_up_done_at=r.follow_up_done_at,
        staff_id=r.staff_id,
        site_id=r.site_id,
        assigned_staff_id=r.assigned_staff_id,
        caller_name=r.caller_name,
        caller_phone=r.caller_phone,
    )


def _values(r: Contact) -> dict[str, object]:
    """The correctable fields of a stored contact, in ContactIn's terms."""
    return {
        "channel": r.channel,
        "needs": r.needs,
        "outcomes": r.outcomes,
        "referred_to": r.referred_to,
        "signposted_to": r.signposted_to,
        "notes": r.notes,
        "minutes_spent": r.minutes_spent,
        "follow_up_due": r.follow_up_due,
        "assigned_staff_id": r.assigned_staff_id,
        "caller_name": r.caller_name,
        "caller_phone": r.caller_phone,
    }


def _audit_value(value: object) -> object:
    if isinstance(value, uuid.UUID | date):
        return str(value) if isinstance(value, uuid.UUID) else value.isoformat()
    return value


def _phone_digits(text: str) -> str:
    return "".join(ch for ch in text if ch.isdigit())


def _name_key(text: str) -> str:
    return " ".join(unicodedata.normalize("NFC", text).casefold().split())


def caller_contacts(
    session: Session, hub_id: uuid.UUID, name: str | None, phone: str | None
) -> list[Contact]:
    """The contacts of a hub whose unregistered caller has this number (compared by its digits)
    or this name (compared without case or extra spaces); oldest first. For subject access and
    erasure of a caller who is not a registered family."""
    digits = _phone_digits(phone or "")
    key = _name_key(name or "")
    if not digits and not key:
        raise ValidationError("caller", "required", "give the caller's name or number")
    rows = session.scalars(
        select(Contact)
        .where(
            Contact.hub_id == hub_id,
            or_(Contact.caller_name.is_not(None), Contact.caller_phone.is_not(None)),
        )
        .order_by(Contact.contacted_at, Contact.id)
    ).all()
    return [
        r
        for r in rows
        if (digits and r.caller_phone and _phone_digits(r.caller_phone) == digits)
        or (key and r.caller_name and _name_key(r.caller_name) == key)
    ]


class ContactService(Service):
    def log(self, actor: Actor, contact: ContactIn) -> uuid.UUID:
        """Record a contact at the actor's site. Returns its id."""
        check(actor, Permission.LOG_CONTACTS)
        clean = _validate(contact, self.today())
        now = self.now()
        with self.store.write() as session:
            family_id = None
            if contact.family_id is not None:
                family_id = live_family(session, actor.hub_id, contact.family_id).id
            assigned = _worker(session, actor.hub_id, contact.assigned_staff_id)
            row = Contact(
                id=uuid7(),
                hub_id=actor.hub_id,
                site_id=actor.site_id,
                family_id=family_id,
                staff_id=actor.staff_id,
                channel=clean.channel.value,
                needs=" ".join(n.value for n in clean.needs),
                outcomes=" ".join(o.value for o in clean.outcomes),
                referred_to=clean.referred_to,
                signposted_to=clean.signposted_to,
                notes=clean.notes,
                minutes_spent=clean.minutes,
                follow_up_due=clean.follow_up_due,
                assigned_staff_id=assigned,
                caller_name=clean.caller_name,
                caller_phone=clean.caller_phone,
                contacted_at=now,
                updated_at=now,
            )
            session.add(row)
            outbox.record(session, row, "upsert", now)
            self._audit(
                session,
                actor,
                "contact.logged",
                "contact",
                row.id,
                channel=clean.channel.value,
                needs=[n.value for n in clean.needs],
                outcomes=[o.value for o in clean.outcomes],
            )
            return row.id

    def follow_ups(
        self,
        actor: Actor,
        *,
        include_done: bool = False,
        view: QueueView = QueueView.ALL,
    ) -> list[FollowUp]:
        """Contacts with a follow-up date, soonest first (done ones last, if asked for), as the
        queue's `view` selects them: mine, overdue, due this week, or all."""
        check(actor, Permission.LOG_CONTACTS)
        today = self.today()
        with self.store.read() as session:
            query = select(Contact).where(
                Contact.hub_id == actor.hub_id, Contact.follow_up_due.is_not(None)
            )
            if not include_done:
                query = query.where(Contact.follow_up_done_at.is_(None))
            view = QueueView(view)
            if view is QueueView.MINE:
                query = query.where(
                    or_(
                        Contact.assigned_staff_id == actor.staff_id,
                        and_(
                            Contact.assigned_staff_id.is_(None),
                            Contact.staff_id == actor.staff_id,
                        ),
                    )
                )
            elif view is QueueView.OVERDUE:
                query = query.where(Contact.follow_up_due < today)
            elif view is QueueView.THIS_WEEK:
                monday = today - timedelta(days=today.weekday())
                query = query.where(
                    Contact.follow_up_due >= monday,
                    Contact.follow_up_due <= monday + timedelta(days=6),
                )
            rows = session.scalars(
                query.order_by(
                    Contact.follow_up_done_at.is_not(None),
                    Contact.follow_up_due,
                    Contact.contacted_at,
                )
            ).all()
            family_ids = {r.family_id for r in rows if r.family_id is not None}
            labels = {
                f.id: family_label(f.members)
                for f in session.scalars(select(Family).where(Family.id.in_(family_ids)))
                if f.erased_at is None
            }
            names = self._staff_names(session, actor.hub_id)
            out = []
            for r in rows:
                assert r.follow_up_due is not None
                out.append(
                    FollowUp(
                        contact_id=r.id,
                        family_id=r.family_id,
                        family_label=labels.get(r.family_id) if r.family_id else None,
                        due=r.follow_up_due,
                        overdue=r.follow_up_done_at is None and r.follow_up_due < today,
                        needs=tuple(Need(x) for x in r.needs.split()),
                        channel=ContactChannel(r.channel),
                        done_at=r.follow_up_done_at,
                        assigned_staff_id=r.assigned_staff_id,
                        assigned_name=names.get(r.assigned_staff_id)
                        if r.assigned_staff_id
                        else None,
                        caller_name=r.caller_name,
                    )
                )
            return out

    def workers(self, actor: Actor) -> list[Worker]:
        """The hub's active staff, by name: who a follow-up can be given to."""
        check(actor, Permission.LOG_CONTACTS)
        with self.store.read() as session:
            rows = session.scalars(
                select(Staff)
                .where(Staff.hub_id == actor.hub_id, Staff.active.is_(True))
                .order_by(Staff.name, Staff.id)
            )
            return [Worker(r.id, r.name) for r in rows]

    def assign(self, actor: Actor, contact_id: uuid.UUID, staff_id: uuid.UUID | None) -> None:
        """Give a follow-up to a member of staff (None: to no one). Audited."""
        check(actor, Permission.LOG_CONTACTS)
        now = self.now()
        with self.store.write() as session:
            row = self._held(session, actor, contact_id)
            if row.follow_up_due is None:
                raise ValidationError("contact", "no_follow_up", "has no follow-up to give")
            assigned = _worker(session, actor.hub_id, staff_id)
            if assigned == row.assigned_staff_id:
                return
            before = row.assigned_staff_id
            row.assigned_staff_id = assigned
            row.updated_at = now
            outbox.record(session, row, "upsert", now)
            self._audit(
                session,
                actor,
                "contact.assigned",
                "contact",
                row.id,
                changes={"assigned_staff_id": [_audit_value(before), _audit_value(assigned)]},
            )

    def detail(self, actor: Actor, contact_id: uuid.UUID) -> ContactDetail:
        """A contact opened to read and correct, with its history (who did what, when)."""
        check(actor, Permission.LOG_CONTACTS)
        with self.store.read() as session:
            row = self._held(session, actor, contact_id)
            label = None
            if row.family_id is not None:
                family = session.get(Family, row.family_id)
                if family is not None and family.erased_at is None:
                    label = family_label(family.members)
            names = self._staff_names(session, actor.hub_id)
            history = []
            for entry in session.scalars(
                select(AuditEntry)
                .where(AuditEntry.subject_type == "contact", AuditEntry.subject_id == str(row.id))
                .order_by(AuditEntry.seq)
            ):
                detail = json.loads(entry.detail or "{}")
                given = (detail.get("changes") or {}).get("assigned_staff_id")
                given_to = None
                if isinstance(given, list) and len(given) == 2 and given[1]:
                    given_to = names.get(uuid.UUID(given[1]))
                history.append(
                    ContactEvent(
                        at=entry.at,
                        staff_id=entry.staff_id,
                        staff_name=names.get(entry.staff_id) if entry.staff_id else None,
                        action=entry.action.removeprefix("contact."),
                        fields=tuple(detail.get("fields") or detail.get("changes") or ()),
                        given_to=given_to,
                    )
                )
            return ContactDetail(
                contact=_view(row),
                family_label=label,
                logged_by=names.get(row.staff_id) if row.staff_id else None,
                assigned_name=names.get(row.assigned_staff_id) if row.assigned_staff_id else None,
                history=tuple(history),
            )

    def correct(self, actor: Actor, contact_id: uuid.UUID, contact: ContactIn) -> tuple[str, ...]:
        """Correct a contact: every field as `contact` gives it (its family stays). Returns the
        names of the fields that changed; nothing changed, nothing written.

        Audited: who, when, which fields, and the old and new value of each field that holds no
        personal data (for notes, names and numbers, only that they changed)."""
        check(actor, Permission.LOG_CONTACTS)
        now = self.now()
        with self.store.write() as session:
            row = self._held(session, actor, contact_id)
            if row.follow_up_done_at is not None and contact.follow_up_due is None:
                raise ValidationError(
                    "follow_up_due", "required", "a follow-up that is done keeps its date"
                )
            clean = _validate(contact, self.today(), row.follow_up_due)
            assigned = _worker(session, actor.hub_id, contact.assigned_staff_id)
            before = _values(row)
            after: dict[str, object] = {
                "channel": clean.channel.value,
                "needs": " ".join(n.value for n in clean.needs),
                "outcomes": " ".join(o.value for o in clean.outcomes),
                "referred_to": clean.referred_to,
                "signposted_to": clean.signposted_to,
                "notes": clean.notes,
                "minutes_spent": clean.minutes,
                "follow_up_due": clean.follow_up_due,
                "assigned_staff_id": assigned,
                "caller_name": clean.caller_name,
                "caller_phone": clean.caller_phone,
            }
            changed = tuple(name for name in CORRECTABLE if before[name] != after[name])
            if not changed:
                return ()
            for name in changed:
                setattr(row, name, after[name])
            row.updated_at = now
            outbox.record(session, row, "upsert", now)
            self._audit(
                session,
                actor,
                "contact.corrected",
                "contact",
                row.id,
                fields=list(changed),
                changes={
                    name: [_audit_value(before[name]), _audit_value(after[name])]
                    for name in changed
                    if name not in PERSONAL
                },
            )
            return changed

    def complete_follow_up(self, actor: Actor, contact_id: uuid.UUID) -> None:
        """Mark a follow-up done. Doing it twice is harmless (the first time stands)."""
        check(actor, Permission.LOG_CONTACTS)
        now = self.now()
        with self.store.write() as session:
            row = self._held(session, actor, contact_id)
            if row.follow_up_due is None:
                raise ValidationError("contact", "no_follow_up", "has no follow-up to complete")
            if row.follow_up_done_at is not None:
                return
            row.follow_up_done_at = now
            row.updated_at = now
            outbox.record(session, row, "upsert", now)
            self._audit(session, actor, "contact.follow_up_done", "contact", row.id)

    def for_family(self, actor: Actor, family_id: uuid.UUID) -> list[ContactView]:
        """Every contact with a family, newest first."""
        check(actor, Permission.VIEW_FAMILIES)
        with self.store.read() as session:
            family = live_family(session, actor.hub_id, family_id)
            rows = session.scalars(
                select(Contact)
                .where(Contact.family_id == family.id)
                .order_by(Contact.contacted_at.desc())
            ).all()
            return [_view(r) for r in rows]

    @staticmethod
    def _held(session: Session, actor: Actor, contact_id: uuid.UUID) -> Contact:
        row = session.get(Contact, contact_id) if isinstance(contact_id, uuid.UUID) else None
        if row is None or row.hub_id != actor.hub_id:
            raise ValidationError("contact", "unknown_contact", "is not a contact of this hub")
        return row

    @staticmethod
    def _staff_names(session: Session, hub_id: uuid.UUID) -> dict[uuid.UUID, str]:
        return {
            sid: name
            for sid, name in session.execute(
                select(Staff.id, Staff.name).where(Staff.hub_id == hub_id)
            )
        }
