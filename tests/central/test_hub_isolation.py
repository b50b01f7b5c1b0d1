"""Each hub's data its own (issue 21): the service accepts from a device only events about its own
hub's records, for every kind of record, and events that name only its own hub's records. A device
of hub OTH pushing an event about a visit of hub RIV used to move the visit to OTH with 99 people.
Runs on SQLite and PostgreSQL."""

from __future__ import annotations

import logging
import uuid
from datetime import UTC, datetime

import pytest
from sqlalchemy import select

from hubdesk.central import admin, service
from hubdesk.central.dashboard.tables import CentralContact, CentralVoiceResponse
from hubdesk.central.models import CentralEvent, CentralSite, CentralVisit
from hubdesk.domain.catalogue import VisitReason
from hubdesk.domain.people import AgeBand, Party, Role
from hubdesk.services.visits import SignIn, VisitService
from hubdesk.storage.models import OutboxEvent
from hubdesk.sync.protocol import ENTITIES, EventStatus, WireEvent
from tests.sync.support import BACKENDS, make_device, make_hub

AT = datetime(2026, 6, 16, 9, 0, tzinfo=UTC)
T = AT.isoformat()


def footfall(kind: str, hub_id: uuid.UUID, site: uuid.UUID, **extra: object) -> dict:
    """A plausible footfall part of a record of `kind` at `hub_id`, as a device sends it."""
    h, s = str(hub_id), str(site)
    out: dict[str, object] = {
        "hub": {"name": "A hub", "code": "X", "reach_districts": "NE6", "updated_at": T},
        "site": {"hub_id": h, "name": "Fire station", "kind": "fire_station", "active": True,
                 "updated_at": T},
        "device": {"hub_id": h, "site_id": s, "name": "Kiosk", "kind": "kiosk", "created_at": T},
        "family": {"hub_id": h, "postcode_district": "NE6", "created_at": T, "updated_at": T},
        "member": {"family_id": None, "is_child": True, "removed": False},
        "pass": {"family_id": None, "issued_at": T, "updated_at": T},
        "visit": {"hub_id": h, "site_id": s, "reason": "just_visiting", "people": 2,
                  "adults_mother": 1, "children_0_1": 1, "signed_in_at": T, "updated_at": T},
        "contact": {"hub_id": h, "site_id": s, "channel": "phone", "needs": "money",
                    "outcomes": "advice", "contacted_at": T, "updated_at": T},
        "activity": {"hub_id": h, "site_id": s, "name": "Stay and play", "kind": "stay_and_play",
                     "starts_at": T, "ends_at": T, "updated_at": T},
        "staff": {"hub_id": h, "role": "reception", "active": True, "updated_at": T},
        "alert": {"hub_id": h, "site_id": s, "device_id": None, "kind": "private_word",
                  "raised_at": T, "updated_at": T},
        "booking": {"hub_id": h, "activity_id": None, "family_id": None, "status": "booked",
                    "people": 2, "over_capacity": False, "created_at": T, "updated_at": T},
        "voice_question": {"hub_id": h, "version": 1, "position": 1, "code": "got_help",
                           "text_en": "", "created_at": T, "updated_at": T},
        "voice_response": {"hub_id": h, "site_id": s, "day": "2026-06-16", "reason": "other",
                           "source": "kiosk", "rating": 4, "updated_at": T},
    }[kind]  # fmt: skip
    return {**out, **extra}


def event(kind: str, record: uuid.UUID, f: dict, seq: int) -> dict:
    return WireEvent(uuid.uuid4(), seq, kind, record, "upsert", AT, f, None).to_wire()


def authed(central, code: str) -> service.AuthedDevice:
    enrolment = admin.create_enrolment_code(central, code, url="https://central.example")
    done = service.enrol(central, enrolment.code, device_name=f"{code} desk", device_kind="desk")
    return service.AuthedDevice(done.device_id, done.hub_id)


def site_of(central, code: str) -> uuid.UUID:
    with central.read() as session:
        hub = admin.find_hub(central, code)
        return session.scalar(select(CentralSite.id).where(CentralSite.hub_id == hub.id))


# which footfall field of another record names a record of each kind
REFERENCE = {"site": ("visit", "site_id"), "device": ("visit", "device_id"),
             "family": ("visit", "family_id"), "activity": ("visit", "activity_id"),
             "staff": ("contact", "staff_id")}  # fmt: skip


