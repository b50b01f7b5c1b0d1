"""The same data set gives the same numbers on the desk and on the dashboard: the hand-built rows
inserted into both stores, and a device's own sign-ins carried by the real sync path."""

from __future__ import annotations

import uuid
from datetime import date, timedelta

import pytest

from hubdesk.central.dashboard import queries
from hubdesk.domain.catalogue import ContactChannel, Need, Outcome, VisitReason
from hubdesk.domain.clock import FakeClock
from hubdesk.domain.people import AgeBand, Party, Role
from hubdesk.domain.staff import StaffRole
from hubdesk.measures import Counts, Dim, Period, Scope
from hubdesk.measures.postcodes import parse_lookup
from hubdesk.services.base import Actor
from hubdesk.services.contacts import ContactIn, ContactService
from hubdesk.services.postcodes import AreaService, PostcodeService
from hubdesk.services.reports import ReportService
from hubdesk.services.setup import DeviceIdentity
from hubdesk.services.visits import SignIn, VisitService
from hubdesk.storage.engine import Store
from tests.central.dashboard_data import load_central
from tests.sync.support import BACKENDS, make_device, make_hub
from tests.unit.measures import dataset as ds
from tests.unit.measures.device import load

PERIOD = Period(ds.START, ds.END)


@BACKENDS
def test_desk_and_dashboard_agree_on_the_hand_built_data(
    central_db, store: Store, identity: DeviceIdentity, clock: FakeClock
) -> None:
    data = ds.build(identity.hub_id, (identity.site_id, uuid.uuid4()))
    load(store, data)
    load_central(central_db, data)
    desk = ReportService(store, clock).hub_report(identity.hub_id, ds.START, ds.END)
    scope = Scope.of(identity.hub_id)
    board = queries.overview(central_db, PERIOD, scope, data.today, rounded=False)
    visits = ds.period_visits(data)

    assert board.counts == desk.summary.counts
    assert board.counts.as_dict() == ds.expected_counts(visits)
    assert board.reach == desk.summary.reach
    assert board.reach.families == ds.expected_reach(visits)["families"]
    assert board.contacts == desk.contacts
    assert board.contacts_by_channel == desk.contacts_by_channel
    expected_follow = ds.expected_contacts(data)["follow_ups"]
    assert board.follow_ups.__dict__ == expected_follow
    # the dashboard shows visits by hour (and by reason), so it reads visits alone for them
    assert [c.visits for _, c in board.by_hour] == [r.counts.visits for r in desk.by_hour]
    assert [c for _, c in board.by_month] == [r.counts for r in desk.by_month]

    (hub_row,) = queries.hub_comparison(central_db, PERIOD, scope, rounded=False)
    assert hub_row.counts == desk.summary.counts
    assert hub_row.reach == desk.summary.reach
    desk_outside = {r.key: r.counts.visits for r in desk.by_reach_area}
    assert hub_row.outside == desk_outside["outside"]
    assert hub_row.with_district == desk_outside["outside"] + desk_outside["inside"]

    keys, _, got = queries.trend(central_db, PERIOD, scope, Dim.MONTH, rounded=False)
    assert [got.get((identity.hub_id, k), Counts()) for k in keys] == [
        r.counts for r in desk.by_month
    ]
    for dim, desk_rows in (
        (Dim.DISTRICT, desk.by_district),
        (Dim.WARD, desk.by_ward),
        (Dim.LSOA, desk.by_lsoa),
        (Dim.DECILE, desk.by_decile),
    ):
        board_rows = queries.areas(central_db, PERIOD, scope, dim, rounded=False)
        assert {a.key: a.counts for a in board_rows} == {r.key: r.counts for r in desk_rows}


PARTIES = [
    (Party.from_counts({Role.MOTHER: 1}, {AgeBand.B0_1: 1}), "NE1 4XF"),
    (Party.from_counts({Role.FATHER: 1}, {AgeBand.B2_4: 2}), "NE2 1AB"),
    (Party.from_counts({Role.MOTHER: 1, Role.FATHER: 1}, {AgeBand.B5_11: 1}), "SR1 3QD"),
    (Party.from_counts({Role.GRANDPARENT: 1}, {AgeBand.B12_16: 1}), None),
    (Party.from_counts({Role.CARER: 1}, {AgeBand.B17_19: 1}), "NE6 2BD"),
]


