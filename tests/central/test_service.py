"""The central service over real HTTP: enrolment, revocation, hubs kept apart, sealing, limits,
and clear 4xx refusals for bad input. Runs on SQLite and PostgreSQL."""

from __future__ import annotations

import gzip
import json
import uuid
from datetime import date, timedelta
from pathlib import Path

import pytest
import requests
from sqlalchemy import select, text

from hubdesk.central import admin
from hubdesk.central.app import Limits
from hubdesk.central.models import CentralDevice, CentralEvent, DashboardUser
from hubdesk.domain.catalogue import DeviceKind, VisitReason
from hubdesk.domain.errors import ValidationError
from hubdesk.domain.people import Role
from hubdesk.services.families import AdultIn, ChildIn, FamilyIn, FamilyService
from hubdesk.services.visits import SignIn, VisitService
from hubdesk.storage.engine import open_store
from hubdesk.sync.client import CentralClient, RefusedError
from hubdesk.sync.enrolment import enrol
from hubdesk.sync.protocol import gzip_json
from tests.sync.support import (
    BACKENDS,
    CHEAP_KDF,
    HUB_PASSPHRASE,
    LiveServer,
    make_device,
    make_hub,
)


def error_reason(response: requests.Response) -> str:
    return response.json()["error"]["reason"]


@BACKENDS
def test_enrolment_code_is_single_use_and_expires(tmp_path, central_db, live):
    make_hub(central_db)
    code = admin.create_enrolment_code(central_db, "RIV", url=live.url)
    store = open_store(tmp_path / "a" / "s.db", b"k" * 32)
    done = enrol(store, code.formatted.lower(), url=live.url, device_name="desk",
                 device_kind=DeviceKind.DESK, use_keyring=False)  # fmt: skip
    assert done.hub_name == "RIV Family Hub"
    other = open_store(tmp_path / "b" / "s.db", b"j" * 32)
    with pytest.raises(RefusedError) as used:
        enrol(other, code.code, url=live.url, device_name="x", device_kind="kiosk",
              use_keyring=False)  # fmt: skip
    assert used.value.reason == "code_used"
    old = admin.create_enrolment_code(
        central_db, "RIV", url=live.url, valid_for=timedelta(seconds=-1)
    )
    with pytest.raises(RefusedError) as expired:
        enrol(other, old.qr_text, device_name="x", device_kind="kiosk", use_keyring=False)
    assert expired.value.reason == "code_expired"
    with pytest.raises(RefusedError) as unknown:
        enrol(other, "ABCD-EFGH-JKMN", url=live.url, device_name="x", device_kind="kiosk",
              use_keyring=False)  # fmt: skip
    assert unknown.value.reason == "code_unknown"
    with central_db.read() as session:
        device = session.get(CentralDevice, done.device_id)
        assert device is not None
        assert done.device_id.hex not in device.credential_hash  # only a hash is kept


@BACKENDS
def test_a_store_of_another_hub_cannot_enrol_here(tmp_path, central_db, live):
    make_hub(central_db, "RIV")
    make_hub(central_db, "HIL")
    riv = make_device(tmp_path, central_db, live.url, "RIV")
    code = admin.create_enrolment_code(central_db, "HIL", url=live.url)
    with pytest.raises(RefusedError) as refused:
        enrol(riv.store, code.qr_text, device_name="again", device_kind="kiosk",
              use_keyring=False)  # fmt: skip
    assert refused.value.reason == "hub_mismatch"


@BACKENDS
def test_revoked_and_unknown_devices_are_refused(tmp_path, central_db, live, clock):
    make_hub(central_db)
    kiosk = make_device(tmp_path, central_db, live.url, "RIV", clock=clock)
    assert kiosk.engine.run_once().ok
    admin.revoke_device(central_db, kiosk.device_id)
    report = kiosk.engine.run_once()
    assert not report.ok
    assert report.problem == "device_revoked"
    status = kiosk.engine.status()
    assert status.refused
    assert status.state == "offline"
    listed = {d.id: d for d in admin.list_devices(central_db)}
    assert listed[kiosk.device_id].revoked_at is not None

    forged = CentralClient(live.url, f"hd1.{uuid.uuid4()}.{'x' * 43}")
    with pytest.raises(RefusedError) as unknown:
        forged.pull(0, 10)
    assert unknown.value.status == 401
    assert unknown.value.reason == "unknown_device"
    wrong = CentralClient(live.url, f"hd1.{kiosk.device_id}.{'y' * 43}")
    with pytest.raises(RefusedError) as bad:
        wrong.pull(0, 10)
    assert bad.value.reason == "bad_credential"
    r = requests.get(live.url + "/v1/events", timeout=5)
    assert r.status_code == 401
    assert error_reason(r) == "bad_credential"

    # A fresh code from an administrator enrols the same device again, with a new credential.
    old_credential = _credential(kiosk)
    code = admin.create_enrolment_code(central_db, "RIV", url=live.url)
    enrol(kiosk.store, code.qr_text, device_name="kiosk", device_kind="kiosk", use_keyring=False)
    assert kiosk.engine.run_once().ok
    with pytest.raises(RefusedError) as stale:
        CentralClient(live.url, old_credential).pull(0, 1)
    assert stale.value.reason == "bad_credential"


