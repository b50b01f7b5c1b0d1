"""The dashboard over HTTP: sign-in, sessions, CSRF, suppression on every page and export."""

from __future__ import annotations

import csv
import io
import re
import uuid

import pytest
from fastapi.testclient import TestClient

from hubdesk.central import admin
from hubdesk.central.app import create_app
from hubdesk.central.dashboard.auth import (
    CLIENT_FREE_FAILURES,
    COOKIE,
    FREE_FAILURES,
    LoginBrake,
    Sessions,
)
from tests.central.dashboard_data import load_central
from tests.unit.measures import dataset as ds

PASSWORD = "a long enough password"
QUERY = f"from={ds.START}&to={ds.END}"


@pytest.fixture
def client(central_db):
    data = ds.build(uuid.uuid4(), (uuid.uuid4(), uuid.uuid4()))
    load_central(central_db, data)
    # a second hub with a handful of visits, so small counts appear
    small = ds.build(uuid.uuid4(), (uuid.uuid4(), uuid.uuid4()), seed=9)
    small.visits = small.visits[:40:10]
    small.contacts = []
    load_central(central_db, small, code="TINY")
    admin.create_user(central_db, "alice", PASSWORD, role="viewer")
    app = create_app(central_db)
    with TestClient(app, base_url="http://127.0.0.1") as c:
        c.data = data
        c.small = small
        yield c


def csrf_of(html: str) -> str:
    match = re.search(r'name="csrf" value="([^"]+)"', html)
    assert match
    return match.group(1)


def sign_in(client, password=PASSWORD, username="alice"):
    token = csrf_of(client.get("/dashboard/login").text)
    return client.post(
        "/dashboard/login",
        data={"csrf": token, "username": username, "password": password},
        follow_redirects=False,
    )


def test_pages_need_a_signed_in_user(client):
    for path in ("/dashboard/", "/dashboard/hubs", "/dashboard/export/hubs.csv"):
        r = client.get(path, follow_redirects=False)
        assert r.status_code == 303
        assert r.headers["location"] == "/dashboard/login"


def test_sign_in_sets_a_strict_httponly_session(client):
    r = sign_in(client)
    assert r.status_code == 303
    cookie = next(h for h in r.headers.get_list("set-cookie") if h.startswith(COOKIE + "="))
    assert "HttpOnly" in cookie
    assert "SameSite=strict" in cookie
    assert "Path=/dashboard" in cookie
    page = client.get(f"/dashboard/?{QUERY}")
    assert page.status_code == 200
    assert "default-src 'none'" in page.headers["content-security-policy"]
    visits = len(client.data.visits) + len(client.small.visits)  # the period is whole months
    shown = int(re.search(r'id="visits">([\d,]+)<', page.text).group(1).replace(",", ""))
    assert shown % 5 == 0
    assert abs(shown - visits) <= 4 * 2 * 2  # two hubs, two months, each within 4


def test_wrong_password_and_missing_csrf_are_refused(client):
    assert sign_in(client, password="not the password").status_code == 401
    r = client.post(
        "/dashboard/login",
        data={"username": "alice", "password": PASSWORD},
        follow_redirects=False,
    )
    assert r.status_code == 400
    assert COOKIE not in r.cookies


def test_guessing_is_slowed_down(client):
    for _ in range(FREE_FAILURES):
        assert sign_in(client, password="guess guess guess").status_code == 401
    r = sign_in(client)
    assert r.status_code == 429
    assert int(r.headers["retry-after"]) >= 1


def test_a_stranger_guessing_cannot_lock_out_a_named_analyst(client, central_db):
    """Issue 21: lock-out by user name let anyone lock an analyst out. A stranger's failures
    slow the stranger (their address), never the analyst signing in from their own."""
    stranger = TestClient(client.app, base_url="http://127.0.0.1", client=("203.0.113.9", 4000))
    with stranger:
        for _ in range(CLIENT_FREE_FAILURES + 3):
            code = sign_in(stranger, password="guess guess guess").status_code
            assert code in (401, 429)
        assert sign_in(stranger).status_code == 429  # slowed: even the right password waits
        assert sign_in(client).status_code == 303  # the analyst, from elsewhere: straight in


def test_the_brake_doubles_the_wait_and_a_quiet_spell_forgives():
    now = [1000.0]
    brake = LoginBrake(clock=lambda: now[0])
    for _ in range(FREE_FAILURES):
        assert brake.wait("10.0.0.1", "alice") == 0
        brake.failed("10.0.0.1", "alice")
    waits = []
    for _ in range(4):
        waits.append(brake.wait("10.0.0.1", "alice"))
        now[0] += waits[-1]
        brake.failed("10.0.0.1", "alice")
    assert waits == [1.0, 2.0, 4.0, 8.0]
    assert brake.wait("10.0.0.2", "alice") == 0  # another address is not slowed
    now[0] += 10_000
    assert brake.wait("10.0.0.1", "alice") == 0


def test_a_forged_cookie_is_not_a_session(client, central_db):
    client.cookies.set(COOKIE, "made-up-token-" + uuid.uuid4().hex, path="/dashboard")
    assert client.get("/dashboard/", follow_redirects=False).status_code == 303


