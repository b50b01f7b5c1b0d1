"""The dashboard's charts drawn with a suppressed count (issue 21: no test looked at the charts):
a count that is shown as "<5" gets no bar, no column, no point on a line, no value in a tooltip,
and nothing in the picture is drawn to its scale. And on the real pages, every bar stands for a
published figure."""

from __future__ import annotations

import re
import uuid
from datetime import UTC, datetime

from fastapi.testclient import TestClient
from sqlalchemy import insert

from hubdesk.central import admin
from hubdesk.central.app import create_app
from hubdesk.central.dashboard import charts
from hubdesk.central.models import CentralVisit

SUPPRESSED = 3  # a real count under 5, as a chart might be handed one


def _shapes(svg: str) -> list[str]:
    return re.findall(r"<(?:rect|polyline|circle)\b[^>]*>", svg)


def test_a_bar_chart_draws_no_bar_for_a_suppressed_count():
    svg = str(charts.bar_chart([("Small hub", SUPPRESSED), ("Big hub", 100)], title="Visits"))
    bars = re.findall(r'<rect x="(\d+)" y="([\d.]+)" width="([\d.]+)"', svg)
    assert len(bars) == 1  # the big hub's only
    width = float(bars[0][2])
    assert width > 200
    assert "&lt;5" in svg
    assert not re.search(rf">{SUPPRESSED}<", svg)
    # nothing is drawn at the suppressed count's scale (a 9 px bar for 3 beside 100)
    for shape in _shapes(svg):
        for size in re.findall(r'(?:width|height)="([\d.]+)"', shape):
            assert abs(float(size) - width * SUPPRESSED / 100) > 1, shape


def test_a_column_chart_draws_no_column_for_a_suppressed_count():
    for slot in (4, 40):  # narrow columns get a grey mark, wide ones the words "<5"
        items = [(f"m{i}", SUPPRESSED if i == 1 else 100) for i in range(slot)]
        svg = str(charts.column_chart(items, title="Visits by month"))
        titles = re.findall(r"<title>m1: ([^<]*)</title>", svg)
        assert titles in ([], ["&lt;5"])
        columns = re.findall(r'<rect [^>]*fill="#1b6ca8"><title>(m\d+): ([\d,]+)</title>', svg)
        assert "m1" not in {label for label, _ in columns}
        assert all(int(v.replace(",", "")) >= 5 for _, v in columns)
        heights = [float(h) for h in re.findall(r'height="([\d.]+)" fill="#1b6ca8"', svg)]
        assert heights
        assert all(h > 100 for h in heights)


def test_a_line_chart_leaves_a_gap_for_a_suppressed_count():
    svg = str(
        charts.line_chart(["Jan", "Feb", "Mar"], [("SSS", [100, SUPPRESSED, 100])], title="Trend")
    )
    assert "polyline" not in svg  # no line through the suppressed month: two lone points
    dots = re.findall(r'<circle cx="([\d.]+)" cy="([\d.]+)" r="3" fill="#1b6ca8"', svg)
    assert len(dots) == 2
    assert len({cy for _, cy in dots}) == 1  # both at 100; nothing drawn at 3
    assert "SSS Feb: &lt;5" in svg


def test_every_bar_on_the_pages_stands_for_a_published_figure(central_db):
    """A hub with 3 visits beside hubs with many: on every page, a bar or column is drawn only
    for a figure of 5 or more, and its value label is that published figure."""
    now = datetime.now(UTC)
    month = now.replace(day=1, hour=10, minute=0, second=0, microsecond=0)
    rows = []
    for code, n in (("BIG", 97), ("SML", 3)):
        hub = admin.create_hub(central_db, f"{code} Family Hub", code).id
        for i in range(n):
            at = month.replace(hour=9 + i % 8)
            rows.append({"id": uuid.uuid4(), "hub_id": hub, "site_id": hub, "device_id": hub,
                         "reason": "other", "signed_in_at": at, "people": 2,
                         "adults_mother": 1, "children_0_1": 1, "updated_at": at,
                         "event_id": uuid.uuid4(), "postcode_district": "NE1"})  # fmt: skip
    with central_db.write() as session:
        session.execute(insert(CentralVisit), rows)
    admin.create_user(central_db, "viewer", "a long enough password")
    with TestClient(create_app(central_db), base_url="http://127.0.0.1") as client:
        login = client.get("/dashboard/login").text
        token = re.search(r'name="csrf" value="([^"]+)"', login).group(1)
        client.post("/dashboard/login", data={"csrf": token, "username": "viewer",
                                              "password": "a long enough password"})  # fmt: skip
        for path in ("/dashboard/", "/dashboard/hubs", "/dashboard/trends", "/dashboard/areas"):
            html = client.get(path).text
            assert "<svg" in html, path
            for title in re.findall(r'fill="#1b6ca8"><title>[^<]*: ([^<]*)</title>', html):
                assert title.replace(",", "").isdigit(), (path, title)
                assert int(title.replace(",", "")) >= 5, (path, title)
                assert int(title.replace(",", "")) % 5 == 0, (path, title)
            for value in re.findall(r'class="val">([^<]*)<', html):
                assert value == "&lt;5" or int(value.replace(",", "")) % 5 == 0, (path, value)
            assert 'class="val"><' not in html  # "<5" written as text, never as markup
            hubs_chart = re.search(r'aria-label="Visits by hub".*?</svg>', html, re.S)
            if hubs_chart:
                small = re.search(r"SML SML Family Hub</text>(<rect[^>]*>)?", hubs_chart.group(0))
                assert small is not None
                label = re.search(r"SML SML Family Hub</text>(?:<rect[^>]*>)?<text[^>]*>([^<]*)<",
                                  hubs_chart.group(0))  # fmt: skip
                assert label is not None
                assert (small.group(1) is None) == (label.group(1) == "&lt;5")
