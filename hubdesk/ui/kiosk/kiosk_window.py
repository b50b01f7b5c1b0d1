"""The kiosk window: a header, the pages, and the flow between them.

The window owns what the family has chosen so far (one `Draft`) and moves between pages when
they signal. Every write goes through the TaskRunner, and a confirmation appears only in the
success callback, i.e. after the service committed it to disk.

Every field can be filled with fingers alone: pass codes on a pad of the characters a code can
hold, the postcode on a postcode pad, dates of birth on a picker, names on the kiosk's own
keyboard in the kiosk's language. Each pad sits on its page under the one question it answers,
so nothing ever covers the field being filled.
"""

from __future__ import annotations

import logging
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from PySide6.QtCore import QElapsedTimer, QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence, QPixmap, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from hubdesk.domain.catalogue import SignOutBy, VisitReason, VoiceSource
from hubdesk.domain.errors import ValidationError
from hubdesk.domain.people import AgeBand, ChildInParty, Party, Role
from hubdesk.domain.postcode import Postcode
from hubdesk.services.families import AdultIn, ChildIn, FamilyIn, KioskHousehold
from hubdesk.services.family_voice import Asked, QuestionSet, new_response_id
from hubdesk.services.kiosk import KioskProfile, RegisteredAndIn
from hubdesk.services.visits import OpenVisit, SignedIn, SignIn
from hubdesk.ui.kiosk import done_page, privacy_page, private_word_page
from hubdesk.ui.kiosk.about_page import AboutAnswers, AboutPage
from hubdesk.ui.kiosk.birth_date_page import BirthDatePage
from hubdesk.ui.kiosk.calendar_page import CalendarPage
from hubdesk.ui.kiosk.camera_page import CameraPage
from hubdesk.ui.kiosk.check_page import DATE, NAME, CheckPage, PersonAnswer, who_label
from hubdesk.ui.kiosk.context import KioskContext
from hubdesk.ui.kiosk.done_page import DonePage
from hubdesk.ui.kiosk.guest_page import GuestPage
from hubdesk.ui.kiosk.household_page import Guest, HouseholdPage, NewChild
from hubdesk.ui.kiosk.idle_watcher import IdleWatcher
from hubdesk.ui.kiosk.leaving_page import ALREADY_IN, CONFIRM, Leaving, LeavingPage
from hubdesk.ui.kiosk.name_page import NamePage
from hubdesk.ui.kiosk.page import KioskPage
from hubdesk.ui.kiosk.party_page import ChildByDate, PartyPage
from hubdesk.ui.kiosk.pass_card_page import PassCardPage
from hubdesk.ui.kiosk.pass_code_page import PassCodePage
from hubdesk.ui.kiosk.pass_question_page import PassQuestionPage
from hubdesk.ui.kiosk.privacy_page import PrivacyPage
from hubdesk.ui.kiosk.private_word_page import AskPage, PrivateWordPage
from hubdesk.ui.kiosk.reason_page import ReasonPage
from hubdesk.ui.kiosk.scan_card import ScanCard
from hubdesk.ui.kiosk.sign_out_page import SignOutPage
from hubdesk.ui.kiosk.staff_page import StaffPage
from hubdesk.ui.kiosk.voice_page import VoicePage
from hubdesk.ui.kiosk.welcome_page import WelcomePage
from hubdesk.ui.kiosk.words import problem_text
from hubdesk.ui.widgets.icons import IconView
from hubdesk.ui.widgets.tile_button import TileButton, align_to_reading_side

log = logging.getLogger(__name__)

STAFF_SHORTCUT = "Ctrl+Alt+Shift+L"
TAP_WINDOW_MS = 4000  # the staff taps on the logo must come within this time
DELIVERY_POLL_MS = 400  # how often the kiosk looks whether a request has left for the desk

IN = "in"
OUT = "out"


