"""The public offer over real HTTP: the demo hub's timetable, pushed by its desk, published as an
Open Referral UK API (validated against the profile's own JSON schemas, with no field outside
them and nothing personal) and as iCalendar feeds (parsed with `icalendar`), following the
desk's changes once they have synced."""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import icalendar
import jsonschema
import pytest
import requests
from sqlalchemy import select

from hubdesk.central import admin
from hubdesk.central.directory.routes import FEED_BEHIND
from hubdesk.central.store import CentralStore
from hubdesk.domain.catalogue import ActivityKind, DeviceKind
from hubdesk.domain.clock import FakeClock
from hubdesk.domain.offer import OfferIn
from hubdesk.domain.staff import StaffRole
from hubdesk.security import keys
from hubdesk.services.base import HUB_TZ, Actor
from hubdesk.services.demo import build_demo_store
from hubdesk.services.timetable import ActivityIn, TimetableService
from hubdesk.storage.engine import Store, open_store
from hubdesk.storage.models import Activity, Family, Hub, Member, Site, Staff
from hubdesk.sync.engine import SyncEngine
from hubdesk.sync.enrolment import enrol
from tests.sync.support import (
    BACKENDS,
    CHEAP_KDF,
    FAST,
    HUB_PASSPHRASE,
    LiveServer,
    make_device,
    make_hub,
)

REPO = Path(__file__).resolve().parents[2]
# The profile's files are not copied into the repository (CC BY-SA 4.0): read them beside it.
STANDARD_DIRS = (
    REPO.parent / "shared" / "standards" / "openreferral-uk",
    Path("/work/shared/standards/openreferral-uk"),
)
DEMO_TODAY = date(2026, 12, 7)  # a Monday
NOW = datetime(2026, 12, 7, 7, 0, tzinfo=UTC)  # the service's clock: before the day's sessions


def standard(name: str) -> dict[str, Any]:
    for folder in STANDARD_DIRS:
        if (folder / name).is_file():
            return json.loads((folder / name).read_text(encoding="utf-8"))  # type: ignore[no-any-return]
    pytest.fail(f"the Open Referral UK profile's {name} is not in any of {STANDARD_DIRS}")


@dataclass
class Published:
    url: str
    store: Store
    engine: SyncEngine
    central: CentralStore
    hub_id: uuid.UUID
    admin: Actor
    clock: FakeClock


@pytest.fixture(scope="module")
def published(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Published]:
    """The demo store (its desk), enrolled with a fresh service and pushed in full."""
    folder = tmp_path_factory.mktemp("directory")
    build_demo_store(folder / "demo.db", families=8, months=1, today=DEMO_TODAY)
    store = open_store(folder / "demo.db", keys.unlock_unattended(folder / "demo.db"))
    with store.read() as session:
        hub = session.scalars(select(Hub)).one()
        hub_id, hub_name = hub.id, hub.name
        boss = session.scalars(select(Staff).where(Staff.role == StaffRole.ADMIN.value)).first()
        assert boss is not None
        boss_id = boss.id
    central = CentralStore(f"sqlite:///{folder / 'central.db'}")
    central.migrate()
    admin.create_hub(central, hub_name, "RIV", hub_id=hub_id)
    # the directory's clock: fixed, so what is "to come" does not depend on the day tests run
    server = LiveServer(central, clock=lambda: NOW)
    code = admin.create_enrolment_code(central, "RIV", url=server.url)
    done = enrol(store, code.qr_text, device_name="desk", device_kind="desk",
                 hub_passphrase=HUB_PASSPHRASE, use_keyring=False, hub_kdf=CHEAP_KDF)  # fmt: skip
    engine = SyncEngine(store, settings=FAST)
    push_all(engine)
    clock = FakeClock(NOW)
    actor = Actor(done.device_id, hub_id, done.site_id, boss_id, StaffRole.ADMIN)
    yield Published(server.url, store, engine, central, hub_id, actor, clock)
    server.stop()
    store.close()
    central.close()


def push_all(engine: SyncEngine) -> None:
    for _ in range(20):
        report = engine.run_once(pull=False)
        assert report.ok, report
        if engine.refresh_counts().waiting == 0:
            return
    pytest.fail("the desk's events did not all reach the service")


def get(p: Published, path: str, **params: Any) -> requests.Response:
    return requests.get(p.url + path, params=params, timeout=10)


