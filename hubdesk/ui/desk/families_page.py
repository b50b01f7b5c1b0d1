"""Families: find a household (name, child's name, postcode, pass code), see its visits and
contacts, edit it, merge a duplicate into it side by side (and undo the merge), list likely
duplicates, record an expected baby and its birth, record consent to the privacy notice, and
issue, reprint or revoke its QR pass."""

from __future__ import annotations

import uuid
from datetime import date, datetime
from pathlib import Path
from typing import Any, cast

from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QSizePolicy,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from hubdesk.domain.errors import ValidationError
from hubdesk.domain.people import Role
from hubdesk.domain.staff import Permission
from hubdesk.security.passes import render_qr_png
from hubdesk.services.base import HUB_TZ
from hubdesk.services.families import (
    AdultIn,
    ChildIn,
    FamilyDetails,
    FamilyIn,
    FamilyRegistered,
    FamilySummary,
)
from hubdesk.services.family_merge import MergeCompare, MergeDone, MergePlan
from hubdesk.services.hub_settings import PrivacySettings
from hubdesk.services.passes import IssuedPass
from hubdesk.ui.desk import words
from hubdesk.ui.desk.context import DeskContext, StaffSession
from hubdesk.ui.desk.family_merge_view import DuplicatesView, MergeView, StackPage
from hubdesk.ui.desk.family_picker import FamilyPicker
from hubdesk.ui.desk.family_privacy import FamilyPrivacyPanel
from hubdesk.ui.desk.family_record_panels import BabyPanel, ConsentPanel, consent_text
from hubdesk.ui.desk.form_errors import FormErrors
from hubdesk.ui.desk.page import ConfirmBar, DeskPage, button, label
from hubdesk.ui.desk.roll_call_pdf import default_printer_name
from hubdesk.ui.kiosk.pass_printer import PassCard, print_pass_card

ADULT = "adult"
CHILD = "child"
DOB_FORMAT = "%d/%m/%Y"


def parse_dob(text: str, field: str) -> date:
    try:
        return datetime.strptime(text.strip(), DOB_FORMAT).date()
    except ValueError:
        raise ValidationError(field, "not_a_date", "must be a date like 31/01/2020") from None


