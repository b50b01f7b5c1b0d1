"""Hub settings (administrators only): the privacy notice and its version, the retention period,
running retention now, verifying the audit log; and the daily retention job the desk schedules."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import func, select

from hubdesk.domain.staff import StaffRole
from hubdesk.services.hub_settings import HubSettingsService
from hubdesk.storage.models import AuditEntry, Family, Hub

from .conftest import PINS, click, register, settle, sign_in, type_into


def _audit_count(store, action):  # type: ignore[no-untyped-def]
    with store.read() as session:
        return session.scalar(
            select(func.count()).select_from(AuditEntry).where(AuditEntry.action == action)
        )


def test_administrator_changes_the_notice_and_retention(make_desk, staff, qtbot, store, identity):
    window = make_desk()
    sign_in(qtbot, window, staff[StaffRole.ADMIN], PINS[StaffRole.ADMIN])
    assert window.open_page("settings")
    page = window.pages["settings"]
    settle(qtbot, window)
    with store.read() as session:
        before = session.get(Hub, identity.hub_id).privacy_notice_version
    assert f"Version {before}" in page.version_label.text()
    page.notice.clear()
    type_into(qtbot, window, page.notice, "We keep your details for two years.")
    click(qtbot, window, page.save_notice)
    qtbot.waitUntil(lambda: f"Version {before + 1}" in page.version_label.text())
    assert "version" in page.message.text()
    # the same words again do not raise the version
    click(qtbot, window, page.save_notice)
    qtbot.waitUntil(lambda: "unchanged" in page.message.text())
    page.months.setCurrentIndex(page.months.findData(12))
    click(qtbot, window, page.save_months)
    qtbot.waitUntil(lambda: "1 year" in page.message.text())
    with store.read() as session:
        hub = session.get(Hub, identity.hub_id)
        assert hub.privacy_notice == "We keep your details for two years."
        assert hub.privacy_notice_version == before + 1
        assert hub.retention_months == 12


def test_run_retention_now_and_verify_the_audit_log(
    make_desk, staff, qtbot, store, clock, identity
):
    old = register(store, clock, identity, "Olwen", "Oldfield").family_id
    clock.advance(timedelta(days=800))  # past the default 24 months with no sign of life
    window = make_desk()
    sign_in(qtbot, window, staff[StaffRole.ADMIN], PINS[StaffRole.ADMIN])
    window.open_page("settings")
    page = window.pages["settings"]
    qtbot.waitUntil(lambda: "1 family" in page.due_label.text())
    click(qtbot, window, page.run_retention)
    qtbot.waitUntil(lambda: page.retention_result.isVisible())
    assert "Families erased: 1" in page.retention_result.text()
    with store.read() as session:
        assert session.get(Family, old).erased_at is not None
    assert _audit_count(store, "retention.run") == 1
    assert "0 families" in page.due_label.text()

    click(qtbot, window, page.verify_button)
    qtbot.waitUntil(lambda: page.audit_result.isVisible())
    assert page.audit_result.text().startswith("Intact")
    with store.write() as session:  # someone edits an entry behind the app's back
        entry = session.scalars(select(AuditEntry).order_by(AuditEntry.seq).limit(1)).one()
        entry.action = "nothing.happened"
        seq = entry.seq
    click(qtbot, window, page.verify_button)
    qtbot.waitUntil(lambda: page.audit_result.text().startswith("Broken"))
    assert f"entry {seq} " in page.audit_result.text()


@pytest.mark.parametrize("role", [StaffRole.MANAGER, StaffRole.RECEPTION, StaffRole.OUTREACH])
def test_other_roles_have_no_settings_page(make_desk, staff, qtbot, store, clock, role):
    window = make_desk()
    sign_in(qtbot, window, staff[role], PINS[role])
    assert "settings" not in window.pages
    assert not window.open_page("settings")
    tabs = [window.workspace.tabText(i) for i in range(window.workspace.count())]
    assert "Hub settings" not in tabs
    assert window.findChild(object, "settingsPage") is None
    # and the service refuses them anyway
    from hubdesk.domain.errors import PermissionDeniedError

    with pytest.raises(PermissionDeniedError):
        HubSettingsService(store, clock).set_retention_months(window.session.actor, 6)
    with pytest.raises(PermissionDeniedError):
        HubSettingsService(store, clock).verify_audit(window.session.actor)


def test_the_desk_runs_the_daily_retention_job_on_its_timer(
    make_desk, staff, qtbot, store, clock, identity
):
    old = register(store, clock, identity, "Olwen", "Oldfield").family_id
    clock.advance(timedelta(days=800))
    window = make_desk(retention_first_ms=1, retention_every_ms=600_000)
    assert window.retention_timer.isActive()
    # runs with nobody signed in (as the device), on the task runner
    qtbot.waitUntil(lambda: _audit_count(store, "retention.run") == 1, timeout=10_000)
    settle(qtbot, window)
    assert window.last_retention is not None
    assert window.last_retention.erased.families == 1
    with store.read() as session:
        assert session.get(Family, old).erased_at is not None
        run = session.scalars(select(AuditEntry).where(AuditEntry.action == "retention.run")).one()
        assert run.device_id == identity.device_id
        assert run.staff_id is None
    # the hourly tick the same hub day does nothing
    window.retention_timer.timeout.emit()
    settle(qtbot, window)
    assert _audit_count(store, "retention.run") == 1
    # the next day it runs again
    clock.advance(timedelta(days=1))
    window.retention_timer.timeout.emit()
    qtbot.waitUntil(lambda: _audit_count(store, "retention.run") == 2, timeout=10_000)
