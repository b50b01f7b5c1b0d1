"""What every desk page shares: the context, who is signed in, a message line, busy guarding."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from hubdesk.domain.staff import Permission
from hubdesk.ui.desk import words
from hubdesk.ui.desk.context import DeskContext, StaffSession
from hubdesk.ui.widgets.tile_button import repolish

# The height of the line at the top of every page that says what happened ("Saved.", an error,
# "Sign out …?", "Undo"). It is always there, empty or not, so that a message appearing never
# moves what is under the pointer; two lines of text fit.
BANNER_PX = 52


class Message(QLabel):
    """One line saying what happened: an error in the error style, good news in "ok". It keeps
    its place when empty (see BANNER_PX), so nothing below it moves when a message comes."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        # margins, not style-sheet padding: a wrapped label sizes itself right with these
        self.setContentsMargins(8, 6, 8, 6)
        self.clear_message()

    def show_error(self, text: str) -> None:
        self._show(text, "error")

    def show_ok(self, text: str) -> None:
        self._show(text, "ok")

    def clear_message(self) -> None:
        self._show("", "ok")

    def _show(self, text: str, kind: str) -> None:
        self.setText(text)
        self.setProperty("kind", kind)
        self.setProperty("empty", "true" if not text else "false")
        self.setToolTip(text)  # the whole of a message too long for its two lines
        self.setAccessibleName(text)
        repolish(self)


def button(text: str, name: str, parent: QWidget | None = None, *, kind: str = "") -> QPushButton:
    b = QPushButton(text, parent)
    b.setObjectName(name)
    b.setAccessibleName(text)
    if kind:
        b.setProperty("kind", kind)
    return b


def label(text: str, name: str = "", kind: str = "", parent: QWidget | None = None) -> QLabel:
    lab = QLabel(text, parent)
    if name:
        lab.setObjectName(name)
    if kind:
        lab.setProperty("kind", kind)
    lab.setWordWrap(True)
    return lab