@BACKENDS
def test_the_real_sync_path_gives_the_dashboard_the_desks_numbers(
    tmp_path, central_db, live, clock: FakeClock
) -> None:
    make_hub(central_db)
    desk = make_device(tmp_path, central_db, live.url, "RIV", name="desk", clock=clock)
    lookup = ["pcds,osward,lsoa21,imd decile"]
    lookup += [f"{pc},{w},{lsoa},{dec}" for pc, (_, w, lsoa, dec) in ds.LOOKUP.items()]
    PostcodeService(desk.store, clock).import_lookup(parse_lookup(lookup))
    manager = Actor(desk.device_id, desk.hub_id, desk.site_id, uuid.uuid4(), StaffRole.MANAGER)
    admin_actor = Actor(desk.device_id, desk.hub_id, desk.site_id, uuid.uuid4(), StaffRole.ADMIN)
    AreaService(desk.store, clock).set_reach_districts(admin_actor, ["ne1", "NE2"])
    visits = VisitService(desk.store, clock)
    start = clock.now().date()
    for day in range(9):
        for i, (party, postcode) in enumerate(PARTIES):
            if (day + i) % 3 == 0:
                continue
            visits.sign_in(
                desk.actor,
                SignIn(VisitReason.JUST_VISITING, party=party, postcode=postcode,
                       first_time=day == 0),
            )  # fmt: skip
        contacts = ContactService(desk.store, clock)
        contacts.log(
            manager,
            ContactIn(
                ContactChannel.PHONE if day % 2 else ContactChannel.IN_PERSON,
                (Need.MONEY, Need.FOOD) if day % 3 else (Need.HOUSING,),
                (Outcome.SIGNPOSTED,),
                signposted_to="Citizens Advice",
                follow_up_due=clock.now().date() + timedelta(days=2),
            ),
        )
        clock.advance(timedelta(days=1))
    assert desk.engine.run_once().ok
    end = clock.now().date()
    desk_report = ReportService(desk.store, clock).hub_report(desk.hub_id, start, end)
    period = Period(start, end)
    scope = Scope.of(desk.hub_id)
    board = queries.overview(central_db, period, scope, clock.now().date(), rounded=False)
    assert board.counts.visits == 30
    assert board.counts == desk_report.summary.counts
    assert board.contacts == desk_report.contacts
    assert board.follow_ups == desk_report.follow_ups
    (row,) = queries.hub_comparison(central_db, period, scope, rounded=False)
    assert row.reach_districts == "NE1 NE2"
    assert row.outside == {r.key: r.counts.visits for r in desk_report.by_reach_area}["outside"]
    assert row.outside > 0
    wards = queries.areas(central_db, period, scope, Dim.WARD, rounded=False)
    assert {a.key: a.counts for a in wards} == {r.key: r.counts for r in desk_report.by_ward}
    assert len([a for a in wards if a.key]) == 4
    # published: the same figures each rounded to one of the multiples of 5 around them
    shown = queries.overview(central_db, period, scope, clock.now().date())
    published = shown.counts.as_dict()
    for name, value in board.counts.as_dict().items():
        got = published[name]
        assert got % 5 == 0, name
        if name == "people":  # not rounded itself: the sum of the published adults and children
            parts = [n for n in published if n.startswith(("adults_", "children_"))]
            assert got == sum(published[n] for n in parts)
        else:
            assert abs(got - value) < 5 * 2, name  # one atom a month, the period two months


def test_period_edges_are_refused_by_name() -> None:
    from hubdesk.domain.errors import ValidationError

    with pytest.raises(ValidationError) as err:
        Period(date(2026, 2, 1), date(2026, 1, 1))
    assert err.value.field == "end"
