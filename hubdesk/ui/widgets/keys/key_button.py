"""One key of an on-screen keypad: a TileButton with centred text or a centred icon."""

from __future__ import annotations

import weakref
from collections.abc import Callable

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import QWidget

from hubdesk.ui.widgets.tile_button import TileButton

KEY_MIN_PX = 56
"""The height of a key: the style sheet gives keys (dynamic property "key") this height in normal
and large text alike (theme.KEY_PX), above the 48 px a touch target needs, so that a keyboard
and the field it fills fit the kiosk's screen with large text too (the letters still grow)."""
KEY_ICON_PX = 28
KEY_MARGIN_PX = 4


class KeyButton(TileButton):
    """A key. `typed` is what tapping it types (None for a control key such as Delete).

    Keys take focus from Tab (a keyboard or switch user can reach them) but not from a tap, so
    the field being typed into keeps its focus and caret, and no key shows the focus ring until
    somebody moves to it on purpose. A key is never a dialog's default button either.
    """

    def __init__(
        self,
        text: str = "",
        *,
        typed: str | None = None,
        icon_name: str | None = None,
        kind: str = "secondary",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(icon_name, text, kind=kind, icon_size=KEY_ICON_PX, parent=parent)
        self.typed = typed
        self._focus_home: weakref.WeakMethod[Callable[[], QWidget | None]] | None = None
        self.set_margins(KEY_MARGIN_PX)
        self.set_alignment(Qt.AlignmentFlag.AlignCenter)
        if icon_name and not text:
            self.label.hide()
            if self._icon is not None:
                self._layout.setAlignment(self._icon, Qt.AlignmentFlag.AlignCenter)
        self.setProperty("key", True)
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.setAutoDefault(False)
        self.setDefault(False)

    def set_focus_home(self, home: Callable[[], QWidget | None]) -> None:
        """`home` (a bound method, held weakly) says where the focus goes when Qt offers it to
        the key unasked: the field being typed into (see focusInEvent)."""
        self._focus_home = weakref.WeakMethod(home)

    def focusInEvent(self, event: QFocusEvent) -> None:  # noqa: N802 - Qt's name
        # Qt gives a window's first Tab stop the focus when the window becomes active: the key
        # would wear the focus ring before anybody touched it. Hand it to the field being typed
        # into (or to nobody); a key reached with Tab keeps it.
        if event.reason() == Qt.FocusReason.ActiveWindowFocusReason:
            method = self._focus_home() if self._focus_home is not None else None
            home = method() if method is not None else None
            if home is not None and home.isVisible() and home.isEnabled():
                home.setFocus(Qt.FocusReason.OtherFocusReason)
            else:
                self.clearFocus()
            return
        super().focusInEvent(event)

    def _words_width(self) -> int:
        """The width the longest word of the label needs, with the key's margins and border."""
        if self.label.isHidden():
            return 0
        self.label.ensurePolished()
        fm = self.label.fontMetrics()
        words = self.label.text().split() or [""]
        margins = self._layout.contentsMargins()
        icon = (self._icon.width() + self._layout.spacing()) if self._icon is not None else 0
        # +4: the style sheet's 2 px border on each side
        return (
            max(fm.horizontalAdvance(w) for w in words)
            + margins.left()
            + margins.right()
            + icon
            + 4
        )

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        hint = super().sizeHint()
        return QSize(
            max(hint.width(), KEY_MIN_PX, self._words_width()), max(hint.height(), KEY_MIN_PX)
        )

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        hint = super().minimumSizeHint()
        return QSize(
            max(hint.width(), KEY_MIN_PX, self._words_width()), max(hint.height(), KEY_MIN_PX)
        )

    def needed_size(self) -> QSize:
        """The smallest size that shows the whole label: the style sheet's minimum (its touch
        target) or what the longest word needs, whichever is larger."""
        return self.minimumSizeHint().expandedTo(self.minimumSize())
