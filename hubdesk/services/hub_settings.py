"""Hub policy kept in the database: the privacy notice (text and version) and the retention period.

Changing the notice's text raises its version; a returning family whose recorded consent is for an
older version then sees the notice again (`FamilyService.household_for_kiosk(...).needs_consent`)
until `FamilyService.record_consent` stamps the new version and the time on the family.

The text of every version is kept on this device (table `blobs`, key ``privacy_notice_v<N>``), so a
subject access export can show the words a family agreed to; the audit log records each change with
the version and a SHA-256 of the text, so the wording in force on any day can be proved.
"""

from __future__ import annotations

import hashlib
import uuid
from dataclasses import dataclass

from sqlalchemy.orm import Session

from hubdesk.domain.errors import ValidationError
from hubdesk.domain.staff import Permission
from hubdesk.domain.text import clean_text
from hubdesk.services.base import Actor, Service, check
from hubdesk.storage import audit, outbox
from hubdesk.storage.models import Blob, Hub

NOTICE_MAX = 20_000
RETENTION_MIN_MONTHS = 1
RETENTION_MAX_MONTHS = 120
_NOTICE_BLOB = "privacy_notice_v{}"


@dataclass(frozen=True)
class PrivacySettings:
    notice: str  # empty: the standard wording the UI ships
    notice_version: int
    retention_months: int


def notice_digest(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def notice_text(session: Session, hub: Hub, version: int) -> str | None:
    """The words of notice `version`, if this device has them."""
    if version == hub.privacy_notice_version:
        return hub.privacy_notice
    blob = session.get(Blob, _NOTICE_BLOB.format(version))
    return bytes(blob.data).decode("utf-8") if blob is not None else None


class HubSettingsService(Service):
    def privacy(self, actor: Actor) -> PrivacySettings:
        with self.store.read() as session:
            hub = self._hub(session, actor.hub_id)
            return PrivacySettings(
                hub.privacy_notice, hub.privacy_notice_version, hub.retention_months
            )

    def set_privacy_notice(self, actor: Actor, text: str) -> int:
        """Set the notice's text. A change raises the version (returned); the same text again
        changes nothing. Needs ADMINISTER."""
        check(actor, Permission.ADMINISTER)
        clean = clean_text(text, "privacy_notice", max_len=NOTICE_MAX, multiline=True) or ""
        now = self.now()
        with self.store.write() as session:
            hub = self._hub(session, actor.hub_id)
            if clean == hub.privacy_notice:
                return hub.privacy_notice_version
            # keep the words of the version being replaced
            old_key = _NOTICE_BLOB.format(hub.privacy_notice_version)
            if session.get(Blob, old_key) is None:
                session.add(Blob(key=old_key, data=hub.privacy_notice.encode("utf-8")))
            hub.privacy_notice = clean
            hub.privacy_notice_version = hub.privacy_notice_version + 1
            hub.updated_at = now
            session.add(
                Blob(key=_NOTICE_BLOB.format(hub.privacy_notice_version), data=clean.encode())
            )
            outbox.record(session, hub, "upsert", now)
            self._audit(
                session,
                actor,
                "privacy.notice_changed",
                "hub",
                hub.id,
                version=hub.privacy_notice_version,
                sha256=notice_digest(clean),
            )
            return hub.privacy_notice_version

    def set_retention_months(self, actor: Actor, months: int) -> None:
        check(actor, Permission.ADMINISTER)
        if (
            isinstance(months, bool)
            or not isinstance(months, int)
            or not RETENTION_MIN_MONTHS <= months <= RETENTION_MAX_MONTHS
        ):
            raise ValidationError(
                "retention_months",
                "out_of_range",
                f"must be {RETENTION_MIN_MONTHS} to {RETENTION_MAX_MONTHS} months",
            )
        now = self.now()
        with self.store.write() as session:
            hub = self._hub(session, actor.hub_id)
            if hub.retention_months == months:
                return
            before = hub.retention_months
            hub.retention_months = months
            hub.updated_at = now
            outbox.record(session, hub, "upsert", now)
            self._audit(
                session,
                actor,
                "privacy.retention_changed",
                "hub",
                hub.id,
                before=before,
                after=months,
            )

    def verify_audit(self, actor: Actor) -> audit.ChainReport:
        """Walk the audit log's hash chain (`storage.audit.verify`): how many entries, and the
        sequence number of the first whose link or hash does not match (None: intact).
        Needs ADMINISTER."""
        check(actor, Permission.ADMINISTER)
        with self.store.read() as session:
            return audit.verify(session)

    @staticmethod
    def _hub(session: Session, hub_id: uuid.UUID) -> Hub:
        hub = session.get(Hub, hub_id)
        if hub is None:
            raise ValidationError("hub", "unknown_hub", "is not set up on this device")
        return hub
