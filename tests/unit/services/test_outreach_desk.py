"""Outreach sessions: an Activity named "Outreach session" at the outreach point."""

from __future__ import annotations

import uuid
from datetime import timedelta

import pytest

from hubdesk.domain.catalogue import SiteKind
from hubdesk.domain.errors import PermissionDeniedError, ValidationError
from hubdesk.services.base import HUB_TZ
from hubdesk.services.outreach import OUTREACH_SESSION, OutreachService
from hubdesk.services.setup import SetupService
from hubdesk.storage.models import Activity, OutboxEvent


def test_start_and_end_a_session_at_a_new_outreach_point(store, clock, outreach, count):
    setup = SetupService(store, clock)
    site = setup.add_site(outreach, name="Station Road Fire Station", kind=SiteKind.FIRE_STATION)
    setup.set_current_site(outreach, site.id)
    here = outreach.at_site(site.id)
    service = OutreachService(store, clock)
    assert service.current(here) is None

    started = service.start(here)
    assert started.site_name == "Station Road Fire Station"
    assert started.ended_at is None
    assert service.start(here).id == started.id  # starting twice keeps the one running
    assert service.current(here).id == started.id
    clock.advance(timedelta(hours=2))
    ended = service.end(here, started.id)
    assert ended.ended_at == clock.now()
    assert service.current(here) is None
    assert service.end(here, started.id).ended_at == ended.ended_at  # harmless twice

    with store.read() as session:
        row = session.get(Activity, started.id)
        assert row.name == OUTREACH_SESSION
        assert row.site_id == site.id
        assert row.ends_at - row.starts_at == timedelta(hours=2)
        events = [e.op for e in session.query(OutboxEvent).filter_by(entity_id=started.id)]
    assert events == ["upsert", "upsert"]


def test_an_unended_session_closes_itself_at_midnight(store, clock, outreach):
    service = OutreachService(store, clock)
    started = service.start(outreach)
    with store.read() as session:
        ends = session.get(Activity, started.id).ends_at.astimezone(HUB_TZ)
    assert (ends.hour, ends.minute) == (0, 0)
    clock.advance(timedelta(days=1))
    assert service.current(outreach) is None


def test_reception_cannot_run_outreach(store, clock, reception):
    with pytest.raises(PermissionDeniedError):
        OutreachService(store, clock).start(reception)


def test_ending_something_that_is_not_a_session_is_refused(store, clock, outreach):
    with pytest.raises(ValidationError) as err:
        OutreachService(store, clock).end(outreach, uuid.uuid4())
    assert err.value.field == "session"
