"""The first-run wizard: make this PC a hub's desk, kiosk or outreach laptop.

Shown when there is no fleet configuration file and no set-up store. Pages:

    welcome -> this device -> the hub -> admin passphrase -> first administrator
            -> summary (check, then "Set up") -> recovery code (shown once) -> done

Each page checks what was typed as it is left (the same domain rules the services use), so
nothing is written until the summary page, the commit, which lists everything chosen (never the
passphrase or the PIN) with Back to change it: then one background task
(`set_up_device`, through the TaskRunner) creates the encrypted store, sets it up (a standalone hub
with `SetupService.initialise`, or joins one with `hubdesk.sync.enrolment.enrol`), adds the
administrator (`StaffService.add`) and writes the per-user fleet configuration (mode, store). If
any step fails, every file it made is removed, so the wizard can simply be tried again. Only then
is the recovery code shown, once, with an "I have written it down" box that must be ticked.
Finish then opens what the PC was set up as (the desk, or the kiosk): see `hubdesk.cli.app`.

The site name is what the person typed: it is never filled in from the hub's name as they type
(that doubled it when they then typed their own); left empty, the site takes the hub's name, and
the summary says so.
"""

from __future__ import annotations

import contextlib
import logging
import shutil
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from hubdesk.config import FleetConfig, Mode, user_config_path, with_changes, write_config
from hubdesk.domain.catalogue import DeviceKind
from hubdesk.domain.clock import Clock
from hubdesk.domain.errors import DomainError, ValidationError
from hubdesk.domain.postcode import parse_optional_postcode
from hubdesk.domain.staff import StaffRole, validate_pin
from hubdesk.domain.text import require_text
from hubdesk.security import keys
from hubdesk.security.pins import PinParams
from hubdesk.services.setup import DeviceIdentity, SetupService
from hubdesk.services.staff import StaffService
from hubdesk.services.stores import create_store, default_store_path
from hubdesk.storage.engine import Store, sidecar_files
from hubdesk.ui.tasks import TaskRunner

log = logging.getLogger(__name__)

# The app's style sheet is made for the touch kiosk; the wizard is a desktop form for IT staff.
WIZARD_STYLE = """
QWizard QPushButton { padding: 6px 20px; min-width: 120px; }
QRadioButton { spacing: 12px; }
QRadioButton::indicator { width: 22px; height: 22px; }
QStackedWidget#hubFields, QStackedWidget#hubFields > QWidget { background: transparent; }
QLabel#recoveryCode {
    font-family: "DejaVu Sans Mono", "Consolas", monospace; font-size: 30px; font-weight: bold;
    padding: 18px; border: 2px dashed palette(mid); background: palette(base);
}
"""

WELCOME, DEVICE, HUB, PASSPHRASE, ADMIN, SUMMARY, RECOVERY, DONE = range(8)
PAGE_NAMES = ("welcome", "device", "hub", "passphrase", "admin", "summary", "recovery", "done")
JOIN, STANDALONE = "join", "standalone"


def first_run_needed(config: FleetConfig, store_path: Path | None = None) -> bool:
    """True on a PC with no fleet configuration file and no store yet: show the wizard."""
    path = Path(store_path or config.store_path or default_store_path())
    return config.source is None and not path.exists()


def enrolment_available() -> bool:
    """True when this build can join a hub through the central service."""
    try:
        from hubdesk.sync import enrolment  # noqa: F401
    except ImportError:
        return False
    return True


# --- the work (runs on a worker thread: plain data in and out, no widgets) ---------------------


