"""Quiet alerts from the kiosk to the front desk ("I'd like a private word with someone").

An alert is a row in `alerts` (where and when, and the room the family said they will be in,
nothing personal) queued for sync in the same transaction, so a desk sees alerts raised on a
separate kiosk after both have synced, and an audit entry. `delivered` tells the kiosk whether
the alert has left the device (pushed to the central service, from which the desk pulls it), so
it never promises that someone will come when nobody can know.

The desk polls `recent` with the sequence of the last alert it showed; the sequence
is the order alerts arrived in this store (SQLite's rowid), so one that comes in late through
sync is still new to the desk.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import ColumnElement, literal_column, select
from sqlalchemy.orm import Session

from hubdesk.domain.errors import ValidationError
from hubdesk.domain.ids import uuid7
from hubdesk.domain.staff import Permission
from hubdesk.domain.text import clean_text
from hubdesk.services.base import Actor, Service, check
from hubdesk.services.kiosk import site_rooms
from hubdesk.storage import audit, outbox
from hubdesk.storage.models import Alert as AlertRow
from hubdesk.storage.models import Device, OutboxEvent, Site

PRIVATE_WORD = "kiosk.private_word"
WITHDRAWN = "kiosk.private_word_withdrawn"
KIND_PRIVATE_WORD = "private_word"


@dataclass(frozen=True)
class Alert:
    seq: int
    at: datetime
    device_id: str | None
    device_name: str | None
    room: str | None = None


@dataclass(frozen=True)
class RaisedAlert:
    alert_id: uuid.UUID
    at: datetime


class AlertService(Service):
    def private_word(self, actor: Actor, room: str | None = None) -> RaisedAlert:
        """A family asked to speak to someone, optionally saying which of the site's rooms they
        will be in. Committed durably before this returns."""
        check(actor, Permission.SIGN_IN_OUT, kiosk_ok=True)
        now = self.now()
        where = clean_text(room, "room", max_len=120)
        with self.store.write() as session:
            if where is not None:
                site = session.get(Site, actor.site_id)
                if where not in site_rooms(site.rooms if site else None):
                    raise ValidationError("room", "unknown_room", "is not a room of this site")
            row = AlertRow(
                id=uuid7(),
                hub_id=actor.hub_id,
                site_id=actor.site_id,
                device_id=actor.device_id,
                kind=KIND_PRIVATE_WORD,
                raised_at=now,
                room=where,
                updated_at=now,
            )
            session.add(row)
            outbox.record(session, row, "raised", now)
            audit.append(
                session,
                at=now,
                action=PRIVATE_WORD,
                device_id=actor.device_id,
                subject_type="site",
                subject_id=actor.site_id,
            )
            return RaisedAlert(row.id, now)

    def delivered(self, actor: Actor, alert_id: uuid.UUID) -> bool:
        """Whether the alert has left this device: its sync event was pushed to the central
        service (or pushed and pruned), or a desk or outreach laptop of the hub said it holds
        it (the hub's devices exchange events directly, hubdesk/sync/peer.py). An alert on a
        device with neither never leaves it."""
        check(actor, Permission.SIGN_IN_OUT, kiosk_ok=True)
        with self.store.read() as session:
            if session.get(AlertRow, alert_id) is None:
                return False
            return _left(session, alert_id)

    def withdraw(self, actor: Actor, alert_id: uuid.UUID) -> bool:
        """The kiosk could not get the alert to the desk in time and told the family to come to
        the front desk: mark it withdrawn (synced like the alert), so a desk that receives it
        later does not send someone to the room. False if it had already left the device (the
        desk has it as it was) or is not this device's."""
        check(actor, Permission.SIGN_IN_OUT, kiosk_ok=True)
        now = self.now()
        with self.store.write() as session:
            row = session.get(AlertRow, alert_id)
            if row is None or row.device_id != actor.device_id or row.withdrawn_at is not None:
                return False
            if _left(session, alert_id):
                return False
            row.withdrawn_at = now
            row.updated_at = now
            outbox.record(session, row, "withdrawn", now)
            audit.append(
                session,
                at=now,
                action=WITHDRAWN,
                device_id=actor.device_id,
                subject_type="site",
                subject_id=actor.site_id,
            )
            return True

    def recent(
        self, actor: Actor, *, after_seq: int = 0, since: datetime | None = None
    ) -> list[Alert]:
        """Alerts of this hub that arrived after sequence `after_seq` (and were raised at or
        after `since`), in arrival order, leaving out the withdrawn. For staff: the desk polls
        this."""
        check(actor, Permission.SIGN_IN_OUT)
        arrival: ColumnElement[int] = literal_column("alerts.rowid")
        with self.store.read() as session:
            query = (
                select(arrival, AlertRow.raised_at, AlertRow.device_id, Device.name, AlertRow.room)
                .select_from(AlertRow)
                .outerjoin(Device, Device.id == AlertRow.device_id)
                .where(
                    AlertRow.hub_id == actor.hub_id,
                    arrival > after_seq,
                    AlertRow.withdrawn_at.is_(None),
                )
                .order_by(arrival)
            )
            if since is not None:
                query = query.where(AlertRow.raised_at >= since)
            return [
                Alert(int(seq), at, str(device_id) if device_id else None, name, room)
                for seq, at, device_id, name, room in session.execute(query)
            ]

    def withdrawn(self, actor: Actor, seqs: list[int]) -> set[int]:
        """Which of the alerts `seqs` (as `recent` gave them) have been withdrawn since: the desk
        drops them from its header. For staff."""
        check(actor, Permission.SIGN_IN_OUT)
        if not seqs:
            return set()
        arrival: ColumnElement[int] = literal_column("alerts.rowid")
        with self.store.read() as session:
            rows = session.execute(
                select(arrival).where(
                    AlertRow.hub_id == actor.hub_id,
                    arrival.in_(seqs),
                    AlertRow.withdrawn_at.is_not(None),
                )
            )
            return {int(seq) for (seq,) in rows}


def _left(session: Session, alert_id: uuid.UUID) -> bool:
    """Every event of the alert was acknowledged by the central service or by a staff device
    of the hub directly."""
    rows = session.execute(
        select(OutboxEvent.seq, OutboxEvent.state).where(
            OutboxEvent.entity == "alert", OutboxEvent.entity_id == alert_id
        )
    ).all()
    held = outbox.delivered_to_staff(session)
    return all(state == "sent" or seq <= held for seq, state in rows)
