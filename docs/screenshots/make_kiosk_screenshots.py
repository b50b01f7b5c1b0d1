"""Take the kiosk screenshots in docs/screenshots/ (kiosk-<variant>-<screen>.png).

Run under Xvfb at 1280x800 (or with QT_QPA_PLATFORM=offscreen):

    xvfb-run -s "-screen 0 1280x800x24" python docs/screenshots/make_kiosk_screenshots.py

It builds a throwaway demo-ish store (a hub, today's groups, rooms, a registered family with a
pass, two parties already signed in, a staff member), then walks every screen the way a family
would, tapping the kiosk's own keys, in English, Polish, Romanian, Urdu, Arabic, large text and high
contrast, and grabs each one. `python ... en ar` takes only those variants.
"""

from __future__ import annotations

import secrets
import sys
import tempfile
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QEventLoop, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QWidget

from hubdesk.domain.catalogue import ActivityKind, DeviceKind, VisitReason
from hubdesk.domain.clock import FakeClock
from hubdesk.domain.people import AgeBand, Party, Role
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


def demo_store(tmp: Path) -> tuple[object, object, FakeClock, str, str]:
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
    SetupService(store, clock).set_site_rooms(
        manager, identity.site_id, ["Room 1", "Room 2", "Garden room", "Café"]
    )
    # family voice: the hub asks two questions after the faces, one standard, one its own
    from hubdesk.domain.catalogue import VoiceQuestionCode
    from hubdesk.services.family_voice import FamilyVoiceService, QuestionDraft

    FamilyVoiceService(store, clock).set_questions(
        manager,
        [
            QuestionDraft(VoiceQuestionCode.GOT_HELP, {}),
            QuestionDraft(
                VoiceQuestionCode.CUSTOM,
                {"en": "Was the room warm and comfortable?",
                 "pl": "Czy w sali było ciepło i wygodnie?",
                 "ro": "A fost sala caldă și confortabilă?",
                 "ur": "کیا کمرہ گرم اور آرام دہ تھا؟",
                 "ar": "هل كانت الغرفة دافئة ومريحة؟"},
            ),
        ],
    )  # fmt: skip
    return store, identity, clock, issued.qr_payload, issued.short_code.replace("-", "")


def shoot(window: QWidget, variant: str, screen: str) -> None:
    settle(window, 120)
    path = OUT / f"kiosk-{variant}-{screen}.png"
    window.grab().save(str(path))
    print(path.name)


def type_on(window: QWidget, pad: Any, text: str) -> None:
    """Tap `text` on an on-screen pad, switching the name keyboard's letters when a letter is
    not on show (as a finger would)."""
    for ch in text:
        key = pad.key_for(ch)
        for _ in range(3):
            if key is not None or not hasattr(pad, "script_key"):
                break
            click(window, pad.script_key)
            key = pad.key_for(ch)
        assert key is not None, ch
        click(window, key)


def pick(window: QWidget, picker: Any, day: date) -> None:
    click(window, picker.year_keys[day.year])
    click(window, picker.month_keys[day.month])
    click(window, picker.day_keys[day.day])


