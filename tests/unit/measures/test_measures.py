"""Each measure on the hand-built data set, against answers worked out in plain Python."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import Any

import pytest

from hubdesk.domain.clock import FakeClock
from hubdesk.measures import (
    ContactDim,
    Counts,
    Dim,
    FollowUps,
    Period,
    Reach,
    Scope,
    by_channel,
    contact_counts,
    counts,
    follow_ups,
    reach,
    read_contact_counts,
    read_grouped,
    read_one,
)
from hubdesk.services.reports import CONTACTS, VISITS, ReportService
from hubdesk.services.setup import DeviceIdentity
from hubdesk.storage.engine import Store
from tests.unit.measures import dataset as ds
from tests.unit.measures.device import load

PERIOD = Period(ds.START, ds.END)


@pytest.fixture
def data(store: Store, identity: DeviceIdentity) -> ds.Data:
    d = ds.build(identity.hub_id, (identity.site_id, uuid.uuid4()))
    load(store, d)
    return d


def _run(store: Store, query: Any) -> list[Any]:
    with store.read() as session:
        return list(session.execute(query))


def test_the_data_set_is_not_trivial(data: ds.Data) -> None:
    visits = ds.period_visits(data)
    assert 200 < len(visits) < len(data.visits)  # some fall outside the period
    assert ds.expected_reach(visits)["reattending_families"] >= 5
    assert {ds.by_day(v) for v in visits} == set(PERIOD.days)


def test_totals(store: Store, data: ds.Data) -> None:
    got = read_one(_run(store, counts(VISITS, PERIOD, Scope.of(data.hub_id))), Counts)
    assert got.as_dict() == ds.expected_counts(ds.period_visits(data))


def test_edges_of_the_period_by_local_day(store: Store, data: ds.Data) -> None:
    one_day = Period(ds.START, ds.START)
    got = read_one(_run(store, counts(VISITS, one_day, Scope())), Counts)
    expected = [v for v in data.visits if ds.in_period(v, ds.START, ds.START)]
    # 23:30 UTC on the 18th is 00:30 BST on the 19th; 22:59 UTC is still the 18th
    assert any(v["signed_in_at"].day == 18 for v in expected)
    assert got.visits == len(expected)


BREAKDOWNS: list[tuple[Dim, Callable[[dict[str, Any]], Any]]] = [
    (Dim.HUB, lambda v: v["hub_id"]),
    (Dim.SITE, lambda v: v["site_id"]),
    (Dim.REASON, lambda v: v["reason"]),
    (Dim.ACTIVITY, lambda v: v["activity_id"]),
    (Dim.DAY, ds.by_day),
    (Dim.WEEK, ds.by_week),
    (Dim.MONTH, ds.by_month),
    (Dim.HOUR, ds.by_hour),
    (Dim.WEEKDAY, ds.by_weekday),
    (Dim.DISTRICT, lambda v: v["postcode_district"]),
    (Dim.WARD, lambda v: v["ward_code"]),
    (Dim.LSOA, lambda v: v["lsoa_code"]),
    (Dim.DECILE, lambda v: v["imd_decile"]),
]


@pytest.mark.parametrize(("dim", "key"), BREAKDOWNS, ids=[d.value for d, _ in BREAKDOWNS])
def test_counts_by(
    store: Store, data: ds.Data, dim: Dim, key: Callable[[dict[str, Any]], Any]
) -> None:
    got = read_grouped(_run(store, counts(VISITS, PERIOD, Scope(), dim)), (dim,), Counts)
    expected = {
        (k,): ds.expected_counts(vs) for k, vs in ds.group(ds.period_visits(data), key).items()
    }
    assert {k: c.as_dict() for k, c in got.items()} == expected


@pytest.mark.parametrize(("dim", "key"), BREAKDOWNS[:9], ids=[d.value for d, _ in BREAKDOWNS[:9]])
def test_reach_by(
    store: Store, data: ds.Data, dim: Dim, key: Callable[[dict[str, Any]], Any]
) -> None:
    got = read_grouped(_run(store, reach(VISITS, PERIOD, Scope(), dim)), (dim,), Reach)
    expected = {
        (k,): ds.expected_reach(vs)
        for k, vs in ds.group(ds.period_visits(data), key).items()
        if any(v["family_id"] for v in vs)
    }
    assert {k: {n: v for n, v in r.as_dict().items() if n != "returning_families"}
            for k, r in got.items()} == expected  # fmt: skip


def test_reach_totals_and_one_site(store: Store, data: ds.Data) -> None:
    got = read_one(_run(store, reach(VISITS, PERIOD, Scope.of(data.hub_id))), Reach)
    expected = ds.expected_reach(ds.period_visits(data))
    assert got.families == expected["families"]
    assert got.children == expected["children"]
    assert got.returning_families == expected["families"] - expected["new_families"]
    site = data.site_ids[1]
    at_site = read_one(_run(store, reach(VISITS, PERIOD, Scope.of(data.hub_id, site))), Reach)
    assert at_site.families == ds.expected_reach(ds.period_visits(data, site))["families"]


def test_outside_the_reach_area(store: Store, data: ds.Data) -> None:
    areas = {data.hub_id: ds.REACH_DISTRICTS}
    got = read_grouped(
        _run(store, counts(VISITS, PERIOD, Scope(), Dim.REACH_AREA, areas=areas)),
        (Dim.REACH_AREA,),
        Counts,
    )
    expected = {
        (k,): len(vs)
        for k, vs in ds.group(ds.period_visits(data), lambda v: ds.reach_area(v, areas)).items()
    }
    assert {k: c.visits for k, c in got.items()} == expected
    assert set(expected) == {("inside",), ("outside",), ("no_district",)}
    # a hub with no reach area set
    none = read_grouped(
        _run(store, counts(VISITS, PERIOD, Scope(), Dim.REACH_AREA, areas={})),
        (Dim.REACH_AREA,),
        Counts,
    )
    assert set(none) == {("no_area",), ("no_district",)}


def test_contacts_by_channel_need_outcome(store: Store, data: ds.Data) -> None:
    expected = ds.expected_contacts(data)
    total = read_contact_counts(_run(store, contact_counts(CONTACTS, PERIOD, Scope())))[()]
    assert total.contacts == expected["contacts"]
    assert {n.value: v for n, v in total.by_need.items()} == expected["by_need"]
    assert {o.value: v for o, v in total.by_outcome.items()} == expected["by_outcome"]
    grouped = read_contact_counts(
        _run(store, contact_counts(CONTACTS, PERIOD, Scope(), ContactDim.CHANNEL)),
        (ContactDim.CHANNEL,),
    )
    assert {str(k): v for k, v in by_channel(grouped).items()} == expected["by_channel"]


def test_follow_ups_done_on_time(store: Store, data: ds.Data) -> None:
    expected = ds.expected_contacts(data)["follow_ups"]
    row = _run(store, follow_ups(CONTACTS, PERIOD, Scope(), data.today))[0]
    got = FollowUps.from_row(row._mapping)
    assert got.__dict__ == expected
    assert got.done_on_time > 0
    assert got.done_late > 0
    assert got.overdue > 0


def test_report_service_on_the_same_data(
    store: Store, data: ds.Data, clock: FakeClock, identity: DeviceIdentity
) -> None:
    reports = ReportService(store, clock)
    summary = reports.footfall(identity.hub_id, ds.START, ds.END)
    visits = ds.period_visits(data)
    expected = ds.expected_counts(visits)
    assert summary.visits == expected["visits"]
    assert summary.people == expected["people"]
    assert summary.fathers_and_male_carers == expected["adults_father"] + expected["male_carers"]
    assert summary.distinct_families == ds.expected_reach(visits)["families"]
    assert summary.by_day == {k: len(vs) for k, vs in ds.group(visits, ds.by_day).items()}
    report = reports.hub_report(identity.hub_id, ds.START, ds.END)
    assert [r.counts.visits for r in report.by_week] == [
        len(vs) for _, vs in sorted(ds.group(visits, ds.by_week).items())
    ]
    assert sum(r.counts.visits for r in report.by_hour) == expected["visits"]
    assert report.reach_districts == ds.REACH_DISTRICTS
    outside = {r.key: r.counts.visits for r in report.by_reach_area}
    assert outside["outside"] == sum(
        1 for v in visits if v["postcode_district"] not in (None, *ds.REACH_DISTRICTS)
    )
    assert report.contacts.contacts == ds.expected_contacts(data)["contacts"]
