"""Screenshots of every desk screen at 1366x768, into docs/screenshots/desk-*.png.

    QT_QPA_PLATFORM=offscreen python tests/ui/desk/screenshots.py     (or under xvfb-run)

Builds a small made-up hub on a fake clock (a Tuesday morning), drives the desk as staff would
and grabs the window after each step.
"""

from __future__ import annotations

import os
import secrets
import sys
import tempfile
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QCoreApplication, QEventLoop, Qt, QTimer  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from hubdesk.domain.catalogue import (  # noqa: E402
    ActivityKind,
    ContactChannel,
    DeviceKind,
    Need,
    Outcome,
    VisitReason,
)
from hubdesk.domain.clock import FakeClock  # noqa: E402
from hubdesk.domain.ids import uuid7  # noqa: E402
from hubdesk.domain.people import AgeBand, ChildInParty, Party, Role  # noqa: E402
from hubdesk.domain.staff import StaffRole  # noqa: E402
from hubdesk.security.pins import PinParams  # noqa: E402
from hubdesk.services.base import HUB_TZ, Actor  # noqa: E402
from hubdesk.services.contacts import ContactIn, ContactService  # noqa: E402
from hubdesk.services.families import AdultIn, ChildIn, FamilyIn, FamilyService  # noqa: E402
from hubdesk.services.passes import PassService  # noqa: E402
from hubdesk.services.setup import SetupService  # noqa: E402
from hubdesk.services.staff import StaffService  # noqa: E402
from hubdesk.services.timetable import ActivityIn, TimetableService  # noqa: E402
from hubdesk.services.visits import SignIn, VisitService  # noqa: E402
from hubdesk.storage.engine import open_store  # noqa: E402

OUT = ROOT / "docs" / "screenshots"
CHEAP = PinParams(memory_cost=8, iterations=1, lanes=1)


def wait(ms: int = 60) -> None:
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def settle(window) -> None:  # type: ignore[no-untyped-def]
    for _ in range(200):
        QCoreApplication.processEvents()
        if window.ctx.tasks.idle:
            break
        wait(20)
    wait(80)


def shot(window, name: str) -> None:  # type: ignore[no-untyped-def]
    settle(window)
    path = OUT / f"desk-{name}.png"
    window.grab().save(str(path))
    print("wrote", path.relative_to(ROOT))


def click(window, widget) -> None:  # type: ignore[no-untyped-def]
    QTest.mouseClick(widget, Qt.MouseButton.LeftButton)
    settle(window)


