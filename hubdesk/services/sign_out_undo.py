"""Signing a party out at the desk, with a short while to take it back ("Undo").

Staff click the wrong row; the desk shows "Undo" for a few seconds after a sign-out. Undo puts
the visit back exactly as it was (open, with the same `updated_at` and the same record clock
stamp), deletes the sign-out's outbox event, and writes `visit.sign_out_undone` to the audit log.

It is only possible while the sign-out has not left this device: sync's rule is that a visit once
signed out stays out (docs/sync-protocol.md), so once the central service has the sign-out no
device could take it back. Undo is refused (ValidationError on "visit") when the event was
already sent, when the visit changed since, when the family has signed in again, or after
`UNDO_WINDOW`.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import cast

from sqlalchemy import Table, delete, select, update

from hubdesk.domain.catalogue import SignOutBy
from hubdesk.domain.errors import ValidationError
from hubdesk.domain.staff import Permission
from hubdesk.services.base import Actor, Service, check
from hubdesk.services.visits import VisitService
from hubdesk.storage import clock as record_clock
from hubdesk.storage import outbox
from hubdesk.storage.models import OutboxEvent, Visit
from hubdesk.storage.sync_models import RecordClock

# How long after a sign-out staff may take it back. The desk offers it for less (10 s); the
# service allows a little more so that a click at the last moment on a busy PC still counts.
UNDO_WINDOW = timedelta(seconds=60)

_VISITS = cast("Table", Visit.__table__)


@dataclass(frozen=True)
class SignedOut:
    """What a sign-out changed, enough to put it back (held by the desk for a few seconds)."""

    visit_id: uuid.UUID
    signed_out_at: datetime
    updated_before: datetime | None  # the visit's updated_at before the sign-out
    order_before: str | None  # the visit's record clock stamp before (None: it had none)
    event_id: uuid.UUID | None  # the sign-out's outbox event
    people: int
    names: str | None


class SignOutUndoService(Service):
    def sign_out(self, actor: Actor, visit_id: uuid.UUID) -> SignedOut:
        """Sign a party out on its behalf (as VisitService.sign_out with SignOutBy.STAFF) and
        return what is needed to undo it. A visit already out is refused ("visit", "already_out"):
        there is nothing this click did to undo."""
        check(actor, Permission.SIGN_IN_OUT)
        with self.store.write() as session:
            visit = session.get(Visit, visit_id)
            if visit is None or visit.hub_id != actor.hub_id:
                raise ValidationError("visit", "unknown_visit", "is not a visit at this hub")
            if visit.signed_out_at is not None:
                raise ValidationError("visit", "already_out", "has already signed out")
            before = visit.updated_at
            order = session.scalar(select(RecordClock.hlc).where(RecordClock.entity_id == visit_id))
            people, names = visit.people, visit.names
            session.expunge(visit)  # VisitService writes with Core: read the row afresh after
            VisitService(self.store, self.clock).sign_out(actor, visit_id, SignOutBy.STAFF)
            out_at = session.scalar(select(Visit.signed_out_at).where(Visit.id == visit_id))
            event_id = session.scalar(
                select(OutboxEvent.event_id)
                .where(
                    OutboxEvent.entity == "visit",
                    OutboxEvent.entity_id == visit_id,
                    OutboxEvent.op == "signed_out",
                )
                .order_by(OutboxEvent.seq.desc())
                .limit(1)
            )
            assert out_at is not None
            return SignedOut(visit_id, out_at, before, order, event_id, people, names)

    def undo(self, actor: Actor, done: SignedOut) -> None:
        """Put the visit back as it was before `done`. Raises ValidationError("visit", code)
        with code "too_late", "already_sent" or "changed" when that cannot be done."""
        check(actor, Permission.SIGN_IN_OUT)
        now = self.now()
        with self.store.write() as session:
            visit = session.get(Visit, done.visit_id)
            if visit is None or visit.hub_id != actor.hub_id:
                raise ValidationError("visit", "unknown_visit", "is not a visit at this hub")
            if now - done.signed_out_at > UNDO_WINDOW:
                raise ValidationError("visit", "too_late", "was signed out too long ago to undo")
            if visit.signed_out_at != done.signed_out_at or visit.updated_at != done.signed_out_at:
                raise ValidationError("visit", "changed", "has changed since it was signed out")
            if visit.family_id is not None:
                again = session.scalar(
                    select(Visit.id).where(
                        Visit.family_id == visit.family_id,
                        Visit.site_id == visit.site_id,
                        Visit.signed_out_at.is_(None),
                    )
                )
                if again is not None:
                    raise ValidationError("visit", "changed", "has signed in again since")
            # the sign-out must not have left this device: take its event back, if still here
            # and not handed to another device of the hub directly (hubdesk/sync/peer.py)
            seq = session.scalar(
                select(OutboxEvent.seq).where(OutboxEvent.event_id == done.event_id)
            )
            if seq is not None and seq <= outbox.offered_to_any_peer(session):
                raise ValidationError(
                    "visit", "already_sent", "was already sent to the other devices"
                )
            gone = session.execute(
                delete(OutboxEvent).where(
                    OutboxEvent.event_id == done.event_id,
                    OutboxEvent.state == "pending",
                )
            )
            if done.event_id is None or getattr(gone, "rowcount", 0) != 1:
                raise ValidationError(
                    "visit", "already_sent", "was already sent to the other devices"
                )
            session.expunge(visit)
            session.execute(
                update(_VISITS)
                .where(_VISITS.c.id == done.visit_id)
                .values(signed_out_at=None, signed_out_by=None, updated_at=done.updated_before)
            )
            if done.order_before is None:
                session.execute(delete(RecordClock).where(RecordClock.entity_id == done.visit_id))
            else:
                record_clock.set_record_order(session, done.visit_id, done.order_before)
            self._audit(session, actor, "visit.sign_out_undone", "visit", done.visit_id)
