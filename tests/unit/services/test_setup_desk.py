"""The outbox backlog the desk shows when no central service is configured."""

from __future__ import annotations

from hubdesk.services.setup import OutboxBacklog, SetupService
from hubdesk.storage.models import OutboxEvent


def test_outbox_backlog_counts_waiting_and_quarantined(store, clock, identity):
    setup = SetupService(store, clock)
    backlog = setup.outbox_backlog()
    assert backlog.waiting == 3
    assert backlog.quarantined == 0
    with store.write() as session:
        first = session.query(OutboxEvent).first()
        first.state = "quarantined"
    assert setup.outbox_backlog() == OutboxBacklog(2, 1)