def public_rows(p: Published, since: datetime = NOW) -> list[Activity]:
    """The desk's public sessions ending after `since` (by default: to come, by the service's
    clock)."""
    with p.store.read() as session:
        rows = session.scalars(
            select(Activity).where(Activity.public.is_(True)).order_by(Activity.starts_at)
        ).all()
        return [a for a in rows if a.ends_at > since]


# -- the Open Referral UK API ------------------------------------------------------------------


def unknown_fields(doc: Any, schema: dict[str, Any], where: str = "") -> list[str]:
    """Every key of `doc` that is not a property of `schema` where it stands (the profile's
    compiled schemas do not forbid extra fields themselves)."""
    out: list[str] = []
    if isinstance(doc, dict):
        props = schema.get("properties", {})
        for key, value in doc.items():
            if key not in props:
                out.append(f"{where}.{key}")
            else:
                out += unknown_fields(value, props[key], f"{where}.{key}")
    elif isinstance(doc, list):
        for i, item in enumerate(doc):
            out += unknown_fields(item, schema.get("items", {}), f"{where}[{i}]")
    return out


def validate(doc: Any, schema: dict[str, Any]) -> None:
    jsonschema.Draft202012Validator(
        schema, format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER
    ).validate(doc)
    assert unknown_fields(doc, schema) == []


def all_services(p: Published) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    number = 1
    while True:
        body = get(p, "/openreferral/services", page=number, per_page=2).json()
        out += body["contents"]
        if body["last_page"]:
            return out
        number += 1