@BACKENDS
def test_two_hubs_are_kept_apart(tmp_path, central_db, live, clock):
    make_hub(central_db, "RIV")
    make_hub(central_db, "HIL")
    riv = make_device(tmp_path, central_db, live.url, "RIV", clock=clock)
    hil = make_device(tmp_path, central_db, live.url, "HIL", clock=clock)
    VisitService(riv.store, clock).sign_in(
        riv.actor, SignIn(VisitReason.JUST_VISITING, party=_party())
    )
    assert riv.engine.run_once().ok
    report = hil.engine.run_once()
    assert report.ok
    assert report.pulled == 0
    assert VisitService(hil.store, clock).who_is_in(riv.hub_id) == []
    # A device cannot write into another hub either.
    client = CentralClient(live.url, _credential(hil))
    event = _raw_event(riv.hub_id)
    outcome = client.push([event], clock.now())
    assert outcome.statuses[event.event_id][1] == "wrong_hub (f.hub_id)"
    with central_db.read() as session:
        hubs = set(session.scalars(select(CentralEvent.hub_id)))
    assert hubs == {riv.hub_id, hil.hub_id}


@BACKENDS
def test_the_service_never_holds_personal_fields_in_the_clear(tmp_path, central_db, live, clock):
    make_hub(central_db)
    kiosk = make_device(tmp_path, central_db, live.url, "RIV", clock=clock)
    desk = make_device(
        tmp_path, central_db, live.url, "RIV", name="desk", kind=DeviceKind.DESK, clock=clock
    )
    families = FamilyService(kiosk.store, clock)
    registered = families.register(
        kiosk.actor,
        FamilyIn(
            adults=(AdultIn("Zebedee", "Quaxworth", Role.FATHER),),
            children=(ChildIn("Philomena", date(2024, 3, 1), last_name="Quaxworth"),),
            postcode="NE6 2AB",
            phone="07700 900123",
            notes="Sensitive note text",
            consent=True,
        ),
    )
    VisitService(kiosk.store, clock).sign_in(
        kiosk.actor,
        SignIn(VisitReason.JUST_VISITING, family_id=registered.family_id,
               member_ids=registered.member_ids),
    )  # fmt: skip
    assert kiosk.engine.run_once().ok
    assert desk.engine.run_once().ok
    inside = VisitService(desk.store, clock).who_is_in(desk.hub_id)
    assert inside[0].names == "Zebedee, Philomena"  # the desk can read what the service cannot
    secrets_ = ["Zebedee", "Quaxworth", "Philomena", "07700", "900123", "NE6 2AB", "Sensitive"]
    if central_db.is_sqlite:
        central_db.close()
        db = central_db.url.removeprefix("sqlite:///")
        blob = b"".join(Path(p).read_bytes() for p in (db, db + "-wal") if Path(p).exists())
        for word in secrets_:
            assert word.encode() not in blob, word
    else:
        with central_db.read() as session:
            dump = "\n".join(
                str(row)
                for table in ("events", "central_visits", "sites", "hubs", "devices")
                for row in session.execute(text(f"SELECT * FROM {table}")).all()
            )
        for word in secrets_:
            assert word not in dump, word
        assert "NE6" in dump  # the district is footfall


