"""The dashboard in a real browser: the service on loopback, headless Chromium (Debian's package)
driven by selenium, signing in, reading figures off the page, and saving screenshots to
docs/screenshots/dashboard-*.png."""

from __future__ import annotations

import os
import random
import shutil
import tempfile
import uuid
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import insert

from hubdesk.central import admin
from hubdesk.central.dashboard.tables import (
    CentralHubArea,
    CentralVoiceQuestion,
    CentralVoiceResponse,
)
from hubdesk.central.models import CentralVisit
from tests.sync.support import LiveServer
from tests.unit.measures import dataset as ds

CHROMIUM = shutil.which("chromium")
CHROMEDRIVER = shutil.which("chromedriver")
# Screenshots go into docs/ only when asked (HUBDESK_SCREENSHOTS=1): a test run must not
# change the files in the repository.
SHOTS = (
    Path(__file__).resolve().parents[2] / "docs" / "screenshots"
    if os.environ.get("HUBDESK_SCREENSHOTS") == "1"
    else Path(tempfile.mkdtemp(prefix="hubdesk-shots-"))
)
PASSWORD = "a long enough password"
HUBS = [
    ("RIV", "Riverside Family Hub", ("NE1", "NE2"), 1.0),
    ("BYK", "Byker Family Hub", ("NE6",), 0.8),
    ("WAL", "Walker Family Hub", ("NE6", "NE28"), 0.55),
    ("SUN", "Sunderland Central", ("SR1", "SR2"), 0.7),
    ("FIR", "Fire station outreach", ("DH1",), 0.002),  # so small that it shows "<5"
]
DISTRICTS = ["NE1", "NE2", "NE6", "NE28", "SR1", "SR2", "DH1", "NE4", None]

pytestmark = pytest.mark.skipif(
    not (CHROMIUM and CHROMEDRIVER), reason="chromium and chromium-driver are not installed"
)


def year_of_visits(hub_id: uuid.UUID, weight: float, rng: random.Random, end: date) -> list[dict]:
    rows = []
    start = datetime.combine(end - timedelta(days=364), datetime.min.time(), UTC)
    families = [uuid.uuid4() for _ in range(max(1, int(120 * weight)))]
    # half the families had been before the year began
    seen: set[uuid.UUID] = set(families[::2])
    n = int(1400 * weight)
    for _ in range(n):
        day = rng.randrange(365)
        at = start + timedelta(days=day, hours=rng.choice([9, 9, 10, 10, 10, 11, 13, 14, 15]),
                               minutes=rng.randrange(60))  # fmt: skip
        family = rng.choice(families) if rng.random() < 0.6 else None
        kids = [0] * 6
        for _ in range(rng.randrange(1, 4)):
            kids[rng.choices(range(6), weights=[5, 6, 4, 2, 1, 0.3])[0]] += 1
        roles = dict.fromkeys(ds.ROLES, 0)
        roles[rng.choices(ds.ROLES, weights=[10, 3, 1, 2, 1])[0]] = 1
        rows.append(
            {
                "id": uuid.uuid4(),
                "hub_id": hub_id,
                "site_id": hub_id,
                "device_id": hub_id,
                "family_id": family,
                "activity_id": None,
                "reason": rng.choice(
                    ["activity", "activity", "here_to_help", "just_visiting", "health_visitor"]
                ),
                "signed_in_at": at,
                "signed_out_at": None,
                "postcode_district": rng.choice(DISTRICTS),
                "is_new": (family not in seen) if family else rng.choice([True, False]),
                "first_time_any_hub": None,
                **roles,
                "male_carers": 1 if roles["adults_carer"] and rng.random() < 0.4 else 0,
                **dict(zip(ds.BANDS, kids, strict=True)),
                "send_children": 0,
                "people": 1 + sum(kids),
                "updated_at": at,
                "event_id": uuid.uuid4(),
            }
        )
        if family:
            seen.add(family)
    return rows


@pytest.fixture
def served(central_db):
    rng = random.Random(11)
    end = date(2026, 11, 20)
    expected: dict[str, int] = {}
    for code, name, districts, weight in HUBS:
        hub = admin.create_hub(central_db, name, code)
        rows = year_of_visits(hub.id, weight, rng, end)
        expected[code] = len(rows)
        with central_db.write() as session:
            session.execute(insert(CentralVisit), rows)
            session.execute(
                insert(CentralHubArea),
                [{"hub_id": hub.id, "reach_districts": " ".join(districts),
                  "updated_at": datetime(2026, 1, 1, tzinfo=UTC)}],
            )  # fmt: skip
        # family voice: about a third of the visits tapped a face, some answered the question
        answers = [
            {"id": uuid.uuid4(), "hub_id": hub.id, "site_id": hub.id,
             "day": r["signed_in_at"].date(), "activity_id": None, "reason": r["reason"],
             "source": "kiosk", "rating": rng.choices([1, 2, 3, 4], weights=[1, 2, 6, 8])[0],
             "question_version": 1, "answer_1": rng.choice(["yes", "yes", "partly", "no", None]),
             "answer_2": None, "updated_at": r["updated_at"]}
            for i, r in enumerate(rows) if i == 0 or rng.random() < 0.35  # every hub one at least
        ]  # fmt: skip
        with central_db.write() as session:
            if answers:
                session.execute(insert(CentralVoiceResponse), answers)
            session.execute(
                insert(CentralVoiceQuestion),
                [{"id": uuid.uuid4(), "hub_id": hub.id, "version": 1, "position": 1,
                  "code": "got_help", "text_en": "",
                  "updated_at": datetime(2026, 1, 1, tzinfo=UTC)}],
            )  # fmt: skip
    admin.create_user(central_db, "performance", PASSWORD, role="viewer")
    server = LiveServer(central_db)
    yield server, expected, end
    server.stop()


