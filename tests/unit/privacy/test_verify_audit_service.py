"""HubSettingsService.verify_audit: the audit chain check the desk's settings page shows."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from hubdesk.domain.errors import PermissionDeniedError
from hubdesk.services.hub_settings import HubSettingsService
from hubdesk.storage.models import AuditEntry


def test_verify_audit_says_ok_then_names_the_changed_entry(store, clock, admin, manager):
    service = HubSettingsService(store, clock)
    service.set_retention_months(admin, 12)
    service.set_privacy_notice(admin, "We keep your details safe.")
    service.set_retention_months(admin, 18)
    report = service.verify_audit(admin)
    assert report.ok
    assert report.entries >= 3
    with store.write() as session:
        entries = session.scalars(select(AuditEntry).order_by(AuditEntry.seq)).all()
        middle = entries[len(entries) // 2]
        middle.detail = '{"after": 99}'
        changed = middle.seq
    report = service.verify_audit(admin)
    assert not report.ok
    assert report.first_broken_seq == changed
    with pytest.raises(PermissionDeniedError):
        service.verify_audit(manager)
