"""The parts every kiosk page shares: a title, a message line, Back, and `reset()`."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QScroller,
    QVBoxLayout,
    QWidget,
)

from hubdesk.ui.kiosk.context import KioskContext
from hubdesk.ui.widgets.tile_button import TileButton, repolish

ERROR_PADDING = (12, 8, 12, 8)  # left, top, right, bottom: inside the error box's border


class MessageLabel(QLabel):
    """A word-wrapped line for a friendly problem message; takes no space when empty.

    The padding inside its box is the label's own contents margins, not style-sheet padding:
    QLabel counts its margins when it works out the height wrapped text needs, so the last
    line is never cut off (style-sheet padding is not counted, and cut it)."""

    def __init__(self, name: str, parent: QWidget | None = None, *, keep_lines: int = 0) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setProperty("kind", "error")
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setContentsMargins(*ERROR_PADDING)
        # Above keys: keep room for `keep_lines` lines even when empty, so a problem appearing
        # (or going when the next key is tapped) never moves the keys under a finger.
        self.keep_lines = keep_lines
        self.show_message("")

    def show_message(self, text: str) -> None:
        self.setText(text)
        self.setProperty("empty", "true" if not text else "false")
        self.setVisible(bool(text) or self.keep_lines > 0)
        self.setAccessibleName(text)
        repolish(self)
        self._keep_room()

    def _keep_room(self) -> None:
        if self.keep_lines:
            margins = self.contentsMargins()
            lines = self.fontMetrics().lineSpacing() * self.keep_lines
            self.setMinimumHeight(lines + margins.top() + margins.bottom() + 4)  # + the border

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._keep_room()


def mark_invalid(field: QLineEdit, invalid: bool) -> None:
    field.setProperty("invalid", "true" if invalid else "false")
    repolish(field)


class KioskPage(QWidget):
    """Base of the kiosk pages. Subclasses build their content into `self.body` and implement
    `retranslate()` (with their own `self.tr`) and `reset()` (clear every field)."""

    sig_back_clicked = Signal()
    """The family pressed Back. No arguments."""

    def __init__(self, ctx: KioskContext, name: str, *, back: bool = True) -> None:
        super().__init__()
        self.ctx = ctx
        self.setObjectName(name)
        self.setProperty("kind", "page")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        # the page itself holds the focus when nothing should look chosen (kiosk_window)
        self.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(40, 16, 40, 16)
        outer.setSpacing(12)
        self.title = QLabel(self)
        self.title.setObjectName(f"{name}Title")
        self.title.setProperty("kind", "title")
        self.title.setWordWrap(True)
        outer.addWidget(self.title)
        self.subtitle = QLabel(self)
        self.subtitle.setObjectName(f"{name}Subtitle")
        self.subtitle.setProperty("kind", "subtitle")
        self.subtitle.setWordWrap(True)
        outer.addWidget(self.subtitle)
        self.body = QVBoxLayout()
        self.body.setSpacing(16)
        outer.addLayout(self.body, 1)
        self.message = MessageLabel(f"{name}Message", self)
        outer.addWidget(self.message)
        self.nav = QHBoxLayout()
        self.nav.setSpacing(16)
        outer.addLayout(self.nav)
        self.back_button: TileButton | None = None
        if back:
            self.back_button = TileButton("back", "", kind="secondary", icon_size=32, parent=self)
            self.back_button.setObjectName(f"{name}Back")
            self.back_button.setSizePolicy(
                self.back_button.sizePolicy().horizontalPolicy(),
                self.back_button.sizePolicy().verticalPolicy(),
            )
            self.back_button.setMaximumWidth(360)
            self.back_button.clicked.connect(self.sig_back_clicked)
            self.nav.addWidget(self.back_button)
        self.nav.addStretch(1)

    def _retranslate_base(self) -> None:
        if self.back_button is not None:
            self.back_button.set_text(QCoreApplication.translate("KioskPage", "Back"))

    def retranslate(self) -> None:
        """Set every visible string; called at start and on every language change."""

    def reset(self) -> None:
        """Clear every field and choice (idle reset, finished sign-in)."""
        self.message.show_message("")

    def on_shown(self) -> None:
        """The page just became the current one."""

    def go_back(self) -> bool:
        """Back was tapped: a page with steps of its own goes back one (True); otherwise False
        and the window goes to the previous page."""
        return False

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() in (QEvent.Type.LanguageChange, QEvent.Type.LayoutDirectionChange):
            self._retranslate_base()
            self.retranslate()
        super().changeEvent(event)

    def finish_init(self) -> None:
        """Call at the end of a subclass's __init__."""
        # A finger drags anything that scrolls (the privacy notice, a long list of numbers):
        # there is no mouse wheel on a kiosk, and a 24 px scroll bar is a small target.
        for area in self.findChildren(QAbstractScrollArea):
            QScroller.grabGesture(
                area.viewport(), QScroller.ScrollerGestureType.LeftMouseButtonGesture
            )
        self._retranslate_base()
        self.retranslate()
        self.reset()
