"""Screenshots of the outreach laptop's "safe to close the lid" status at 1366x768:
docs/screenshots/desk-14b-outreach-send-status.png (the Outreach page of a laptop not enrolled
with a central service, as in the field), desk-14d-outreach-how-to-enrol.png (its enrolment
steps) and desk-14c-sync-send-status.png (the Sync page); and the subject access export on the
Families page (desk-19-families-export.png, desk-19b-families-export-password.png).

    QT_QPA_PLATFORM=offscreen python tests/ui/desk/screenshots_send_status.py

Uses the made-up hub of tests/ui/desk/screenshots.py.
"""

from __future__ import annotations

import secrets
import sys
import tempfile
from datetime import UTC, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from PySide6.QtTest import QTest
from screenshots import click, seed, settle, shot, wait

from hubdesk.domain.clock import FakeClock
from hubdesk.storage.engine import open_store


def main() -> None:
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(sys.argv[:1])

    from tests.ui.desk.screenshots import install_english, open_desk

    install_english(app)
    tmp = Path(tempfile.mkdtemp())
    clock = FakeClock(datetime(2026, 6, 16, 8, 40, tzinfo=UTC))
    store = open_store(tmp / "hubdesk.db", secrets.token_bytes(32))
    ident, staff = seed(store, clock)
    window = open_desk(app, store, ident, clock, tmp / "out")
    lock = window.lock_page
    click(window, lock.button_for(staff["owen"]))
    for d in "9753":
        click(window, lock.pad.keys[d])
    click(window, lock.pad.ok_key)
    settle(window)
    window.open_page("outreach")
    settle(window)
    shot(window, "14b-outreach-send-status")
    click(window, window.pages["outreach"].send_status.how_to_enrol)
    shot(window, "14d-outreach-how-to-enrol")
    window.open_page("sync")
    settle(window)
    shot(window, "14c-sync-send-status")
    # the subject access export, as tests/ui/desk/screenshots.py takes it
    click(window, window.lock_button)
    click(window, lock.button_for(staff["admin"]))
    for d in "2468":
        click(window, lock.pad.keys[d])
    click(window, lock.pad.ok_key)
    settle(window)
    window.open_page("families")
    fp = window.pages["families"]
    settle(window)
    QTest.keyClicks(fp.picker.field, "Walker")
    settle(window)
    wait(100)
    settle(window)
    fp.picker._on_results_clicked(fp.picker.item_for("Tom"))
    settle(window)
    click(window, fp.privacy.export_button)
    shot(window, "19-families-export")
    click(window, fp.privacy.do_export)
    shot(window, "19b-families-export-password")
    window.close()
    store.close()


if __name__ == "__main__":
    main()
