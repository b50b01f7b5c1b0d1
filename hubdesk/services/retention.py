"""Retention: personal data is erased or anonymised once the hub's retention period has passed.

Each hub sets `retention_months` (default 24). A family is due when nothing has happened for that
long: no visit, no contact, no registration or consent. A due family is erased exactly as on
request (services/erasure.py), so its visits keep their footfall counts. Separately, the first
names kept on a visit for the roll call, and the notes (and an unregistered caller's name and
number) of contacts with no family, are cleared once
the visit or contact itself is older than the period, and staff deactivated longer ago than the
period lose their name (their id stays, for the audit log). Outbox rows the central service
acknowledged (`sent`) longer ago than `outbox.SENT_KEEP` (30 days; never longer than the retention
period) are deleted: sync never needs them again, and each holds a copy of a record as it was.

`RetentionService.run` does the work in batches (one transaction each, so a kiosk never waits long
for the write lock) and writes one audit entry per batch and one summary entry per run, even when
nothing was due, so the audit log shows the job ran. `daily_retention_job` is what the app
schedules: it runs at most once per hub day.
"""

from __future__ import annotations

import calendar
import contextlib
import logging
import re
import uuid
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from hubdesk.domain.clock import Clock
from hubdesk.domain.errors import ValidationError
from hubdesk.domain.staff import Permission
from hubdesk.services.base import HUB_TZ, Actor, Service, check
from hubdesk.services.erasure import ERASED_OP, ErasedCounts, erase_family_rows
from hubdesk.storage import meta, outbox
from hubdesk.storage.engine import Store
from hubdesk.storage.erasure import scrub_outbox
from hubdesk.storage.models import Activity, Booking, Contact, Family, Hub, Staff, Visit

log = logging.getLogger(__name__)

BATCH = 100
SENT_KEEP = outbox.SENT_KEEP
# Copies of the store made before a migration (storage/migrate.py) still hold what was erased
# since; they are only needed to roll back a failed upgrade, so they go after this long.
BACKUP_KEEP = timedelta(days=30)
_BACKUP = re.compile(r"\.before-[A-Za-z0-9_]+-(\d{8}T\d{6}Z)\.bak$")
FORMER_STAFF = "(former staff)"
LAST_RUN_KEY = "retention_last_day"  # store_meta: the hub day the job last ran (ISO date)


@dataclass(frozen=True)
class RetentionReport:
    cutoff: datetime
    retention_months: int
    erased: ErasedCounts
    visits_anonymised: int
    contacts_anonymised: int
    backups_removed: int = 0
    staff_anonymised: int = 0
    outbox_sent_pruned: int = 0  # acknowledged outbox rows older than the keep period, deleted


def prune_backups(store_path: Path, now: datetime, keep: timedelta = BACKUP_KEEP) -> int:
    """Delete the pre-migration copies of the store older than `keep`. Returns how many."""
    removed = 0
    for candidate in store_path.parent.glob(f"{store_path.name}.before-*.bak"):
        match = _BACKUP.search(candidate.name)
        if match is None:
            continue
        made = datetime.strptime(match[1], "%Y%m%dT%H%M%SZ").replace(tzinfo=UTC)
        if now - made > keep:
            with contextlib.suppress(FileNotFoundError):
                candidate.unlink()
                removed += 1
    return removed


def months_before(at: datetime, months: int) -> datetime:
    """`at` moved back by whole calendar months (31 March minus one month is 28/29 February)."""
    total = at.year * 12 + (at.month - 1) - months
    year, month = divmod(total, 12)
    month += 1
    day = min(at.day, calendar.monthrange(year, month)[1])
    return at.replace(year=year, month=month, day=day)