class ConfirmBar(QFrame):
    """An inline "are you sure?" (no modal dialog: the window never blocks)."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setProperty("kind", "confirm")
        row = QHBoxLayout(self)
        row.setContentsMargins(10, 0, 6, 0)  # 48 px buttons in a 2 px frame: the banner's 52 px
        self.text = label("", f"{name}Text", parent=self)
        row.addWidget(self.text, 1)
        self.yes = button("", f"{name}Yes", self, kind="primary")
        self.no = button(self.tr("Cancel"), f"{name}No", self)
        row.addWidget(self.yes)
        row.addWidget(self.no)
        self.no.clicked.connect(self.hide)
        self._action: Callable[[], object] | None = None
        self.yes.clicked.connect(self._on_yes_clicked)
        self.hide()

    def ask(self, question: str, yes: str, action: Callable[[], object]) -> None:
        self.text.setText(question)
        self.yes.setText(yes)
        self.yes.setAccessibleName(yes)
        self._action = action
        self.show()
        self.no.setFocus()

    def _on_yes_clicked(self) -> None:
        self.hide()
        if self._action is not None:
            action, self._action = self._action, None
            action()


def run_for(
    owner: QWidget,
    fn: Callable[..., Any],
    *args: Any,
    on_success: Callable[[Any], None] | None = None,
    on_failure: Callable[[BaseException], None] | None = None,
) -> int:
    """`ctx.tasks.run` for a widget that may be destroyed before the result comes back."""
    ctx = owner.ctx  # type: ignore[attr-defined]

    def ok(result: Any) -> None:
        if shiboken6.isValid(owner) and on_success is not None:
            on_success(result)

    def failed(exc: BaseException) -> None:
        if shiboken6.isValid(owner) and on_failure is not None:
            on_failure(exc)

    return int(ctx.tasks.run(fn, *args, on_success=ok, on_failure=failed))


class DeskPage(QWidget):
    """Base of the desk's pages. Subclasses build into `self.body` and implement `refresh()`."""

    permission: Permission | None = None  # the page is only built for roles that have it

    def __init__(self, ctx: DeskContext, session: StaffSession, name: str, title: str) -> None:
        super().__init__()
        self.ctx = ctx
        self.session = session
        self.setObjectName(name)
        self.setProperty("kind", "deskpage")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(14, 10, 14, 8)
        outer.setSpacing(8)
        # the banner: a fixed height whatever it shows, so nothing below it ever moves
        self.banner = QWidget(self)
        self.banner.setObjectName(f"{name}Banner")
        self.banner.setFixedHeight(BANNER_PX)
        head = QHBoxLayout(self.banner)
        head.setContentsMargins(0, 0, 0, 0)
        self.title = label(title, f"{name}Title", "title", self)
        self.title.hide()  # the tab already says it; the row keeps the page's own buttons
        self.message = Message(f"{name}Message", self.banner)
        self.message.setMaximumHeight(BANNER_PX)
        head.addWidget(self.message, 1)
        # "Undo" for a few seconds after something that can be taken back (offer_undo)
        self.undo_button = button(self.tr("Undo"), f"{name}Undo", self.banner, kind="primary")
        self.undo_button.hide()
        self.undo_button.clicked.connect(self._on_undo_clicked)
        head.addWidget(self.undo_button)
        self._undo: Callable[[], object] | None = None
        self.undo_timer = QTimer(self)
        self.undo_timer.setSingleShot(True)
        self.undo_timer.timeout.connect(self.withdraw_undo)
        head.addStretch(0)
        self.head = head
        outer.addWidget(self.banner)
        self.outer = outer
        # the content scrolls rather than growing the window past a 1366x768 screen
        self.scroller = QScrollArea(self)
        self.scroller.setObjectName(f"{name}Scroll")
        self.scroller.setWidgetResizable(True)
        self.scroller.setFrameShape(QFrame.Shape.NoFrame)
        inner = QWidget(self.scroller)
        inner.setObjectName(f"{name}Inner")
        inner.setProperty("kind", "deskpage")
        self.body = QVBoxLayout(inner)
        self.body.setContentsMargins(0, 0, 4, 0)
        self.body.setSpacing(8)
        self.scroller.setWidget(inner)
        outer.addWidget(self.scroller, 1)

    def lift_banner(self, host: QWidget) -> None:
        """Move the banner out of the page onto `host` (the window lays it over the free end of
        the tab row, so it takes no height from the page and moves nothing when it fills)."""
        if self.banner.parentWidget() is host:
            return
        self.outer.removeWidget(self.banner)
        self.banner.setParent(host)

    def dock_banner(self) -> None:
        """Put the banner back at the top of the page, its height kept whether it says anything
        or not (when the tab row has too little room left for it)."""
        if self.banner.parentWidget() is self:
            return
        self.banner.setParent(self)
        self.outer.insertWidget(0, self.banner)
        self.banner.show()

    def offer_undo(self, text: str, action: Callable[[], object], ms: int) -> None:
        """Say `text` with an "Undo" button beside it for `ms` milliseconds."""
        self.message.show_ok(text)
        self._undo = action
        self.undo_button.show()
        self.undo_timer.start(ms)

    def withdraw_undo(self) -> None:
        self.undo_timer.stop()
        self._undo = None
        self.undo_button.hide()

    def _on_undo_clicked(self) -> None:
        action = self._undo
        self.withdraw_undo()
        if action is not None:
            action()

    @property
    def actor(self) -> Any:
        return self.session.actor

    def refresh(self) -> None:
        """Reload what the page shows (called when it is opened and after changes)."""

    def run(
        self,
        fn: Callable[..., Any],
        *args: Any,
        on_success: Callable[[Any], None] | None = None,
        on_failure: Callable[[BaseException], None] | None = None,
    ) -> int:
        """Run a service call on the task runner; failures show in this page's message line.
        Callbacks are dropped if the page was destroyed meanwhile (the desk locked)."""
        return run_for(
            self, fn, *args, on_success=on_success, on_failure=on_failure or self.on_failure
        )

    def on_failure(self, exc: BaseException) -> None:
        self.message.show_error(words.problem(exc))