@dataclass(frozen=True)
class SetupPlan:
    store_path: Path
    passphrase: str
    device_kind: DeviceKind
    device_name: str
    how: str  # JOIN or STANDALONE
    admin_name: str
    admin_pin: str
    hub_name: str = ""
    hub_code: str = ""
    site_name: str = ""
    site_postcode: str | None = None
    central_url: str = ""
    enrolment_code: str = ""
    hub_passphrase: str | None = None
    ca_bundle: str | None = None
    language: str = "en"
    config_path: Path | None = None
    use_keyring: bool = True
    kdf: keys.KdfParams = field(default_factory=keys.KdfParams)
    pin_params: PinParams | None = None
    clock: Clock | None = None

    def __repr__(self) -> str:  # never the secrets
        return f"SetupPlan(how={self.how!r}, kind={self.device_kind.value!r})"


@dataclass(frozen=True)
class SetupOutcome:
    store: Store
    identity: DeviceIdentity
    recovery_code: str | None
    used_keyring: bool
    config_path: Path | None
    hub_label: str  # the hub's name, for the last page


def set_up_device(plan: SetupPlan) -> SetupOutcome:
    """Create, set up and staff a new store; write the fleet config. All or nothing.

    Runs on a worker thread; must not touch widgets."""
    if plan.store_path.exists() or keys.has_keys(plan.store_path):
        raise ValidationError("store", "exists", "a store already exists there")
    created = create_store(
        plan.store_path, passphrase=plan.passphrase, use_keyring=plan.use_keyring, kdf=plan.kdf
    )
    store = created.store
    try:
        if plan.how == JOIN:
            from hubdesk.sync.enrolment import enrol

            result = enrol(
                store,
                plan.enrolment_code,
                url=plan.central_url or None,
                device_name=plan.device_name,
                device_kind=plan.device_kind,
                hub_passphrase=plan.hub_passphrase or None,
                ca_bundle=plan.ca_bundle,
                use_keyring=plan.use_keyring,
                hub_kdf=plan.kdf,
            )
            hub_label = result.hub_name
            identity = SetupService(store, plan.clock).identity()
        else:
            identity = SetupService(store, plan.clock).initialise(
                hub_name=plan.hub_name,
                hub_code=plan.hub_code,
                site_name=plan.site_name,
                site_postcode=plan.site_postcode,
                device_name=plan.device_name,
                device_kind=plan.device_kind,
            )
            hub_label = plan.hub_name
        StaffService(store, plan.clock, pin_params=plan.pin_params).add(
            None, name=plan.admin_name, role=StaffRole.ADMIN, pin=plan.admin_pin
        )
        config_path = None
        if plan.config_path is not None:
            config = with_changes(
                FleetConfig(),
                mode=Mode.KIOSK if plan.device_kind is DeviceKind.KIOSK else Mode.DESK,
                language=plan.language,
                store_path=None if plan.store_path == default_store_path() else plan.store_path,
                central_url=plan.central_url or None if plan.how == JOIN else None,
            )
            config_path = write_config(plan.config_path, config)
    except BaseException:
        store.close()
        _remove_store_files(plan.store_path)
        raise
    log.info("device set up", extra={"device_id": identity.device_id, "hub_id": identity.hub_id})
    return SetupOutcome(
        store, identity, created.recovery_code, created.used_keyring, config_path, hub_label
    )


def _remove_store_files(path: Path) -> None:
    """Undo a half-made store: the database, its WAL/SHM, its key file and keyring entry."""
    with contextlib.suppress(Exception):
        keys.forget_keyring_entry(path)
    for extra in [*sidecar_files(path), keys.key_file_path(path)]:
        with contextlib.suppress(FileNotFoundError):
            extra.unlink()
    backups = path.parent / "backups"
    if backups.is_dir() and not any(backups.iterdir()):
        shutil.rmtree(backups, ignore_errors=True)


# --- pages --------------------------------------------------------------------------------------