def seed(store, clock):  # type: ignore[no-untyped-def]
    ident = SetupService(store, clock).initialise(
        hub_name="Riverside Family Hub",
        hub_code="RIV",
        site_name="Riverside Family Hub",
        device_name="Front desk",
        device_kind=DeviceKind.DESK,
        site_postcode="NE1 4XF",
    )
    staff = StaffService(store, clock, pin_params=CHEAP)
    admin = staff.add(None, name="Sam Taylor", role=StaffRole.ADMIN, pin="2468")
    boss = Actor(ident.device_id, ident.hub_id, ident.site_id, admin, StaffRole.ADMIN)
    rita = staff.add(boss, name="Rita Patel", role=StaffRole.RECEPTION, pin="1357")
    owen = staff.add(boss, name="Owen Hughes", role=StaffRole.OUTREACH, pin="9753")
    staff.add(boss, name="Maya Jones", role=StaffRole.MANAGER, pin="8642")
    from hubdesk.storage.models import Device

    kiosk_id = uuid7()
    with store.write() as session:
        session.add(
            Device(
                id=kiosk_id,
                hub_id=ident.hub_id,
                site_id=ident.site_id,
                name="Entrance kiosk",
                kind="kiosk",
                created_at=clock.now(),
            )
        )
    kiosk = Actor(kiosk_id, ident.hub_id, ident.site_id)
    fam = FamilyService(store, clock)
    people = [
        (
            "Amira",
            "Khan",
            Role.MOTHER,
            [("Zara", date(2023, 1, 10)), ("Yusuf", date(2018, 3, 2))],
            "NE6 2AB",
        ),
        ("Tom", "Walker", Role.FATHER, [("Ella", date(2024, 9, 1))], "NE4 7QT"),
        ("Joanna", "Nowak", Role.MOTHER, [("Kacper", date(2021, 5, 20))], "NE5 3RS"),
        ("Grace", "Okafor", Role.GRANDPARENT, [("Daniel", date(2019, 11, 2))], "NE6 1LP"),
        ("Ioana", "Popescu", Role.MOTHER, [("Luca", date(2025, 2, 14))], None),
    ]
    fams = []
    for first, last, role, kids, pc in people:
        r = fam.register(
            boss,
            FamilyIn(
                adults=(AdultIn(first, last, role),),
                children=tuple(ChildIn(n, d, last_name=last) for n, d in kids),
                postcode=pc,
                phone="0191 496 0123",
                consent=True,
            ),
        )
        fams.append(r)
    PassService(store, clock).issue(boss, fams[0].family_id)
    tt = TimetableService(store, clock)
    today = clock.now().astimezone(HUB_TZ).date()
    monday = today - timedelta(days=today.weekday())
    sessions = [
        (0, 9, 30, 90, "Stay and Play", ActivityKind.STAY_AND_PLAY, 20),
        (1, 10, 0, 120, "Baby clinic", ActivityKind.BABY_CLINIC, 12),
        (1, 13, 30, 60, "Learning through play", ActivityKind.LEARNING_THROUGH_PLAY, 10),
        (2, 16, 0, 90, "Youth group", ActivityKind.YOUTH_GROUP, 25),
        (3, 8, 0, 60, "Breakfast club", ActivityKind.BREAKFAST_CLUB, 15),
        (4, 10, 0, 120, "Parenting course", ActivityKind.PARENTING_COURSE, 8),
    ]
    ids = {}
    for wd, h, m, mins, name, kind, cap in sessions:
        day = monday + timedelta(days=wd)
        start = datetime(day.year, day.month, day.day, h, m, tzinfo=HUB_TZ)
        ids[name] = tt.add(
            boss, ActivityIn(ident.site_id, name, kind, start, start + timedelta(minutes=mins), cap)
        )
    visits = VisitService(store, clock)
    visits.sign_in(
        kiosk,
        SignIn(
            VisitReason.ACTIVITY,
            family_id=fams[0].family_id,
            member_ids=fams[0].member_ids[:2],
            activity_id=ids["Baby clinic"],
        ),
    )
    clock.advance(timedelta(minutes=4))
    visits.sign_in(
        kiosk,
        SignIn(
            VisitReason.JUST_VISITING,
            party=Party(
                (Role.MOTHER,),
                (ChildInParty(AgeBand.B0_1, False), ChildInParty(AgeBand.B2_4, False)),
            ),
        ),
    )
    clock.advance(timedelta(minutes=7))
    visits.sign_in(
        boss,
        SignIn(
            VisitReason.HERE_TO_HELP, family_id=fams[1].family_id, member_ids=fams[1].member_ids
        ),
    )
    clock.advance(timedelta(minutes=3))
    visits.sign_in(
        kiosk,
        SignIn(
            VisitReason.ACTIVITY,
            family_id=fams[2].family_id,
            member_ids=fams[2].member_ids,
            activity_id=ids["Baby clinic"],
        ),
    )
    contacts = ContactService(store, clock)
    contacts.log(
        boss,
        ContactIn(
            ContactChannel.PHONE,
            (Need.HOUSING, Need.MONEY),
            (Outcome.SIGNPOSTED,),
            family_id=fams[3].family_id,
            signposted_to="Citizens Advice",
            minutes_spent=15,
            follow_up_due=today,
        ),
    )
    contacts.log(
        boss,
        ContactIn(
            ContactChannel.IN_PERSON,
            (Need.PARENTING,),
            (Outcome.BOOKED_GROUP,),
            family_id=fams[0].family_id,
            minutes_spent=10,
            follow_up_due=today + timedelta(days=3),
        ),
    )
    clock.advance(timedelta(minutes=5))
    return ident, {"rita": rita, "owen": owen, "admin": admin}