@BACKENDS
@pytest.mark.parametrize("kind", sorted(ENTITIES))
def test_a_device_cannot_touch_another_hubs_record(central_db, kind, caplog):
    make_hub(central_db, "RIV")
    make_hub(central_db, "OTH")
    riv, oth = authed(central_db, "RIV"), authed(central_db, "OTH")
    riv_site, oth_site = site_of(central_db, "RIV"), site_of(central_db, "OTH")
    record = riv.hub_id if kind == "hub" else uuid.uuid4()
    mine = service.ingest(
        central_db, riv, [event(kind, record, footfall(kind, riv.hub_id, riv_site), 1)]
    )
    assert [r.status for r in mine.results] == [EventStatus.ACCEPTED]
    with central_db.read() as session:
        stored_before = session.scalar(select(CentralEvent.footfall).where(
            CentralEvent.entity_id == record))  # fmt: skip

    # OTH's device sends the same record with its own hub's fields: refused as a conflict
    theirs = event(kind, record, footfall(kind, oth.hub_id, oth_site, people=99)
                   if kind == "visit" else footfall(kind, oth.hub_id, oth_site), 1)  # fmt: skip
    with caplog.at_level(logging.WARNING, logger="hubdesk.central.service"):
        refused = service.ingest(central_db, oth, [theirs])
    assert [(r.status, r.reason) for r in refused.results] == [(EventStatus.CONFLICT, "wrong_hub")]
    logged = [r for r in caplog.records if r.getMessage() == "central: event refused"]
    assert logged
    assert logged[0].code == "wrong_hub"
    assert logged[0].hub_id == oth.hub_id
    with central_db.read() as session:
        # nothing of it was stored, relayed to OTH's devices, or projected
        assert session.scalar(select(CentralEvent.id).where(
            CentralEvent.event_id == uuid.UUID(theirs["id"]))) is None  # fmt: skip
        assert session.scalar(select(CentralEvent.footfall).where(
            CentralEvent.entity_id == record)) == stored_before  # fmt: skip
        visit = session.get(CentralVisit, record)
        if kind == "visit":
            assert (visit.hub_id, visit.people, visit.site_id) == (riv.hub_id, 2, riv_site)
        site = session.get(CentralSite, record)
        if kind == "site":
            assert site.hub_id == riv.hub_id
        contact = session.get(CentralContact, record)
        if kind == "contact":
            assert contact.hub_id == riv.hub_id
        answer = session.get(CentralVoiceResponse, record)
        if kind == "voice_response":
            assert (answer.hub_id, answer.site_id, answer.rating) == (riv.hub_id, riv_site, 4)

    # the same id as another kind of record is a conflict too, from either hub
    other_kind = "visit" if kind != "visit" else "contact"
    for who, site in ((riv, riv_site), (oth, oth_site)):
        clash = event(other_kind, record, footfall(other_kind, who.hub_id, site), 2)
        got = service.ingest(central_db, who, [clash])
        assert got.results[0].status is EventStatus.CONFLICT

    # a record of OTH's own that names RIV's record is refused as well
    if kind in REFERENCE:
        carrier, field = REFERENCE[kind]
        naming = event(
            carrier,
            uuid.uuid4(),
            footfall(carrier, oth.hub_id, oth_site, **{field: str(record)}),
            3,
        )
        got = service.ingest(central_db, oth, [naming])
        assert [(r.status, r.reason) for r in got.results] == [(EventStatus.CONFLICT, "wrong_hub")]


@BACKENDS
def test_records_of_a_hub_still_go_in_any_order(central_db):
    """The check does not get in the way of a hub's own devices: a visit may arrive before the
    family it names, a family's member before the family, from any of the hub's devices."""
    make_hub(central_db, "RIV")
    desk, kiosk = authed(central_db, "RIV"), authed(central_db, "RIV")
    site = site_of(central_db, "RIV")
    family = uuid.uuid4()
    visit = event("visit", uuid.uuid4(), footfall("visit", desk.hub_id, site,
                                                  family_id=str(family)), 1)  # fmt: skip
    member = event("member", uuid.uuid4(), footfall("member", desk.hub_id, site,
                                                    family_id=str(family)), 2)  # fmt: skip
    assert service.ingest(central_db, kiosk, [visit, member]).count(EventStatus.ACCEPTED) == 2
    fam = event("family", family, footfall("family", desk.hub_id, site), 1)
    assert service.ingest(central_db, desk, [fam]).count(EventStatus.ACCEPTED) == 1
    again = event(
        "family", family, footfall("family", desk.hub_id, site, postcode_district="NE7"), 3
    )
    assert service.ingest(central_db, kiosk, [again]).count(EventStatus.ACCEPTED) == 1


@BACKENDS
def test_the_refused_event_is_quarantined_on_the_device(tmp_path, central_db, live, clock):
    """End to end: OTH's kiosk holds an event about RIV's visit (a copied store, a bug, a rogue
    device). The service refuses it, the kiosk quarantines it for staff, RIV sees nothing."""
    make_hub(central_db, "RIV")
    make_hub(central_db, "OTH")
    riv = make_device(tmp_path, central_db, live.url, "RIV", name="riv-kiosk", clock=clock)
    oth = make_device(tmp_path, central_db, live.url, "OTH", name="oth-kiosk", clock=clock)
    party = Party.from_counts({Role.MOTHER: 1}, {AgeBand.B0_1: 1})
    visits = VisitService(riv.store, clock)
    theirs = visits.sign_in(riv.actor, SignIn(VisitReason.JUST_VISITING, party=party))
    assert riv.engine.run_once().ok
    VisitService(oth.store, clock).sign_in(
        oth.actor, SignIn(VisitReason.JUST_VISITING, party=party)
    )
    with oth.store.write() as session:  # point OTH's outbox event at RIV's visit
        row = session.scalars(select(OutboxEvent).where(OutboxEvent.entity == "visit")).one()
        body = dict(row.body)
        body["footfall"] = {**body["footfall"], "id": str(theirs.visit_id), "people": 99}
        row.entity_id = theirs.visit_id
        row.body = body
    report = oth.engine.run_once()
    assert report.ok
    assert report.quarantined == 1
    [held] = oth.engine.quarantined()
    assert held.reason == "wrong_hub"
    assert oth.engine.status().quarantined == 1
    with central_db.read() as session:
        visit = session.get(CentralVisit, theirs.visit_id)
        assert (visit.hub_id, visit.people) == (riv.hub_id, 2)
    assert riv.engine.run_once().pulled == 0