def walk(window: Any, variant: str, qr: str, code: str, names: tuple[str, str, str]) -> None:
    w = window
    mum, child, baby = names
    w.reset_to_welcome()
    settle(w)
    shoot(w, variant, "01-welcome")
    click(w, w.welcome.sign_in)
    shoot(w, variant, "02-pass-question")
    click(w, w.pass_question.scan.type_code)
    type_on(w, w.pass_code.pad, code)
    shoot(w, variant, "03-pass-code")
    click(w, w.pass_code.pad.action_key)
    shoot(w, variant, "04-household")
    click(w, w.household.add_child)
    type_on(w, w.name_page.keyboard, baby)
    shoot(w, variant, "05-new-child-name")
    click(w, w.name_page.keyboard.action_key)
    click(w, w.birth_date.picker.year_keys[2026])
    shoot(w, variant, "06-new-child-date")
    click(w, w.birth_date.picker.month_keys[5])
    click(w, w.birth_date.picker.day_keys[1])
    click(w, w.birth_date.next)
    click(w, w.household.add_guest)
    shoot(w, variant, "07-visiting-child")
    click(w, w.guest.band_tiles[AgeBand.B5_11])
    shoot(w, variant, "08-household-with-new")
    click(w, w.household.next)
    shoot(w, variant, "09-reason")
    click(w, w.reason.reason_tiles[VisitReason.JUST_VISITING])  # the Khans are in
    # a new household, registering
    click(w, w.done.finish)
    click(w, w.welcome.sign_in)
    click(w, w.pass_question.no_pass)
    click(w, w.party.role_steppers[Role.MOTHER].plus)
    shoot(w, variant, "10-who-is-here-adults")
    click(w, w.party.next)
    click(w, w.party.band_steppers[AgeBand.B2_4].plus)
    click(w, w.party.band_steppers[AgeBand.B5_11].plus)
    shoot(w, variant, "11-who-is-here-children")
    click(w, w.party.dob_open)
    click(w, w.party.dob_picker.year_keys[2017])
    shoot(w, variant, "12-date-of-birth")
    click(w, w.party.dob_cancel)
    click(w, w.party.next)
    click(w, w.reason.reason_tiles[VisitReason.JUST_VISITING])
    type_on(w, w.about.pad, "NE1 ZZZ")
    click(w, w.about.next)
    shoot(w, variant, "13-about-you-error")
    for _ in range(3):
        click(w, w.about.pad.delete_key)
    type_on(w, w.about.pad, "6AB")
    click(w, w.about.first_yes)
    shoot(w, variant, "14-about-you")
    click(w, w.about.next)
    shoot(w, variant, "15-privacy")
    click(w, w.privacy.register)
    type_on(w, w.name_page.keyboard, mum)
    shoot(w, variant, "16-name")
    click(w, w.name_page.keyboard.action_key)
    type_on(w, w.name_page.keyboard, child)
    click(w, w.name_page.keyboard.action_key)
    click(w, w.birth_date.picker.year_keys[2023])
    click(w, w.birth_date.picker.month_keys[4])
    shoot(w, variant, "17-date-of-birth-day")
    click(w, w.birth_date.picker.day_keys[3])
    click(w, w.birth_date.next)
    type_on(w, w.name_page.keyboard, baby)
    click(w, w.name_page.keyboard.action_key)
    pick(w, w.birth_date.picker, date(2024, 9, 19))  # 2 years old, counted as 5 to 11
    click(w, w.birth_date.next)
    shoot(w, variant, "18-date-of-birth-check")
    click(w, w.birth_date.back_button)
    click(w, w.name_page.keyboard.action_key)
    pick(w, w.birth_date.picker, date(2018, 9, 19))
    click(w, w.birth_date.next)
    shoot(w, variant, "19-check-answers")
    click(w, w.check.submit)
    shoot(w, variant, "20-pass")
    click(w, w.pass_card.done)
    # an anonymous party: its number to sign out with
    click(w, w.welcome.sign_in)
    click(w, w.pass_question.no_pass)
    click(w, w.party.role_steppers[Role.FATHER].plus)
    click(w, w.party.next)
    click(w, w.party.next)
    click(w, w.reason.reason_tiles[VisitReason.HERE_TO_HELP])
    click(w, w.about.next)
    click(w, w.privacy.anonymous)
    shoot(w, variant, "21-done")
    # "how was today?": one tap on a face, then (only if they want) the hub's questions
    from hubdesk.domain.catalogue import Face, VoiceAnswer

    click(w, w.done.faces.faces[Face.HAPPY])
    shoot(w, variant, "21b-done-face-tapped")
    click(w, w.done.faces.questions_button)
    shoot(w, variant, "21c-voice-question")
    click(w, w.voice.answers[VoiceAnswer.YES])
    shoot(w, variant, "21d-voice-question-2")
    click(w, w.voice.answers[VoiceAnswer.PARTLY])
    shoot(w, variant, "21e-voice-thanks")
    click(w, w.voice.skip)
    click(w, w.welcome.sign_out)
    shoot(w, variant, "22-sign-out")
    click(w, w.sign_out.parties[0][1])
    shoot(w, variant, "23-sign-out-confirm")
    click(w, w.leaving.stay)
    click(w, w.start_again)
    QTest.keyClicks(w.welcome.scan.field, qr)  # a USB scanner, on the way out
    QTest.keyClick(w.welcome.scan.field, Qt.Key.Key_Return)
    settle(w)
    shoot(w, variant, "24-signing-out")
    click(w, w.leaving.yes)
    shoot(w, variant, "24b-signed-out")
    click(w, w.done.finish)
    click(w, w.welcome.sign_out)
    QTest.keyClicks(w.sign_out.scan.field, qr)
    QTest.keyClick(w.sign_out.scan.field, Qt.Key.Key_Return)
    settle(w)
    shoot(w, variant, "25-not-signed-in")
    click(w, w.done.finish)
    click(w, w.private_word_button)
    click(w, w.ask.room_tiles[1][1])
    shoot(w, variant, "26-speak-to-someone")
    click(w, w.ask.ask)
    for _ in range(100):  # the kiosk checks every 0.4 s whether the request has left
        if w.private_word.state != "sending":
            break
        settle(w, 50)
    shoot(w, variant, "27-speak-to-someone-asked")
    click(w, w.private_word.carry_on)
    w.open_staff_page()
    settle(w)
    if w.staff.staff_buttons:
        click(w, w.staff.staff_buttons[0][1])
    shoot(w, variant, "28-staff-pin")
    click(w, w.staff.back_button)
    click(w, w.welcome.sign_in)  # a half-finished sign-in: the warning before the reset
    w._on_idle_warning()
    shoot(w, variant, "29-still-there")
    w.reset_to_welcome()


