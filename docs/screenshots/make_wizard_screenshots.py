"""Take the first-run wizard's screenshots in docs/screenshots/ (wizard-<nn>-<page>.png).

    xvfb-run -s "-screen 0 1280x800x24" python docs/screenshots/make_wizard_screenshots.py

Walks the wizard with the default theme on a throwaway folder (cheap key derivation, no keyring),
filling each page as an IT technician would, and grabs each page once filled in.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEventLoop
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QWizard

from hubdesk.domain.catalogue import DeviceKind
from hubdesk.security.keys import KdfParams
from hubdesk.security.pins import PinParams
from hubdesk.ui.app import get_application
from hubdesk.ui.setup.first_run_wizard import PAGE_NAMES, FirstRunWizard
from hubdesk.ui.tasks import TaskRunner
from hubdesk.ui.theme import ThemeManager

OUT = Path(__file__).resolve().parent


def settle(wizard: FirstRunWizard, ms: int = 80) -> None:
    for _ in range(400):
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)
        if wizard.tasks.idle:
            break
        QTest.qWait(10)
    QTest.qWait(ms)


def shoot(wizard: FirstRunWizard) -> None:
    settle(wizard, 150)
    page = wizard.currentId()
    path = OUT / f"wizard-{page + 1:02d}-{PAGE_NAMES[page]}.png"
    wizard.grab().save(str(path))
    print(path.name)


def next_page(wizard: FirstRunWizard, button: QWizard.WizardButton) -> None:
    wizard.button(button).click()
    settle(wizard)


def main() -> int:
    app = get_application(sys.argv[:1])
    ThemeManager(app).apply()
    with tempfile.TemporaryDirectory() as tmp:
        tasks = TaskRunner()
        w = FirstRunWizard(
            tasks,
            store_path=Path(tmp) / "hubdesk.db",
            config_path=Path(tmp) / "hubdesk.toml",
            use_keyring=False,
            kdf=KdfParams(iterations=1, lanes=1, memory_cost=64),
            pin_params=PinParams(memory_cost=8, iterations=1, lanes=1),
        )
        w.resize(820, 600)
        w.show()
        shoot(w)
        next_page(w, QWizard.WizardButton.NextButton)
        w.device.kind_buttons[DeviceKind.KIOSK].setChecked(True)
        QTest.keyClicks(w.device.name, "Entrance kiosk")
        shoot(w)
        next_page(w, QWizard.WizardButton.NextButton)
        w.hub.standalone.setChecked(True)
        QTest.keyClicks(w.hub.hub_name, "Riverside Family Hub")
        QTest.keyClicks(w.hub.hub_code, "RIV")
        QTest.keyClicks(w.hub.site_name, "Riverside Family Hub")
        QTest.keyClicks(w.hub.postcode, "NE1 4XF")
        shoot(w)
        next_page(w, QWizard.WizardButton.NextButton)
        QTest.keyClicks(w.passphrase.first, "blue kettle on the hill")
        QTest.keyClicks(w.passphrase.second, "blue kettle on the hill")
        shoot(w)
        next_page(w, QWizard.WizardButton.NextButton)
        QTest.keyClicks(w.admin.name, "Sam Taylor")
        QTest.keyClicks(w.admin.pin, "2468")
        QTest.keyClicks(w.admin.pin_again, "2468")
        shoot(w)
        next_page(w, QWizard.WizardButton.NextButton)
        shoot(w)  # the summary, before anything is written
        next_page(w, QWizard.WizardButton.CommitButton)
        settle(w, 300)
        shoot(w)
        w.recovery.written.setChecked(True)
        next_page(w, QWizard.WizardButton.NextButton)
        shoot(w)
        if w.outcome is not None:
            w.outcome.store.close()
        tasks.wait_for_done()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