class _Page(QWizardPage):
    """A page with a title, a hint, a form and a line for problems."""

    def __init__(self, name: str) -> None:
        super().__init__()
        self.setObjectName(f"{name}WizardPage")
        self.outer = QVBoxLayout(self)
        self.outer.setSpacing(12)
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        self.hint.setProperty("kind", "hint")
        self.outer.addWidget(self.hint)
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.outer.addLayout(self.form)
        self.outer.addStretch(1)
        self.problem = QLabel(self)
        self.problem.setObjectName(f"{name}Problem")
        self.problem.setWordWrap(True)
        self.problem.setProperty("kind", "error")
        self.problem.setAccessibleName(self.tr("Problem"))
        self.problem.hide()
        self.outer.addWidget(self.problem)

    def show_problem(self, text: str, focus: QWidget | None = None) -> None:
        self.problem.setText(text)
        self.problem.show()
        if focus is not None:
            focus.setFocus()
            if isinstance(focus, QLineEdit):
                focus.selectAll()

    def clear_problem(self) -> None:
        self.problem.clear()
        self.problem.hide()

    def line(self, name: str, label: str, *, secret: bool = False) -> QLineEdit:
        edit = QLineEdit(self)
        edit.setObjectName(name)
        edit.setAccessibleName(label)
        if secret:
            edit.setEchoMode(QLineEdit.EchoMode.Password)
        edit.textChanged.connect(self.completeChanged)
        edit.textChanged.connect(self.clear_problem)
        self.form.addRow(label, edit)
        return edit

    def check(self, fn: Any, *args: Any, focus: QWidget | None = None, **kwargs: Any) -> Any:
        """Run a domain check; on ValidationError show it and return None."""
        try:
            return fn(*args, **kwargs)
        except ValidationError as exc:
            self.show_problem(problem_words(self, exc), focus)
            return None


def problem_words(widget: QWidget, exc: BaseException) -> str:
    """A translated sentence for an error. The English message of a ValidationError never repeats
    the value, so it is safe as a fall-back."""
    if isinstance(exc, ValidationError):
        known = {
            "required": widget.tr("This must be filled in."),
            "too_short": widget.tr("This is too short."),
            "too_long": widget.tr("This is too long."),
            "not_digits": widget.tr("Use digits only."),
            "bad_length": widget.tr("A PIN has 4 to 12 digits."),
            "invalid": widget.tr("This is not a valid UK postcode."),
            "exists": widget.tr("There is already a store here."),
            "mismatch": widget.tr("The two do not match."),
        }
        known["not_https"] = widget.tr("The address must start with https://.")
        return known.get(exc.code, exc.message[:1].upper() + exc.message[1:] + ".")
    if isinstance(exc, OSError):
        return widget.tr("The files could not be written: check the disk and try again.")
    if isinstance(exc, DomainError):
        return widget.tr("That did not work: %1").replace("%1", str(exc))
    from hubdesk.sync.client import OfflineError, RefusedError

    if isinstance(exc, OfflineError):
        return widget.tr(
            "The central service could not be reached. Check the address and the network, "
            "or set up a standalone hub."
        )
    if isinstance(exc, RefusedError):
        return widget.tr(
            "The central service refused the enrolment code (wrong, used or expired). "
            "Ask for a new one."
        )
    return widget.tr("Something went wrong (%1). Nothing was saved; please try again.").replace(
        "%1", type(exc).__name__
    )


class WelcomeWizardPage(_Page):
    def __init__(self) -> None:
        super().__init__("welcome")
        self.setTitle(self.tr("Welcome to hubdesk"))
        self.hint.setText(
            self.tr(
                "This PC has not been set up yet. In a few steps it becomes the sign-in kiosk, "
                "the front desk or an outreach laptop of a Family Hub.\n\n"
                "You will need: the hub's details (or an enrolment code from the council's "
                "central service), a passphrase for the administrator, and a PIN for the first "
                "administrator. Have a pen ready: a recovery code is shown once at the end."
            )
        )


