"""The first-run wizard, driven as a person would: pages, checks, the commit, the recovery code."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QWizard

from hubdesk.config import LANGUAGE_CODES, FleetConfig, Mode, load_config_file
from hubdesk.domain.catalogue import DeviceKind
from hubdesk.domain.clock import FakeClock
from hubdesk.domain.staff import StaffRole
from hubdesk.security import keys
from hubdesk.services.setup import SetupService
from hubdesk.services.staff import StaffService
from hubdesk.services.stores import unlock_store
from hubdesk.ui.setup.first_run_wizard import (
    ADMIN,
    DEVICE,
    DONE,
    HUB,
    PASSPHRASE,
    RECOVERY,
    SUMMARY,
    WELCOME,
    FirstRunWizard,
)
from hubdesk.ui.tasks import TaskRunner
from tests.ui.conftest import CHEAP_PINS

CHEAP_KDF = keys.KdfParams(iterations=1, lanes=1, memory_cost=64)
PASSPHRASE_TEXT = "blue kettle on the hill"


@pytest.fixture
def wizard(qtbot: Any, tmp_path: Path, clock: FakeClock) -> Any:
    tasks = TaskRunner()
    w = FirstRunWizard(
        tasks,
        store_path=tmp_path / "data" / "hubdesk.db",
        config_path=tmp_path / "config" / "hubdesk.toml",
        can_enrol=False,
        use_keyring=False,
        kdf=CHEAP_KDF,
        pin_params=CHEAP_PINS,
        clock=clock,
    )
    tasks.setParent(w)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    yield w
    qtbot.waitUntil(lambda: tasks.idle, timeout=10_000)
    if w.outcome is not None:
        w.outcome.store.close()


def press(qtbot: Any, wizard: Any, which: QWizard.WizardButton) -> None:
    button = wizard.button(which)
    assert button.isVisible()
    assert button.isEnabled(), f"{button.text()} is disabled on page {wizard.currentId()}"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def tick(qtbot: Any, button: Any) -> None:
    """Click a radio button or check box on its box, at the left end (as wide as the page)."""
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton, pos=QPoint(12, button.height() // 2))
    assert button.isChecked()


def type_into(qtbot: Any, edit: Any, text: str) -> None:
    edit.clear()
    qtbot.keyClicks(edit, text)


def fill_up_to_admin(qtbot: Any, w: Any, *, kind: DeviceKind = DeviceKind.KIOSK) -> None:
    assert w.currentId() == WELCOME
    press(qtbot, w, QWizard.WizardButton.NextButton)
    assert w.currentId() == DEVICE
    assert not w.button(QWizard.WizardButton.NextButton).isEnabled()  # no name yet
    tick(qtbot, w.device.kind_buttons[kind])
    type_into(qtbot, w.device.name, "Entrance kiosk")
    press(qtbot, w, QWizard.WizardButton.NextButton)
    assert w.currentId() == HUB
    assert w.hub.standalone.isChecked()
    assert not w.hub.join.isEnabled()
    type_into(qtbot, w.hub.hub_name, "Riverside Family Hub")
    assert w.hub.site_name.text() == ""  # never filled in as the hub's name is typed
    type_into(qtbot, w.hub.hub_code, "riv")
    type_into(qtbot, w.hub.postcode, "ne1 4xf")
    press(qtbot, w, QWizard.WizardButton.NextButton)
    assert w.currentId() == PASSPHRASE
    type_into(qtbot, w.passphrase.first, PASSPHRASE_TEXT)
    type_into(qtbot, w.passphrase.second, PASSPHRASE_TEXT)
    press(qtbot, w, QWizard.WizardButton.NextButton)
    assert w.currentId() == ADMIN
    type_into(qtbot, w.admin.name, "Sam Taylor")
    type_into(qtbot, w.admin.pin, "2468")
    type_into(qtbot, w.admin.pin_again, "2468")


def fill_up_to_summary(qtbot: Any, w: Any, *, kind: DeviceKind = DeviceKind.KIOSK) -> None:
    fill_up_to_admin(qtbot, w, kind=kind)
    press(qtbot, w, QWizard.WizardButton.NextButton)
    assert w.currentId() == SUMMARY


def test_the_whole_way_through_sets_up_a_kiosk(qtbot: Any, wizard: Any, tmp_path: Path) -> None:
    w = wizard
    fill_up_to_summary(qtbot, w)
    assert not (tmp_path / "data" / "hubdesk.db").exists()  # nothing written before the commit
    shown = {key: row.text() for key, row in w.summary.rows.items()}
    assert shown["kind"] == "The sign-in kiosk"
    assert shown["device"] == "Entrance kiosk"
    assert shown["hub"] == "Riverside Family Hub"
    assert shown["site"] == "Riverside Family Hub (the hub's name)"  # left empty
    assert shown["postcode"] == "NE1 4XF"
    assert shown["admin"] == "Sam Taylor"
    for secret in (PASSPHRASE_TEXT, "2468"):  # the secrets are not shown
        assert all(secret not in text for text in shown.values())
    with qtbot.waitSignal(w.sig_set_up_done, timeout=20_000):
        press(qtbot, w, QWizard.WizardButton.CommitButton)
    qtbot.waitUntil(lambda: w.currentId() == RECOVERY)
    code = w.recovery.code.text()
    assert len(code) > 10
    # no way back to the passphrase, and no way on until the code is written down
    assert (
        not w.button(QWizard.WizardButton.BackButton).isVisible()
        or not w.button(QWizard.WizardButton.BackButton).isEnabled()
    )
    assert not w.button(QWizard.WizardButton.NextButton).isEnabled()
    tick(qtbot, w.recovery.written)
    press(qtbot, w, QWizard.WizardButton.NextButton)
    assert w.currentId() == DONE
    assert "Riverside Family Hub" in w.done_page.hint.text()
    assert "Finish opens the kiosk" in w.done_page.hint.text()
    press(qtbot, w, QWizard.WizardButton.FinishButton)

    outcome = w.outcome
    assert outcome.identity.kind is DeviceKind.KIOSK
    staff = StaffService(outcome.store).list(outcome.identity.hub_id)
    assert [(s.name, s.role) for s in staff] == [("Sam Taylor", StaffRole.ADMIN)]
    outcome.store.close()
    w.outcome = None
    config = load_config_file(tmp_path / "config" / "hubdesk.toml")
    assert config.mode is Mode.KIOSK
    assert config.store_path == tmp_path / "data" / "hubdesk.db"
    # the passphrase and the recovery code each open the store
    for secret in ({"passphrase": PASSPHRASE_TEXT}, {"recovery_code": code}):
        store = unlock_store(tmp_path / "data" / "hubdesk.db", **secret)
        try:
            identity = SetupService(store).identity()
            assert identity.kind is DeviceKind.KIOSK
            assert not identity.demo
        finally:
            store.close()


def test_each_page_refuses_bad_input_by_name(qtbot: Any, wizard: Any) -> None:
    w = wizard
    press(qtbot, w, QWizard.WizardButton.NextButton)
    type_into(qtbot, w.device.name, "Desk 1")
    press(qtbot, w, QWizard.WizardButton.NextButton)
    type_into(qtbot, w.hub.hub_name, "Riverside")
    type_into(qtbot, w.hub.hub_code, "RIV")
    type_into(qtbot, w.hub.postcode, "not a postcode")
    press(qtbot, w, QWizard.WizardButton.NextButton)
    assert w.currentId() == HUB
    assert w.hub.problem.isVisible()
    assert w.hub.postcode.hasFocus()
    type_into(qtbot, w.hub.postcode, "")  # a postcode may be left out
    press(qtbot, w, QWizard.WizardButton.NextButton)
    assert w.currentId() == PASSPHRASE
    type_into(qtbot, w.passphrase.first, "short")
    type_into(qtbot, w.passphrase.second, "short")
    assert not w.button(QWizard.WizardButton.NextButton).isEnabled()  # under 10 characters
    type_into(qtbot, w.passphrase.first, PASSPHRASE_TEXT)
    type_into(qtbot, w.passphrase.second, PASSPHRASE_TEXT + "!")
    press(qtbot, w, QWizard.WizardButton.NextButton)
    assert w.currentId() == PASSPHRASE
    assert "match" in w.passphrase.problem.text()
    type_into(qtbot, w.passphrase.second, PASSPHRASE_TEXT)
    press(qtbot, w, QWizard.WizardButton.NextButton)
    type_into(qtbot, w.admin.name, "Sam Taylor")
    type_into(qtbot, w.admin.pin, "12ab")
    type_into(qtbot, w.admin.pin_again, "12ab")
    press(qtbot, w, QWizard.WizardButton.NextButton)
    assert w.currentId() == ADMIN
    assert w.admin.problem.text() == "Use digits only."
    type_into(qtbot, w.admin.pin, "1357")
    type_into(qtbot, w.admin.pin_again, "1358")
    press(qtbot, w, QWizard.WizardButton.NextButton)
    assert "match" in w.admin.problem.text()
    assert w.tasks.idle  # nothing was started
    assert w.outcome is None


def test_a_failed_set_up_leaves_nothing_and_can_be_tried_again(
    qtbot: Any, wizard: Any, tmp_path: Path
) -> None:
    w = wizard
    # the configuration cannot be written (a folder is in the way): the last step fails
    blocker = tmp_path / "config" / "hubdesk.toml"
    blocker.mkdir(parents=True)
    fill_up_to_summary(qtbot, w, kind=DeviceKind.DESK)
    press(qtbot, w, QWizard.WizardButton.CommitButton)
    qtbot.waitUntil(lambda: w.tasks.idle and w.summary.problem.isVisible(), timeout=20_000)
    assert w.currentId() == SUMMARY
    assert w.outcome is None
    assert not (tmp_path / "data" / "hubdesk.db").exists()
    assert not keys.key_file_path(tmp_path / "data" / "hubdesk.db").exists()
    assert w.button(QWizard.WizardButton.BackButton).isEnabled()
    blocker.rmdir()
    with qtbot.waitSignal(w.sig_set_up_done, timeout=20_000):
        press(qtbot, w, QWizard.WizardButton.CommitButton)
    qtbot.waitUntil(lambda: w.currentId() == RECOVERY)
    assert load_config_file(blocker).mode is Mode.DESK


def test_language_codes_match_the_ui() -> None:
    from hubdesk.ui.i18n import LANGUAGES

    assert tuple(lang.code for lang in LANGUAGES) == LANGUAGE_CODES


def test_joining_a_hub_with_an_enrolment_code(
    qtbot: Any, tmp_path: Path, central_db: Any, live: Any
) -> None:
    from hubdesk.central import admin

    hub = admin.create_hub(central_db, "Riverside Family Hub", "RIV")
    admin.create_site(central_db, "RIV", "Riverside Family Hub", kind="hub", postcode="NE1 4XF")
    code = admin.create_enrolment_code(central_db, "RIV", url=live.url)
    tasks = TaskRunner()
    w = FirstRunWizard(
        tasks,
        store_path=tmp_path / "data" / "hubdesk.db",
        config_path=tmp_path / "config" / "hubdesk.toml",
        config=FleetConfig(central_url=live.url),
        can_enrol=True,
        use_keyring=False,
        kdf=CHEAP_KDF,
        pin_params=CHEAP_PINS,
    )
    tasks.setParent(w)
    qtbot.addWidget(w)
    w.show()
    press(qtbot, w, QWizard.WizardButton.NextButton)
    type_into(qtbot, w.device.name, "Reception 1")
    press(qtbot, w, QWizard.WizardButton.NextButton)
    assert w.hub.join.isChecked()  # the fleet config names a central service
    assert w.hub.url.text() == live.url
    type_into(qtbot, w.hub.code, code.code)
    type_into(qtbot, w.hub.hub_passphrase, "riverside hub passphrase")
    press(qtbot, w, QWizard.WizardButton.NextButton)
    type_into(qtbot, w.passphrase.first, PASSPHRASE_TEXT)
    type_into(qtbot, w.passphrase.second, PASSPHRASE_TEXT)
    press(qtbot, w, QWizard.WizardButton.NextButton)
    type_into(qtbot, w.admin.name, "Sam Taylor")
    type_into(qtbot, w.admin.pin, "2468")
    type_into(qtbot, w.admin.pin_again, "2468")
    press(qtbot, w, QWizard.WizardButton.NextButton)
    assert w.summary.rows["url"].text() == live.url
    with qtbot.waitSignal(w.sig_set_up_done, timeout=30_000):
        press(qtbot, w, QWizard.WizardButton.CommitButton)
    qtbot.waitUntil(lambda: w.currentId() == RECOVERY)
    outcome = w.outcome
    try:
        assert outcome.identity.hub_id == hub.id
        assert outcome.identity.kind is DeviceKind.DESK
        assert outcome.hub_label == "Riverside Family Hub"
        assert load_config_file(tmp_path / "config" / "hubdesk.toml").central_url == live.url
    finally:
        qtbot.waitUntil(lambda: tasks.idle)
        outcome.store.close()
        w.outcome = None


def test_a_wrong_enrolment_code_is_refused_and_nothing_is_kept(
    qtbot: Any, tmp_path: Path, central_db: Any, live: Any
) -> None:
    from hubdesk.central import admin

    admin.create_hub(central_db, "Riverside Family Hub", "RIV")
    tasks = TaskRunner()
    w = FirstRunWizard(
        tasks,
        store_path=tmp_path / "data" / "hubdesk.db",
        config_path=tmp_path / "config" / "hubdesk.toml",
        config=FleetConfig(central_url=live.url),
        can_enrol=True,
        use_keyring=False,
        kdf=CHEAP_KDF,
        pin_params=CHEAP_PINS,
    )
    tasks.setParent(w)
    qtbot.addWidget(w)
    w.show()
    press(qtbot, w, QWizard.WizardButton.NextButton)
    type_into(qtbot, w.device.name, "Reception 1")
    press(qtbot, w, QWizard.WizardButton.NextButton)
    type_into(qtbot, w.hub.code, "WRONGCODE1")
    press(qtbot, w, QWizard.WizardButton.NextButton)
    type_into(qtbot, w.passphrase.first, PASSPHRASE_TEXT)
    type_into(qtbot, w.passphrase.second, PASSPHRASE_TEXT)
    press(qtbot, w, QWizard.WizardButton.NextButton)
    type_into(qtbot, w.admin.name, "Sam Taylor")
    type_into(qtbot, w.admin.pin, "2468")
    type_into(qtbot, w.admin.pin_again, "2468")
    press(qtbot, w, QWizard.WizardButton.NextButton)
    press(qtbot, w, QWizard.WizardButton.CommitButton)
    qtbot.waitUntil(lambda: tasks.idle and w.summary.problem.isVisible(), timeout=30_000)
    assert "refused" in w.summary.problem.text()
    assert w.outcome is None
    assert not (tmp_path / "data" / "hubdesk.db").exists()
    assert not (tmp_path / "config" / "hubdesk.toml").exists()


def test_first_run_is_needed_only_with_no_config_and_no_store(tmp_path: Path) -> None:
    from hubdesk.ui.setup.first_run_wizard import first_run_needed

    store = tmp_path / "hubdesk.db"
    assert first_run_needed(FleetConfig(), store)
    assert not first_run_needed(FleetConfig(source=tmp_path / "hubdesk.toml"), store)
    store.write_bytes(b"")
    assert not first_run_needed(FleetConfig(), store)
    assert not first_run_needed(FleetConfig(store_path=store))


def test_the_site_name_is_kept_as_typed_and_shown_before_set_up(
    qtbot: Any, wizard: Any, tmp_path: Path
) -> None:
    """Issue 20: typing the site name after the hub's doubled it ("Riverside Family
    HubRiverside Library"), because the site field had been filled in from the hub's name."""
    w = wizard
    press(qtbot, w, QWizard.WizardButton.NextButton)
    tick(qtbot, w.device.kind_buttons[DeviceKind.DESK])
    type_into(qtbot, w.device.name, "Reception 1")
    press(qtbot, w, QWizard.WizardButton.NextButton)
    qtbot.keyClicks(w.hub.hub_name, "Riverside Family Hub")
    qtbot.keyClicks(w.hub.hub_code, "RIV")
    qtbot.mouseClick(w.hub.site_name, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(w.hub.site_name, "Riverside Library")
    assert w.hub.site_name.text() == "Riverside Library"
    press(qtbot, w, QWizard.WizardButton.NextButton)
    type_into(qtbot, w.passphrase.first, PASSPHRASE_TEXT)
    type_into(qtbot, w.passphrase.second, PASSPHRASE_TEXT)
    press(qtbot, w, QWizard.WizardButton.NextButton)
    type_into(qtbot, w.admin.name, "Sam Taylor")
    type_into(qtbot, w.admin.pin, "2468")
    type_into(qtbot, w.admin.pin_again, "2468")
    press(qtbot, w, QWizard.WizardButton.NextButton)
    assert w.currentId() == SUMMARY
    assert w.summary.rows["site"].text() == "Riverside Library"
    assert w.summary.rows["kind"].text() == "A front desk"
    # Back to change something, and the summary follows
    press(qtbot, w, QWizard.WizardButton.BackButton)
    type_into(qtbot, w.admin.name, "Sam Taylor-Reid")
    press(qtbot, w, QWizard.WizardButton.NextButton)
    assert w.summary.rows["admin"].text() == "Sam Taylor-Reid"
    with qtbot.waitSignal(w.sig_set_up_done, timeout=20_000):
        press(qtbot, w, QWizard.WizardButton.CommitButton)
    outcome = w.outcome
    sites = SetupService(outcome.store).sites(outcome.identity.hub_id)
    assert [site.name for site in sites] == ["Riverside Library"]
    qtbot.waitUntil(lambda: w.currentId() == RECOVERY)
    tick(qtbot, w.recovery.written)
    press(qtbot, w, QWizard.WizardButton.NextButton)
    assert "Finish opens the front desk" in w.done_page.hint.text()
