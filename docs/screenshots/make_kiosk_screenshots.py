"""Take the kiosk screenshots in docs/screenshots/ (kiosk-<variant>-<screen>.png).

Run under Xvfb at 1280x800 (or with QT_QPA_PLATFORM=offscreen):

    xvfb-run -s "-screen 0 1280x800x24" python docs/screenshots/make_kiosk_screenshots.py

It builds a throwaway demo-ish store (a hub, today's groups, a registered family with a pass,
two parties already signed in, a staff member), then walks every screen the way a family would,
in English, Urdu, large text and high contrast, and grabs each one.
"""

from __future__ import annotations

import secrets
import sys
import tempfile
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEventLoop, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QWidget

from hubdesk.domain.catalogue import ActivityKind, DeviceKind, VisitReason
from hubdesk.domain.clock import FakeClock
from hubdesk.domain.people import Party, Role
from hubdesk.domain.staff import StaffRole
from hubdesk.security.pins import PinParams
from hubdesk.services.families import AdultIn, ChildIn, FamilyIn, FamilyService
from hubdesk.services.passes import PassService
from hubdesk.services.setup import SetupService
from hubdesk.services.staff import StaffService
from hubdesk.services.timetable import ActivityIn, TimetableService
from hubdesk.services.visits import SignIn, VisitService
from hubdesk.storage.engine import open_store
from hubdesk.ui.app import build_kiosk, get_application
from hubdesk.ui.kiosk.context import KioskSettings

OUT = Path(__file__).resolve().parent
SIZE = (1280, 800)


def settle(window: QWidget, ms: int = 60) -> None:
    """Let queued work and painting finish."""
    tasks = window.ctx.tasks  # type: ignore[attr-defined]
    for _ in range(200):
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)
        if tasks.idle:
            break
        QTest.qWait(10)
    QTest.qWait(ms)


def click(window: QWidget, widget: QWidget) -> None:
    QTest.mouseClick(widget, Qt.MouseButton.LeftButton)
    settle(window)


def demo_store(tmp: Path) -> tuple[object, object, FakeClock, str]:
    clock = FakeClock(datetime(2026, 6, 16, 9, 40, tzinfo=UTC))
    store = open_store(tmp / "kiosk.db", secrets.token_bytes(32))
    identity = SetupService(store, clock).initialise(
        hub_name="Riverside Family Hub",
        hub_code="RIV",
        site_name="Riverside Family Hub",
        device_name="Entrance kiosk",
        device_kind=DeviceKind.KIOSK,
        site_postcode="NE1 4XF",
    )
    admin = StaffService(store, clock, pin_params=PinParams(memory_cost=8, iterations=1, lanes=1))
    manager_id = admin.add(None, name="Sam Taylor", role=StaffRole.ADMIN, pin="2468")
    from hubdesk.services.base import Actor

    manager = Actor(
        identity.device_id, identity.hub_id, identity.site_id, manager_id, StaffRole.ADMIN
    )
    timetable = TimetableService(store, clock)
    day = datetime(2026, 6, 16, tzinfo=UTC)
    for name, kind, start, hours in (
        ("Stay and Play", ActivityKind.STAY_AND_PLAY, 9, 1.5),
        ("Baby clinic", ActivityKind.BABY_CLINIC, 10, 2),
        ("Learning Together Through Play", ActivityKind.LEARNING_THROUGH_PLAY, 13, 1.5),
    ):
        starts = day + timedelta(hours=start - 1)  # BST: local 10:00 is 09:00 UTC
        timetable.add(
            manager,
            ActivityIn(identity.site_id, name, kind, starts, starts + timedelta(hours=hours), 20),
        )
    kiosk = identity.actor()
    families = FamilyService(store, clock)
    reg = families.register(
        kiosk,
        FamilyIn(
            adults=(AdultIn("Amira", "Khan", Role.MOTHER), AdultIn("Omar", "Khan", Role.FATHER)),
            children=(
                ChildIn("Zara", date(2023, 1, 10), last_name="Khan"),
                ChildIn("Yusuf", date(2018, 3, 2), last_name="Khan"),
            ),
            postcode="NE6 2AB",
            consent=True,
        ),
    )
    issued = PassService(store, clock).issue(kiosk, reg.family_id)
    other = families.register(
        kiosk,
        FamilyIn(
            adults=(AdultIn("Kasia", "Nowak", Role.MOTHER),),
            children=(ChildIn("Ola", date(2024, 2, 1), last_name="Nowak"),),
            consent=True,
        ),
    )
    visits = VisitService(store, clock)
    visits.sign_in(
        kiosk,
        SignIn(VisitReason.JUST_VISITING, family_id=other.family_id, member_ids=other.member_ids),
    )
    visits.sign_in(
        kiosk,
        SignIn(VisitReason.HERE_TO_HELP, party=Party((Role.GRANDPARENT,), ())),
    )
    return store, identity, clock, issued.qr_payload


def shoot(window: QWidget, variant: str, screen: str) -> None:
    settle(window, 120)
    path = OUT / f"kiosk-{variant}-{screen}.png"
    window.grab().save(str(path))
    print(path.name)