class DeviceWizardPage(_Page):
    def __init__(self) -> None:
        super().__init__("device")
        self.setTitle(self.tr("This device"))
        self.hint.setText(self.tr("What will this PC be used for?"))
        self.kinds = QButtonGroup(self)
        self.kind_buttons: dict[DeviceKind, QRadioButton] = {}
        choices = (
            (DeviceKind.KIOSK, self.tr("Sign-in kiosk: the touch screen families use")),
            (DeviceKind.DESK, self.tr("Front desk: reception staff")),
            (DeviceKind.OUTREACH, self.tr("Outreach laptop: taken to community venues")),
        )
        box = QVBoxLayout()
        for kind, text in choices:
            button = QRadioButton(text, self)
            button.setObjectName(f"kind_{kind.value}")
            button.setMinimumHeight(48)
            self.kinds.addButton(button)
            self.kind_buttons[kind] = button
            box.addWidget(button)
        self.kind_buttons[DeviceKind.DESK].setChecked(True)
        self.form.addRow(box)
        self.name = self.line("deviceName", self.tr("Device name"))
        self.name.setPlaceholderText(self.tr("e.g. Entrance kiosk, Reception 1"))

    def kind(self) -> DeviceKind:
        for kind, button in self.kind_buttons.items():
            if button.isChecked():
                return kind
        return DeviceKind.DESK

    def isComplete(self) -> bool:  # noqa: N802 - Qt's name
        return bool(self.name.text().strip())

    def validatePage(self) -> bool:  # noqa: N802 - Qt's name
        return (
            self.check(require_text, self.name.text(), "device_name", focus=self.name) is not None
        )


class HubWizardPage(_Page):
    def __init__(self, *, can_enrol: bool, central_url: str | None) -> None:
        super().__init__("hub")
        self.setTitle(self.tr("The hub"))
        self.hint.setText(self.tr("Does the council run hubdesk's central service?"))
        self.how = QButtonGroup(self)
        self.join = QRadioButton(self.tr("Join a hub with an enrolment code"), self)
        self.join.setObjectName("howJoin")
        self.standalone = QRadioButton(self.tr("Set up a standalone hub on this PC"), self)
        self.standalone.setObjectName("howStandalone")
        for button in (self.join, self.standalone):
            button.setMinimumHeight(48)
            self.how.addButton(button)
            self.form.addRow(button)
        self.join.setEnabled(can_enrol)
        if not can_enrol:
            self.join.setToolTip(self.tr("This build cannot talk to a central service."))
        (self.join if can_enrol and central_url else self.standalone).setChecked(True)

        self.stack = QStackedWidget(self)
        self.stack.setObjectName("hubFields")
        self.form.addRow(self.stack)
        join_box = QWidget(self.stack)
        join_form = QFormLayout(join_box)
        self.url = self._field(join_form, "centralUrl", self.tr("Central service address"))
        self.url.setPlaceholderText("https://hubdesk.example.gov.uk")
        self.code = self._field(join_form, "enrolmentCode", self.tr("Enrolment code"))
        self.hub_passphrase = self._field(
            join_form, "hubPassphrase", self.tr("Hub passphrase (if you have one)"), secret=True
        )
        alone_box = QWidget(self.stack)
        alone_form = QFormLayout(alone_box)
        self.hub_name = self._field(alone_form, "hubName", self.tr("Hub name"))
        self.hub_code = self._field(alone_form, "hubCode", self.tr("Hub code"))
        self.hub_code.setMaxLength(20)
        self.hub_code.setPlaceholderText(self.tr("short, e.g. RIV"))
        self.site_name = self._field(alone_form, "siteName", self.tr("Site name"))
        self.site_name.setPlaceholderText(self.tr("Leave empty to use the hub's name"))
        self.postcode = self._field(alone_form, "sitePostcode", self.tr("Site postcode"))
        self.stack.addWidget(join_box)
        self.stack.addWidget(alone_box)
        self.how.buttonToggled.connect(self._on_how_toggled)
        self.url.setText(central_url or "")  # last: isComplete() needs every field to exist
        self._on_how_toggled()

    def _field(
        self, form: QFormLayout, name: str, label: str, *, secret: bool = False
    ) -> QLineEdit:
        edit = QLineEdit(self)
        edit.setObjectName(name)
        edit.setAccessibleName(label)
        if secret:
            edit.setEchoMode(QLineEdit.EchoMode.Password)
        edit.textChanged.connect(self.completeChanged)
        edit.textChanged.connect(self.clear_problem)
        form.addRow(label, edit)
        return edit

    def _on_how_toggled(self, *_args: object) -> None:
        self.stack.setCurrentIndex(0 if self.join.isChecked() else 1)
        self.clear_problem()
        self.completeChanged.emit()

    def site(self) -> str:
        """The site's name as typed; empty means the hub's name (most hubs' first site)."""
        return self.site_name.text().strip() or self.hub_name.text().strip()

    def mode(self) -> str:
        return JOIN if self.join.isChecked() else STANDALONE

    def isComplete(self) -> bool:  # noqa: N802 - Qt's name
        if self.mode() == JOIN:
            return bool(self.url.text().strip() and self.code.text().strip())
        return all(f.text().strip() for f in (self.hub_name, self.hub_code))

    def validatePage(self) -> bool:  # noqa: N802 - Qt's name
        if self.mode() == JOIN:
            from hubdesk.sync.protocol import check_url

            return self.check(check_url, self.url.text().strip(), focus=self.url) is not None
        checks: tuple[tuple[Any, tuple[str, str], dict[str, int], QLineEdit], ...] = (
            (require_text, (self.hub_name.text(), "hub_name"), {}, self.hub_name),
            (require_text, (self.hub_code.text(), "hub_code"), {"max_len": 20}, self.hub_code),
            (require_text, (self.site(), "site_name"), {}, self.site_name),
        )
        for fn, args, kwargs, widget in checks:
            if self.check(fn, *args, focus=widget, **kwargs) is None:
                return False
        try:
            parse_optional_postcode(self.postcode.text(), "site_postcode")
        except ValidationError as exc:
            self.show_problem(problem_words(self, exc), self.postcode)
            return False
        return True


