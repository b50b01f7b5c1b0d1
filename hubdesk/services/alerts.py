"""Quiet alerts from the kiosk to the front desk ("I'd like a private word with someone").

There is no alert table (it would need a migration and a sync entity), so an alert is an audit
entry with action `kiosk.private_word`: it is durable, tamper-evident, holds no personal data
(only the device and the time), and the desk polls `recent` for new ones. Alerts stay on the
device that raised them, so a desk sees alerts raised on its own store (an outreach laptop handed
to families, or a kiosk sharing the desk's store).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select

from hubdesk.domain.staff import Permission
from hubdesk.services.base import Actor, Service, check
from hubdesk.storage import audit
from hubdesk.storage.models import AuditEntry, Device

PRIVATE_WORD = "kiosk.private_word"


@dataclass(frozen=True)
class Alert:
    seq: int
    at: datetime
    device_id: str | None
    device_name: str | None


class AlertService(Service):
    def private_word(self, actor: Actor) -> datetime:
        """A family asked for a private word. Committed durably before this returns."""
        check(actor, Permission.SIGN_IN_OUT, kiosk_ok=True)
        now = self.now()
        with self.store.write() as session:
            audit.append(
                session,
                at=now,
                action=PRIVATE_WORD,
                device_id=actor.device_id,
                subject_type="site",
                subject_id=actor.site_id,
            )
        return now

    def recent(
        self, actor: Actor, *, after_seq: int = 0, since: datetime | None = None
    ) -> list[Alert]:
        """Private-word alerts after audit sequence `after_seq` (and at or after `since`),
        oldest first. For staff: the desk polls this."""
        check(actor, Permission.SIGN_IN_OUT)
        with self.store.read() as session:
            query = (
                select(AuditEntry, Device.name)
                .outerjoin(Device, Device.id == AuditEntry.device_id)
                .where(AuditEntry.action == PRIVATE_WORD, AuditEntry.seq > after_seq)
                .order_by(AuditEntry.seq)
            )
            if since is not None:
                query = query.where(AuditEntry.at >= since)
            return [
                Alert(
                    entry.seq,
                    entry.at,
                    str(entry.device_id) if entry.device_id else None,
                    name,
                )
                for entry, name in session.execute(query)
            ]