def walk(window: QWidget, variant: str, qr: str, prepare: Callable[[], None]) -> None:
    w = window
    w.reset_to_welcome()  # type: ignore[attr-defined]
    prepare()
    settle(w)
    shoot(w, variant, "01-welcome")
    click(w, w.welcome.sign_in)  # type: ignore[attr-defined]
    shoot(w, variant, "02-pass-question")
    click(w, w.pass_question.scan.camera)  # type: ignore[attr-defined]
    shoot(w, variant, "03-camera")
    click(w, w.camera.back_button)  # type: ignore[attr-defined]
    QTest.keyClicks(w.pass_question.scan.field, qr)  # type: ignore[attr-defined]
    QTest.keyClick(w.pass_question.scan.field, Qt.Key.Key_Return)  # type: ignore[attr-defined]
    settle(w)
    shoot(w, variant, "04-household")
    click(w, w.household.next)  # type: ignore[attr-defined]
    shoot(w, variant, "05-reason")
    # back to the start for the new-visitor path
    click(w, w.start_again)  # type: ignore[attr-defined]
    prepare()
    click(w, w.welcome.sign_in)  # type: ignore[attr-defined]
    click(w, w.pass_question.no_pass)  # type: ignore[attr-defined]
    party = w.party  # type: ignore[attr-defined]
    click(w, party.role_steppers[Role.MOTHER].plus)
    for band in list(party.band_steppers)[1:3]:
        click(w, party.band_steppers[band].plus)
    shoot(w, variant, "06-who-is-here")
    click(w, party.next)
    click(w, w.reason.reason_tiles[VisitReason.JUST_VISITING])  # type: ignore[attr-defined]
    QTest.keyClicks(w.about.postcode, "NE1 ZZZ")  # type: ignore[attr-defined]
    click(w, w.about.next)  # type: ignore[attr-defined]
    shoot(w, variant, "07-about-you-error")
    w.about.postcode.clear()  # type: ignore[attr-defined]
    QTest.keyClicks(w.about.postcode, "NE6 1AA")  # type: ignore[attr-defined]
    click(w, w.about.first_yes)  # type: ignore[attr-defined]
    shoot(w, variant, "08-about-you")
    click(w, w.about.next)  # type: ignore[attr-defined]
    shoot(w, variant, "09-privacy")
    click(w, w.privacy.register)  # type: ignore[attr-defined]
    reg = w.register  # type: ignore[attr-defined]
    QTest.keyClicks(reg.adult_fields[0][2], "Maria")
    for i, (name, dob) in enumerate((("Ana", "03/04/2023"), ("Luca", "19/09/2017"))):
        QTest.keyClicks(reg.child_fields[i][3], name)
        QTest.keyClicks(reg.child_fields[i][4], dob)
    shoot(w, variant, "10-register")
    click(w, reg.submit)
    shoot(w, variant, "11-pass")
    click(w, w.pass_card.done)  # type: ignore[attr-defined]
    prepare()
    w.done.show_result("in", 3)  # type: ignore[attr-defined]
    w.go(w.done, remember=False)  # type: ignore[attr-defined]
    shoot(w, variant, "12-done")
    click(w, w.done.finish)  # type: ignore[attr-defined]
    prepare()
    click(w, w.welcome.sign_out)  # type: ignore[attr-defined]
    shoot(w, variant, "13-sign-out")
    click(w, w.private_word_button)  # type: ignore[attr-defined]
    shoot(w, variant, "14-private-word")
    click(w, w.private_word.carry_on)  # type: ignore[attr-defined]
    w.open_staff_page()  # type: ignore[attr-defined]
    settle(w)
    shoot(w, variant, "15-staff-pin")
    click(w, w.staff.back_button)  # type: ignore[attr-defined]
    w._on_idle_warning()  # type: ignore[attr-defined]
    shoot(w, variant, "16-still-there")
    w.reset_to_welcome()  # type: ignore[attr-defined]


def main() -> int:
    app = get_application(sys.argv[:1])
    only = set(sys.argv[1:])
    variants: list[tuple[str, Callable[[QWidget], None]]] = [
        ("en", lambda w: None),
        ("ur", lambda w: w.ctx.languages.set_language("ur")),  # type: ignore[attr-defined]
        ("large", lambda w: w.ctx.themes.apply(large_text=True)),  # type: ignore[attr-defined]
        ("contrast", lambda w: w.ctx.themes.apply(theme="high-contrast")),  # type: ignore[attr-defined]
    ]
    for variant, prepare in variants:
        if only and variant not in only:
            continue
        # a fresh store for each variant, so every set of pictures shows the same day
        with tempfile.TemporaryDirectory() as tmp:
            store, identity, clock, qr = demo_store(Path(tmp))
            settings = KioskSettings(idle_ms=3_600_000, warn_ms=10_000, done_ms=3_600_000)
            window = build_kiosk(
                app,
                store,  # type: ignore[arg-type]
                identity,  # type: ignore[arg-type]
                clock=clock,
                settings=settings,
                print_to_pdf=Path(tmp) / "p.pdf",
            )
            window.resize(*SIZE)
            window.show()
            settle(window, 300)
            walk(window, variant, qr, lambda w=window, p=prepare: p(w))
            window.allow_close = True
            window.close()
            window.ctx.tasks.wait_for_done()
            settle(window)
            window.deleteLater()
            store.close()  # type: ignore[attr-defined]
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