class PassphraseWizardPage(_Page):
    def __init__(self) -> None:
        super().__init__("passphrase")
        self.setTitle(self.tr("Administrator passphrase"))
        self.hint.setText(
            self.tr(
                "The store on this PC is encrypted. The passphrase opens it when the PC's own key "
                "store cannot (a new PC, a restored backup) and is needed to change keys. Use at "
                "least %1 characters; a short sentence is easy to remember and hard to guess."
            ).replace("%1", str(keys.PASSPHRASE_MIN))
        )
        self.first = self.line("passphrase", self.tr("Passphrase"), secret=True)
        self.second = self.line("passphraseAgain", self.tr("Passphrase again"), secret=True)

    def isComplete(self) -> bool:  # noqa: N802 - Qt's name
        return len(self.first.text()) >= keys.PASSPHRASE_MIN and bool(self.second.text())

    def validatePage(self) -> bool:  # noqa: N802 - Qt's name
        if self.check(keys.validate_passphrase, self.first.text(), focus=self.first) is None:
            return False
        if self.first.text() != self.second.text():
            self.show_problem(self.tr("The two passphrases do not match."), self.second)
            return False
        return True


class AdminWizardPage(_Page):
    def __init__(self) -> None:
        super().__init__("admin")
        self.setTitle(self.tr("First administrator"))
        self.hint.setText(
            self.tr(
                "The first staff member is this hub's administrator: they add the other staff. "
                "Staff sign in to hubdesk with a PIN of 4 to 12 digits."
            )
        )
        self.name = self.line("adminName", self.tr("Name"))
        self.pin = self.line("adminPin", self.tr("PIN"), secret=True)
        self.pin_again = self.line("adminPinAgain", self.tr("PIN again"), secret=True)
        for edit in (self.pin, self.pin_again):
            edit.setMaxLength(12)
            edit.setInputMethodHints(Qt.InputMethodHint.ImhDigitsOnly)

    def isComplete(self) -> bool:  # noqa: N802 - Qt's name
        return (
            bool(self.name.text().strip()) and bool(self.pin.text()) and bool(self.pin_again.text())
        )

    def validatePage(self) -> bool:  # noqa: N802 - Qt's name
        if self.check(require_text, self.name.text(), "name", focus=self.name) is None:
            return False
        if self.check(validate_pin, self.pin.text(), focus=self.pin) is None:
            return False
        if self.pin.text() != self.pin_again.text():
            self.show_problem(self.tr("The two PINs do not match."), self.pin_again)
            return False
        return True