@BACKENDS
def test_bad_input_gets_a_clear_4xx_never_a_5xx(tmp_path, central_db, live, clock):
    make_hub(central_db)
    kiosk = make_device(tmp_path, central_db, live.url, "RIV", clock=clock)
    headers = {"Authorization": f"Bearer {_credential(kiosk)}"}
    url = live.url + "/v1/events"

    def post(data, **extra):
        return requests.post(url, data=data, headers={**headers, **extra}, timeout=10)

    cases = [
        (post(b"not gzip", **{"Content-Encoding": "gzip"}), 400, "bad_encoding"),
        (post(b"{nope"), 400, "bad_encoding"),
        (post(b'{"v": 99, "events": []}'), 400, "unsupported_version"),
        (post(b'{"v": 1, "events": {}}'), 400, "invalid_request"),
        (post(b'{"v": 1, "events": [], "x": NaN}'), 400, "bad_encoding"),
        (post(b"[1, 2]"), 400, "invalid_request"),
        (post(gzip.compress(b" " * (20 << 20)), **{"Content-Encoding": "gzip"}), 413, "too_large"),
        (post(b"x" * (2 << 20)), 413, "too_large"),
        (post(json.dumps({"v": 1, "events": [{}] * 501}).encode()), 400, "too_many_events"),
        (requests.get(url, params={"after": -1}, headers=headers, timeout=5), 422,
         "invalid_request"),
        (requests.get(url, params={"limit": "x"}, headers=headers, timeout=5), 422,
         "invalid_request"),
        (requests.delete(url, headers=headers, timeout=5), 405, "method_not_allowed"),
        (requests.get(live.url + "/nowhere", timeout=5), 404, "not_found"),
        (requests.post(live.url + "/v1/enrol", json={"code": 1}, timeout=5), 422,
         "invalid_request"),
    ]  # fmt: skip
    for response, status, reason in cases:
        assert (response.status_code, error_reason(response)) == (status, reason)

    bad_events = [
        {"id": "x"},
        {"id": str(uuid.uuid4()), "seq": 0},
        {"id": str(uuid.uuid4()), "seq": 1, "e": "spaceship"},
        {"id": str(uuid.uuid4()), "seq": 1, "e": "visit", "k": str(uuid.uuid4()), "op": "Bad Op"},
        {"id": str(uuid.uuid4()), "seq": 1, "e": "visit", "k": str(uuid.uuid4()), "op": "x",
         "at": "yesterday", "f": {}},
        {"id": str(uuid.uuid4()), "seq": 1, "e": "visit", "k": str(uuid.uuid4()), "op": "x",
         "at": "2026-01-01T00:00:00+00:00", "f": {"people": 2**70}},
        {"id": str(uuid.uuid4()), "seq": 1, "e": "visit", "k": str(uuid.uuid4()), "op": "x",
         "at": "9999-12-31T23:59:59-23:59", "f": {}},
        {"id": str(uuid.uuid4()), "seq": 1, "e": ["visit"], "k": str(uuid.uuid4())},
        {"id": str(uuid.uuid4()), "seq": 1, "e": "visit", "k": str(uuid.uuid4()), "op": "x",
         "at": "2026-01-01T00:00:00+00:00", "f": {"reason": "a\x00b"}},
        {"id": str(uuid.uuid4()), "seq": 1, "e": "visit", "k": str(uuid.uuid4()), "op": "x",
         "at": "2026-01-01T00:00:00+00:00", "f": {}, "p": "not base64 !"},
        "just a string",
    ]  # fmt: skip
    good = _raw_event(kiosk.hub_id).to_wire()
    odd_visit = {
        "id": str(uuid.uuid4()),
        "seq": 2,
        "e": "visit",
        "k": str(uuid.uuid4()),
        "op": "signed_in",
        "at": "2026-01-01T00:00:00+00:00",
        "p": None,
        "f": {
            "hub_id": str(kiosk.hub_id),
            "updated_at": "9999-12-31T23:59:59-23:59",
            "signed_in_at": "0001-01-01T00:00:00+23:59",
            "people": 3,
            "reason": "other",
        },
    }
    huge = json.dumps({"v": 1, "events": [{**good, "f": {"x": 0}}]}).replace('"x": 0', '"x": 1e999')
    refused = post(huge.encode())
    assert refused.json()["results"][0]["reason"] == "bad_footfall"  # 1e999 is infinity
    odd = post(gzip_json({"v": 1, "events": [odd_visit]}), **{"Content-Encoding": "gzip"})
    assert odd.status_code == 200
    assert odd.json()["accepted"] == 1
    # footfall fields are checked against their closed lists and formats, and the field is named
    for field, value in (
        ("people", 10**9),
        ("reason", "sightseeing"),
        ("postcode_district", "X"),
        ("imd_decile", 11),
        ("lsoa_code", "E0101"),
        ("is_new", "yes"),
    ):
        wrong = {**odd_visit, "id": str(uuid.uuid4()), "f": {**odd_visit["f"], field: value}}
        reply = post(gzip_json({"v": 1, "events": [wrong]}), **{"Content-Encoding": "gzip"})
        assert reply.json()["results"] == [
            {"id": wrong["id"], "status": "rejected", "reason": "bad_footfall",
             "field": f"f.{field}"}
        ]  # fmt: skip
    response = post(gzip_json({"v": 1, "events": [*bad_events, good]}),
                    **{"Content-Encoding": "gzip"})  # fmt: skip
    assert response.status_code == 200
    body = response.json()
    assert body["accepted"] == 1
    assert [r["status"] for r in body["results"]] == ["rejected"] * len(bad_events)
    assert all(r["reason"] for r in body["results"])
    # The same id again with another body is a conflict; the identical resend is a duplicate.
    changed = {**good, "f": {**good["f"], "people": 9}}
    again = post(gzip_json({"v": 1, "events": [good, changed]}), **{"Content-Encoding": "gzip"})
    statuses = [(r["status"], r["reason"]) for r in again.json()["results"]]
    assert statuses == [("duplicate", None), ("rejected", "duplicate_in_batch")]
    conflict = post(gzip_json({"v": 1, "events": [changed]}), **{"Content-Encoding": "gzip"})
    assert conflict.json()["results"] == [
        {"id": good["id"], "status": "conflict", "reason": "conflict"}
    ]


