"""The fire roll call: one click makes a PDF, offline, that lists exactly who is in the building,
stamped with the time and each device's freshness. Checked with poppler (pdftotext, pdftoppm)."""

from __future__ import annotations

import shutil
import stat
import subprocess
from datetime import timedelta

import pytest
from PySide6.QtGui import QImage

from hubdesk.domain.catalogue import VisitReason
from hubdesk.domain.people import Party, Role
from hubdesk.domain.staff import StaffRole
from hubdesk.services.visits import SignIn, VisitService

from .conftest import PINS, click, register, sign_in
from .test_today import add_kiosk

pytestmark = pytest.mark.skipif(
    shutil.which("pdftotext") is None or shutil.which("pdftoppm") is None,
    reason="needs poppler-utils (apt-get install poppler-utils)",
)


def test_roll_call_pdf_lists_exactly_those_in_the_building(
    make_desk, staff, qtbot, store, clock, identity, tmp_path
):
    kiosk = add_kiosk(store, clock, identity)
    visits = VisitService(store, clock)
    inside = []
    for first, last, child in (
        ("Amira", "Khan", "Zara"),
        ("Joanna", "Nowak", "Kacper"),
        ("Tom", "Walker", "Ella"),
    ):
        fam = register(store, clock, identity, first, last, child=child)
        signed = visits.sign_in(
            kiosk,
            SignIn(VisitReason.JUST_VISITING, family_id=fam.family_id, member_ids=fam.member_ids),
        )
        inside.append((f"{first}, {child}", signed.visit_id))
        clock.advance(timedelta(minutes=3))
    gone = register(store, clock, identity, "Grace", "Okafor", child="Daniel")
    left = visits.sign_in(
        kiosk, SignIn(VisitReason.OTHER, family_id=gone.family_id, member_ids=gone.member_ids)
    )
    visits.sign_out(kiosk, left.visit_id)
    visits.sign_in(kiosk, SignIn(VisitReason.OTHER, party=Party((Role.CARER,), ())))  # anonymous
    kiosk_last = clock.now()
    clock.advance(timedelta(minutes=20))

    window = make_desk()
    sign_in(qtbot, window, staff[StaffRole.RECEPTION], PINS[StaffRole.RECEPTION])
    today = window.pages["today"]
    click(qtbot, window, today.roll_call_button)  # the one click
    qtbot.waitUntil(lambda: today.last_roll_call is not None, timeout=10_000)
    pdf = today.last_roll_call
    assert pdf.exists()
    assert stat.S_IMODE(pdf.stat().st_mode) == 0o600  # first names: user-only

    text = subprocess.run(
        ["pdftotext", "-layout", str(pdf), "-"], check=True, capture_output=True, text=True
    ).stdout
    for names, _ in inside:
        assert names in text
    assert "Grace" not in text
    assert "Daniel" not in text
    assert "Not registered (1 person)" in text
    lines = [
        line
        for line in text.splitlines()
        if "Riverside Family Hub" in line and "Entrance kiosk" in line
    ]
    assert len(lines) == 4  # exactly the parties inside: three families and the carer
    assert "7 people in 4 parties" in text
    assert "Taken at Tuesday 16 June 2026 10:" in text  # BST, from the service clock
    assert "Entrance kiosk" in text
    assert kiosk_last.astimezone().strftime("%Y") in text
    assert "16 Jun 2026 10:" in text  # the kiosk's data is 20 minutes old
    assert "this computer: live" in text
    assert "Not connected to a central service" in text

    png_base = tmp_path / "page"
    subprocess.run(
        ["pdftoppm", "-png", "-r", "60", "-f", "1", "-l", "1", str(pdf), str(png_base)], check=True
    )
    page = next(tmp_path.glob("page*.png"))
    image = QImage(str(page))
    assert image.width() > 600
    assert image.height() > 400
    shutil.copy(page, tmp_path / "roll-call-page-1.png")


def test_roll_call_with_nobody_in_says_so(make_desk, staff, qtbot, tmp_path):
    window = make_desk()
    sign_in(qtbot, window, staff[StaffRole.RECEPTION], PINS[StaffRole.RECEPTION])
    today = window.pages["today"]
    click(qtbot, window, today.roll_call_button)
    qtbot.waitUntil(lambda: today.last_roll_call is not None, timeout=10_000)
    text = subprocess.run(
        ["pdftotext", str(today.last_roll_call), "-"], check=True, capture_output=True, text=True
    ).stdout
    assert "Nobody is signed in." in text
    assert "0 people in 0 parties" in text
