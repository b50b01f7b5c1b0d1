"""The kiosk window: a header, the pages, and the flow between them.

The window owns the sign-in draft (who, why, postcode...) and moves between pages when they
signal. Every write goes through the TaskRunner, and the confirmation appears only in the
success callback, i.e. after the service committed the visit to disk.
"""

from __future__ import annotations

import logging
import uuid
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QElapsedTimer, QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence, QPixmap, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from hubdesk.domain.catalogue import SignOutBy, VisitReason
from hubdesk.domain.people import Party
from hubdesk.domain.postcode import Postcode
from hubdesk.services.families import FamilyIn, KioskHousehold
from hubdesk.services.kiosk import KioskProfile
from hubdesk.services.passes import IssuedPass
from hubdesk.services.visits import SignedIn, SignIn
from hubdesk.ui.kiosk import done_page, privacy_page, private_word_page
from hubdesk.ui.kiosk.about_page import AboutAnswers, AboutPage
from hubdesk.ui.kiosk.camera_page import CameraPage
from hubdesk.ui.kiosk.context import KioskContext
from hubdesk.ui.kiosk.done_page import DonePage
from hubdesk.ui.kiosk.household_page import HouseholdPage
from hubdesk.ui.kiosk.idle_watcher import IdleWatcher
from hubdesk.ui.kiosk.page import KioskPage
from hubdesk.ui.kiosk.party_page import ChildByDate, PartyPage
from hubdesk.ui.kiosk.pass_card_page import PassCardPage
from hubdesk.ui.kiosk.pass_question_page import PassQuestionPage
from hubdesk.ui.kiosk.privacy_page import PrivacyPage
from hubdesk.ui.kiosk.private_word_page import PrivateWordPage
from hubdesk.ui.kiosk.reason_page import ReasonPage
from hubdesk.ui.kiosk.register_page import RegisterPage
from hubdesk.ui.kiosk.sign_out_page import SignOutPage
from hubdesk.ui.kiosk.staff_page import StaffPage
from hubdesk.ui.kiosk.welcome_page import WelcomePage
from hubdesk.ui.kiosk.words import problem_text
from hubdesk.ui.widgets.icons import IconView
from hubdesk.ui.widgets.tile_button import TileButton, align_to_reading_side

log = logging.getLogger(__name__)

STAFF_SHORTCUT = "Ctrl+Alt+Shift+L"
TAP_WINDOW_MS = 4000  # the staff taps on the logo must come within this time

IN = "in"
OUT = "out"


@dataclass
class Draft:
    """Everything a family has chosen so far. Cleared on reset."""

    purpose: str = IN  # what a scan is for: signing in or out
    household: KioskHousehold | None = None
    member_ids: tuple[uuid.UUID, ...] = ()
    party: Party | None = None
    by_date: list[ChildByDate] = field(default_factory=list)
    reason: VisitReason | None = None
    activity_id: uuid.UUID | None = None
    postcode: Postcode | None = None
    first_time: bool | None = None