def test_the_services_listing_is_the_profiles_page_of_listed_services(published):
    page_schema = standard("openapi.json")["components"]["schemas"]["Page"]
    listed = standard("service_list.json")
    response = get(published, "/openreferral/services", per_page=4)
    assert response.status_code == 200
    assert response.headers["access-control-allow-origin"] == "*"
    body = response.json()
    wrapper = {k: v for k, v in body.items() if k != "contents"}
    validate(wrapper, page_schema)
    assert set(body) == set(page_schema["properties"]) | {"contents"}
    for item in body["contents"]:
        validate(item, listed)
    names = {row.name for row in public_rows(published)}
    assert body["total_items"] == len(names)
    assert body["size"] == 4
    assert body["first_page"]
    assert not body["last_page"]
    assert body["total_pages"] == -(-len(names) // 4)
    # paging walks every service once
    everything = all_services(published)
    assert sorted(s["name"] for s in everything) == sorted(names)
    assert len({s["id"] for s in everything}) == len(everything)


def test_each_service_in_full_validates_against_the_profiles_service_schema(published):
    full = standard("service.json")
    rows = public_rows(published)
    with published.store.read() as session:
        sites = {s.id: s.name for s in session.scalars(select(Site))}
    for item in all_services(published):
        response = get(published, f"/openreferral/services/{item['id']}")
        assert response.status_code == 200
        doc = response.json()
        validate(doc, full)
        mine = [r for r in rows if r.name == item["name"]]
        # one schedule a session to come that is not cancelled, at its place
        on = [r for r in mine if not r.cancelled]
        assert sorted(s["id"] for s in doc["schedules"]) == sorted(str(r.id) for r in on)
        places = {sal["location"]["name"] for sal in doc["service_at_locations"]}
        assert places == {sites[r.site_id] for r in mine}
        for schedule in doc["schedules"]:
            row = next(r for r in on if str(r.id) == schedule["id"])
            start = row.starts_at.astimezone(HUB_TZ)
            assert schedule["opens_at"] == start.strftime("%H:%M")
            assert schedule["valid_from"] == start.date().isoformat()
        latest = mine[-1]
        assert doc["description"] == latest.offer_description
        assert doc.get("minimum_age") == latest.offer_min_age
        assert doc["cost_options"][0]["amount"] == (latest.offer_cost_pence or 0) / 100
        assert doc["contacts"][0]["name"] == latest.offer_contact
        # the sessions listing and the full service agree on the one-to-one fields
        assert {k: v for k, v in doc.items() if k in item} == item | {
            "organization": doc["organization"]
        }
    missing = get(published, f"/openreferral/services/{uuid.uuid4()}")
    assert missing.status_code == 404


def test_a_cancelled_session_is_named_in_the_services_alert(published):
    cancelled = [r for r in public_rows(published) if r.cancelled]
    assert cancelled, "the demo cancels next week's Friday Stay and Play"
    item = next(s for s in all_services(published) if s["name"] == cancelled[0].name)
    day = cancelled[0].starts_at.astimezone(HUB_TZ)
    assert f"{day:%A} {day.day} {day:%B}" in item["alert"]


def test_the_filters_of_the_profile_narrow_the_services(published):
    def names(**params: Any) -> set[str]:
        response = get(published, "/openreferral/services", per_page=100, **params)
        assert response.status_code == 200, response.text
        return {s["name"] for s in response.json()["contents"]}

    rows = public_rows(published)
    everything = {r.name for r in rows}
    assert names(search="sensory play") == {"Saturday SEND Play Session"}
    assert names(day="SA") == {r.name for r in rows
                               if r.starts_at.astimezone(HUB_TZ).weekday() == 5
                               and not r.cancelled}  # fmt: skip
    assert names(day="saturday") == names(day="SA")
    assert names(minimum_age=2) == {r.name for r in rows if (r.offer_min_age or 0) >= 2}
    assert names(maximum_age=1) == {
        r.name for r in rows if r.offer_max_age is not None and r.offer_max_age <= 1
    }
    late = {r.name for r in rows if not r.cancelled and r.starts_at.astimezone(HUB_TZ).hour >= 13}
    assert names(start_time="13:00") == late
    assert names(end_time="09:00") == set()
    assert names(organization_id=str(published.hub_id)) == everything
    assert names(organization_id=str(uuid.uuid4())) == set()
    assert names(taxonomy_term_id=str(uuid.uuid4())) == set()  # no taxonomy is published
    for bad in ({"day": "someday"}, {"start_time": "half past"}, {"page": 0}, {"per_page": 0}):
        response = get(published, "/openreferral/services", **bad)
        assert response.status_code == 400, bad
        assert response.json()["error"]["reason"] == "invalid_request"
    assert get(published, "/openreferral/services", minimum_age="old").status_code == 422


def test_the_service_at_locations_listing_carries_their_one_to_one_fields(published):
    """`GET /service_at_locations` (the profile's listing of service_at_location "that only have
    one-to-one fields"): each item validates against the service_at_location schema of the
    profile's service.json with its nested fields taken off, and is a place of its service."""
    page_schema = standard("openapi.json")["components"]["schemas"]["Page"]
    sal = standard("service.json")["properties"]["service_at_locations"]["items"]
    one_to_one = {
        **sal,
        "properties": {
            k: v for k, v in sal["properties"].items() if v.get("type") not in ("object", "array")
        },
        "required": [k for k in sal.get("required", []) if k in ("id", "service_id")],
    }
    items: list[dict[str, Any]] = []
    number = 1
    while True:
        body = get(published, "/openreferral/service_at_locations", page=number, per_page=3).json()
        validate({k: v for k, v in body.items() if k != "contents"}, page_schema)
        for item in body["contents"]:
            validate(item, one_to_one)
        items += body["contents"]
        if body["last_page"]:
            break
        number += 1
    expected = {}
    for service in all_services(published):
        doc = get(published, f"/openreferral/services/{service['id']}").json()
        for place in doc["service_at_locations"]:
            expected[place["id"]] = (service["id"], place["location_id"])
    assert {i["id"]: (i["service_id"], i["location_id"]) for i in items} == expected
    by_id = {i["id"]: i for i in items}
    one = next(iter(by_id.values()))
    assert (
        get(published, f"/openreferral/service_at_locations/{one['id']}").json()["id"]
        == (one["service_id"])
    )

    def services(**params: Any) -> set[str]:
        response = get(published, "/openreferral/service_at_locations", per_page=100, **params)
        assert response.status_code == 200, response.text
        return {i["service_id"] for i in response.json()["contents"]}

    assert services(search="sensory play") == {
        s["id"] for s in all_services(published) if s["name"] == "Saturday SEND Play Session"
    }
    # postcode: a place in the same postcode district (no coordinates are kept)
    with published.store.read() as session:
        postcodes = {str(s.id): s.postcode for s in session.scalars(select(Site))}
    district = next(pc for pc in postcodes.values() if pc).split()[0]
    near = {
        i["id"] for i in items if (postcodes[i["location_id"]] or "").startswith(district + " ")
    }
    assert near
    for asked in (district, postcodes_in(postcodes, district)):
        response = get(
            published, "/openreferral/service_at_locations", per_page=100, postcode=asked
        )
        assert {i["id"] for i in response.json()["contents"]} == near, asked
    for bad in ({"postcode": "not a postcode"}, {"proximity": "1000"}, {"day": "someday"}):
        response = get(published, "/openreferral/service_at_locations", **bad)
        assert response.status_code == 400, bad
        assert response.json()["error"]["reason"] == "invalid_request"


def postcodes_in(postcodes: dict[str, str | None], district: str) -> str:
    return next(pc for pc in postcodes.values() if pc and pc.startswith(district + " "))


def test_the_api_describes_itself_and_publishes_no_taxonomy(published):
    meta = get(published, "/openreferral/").json()
    schema = standard("openapi.json")["paths"]["/"]["get"]["responses"]["200"]["content"][
        "application/json"
    ]["schema"]
    validate(meta, schema)
    assert meta["version"] == "3.0"
    page_schema = standard("openapi.json")["components"]["schemas"]["Page"]
    for path in ("/openreferral/taxonomies", "/openreferral/taxonomy_terms"):
        body = get(published, path).json()
        validate({k: v for k, v in body.items() if k != "contents"}, page_schema)
        assert body["contents"] == []
        assert body["empty"]


def test_nothing_personal_and_nothing_about_attendance_is_published(published):
    with published.store.read() as session:
        families = session.scalars(select(Family)).all()
        members = session.scalars(select(Member)).all()
        secrets = {f.email for f in families if f.email} | {f.phone for f in families if f.phone}
        secrets |= {f"{m.first_name} {m.last_name}" for m in members if m.last_name}
        sal = None
    texts = [json.dumps(s) for s in all_services(published)]
    for item in all_services(published):
        doc = get(published, f"/openreferral/services/{item['id']}").json()
        texts.append(json.dumps(doc))
        sal = doc["service_at_locations"][0]["id"]
    texts.append(get(published, f"/calendar/hubs/{published.hub_id}.ics").text)
    assert sal is not None
    assert get(published, f"/openreferral/service_at_locations/{sal}").status_code == 200
    everything = "\n".join(texts)
    assert secrets
    assert not [s for s in secrets if s in everything]
    for word in ("capacity", "taken", "waiting", "attending", "family_id", "booked"):
        assert f'"{word}"' not in everything


# -- the iCalendar feeds -----------------------------------------------------------------------


def events_of(p: Published, path: str) -> dict[str, Any]:
    response = get(p, path)
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/calendar")
    cal = icalendar.Calendar.from_ical(response.content)
    return {str(e["UID"]): e for e in cal.walk("VEVENT")}


def test_the_hub_feed_has_each_public_session_its_cancellation_and_its_moved_session(published):
    events = events_of(published, f"/calendar/hubs/{published.hub_id}.ics")
    rows = public_rows(published)
    assert rows
    for row in rows:
        event = events[f"{row.id}@hubdesk"]
        assert event.decoded("DTSTART") == row.starts_at
        assert event.decoded("DTEND") == row.ends_at
        assert str(event["STATUS"]) == ("CANCELLED" if row.cancelled else "CONFIRMED")
    cancelled = next(r for r in rows if r.cancelled)
    assert int(events[f"{cancelled.id}@hubdesk"]["SEQUENCE"]) >= 1
    moved = next(r for r in rows if r.name == "Baby Massage" and r.starts_at > NOW + timedelta(7))
    assert moved.starts_at.astimezone(HUB_TZ).hour == 14  # the demo moved it from 13:30
    assert int(events[f"{moved.id}@hubdesk"]["SEQUENCE"]) >= 1
    # a private session is not in the feed
    with published.store.read() as session:
        private = session.scalars(select(Activity).where(Activity.public.is_(False))).first()
    assert private is not None
    assert f"{private.id}@hubdesk" not in events


def test_a_site_feed_has_only_that_sites_sessions(published):
    rows = public_rows(published, since=NOW - FEED_BEHIND)  # a feed keeps recent weeks too
    assert any(r.ends_at < NOW for r in rows)
    outreach = next(r.site_id for r in rows if r.name == "Stay and Play at the Fire Station")
    events = events_of(published, f"/calendar/sites/{outreach}.ics")
    assert set(events) == {f"{r.id}@hubdesk" for r in rows if r.site_id == outreach}
    assert get(published, f"/calendar/sites/{uuid.uuid4()}.ics").status_code == 404
    assert get(published, "/calendar/hubs/not-a-hub.ics").status_code == 404


def test_desk_changes_reach_the_feed_and_the_directory_once_synced(published):
    timetable = TimetableService(published.store, published.clock)
    rows = [r for r in public_rows(published) if not r.cancelled and r.name == "Stay and Play"]
    to_cancel, to_move = rows[0], rows[1]
    feed = f"/calendar/hubs/{published.hub_id}.ics"
    before = events_of(published, feed)
    timetable.cancel(published.admin, to_cancel.id)
    later = to_move.starts_at + timedelta(minutes=30)
    timetable.update(
        published.admin,
        to_move.id,
        ActivityIn(to_move.site_id, to_move.name, to_move.kind, later,
                   to_move.ends_at + timedelta(minutes=30), to_move.capacity),
    )  # fmt: skip
    # not synced yet: the feed has not changed
    assert str(events_of(published, feed)[f"{to_cancel.id}@hubdesk"]["STATUS"]) == "CONFIRMED"
    push_all(published.engine)
    after = events_of(published, feed)
    gone = after[f"{to_cancel.id}@hubdesk"]
    assert str(gone["STATUS"]) == "CANCELLED"
    assert int(gone["SEQUENCE"]) == int(before[f"{to_cancel.id}@hubdesk"]["SEQUENCE"]) + 1
    moved = after[f"{to_move.id}@hubdesk"]
    assert moved.decoded("DTSTART") == later
    assert int(moved["SEQUENCE"]) == int(before[f"{to_move.id}@hubdesk"]["SEQUENCE"]) + 1
    # the directory too: the cancelled session is no longer a schedule; a withdrawn service goes
    service = next(s for s in all_services(published) if s["name"] == "Stay and Play")
    doc = get(published, f"/openreferral/services/{service['id']}").json()
    assert str(to_cancel.id) not in {s["id"] for s in doc["schedules"]}
    dads = next(r for r in public_rows(published) if r.name == "Dads' Evening")
    timetable.set_offer(published.admin, dads.id, OfferIn(public=False), later_too=True)
    push_all(published.engine)
    assert "Dads' Evening" not in {s["name"] for s in all_services(published)}
    assert f"{dads.id}@hubdesk" not in events_of(published, feed)


# -- on PostgreSQL too --------------------------------------------------------------------------


@BACKENDS
def test_a_desks_public_session_is_published_on_either_database(tmp_path, central_db, clock):
    """The projection, the queries and both faces on SQLite and PostgreSQL, from a fresh desk."""
    make_hub(central_db)
    now = datetime(2026, 6, 16, 8, 0, tzinfo=UTC)
    server = LiveServer(central_db, clock=lambda: now)
    try:
        desk = make_device(tmp_path, central_db, server.url, "RIV", name="desk",
                           kind=DeviceKind.DESK, clock=clock)  # fmt: skip
        staff = Actor(desk.device_id, desk.hub_id, desk.site_id, uuid.uuid4(), StaffRole.RECEPTION)
        timetable = TimetableService(desk.store, clock)
        thursday = datetime(2026, 6, 18, 10, tzinfo=HUB_TZ)
        ids = [
            timetable.add(staff, ActivityIn(desk.site_id, "Rhyme Time", ActivityKind.OTHER,
                                             thursday + timedelta(days=7 * w),
                                             thursday + timedelta(days=7 * w, hours=1), None))
            for w in range(3)
        ]  # fmt: skip
        timetable.add(staff, ActivityIn(desk.site_id, "Private group", ActivityKind.OTHER,
                                        thursday, thursday + timedelta(hours=1), None))  # fmt: skip
        timetable.set_offer(staff, ids[0], OfferIn(True, "Songs and rhymes for babies.", 0, 2,
                                                   contact="Reception"))  # fmt: skip
        timetable.cancel(staff, ids[1])
        push_all(desk.engine)
        p = Published(server.url, desk.store, desk.engine, central_db, desk.hub_id, staff, clock)
        listing = get(p, "/openreferral/services").json()
        assert [s["name"] for s in listing["contents"]] == ["Rhyme Time"]
        doc = get(p, f"/openreferral/services/{listing['contents'][0]['id']}").json()
        validate(doc, standard("service.json"))
        assert sorted(s["id"] for s in doc["schedules"]) == sorted([str(ids[0]), str(ids[2])])
        events = events_of(p, f"/calendar/hubs/{desk.hub_id}.ics")
        assert set(events) == {f"{i}@hubdesk" for i in ids}
        assert str(events[f"{ids[1]}@hubdesk"]["STATUS"]) == "CANCELLED"
    finally:
        server.stop()
