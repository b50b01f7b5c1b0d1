"""The central service fuzzed from its own OpenAPI description (schemathesis), over the real app
(ASGI, SQLite store, an enrolled device's credential): no operation answers 5xx. And the push body
fuzzed with hypothesis, from well-formed batches bent field by field to arbitrary JSON, gzip and
not: never a 5xx, and a refused batch stores nothing."""

from __future__ import annotations

import contextlib
import gzip
import json
import uuid
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
import schemathesis
from fastapi.testclient import TestClient
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

from hubdesk.central import admin
from hubdesk.central.app import Limits, create_app
from hubdesk.central.models import CentralEvent
from hubdesk.central.store import CentralStore
from hubdesk.sync.protocol import (
    ENTITIES,
    HEADER_DEVICE_TIME,
    ProtocolError,
    parse_pulled_event,
)

SETTINGS = settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=list(HealthCheck),
)


class Central:
    def __init__(self, tmp: Path) -> None:
        self.store = CentralStore(f"sqlite:///{tmp / 'central.db'}")
        self.store.migrate()
        admin.create_hub(self.store, "RIV Family Hub", "RIV")
        admin.create_site(self.store, "RIV", "RIV Family Hub", kind="hub", postcode="NE1 4XF")
        self.app = create_app(self.store, Limits(rate_per_s=1e6, burst=1e6))
        self.client = TestClient(self.app, raise_server_exceptions=False)
        code = admin.create_enrolment_code(self.store, "RIV", url="http://testserver")
        done = self.client.post(
            "/v1/enrol", json={"code": code.code, "device_name": "kiosk", "device_kind": "kiosk"}
        )
        assert done.status_code == 200, done.text
        body = done.json()
        self.credential = body["credential"]
        self.device_id = body["device_id"]
        self.hub_id = body["hub_id"]
        self.site_id = body["site_id"]
        self.auth = {"Authorization": f"Bearer {self.credential}"}

    def events(self) -> int:
        with self.store.engine.connect() as conn:
            return int(conn.execute(select(func.count()).select_from(CentralEvent)).scalar() or 0)

    def close(self) -> None:
        self.client.close()
        self.store.close()


@pytest.fixture
def central(tmp_path: Path) -> Iterator[Central]:
    c = Central(tmp_path)
    yield c
    c.close()


def _operations(app: Any) -> dict[str, Any]:
    loaded = schemathesis.openapi.from_asgi("/openapi.json", app)
    return {r.ok().label: r.ok() for r in loaded.get_all_operations()}


def _labels() -> list[str]:
    """The operations the OpenAPI description lists (read from a throwaway service)."""
    import tempfile

    with tempfile.TemporaryDirectory() as tmp:
        store = CentralStore(f"sqlite:///{Path(tmp) / 'c.db'}")
        store.migrate()
        try:
            return sorted(_operations(create_app(store)))
        finally:
            store.close()


LABELS = _labels()


def test_the_description_lists_every_device_operation() -> None:
    assert {"POST /v1/events", "GET /v1/events", "POST /v1/enrol", "PUT /v1/hub-key"} <= set(LABELS)


@pytest.mark.parametrize("label", LABELS)
@pytest.mark.parametrize("authed", [True, False], ids=["credential", "anonymous"])
def test_no_operation_answers_5xx(central: Central, label: str, authed: bool) -> None:
    """Every operation, fuzzed from its description, with the device's credential (so the cases
    reach past the auth check) and without."""
    operation = _operations(central.app)[label]

    @settings(
        max_examples=60 if authed else 15,
        deadline=None,
        suppress_health_check=list(HealthCheck),
    )
    @given(case=operation.as_strategy())
    def run(case: Any) -> None:
        response = case.call(headers=central.auth if authed else None)
        assert response.status_code < 500, (case.method, case.path, response.status_code)

    run()


# --- the push body --------------------------------------------------------------------------

json_leaf = st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text()
any_json = st.recursive(
    json_leaf,
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4)
    ),
    max_leaves=12,
)