class KioskWindow(QWidget):
    sig_reset_done = Signal()
    """The kiosk went back to the welcome screen, cleared. No arguments."""
    sig_signed_in = Signal(object)
    """A sign-in was committed. Argument: the SignedIn result."""

    def __init__(
        self,
        ctx: KioskContext,
        app: QApplication,
        *,
        print_to_pdf: Path | None = None,
    ) -> None:
        super().__init__()
        self.ctx = ctx
        self.setObjectName("kioskWindow")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.allow_close = False
        self.profile: KioskProfile | None = None
        self.draft = Draft()
        self.history: list[KioskPage] = []
        self._return_to: KioskPage | None = None
        self._busy = False

        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        outer.addWidget(self._build_header())
        self.stack = QStackedWidget(self)
        self.stack.setObjectName("kioskStack")
        outer.addWidget(self.stack, 1)

        self.welcome = WelcomePage(ctx)
        self.pass_question = PassQuestionPage(ctx)
        self.camera = CameraPage(ctx)
        self.household = HouseholdPage(ctx)
        self.reason = ReasonPage(ctx)
        self.party = PartyPage(ctx)
        self.about = AboutPage(ctx)
        self.privacy = PrivacyPage(ctx)
        self.register = RegisterPage(ctx)
        self.pass_card = PassCardPage(ctx, print_to_pdf=print_to_pdf)
        self.done = DonePage(ctx)
        self.sign_out = SignOutPage(ctx)
        self.private_word = PrivateWordPage(ctx)
        self.staff = StaffPage(ctx)
        self.pages: list[KioskPage] = [
            self.welcome,
            self.pass_question,
            self.camera,
            self.household,
            self.reason,
            self.party,
            self.about,
            self.privacy,
            self.register,
            self.pass_card,
            self.done,
            self.sign_out,
            self.private_word,
            self.staff,
        ]
        for page in self.pages:
            self.stack.addWidget(page)
            page.sig_back_clicked.connect(self._on_page_back_clicked)
        self._connect_pages()

        self.overlay = self._build_overlay()
        self.idle = IdleWatcher(app, ctx.settings.idle_ms, ctx.settings.warn_ms, self)
        self.idle.sig_warning.connect(self._on_idle_warning)
        self.idle.sig_idle.connect(self._on_idle_timeout)
        self.idle.sig_resumed.connect(self._on_idle_resumed)
        self.done_timer = QTimer(self)
        self.done_timer.setSingleShot(True)
        self.done_timer.setInterval(ctx.settings.done_ms)
        self.done_timer.timeout.connect(self.reset_to_welcome)
        self._taps = 0
        self._tap_clock = QElapsedTimer()
        self.staff_shortcut = QShortcut(QKeySequence(STAFF_SHORTCUT), self)
        self.staff_shortcut.setContext(Qt.ShortcutContext.ApplicationShortcut)
        self.staff_shortcut.activated.connect(self.open_staff_page)
        ctx.themes.sig_theme_changed.connect(self._on_theme_changed)
        self.retranslate()
        self.stack.setCurrentWidget(self.welcome)
        self._sync_header()
        ctx.tasks.run(ctx.services.profile.profile, ctx.actor, on_success=self._on_profile_loaded)

    # --- building -------------------------------------------------------------------------------

    def _build_header(self) -> QWidget:
        header = QWidget(self)
        header.setObjectName("kioskHeader")
        header.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        row = QHBoxLayout(header)
        row.setContentsMargins(24, 8, 24, 8)
        row.setSpacing(16)
        self.logo = QPushButton(header)
        self.logo.setObjectName("logoButton")
        self.logo.setFlat(True)
        self.logo.setFixedSize(72, 72)
        self.logo.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # a staff gesture, not a family control
        logo_layout = QHBoxLayout(self.logo)
        logo_layout.setContentsMargins(4, 4, 4, 4)
        self.logo_icon = IconView("logo", 60, self.logo)
        self.logo_icon.setProperty("kind", "onheader")
        self.logo_picture = QLabel(self.logo)
        self.logo_picture.setFixedSize(60, 60)
        self.logo_picture.setScaledContents(True)
        self.logo_picture.hide()
        self.logo_picture.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        logo_layout.addWidget(self.logo_icon)
        logo_layout.addWidget(self.logo_picture)
        self.logo.clicked.connect(self._on_logo_clicked)
        self.logo_hold = QTimer(self)
        self.logo_hold.setSingleShot(True)
        self.logo_hold.setInterval(self.ctx.settings.staff_press_ms)
        self.logo_hold.timeout.connect(self.open_staff_page)
        self.logo.pressed.connect(self.logo_hold.start)
        self.logo.released.connect(self.logo_hold.stop)
        row.addWidget(self.logo)
        self.hub_name = QLabel(header)
        self.hub_name.setObjectName("hubNameLabel")
        self.hub_name.setWordWrap(True)
        row.addWidget(self.hub_name, 1)
        self.start_again = TileButton("home", "", kind="secondary", icon_size=32)
        self.start_again.setObjectName("startAgainButton")
        self.start_again.setMaximumWidth(300)
        self.start_again.clicked.connect(self.reset_to_welcome)
        row.addWidget(self.start_again)
        self.private_word_button = TileButton("private-word", "", kind="quiet", icon_size=36)
        self.private_word_button.setObjectName("privateWordButton")
        self.private_word_button.setMaximumWidth(380)
        self.private_word_button.clicked.connect(self._on_private_word_clicked)
        row.addWidget(self.private_word_button)
        return header

    def _build_overlay(self) -> QFrame:
        overlay = QFrame(self)
        overlay.setObjectName("stillThereOverlay")
        overlay.setProperty("kind", "overlay")
        layout = QVBoxLayout(overlay)
        layout.setContentsMargins(32, 32, 32, 32)
        layout.setSpacing(20)
        self.overlay_title = QLabel(overlay)
        self.overlay_title.setProperty("kind", "title")
        self.overlay_title.setWordWrap(True)
        layout.addWidget(self.overlay_title)
        self.overlay_text = QLabel(overlay)
        self.overlay_text.setWordWrap(True)
        layout.addWidget(self.overlay_text)
        self.still_here = TileButton("check", "", kind="primary", icon_size=40, parent=overlay)
        self.still_here.setObjectName("stillHereButton")
        self.still_here.clicked.connect(self._on_still_here_clicked)
        layout.addWidget(self.still_here)
        overlay.hide()
        return overlay

    def _connect_pages(self) -> None:
        self.welcome.sig_sign_in_clicked.connect(self._on_sign_in_clicked)
        self.welcome.sig_sign_out_clicked.connect(self._on_sign_out_clicked)
        self.welcome.scan.sig_scanned.connect(lambda text: self._on_scanned(text, IN))
        self.welcome.scan.sig_camera_clicked.connect(lambda: self._open_camera(IN))
        self.pass_question.scan.sig_scanned.connect(lambda text: self._on_scanned(text, IN))
        self.pass_question.scan.sig_camera_clicked.connect(lambda: self._open_camera(IN))
        self.pass_question.sig_no_pass_clicked.connect(self._on_no_pass_clicked)
        self.sign_out.scan.sig_scanned.connect(lambda text: self._on_scanned(text, OUT))
        self.sign_out.scan.sig_camera_clicked.connect(lambda: self._open_camera(OUT))
        self.sign_out.sig_visit_chosen.connect(self._on_sign_out_visit_chosen)
        self.sign_out.sig_nothing_clicked.connect(self._on_sign_out_nothing_clicked)
        self.camera.sig_scanned.connect(lambda text: self._on_scanned(text, self.draft.purpose))
        self.household.sig_members_chosen.connect(self._on_members_chosen)
        self.household.sig_sign_out_clicked.connect(self._on_household_sign_out_clicked)
        self.reason.sig_reason_chosen.connect(self._on_reason_chosen)
        self.party.sig_party_chosen.connect(self._on_party_chosen)
        self.about.sig_about_done.connect(self._on_about_done)
        self.privacy.sig_finish_anonymous_clicked.connect(self._on_finish_anonymous_clicked)
        self.privacy.sig_register_clicked.connect(self._on_register_clicked)
        self.privacy.sig_consent_answered.connect(self._on_consent_answered)
        self.register.sig_family_ready.connect(self._on_family_ready)
        self.pass_card.sig_done_clicked.connect(self.reset_to_welcome)
        self.done.sig_finish_clicked.connect(self.reset_to_welcome)
        self.private_word.sig_return_clicked.connect(self._on_private_word_return)
        self.staff.sig_close_clicked.connect(self._on_staff_close_clicked)

    # --- language, theme ------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Family Hub sign-in"))
        self.start_again.set_text(self.tr("Start again"))
        self.private_word_button.set_text(self.tr("I'd like a private word"))
        self.private_word_button.setAccessibleName(self.tr("I'd like a private word with someone"))
        self.overlay_title.setText(self.tr("Are you still there?"))
        self.overlay_text.setText(
            self.tr("This screen will start again soon, to keep your details private.")
        )
        self.still_here.set_text(self.tr("I'm still here"))
        self.logo.setAccessibleName(self.tr("Family Hub logo"))
        self._sync_hub_name()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() in (QEvent.Type.LanguageChange, QEvent.Type.LayoutDirectionChange):
            self.retranslate()
        elif (
            event.type() == QEvent.Type.WindowStateChange
            and not self.allow_close
            and self.windowState() & Qt.WindowState.WindowMinimized
        ):
            QTimer.singleShot(0, self._restore_window)
        super().changeEvent(event)

    def _restore_window(self) -> None:
        if self.isFullScreen() or self.windowFlags() & Qt.WindowType.FramelessWindowHint:
            self.showFullScreen()
        else:
            self.showNormal()

    def _on_theme_changed(self) -> None:
        for widget in self.findChildren(QWidget):
            widget.update()

    def _on_profile_loaded(self, profile: KioskProfile) -> None:
        self.profile = profile
        self.privacy.set_profile(profile.hub_name, profile.privacy_notice)
        if profile.logo_png:
            pixmap = QPixmap()
            if pixmap.loadFromData(profile.logo_png):
                self.logo_picture.setPixmap(pixmap)
                self.logo_picture.show()
                self.logo_icon.hide()
        self._sync_hub_name()

    def _sync_hub_name(self) -> None:
        name = self.profile.hub_name if self.profile else ""
        self.hub_name.setText(name or self.tr("Family Hub"))
        align_to_reading_side(self.hub_name, self.layoutDirection())

    # --- navigation -----------------------------------------------------------------------------

    def current_page(self) -> KioskPage:
        page = self.stack.currentWidget()
        assert isinstance(page, KioskPage)
        return page

    def go(self, page: KioskPage, *, remember: bool = True) -> None:
        current = self.current_page()
        if remember and current is not page and current not in (self.private_word, self.done):
            self.history.append(current)
        self.stack.setCurrentWidget(page)
        self._sync_header()
        page.on_shown()

    def _sync_header(self) -> None:
        page = self.stack.currentWidget()
        self.start_again.setVisible(page is not self.welcome)
        self.private_word_button.setVisible(page is not self.private_word)

    def _on_page_back_clicked(self) -> None:
        page = self.history.pop() if self.history else self.welcome
        if page is self.welcome:
            self.reset_to_welcome()
            return
        self.stack.setCurrentWidget(page)
        self._sync_header()
        page.on_shown()

    def reset_to_welcome(self) -> None:
        """Back to the welcome screen with every field cleared and the kiosk's own language."""
        self.done_timer.stop()
        self.overlay.hide()
        self.draft = Draft()
        self.history = []
        self._return_to = None
        self._set_busy(False)
        if self.ctx.languages.current != self.ctx.settings.default_language:
            self.ctx.languages.set_language(self.ctx.settings.default_language)
        settings = self.ctx.settings
        if (
            self.ctx.themes.theme != settings.default_theme
            or self.ctx.themes.large_text != settings.default_large_text
        ):
            self.ctx.themes.apply(
                theme=settings.default_theme, large_text=settings.default_large_text
            )
        for page in self.pages:
            page.reset()
        self.stack.setCurrentWidget(self.welcome)
        self._sync_header()
        self.welcome.on_shown()
        self.idle.poke()
        self.sig_reset_done.emit()

    def _set_busy(self, busy: bool) -> None:
        """While a commit runs the pages take no taps, so nothing is signed in twice."""
        self._busy = busy
        self.stack.setEnabled(not busy)

    # --- idle -----------------------------------------------------------------------------------

    def _is_pristine(self) -> bool:
        return (
            self.current_page() is self.welcome
            and not self.welcome.scan.field.text()
            and self.ctx.languages.current == self.ctx.settings.default_language
            and self.ctx.themes.theme == self.ctx.settings.default_theme
            and self.ctx.themes.large_text == self.ctx.settings.default_large_text
        )

    def _on_idle_warning(self) -> None:
        if self._is_pristine() or self._busy:
            self.idle.poke()
            return
        self.overlay.adjustSize()
        width = min(self.width() - 80, 720)
        self.overlay.setFixedWidth(max(width, 320))
        self.overlay.adjustSize()
        self.overlay.move(
            (self.width() - self.overlay.width()) // 2, (self.height() - self.overlay.height()) // 2
        )
        self.overlay.show()
        self.overlay.raise_()
        self.still_here.setFocus()

    def _on_idle_resumed(self) -> None:
        self.overlay.hide()

    def _on_still_here_clicked(self) -> None:
        self.overlay.hide()
        self.idle.poke()

    def _on_idle_timeout(self) -> None:
        if self._busy:
            self.idle.poke()
            return
        self.reset_to_welcome()

    # --- staff ----------------------------------------------------------------------------------

    def _on_logo_clicked(self) -> None:
        if not self._tap_clock.isValid() or self._tap_clock.elapsed() > TAP_WINDOW_MS:
            self._taps = 0
            self._tap_clock.start()
        self._taps += 1
        if self._taps >= self.ctx.settings.staff_taps:
            self._taps = 0
            self._tap_clock.invalidate()
            self.open_staff_page()

    def open_staff_page(self) -> None:
        if self.current_page() is self.staff:
            return
        self.staff.reset()
        self.go(self.staff)

    def _on_staff_close_clicked(self) -> None:
        if self.staff.verified is None:
            return
        self.allow_close = True
        self.close()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt's name
        if self.allow_close:
            self.idle.detach()
            self.camera.stop()
            event.accept()
            return
        event.ignore()  # only staff, with a PIN, may close the kiosk

    # --- private word ---------------------------------------------------------------------------

    def _on_private_word_clicked(self) -> None:
        page = self.current_page()
        if page is not self.private_word:
            self._return_to = page
        self.private_word.set_state(private_word_page.SENDING)
        self.stack.setCurrentWidget(self.private_word)
        self._sync_header()
        self.ctx.tasks.run(
            self.ctx.services.alerts.private_word,
            self.ctx.actor,
            on_success=lambda _at: self.private_word.set_state(private_word_page.SENT),
            on_failure=self._on_private_word_failed,
        )

    def _on_private_word_failed(self, exc: BaseException) -> None:
        log.warning("private word alert not recorded: %s", type(exc).__name__)
        self.private_word.set_state(private_word_page.FAILED)

    def _on_private_word_return(self) -> None:
        page = self._return_to or self.welcome
        self._return_to = None
        self.stack.setCurrentWidget(page)
        self._sync_header()

    # --- signing in with a pass -----------------------------------------------------------------

    def _on_sign_in_clicked(self) -> None:
        self.draft.purpose = IN
        self.go(self.pass_question)

    def _on_sign_out_clicked(self) -> None:
        self.draft.purpose = OUT
        self.go(self.sign_out)

    def _open_camera(self, purpose: str) -> None:
        self.draft.purpose = purpose
        self.go(self.camera)

    def _on_scanned(self, text: str, purpose: str) -> None:
        if self._busy:
            return
        self.draft.purpose = purpose
        source = self.current_page()
        self._set_busy(True)
        self.ctx.tasks.run(
            _find_household,
            self.ctx,
            text,
            on_success=self._on_household_found,
            on_failure=lambda exc: self._on_scan_refused(exc, source),
        )

    def _on_scan_refused(self, exc: BaseException, source: KioskPage) -> None:
        self._set_busy(False)
        page = source if source is not self.camera else self._page_before_camera()
        for card in (self.welcome.scan, self.pass_question.scan, self.sign_out.scan):
            card.clear()
        if page is not self.current_page():
            self.stack.setCurrentWidget(page)
            self._sync_header()
        page.message.show_message(problem_text(exc, with_field=False))
        page.on_shown()

    def _page_before_camera(self) -> KioskPage:
        return self.history.pop() if self.history else self.welcome

    def _on_household_found(self, found: FoundHousehold) -> None:
        household = found.household
        self.draft.household = household
        if self.draft.purpose == OUT:
            self.ctx.tasks.run(
                _sign_out_family,
                self.ctx,
                household.family_id,
                on_success=self._on_signed_out,
                on_failure=self._on_commit_failed,
            )
            return
        self._set_busy(False)
        self.household.show_household(household, already_in=found.already_in)
        if household.needs_consent:
            self.privacy.set_mode(privacy_page.CONSENT)
            self.go(self.privacy)
        else:
            self.go(self.household)

    def _on_consent_answered(self, agreed: bool) -> None:
        household = self.draft.household
        if household is None:
            return
        if agreed:
            # Recorded in the background; signing in does not wait for it.
            self.ctx.tasks.run(
                self.ctx.services.families.record_consent, self.ctx.actor, household.family_id
            )
        self.go(self.household)

    def _on_household_sign_out_clicked(self) -> None:
        """They scanned to sign in but were in already: most likely they are leaving."""
        household = self.draft.household
        if household is None or self._busy:
            return
        self._set_busy(True)
        self.ctx.tasks.run(
            _sign_out_family,
            self.ctx,
            household.family_id,
            on_success=self._on_signed_out,
            on_failure=self._on_commit_failed,
        )

    def _on_members_chosen(self, member_ids: tuple[uuid.UUID, ...]) -> None:
        self.draft.member_ids = member_ids
        self.go(self.reason)

    def _on_reason_chosen(self, reason: str, activity_id: str) -> None:
        self.draft.reason = VisitReason(reason)
        self.draft.activity_id = uuid.UUID(activity_id) if activity_id else None
        if self.draft.household is not None:
            self._commit(
                SignIn(
                    reason=self.draft.reason,
                    family_id=self.draft.household.family_id,
                    member_ids=self.draft.member_ids,
                    activity_id=self.draft.activity_id,
                )
            )
        else:
            self.go(self.about)

    # --- new or anonymous -----------------------------------------------------------------------

    def _on_no_pass_clicked(self) -> None:
        self.draft.household = None
        self.go(self.party)

    def _on_party_chosen(self, party: Party) -> None:
        self.draft.party = party
        self.draft.by_date = list(self.party.by_date)
        self.go(self.reason)

    def _on_about_done(self, answers: AboutAnswers) -> None:
        self.draft.postcode = answers.postcode
        self.draft.first_time = answers.first_time
        self.privacy.set_mode(privacy_page.NEW_VISITOR)
        self.go(self.privacy)

    def _anonymous_sign_in(self) -> SignIn:
        assert self.draft.reason is not None
        return SignIn(
            reason=self.draft.reason,
            party=self.draft.party,
            activity_id=self.draft.activity_id,
            postcode=str(self.draft.postcode) if self.draft.postcode else None,
            first_time=self.draft.first_time,
        )

    def _on_finish_anonymous_clicked(self) -> None:
        self._commit(self._anonymous_sign_in())

    def _on_register_clicked(self) -> None:
        if self.draft.party is None:
            return
        self.register.prepare(
            self.draft.party,
            self.draft.by_date,
            str(self.draft.postcode) if self.draft.postcode else None,
        )
        self.go(self.register)

    def _on_family_ready(self, family: FamilyIn) -> None:
        if self._busy or self.draft.reason is None:
            return
        self._set_busy(True)
        self.ctx.tasks.run(
            _register_and_sign_in,
            self.ctx,
            family,
            self.draft.reason,
            self.draft.activity_id,
            self.draft.first_time,
            on_success=self._on_registered,
            on_failure=self._on_register_failed,
        )

    def _on_registered(self, result: tuple[IssuedPass, SignedIn]) -> None:
        issued, signed_in = result
        self._set_busy(False)
        self.pass_card.show_pass(issued, self.profile.hub_name if self.profile else "")
        self.go(self.pass_card)
        self.sig_signed_in.emit(signed_in)

    def _on_register_failed(self, exc: BaseException) -> None:
        self._set_busy(False)
        self.register.show_problem(exc)

    # --- committing -----------------------------------------------------------------------------

    def _commit(self, request: SignIn) -> None:
        if self._busy:
            return
        self._set_busy(True)
        self.ctx.tasks.run(
            self.ctx.services.visits.sign_in,
            self.ctx.actor,
            request,
            on_success=self._on_signed_in,
            on_failure=self._on_commit_failed,
        )

    def _on_signed_in(self, signed_in: SignedIn) -> None:
        # The service returned, so the visit is committed (WAL, synchronous=FULL): confirm now.
        self._set_busy(False)
        self.done.show_result(done_page.SIGNED_IN, signed_in.people)
        self.go(self.done, remember=False)
        self.done_timer.start()
        self.sig_signed_in.emit(signed_in)

    def _on_commit_failed(self, exc: BaseException) -> None:
        self._set_busy(False)
        log.warning("kiosk commit refused: %s", type(exc).__name__)
        self.current_page().message.show_message(problem_text(exc))

    def _on_sign_out_visit_chosen(self, visit_id: uuid.UUID) -> None:
        if self._busy:
            return
        self._set_busy(True)
        self.ctx.tasks.run(
            self.ctx.services.visits.sign_out,
            self.ctx.actor,
            visit_id,
            SignOutBy.FAMILY,
            on_success=lambda _r: self._on_signed_out(1),
            on_failure=self._on_commit_failed,
        )

    def _on_signed_out(self, _count: int) -> None:
        self._set_busy(False)
        self.done.show_result(done_page.SIGNED_OUT)
        self.go(self.done, remember=False)
        self.done_timer.start()

    def _on_sign_out_nothing_clicked(self) -> None:
        self.done.show_result(done_page.NOTHING)
        self.go(self.done, remember=False)
        self.done_timer.start()