@pytest.fixture
def browser(tmp_path):
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for flag in (
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-dev-shm-usage",
        "--window-size=1400,1900",
        f"--user-data-dir={tmp_path / 'chromium-profile'}",
    ):
        options.add_argument(flag)
    driver = webdriver.Chrome(service=Service(executable_path=CHROMEDRIVER), options=options)
    driver.set_page_load_timeout(30)
    yield driver
    driver.quit()


def test_sign_in_read_the_figures_and_take_screenshots(served, browser):
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support import expected_conditions as ec
    from selenium.webdriver.support.ui import WebDriverWait

    wait = WebDriverWait(browser, 20)
    server, expected, end = served
    start = end - timedelta(days=364)
    query = f"from={start}&to={end}"
    browser.get(f"{server.url}/dashboard/")
    assert browser.current_url.endswith("/dashboard/login")
    browser.find_element(By.ID, "username").send_keys("performance")
    browser.find_element(By.ID, "password").send_keys("wrong password!!")
    browser.find_element(By.ID, "sign-in").click()
    error = wait.until(ec.presence_of_element_located((By.ID, "login-error")))
    assert "wrong" in error.text
    browser.find_element(By.ID, "username").clear()
    browser.find_element(By.ID, "username").send_keys("performance")
    browser.find_element(By.ID, "password").send_keys(PASSWORD)
    browser.find_element(By.ID, "sign-in").click()
    wait.until(ec.url_matches(r"/dashboard/$"))
    assert browser.find_element(By.TAG_NAME, "h1").text.startswith("Overview")
    # the cookie is invisible to scripts (HttpOnly)
    assert browser.execute_script("return document.cookie") == ""

    browser.get(f"{server.url}/dashboard/?{query}")
    total = sum(expected.values())
    shown = int(browser.find_element(By.ID, "visits").text.replace(",", ""))
    # every figure rounded to a multiple of 5 per hub and month (disclosure control)
    assert shown % 5 == 0
    assert abs(shown - total) <= 4 * len(HUBS) * 13
    SHOTS.mkdir(parents=True, exist_ok=True)
    browser.save_screenshot(str(SHOTS / "dashboard-overview.png"))

    browser.get(f"{server.url}/dashboard/hubs?{query}")
    for code, count in expected.items():
        cell = browser.find_element(By.CSS_SELECTOR, f'tr[data-hub="{code}"] td.visits')
        figure = 0 if cell.text == "<5" else int(cell.text.replace(",", ""))
        assert figure % 5 == 0
        assert abs(figure - count) <= 4 * 13
    assert expected["FIR"] < 5
    fir = browser.find_element(By.CSS_SELECTOR, 'tr[data-hub="FIR"] td.visits').text
    assert fir != str(expected["FIR"])  # never the count itself: "<5" or a multiple of 5
    browser.save_screenshot(str(SHOTS / "dashboard-hubs.png"))

    browser.get(f"{server.url}/dashboard/trends?{query}&by=month")
    rows = browser.find_elements(By.CSS_SELECTOR, "#trend-table tbody tr")
    assert len(rows) == len(HUBS) + 1
    browser.save_screenshot(str(SHOTS / "dashboard-trends.png"))

    browser.get(f"{server.url}/dashboard/areas?{query}&by=district")
    labels = [e.text for e in browser.find_elements(By.CSS_SELECTOR, "#areas-table tbody th")]
    assert "NE1" in labels
    assert "(not known)" in labels
    browser.save_screenshot(str(SHOTS / "dashboard-areas.png"))

    browser.get(f"{server.url}/dashboard/voice?{query}")
    assert browser.find_element(By.TAG_NAME, "h1").text.startswith("Family voice")
    hubs = browser.find_elements(By.CSS_SELECTOR, "#voice-hubs tbody tr")
    assert len(hubs) == len(HUBS)
    for cell in browser.find_elements(By.CSS_SELECTOR, "#voice-hubs td.num"):
        text = cell.text.replace(",", "")
        assert text in ("<5", "-") or text.endswith("%") or int(text) % 5 == 0
    assert "Did you get the help you came for?" in browser.page_source
    browser.save_screenshot(str(SHOTS / "dashboard-voice.png"))

    # sign out through the form (CSRF token and all); the pages are closed again
    browser.find_element(By.CSS_SELECTOR, "form.logout button").click()
    wait.until(ec.url_matches(r"/dashboard/login$"))
    browser.get(f"{server.url}/dashboard/hubs")
    assert browser.current_url.endswith("/dashboard/login")