class FamiliesPage(DeskPage):
    permission = Permission.VIEW_FAMILIES

    def __init__(self, ctx: DeskContext, session: StaffSession, window: Any = None) -> None:
        super().__init__(ctx, session, "familiesPage", self.tr("Families"))
        self.details: FamilyDetails | None = None
        self.issued: IssuedPass | None = None
        self.last_card: Path | None = None
        self.editing_id: uuid.UUID | None = None
        self.new_button = button(self.tr("New family"), "newFamilyButton", self)
        self.new_button.setEnabled(session.may(Permission.EDIT_FAMILIES))
        self.head.addWidget(self.new_button)
        self.duplicates_button = button(self.tr("Likely duplicates"), "duplicatesButton", self)
        self.duplicates_button.setEnabled(session.may(Permission.MERGE_FAMILIES))
        self.head.insertWidget(self.head.count() - 1, self.duplicates_button)
        row = QHBoxLayout()
        self.picker = FamilyPicker(self.ctx, session, "familiesPicker", limit=50, parent=self)
        row.addWidget(self.picker, 2)
        self.right = QStackedWidget(self)
        self.right.setObjectName("familiesRight")
        self.hint = label(
            self.tr("Search for a family by name, a child's name, postcode or pass code."),
            "familiesHint",
            "hint",
            self,
        )
        self.hint.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.view = self._build_view()
        self.editor = self._build_editor()
        self.merge_view = MergeView(self)
        self.duplicates_view = DuplicatesView(self)
        self.baby_panel = BabyPanel(self, self)
        self.consent_panel = ConsentPanel(self, self)
        for w in (
            self.hint,
            self.view,
            self.editor,
            self.merge_view,
            self.duplicates_view,
            self.baby_panel,
            self.consent_panel,
        ):
            self.right.addWidget(w)
        row.addWidget(self.right, 3)
        self.body.addLayout(row, 1)
        self.picker.sig_family_chosen.connect(lambda f: self.open_family(f.family_id))
        self.new_button.clicked.connect(lambda: self.start_edit(None))
        self.duplicates_button.clicked.connect(self._on_duplicates_clicked)
        self.right.currentChanged.connect(self._on_right_changed)
        self.duplicates_view.sig_pair_opened.connect(self.open_merge)
        self.duplicates_view.sig_closed.connect(self._back_to_family)
        self.duplicates_view.sig_pair_dismissed.connect(self._on_pair_dismissed)
        self.merge_view.sig_merge_requested.connect(self._on_merge_requested)
        self.merge_view.sig_cancelled.connect(self._on_merge_cancelled)
        for panel in (self.baby_panel, self.consent_panel):
            panel.sig_done.connect(self._on_panel_done)
            panel.sig_cancelled.connect(self._back_to_family)
        self._merge_from: QWidget = self.hint
        self._on_right_changed(0)

    # --- the household view ------------------------------------------------------------------

    def _build_view(self) -> QWidget:
        view = StackPage(self)
        view.setObjectName("familyView")
        view.setProperty("kind", "card")
        col = QVBoxLayout(view)
        col.setSpacing(6)
        top = QHBoxLayout()
        self.family_title = label("", "familyTitle", "subtitle", view)
        top.addWidget(self.family_title, 1)
        self.edit_button = button(self.tr("Edit"), "editFamilyButton", view)
        self.edit_button.setEnabled(self.session.may(Permission.EDIT_FAMILIES))
        self.merge_button = button(self.tr("Merge a duplicate…"), "mergeButton", view)
        self.merge_button.setEnabled(self.session.may(Permission.MERGE_FAMILIES))
        if not self.merge_button.isEnabled():
            self.merge_button.setToolTip(self.tr("Your role does not allow merging families."))
        top.addWidget(self.edit_button)
        top.addWidget(self.merge_button)
        col.addLayout(top)
        self.family_facts = label("", "familyFacts", "", view)
        col.addWidget(self.family_facts)
        # a child the family added at the kiosk (a new baby): check it with them, then confirm
        check_row = QHBoxLayout()
        self.to_check = label("", "familyToCheck", "hint", view)
        self.to_check.setWordWrap(True)
        self.confirm_button = button(self.tr("Checked with the family"), "confirmMembers", view)
        self.confirm_button.setEnabled(self.session.may(Permission.EDIT_FAMILIES))
        check_row.addWidget(self.to_check, 1)
        check_row.addWidget(self.confirm_button)
        col.addLayout(check_row)
        self.confirm_button.clicked.connect(self._on_confirm_clicked)
        # the record itself: an expected baby, consent to the privacy notice, an undoable merge
        record_row = QHBoxLayout()
        self.record_state = label("", "familyRecordState", "hint", view)
        self.record_state.setWordWrap(True)
        record_row.addWidget(self.record_state, 1)
        self.baby_button = button(self.tr("Expected baby…"), "babyButton", view)
        self.consent_button = button(self.tr("Record consent…"), "consentButton", view)
        self.undo_merge_button = button(self.tr("Undo merge"), "undoMergeButton", view)
        can_edit = self.session.may(Permission.EDIT_FAMILIES)
        self.baby_button.setEnabled(can_edit)
        self.consent_button.setEnabled(can_edit)
        self.undo_merge_button.setEnabled(self.session.may(Permission.MERGE_FAMILIES))
        for b in (self.baby_button, self.consent_button, self.undo_merge_button):
            record_row.addWidget(b, 0, Qt.AlignmentFlag.AlignTop)
        col.addLayout(record_row)
        self.baby_button.clicked.connect(self._on_baby_clicked)
        self.consent_button.clicked.connect(self._on_consent_clicked)
        self.undo_merge_button.clicked.connect(self._on_undo_merge_clicked)
        # subject access and erasure: built only for administrators (the services refuse others)
        self.privacy: FamilyPrivacyPanel | None = None
        if self.session.may(Permission.ADMINISTER):
            self.privacy = FamilyPrivacyPanel(self, self._after_erase, view)
            col.addWidget(self.privacy)

        self.merge_box = QFrame(view)
        self.merge_box.setObjectName("mergeBox")
        mcol = QVBoxLayout(self.merge_box)
        mcol.setContentsMargins(0, 0, 0, 0)
        self.merge_hint = label(
            self.tr("Find the other record of this family:"), "mergeHint", "hint", view
        )
        mcol.addWidget(self.merge_hint)
        self.merge_picker = FamilyPicker(
            self.ctx, self.session, "mergePicker", limit=10, parent=view
        )
        self.merge_picker.results.setMaximumHeight(110)
        mcol.addWidget(self.merge_picker)
        self.merge_confirm = ConfirmBar("mergeConfirm", view)
        mcol.addWidget(self.merge_confirm)
        self.merge_box.hide()
        col.addWidget(self.merge_box)

        grid = QGridLayout()
        grid.addWidget(label(self.tr("Visits"), "visitsTitle", "subtitle", view), 0, 0)
        grid.addWidget(
            label(self.tr("Here to Help contacts"), "contactsTitle", "subtitle", view), 0, 1
        )
        self.visits = QListWidget(view)
        self.visits.setObjectName("familyVisits")
        self.visits.setAccessibleName(self.tr("Visits"))
        self.contacts = QListWidget(view)
        self.contacts.setObjectName("familyContacts")
        self.contacts.setAccessibleName(self.tr("Here to Help contacts"))
        for lst in (self.visits, self.contacts):
            lst.setMaximumHeight(120)
            lst.setWordWrap(True)
        grid.addWidget(self.visits, 1, 0)
        grid.addWidget(self.contacts, 1, 1)
        col.addLayout(grid, 1)

        passes = QHBoxLayout()
        card = QVBoxLayout()
        self.qr = QLabel(view)
        self.qr.setObjectName("passQr")
        self.qr.setFixedSize(110, 110)
        self.qr.setScaledContents(True)
        self.qr.setAccessibleName(self.tr("QR pass"))
        self.code = label("", "passCode", "subtitle", view)
        self.code.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        card.addWidget(self.qr, 0, Qt.AlignmentFlag.AlignHCenter)
        card.addWidget(self.code)
        self.card_box = QFrame(view)
        self.card_box.setObjectName("passCard")
        self.card_box.setProperty("kind", "card")
        self.card_box.setLayout(card)
        passes.addWidget(self.card_box)
        pcol = QVBoxLayout()
        self.pass_state = label("", "passState", "", view)
        pcol.addWidget(self.pass_state)
        prow = QHBoxLayout()
        self.issue_button = button(self.tr("Issue a new pass"), "issuePassButton", view)
        self.reprint_button = button(self.tr("Reprint"), "reprintPassButton", view)
        self.revoke_button = button(self.tr("Revoke"), "revokePassButton", view)
        self.print_button = button(self.tr("Print card"), "printCardButton", view, kind="primary")
        for b in (self.issue_button, self.reprint_button, self.revoke_button, self.print_button):
            b.setEnabled(self.session.may(Permission.MANAGE_PASSES))
            prow.addWidget(b)
        pcol.addLayout(prow)
        self.pass_confirm = ConfirmBar("passConfirm", view)
        pcol.addWidget(self.pass_confirm)
        pcol.addStretch(1)
        passes.addLayout(pcol, 1)
        col.addLayout(passes)

        self.edit_button.clicked.connect(lambda: self.start_edit(self.details))
        self.merge_button.clicked.connect(self._on_merge_clicked)
        self.merge_picker.sig_family_chosen.connect(self._on_duplicate_chosen)
        self.issue_button.clicked.connect(self._on_issue_clicked)
        self.reprint_button.clicked.connect(self._on_reprint_clicked)
        self.revoke_button.clicked.connect(self._on_revoke_clicked)
        self.print_button.clicked.connect(self._on_print_clicked)
        return view

    def _on_right_changed(self, _index: int) -> None:
        """Two records side by side, or the list of pairs, need the page's whole width."""
        current = self.right.currentWidget()
        wide = current in (self.merge_view, self.duplicates_view)
        self.picker.setVisible(not wide)
        # a stack is as tall as its tallest page: only the page shown may ask for room, or the
        # family's view is stretched and pushed below the fold by screens not on show
        ignored, preferred = QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred
        for i in range(self.right.count()):
            page = self.right.widget(i)
            if page is None:
                continue
            shown = page is current
            page.setSizePolicy(preferred if shown else ignored, preferred if shown else ignored)
        self.right.updateGeometry()

    def _on_confirm_clicked(self) -> None:
        d = self.details
        if d is None:
            return
        families, actor = self.ctx.services.families, self.actor
        ids = [m.id for m in d.members if m.to_confirm]

        def confirm() -> None:  # on a worker
            for member_id in ids:
                families.confirm_member(actor, d.family_id, member_id)

        self.run(confirm, on_success=lambda _r: self.open_family(d.family_id))

    def open_family(self, family_id: uuid.UUID) -> None:
        self.run(
            self.ctx.services.families.details, self.actor, family_id, on_success=self.show_family
        )

    def show_family(self, d: FamilyDetails) -> None:
        if self.details is None or self.details.family_id != d.family_id:
            self.issued = None
        self.details = d
        self.merge_box.hide()
        # names and what people typed are isolated, so an Arabic name does not turn the panel
        # round in an English desk, nor a Latin one in an Arabic desk
        self.family_title.setText(words.line(words.family_label(d.members)))
        if self.privacy is not None:
            self.privacy.set_family(d.family_id, d.label)
        members = []
        for m in d.members:
            full = " ".join(x for x in (m.first_name, m.last_name) if x)
            if m.is_child:
                extra = (m.date_of_birth.strftime(DOB_FORMAT) if m.date_of_birth else "") + (
                    " SEND" if m.send else ""
                )
            else:
                extra = words.role(m.role)
            members.append(f"{words.name(full)} ({extra.strip()})")
        facts = [", ".join(members)]
        unchecked = [m for m in d.members if m.to_confirm]
        self.to_check.setText(
            words.line(
                self.tr("Added by the family at the kiosk, to check with them: {names}").format(
                    names=", ".join(
                        f"{words.name(m.first_name)} ({m.date_of_birth.strftime(DOB_FORMAT)})"
                        if m.date_of_birth
                        else words.name(m.first_name)
                        for m in unchecked
                    )
                )
            )
            if unchecked
            else ""
        )
        self.to_check.setVisible(bool(unchecked))
        self.confirm_button.setVisible(bool(unchecked))
        contact = " · ".join(words.name(x) for x in (d.postcode, d.phone, d.email) if x)
        if contact:
            facts.append(contact)
        if d.notes:
            facts.append(self.tr("Notes: {notes}").format(notes=words.name(d.notes)))
        self.family_facts.setText(words.line("\n".join(facts)))
        state = []
        if d.due_date is not None:
            state.append(
                self.tr("Baby due {day} (not counted as a child until born).").format(
                    day=d.due_date.strftime(DOB_FORMAT)
                )
            )
        state.append(consent_text(d))
        if d.merges:
            state.append(
                self.tr("Another record was merged into this one on {day}.").format(
                    day=words.local(d.merges[0].merged_at, "%d %b %Y %H:%M")
                )
            )
        self.record_state.setText(words.line("\n".join(state)))
        self.consent_button.setVisible(d.needs_consent)
        self.undo_merge_button.setVisible(
            bool(d.merges) and self.session.may(Permission.MERGE_FAMILIES)
        )
        self.visits.clear()
        for v in d.visits:
            when = words.local(v.signed_in_at, "%d %b %Y %H:%M")
            self.visits.addItem(f"{when} · {v.site_name} · {words.reason(v.reason)} ({v.people})")
        if not d.visits:
            self.visits.addItem(self.tr("No visits yet."))
        self.contacts.clear()
        for c in d.contacts:
            due = (
                " · " + self.tr("follow-up {day}").format(day=words.day(c.follow_up_due))
                if c.follow_up_due and c.follow_up_done_at is None
                else ""
            )
            self.contacts.addItem(
                f"{words.local(c.contacted_at, '%d %b %Y')} · {words.channel(c.channel)} · "
                + ", ".join(words.need(n) for n in c.needs)
                + due
            )
        if not d.contacts:
            self.contacts.addItem(self.tr("No contacts yet."))
        live = next((p for p in d.passes if p.revoked_at is None), None)
        if live is not None:
            self.pass_state.setText(
                self.tr("Pass {code}, issued {day}").format(
                    code=live.short_code, day=words.local(live.issued_at, "%d %b %Y")
                )
            )
        else:
            self.pass_state.setText(
                self.tr("No pass yet.") if not d.passes else self.tr("Pass revoked.")
            )
        can = self.session.may(Permission.MANAGE_PASSES)
        self.reprint_button.setEnabled(can and live is not None)
        self.revoke_button.setEnabled(can and live is not None)
        self._show_card()
        self.right.setCurrentWidget(self.view)

    def _show_card(self) -> None:
        d = self.details
        live = d is not None and any(p.revoked_at is None for p in d.passes)
        if self.issued is not None and live:
            pix = QPixmap()
            pix.loadFromData(render_qr_png(self.issued.qr_payload, box_size=6))
            self.qr.setPixmap(pix)
            self.code.setText(self.issued.short_code)
            self.card_box.show()
            self.print_button.setEnabled(self.session.may(Permission.MANAGE_PASSES))
        else:
            self.issued = None
            self.qr.clear()
            self.code.setText("")
            self.card_box.hide()
            self.print_button.setEnabled(False)

    # --- passes ------------------------------------------------------------------------------

    def _on_issue_clicked(self) -> None:
        if self.details is None:
            return
        if any(p.revoked_at is None for p in self.details.passes):
            self.pass_confirm.ask(
                self.tr("Issue a new pass? The old one stops working."),
                self.tr("Yes, issue a new pass"),
                self._issue,
            )
        else:
            self._issue()

    def _issue(self) -> None:
        assert self.details is not None
        self.run(
            self.ctx.services.passes.issue,
            self.actor,
            self.details.family_id,
            on_success=self._on_pass,
        )

    def _on_reprint_clicked(self) -> None:
        if self.details is not None:
            self.run(
                self.ctx.services.passes.current,
                self.actor,
                self.details.family_id,
                on_success=self._on_pass,
            )

    def _on_pass(self, issued: IssuedPass | None) -> None:
        self.issued = issued
        if issued is not None:
            self.message.show_ok(
                self.tr("Pass {code}: print the card for the family.").format(
                    code=issued.short_code
                )
            )
            self.open_family(issued.family_id)

    def _on_revoke_clicked(self) -> None:
        d = self.details
        live = next((p for p in d.passes if p.revoked_at is None), None) if d else None
        if live is None:
            return
        self.pass_confirm.ask(
            self.tr("Revoke pass {code}? It will stop working at the kiosk.").format(
                code=live.short_code
            ),
            self.tr("Yes, revoke"),
            lambda: self.run(
                self.ctx.services.passes.revoke,
                self.actor,
                live.pass_id,
                on_success=lambda _: self._after_revoke(),
            ),
        )

    def _after_revoke(self) -> None:
        self.issued = None
        self.message.show_ok(self.tr("Pass revoked."))
        if self.details is not None:
            self.open_family(self.details.family_id)

    def _on_print_clicked(self) -> None:
        if self.issued is None:
            return
        card = PassCard(
            qr_payload=self.issued.qr_payload,
            short_code=self.issued.short_code,
            hub_name=self.ctx.hub_name,
            caption=self.tr("Scan this at the kiosk, or type the code under it."),
        )
        printer = default_printer_name()
        stamp = words.local(self.ctx.clock.now(), "%Y%m%d-%H%M%S")
        path = None if printer else self.ctx.settings.out_dir() / f"pass-card-{stamp}.pdf"

        def work() -> tuple[str, Path | None]:  # on a worker: no widgets
            if path is not None:
                path.parent.mkdir(parents=True, exist_ok=True)
            return print_pass_card(card, pdf_path=path, printer_name=printer or ""), path

        self.run(work, on_success=self._on_printed)

    def _on_printed(self, result: tuple[str, Path | None]) -> None:
        where, path = result
        self.last_card = path
        if path is not None:
            self.message.show_ok(self.tr("Pass card saved: {path}").format(path=str(path)))
        else:
            self.message.show_ok(self.tr("Pass card sent to {printer}.").format(printer=where))

    # --- merging -----------------------------------------------------------------------------

    def _on_merge_clicked(self) -> None:
        picking = self.merge_box.isVisible() and self.merge_picker.isVisible()
        self.merge_confirm.hide()
        self.merge_picker.show()
        self.merge_hint.show()
        self.merge_box.setVisible(not picking)
        self.merge_picker.clear()
        self.merge_picker.field.setFocus()

    def _on_duplicate_chosen(self, dup: FamilySummary) -> None:
        keep = self.details
        if keep is None:
            return
        if dup.family_id == keep.family_id:
            self.message.show_error(self.tr("That is this family: choose the duplicate."))
            return
        self.open_merge(keep.family_id, dup.family_id)

    def open_merge(self, a_id: uuid.UUID, b_id: uuid.UUID) -> None:
        """The two records side by side (record 1 on the left)."""
        self._merge_from = self.right.currentWidget() or self.hint
        self.run(
            self.ctx.services.families.compare,
            self.actor,
            a_id,
            b_id,
            on_success=self._show_merge,
        )

    def _show_merge(self, compare: MergeCompare) -> None:
        self.merge_box.hide()
        self.message.clear_message()
        self.merge_view.show_compare(compare)
        self.right.setCurrentWidget(self.merge_view)

    def _on_merge_cancelled(self) -> None:
        back = self._merge_from
        if back is self.duplicates_view:
            self.right.setCurrentWidget(back)
        else:
            self._back_to_family()

    def _on_merge_requested(self, plan: MergePlan) -> None:
        self.run(
            self.ctx.services.families.merge,
            self.actor,
            plan.keep_id,
            plan.duplicate_id,
            plan,
            on_success=self._after_merge,
        )

    def _on_undo_merge_clicked(self) -> None:
        d = self.details
        if d is None or not d.merges:
            return
        merge = d.merges[0]
        self.merge_confirm.ask(
            self.tr("Undo the merge? Both records come back as they were, with their visits."),
            self.tr("Yes, undo the merge"),
            lambda: self.run(
                self.ctx.services.families.undo_merge,
                self.actor,
                merge.merge_id,
                on_success=lambda _dup: self._after_undo(d.family_id),
            ),
        )
        self.merge_box.show()
        self.merge_picker.hide()
        self.merge_hint.hide()

    def _after_undo(self, keep_id: uuid.UUID) -> None:
        self.picker.search_now()
        self.open_family(keep_id)
        self.message.show_ok(self.tr("Merge undone: both records are back as they were."))

    # --- likely duplicates, the expected baby, consent -------------------------------------------

    def _on_duplicates_clicked(self) -> None:
        self.run(
            self.ctx.services.families.duplicates,
            self.actor,
            on_success=self._show_duplicates,
        )

    def _on_pair_dismissed(self, a_id: uuid.UUID, b_id: uuid.UUID) -> None:
        families, actor = self.ctx.services.families, self.actor

        def work() -> list[Any]:  # on a worker
            families.not_duplicates(actor, a_id, b_id)
            return families.duplicates(actor)

        def done(pairs: list[Any]) -> None:
            self._show_duplicates(pairs)
            self.message.show_ok(self.tr("Kept apart: that pair will not be listed again."))

        self.run(work, on_success=done)

    def _show_duplicates(self, pairs: list[Any]) -> None:
        self.duplicates_view.show_pairs(pairs)
        self.right.setCurrentWidget(self.duplicates_view)

    def _back_to_family(self) -> None:
        self.message.clear_message()
        if self.details is not None:
            self.open_family(self.details.family_id)
        else:
            self.right.setCurrentWidget(self.hint)

    def _on_baby_clicked(self) -> None:
        if self.details is not None:
            self.baby_panel.open(self.details, self.ctx.clock.now().astimezone(HUB_TZ).date())
            self.right.setCurrentWidget(self.baby_panel)

    def _on_consent_clicked(self) -> None:
        d = self.details
        if d is None:
            return

        def show(settings: PrivacySettings) -> None:
            self.consent_panel.open(d, settings.notice)
            self.right.setCurrentWidget(self.consent_panel)

        self.run(self.ctx.services.hub_settings.privacy, self.actor, on_success=show)

    def _on_panel_done(self, family_id: uuid.UUID, said: str) -> None:
        self.open_family(family_id)
        self.message.show_ok(said)

    def _after_erase(self, _family_id: uuid.UUID) -> None:
        self.details = None
        self.issued = None
        self.right.setCurrentWidget(self.hint)
        self.picker.search_now()

    def _after_merge(self, done: MergeDone) -> None:
        self.merge_box.hide()
        self.picker.search_now()
        self.open_family(done.keep_id)
        self.message.show_ok(self.tr("Families merged. Undo merge puts both records back."))

    # --- editing and new families ------------------------------------------------------------

    def _build_editor(self) -> QWidget:
        ed = StackPage(self)
        ed.setObjectName("familyEditor")
        ed.setProperty("kind", "card")
        col = QVBoxLayout(ed)
        self.editor_title = label("", "editorTitle", "subtitle", ed)
        # Save and Cancel at the top, beside the title: on the screen however many error lines
        # the form shows below
        top = QHBoxLayout()
        top.addWidget(self.editor_title, 1)
        self.cancel_edit = button(self.tr("Cancel"), "cancelEditButton", ed)
        self.save_edit = button(self.tr("Save"), "saveFamilyButton", ed, kind="primary")
        top.addWidget(self.cancel_edit)
        top.addWidget(self.save_edit)
        col.addLayout(top)
        self.members_table = QTableWidget(0, 5, ed)
        self.members_table.setObjectName("membersTable")
        self.members_table.setAccessibleName(self.tr("People in the family"))
        self.members_table.setHorizontalHeaderLabels(
            [
                self.tr("First name"),
                self.tr("Last name"),
                self.tr("Adult or child"),
                self.tr("Role / date of birth"),
                self.tr("SEND"),
            ]
        )
        self.members_table.verticalHeader().hide()
        self.members_table.verticalHeader().setDefaultSectionSize(44)  # room for the role list
        header = self.members_table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        for column in (2, 4):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.members_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        # it gives up its empty rows to the error lines, so Save stays on the screen
        self.members_table.setMinimumHeight(130)
        col.addWidget(self.members_table, 1)
        # every problem at once, in this screen's words: those about a person under the table
        # ("Person 2, date of birth: …"), the others under their own field
        self.errors = FormErrors(self.message)
        self.member_errors: list[tuple[str, QWidget]] = []
        self.member_errors_box = QVBoxLayout()
        self.member_errors_box.setContentsMargins(0, 0, 0, 0)
        self.member_errors_box.setSpacing(2)
        col.addLayout(self.member_errors_box)
        mrow = QHBoxLayout()
        self.add_adult = button(self.tr("Add adult"), "addAdultButton", ed)
        self.add_child = button(self.tr("Add child"), "addChildButton", ed)
        self.remove_member = button(self.tr("Remove person"), "removeMemberButton", ed)
        for b in (self.add_adult, self.add_child, self.remove_member):
            mrow.addWidget(b)
        mrow.addStretch(1)
        col.addLayout(mrow)
        grid = QGridLayout()
        self.postcode = QLineEdit(ed)
        self.phone = QLineEdit(ed)
        self.email = QLineEdit(ed)
        for i, (field, name, text) in enumerate(
            (
                (self.postcode, "editPostcode", self.tr("Postcode")),
                (self.phone, "editPhone", self.tr("Phone")),
                (self.email, "editEmail", self.tr("Email")),
            )
        ):
            field.setObjectName(name)
            field.setAccessibleName(text)
            field.setPlaceholderText(text)
            grid.addWidget(field, 0, i)
            path = ("postcode", "phone", "email")[i]
            grid.addWidget(self.errors.field(path, field, text), 1, i, Qt.AlignmentFlag.AlignTop)
        col.addLayout(grid)
        self.notes = QPlainTextEdit(ed)
        self.notes.setObjectName("editNotes")
        self.notes.setAccessibleName(self.tr("Notes"))
        self.notes.setPlaceholderText(self.tr("Notes"))
        self.notes.setMaximumHeight(60)
        col.addWidget(self.notes)
        col.addWidget(self.errors.field("notes", self.notes, self.tr("Notes")))
        self.add_adult.clicked.connect(lambda: self._add_row(ADULT))
        self.add_child.clicked.connect(lambda: self._add_row(CHILD))
        self.remove_member.clicked.connect(self._on_remove_member_clicked)
        self.cancel_edit.clicked.connect(self._on_cancel_edit_clicked)
        self.save_edit.clicked.connect(self._on_save_edit_clicked)
        return ed

    def _add_row(
        self,
        kind: str,
        member_id: uuid.UUID | None = None,
        first: str = "",
        last: str = "",
        detail: str = "",
        send: bool = False,
    ) -> int:
        t = self.members_table
        r = t.rowCount()
        t.insertRow(r)
        first_item = QTableWidgetItem(first)
        first_item.setData(Qt.ItemDataRole.UserRole, member_id)
        t.setItem(r, 0, first_item)
        t.setItem(r, 1, QTableWidgetItem(last))
        kind_item = QTableWidgetItem(self.tr("Adult") if kind == ADULT else self.tr("Child"))
        kind_item.setData(Qt.ItemDataRole.UserRole, kind)
        kind_item.setFlags(kind_item.flags() & ~Qt.ItemFlag.ItemIsEditable)
        t.setItem(r, 2, kind_item)
        if kind == ADULT:
            combo = QComboBox(t)
            combo.setObjectName(f"memberRole_{r}")
            combo.setAccessibleName(self.tr("Role"))
            for role in Role:
                combo.addItem(words.role(role), role)
            wanted = Role(detail) if detail else Role.OTHER
            combo.setCurrentIndex(max(0, list(Role).index(wanted)))
            t.setCellWidget(r, 3, combo)
            t.setItem(r, 4, QTableWidgetItem(""))
        else:
            t.setItem(r, 3, QTableWidgetItem(detail))
            send_item = QTableWidgetItem(self.tr("SEND"))
            send_item.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled)
            send_item.setCheckState(Qt.CheckState.Checked if send else Qt.CheckState.Unchecked)
            t.setItem(r, 4, send_item)
        return r

    def start_edit(self, d: FamilyDetails | None) -> None:
        self.editing_id = d.family_id if d else None
        self.editor_title.setText(
            words.line(self.tr("Edit {family}").format(family=words.family_label(d.members)))
            if d
            else self.tr("New family")
        )
        self.members_table.setRowCount(0)
        self.postcode.setText(d.postcode or "" if d else "")
        self.phone.setText(d.phone or "" if d else "")
        self.email.setText(d.email or "" if d else "")
        self.notes.setPlainText(d.notes or "" if d else "")
        if d is None:
            self._add_row(ADULT)
        else:
            for m in d.members:
                if m.is_child:
                    dob = m.date_of_birth.strftime(DOB_FORMAT) if m.date_of_birth else ""
                    self._add_row(CHILD, m.id, m.first_name, m.last_name or "", dob, m.send)
                else:
                    self._add_row(
                        ADULT, m.id, m.first_name, m.last_name or "", m.role.value if m.role else ""
                    )
        self._register_member_fields()
        self.errors.clear()
        self.right.setCurrentWidget(self.editor)

    def _on_remove_member_clicked(self) -> None:
        rows = sorted({i.row() for i in self.members_table.selectedIndexes()}, reverse=True)
        for r in rows:
            self.members_table.removeRow(r)

    def _on_cancel_edit_clicked(self) -> None:
        self.right.setCurrentWidget(self.view if self.details else self.hint)

    def family_in(self) -> FamilyIn:
        """The editor's contents. Raises ValidationError naming the field for a bad date."""
        t = self.members_table

        def text(r: int, c: int) -> str:
            item = t.item(r, c)
            return item.text() if item is not None else ""

        def data(r: int, c: int) -> Any:
            item = t.item(r, c)
            return item.data(Qt.ItemDataRole.UserRole) if item is not None else None

        adults: list[AdultIn] = []
        children: list[ChildIn] = []
        for r in range(t.rowCount()):
            first = text(r, 0)
            member_id = data(r, 0)
            last = text(r, 1) or None
            kind = data(r, 2)
            if kind == ADULT:
                combo = t.cellWidget(r, 3)
                role = combo.currentData() if isinstance(combo, QComboBox) else Role.OTHER
                adults.append(AdultIn(first, last, role, id=member_id))
            else:
                field = f"children[{len(children)}].date_of_birth"
                try:
                    dob = parse_dob(text(r, 3), field)
                except ValidationError:
                    # as typed: the service refuses it ("not_a_date") along with every other
                    # problem of the form, so all of them show at once
                    dob = cast("date", text(r, 3))
                send_item = t.item(r, 4)
                send = send_item is not None and send_item.checkState() == Qt.CheckState.Checked
                children.append(ChildIn(first, dob, send, last, id=member_id))
        return FamilyIn(
            adults=tuple(adults),
            children=tuple(children),
            postcode=self.postcode.text() or None,
            phone=self.phone.text() or None,
            email=self.email.text() or None,
            notes=self.notes.toPlainText() or None,
        )

    def _register_member_fields(self) -> None:
        """One error line per person and column, named as the screen shows them."""
        for path, error in self.member_errors:
            self.errors.forget(path)
            error.hide()
            error.setParent(None)
            error.deleteLater()
        self.member_errors = []
        t = self.members_table
        seen = {ADULT: 0, CHILD: 0}
        columns = {
            "first_name": self.tr("first name"),
            "last_name": self.tr("last name"),
            "role": self.tr("role"),
            "date_of_birth": self.tr("date of birth"),
            "send": self.tr("SEND"),
        }
        for r in range(t.rowCount()):
            item = t.item(r, 2)
            kind = item.data(Qt.ItemDataRole.UserRole) if item is not None else CHILD
            base = f"{'adults' if kind == ADULT else 'children'}[{seen[kind]}]"
            seen[kind] += 1
            person = self.tr("Person {number}").format(number=r + 1)
            for suffix, column in (("", ""), *columns.items()):
                path = f"{base}.{suffix}" if suffix else base
                text = (
                    self.tr("{person}, {column}").format(person=person, column=column)
                    if column
                    else person
                )
                error = self.errors.field(path, t, text, name=f"memberError_{r}_{suffix or 'row'}")
                self.member_errors_box.addWidget(error)
                self.member_errors.append((path, error))

    def _on_save_edit_clicked(self) -> None:
        self._register_member_fields()
        self.errors.clear()
        family = self.family_in()
        if self.editing_id is None:
            self.run(
                self.ctx.services.families.register,
                self.actor,
                family,
                on_success=self._on_registered,
                on_failure=self.errors.show,
            )
        else:
            family_id = self.editing_id
            self.run(
                self.ctx.services.families.edit,
                self.actor,
                family_id,
                family,
                on_success=lambda _: self._after_save(family_id),
                on_failure=self.errors.show,
            )

    def _on_registered(self, registered: FamilyRegistered) -> None:
        self._after_save(registered.family_id)

    def _after_save(self, family_id: uuid.UUID) -> None:
        self.message.show_ok(self.tr("Saved."))
        self.open_family(family_id)
