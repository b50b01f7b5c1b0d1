"""Subject access and erasure for the family shown on the Families page (administrators only;
`SubjectAccessService.export` and `ErasureService.erase` refuse everyone else too).

"Export everything we hold" asks for a passphrase twice and a folder, then writes the encrypted
export (0600) on the task runner. "Erase this family" asks first, naming the family, inline."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QFileDialog, QFrame, QHBoxLayout, QLineEdit, QVBoxLayout, QWidget

from hubdesk.domain.staff import Permission
from hubdesk.services.erasure import ErasedCounts
from hubdesk.services.subject_access import ExportResult
from hubdesk.ui.desk.page import ConfirmBar, button, label

PASSPHRASE_MIN = 10


def export_file_name(family_id: uuid.UUID, day: str) -> str:
    return f"subject-access-{day}-{str(family_id)[:8]}.hdx"


class FamilyPrivacyPanel(QFrame):
    """Two buttons under the family's details, the export form and the erase confirmation.
    `page` is the FamiliesPage: its task runner, message line and actor are used."""

    permission = Permission.ADMINISTER

    def __init__(
        self, page: Any, on_erased: Callable[[uuid.UUID], None], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.page = page
        self.on_erased = on_erased
        self.family_id: uuid.UUID | None = None
        self.family_label = ""
        self.setObjectName("familyPrivacy")
        col = QVBoxLayout(self)
        col.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        row.addWidget(
            label(self.tr("Subject access and erasure:"), "familyPrivacyTitle", "hint", self), 1
        )
        self.export_button = button(
            self.tr("Export everything we hold"), "exportFamilyButton", self
        )
        self.export_button.setCheckable(True)
        self.erase_button = button(self.tr("Erase this family"), "eraseFamilyButton", self)
        row.addWidget(self.export_button)
        row.addWidget(self.erase_button)
        col.addLayout(row)

        self.export_box = QFrame(self)
        self.export_box.setObjectName("exportBox")
        ecol = QVBoxLayout(self.export_box)
        ecol.setContentsMargins(0, 0, 0, 0)
        ecol.addWidget(
            label(
                self.tr(
                    "The file is encrypted with a passphrase of at least %n characters. "
                    "Give the family the passphrase another way than the file.",
                    "",
                    PASSPHRASE_MIN,
                ),
                "exportHint",
                "hint",
                self.export_box,
            )
        )
        prow = QHBoxLayout()
        self.passphrase = QLineEdit(self.export_box)
        self.passphrase.setObjectName("exportPassphrase")
        self.passphrase_again = QLineEdit(self.export_box)
        self.passphrase_again.setObjectName("exportPassphraseAgain")
        for field, text in (
            (self.passphrase, self.tr("Passphrase")),
            (self.passphrase_again, self.tr("Passphrase again")),
        ):
            field.setEchoMode(QLineEdit.EchoMode.Password)
            field.setPlaceholderText(text)
            field.setAccessibleName(text)
            prow.addWidget(field, 1)
        ecol.addLayout(prow)
        frow = QHBoxLayout()
        self.folder = QLineEdit(self.export_box)
        self.folder.setObjectName("exportFolder")
        self.folder.setPlaceholderText(self.tr("Folder to save it in"))
        self.folder.setAccessibleName(self.tr("Folder to save it in"))
        self.folder.setText(str(page.ctx.settings.out_dir() / "exports"))
        self.choose_folder = button(self.tr("Choose folder…"), "exportChooseFolder", self)
        self.do_export = button(self.tr("Export"), "exportGoButton", self, kind="primary")
        frow.addWidget(self.folder, 1)
        frow.addWidget(self.choose_folder)
        frow.addWidget(self.do_export)
        ecol.addLayout(frow)
        self.export_box.hide()
        col.addWidget(self.export_box)

        self.erase_confirm = ConfirmBar("eraseConfirm", self)
        col.addWidget(self.erase_confirm)

        self.export_button.toggled.connect(self._on_export_toggled)
        self.choose_folder.clicked.connect(self._on_choose_folder_clicked)
        self.do_export.clicked.connect(self._on_export_clicked)
        self.erase_button.clicked.connect(self._on_erase_clicked)

    def set_family(self, family_id: uuid.UUID, family_label: str) -> None:
        if family_id != self.family_id:
            self.export_button.setChecked(False)
            self.erase_confirm.hide()
        self.family_id = family_id
        self.family_label = family_label

    # --- export ----------------------------------------------------------------------------------

    def _on_export_toggled(self, on: bool) -> None:
        self.export_box.setVisible(on)
        self._clear_passphrases()
        if on:
            self.erase_confirm.hide()
            self.passphrase.setFocus()

    def _clear_passphrases(self) -> None:
        self.passphrase.clear()
        self.passphrase_again.clear()

    def _on_choose_folder_clicked(self) -> None:
        chosen = QFileDialog.getExistingDirectory(
            self, self.tr("Where to save the export"), self.folder.text()
        )
        if chosen:
            self.folder.setText(chosen)

    def export_path(self) -> Path | None:
        if self.family_id is None or not self.folder.text().strip():
            return None
        day = self.page.ctx.clock.now().strftime("%Y%m%d")
        return Path(self.folder.text().strip()) / export_file_name(self.family_id, day)

    def _on_export_clicked(self) -> None:
        first, again = self.passphrase.text(), self.passphrase_again.text()
        message = self.page.message
        if first != again:
            self._clear_passphrases()
            message.show_error(self.tr("The two passphrases are not the same: type them again."))
            self.passphrase.setFocus()
            return
        if len(first) < PASSPHRASE_MIN:
            message.show_error(
                self.tr("The passphrase needs at least %n characters.", "", PASSPHRASE_MIN)
            )
            return
        path, family_id = self.export_path(), self.family_id
        if path is None or family_id is None:
            message.show_error(self.tr("Choose a folder to save the export in."))
            return
        self._clear_passphrases()
        self.do_export.setEnabled(False)
        self.page.run(
            self.page.ctx.services.subject_access.export,
            self.page.actor,
            family_id,
            path,
            first,
            on_success=self._on_exported,
            on_failure=self._on_export_failed,
        )

    def _on_exported(self, result: ExportResult) -> None:
        self.do_export.setEnabled(True)
        self.export_button.setChecked(False)
        self.last_export = result.path
        self.page.message.show_ok(
            self.tr(
                "Exported to {path} ({members} people, {visits} visits, {contacts} contacts)."
            ).format(
                path=result.path,
                members=result.members,
                visits=result.visits,
                contacts=result.contacts,
            )
        )

    def _on_export_failed(self, exc: BaseException) -> None:
        self.do_export.setEnabled(True)
        self.page.on_failure(exc)

    # --- erasure ---------------------------------------------------------------------------------

    def _on_erase_clicked(self) -> None:
        family_id, name = self.family_id, self.family_label
        if family_id is None:
            return
        self.export_button.setChecked(False)
        self.erase_confirm.ask(
            self.tr(
                "Erase “{name}”? Names, contact details, notes and dates of birth go from every "
                "device of the hub; visit counts stay. This cannot be undone."
            ).format(name=name),
            self.tr("Yes, erase “{name}”").format(name=name),
            lambda: self.page.run(
                self.page.ctx.services.erasure.erase,
                self.page.actor,
                family_id,
                on_success=lambda counts: self._on_erased(family_id, counts),
            ),
        )

    def _on_erased(self, family_id: uuid.UUID, counts: ErasedCounts) -> None:
        self.family_id = None
        self.page.message.show_ok(
            self.tr("Family erased ({members} people; {visits} visits kept as counts).").format(
                members=counts.members, visits=counts.visits
            )
        )
        self.on_erased(family_id)