_KEPT: list[object] = []


def install_english(app: QApplication) -> None:
    """The English translation, with its plural forms ("1 person"), as the desk loads it."""
    from PySide6.QtCore import QTranslator

    from hubdesk.ui.i18n import ensure_translations_built

    english = QTranslator()
    english.load("hubdesk_en", str(ensure_translations_built()))
    app.installTranslator(english)
    _KEPT.append(english)  # alive as long as the pictures are taken


def open_desk(app: QApplication, store: Any, ident: Any, clock: Any, out_dir: Path) -> Any:
    """The desk as the pictures show it: 1366x768, locked, nothing refreshing on its own."""
    from hubdesk.ui.desk.context import DeskSettings
    from hubdesk.ui.desk.desk_window import build_desk

    settings = DeskSettings(
        refresh_ms=600_000,
        alert_poll_ms=600_000,
        idle_lock_ms=3_600_000,
        search_delay_ms=5,
        output_dir=out_dir,
        print_roll_call=False,
        kiosk_fullscreen=False,
        retention_every_ms=0,
    )
    window = build_desk(store, ident, clock, settings=settings, app=app)
    window.resize(1366, 768)
    window.show()
    settle(window)
    return window


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    install_english(app)
    tmp = Path(tempfile.mkdtemp())
    start = datetime(2026, 6, 16, 8, 40, tzinfo=UTC)  # a Tuesday, 09:40 in BST
    clock = FakeClock(start)
    store = open_store(tmp / "hubdesk.db", secrets.token_bytes(32))
    ident, staff = seed(store, clock)
    # someone is already late with a follow-up

    window = open_desk(app, store, ident, clock, tmp / "out")
    lock = window.lock_page
    shot(window, "01-locked")
    click(window, lock.button_for(staff["rita"]))
    for d in "13":
        click(window, lock.pad.keys[d])
    shot(window, "02-pin")
    for d in "57":
        click(window, lock.pad.keys[d])
    click(window, lock.pad.ok_key)
    settle(window)
    # a private word from the kiosk
    from hubdesk.services.alerts import AlertService

    kiosk_actor = None
    for d in window.ctx.services.roll_call.roll_call(window.session.actor).devices:
        if not d.this_device:
            kiosk_actor = Actor(d.device_id, ident.hub_id, ident.site_id)
    AlertService(store, clock).private_word(kiosk_actor)
    window.poll_alerts()
    settle(window)
    today = window.pages["today"]
    today.refresh()
    shot(window, "03-today")
    # signing a party out asks who and how many, then offers "Undo" for a few seconds
    today.table.selectRow(today.row_of("Tom"))
    click(window, today.sign_out_button)
    shot(window, "03b-today-sign-out-confirm")
    click(window, today.confirm.yes)
    shot(window, "03c-today-signed-out-undo")
    click(window, today.undo_button)
    today.table.clearSelection()
    click(window, today.sign_in_button)
    QTest.keyClicks(today.picker.field, "Okafor")
    settle(window)
    wait(100)
    settle(window)
    item = today.picker.item_for("Grace")
    today.picker.results.setCurrentItem(item)
    today.picker._on_results_clicked(item)
    settle(window)
    shot(window, "04-today-sign-in")
    click(window, today.anonymous_button)
    from hubdesk.domain.people import AgeBand as _Band

    today.role_counts[Role.MOTHER].set_value(1)
    today.band_counts[_Band.B0_1].set_value(1)
    shot(window, "04b-today-not-registered")
    click(window, today.anonymous_button)
    click(window, today.sign_in_button)
    click(window, today.sign_out_all_button)
    shot(window, "05-today-close-day")
    click(window, today.confirm.no)
    click(window, today.roll_call_button)
    settle(window)
    shot(window, "06-today-roll-call")
    window.open_page("help")
    help_page = window.pages["help"]
    settle(window)
    click(window, help_page.channel_buttons[ContactChannel.PHONE])
    QTest.keyClicks(help_page.picker.field, "Nowak")
    settle(window)
    wait(100)
    settle(window)
    shot(window, "07-help-search")
    item = help_page.picker.item_for("Joanna")
    help_page.picker._on_results_clicked(item)
    click(window, help_page.need_boxes[Need.CHILD_DEVELOPMENT])
    click(window, help_page.outcome_boxes[Outcome.ADVICE])
    click(window, help_page.follow_up)
    shot(window, "08-help-form")
    click(window, help_page.save_button)
    shot(window, "09-help-saved")
    window.open_page("timetable")
    tt = window.pages["timetable"]
    settle(window)
    row = tt.row_of("Baby clinic")
    tt.table.selectRow(row)
    settle(window)
    shot(window, "10-timetable")
    click(window, tt.add_button)
    from PySide6.QtCore import QTime

    tt.new_start.setTime(QTime(14, 0))
    tt.new_end.setTime(QTime(13, 0))
    click(window, tt.save_session)
    shot(window, "10e-timetable-errors")
    tt.new_start.setTime(QTime(10, 0))
    tt.new_end.setTime(QTime(11, 30))
    QTest.keyClicks(tt.new_name, "Dads' breakfast")
    shot(window, "10b-timetable-add")
    click(window, tt.add_button)
    tt.table.selectRow(tt.row_of("Baby clinic"))
    settle(window)
    click(window, tt.edit_button)
    from PySide6.QtCore import QTime

    tt.new_start.setTime(QTime(13, 30))
    tt.new_end.setTime(QTime(15, 0))
    tt.new_places.setValue(14)
    shot(window, "10c-timetable-change")
    click(window, tt.save_session)
    shot(window, "10d-timetable-changed")
    window.open_page("families")
    fp = window.pages["families"]
    settle(window)
    QTest.keyClicks(fp.picker.field, "Khan")
    settle(window)
    wait(100)
    settle(window)
    fp.picker._on_results_clicked(fp.picker.item_for("Amira"))
    settle(window)
    click(window, fp.reprint_button)
    settle(window)
    shot(window, "11-families")
    click(window, fp.edit_button)
    shot(window, "12-families-edit")
    fp.members_table.item(0, 0).setText("")
    fp.members_table.item(1, 3).setText("31/02/2023")
    fp.postcode.setText("XYZ")
    click(window, fp.save_edit)
    shot(window, "12b-families-edit-errors")
    click(window, fp.cancel_edit)
    window.open_page("sync")
    shot(window, "13-sync")
    click(window, window.lock_button)
    # the administrator's staff page
    click(window, lock.button_for(staff["admin"]))
    for d in "2468":
        click(window, lock.pad.keys[d])
    click(window, lock.pad.ok_key)
    settle(window)
    window.open_page("admin")
    shot(window, "13b-staff")
    admin_page = window.pages["admin"]
    QTest.keyClicks(admin_page.pin, "12a")
    click(window, admin_page.add_button)
    shot(window, "13d-staff-errors")
    admin_page.errors.clear()
    # hub settings (administrators only)
    window.open_page("settings")
    sp = window.pages["settings"]
    settle(window)
    click(window, sp.run_retention)
    click(window, sp.verify_button)
    bar = sp.scroller.verticalScrollBar()
    bar.setValue(bar.maximum())
    shot(window, "18-settings")
    # subject access and erasure on Families (administrators only)
    window.open_page("families")
    fp = window.pages["families"]
    settle(window)
    fp.picker.field.clear()
    QTest.keyClicks(fp.picker.field, "Walker")
    settle(window)
    wait(100)
    settle(window)
    fp.picker._on_results_clicked(fp.picker.item_for("Tom"))
    settle(window)
    click(window, fp.privacy.export_button)
    shot(window, "19-families-export")
    click(window, fp.privacy.do_export)  # a password-protected PDF; its password shown once
    shot(window, "19b-families-export-password")
    click(window, fp.privacy.password_done)
    click(window, fp.privacy.erase_button)
    shot(window, "20-families-erase")
    click(window, fp.privacy.erase_confirm.no)
    # an Arabic name keeps the English panel left to right (isolated, FSI ... PDI)
    FamilyService(store, clock).register(
        window.session.actor,
        FamilyIn(
            adults=(AdultIn("زهرة", "أحمد", Role.MOTHER),),
            children=(ChildIn("Omar", date(2022, 4, 3), last_name="Ahmed"),),
            postcode="NE6 5QD",
            consent=True,
        ),
    )
    fp.picker.field.clear()
    QTest.keyClicks(fp.picker.field, "Omar")
    settle(window)
    wait(100)
    settle(window)
    fp.picker._on_results_clicked(fp.picker.item_for("زهرة"))
    settle(window)
    shot(window, "21-families-rtl-name")
    click(window, window.lock_button)
    # the outreach worker
    click(window, lock.button_for(staff["owen"]))
    for d in "9753":
        click(window, lock.pad.keys[d])
    click(window, lock.pad.ok_key)
    settle(window)
    window.open_page("outreach")
    settle(window)
    op = window.pages["outreach"]
    QTest.keyClicks(op.new_name, "Westgate Fire Station")
    QTest.keyClicks(op.new_postcode, "NE4 6SX")
    shot(window, "14-outreach")
    click(window, op.add_site)
    click(window, op.start_button)
    shot(window, "15-outreach-session")
    # wrong PINs
    click(window, window.lock_button)
    click(window, lock.button_for(staff["rita"]))
    for _ in range(2):
        for d in "0000":
            click(window, lock.pad.keys[d])
        click(window, lock.pad.ok_key)
    shot(window, "16-wrong-pin")
    window.sync.stop()
    window.close()
    # a desk with a sync engine (not enrolled yet, so offline) and two records the service refused
    from sqlalchemy import select

    from hubdesk.storage.models import OutboxEvent
    from hubdesk.sync.engine import EngineSettings, SyncEngine

    with store.write() as session:
        rows = session.scalars(select(OutboxEvent).order_by(OutboxEvent.seq.desc())).all()[:2]
        for row, why in zip(
            rows, ("refused: unknown site", "refused: body too large"), strict=True
        ):
            row.state = "quarantined"
            row.last_error = why
    engine = SyncEngine(
        store, clock=clock, settings=EngineSettings(interval_s=60, backoff_base_s=60)
    )
    from hubdesk.ui.desk.desk_window import build_desk

    desk2 = build_desk(
        store, ident, clock, sync_engine=engine, settings=window.ctx.settings, app=app
    )
    desk2.resize(1366, 768)
    desk2.show()
    settle(desk2)
    lock2 = desk2.lock_page
    click(desk2, lock2.button_for(staff["rita"]))
    for d in "1357":
        click(desk2, lock2.pad.keys[d])
    click(desk2, lock2.pad.ok_key)
    settle(desk2)
    wait(300)
    desk2.open_page("sync")
    settle(desk2)
    page = desk2.pages["sync"]
    page.table.selectRow(0)
    shot(desk2, "13c-sync-quarantined")
    desk2.sync.stop()
    desk2.close()
    store.close()


if __name__ == "__main__":
    main()