def _due_family_ids(session: Session, hub_id: uuid.UUID, cutoff: datetime) -> list[uuid.UUID]:
    """Families of the hub, not yet erased, with no sign of life since `cutoff`."""
    recent_contact = select(Contact.family_id).where(
        Contact.family_id.is_not(None), Contact.contacted_at >= cutoff
    )
    # a booking made, or for a session, since the cutoff is a sign of life too
    recent_booking = (
        select(Booking.family_id)
        .join(Activity, Activity.id == Booking.activity_id)
        .where(or_(Booking.created_at >= cutoff, Activity.starts_at >= cutoff))
    )
    rows = session.scalars(
        select(Family.id)
        .where(
            Family.hub_id == hub_id,
            ~Family.id.in_(recent_booking),
            Family.erased_at.is_(None),
            Family.created_at < cutoff,
            or_(Family.last_visit_at.is_(None), Family.last_visit_at < cutoff),
            or_(Family.consent_at.is_(None), Family.consent_at < cutoff),
            ~Family.id.in_(recent_contact),
        )
        .order_by(Family.created_at, Family.id)
    )
    return list(rows)


class RetentionService(Service):
    """Runs the hub's retention policy. Staff need ADMINISTER; the scheduled job runs as the
    device (a kiosk actor), since nobody is signed in when it fires."""

    def __init__(
        self,
        store: Store,
        clock: Clock | None = None,
        *,
        batch: int = BATCH,
        outbox_batch: int = outbox.PRUNE_BATCH,
        sent_keep: timedelta = SENT_KEEP,
    ) -> None:
        super().__init__(store, clock)
        self._batch = batch
        self._outbox_batch = outbox_batch
        self._sent_keep = sent_keep

    def run(self, actor: Actor) -> RetentionReport:
        if not actor.is_kiosk:
            check(actor, Permission.ADMINISTER)
        now = self.now()
        with self.store.read() as session:
            hub = session.get(Hub, actor.hub_id)
            if hub is None:
                raise ValidationError("hub", "unknown_hub", "is not set up on this device")
            months = int(hub.retention_months)
        if months < 1:
            raise ValidationError("retention_months", "out_of_range", "must be at least 1")
        cutoff = months_before(now, months)
        total = ErasedCounts()
        while True:
            with self.store.write() as session:
                ids = _due_family_ids(session, actor.hub_id, cutoff)[: self._batch]
                if not ids:
                    break
                batch = ErasedCounts()
                for family_id in ids:
                    family = session.get(Family, family_id)
                    if family is None or family.erased_at is not None:
                        continue  # erased with a family it was merged into, earlier in the batch
                    batch = batch + erase_family_rows(session, family, now)
                self._audit(
                    session,
                    actor,
                    "retention.erased",
                    "hub",
                    actor.hub_id,
                    **batch.as_detail(),
                )
                total = total + batch
        sent_pruned = self._prune_sent_outbox(max(now - self._sent_keep, cutoff))
        backups = prune_backups(self.store.path, now) if self.store.path is not None else 0
        with self.store.write() as session:
            visits = self._anonymise_old_visits(session, actor.hub_id, cutoff, now)
            contacts = self._anonymise_old_contacts(session, actor.hub_id, cutoff, now)
            staff = self._anonymise_former_staff(session, actor.hub_id, cutoff, now)
            meta.put(session, LAST_RUN_KEY, now.astimezone(HUB_TZ).date().isoformat())
            self._audit(
                session,
                actor,
                "retention.run",
                "hub",
                actor.hub_id,
                retention_months=months,
                cutoff=cutoff.date().isoformat(),
                families=total.families,
                members=total.members,
                visits_anonymised=visits,
                contacts_anonymised=contacts,
                backups_removed=backups,
                staff_anonymised=staff,
                outbox_sent_pruned=sent_pruned,
            )
        log.info("retention run", extra={"count": total.families, "state": "done"})
        log.info("retention outbox pruned", extra={"count": sent_pruned, "state": "done"})
        return RetentionReport(cutoff, months, total, visits, contacts, backups, staff, sent_pruned)

    def _prune_sent_outbox(self, acknowledged_before: datetime) -> int:
        """Delete acknowledged outbox rows older than `acknowledged_before`: find a batch in a read
        transaction, delete it in a short write transaction, until none is left. Pending,
        quarantined and discarded rows stay (`delete_sent` checks the state again under the write
        lock)."""
        total = 0
        while True:
            with self.store.read() as session:  # the search holds no write lock
                due = outbox.due_sent(session, acknowledged_before, self._outbox_batch)
            if not due:
                return total
            with self.store.write() as session:
                total += outbox.delete_sent(session, due)
            if len(due) < self._outbox_batch:
                return total

    def _anonymise_old_visits(
        self, session: Session, hub_id: uuid.UUID, cutoff: datetime, now: datetime
    ) -> int:
        rows = session.scalars(
            select(Visit).where(
                Visit.hub_id == hub_id, Visit.signed_in_at < cutoff, Visit.names.is_not(None)
            )
        ).all()
        for visit in rows:
            visit.names = None
            visit.updated_at = now
        scrub_outbox(session, {v.id for v in rows})
        for visit in rows:
            outbox.record(session, visit, ERASED_OP, now)
        return len(rows)

    def _anonymise_old_contacts(
        self, session: Session, hub_id: uuid.UUID, cutoff: datetime, now: datetime
    ) -> int:
        rows = session.scalars(
            select(Contact).where(
                Contact.hub_id == hub_id,
                Contact.family_id.is_(None),
                Contact.contacted_at < cutoff,
                or_(
                    Contact.notes.is_not(None),
                    Contact.referred_to.is_not(None),
                    Contact.signposted_to.is_not(None),
                    Contact.caller_name.is_not(None),
                    Contact.caller_phone.is_not(None),
                ),
            )
        ).all()
        for contact in rows:
            contact.notes = None
            contact.referred_to = None
            contact.signposted_to = None
            contact.caller_name = None
            contact.caller_phone = None
            contact.updated_at = now
        scrub_outbox(session, {c.id for c in rows})
        for contact in rows:
            outbox.record(session, contact, ERASED_OP, now)
        return len(rows)

    def _anonymise_former_staff(
        self, session: Session, hub_id: uuid.UUID, cutoff: datetime, now: datetime
    ) -> int:
        """Staff deactivated before the cutoff keep their id (the audit log names them by it)
        but lose their name."""
        rows = session.scalars(
            select(Staff).where(
                Staff.hub_id == hub_id,
                Staff.active.is_(False),
                Staff.updated_at < cutoff,
                Staff.name != FORMER_STAFF,
            )
        ).all()
        for row in rows:
            row.name = FORMER_STAFF
            row.updated_at = now
        scrub_outbox(session, {row.id for row in rows})
        for row in rows:
            outbox.record(session, row, ERASED_OP, now)
        return len(rows)

    def last_run_day(self) -> date | None:
        with self.store.read() as session:
            value = meta.get(session, LAST_RUN_KEY)
        return date.fromisoformat(value) if value else None

    def run_if_due(self, actor: Actor) -> RetentionReport | None:
        """Run unless it already ran today (hub time). Returns None when it did not run."""
        if self.last_run_day() == self.today():
            return None
        return self.run(actor)

    def due_count(self, actor: Actor) -> int:
        """How many families the next run would erase (for the admin screen)."""
        check(actor, Permission.ADMINISTER)
        with self.store.read() as session:
            hub = session.get(Hub, actor.hub_id)
            months = int(hub.retention_months) if hub else 24
            return len(_due_family_ids(session, actor.hub_id, months_before(self.now(), months)))


def daily_retention_job(store: Store, clock: Clock | None = None) -> RetentionReport | None:
    """The job the app schedules (e.g. hourly; it runs at most once a hub day).

    Runs on a worker thread; touches no widgets. Returns the report, or None if it already ran
    today. Uses the device's own identity, since no staff member need be signed in.
    """
    from hubdesk.services.setup import SetupService

    identity = SetupService(store, clock).identity()
    return RetentionService(store, clock).run_if_due(identity.actor())