def test_rate_limit_answers_429_with_retry_after(tmp_path, central_db, clock):
    server = LiveServer(central_db, Limits(rate_per_s=0.5, burst=2))
    try:
        make_hub(central_db)
        kiosk = make_device(tmp_path, central_db, server.url, "RIV", clock=clock)
        headers = {"Authorization": f"Bearer {_credential(kiosk)}"}
        codes = [
            requests.get(server.url + "/v1/events", headers=headers, timeout=5) for _ in range(4)
        ]
        assert codes[0].status_code == 200
        limited = codes[-1]
        assert limited.status_code == 429
        assert error_reason(limited) == "rate_limited"
        assert int(limited.headers["Retry-After"]) >= 1
        report = kiosk.engine.run_once()
        assert report.problem == "rate_limited"
        assert report.retry_after is not None
        assert kiosk.engine.next_delay(report) >= report.retry_after
    finally:
        server.stop()


@BACKENDS
def test_clock_skew_is_flagged(tmp_path, central_db, live, clock):
    make_hub(central_db)
    kiosk = make_device(tmp_path, central_db, live.url, "RIV", clock=clock)  # clock in 2026-06
    assert kiosk.engine.run_once().ok
    desk = make_device(tmp_path, central_db, live.url, "RIV", name="desk")  # the real clock
    assert desk.engine.run_once().ok
    devices = {d.id: d for d in admin.list_devices(central_db, "RIV")}
    assert devices[kiosk.device_id].clock_flagged  # the fake clock is far from real time
    assert devices[kiosk.device_id].events >= 1
    assert not devices[desk.device_id].clock_flagged
    assert abs(devices[desk.device_id].clock_skew_s) < 120


def test_openapi_is_published(central_db, live):
    spec = requests.get(live.url + "/openapi.json", timeout=5).json()
    assert {"/v1/events", "/v1/enrol", "/v1/hub-key", "/v1/health"} <= set(spec["paths"])
    assert "PushRequest" in spec["components"]["schemas"]


@BACKENDS
def test_admin_commands(central_db):
    hub = make_hub(central_db, "RIV")
    with pytest.raises(ValidationError):
        admin.create_hub(central_db, "Again", "riv")
    assert admin.find_hub(central_db, str(hub.id)).code == "RIV"
    admin.create_user(central_db, "Manager", "a long enough password", role="manager")
    with pytest.raises(ValidationError):
        admin.create_user(central_db, "manager", "a long enough password")
    with pytest.raises(ValidationError):
        admin.create_user(central_db, "short", "short")
    with central_db.read() as session:
        user = session.scalar(select(DashboardUser))
        assert user is not None
        assert admin.verify_password("a long enough password", user.password_hash)
        assert not admin.verify_password("wrong", user.password_hash)
    code = admin.create_enrolment_code(central_db, "RIV", url="https://central.example")
    assert code.qr_text.startswith("hubdesk-enrol:1:")
    assert "█" in admin.qr_ascii(code.qr_text) or "#" in admin.qr_ascii(code.qr_text)
    assert admin.qr_png(code.qr_text).startswith(b"\x89PNG")


@BACKENDS
def test_migrations_match_the_models(central_db):
    from alembic.autogenerate import compare_metadata
    from alembic.runtime.migration import MigrationContext

    from hubdesk.central.models import CentralBase

    with central_db.engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), CentralBase.metadata)
    assert diff == []


# -- helpers --------------------------------------------------------------------------------


def _party():
    from hubdesk.domain.people import AgeBand, Party

    return Party.from_counts({Role.MOTHER: 1}, {AgeBand.B0_1: 1})


def _credential(device) -> str:
    from hubdesk.sync import config

    cred = config.load(device.store).credential
    assert cred
    return cred


def _raw_event(hub_id):
    from datetime import UTC, datetime

    from hubdesk.sync.protocol import WireEvent

    at = datetime(2026, 6, 16, 9, 0, tzinfo=UTC)
    return WireEvent(
        uuid.uuid4(), 10_000, "site", uuid.uuid4(), "upsert", at,
        {"hub_id": str(hub_id), "name": "Fire station", "kind": "fire_station",
         "active": True, "updated_at": at.isoformat()},
        None,
    )  # fmt: skip


_ = (CHEAP_KDF, HUB_PASSPHRASE)
