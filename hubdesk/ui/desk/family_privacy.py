"""Subject access and erasure for the family shown on the Families page (administrators only;
`SubjectAccessService.export` and `ErasureService.erase` refuse everyone else too).

"Export everything we hold" asks for a folder, then writes the family's record as a
password-protected PDF (0600) on the task runner and shows the password it was given, once, to hand
over separately (it is kept nowhere else: "I have written it down" clears it). "Erase this family"
asks first, naming the family, inline.

`ExportFolderBox` (where to save it) and `PasswordBox` (the password shown once, with Copy) are
shared with the unregistered caller's export on the opened contact (caller_privacy.py)."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFileDialog, QFrame, QHBoxLayout, QLineEdit, QVBoxLayout, QWidget

from hubdesk.domain.staff import Permission
from hubdesk.services.erasure import ErasedCounts
from hubdesk.services.subject_access import ExportResult
from hubdesk.ui.desk.page import ConfirmBar, Message, button, label
from hubdesk.ui.desk.subject_access_pdf import QtRecordDocument


def export_file_name(family_id: uuid.UUID, day: str) -> str:
    return f"subject-access-{day}-{str(family_id)[:8]}.pdf"


# The shared widgets' words keep the FamilyPrivacyPanel context they were translated in.


class ExportFolderBox(QFrame):
    """What the export is, the folder to save it in ("Choose folder…") and the Export button.
    Object names start with `prefix` (``exportBox``, ``exportFolder``, ``exportGoButton`` ...)."""

    def __init__(self, prefix: str, hint: str, folder: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(f"{prefix}Box")
        col = QVBoxLayout(self)
        col.setContentsMargins(0, 0, 0, 0)
        col.addWidget(label(hint, f"{prefix}Hint", "hint", self))
        row = QHBoxLayout()
        self.folder = QLineEdit(self)
        self.folder.setObjectName(f"{prefix}Folder")
        self.folder.setPlaceholderText(
            QCoreApplication.translate("FamilyPrivacyPanel", "Folder to save it in")
        )
        self.folder.setAccessibleName(
            QCoreApplication.translate("FamilyPrivacyPanel", "Folder to save it in")
        )
        self.folder.setText(str(folder))
        self.choose_folder = button(
            QCoreApplication.translate("FamilyPrivacyPanel", "Choose folder…"),
            f"{prefix}ChooseFolder",
            self,
        )
        self.do_export = button(
            QCoreApplication.translate("FamilyPrivacyPanel", "Export"),
            f"{prefix}GoButton",
            self,
            kind="primary",
        )
        row.addWidget(self.folder, 1)
        row.addWidget(self.choose_folder)
        row.addWidget(self.do_export)
        col.addLayout(row)
        self.choose_folder.clicked.connect(self._on_choose_folder_clicked)

    def chosen(self) -> Path | None:
        """The folder typed or chosen; None if the field is empty."""
        text = self.folder.text().strip()
        return Path(text) if text else None

    def _on_choose_folder_clicked(self) -> None:
        chosen = QFileDialog.getExistingDirectory(
            self,
            QCoreApplication.translate("FamilyPrivacyPanel", "Where to save the export"),
            self.folder.text(),
        )
        if chosen:
            self.folder.setText(chosen)


class PasswordBox(QFrame):
    """The password of the last export, shown once in large type with "Copy password" and "I
    have written it down" (which clears it from the screen, and from the clipboard if it is still
    there). It is never written anywhere. Object names start with `prefix`."""

    def __init__(
        self,
        prefix: str,
        title: str,
        accessible_name: str,
        message: Message,
        parent: QWidget | None = None,
        *,
        stacked: bool = False,
    ) -> None:
        """`stacked`: the buttons under the password rather than beside it (a narrow column)."""
        super().__init__(parent)
        self.message = message
        self.setObjectName(f"{prefix}PasswordBox")
        col = QVBoxLayout(self)
        col.setContentsMargins(0, 0, 0, 0)
        col.addWidget(label(title, f"{prefix}PasswordTitle", "hint", self))
        row = QHBoxLayout()
        self.password = label("", f"{prefix}Password", "", self)
        self.password.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.password.setWordWrap(False)  # read out in its four groups: never broken over lines
        self.password.setAccessibleName(accessible_name)
        font = self.password.font()
        font.setFamily("DejaVu Sans Mono")
        font.setStyleHint(font.StyleHint.Monospace)
        if font.pointSizeF() > 0:  # the style sheet may size fonts in pixels instead
            font.setPointSizeF(font.pointSizeF() * 1.6)
        else:
            font.setPixelSize(round(max(font.pixelSize(), 12) * 1.6))
        font.setBold(True)
        self.password.setFont(font)
        self.copy_password = button(
            QCoreApplication.translate("FamilyPrivacyPanel", "Copy password"),
            f"{prefix}CopyPassword",
            self,
        )
        self.password_done = button(
            QCoreApplication.translate("FamilyPrivacyPanel", "I have written it down"),
            f"{prefix}PasswordDone",
            self,
            kind="primary",
        )
        if stacked:
            col.addWidget(self.password)
        else:
            row.addWidget(self.password, 1)
        row.addWidget(self.copy_password)
        row.addWidget(self.password_done)
        if stacked:
            row.addStretch(1)
        col.addLayout(row)
        self.hide()
        self.copy_password.clicked.connect(self._on_copy_password_clicked)
        self.password_done.clicked.connect(self._on_password_done_clicked)

    def show_password(self, password: str) -> None:
        self.password.setText(password)
        self.show()
        self.password_done.setFocus()

    def forget(self) -> None:
        self.password.clear()
        self.hide()

    def _on_copy_password_clicked(self) -> None:
        QGuiApplication.clipboard().setText(self.password.text())
        self.message.show_ok(QCoreApplication.translate("FamilyPrivacyPanel", "Password copied."))

    def _on_password_done_clicked(self) -> None:
        clipboard = QGuiApplication.clipboard()
        if self.password.text() and clipboard.text() == self.password.text():
            clipboard.clear()
        self.forget()


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

        self.export_box = ExportFolderBox(
            "export",
            self.tr(
                "The family's record is saved as a PDF they can open in any PDF reader, "
                "with a password made for it. The password is shown here once: give it "
                "to the family another way than the file (read it out, or write it down)."
            ),
            page.ctx.settings.out_dir() / "exports",
            self,
        )
        self.folder = self.export_box.folder
        self.choose_folder = self.export_box.choose_folder
        self.do_export = self.export_box.do_export
        self.export_box.hide()
        col.addWidget(self.export_box)

        # the password of the last export: shown once, never written anywhere
        self.password_box = PasswordBox(
            "export",
            self.tr(
                "Password for the family's PDF (give it to them separately from the file; "
                "it is not kept anywhere):"
            ),
            self.tr("Password for the family's PDF"),
            page.message,
            self,
        )
        self.password = self.password_box.password
        self.copy_password = self.password_box.copy_password
        self.password_done = self.password_box.password_done
        col.addWidget(self.password_box)

        self.erase_confirm = ConfirmBar("eraseConfirm", self)
        col.addWidget(self.erase_confirm)

        self.export_button.toggled.connect(self._on_export_toggled)
        self.do_export.clicked.connect(self._on_export_clicked)
        self.erase_button.clicked.connect(self._on_erase_clicked)

    def set_family(self, family_id: uuid.UUID, family_label: str) -> None:
        if family_id != self.family_id:
            self.export_button.setChecked(False)
            self.erase_confirm.hide()
            self._forget_password()
        self.family_id = family_id
        self.family_label = family_label

    # --- export ----------------------------------------------------------------------------------

    def _on_export_toggled(self, on: bool) -> None:
        self.export_box.setVisible(on)
        if on:
            self.erase_confirm.hide()
            self._forget_password()
            self.do_export.setFocus()

    def export_path(self) -> Path | None:
        folder = self.export_box.chosen()
        if self.family_id is None or folder is None:
            return None
        day = self.page.ctx.clock.now().strftime("%Y%m%d")
        return folder / export_file_name(self.family_id, day)

    def _on_export_clicked(self) -> None:
        path, family_id = self.export_path(), self.family_id
        if path is None or family_id is None:
            self.page.message.show_error(self.tr("Choose a folder to save the export in."))
            return
        self.do_export.setEnabled(False)
        self.page.run(
            self.page.ctx.services.subject_access.export,
            self.page.actor,
            family_id,
            path,
            QtRecordDocument,  # prints every script a family's name is written in
            on_success=self._on_exported,
            on_failure=self._on_export_failed,
        )

    def _on_exported(self, result: ExportResult) -> None:
        self.do_export.setEnabled(True)
        self.export_button.setChecked(False)
        self.last_export = result.path
        self.password_box.show_password(result.password)
        self.page.message.show_ok(
            self.tr(
                "Saved {path} ({members}, {visits}, {contacts}). "
                "Give the family the password below separately."
            ).format(
                path=result.path,
                members=self.tr("%n people", "", result.members),
                visits=self.tr("%n visits", "", result.visits),
                contacts=self.tr("%n contacts", "", result.contacts),
            )
        )

    def _forget_password(self) -> None:
        self.password_box.forget()

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