class SummaryWizardPage(_Page):
    """Everything chosen, to check before anything is written (the commit page)."""

    def __init__(self, wizard: FirstRunWizard) -> None:
        super().__init__("summary")
        self._wizard = wizard
        self.setTitle(self.tr("Check and set up"))
        self.hint.setText(
            self.tr(
                "Check what this PC will be. Back changes anything; Set up creates the "
                "encrypted store, which takes a few seconds. The passphrase and the PIN are not "
                "shown."
            )
        )
        self.rows: dict[str, QLabel] = {}
        self.busy = QLabel(self.tr("Setting up..."), self)
        self.busy.setObjectName("summaryBusy")
        self.busy.hide()
        self.outer.insertWidget(self.outer.count() - 1, self.busy)
        self.setCommitPage(True)
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("Set up"))
        self.running = False

    def initializePage(self) -> None:  # noqa: N802 - Qt's name
        w = self._wizard
        while self.form.rowCount():
            self.form.removeRow(0)
        self.rows = {}
        kind = {
            DeviceKind.KIOSK: self.tr("The sign-in kiosk"),
            DeviceKind.DESK: self.tr("A front desk"),
            DeviceKind.OUTREACH: self.tr("An outreach laptop"),
        }[w.device.kind()]
        rows: list[tuple[str, str, str]] = [
            ("kind", self.tr("This PC will be"), kind),
            ("device", self.tr("Device name"), w.device.name.text().strip()),
        ]
        hub = w.hub
        if hub.mode() == JOIN:
            rows += [
                ("how", self.tr("Hub"), self.tr("Joins a hub through the central service")),
                ("url", self.tr("Central service"), hub.url.text().strip()),
                ("code", self.tr("Enrolment code"), hub.code.text().strip()),
            ]
        else:
            site = hub.site_name.text().strip()
            rows += [
                ("hub", self.tr("Hub"), hub.hub_name.text().strip()),
                ("hubCode", self.tr("Hub code"), hub.hub_code.text().strip()),
                (
                    "site",
                    self.tr("Site"),
                    site or self.tr("%1 (the hub's name)").replace("%1", hub.site()),
                ),
                (
                    "postcode",
                    self.tr("Site postcode"),
                    hub.postcode.text().strip().upper() or self.tr("none"),
                ),
            ]
        rows.append(("admin", self.tr("First administrator"), w.admin.name.text().strip()))
        rows.append(("store", self.tr("Store"), str(w.store_path)))
        for key, caption, value in rows:
            shown = QLabel(value, self)
            shown.setObjectName(f"summary_{key}")
            shown.setWordWrap(True)
            shown.setTextFormat(Qt.TextFormat.PlainText)
            shown.setAccessibleName(caption)
            self.rows[key] = shown
            self.form.addRow(caption, shown)
        self.clear_problem()

    def isComplete(self) -> bool:  # noqa: N802 - Qt's name
        return not self.running

    def validatePage(self) -> bool:  # noqa: N802 - Qt's name
        if self._wizard.outcome is not None:
            return True
        if self.running:
            return False
        self._wizard.start_set_up()
        return False  # the wizard moves on when the work has finished

    def set_running(self, running: bool) -> None:
        self.running = running
        self.busy.setVisible(running)
        self.completeChanged.emit()


