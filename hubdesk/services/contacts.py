""" "Here to Help" contacts: walk-ins, calls, emails and online requests, with needs, outcomes and
follow-ups."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select

from hubdesk.domain.catalogue import ContactChannel, Need, Outcome
from hubdesk.domain.errors import ValidationError
from hubdesk.domain.ids import uuid7
from hubdesk.domain.staff import Permission
from hubdesk.domain.text import NOTE_MAX, SHORT_TEXT_MAX, bounded_int, clean_text
from hubdesk.services.base import Actor, Service, check
from hubdesk.services.families import family_label, live_family
from hubdesk.storage import outbox
from hubdesk.storage.models import Contact, Family

MINUTES_MAX = 600


@dataclass(frozen=True)
class ContactIn:
    channel: ContactChannel
    needs: tuple[Need, ...]
    outcomes: tuple[Outcome, ...] = ()
    family_id: uuid.UUID | None = None
    referred_to: str | None = None
    signposted_to: str | None = None
    notes: str | None = None
    minutes_spent: int = 0
    follow_up_due: date | None = None


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


def _validate(contact: ContactIn, today: date) -> _Clean:
    try:
        channel = ContactChannel(contact.channel)
    except ValueError:
        raise ValidationError("channel", "unknown_channel", "is not a way of contact") from None
    needs = tuple(Need(x) for x in _codes(contact.needs, Need, "needs"))
    if not needs:
        raise ValidationError("needs", "required", "choose at least one need")
    outcomes = tuple(Outcome(x) for x in _codes(contact.outcomes, Outcome, "outcomes"))
    referred_to = clean_text(contact.referred_to, "referred_to", max_len=SHORT_TEXT_MAX)
    if Outcome.REFERRAL in outcomes and referred_to is None:
        raise ValidationError("referred_to", "required", "say who the family was referred to")
    signposted_to = clean_text(contact.signposted_to, "signposted_to", max_len=SHORT_TEXT_MAX)
    if Outcome.SIGNPOSTED in outcomes and signposted_to is None:
        raise ValidationError("signposted_to", "required", "say where the family was signposted")
    notes = clean_text(contact.notes, "notes", max_len=NOTE_MAX, multiline=True)
    minutes = bounded_int(contact.minutes_spent, "minutes_spent", low=0, high=MINUTES_MAX)
    due = contact.follow_up_due
    if due is not None:
        if isinstance(due, datetime) or not isinstance(due, date):
            raise ValidationError("follow_up_due", "not_a_date", "must be a date")
        if due < today:
            raise ValidationError("follow_up_due", "in_past", "cannot be in the past")
    return _Clean(channel, needs, outcomes, referred_to, signposted_to, notes, minutes, due)


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

    def follow_ups(self, actor: Actor, *, include_done: bool = False) -> list[FollowUp]:
        """Contacts with a follow-up date, soonest first (done ones last, if asked for)."""
        check(actor, Permission.LOG_CONTACTS)
        today = self.today()
        with self.store.read() as session:
            query = select(Contact).where(
                Contact.hub_id == actor.hub_id, Contact.follow_up_due.is_not(None)
            )
            if not include_done:
                query = query.where(Contact.follow_up_done_at.is_(None))
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
                    )
                )
            return out

    def complete_follow_up(self, actor: Actor, contact_id: uuid.UUID) -> None:
        """Mark a follow-up done. Doing it twice is harmless (the first time stands)."""
        check(actor, Permission.LOG_CONTACTS)
        now = self.now()
        with self.store.write() as session:
            row = session.get(Contact, contact_id)
            if row is None or row.hub_id != actor.hub_id:
                raise ValidationError("contact", "unknown_contact", "is not a contact of this hub")
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
            return [
                ContactView(
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
                )
                for r in rows
            ]