def test_sessions_end_when_idle_and_at_their_lifetime(central_db):
    from datetime import UTC, datetime, timedelta

    sessions = Sessions(central_db, idle_s=600, lifetime_s=3600)
    user = uuid.uuid4()
    t0 = datetime(2026, 12, 1, 9, 0, tzinfo=UTC)
    token = sessions.issue(user, now=t0)
    assert sessions.read(token, now=t0 + timedelta(seconds=500)) == user
    # used within the idle time: still alive 900 s after sign-in
    assert sessions.read(token, now=t0 + timedelta(seconds=900)) == user
    # idle for more than 600 s: gone, and gone for good
    assert sessions.read(token, now=t0 + timedelta(seconds=1600)) is None
    assert sessions.read(token, now=t0 + timedelta(seconds=900)) is None
    busy = sessions.issue(user, now=t0)
    for minute in range(1, 60, 5):
        assert sessions.read(busy, now=t0 + timedelta(minutes=minute)) == user
    assert sessions.read(busy, now=t0 + timedelta(seconds=3600)) is None  # lifetime over


def test_logout_needs_the_csrf_token_and_ends_the_session_for_good(client):
    r = sign_in(client)
    token = r.cookies[COOKIE]
    page = client.get("/dashboard/")
    assert client.post("/dashboard/logout", data={"csrf": "nope"}).status_code == 403
    assert client.get("/dashboard/", follow_redirects=False).status_code == 200
    r = client.post("/dashboard/logout", data={"csrf": csrf_of(page.text)}, follow_redirects=False)
    assert r.status_code == 303
    assert client.get("/dashboard/", follow_redirects=False).status_code == 303
    # Issue 21: sign-out left the cookie valid for hours. A copy of it is worthless now.
    client.cookies.set(COOKIE, token, path="/dashboard")
    assert client.get("/dashboard/", follow_redirects=False).status_code == 303


def test_every_published_figure_is_rounded_to_a_multiple_of_5(client):
    """Issue 21: "<5" alone could be undone by subtraction. Every figure on every page and in
    every export is a multiple of 5 (0 shown as "<5"), near the true count."""
    sign_in(client)
    page = client.get(f"/dashboard/hubs?{QUERY}").text
    tiny = re.search(r'<tr data-hub="TINY">(.*?)</tr>', page, re.S)
    assert tiny
    assert re.search(r'class="num visits">(&lt;5|5)<', tiny.group(1))
    rows = list(csv.reader(io.StringIO(client.get(f"/dashboard/export/hubs.csv?{QUERY}").text)))
    by_code = {r[0]: r for r in rows[1:]}
    assert by_code["TINY"][2] in ("<5", "5")  # 4 visits
    true = len(client.data.visits)
    assert abs(int(by_code["RIV"][2]) - true) <= 4 * 2  # two months
    for name in ("hubs", "overview", "trends", "areas", "voice"):
        text = client.get(f"/dashboard/export/{name}.csv?{QUERY}").text
        for row in list(csv.reader(io.StringIO(text)))[1:]:
            for cell in row[1:]:
                if cell.isdigit():
                    assert int(cell) % 5 == 0, (name, row)
                    assert int(cell) >= 5, (name, row)
                elif cell not in ("<5", "not published") and not cell.endswith("%"):
                    assert not any(ch.isdigit() for ch in cell) or "-" in cell, (name, row)
    # pages too: every number shown in a table cell
    for path in (
        "/dashboard/",
        "/dashboard/hubs",
        "/dashboard/trends",
        "/dashboard/areas",
        "/dashboard/voice",
    ):
        html = client.get(f"{path}?{QUERY}").text
        for cell in re.findall(r'<td class="num[^"]*">([^<(]*)', html):
            value = cell.strip().replace(",", "")
            if value.isdigit():
                assert int(value) % 5 == 0, (path, cell)
                assert int(value) >= 5, (path, cell)


def test_periods_are_whole_months_and_reach_is_not_published_for_several_hubs(client):
    sign_in(client)
    page = client.get("/dashboard/?from=2026-10-19&to=2026-11-01").text
    assert "01 Oct 2026 to 30 Nov 2026" in page
    assert client.get("/dashboard/?from=2026-10&to=2026-11").text.count("01 Oct 2026") == 1
    both = client.get("/dashboard/?from=2026-10&to=2026-11&hub=RIV&hub=TINY").text
    assert 'id="families">-<' in both
    one = client.get("/dashboard/?from=2026-10&to=2026-11&hub=RIV").text
    assert 'id="families">-<' not in one
    rows = dict(
        csv.reader(
            io.StringIO(
                client.get(
                    "/dashboard/export/overview.csv?from=2026-10&to=2026-11&hub=RIV&hub=TINY"
                ).text
            )
        )
    )
    assert rows["families reached"] == "not published"


def test_pages_render_and_bad_filters_are_named(client):
    sign_in(client)
    for path in ("/dashboard/", "/dashboard/trends", "/dashboard/areas?by=ward"):
        assert client.get(f"{path}{'&' if '?' in path else '?'}{QUERY}").status_code == 200
    r = client.get("/dashboard/?from=yesterday")
    assert r.status_code == 400
    assert "from: must be a month" in r.text
    r = client.get(f"/dashboard/hubs?{QUERY}&hub=NOPE")
    assert r.status_code == 400
    assert "hub:" in r.text
    only = client.get(f"/dashboard/hubs?{QUERY}&hub=TINY").text
    assert 'data-hub="RIV"' not in only