# --- work functions (run on a worker thread: plain data in and out, no widgets) ---------------


@dataclass(frozen=True)
class FoundHousehold:
    household: KioskHousehold
    already_in: bool  # signed in today and not out yet


def _find_household(ctx: KioskContext, text: str) -> FoundHousehold:
    """The household whose pass was scanned, and whether it is in the building already."""
    household = ctx.services.passes.find_by_scan(ctx.actor, text)
    inside = ctx.services.visits.who_is_in(ctx.actor.hub_id)
    return FoundHousehold(household, any(v.family_id == household.family_id for v in inside))


def _sign_out_family(ctx: KioskContext, family_id: uuid.UUID) -> int:
    """Sign out every open visit of this family today at this hub. Returns how many."""
    visits = ctx.services.visits
    open_visits = [v for v in visits.who_is_in(ctx.actor.hub_id) if v.family_id == family_id]
    for visit in open_visits:
        visits.sign_out(ctx.actor, visit.visit_id, SignOutBy.FAMILY)
    return len(open_visits)


def _register_and_sign_in(
    ctx: KioskContext,
    family: FamilyIn,
    reason: VisitReason,
    activity_id: uuid.UUID | None,
    first_time: bool | None,
) -> tuple[IssuedPass, SignedIn]:
    """Register the household, issue its first pass, and sign everyone in."""
    registered = ctx.services.families.register(ctx.actor, family)
    issued = ctx.services.passes.issue(ctx.actor, registered.family_id)
    signed_in = ctx.services.visits.sign_in(
        ctx.actor,
        SignIn(
            reason=reason,
            family_id=registered.family_id,
            member_ids=registered.member_ids,
            activity_id=activity_id,
            first_time=first_time,
        ),
    )
    return issued, signed_in