VARIANTS: dict[str, dict[str, Any]] = {
    "en": {},
    "pl": {"default_language": "pl"},
    "ro": {"default_language": "ro"},
    "ur": {"default_language": "ur"},
    "ar": {"default_language": "ar"},
    "large": {"default_large_text": True},
    "contrast": {"default_theme": "high-contrast"},
}
NAMES = {"en": ("Maria", "Ana", "Noor"), "pl": ("Kasia", "Ola", "Zosia"),
         "ro": ("Ioana", "Ana", "Maria"),
         "ur": ("فاطمہ", "عائشہ", "نور"), "ar": ("مريم", "آمنة", "نور")}  # fmt: skip


def main() -> int:
    import dataclasses

    app = get_application(sys.argv[:1])
    only = set(sys.argv[1:])
    for variant, changes in VARIANTS.items():
        if only and variant not in only:
            continue
        # a fresh store for each variant, so every set of pictures shows the same day
        with tempfile.TemporaryDirectory() as tmp:
            store, identity, clock, qr, code = demo_store(Path(tmp))
            settings = dataclasses.replace(
                KioskSettings(idle_ms=3_600_000, warn_ms=10_000, done_ms=3_600_000), **changes
            )
            window = build_kiosk(
                app,
                store,  # type: ignore[arg-type]
                identity,  # type: ignore[arg-type]
                clock=clock,
                lang=settings.default_language,
                settings=settings,
                print_to_pdf=Path(tmp) / "p.pdf",
                has_camera=False,
                request_sync=lambda s=store: _sent(s),
            )
            window.resize(*SIZE)
            window.show()
            settle(window, 300)
            lang = settings.default_language
            walk(window, variant, qr, code, NAMES.get(lang, NAMES["en"]))
            window.allow_close = True
            window.close()
            window.ctx.tasks.wait_for_done()
            settle(window)
            window.deleteLater()
            store.close()  # type: ignore[attr-defined]
    return 0


def _sent(store: Any) -> None:
    """Stands in for the sync engine's push being acknowledged (no service in the pictures)."""
    from sqlalchemy import update

    from hubdesk.storage.models import OutboxEvent

    with store.write() as session:
        session.execute(update(OutboxEvent).values(state="sent"))


if __name__ == "__main__":
    raise SystemExit(main())
