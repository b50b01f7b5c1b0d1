"""Hub settings, for administrators only: the privacy notice (text and version), how long personal
data is kept, running retention now, the areas reports count by (postcode lookup, reach area) and
the family voice questions after the kiosk's faces (`voice_card.py`), and
checking the audit log's hash chain. The services refuse
everyone without ADMINISTER too."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QComboBox, QFrame, QHBoxLayout, QPlainTextEdit, QVBoxLayout

from hubdesk.domain.staff import Permission
from hubdesk.services.hub_settings import RETENTION_MAX_MONTHS, PrivacySettings
from hubdesk.services.retention import RetentionReport
from hubdesk.storage.audit import ChainReport
from hubdesk.ui.desk.areas_card import AreasCard
from hubdesk.ui.desk.context import DeskContext, StaffSession
from hubdesk.ui.desk.form_errors import FormErrors
from hubdesk.ui.desk.page import DeskPage, button, label
from hubdesk.ui.desk.voice_card import VoiceCard

RETENTION_CHOICES = (6, 12, 18, 24, 36, 48, 60, 72, 84, 96, 120)


def _card(parent: Any, name: str) -> tuple[QFrame, QVBoxLayout]:
    card = QFrame(parent)
    card.setObjectName(name)
    card.setProperty("kind", "card")
    col = QVBoxLayout(card)
    return card, col


class SettingsPage(DeskPage):
    permission = Permission.ADMINISTER

    def __init__(self, ctx: DeskContext, session: StaffSession, window: Any = None) -> None:
        super().__init__(ctx, session, "settingsPage", self.tr("Hub settings"))
        self.settings: PrivacySettings | None = None

        notice, col = _card(self, "noticeCard")
        top = QHBoxLayout()
        top.addWidget(label(self.tr("Privacy notice"), "noticeTitle", "subtitle", notice), 1)
        self.version_label = label("", "noticeVersion", "hint", notice)
        top.addWidget(self.version_label)
        col.addLayout(top)
        col.addWidget(
            label(
                self.tr(
                    "Families agree to this at the kiosk. Changing the words raises the version, "
                    "and returning families see the notice again. Leave it empty for the "
                    "standard wording."
                ),
                "noticeHint",
                "hint",
                notice,
            )
        )
        self.notice = QPlainTextEdit(notice)
        self.notice.setObjectName("noticeText")
        self.notice.setAccessibleName(self.tr("Privacy notice text"))
        self.notice.setPlaceholderText(self.tr("Empty: families see the standard wording."))
        self.notice.setMinimumHeight(100)
        self.notice.setMaximumHeight(110)
        col.addWidget(self.notice)
        # a problem shows under the field it is about, in this screen's words
        self.errors = FormErrors(self.message)
        col.addWidget(self.errors.field("privacy_notice", self.notice, self.tr("Privacy notice")))
        self.save_notice = button(
            self.tr("Save notice"), "saveNoticeButton", notice, kind="primary"
        )
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.save_notice)
        col.addLayout(row)
        self.body.addWidget(notice)

        keep, col = _card(self, "retentionCard")
        col.addWidget(label(self.tr("Keeping personal data"), "retentionTitle", "subtitle", keep))
        row = QHBoxLayout()
        row.addWidget(
            label(self.tr("Erase families after this long with no visit or contact:"), parent=keep),
            1,
        )
        self.months = QComboBox(keep)
        self.months.setObjectName("retentionMonths")
        self.months.setAccessibleName(self.tr("Retention period in months"))
        self.months.setMinimumWidth(150)
        row.addWidget(self.months)
        self.save_months = button(self.tr("Save period"), "saveRetentionButton", keep)
        row.addWidget(self.save_months)
        col.addLayout(row)
        col.addWidget(
            self.errors.field("retention_months", self.months, self.tr("Retention period"))
        )
        row = QHBoxLayout()
        self.due_label = label("", "retentionDue", "hint", keep)
        row.addWidget(self.due_label, 1)
        self.run_retention = button(self.tr("Run retention now"), "runRetentionButton", keep)
        row.addWidget(self.run_retention)
        col.addLayout(row)
        self.retention_result = label("", "retentionResult", "", keep)
        self.retention_result.hide()
        col.addWidget(self.retention_result)
        self.body.addWidget(keep)

        self.areas = AreasCard(self)  # the postcode lookup and the reach area (reports)
        self.body.addWidget(self.areas)

        self.voice = VoiceCard(self)  # family voice: the questions after the faces
        self.body.addWidget(self.voice)

        chain, col = _card(self, "auditCard")
        row = QHBoxLayout()
        row.addWidget(
            label(
                self.tr("Audit log: every entry carries the hash of the one before."),
                "auditTitle",
                "subtitle",
                chain,
            ),
            1,
        )
        self.verify_button = button(self.tr("Verify audit log"), "verifyAuditButton", chain)
        row.addWidget(self.verify_button)
        col.addLayout(row)
        self.audit_result = label("", "auditResult", "", chain)
        self.audit_result.hide()
        col.addWidget(self.audit_result)
        self.body.addWidget(chain)
        self.body.addStretch(1)

        self.save_notice.clicked.connect(self._on_save_notice_clicked)
        self.save_months.clicked.connect(self._on_save_months_clicked)
        self.run_retention.clicked.connect(self._on_run_retention_clicked)
        self.verify_button.clicked.connect(self._on_verify_clicked)

    # --- loading ---------------------------------------------------------------------------------

    def refresh(self) -> None:
        self.run(self.ctx.services.hub_settings.privacy, self.actor, on_success=self._show)
        self.run(self.ctx.services.retention.due_count, self.actor, on_success=self._show_due)
        self.areas.refresh()
        self.voice.refresh()

    def show_areas(self, section: str) -> None:
        """Open on the areas card: "postcodes" (load the lookup) or "reach" (the reach area)."""
        self.areas.focus(section)

    def _show(self, settings: PrivacySettings) -> None:
        self.settings = settings
        if self.notice.toPlainText() != settings.notice:
            self.notice.setPlainText(settings.notice)
        self.version_label.setText(
            self.tr("Version {version}").format(version=settings.notice_version)
        )
        choices = sorted({*RETENTION_CHOICES, settings.retention_months})
        self.months.blockSignals(True)
        self.months.clear()
        for m in choices:
            if 1 <= m <= RETENTION_MAX_MONTHS:
                self.months.addItem(self._months_text(m), m)
        self.months.setCurrentIndex(self.months.findData(settings.retention_months))
        self.months.blockSignals(False)

    def _months_text(self, months: int) -> str:
        if months % 12 == 0:
            return self.tr("%n years", "", months // 12) + f" ({months})"
        return self.tr("%n months", "", months)

    def _show_due(self, n: int) -> None:
        self.due_label.setText(self.tr("Due for erasure now: %n families.", "", n))

    # --- acting ----------------------------------------------------------------------------------

    def _on_save_notice_clicked(self) -> None:
        self.errors.clear()
        before = self.settings.notice_version if self.settings else None
        text = self.notice.toPlainText()
        self.run(
            self.ctx.services.hub_settings.set_privacy_notice,
            self.actor,
            text,
            on_success=lambda version: self._on_notice_saved(version, before),
            on_failure=self.errors.show,
        )

    def _on_notice_saved(self, version: int, before: int | None) -> None:
        if version == before:
            self.message.show_ok(
                self.tr("The notice is unchanged (still version {version}).").format(
                    version=version
                )
            )
        else:
            self.message.show_ok(
                self.tr(
                    "Notice saved as version {version}. Returning families will see it again."
                ).format(version=version)
            )
        self.refresh()

    def _on_save_months_clicked(self) -> None:
        self.errors.clear()
        months = self.months.currentData()
        self.run(
            self.ctx.services.hub_settings.set_retention_months,
            self.actor,
            months,
            on_success=lambda _r: self._on_months_saved(months),
            on_failure=self.errors.show,
        )

    def _on_months_saved(self, months: int) -> None:
        self.message.show_ok(
            self.tr("Personal data is now kept for {period}.").format(
                period=self._months_text(months)
            )
        )
        self.refresh()

    def _on_run_retention_clicked(self) -> None:
        self.run_retention.setEnabled(False)
        self.run(
            self.ctx.services.retention.run,
            self.actor,
            on_success=self._on_retention_done,
            on_failure=self._on_retention_failed,
        )

    def _on_retention_failed(self, exc: BaseException) -> None:
        self.run_retention.setEnabled(True)
        self.on_failure(exc)

    def _on_retention_done(self, report: RetentionReport) -> None:
        self.run_retention.setEnabled(True)
        self.retention_result.setText(describe_retention(self, report))
        self.retention_result.setAccessibleName(self.retention_result.text())
        self.retention_result.show()
        self.message.show_ok(self.tr("Retention ran."))
        self.refresh()

    def _on_verify_clicked(self) -> None:
        self.run(
            self.ctx.services.hub_settings.verify_audit, self.actor, on_success=self._on_verified
        )

    def _on_verified(self, report: ChainReport) -> None:
        if report.ok:
            text = self.tr("Intact: all %n entries link up.", "", report.entries)
            kind = "ok"
        else:
            text = self.tr(
                "Broken: entry {seq} does not match (changed, or an entry before it was removed)."
            ).format(seq=report.first_broken_seq)
            kind = "error"
        self.audit_result.setText(text)
        self.audit_result.setAccessibleName(text)
        self.audit_result.setProperty("kind", kind)
        self.audit_result.style().unpolish(self.audit_result)
        self.audit_result.style().polish(self.audit_result)
        self.audit_result.show()


def describe_retention(page: DeskPage, r: RetentionReport) -> str:
    tr = page.tr
    return " ".join(
        (
            tr(
                "Kept for %n months, so everything before {cutoff} was due.", "", r.retention_months
            ).format(cutoff=r.cutoff.strftime("%d %b %Y")),
            tr("Families erased: {families} (%n people).", "", r.erased.members).format(
                families=r.erased.families
            ),
            tr(
                "Visits' names cleared: {visits}. "
                "Notes of contacts with no family cleared: {contacts}. "
                "Former staff names removed: {staff}. Old backups deleted: {backups}. "
                "Synced outbox events deleted: {sent}."
            ).format(
                visits=r.visits_anonymised,
                contacts=r.contacts_anonymised,
                staff=r.staff_anonymised,
                backups=r.backups_removed,
                sent=r.outbox_sent_pruned,
            ),
        )
    )