def _good_event(central: Central, seq: int, entity: str) -> dict[str, Any]:
    now = datetime.now(UTC)
    footfall: dict[str, Any] = {"hub_id": central.hub_id, "updated_at": now.isoformat()}
    if entity == "visit":
        footfall.update(
            site_id=central.site_id,
            device_id=central.device_id,
            reason="just_visiting",
            signed_in_at=now.isoformat(),
            people=2,
            adults_mother=1,
            children_0_1=1,
            postcode_district="NE6",
            is_new=True,
        )
    return {
        "id": str(uuid.uuid4()),
        "seq": seq,
        "e": entity,
        "k": str(uuid.uuid4()),
        "op": "upsert",
        "at": now.isoformat(),
        "f": footfall,
        "p": None,
    }


@st.composite
def push_bodies(draw: st.DrawFn, central: Central) -> tuple[bytes, dict[str, str]]:
    count = draw(st.integers(0, 4))
    events = [
        _good_event(central, draw(st.integers(1, 10**6)), draw(st.sampled_from(sorted(ENTITIES))))
        for _ in range(count)
    ]
    for event in events:
        # bend a field or two to arbitrary JSON
        for key in draw(st.lists(st.sampled_from(sorted(event)), max_size=2, unique=True)):
            event[key] = draw(any_json)
        if draw(st.booleans()) and isinstance(event.get("f"), dict) and event["f"]:
            fkey = draw(st.sampled_from(sorted(event["f"])))
            event["f"][fkey] = draw(any_json)
        if draw(st.integers(0, 5)) == 0:
            event[draw(st.text(max_size=5))] = draw(any_json)
    body: Any = {"v": 1, "sent_at": datetime.now(UTC).isoformat(), "events": events}
    shape = draw(st.integers(0, 9))
    if shape == 0:
        body = draw(any_json)
    elif shape == 1:
        body["v"] = draw(any_json)
    elif shape == 2:
        body["sent_at"] = draw(any_json)
    elif shape == 3:
        body["events"] = draw(any_json)
    raw = json.dumps(body).encode()
    if draw(st.integers(0, 9)) == 0:
        raw = draw(st.binary(max_size=200))
    headers = dict(central.auth)
    headers["Content-Type"] = "application/json"
    encoding = draw(st.sampled_from(["", "gzip", "gzip", "br", "gzip-broken"]))
    if encoding == "gzip":
        raw = gzip.compress(raw)
        headers["Content-Encoding"] = "gzip"
    elif encoding == "gzip-broken":
        raw = gzip.compress(raw)[: draw(st.integers(0, 20))]
        headers["Content-Encoding"] = "gzip"
    elif encoding:
        headers["Content-Encoding"] = encoding
    if draw(st.integers(0, 4)) == 0:
        stamp = draw(
            st.text(max_size=30) | st.just((datetime.now(UTC) - timedelta(hours=3)).isoformat())
        )
        if stamp.isprintable() and stamp.isascii():
            headers[HEADER_DEVICE_TIME] = stamp
    return raw, headers


def test_push_bodies_never_get_a_5xx_and_refusals_store_nothing(central: Central) -> None:
    @settings(SETTINGS, max_examples=200)
    @given(data=st.data())
    def run(data: st.DataObject) -> None:
        raw, headers = data.draw(push_bodies(central))
        before = central.events()
        response = central.client.post("/v1/events", content=raw, headers=headers)
        assert response.status_code < 500, response.text
        if response.status_code >= 400:
            assert central.events() == before
            assert "error" in response.json()
        else:
            answer = response.json()
            rejected = [r for r in answer["results"] if r["status"] == "rejected"]
            assert central.events() == before + answer["accepted"]
            assert all(r.get("reason") for r in rejected)

    run()


def test_a_well_formed_push_is_accepted(central: Central) -> None:
    """The fuzz above reaches the accepting path too: this is its baseline."""
    body = {
        "v": 1,
        "sent_at": datetime.now(UTC).isoformat(),
        "events": [_good_event(central, 1, "visit")],
    }
    response = central.client.post(
        "/v1/events",
        content=gzip.compress(json.dumps(body).encode()),
        headers={**central.auth, "Content-Encoding": "gzip"},
    )
    assert response.status_code == 200, response.text
    assert response.json()["accepted"] == 1
    assert central.events() == 1


@SETTINGS
@given(obj=any_json)
def test_a_device_reading_pulled_events_refuses_junk_with_a_protocol_error(obj: Any) -> None:
    with contextlib.suppress(ProtocolError):
        parse_pulled_event(obj)
