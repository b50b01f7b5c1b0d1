"""The desk's report as it may leave the hub (exports and the board summary "for sharing"):
every figure a multiple of 5 near the true one, tables that add up to the same totals so none
can be taken from another, the same figures every time, and reach that keeps its own shape."""

from __future__ import annotations

import uuid

from hubdesk.measures import Counts
from hubdesk.services.reports import ReportService
from hubdesk.storage import meta
from tests.unit.measures import dataset as ds
from tests.unit.measures.device import load


def _report(store, identity, clock):
    data = ds.build(identity.hub_id, (identity.site_id, uuid.uuid4()))
    load(store, data)
    service = ReportService(store, clock)
    return service, service.hub_report(identity.hub_id, ds.START, ds.END)


def _sum(rows) -> Counts:
    out = Counts()
    for r in rows:
        out = out + r.counts
    return out


def test_every_figure_is_rounded_and_the_tables_add_up(store, identity, clock):
    service, exact = _report(store, identity, clock)
    shown = service.published(exact)
    assert shown.published
    total = shown.summary.counts
    for name, value in total.as_dict().items():
        assert value % 5 == 0, name
        assert abs(value - getattr(exact.summary.counts, name)) <= 4 or name == "people", name
    assert total.people == total.adults + total.children  # people adds up from its parts
    for table in ("by_week", "by_month", "by_weekday", "by_hour", "by_reason", "by_site",
                  "by_activity", "by_district", "by_ward", "by_lsoa", "by_decile",
                  "by_reach_area", "by_day"):  # fmt: skip
        rows = getattr(shown, table)
        assert rows, table
        assert {r.key for r in rows} == {r.key for r in getattr(exact, table)}, table
        added = _sum(rows)
        assert added.visits == total.visits, table
        for r in rows:
            for name, value in r.counts.as_dict().items():
                assert value % 5 == 0, (table, r.key, name)
    r = shown.summary.reach
    for name, value in r.as_dict().items():
        assert value % 5 == 0, name
        assert value >= 0, name
    assert r.new_families + r.returning_families == r.families
    assert r.reattending_families <= r.families
    assert sum(shown.contacts_by_channel.values()) == shown.contacts.contacts
    f = shown.follow_ups
    assert f.done_on_time + f.done_late + f.overdue + f.open == f.due
    # the same report published again: the same figures, on any device of the hub
    assert service.published(exact) == shown
    assert service.published(shown) is shown


def test_the_key_comes_from_the_hub_key_when_there_is_one(store, identity, clock):
    service, exact = _report(store, identity, clock)
    own = service.published(exact)
    with store.read() as session:
        assert meta.get(session, meta.DISCLOSURE_KEY)  # not enrolled: a key of its own
    with store.write() as session:
        meta.put(session, meta.HUB_KEY, "aGVsbG8gaHViIGtleSBoZWxsbyBodWIga2V5IDMyYg==")
    hubs = service.published(exact)
    other = ReportService(store, clock).published(exact)
    assert hubs == other
    assert hubs.summary.counts.visits % 5 == 0
    assert own.published
    assert hubs.published