class RecoveryWizardPage(_Page):
    def __init__(self) -> None:
        super().__init__("recovery")
        self.setTitle(self.tr("Recovery code"))
        self.hint.setText(
            self.tr(
                "Write this code down now and keep it somewhere safe, away from this PC (the "
                "hub manager's locked drawer). It opens the store if the passphrase is "
                "forgotten. It is shown only this once."
            )
        )
        self.code = QLabel(self)
        self.code.setObjectName("recoveryCode")
        self.code.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.code.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.code.setWordWrap(True)
        self.code.setAccessibleName(self.tr("Recovery code"))
        self.form.addRow(self.code)
        self.written = QCheckBox(self.tr("I have written it down"), self)
        self.written.setObjectName("writtenDown")
        self.written.setMinimumHeight(48)
        self.written.toggled.connect(self.completeChanged)
        self.form.addRow(self.written)
        self.keyring_note = QLabel(self)
        self.keyring_note.setWordWrap(True)
        self.keyring_note.setProperty("kind", "hint")
        self.form.addRow(self.keyring_note)

    def show_code(self, code: str | None, used_keyring: bool) -> None:
        self.code.setText(code or "")
        self.keyring_note.setText(
            self.tr("This PC's key store keeps the key, so hubdesk starts without the passphrase.")
            if used_keyring
            else self.tr(
                "This PC has no key store hubdesk can use: the passphrase is asked at each start."
            )
        )

    def isComplete(self) -> bool:  # noqa: N802 - Qt's name
        return self.written.isChecked()

    def cleanupPage(self) -> None:  # noqa: N802 - Qt's name
        pass  # never lose the code's "written down" state by going back (there is no back)


class DoneWizardPage(_Page):
    def __init__(self) -> None:
        super().__init__("done")
        self.setTitle(self.tr("Ready"))
        self.setFinalPage(True)

    def show_outcome(self, kind: DeviceKind, hub: str, config_path: Path | None) -> None:
        what = {
            DeviceKind.KIOSK: self.tr("the sign-in kiosk"),
            DeviceKind.DESK: self.tr("a front desk"),
            DeviceKind.OUTREACH: self.tr("an outreach laptop"),
        }[kind]
        text = self.tr("This PC is now %1 of %2.").replace("%1", what).replace("%2", hub)
        text += "\n\n" + (
            self.tr("Finish opens the kiosk.")
            if kind is DeviceKind.KIOSK
            else self.tr("Finish opens the front desk: sign in with your name and PIN.")
        )
        if config_path is not None:
            text += "\n\n" + self.tr("Its settings were saved in %1.").replace(
                "%1", str(config_path)
            )
        self.hint.setText(text)


# --- the wizard ---------------------------------------------------------------------------------