@dataclass
class Draft:
    """Everything a family has chosen so far. Cleared on reset."""

    purpose: str = IN  # what a scan is for: signing in or out
    household: KioskHousehold | None = None
    member_ids: tuple[uuid.UUID, ...] = ()
    new_children: tuple[NewChild, ...] = ()
    guests: tuple[Guest, ...] = ()
    party: Party | None = None
    by_date: list[ChildByDate] = field(default_factory=list)
    reason: VisitReason | None = None
    activity_id: uuid.UUID | None = None
    postcode: Postcode | None = None
    first_time: bool | None = None
    people: list[PersonAnswer] = field(default_factory=list)  # registering: one per person
    steps: list[tuple[int, str]] = field(default_factory=list)  # registering: the questions
    new_child_name: str = ""
    # the session chosen was full when the family finished: after they choose another reason,
    # "register" goes back to "check your answers", "anonymous" signs them in straight away
    rechoosing: str | None = None


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
        # the question pages (a name, a date of birth) serve several flows: what to do with
        # the answer, and where Back goes, are set by whoever asked
        self._on_name: Callable[[str], None] | None = None
        self._on_date: Callable[[date, bool], None] | None = None
        self._question_back: Callable[[], None] | None = None
        self._alert_id: uuid.UUID | None = None
        # "how was today?": the answer the faces and questions on screen change (one a visit)
        self._asked: Asked | None = None
        self._questions = QuestionSet(0, ())
        self._voice_leaving = False
        # the answers' writes, one at a time in tap order, so the last tap is the last written

        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        outer.addWidget(self._build_header())
        self.stack = QStackedWidget(self)
        self.stack.setObjectName("kioskStack")
        outer.addWidget(self.stack, 1)

        self.welcome = WelcomePage(ctx)
        self.pass_question = PassQuestionPage(ctx)
        self.pass_code = PassCodePage(ctx)
        self.camera = CameraPage(ctx)
        self.household = HouseholdPage(ctx)
        self.guest = GuestPage(ctx)
        self.reason = ReasonPage(ctx)
        self.party = PartyPage(ctx)
        self.about = AboutPage(ctx)
        self.privacy = PrivacyPage(ctx)
        self.name_page = NamePage(ctx)
        self.birth_date = BirthDatePage(ctx)
        self.check = CheckPage(ctx)
        self.pass_card = PassCardPage(ctx, print_to_pdf=print_to_pdf)
        self.done = DonePage(ctx)
        self.sign_out = SignOutPage(ctx)
        self.leaving = LeavingPage(ctx)
        self.ask = AskPage(ctx)
        self.private_word = PrivateWordPage(ctx)
        self.staff = StaffPage(ctx)
        self.calendar = CalendarPage(ctx)
        self.voice = VoicePage(ctx)
        self.pages: list[KioskPage] = [
            self.welcome,
            self.pass_question,
            self.pass_code,
            self.camera,
            self.household,
            self.guest,
            self.reason,
            self.party,
            self.about,
            self.privacy,
            self.name_page,
            self.birth_date,
            self.check,
            self.pass_card,
            self.done,
            self.sign_out,
            self.leaving,
            self.ask,
            self.private_word,
            self.staff,
            self.calendar,
            self.voice,
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
        self.countdown_clock = QElapsedTimer()  # since "Are you still there?" showed
        self.countdown_timer = QTimer(self)
        self.countdown_timer.setInterval(250)
        self.countdown_timer.timeout.connect(self._show_countdown)
        self.delivery_timer = QTimer(self)
        self.delivery_timer.setInterval(DELIVERY_POLL_MS)
        self.delivery_timer.timeout.connect(self._on_delivery_timer_timeout)
        self.delivery_clock = QElapsedTimer()
        self._taps = 0
        self._tap_clock = QElapsedTimer()
        self.staff_shortcut = QShortcut(QKeySequence(STAFF_SHORTCUT), self)
        self.staff_shortcut.setContext(Qt.ShortcutContext.ApplicationShortcut)
        self.staff_shortcut.activated.connect(self.open_staff_page)
        ctx.themes.sig_theme_changed.connect(self._on_theme_changed)
        self.retranslate()
        self.stack.setCurrentWidget(self.welcome)
        self._sync_header()
        ctx.tasks.run(ctx.services.kiosk.profile, ctx.actor, on_success=self._on_profile_loaded)

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
        # "speak to someone" and "Start again" sit at opposite ends of the header: one is
        # never tapped for the other
        self.private_word_button = TileButton("private-word", "", kind="quiet", icon_size=32)
        self.private_word_button.setObjectName("privateWordButton")
        self.private_word_button.setMaximumWidth(340)
        self.private_word_button.clicked.connect(self._on_private_word_clicked)
        row.insertWidget(1, self.private_word_button)
        self.start_again = TileButton("home", "", kind="secondary", icon_size=32)
        self.start_again.setObjectName("startAgainButton")
        self.start_again.setMaximumWidth(300)
        self.start_again.clicked.connect(self.reset_to_welcome)
        row.addWidget(self.start_again)
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
        self.welcome.sig_calendar_clicked.connect(lambda: self.go(self.calendar))
        for card, purpose in (
            (self.welcome.scan, IN),
            (self.pass_question.scan, IN),
            (self.sign_out.scan, OUT),
        ):
            self._connect_scan_card(card, purpose)
        self.pass_question.sig_no_pass_clicked.connect(self._on_no_pass_clicked)
        self.pass_code.sig_code_entered.connect(
            lambda text: self._on_scanned(text, self.draft.purpose)
        )
        self.sign_out.sig_visit_chosen.connect(self._on_sign_out_number_chosen)
        self.sign_out.sig_nothing_clicked.connect(self._on_sign_out_nothing_clicked)
        self.leaving.sig_sign_out_clicked.connect(self._on_leaving_confirmed)
        self.leaving.sig_stay_clicked.connect(self._on_leaving_stay_clicked)
        self.camera.sig_scanned.connect(lambda text: self._on_scanned(text, self.draft.purpose))
        self.household.sig_members_chosen.connect(self._on_members_chosen)
        self.household.sig_add_child_clicked.connect(self._on_add_child_clicked)
        self.household.sig_add_guest_clicked.connect(lambda: self.go(self.guest))
        self.guest.sig_guest_chosen.connect(self._on_guest_chosen)
        self.reason.sig_reason_chosen.connect(self._on_reason_chosen)
        self.party.sig_party_chosen.connect(self._on_party_chosen)
        self.about.sig_about_done.connect(self._on_about_done)
        self.privacy.sig_finish_anonymous_clicked.connect(self._on_finish_anonymous_clicked)
        self.privacy.sig_register_clicked.connect(self._on_register_clicked)
        self.privacy.sig_consent_answered.connect(self._on_consent_answered)
        self.name_page.sig_name_entered.connect(self._on_name_entered)
        self.birth_date.sig_date_entered.connect(self._on_date_entered)
        self.check.sig_change_clicked.connect(self._on_check_change_clicked)
        self.check.sig_register_clicked.connect(self._on_check_register_clicked)
        self.pass_card.sig_done_clicked.connect(self.reset_to_welcome)
        self.done.sig_finish_clicked.connect(self.reset_to_welcome)
        self.done.faces.sig_face_tapped.connect(self._on_face_tapped)
        self.done.faces.sig_questions_clicked.connect(self._on_voice_questions_clicked)
        self.voice.sig_answered.connect(self._on_voice_answered)
        self.voice.sig_all_answered.connect(self.done_timer_restart)
        self.voice.sig_finish_clicked.connect(self.reset_to_welcome)
        self.ask.sig_ask_clicked.connect(self._on_ask_clicked)
        self.ask.sig_cancel_clicked.connect(self._on_private_word_return)
        self.private_word.sig_return_clicked.connect(self._on_private_word_return)
        self.staff.sig_close_clicked.connect(self._on_staff_close_clicked)

    def _connect_scan_card(self, card: ScanCard, purpose: str) -> None:
        card.sig_scanned.connect(lambda text: self._on_scanned(text, purpose))
        card.sig_type_clicked.connect(lambda: self._open_pass_code(purpose))
        card.sig_camera_clicked.connect(lambda: self._open_camera(purpose))

    # --- language, theme ------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Family Hub sign-in"))
        self.start_again.set_text(self.tr("Start again"))
        self.private_word_button.set_text(self.tr("Speak to someone"))
        self.private_word_button.setAccessibleName(
            self.tr("Ask for a member of staff to come and speak to you")
        )
        self.overlay_title.setText(self.tr("Are you still there?"))
        self._show_countdown()
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
        self.privacy.set_profile(profile.hub_name, profile.privacy_notice, profile.retention_months)
        self.ask.set_rooms(profile.rooms)
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
        transient = (self.private_word, self.ask, self.done, self.leaving, self.voice)
        if remember and current is not page and current not in transient:
            self.history.append(current)
        self._show(page)

    def _show(self, page: KioskPage) -> None:
        self.stack.setCurrentWidget(page)
        self._sync_header()
        page.on_shown()
        self._settle_focus(page)

    def _settle_focus(self, page: KioskPage) -> None:
        """Nothing looks chosen before it is tapped: unless the page put the cursor in a field
        (a scanner or a pad types there), focus rests on the page itself, not on a button."""
        focused = QApplication.focusWidget()
        if isinstance(focused, QLineEdit) and page.isAncestorOf(focused):
            return
        page.setFocus(Qt.FocusReason.OtherFocusReason)

    def _sync_header(self) -> None:
        page = self.stack.currentWidget()
        self.start_again.setVisible(page is not self.welcome)
        self.private_word_button.setVisible(page not in (self.private_word, self.ask))

    def _on_page_back_clicked(self) -> None:
        if self.current_page().go_back():
            return
        if self.current_page() is self.check and self.draft.steps:
            self._ask_step(len(self.draft.steps) - 1)  # the last question, its answer kept
            return
        if self.current_page() in (self.name_page, self.birth_date) and self._question_back:
            self._question_back()
            return
        page = self.history.pop() if self.history else self.welcome
        if page is self.welcome:
            self.reset_to_welcome()
            return
        self._show(page)

    def reset_to_welcome(self) -> None:
        """Back to the welcome screen with every field cleared and the kiosk's own language."""
        self.done_timer.stop()
        self.delivery_timer.stop()
        self.countdown_timer.stop()
        self.overlay.hide()
        self.draft = Draft()
        self.history = []
        self._return_to = None
        self._on_name = None
        self._on_date = None
        self._question_back = None
        self._alert_id = None
        self._asked = None
        self._questions = QuestionSet(0, ())  # the next family's are loaded afresh
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
        self._show(self.welcome)
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
            and not self.welcome.message.text()
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
        self.countdown_clock.start()
        self._show_countdown()
        self.countdown_timer.start()

    def _show_countdown(self) -> None:
        """ "This screen will start again in 9 seconds": the seconds the family has left."""
        left_ms = self.ctx.settings.warn_ms
        if self.countdown_clock.isValid():
            left_ms -= self.countdown_clock.elapsed()
        seconds = max(0, (left_ms + 999) // 1000)
        self.overlay_text.setText(
            self.tr(
                "This screen will start again in %n second(s), to keep your details private.",
                "",
                seconds,
            )
        )

    def _on_idle_resumed(self) -> None:
        self.countdown_timer.stop()
        self.overlay.hide()

    def _on_still_here_clicked(self) -> None:
        self.countdown_timer.stop()
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
            self.delivery_timer.stop()
            event.accept()
            return
        event.ignore()  # only staff, with a PIN, may close the kiosk

    # --- speaking to someone --------------------------------------------------------------------

    def _on_private_word_clicked(self) -> None:
        page = self.current_page()
        if page not in (self.private_word, self.ask):
            self._return_to = page
        self.ask.reset()
        self._show(self.ask)

    def _on_ask_clicked(self, room: str) -> None:
        if self._busy:
            return
        self.private_word.set_state(private_word_page.SENDING, room)
        self._show(self.private_word)
        self.ctx.tasks.run(
            self.ctx.services.alerts.private_word,
            self.ctx.actor,
            room or None,
            on_success=self._on_alert_recorded,
            on_failure=self._on_private_word_failed,
        )

    def _on_alert_recorded(self, raised: object) -> None:
        alert_id = getattr(raised, "alert_id", None)
        if not isinstance(alert_id, uuid.UUID):
            self.private_word.set_state(private_word_page.FAILED)
            return
        if self.ctx.request_sync is None:
            # recorded, but nothing takes it to the desk: do not promise that anyone will come
            self._give_up_on_alert(alert_id)
            return
        self._alert_id = alert_id
        self.ctx.request_sync()
        self.delivery_clock.start()
        self.delivery_timer.start()

    def _on_delivery_timer_timeout(self) -> None:
        alert_id = self._alert_id
        if alert_id is None or self.current_page() is not self.private_word:
            self.delivery_timer.stop()
            return
        if self.delivery_clock.elapsed() > self.ctx.settings.alert_wait_ms:
            self._give_up_on_alert(alert_id)
            return
        self.ctx.tasks.run(
            self.ctx.services.alerts.delivered,
            self.ctx.actor,
            alert_id,
            on_success=lambda delivered: self._on_delivery_checked(alert_id, bool(delivered)),
        )

    def _on_delivery_checked(self, alert_id: uuid.UUID, delivered: bool) -> None:
        if delivered and self._alert_id == alert_id:
            self.delivery_timer.stop()
            self._alert_id = None
            self.private_word.set_state(private_word_page.SENT)

    def _give_up_on_alert(self, alert_id: uuid.UUID) -> None:
        """The family is told to come to the front desk; the alert is withdrawn, so a desk that
        gets it later does not send someone to the room they chose. If it left the kiosk after
        all, it reached the desk: then say so."""
        self.delivery_timer.stop()
        self._alert_id = None

        def withdrawn(done: object) -> None:
            if self.current_page() is self.private_word:
                state = private_word_page.FAILED if done else private_word_page.SENT
                self.private_word.set_state(state)

        self.ctx.tasks.run(
            self.ctx.services.alerts.withdraw,
            self.ctx.actor,
            alert_id,
            on_success=withdrawn,
            on_failure=lambda _exc: withdrawn(True),
        )

    def _on_private_word_failed(self, exc: BaseException) -> None:
        log.warning("private word alert not recorded: %s", type(exc).__name__)
        self.private_word.set_state(private_word_page.FAILED)

    def _on_private_word_return(self) -> None:
        self.delivery_timer.stop()
        self._alert_id = None
        page = self._return_to or self.welcome
        self._return_to = None
        self._show(page)

    # --- passes: scan, type, camera -------------------------------------------------------------

    def _on_sign_in_clicked(self) -> None:
        self.draft.purpose = IN
        self.go(self.pass_question)

    def _on_sign_out_clicked(self) -> None:
        self.draft.purpose = OUT
        self.go(self.sign_out)

    def _open_camera(self, purpose: str) -> None:
        self.draft.purpose = purpose
        self.go(self.camera)

    def _open_pass_code(self, purpose: str) -> None:
        self.draft.purpose = purpose
        self.pass_code.reset()
        self.go(self.pass_code)

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
            self._show(page)
        if page is self.pass_code:
            # what was typed stays, so one wrong letter can be put right
            self.pass_code.show_problem(problem_text(exc, with_field=False))
            return
        page.message.show_message(problem_text(exc, with_field=False))
        page.on_shown()

    def _page_before_camera(self) -> KioskPage:
        return self.history.pop() if self.history else self.welcome

    def _on_household_found(self, found: FoundHousehold) -> None:
        self._set_busy(False)
        household = found.household
        self.draft.household = household
        names = tuple(m.first_name for m in household.members)
        if found.open_visit is not None:
            # in the building already: leaving is the likely reason for the scan, and the big
            # default; on the sign-out screen it is what they asked for
            mode = ALREADY_IN if self.draft.purpose == IN else CONFIRM
            self.leaving.show_leaving(Leaving(found.open_visit, names, mode))
            self.go(self.leaving)
            return
        if self.draft.purpose == OUT:
            self._finish(done_page.NOT_IN)
            return
        self.household.show_household(household)
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

    # --- signing out ----------------------------------------------------------------------------

    def _on_sign_out_number_chosen(self, visit: OpenVisit) -> None:
        self.leaving.show_leaving(Leaving(visit, (), CONFIRM))
        self.go(self.leaving)

    def _on_leaving_confirmed(self, leaving: Leaving) -> None:
        if self._busy:
            return
        self._set_busy(True)
        self.ctx.tasks.run(
            self.ctx.services.visits.sign_out,
            self.ctx.actor,
            leaving.visit.visit_id,
            SignOutBy.FAMILY,
            on_success=lambda _r: self._on_signed_out(leaving.visit.visit_id),
            on_failure=self._on_commit_failed,
        )

    def _on_leaving_stay_clicked(self) -> None:
        leaving = self.leaving.leaving
        if leaving is not None and leaving.mode == ALREADY_IN:
            self._finish(done_page.STAYING, visit_id=leaving.visit.visit_id)
            return
        self._on_page_back_clicked()

    def _on_signed_out(self, visit_id: uuid.UUID) -> None:
        self._set_busy(False)
        self._finish(done_page.SIGNED_OUT, visit_id=visit_id)

    def _on_sign_out_nothing_clicked(self) -> None:
        self._finish(done_page.NOTHING)

    def _finish(
        self,
        kind: str,
        people: int = 0,
        leave_code: int | None = None,
        *,
        visit_id: uuid.UUID | None = None,
    ) -> None:
        """Show how the flow ended. With a visit, the faces ask how today was: one answer per
        visit, made now, that every tap changes (the last tap wins)."""
        self._asked = None
        self._questions = QuestionSet(0, ())  # the next family's are loaded afresh
        self._voice_leaving = kind == done_page.SIGNED_OUT
        if visit_id is not None:
            self._asked = Asked(new_response_id(), VoiceSource.KIOSK, visit_id=visit_id)
            self.ctx.tasks.run(
                self.ctx.services.voice.questions,
                self.ctx.actor,
                on_success=self._on_voice_questions_loaded,
            )
        self.done.show_result(kind, people, leave_code, ask=visit_id is not None)
        self.go(self.done, remember=False)
        self.done_timer.start()

    def done_timer_restart(self) -> None:
        """A tap on the faces or the last answer: the screen stays its full time from now."""
        self.done_timer.start()

    # --- family voice ---------------------------------------------------------------------------

    def _on_voice_questions_loaded(self, question_set: QuestionSet) -> None:
        self._questions = question_set
        self.done.faces.set_questions(len(question_set.questions))

    def _on_face_tapped(self, face: int) -> None:
        asked = self._asked
        if asked is None:
            return
        self.done_timer_restart()
        # Recorded in the background: leaving never waits for it. A failure is logged only
        # (the family has gone; nothing on screen could help).
        self._voice_write(self.ctx.services.voice.rate, asked, face)

    def _on_voice_questions_clicked(self) -> None:
        if self._asked is None or not self._questions.questions:
            return
        self.done_timer.stop()  # answering takes longer: the idle watcher resets it if left
        self.voice.start(self._questions, leaving=self._voice_leaving)
        self.go(self.voice, remember=False)

    def _on_voice_answered(self, version: int, position: int, answer: str) -> None:
        asked = self._asked
        if asked is None:
            return
        self._voice_write(self.ctx.services.voice.answer, asked, version, position, answer)

    def _voice_write(self, fn: Callable[..., object], *args: object) -> None:
        """Write the family's answer in the background, the taps in the order tapped."""
        self.ctx.tasks.run_in_order(
            "voice", fn, self.ctx.actor, *args, on_failure=_voice_not_written
        )

    # --- a returning family ---------------------------------------------------------------------

    def _on_add_child_clicked(self) -> None:
        self._ask_name(
            self.tr("What is the new child's first name?"),
            self.tr("We will add them to your family. Staff will check it with you."),
            "",
            then=self._on_new_child_named,
            back=lambda: self._show(self.household),
        )

    def _on_new_child_named(self, name: str) -> None:
        self.draft.new_child_name = name
        self._ask_date(
            self.tr("When was {name} born?").format(name=_isolate(name)),
            ask_send=True,
            then=self._on_new_child_born,
            back=self._on_add_child_clicked,
        )

    def _on_new_child_born(self, born: date, send: bool) -> None:
        self.household.add_new_child(NewChild(self.draft.new_child_name, born, send))
        self.draft.new_child_name = ""
        self._show(self.household)

    def _on_guest_chosen(self, band: AgeBand, send: bool) -> None:
        self.household.add_guest_child(Guest(band, send))
        if self.history and self.history[-1] is self.household:
            self.history.pop()
        self._show(self.household)

    def _on_members_chosen(self) -> None:
        self.draft.member_ids = self.household.ticked()
        self.draft.new_children = self.household.new_children()
        self.draft.guests = self.household.guests()
        self.reason.party_size = (
            len(self.draft.member_ids) + len(self.draft.new_children) + len(self.draft.guests)
        )
        self.go(self.reason)

    def _on_reason_chosen(self, reason: str, activity_id: str) -> None:
        self.draft.reason = VisitReason(reason)
        self.draft.activity_id = uuid.UUID(activity_id) if activity_id else None
        household = self.draft.household
        self.reason.message.show_message("")
        rechoosing, self.draft.rechoosing = self.draft.rechoosing, None
        if household is None and rechoosing == "register":
            self._show_check()
            return
        if household is None and rechoosing == "anonymous":
            self._on_finish_anonymous_clicked()
            return
        if household is None:
            self.go(self.about)
            return
        request = SignIn(
            reason=self.draft.reason,
            family_id=household.family_id,
            member_ids=self.draft.member_ids,
            activity_id=self.draft.activity_id,
            guests=tuple(ChildInParty(g.band, g.send) for g in self.draft.guests),
        )
        children = tuple(
            ChildIn(c.first_name, c.date_of_birth, send=c.send) for c in self.draft.new_children
        )
        self._commit(self.ctx.services.kiosk.sign_in_household, request, children)

    # --- new or anonymous -----------------------------------------------------------------------

    def _on_no_pass_clicked(self) -> None:
        self.draft.household = None
        self.go(self.party)

    def _on_party_chosen(self, party: Party) -> None:
        self.draft.party = party
        self.draft.by_date = list(self.party.by_date)
        self.reason.party_size = party.people
        self.go(self.reason)

    def _on_about_done(self, answers: AboutAnswers) -> None:
        self.draft.postcode = answers.postcode
        self.draft.first_time = answers.first_time
        self.privacy.set_mode(privacy_page.NEW_VISITOR)
        self.go(self.privacy)

    def _on_finish_anonymous_clicked(self) -> None:
        assert self.draft.reason is not None
        self._commit(
            self.ctx.services.visits.sign_in,
            SignIn(
                reason=self.draft.reason,
                party=self.draft.party,
                activity_id=self.draft.activity_id,
                postcode=str(self.draft.postcode) if self.draft.postcode else None,
                first_time=self.draft.first_time,
            ),
        )

    # --- registering: one question a page, then "check your answers" --------------------------

    def _on_register_clicked(self) -> None:
        party = self.draft.party
        if party is None:
            return
        people = people_of(party, self.draft.by_date)
        kept = keep_answers(self.draft.people, people)
        self.draft.people = people
        self.draft.steps = questions_for(people)
        if kept and all(answered(p) for p in people):
            self._show_check()  # came back this way after going back: nothing to ask again
            return
        self._ask_step(0)

    def _ask_step(self, n: int, *, then_check: bool = False) -> None:
        steps = self.draft.steps
        if n >= len(steps) or n < 0:
            self._show_check()
            return
        index, part = steps[n]
        person = self.draft.people[index]
        who = who_label(person)

        def back() -> None:
            if then_check:
                self._show_check()
            elif n == 0:
                self._show(self.privacy)
            else:
                self._ask_step(n - 1)

        def next_step() -> None:
            self._ask_step(len(steps) if then_check else n + 1)

        if part == NAME:

            def named(name: str) -> None:
                person.first_name = name
                next_step()

            question = (
                self.tr("Child's first name ({who})")
                if person.is_child
                else self.tr("First name: {who}")
            )
            self._ask_name(
                question.format(who=_isolate(who)),
                self.tr("First names only. Nobody else will see them here."),
                person.first_name,
                then=named,
                back=back,
            )
            return

        def born(day: date, _send: bool) -> None:
            person.date_of_birth = day
            next_step()

        self._ask_date(
            self.tr("When was {name} born?").format(name=_isolate(person.first_name or who)),
            expected=person.band,
            send=person.send,
            known=person.date_of_birth,
            then=born,
            back=back,
        )

    def _show_check(self) -> None:
        postcode = str(self.draft.postcode) if self.draft.postcode else None
        self.check.show_answers(self.draft.people, postcode)
        if self.current_page() is not self.check:
            self.go(self.check, remember=False)
        self._on_name = self._on_date = self._question_back = None

    def _on_check_change_clicked(self, index: int, part: str) -> None:
        steps = self.draft.steps
        wanted = (index, part)
        if part == DATE and wanted not in steps:
            # a date given on the "who is here" page: ask it here, then come back
            person = self.draft.people[index]

            def born(day: date, _send: bool) -> None:
                person.date_of_birth = day
                self._show_check()

            self._ask_date(
                self.tr("When was {name} born?").format(name=_isolate(person.first_name)),
                expected=person.band,
                send=person.send,
                known=person.date_of_birth,
                then=born,
                back=self._show_check,
            )
            return
        self._ask_step(steps.index(wanted), then_check=True)

    def _on_check_register_clicked(self) -> None:
        if self._busy or self.draft.reason is None:
            return
        people = self.draft.people
        family = FamilyIn(
            adults=tuple(
                AdultIn(first_name=p.first_name, role=p.role or Role.OTHER)
                for p in people
                if not p.is_child
            ),
            children=tuple(
                ChildIn(first_name=p.first_name, date_of_birth=p.date_of_birth, send=p.send)
                for p in people
                if p.is_child and p.date_of_birth is not None
            ),
            postcode=str(self.draft.postcode) if self.draft.postcode else None,
            consent=True,
        )
        self._set_busy(True)
        self.ctx.tasks.run(
            self.ctx.services.kiosk.register_and_sign_in,
            self.ctx.actor,
            family,
            self.draft.reason,
            self.draft.activity_id,
            self.draft.first_time,
            on_success=self._on_registered,
            on_failure=self._on_register_failed,
        )

    def _on_registered(self, result: RegisteredAndIn) -> None:
        self._set_busy(False)
        hub = self.profile.hub_name if self.profile else ""
        self.pass_card.show_pass(result.issued, hub, result.signed_in.leave_code)
        self.go(self.pass_card, remember=False)
        self.history = []  # registered: Back must not lead into the answers again
        self.sig_signed_in.emit(result.signed_in)

    def _on_register_failed(self, exc: BaseException) -> None:
        self._set_busy(False)
        log.warning("kiosk registration refused: %s", type(exc).__name__)
        if _session_full(exc):
            self._choose_another_reason(exc, "register")
            return
        self.check.show_problem(exc)

    def _choose_another_reason(self, exc: BaseException, then: str | None) -> None:
        """The session filled up: back to the reasons with every answer kept, and on from
        there to where the family was."""
        self.draft.rechoosing = then
        self.go(self.reason, remember=False)
        self.reason.message.show_message(problem_text(exc, with_field=False))

    # --- the question pages ---------------------------------------------------------------------

    def _ask_name(
        self,
        question: str,
        hint: str,
        name: str,
        *,
        then: Callable[[str], None],
        back: Callable[[], None],
    ) -> None:
        self._on_name, self._question_back = then, back
        self.name_page.ask(question, hint, name)
        self._show(self.name_page)

    def _ask_date(
        self,
        question: str,
        *,
        expected: AgeBand | None = None,
        send: bool = False,
        ask_send: bool = False,
        known: date | None = None,
        then: Callable[[date, bool], None],
        back: Callable[[], None],
    ) -> None:
        self._on_date, self._question_back = then, back
        self.birth_date.ask(question, expected=expected, send=send, ask_send=ask_send, known=known)
        if known is not None:
            self.birth_date.set_typed(known)
        self._show(self.birth_date)

    def _on_name_entered(self, name: str) -> None:
        if self._on_name is not None:
            self._on_name(name)

    def _on_date_entered(self, born: date, send: bool) -> None:
        if self._on_date is not None:
            self._on_date(born, send)

    # --- committing -----------------------------------------------------------------------------

    def _commit(self, use_case: Callable[..., SignedIn], *args: object) -> None:
        if self._busy:
            return
        self._set_busy(True)
        self.ctx.tasks.run(
            use_case,
            self.ctx.actor,
            *args,
            on_success=self._on_signed_in,
            on_failure=self._on_commit_failed,
        )

    def _on_signed_in(self, signed_in: SignedIn) -> None:
        # The service returned, so the visit is committed (WAL, synchronous=FULL): confirm now.
        self._set_busy(False)
        self._finish(
            done_page.SIGNED_IN, signed_in.people, signed_in.leave_code, visit_id=signed_in.visit_id
        )
        self.sig_signed_in.emit(signed_in)

    def _on_commit_failed(self, exc: BaseException) -> None:
        self._set_busy(False)
        log.warning("kiosk commit refused: %s", type(exc).__name__)
        if _session_full(exc):
            self._choose_another_reason(exc, None if self.draft.household else "anonymous")
            return
        self.current_page().message.show_message(problem_text(exc))


def _session_full(exc: BaseException) -> bool:
    return isinstance(exc, ValidationError) and exc.code == "full"


def keep_answers(before: list[PersonAnswer], after: list[PersonAnswer]) -> bool:
    """Carry names and dates already given over to the same people asked again (same place,
    same kind of person). True if anything was kept."""
    kept = False
    for old, new in zip(before, after, strict=False):
        if (old.is_child, old.role, old.band) != (new.is_child, new.role, new.band):
            continue
        if old.first_name and not new.first_name:
            new.first_name = old.first_name
            kept = True
        if old.date_of_birth is not None and new.date_of_birth is None:
            new.date_of_birth = old.date_of_birth
            kept = True
    return kept


def answered(person: PersonAnswer) -> bool:
    return bool(person.first_name) and (not person.is_child or person.date_of_birth is not None)


def _isolate(text: str) -> str:
    from hubdesk.ui.widgets.bidi import isolate

    return isolate(text)


def questions_for(people: list[PersonAnswer]) -> list[tuple[int, str]]:
    """The questions to ask, in order, fixed when registering starts: each person's name, and
    each child's date of birth unless the family gave it on the "who is here" page."""
    steps: list[tuple[int, str]] = []
    for i, person in enumerate(people):
        steps.append((i, NAME))
        if person.is_child and person.date_of_birth is None:
            steps.append((i, DATE))
    return steps


def people_of(party: Party, by_date: list[ChildByDate]) -> list[PersonAnswer]:
    """One answer per person of `party`, adults first, with the dates of birth already given."""
    people = [PersonAnswer(is_child=False, role=role) for role in party.adults]
    known = list(by_date)
    for child in party.children:
        match = next((k for k in known if k.band is child.band and k.send == child.send), None)
        if match is not None:
            known.remove(match)
        people.append(
            PersonAnswer(
                is_child=True,
                band=child.band,
                send=child.send,
                date_of_birth=match.date_of_birth if match else None,
            )
        )
    return people


# --- work functions (run on a worker thread: plain data in and out, no widgets) ---------------


@dataclass(frozen=True)
class FoundHousehold:
    household: KioskHousehold
    open_visit: OpenVisit | None  # signed in here today and not out yet


def _find_household(ctx: KioskContext, text: str) -> FoundHousehold:
    """The household whose pass was scanned, and its open visit at this site, if any."""
    household = ctx.services.passes.find_by_scan(ctx.actor, text)
    return FoundHousehold(household, ctx.services.visits.open_visit(ctx.actor, household.family_id))


def _voice_not_written(exc: BaseException) -> None:
    # the family has gone: nothing on screen could help, so it is logged only (by type)
    log.warning("kiosk family voice answer not recorded: %s", type(exc).__name__)
