"""AlertService (the kiosk's "private word") and KioskService (what the kiosk shows of its hub)."""

from __future__ import annotations

from datetime import timedelta

import pytest

from hubdesk.domain.errors import PermissionDeniedError
from hubdesk.services.alerts import PRIVATE_WORD, AlertService
from hubdesk.services.kiosk import LOGO_BLOB, KioskService
from hubdesk.storage import audit
from hubdesk.storage.models import Blob, Hub


def test_private_word_is_recorded_and_the_desk_sees_it(store, clock, kiosk, reception):
    alerts = AlertService(store, clock)
    at = alerts.private_word(kiosk).at
    clock.advance(timedelta(minutes=1))
    alerts.private_word(kiosk)
    found = alerts.recent(reception)
    assert [a.at for a in found] == [at, at + timedelta(minutes=1)]
    assert found[0].device_id == str(kiosk.device_id)
    assert found[0].device_name == "Front desk"
    # polling from the last one seen returns nothing new
    assert alerts.recent(reception, after_seq=found[-1].seq) == []
    assert alerts.recent(reception, since=at + timedelta(seconds=30))[0].seq == found[1].seq


def test_private_word_keeps_the_audit_chain_and_holds_nothing_personal(store, clock, kiosk):
    AlertService(store, clock).private_word(kiosk)
    with store.read() as session:
        assert audit.verify(session).ok
        from sqlalchemy import select

        from hubdesk.storage.models import AuditEntry

        entry = session.scalars(select(AuditEntry).where(AuditEntry.action == PRIVATE_WORD)).one()
        assert entry.detail == "{}"
        assert entry.staff_id is None


def test_an_alert_that_has_not_left_the_kiosk_can_be_withdrawn_once(store, clock, kiosk, reception):
    from sqlalchemy import select, update

    from hubdesk.storage.models import Alert, OutboxEvent

    alerts = AlertService(store, clock)
    kept = alerts.private_word(kiosk)
    gone = alerts.private_word(kiosk)
    assert alerts.withdraw(kiosk, gone.alert_id) is True
    assert alerts.withdraw(kiosk, gone.alert_id) is False  # once
    assert [a.at for a in alerts.recent(reception)] == [kept.at]
    with store.read() as session:
        row = session.get(Alert, gone.alert_id)
        assert row is not None
        assert row.withdrawn_at is not None
        ops = session.scalars(
            select(OutboxEvent.op).where(OutboxEvent.entity_id == gone.alert_id)
        ).all()
        assert sorted(ops) == ["raised", "withdrawn"]  # the withdrawal travels too
        assert audit.verify(session).ok
    # one that has already left for the desk stays as the desk has it
    with store.write() as session:
        session.execute(
            update(OutboxEvent).where(OutboxEvent.entity_id == kept.alert_id).values(state="sent")
        )
    assert alerts.withdraw(kiosk, kept.alert_id) is False
    assert [a.at for a in alerts.recent(reception)] == [kept.at]


def test_the_kiosk_cannot_read_alerts(store, clock, kiosk):
    with pytest.raises(PermissionDeniedError):
        AlertService(store, clock).recent(kiosk)


def test_kiosk_profile(store, clock, kiosk):
    service = KioskService(store, clock)
    profile = service.profile(kiosk)
    assert profile.hub_name == "Riverside Family Hub"
    assert profile.site_name == "Riverside Family Hub"
    assert profile.privacy_notice == ""
    assert profile.logo_png is None
    with store.write() as session:
        session.get(Hub, kiosk.hub_id).privacy_notice = "Our notice."
        session.add(Blob(key=LOGO_BLOB, data=b"\x89PNG..."))
    profile = service.profile(kiosk)
    assert profile.privacy_notice == "Our notice."
    assert profile.logo_png == b"\x89PNG..."


def test_an_alert_a_desk_holds_directly_has_left_the_kiosk(store, clock, kiosk):
    """The hub's devices exchange events on the local network (hubdesk/sync/peer.py): once a
    desk or outreach laptop says it holds the alert's event, the alert has left the kiosk (and
    can no longer be withdrawn); another kiosk holding it does not count."""
    import uuid

    from sqlalchemy import select

    from hubdesk.storage import outbox
    from hubdesk.storage.models import OutboxEvent

    alerts = AlertService(store, clock)
    raised = alerts.private_word(kiosk)
    with store.read() as session:
        seq = session.scalar(
            select(OutboxEvent.seq).where(OutboxEvent.entity_id == raised.alert_id)
        )
    assert not alerts.delivered(kiosk, raised.alert_id)
    with store.write() as session:  # another kiosk holds it: not staff
        outbox.put_peer_seq(session, outbox.PEER_ACKED, uuid.uuid4(), seq)
    assert not alerts.delivered(kiosk, raised.alert_id)
    with store.write() as session:
        session.merge(outbox.Meta(key=outbox.PEER_DELIVERED, value=str(seq - 1)))
    assert not alerts.delivered(kiosk, raised.alert_id)
    with store.write() as session:
        session.merge(outbox.Meta(key=outbox.PEER_DELIVERED, value=str(seq)))
    assert alerts.delivered(kiosk, raised.alert_id)
    assert not alerts.withdraw(kiosk, raised.alert_id)