class FirstRunWizard(QWizard):
    sig_set_up_done = Signal(object)
    """The device was set up. Argument: the SetupOutcome (its store is open; the caller owns it)."""

    def __init__(
        self,
        tasks: TaskRunner,
        *,
        store_path: Path | None = None,
        config_path: Path | None = None,
        config: FleetConfig | None = None,
        can_enrol: bool | None = None,
        use_keyring: bool = True,
        kdf: keys.KdfParams | None = None,
        pin_params: PinParams | None = None,
        clock: Clock | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("firstRunWizard")
        self.setWindowTitle(self.tr("Set up hubdesk"))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setStyleSheet(WIZARD_STYLE)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)
        self.tasks = tasks
        self.config = config or FleetConfig()
        self.store_path = Path(store_path or self.config.store_path or default_store_path())
        self.config_path = config_path if config_path is not None else user_config_path()
        self.use_keyring = use_keyring
        self.kdf = kdf or keys.KdfParams()
        self.pin_params = pin_params
        self.clock = clock
        self.outcome: SetupOutcome | None = None

        self.welcome = WelcomeWizardPage()
        self.device = DeviceWizardPage()
        self.hub = HubWizardPage(
            can_enrol=enrolment_available() if can_enrol is None else can_enrol,
            central_url=self.config.central_url,
        )
        self.passphrase = PassphraseWizardPage()
        self.admin = AdminWizardPage()
        self.summary = SummaryWizardPage(self)
        self.recovery = RecoveryWizardPage()
        self.done_page = DoneWizardPage()
        for page_id, page in enumerate(
            (
                self.welcome,
                self.device,
                self.hub,
                self.passphrase,
                self.admin,
                self.summary,
                self.recovery,
                self.done_page,
            )
        ):
            self.setPage(page_id, page)
        self.setStartId(WELCOME)
        self.resize(760, 560)

    def plan(self) -> SetupPlan:
        hub = self.hub
        return SetupPlan(
            store_path=self.store_path,
            passphrase=self.passphrase.first.text(),
            device_kind=self.device.kind(),
            device_name=self.device.name.text(),
            how=hub.mode(),
            admin_name=self.admin.name.text(),
            admin_pin=self.admin.pin.text(),
            hub_name=hub.hub_name.text(),
            hub_code=hub.hub_code.text(),
            site_name=hub.site(),
            site_postcode=hub.postcode.text() or None,
            central_url=hub.url.text().strip(),
            enrolment_code=hub.code.text().strip(),
            hub_passphrase=hub.hub_passphrase.text() or None,
            ca_bundle=str(self.config.ca_bundle) if self.config.ca_bundle else None,
            language=self.config.language,
            config_path=self.config_path,
            use_keyring=self.use_keyring,
            kdf=self.kdf,
            pin_params=self.pin_params,
            clock=self.clock,
        )

    def start_set_up(self) -> None:
        self.summary.clear_problem()
        self.summary.set_running(True)
        self.button(QWizard.WizardButton.BackButton).setEnabled(False)
        self.tasks.run(
            set_up_device,
            self.plan(),
            on_success=self._on_set_up_done,
            on_failure=self._on_set_up_failed,
        )

    def _on_set_up_done(self, outcome: SetupOutcome) -> None:
        self.outcome = outcome
        self.summary.set_running(False)
        self.recovery.show_code(outcome.recovery_code, outcome.used_keyring)
        self.done_page.show_outcome(self.device.kind(), outcome.hub_label, outcome.config_path)
        self.sig_set_up_done.emit(outcome)
        self.next()

    def _on_set_up_failed(self, exc: BaseException) -> None:
        log.warning("first-run set-up failed: %s", type(exc).__name__)
        self.summary.set_running(False)
        self.button(QWizard.WizardButton.BackButton).setEnabled(True)
        self.summary.show_problem(problem_words(self.summary, exc))

    def reject(self) -> None:
        if self.summary.running:
            return  # never leave half-way through creating the store
        if self.currentId() == RECOVERY and not self.recovery.written.isChecked():
            return  # the recovery code is shown once: not closed before it is written down
        super().reject()


def run_first_run_wizard(
    app: Any, *, config: FleetConfig | None = None, store_path: Path | None = None
) -> SetupOutcome | None:
    """Show the wizard (modal) and return what it set up, or None if it was cancelled.
    The outcome's store is open: the caller uses it (or closes it)."""
    from hubdesk.ui.theme import ThemeManager

    themes = ThemeManager(app)
    themes.apply()
    tasks = TaskRunner()
    wizard = FirstRunWizard(tasks, config=config, store_path=store_path)
    tasks.setParent(wizard)
    themes.setParent(wizard)
    wizard.show()
    wizard.exec()
    tasks.wait_for_done()
    return wizard.outcome
