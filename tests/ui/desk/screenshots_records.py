"""Screenshots of the family-record screens at 1366x768, into docs/screenshots/desk-records-*.png:
the side-by-side merge, the list of likely duplicates, an expected baby, consent at the desk.

    QT_QPA_PLATFORM=offscreen python tests/ui/desk/screenshots_records.py

The same made-up hub as screenshots.py, plus a second record of the Khans, a family expecting a
baby and one that has not yet agreed to the privacy notice.
"""

from __future__ import annotations

import secrets
import sys
import tempfile
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from PySide6.QtCore import QDate
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from screenshots import OUT, click, seed, settle, shot, wait

from hubdesk.domain.catalogue import VisitReason
from hubdesk.domain.clock import FakeClock
from hubdesk.domain.people import Role
from hubdesk.domain.staff import StaffRole
from hubdesk.services.base import Actor
from hubdesk.services.families import AdultIn, ChildIn, FamilyIn, FamilyService
from hubdesk.services.visits import SignIn, VisitService
from hubdesk.storage.engine import open_store


def find_family(window, fp, text: str, pick: str) -> None:  # type: ignore[no-untyped-def]
    fp.picker.field.clear()
    QTest.keyClicks(fp.picker.field, text)
    settle(window)
    wait(100)
    settle(window)
    fp.picker._on_results_clicked(fp.picker.item_for(pick))
    settle(window)


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    from tests.ui.desk.screenshots import install_english, open_desk

    install_english(app)
    tmp = Path(tempfile.mkdtemp())
    clock = FakeClock(datetime(2026, 6, 16, 8, 40, tzinfo=UTC))
    store = open_store(tmp / "hubdesk.db", secrets.token_bytes(32))
    ident, staff = seed(store, clock)
    boss = Actor(ident.device_id, ident.hub_id, ident.site_id, staff["admin"], StaffRole.ADMIN)
    families = FamilyService(store, clock)
    # Amira registered again at the kiosk, with Zara, a new phone and an email
    dup = families.register(
        boss,
        FamilyIn(
            adults=(AdultIn("Amira", "Khan", Role.MOTHER),),
            children=(ChildIn("Zara", date(2023, 1, 10)),),
            postcode="NE6 2AB",
            phone="07700 900123",
            email="amira.khan@example.org",
            consent=True,
        ),
    )
    kiosk = Actor(ident.device_id, ident.hub_id, ident.site_id)
    visits = VisitService(store, clock)
    v = visits.sign_in(
        kiosk,
        SignIn(VisitReason.JUST_VISITING, family_id=dup.family_id, member_ids=dup.member_ids),
    )
    visits.sign_out(kiosk, v.visit_id)
    # the Nowaks expect a baby; the Browns have not agreed to the notice yet
    nowak = next(f for f in families.search(boss, "Nowak"))
    families.set_due_date(boss, nowak.family_id, date(2026, 9, 4))
    families.register(
        boss,
        FamilyIn(
            adults=(AdultIn("Leah", "Brown", Role.MOTHER),),
            children=(ChildIn("Finn", date(2024, 4, 2), last_name="Brown"),),
            postcode="NE6 5XY",
        ),
    )
    clock.advance(timedelta(minutes=5))

    window = open_desk(app, store, ident, clock, tmp / "out")
    lock = window.lock_page
    manager = next(m.id for m, _b in lock.staff_buttons if m.name == "Maya Jones")
    click(window, lock.button_for(manager))
    for d in "8642":
        click(window, lock.pad.keys[d])
    click(window, lock.pad.ok_key)
    settle(window)
    window.open_page("families")
    fp = window.pages["families"]
    settle(window)

    click(window, fp.duplicates_button)
    fp.duplicates_view.table.selectRow(0)
    shot(window, "records-duplicates")
    click(window, fp.duplicates_view.open_button)
    click(window, fp.merge_view.field_choices["phone"][1])
    shot(window, "records-merge")
    click(window, fp.merge_view.merge_button)
    shot(window, "records-merged")

    find_family(window, fp, "Nowak", "Joanna")
    click(window, fp.baby_button)
    fp.baby_panel.first.setFocus()
    QTest.keyClicks(fp.baby_panel.first, "Maja")
    fp.baby_panel.born.setDate(QDate(2026, 6, 14))
    shot(window, "records-baby")
    click(window, fp.baby_panel.back)

    find_family(window, fp, "Brown", "Leah")
    click(window, fp.consent_button)
    shot(window, "records-consent")
    click(window, fp.consent_panel.agree)
    shot(window, "records-consented")
    window.close()
    app.quit()


if __name__ == "__main__":
    main()
