"""A big touch button: a picture beside words that wrap instead of being cut off."""

from __future__ import annotations

import html

from PySide6.QtCore import QEvent, QSize, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSizePolicy, QWidget

from hubdesk.ui.widgets.bidi import in_reading_direction
from hubdesk.ui.widgets.icons import IconView


def repolish(widget: QWidget) -> None:
    """Re-apply the style sheet after a dynamic property changed."""
    style = widget.style()
    style.unpolish(widget)
    style.polish(widget)
    widget.update()


def align_to_reading_side(label: QLabel, direction: Qt.LayoutDirection) -> None:
    """Align `label` to the side a reader of the screen starts from, whatever script its text
    is in (Qt would otherwise align by the text's own direction)."""
    side = (
        Qt.AlignmentFlag.AlignRight
        if direction == Qt.LayoutDirection.RightToLeft
        else Qt.AlignmentFlag.AlignLeft
    )
    label.setAlignment(Qt.AlignmentFlag.AlignAbsolute | side | Qt.AlignmentFlag.AlignVCenter)


class TileButton(QPushButton):
    """A push button with an icon and word-wrapped text, at least 48x48 px.

    `kind` is the style sheet role: "tile" (big), "primary", "secondary" or "quiet". The text is
    also the accessible name unless one is set with `setAccessibleName`.
    """

    def __init__(
        self,
        icon_name: str | None = None,
        text: str = "",
        *,
        kind: str = "tile",
        icon_size: int = 40,
        checkable: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setProperty("kind", kind)
        self.setCheckable(checkable)
        # A tap does not take the keyboard focus: the focus ring (which looks like a choice)
        # appears only for someone moving through the screen with Tab.
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self._layout = QHBoxLayout(self)
        self._layout.setContentsMargins(16, 8, 16, 8)
        self._layout.setSpacing(14)
        self._icon: IconView | None = None
        if icon_name:
            self._icon = IconView(icon_name, icon_size, self)
            self._icon.setProperty("kind", "tiletext")
            self._layout.addWidget(self._icon, 0, Qt.AlignmentFlag.AlignVCenter)
        self._label = QLabel(self)
        self._label.setProperty("kind", "tiletext")
        self._label.setWordWrap(True)
        self._label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self._label.setTextFormat(Qt.TextFormat.PlainText)
        self._label.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self._layout.addWidget(self._label, 1)
        self._explicit_name = False
        self._explicit_alignment = False
        self._text = ""
        self._big_first_line = False
        self._align_to_reading_side()
        self._update_on()
        self.toggled.connect(self._on_self_toggled)
        self.set_text(text)

    # QPushButton.text() stays empty so Qt does not paint it a second time.
    def set_text(self, text: str) -> None:
        # in the screen's reading direction, whatever the text starts with: an Urdu tile that
        # begins with "Stay and Play" is still read from the right
        self._text = text
        shown = in_reading_direction(text, self.isRightToLeft()) if text else text
        if self._big_first_line and "\n" in text:
            first, rest = shown.split("\n", 1)
            shown = (
                f'<span style="font-size: xx-large; font-weight: 600;">{html.escape(first)}</span>'
                f"<br>{html.escape(rest).replace(chr(10), '<br>')}"
            )
            self._label.setTextFormat(Qt.TextFormat.RichText)
        self._label.setText(shown)
        if not self._explicit_name:
            super().setAccessibleName(text.replace("\n", " "))
        self.updateGeometry()

    def label_text(self) -> str:
        return self._text

    def set_big_first_line(self, big: bool) -> None:
        """Show the first line of the text (a sign-out number) in large type."""
        self._big_first_line = big
        self._label.setTextFormat(Qt.TextFormat.RichText if big else Qt.TextFormat.PlainText)
        self.set_text(self._text)

    @property
    def label(self) -> QLabel:
        return self._label

    def setAccessibleName(self, name: str) -> None:  # noqa: N802 - Qt's name
        self._explicit_name = True
        super().setAccessibleName(name)

    def set_margins(self, px: int) -> None:
        self._layout.setContentsMargins(px, px, px, px)

    def set_alignment(self, alignment: Qt.AlignmentFlag) -> None:
        self._explicit_alignment = True
        self._label.setAlignment(alignment)

    def _align_to_reading_side(self) -> None:
        # A Latin name ("Amira") in a right-to-left screen would otherwise sit by its own
        # direction, away from its icon: align to the screen's reading side instead.
        if not self._explicit_alignment:
            align_to_reading_side(self._label, self.layoutDirection())

    def centre_icon(self) -> None:
        """An icon-only button (+, -): the empty label goes, and the icon sits in the middle."""
        self._label.hide()
        if self._icon is not None:
            self._layout.setAlignment(self._icon, Qt.AlignmentFlag.AlignCenter)

    def set_icon_name(self, name: str) -> None:
        if self._icon is not None:
            self._icon.set_icon(name)

    def _update_on(self) -> None:
        kind = self.property("kind")
        if not self.isEnabled():
            on = "disabled"
        elif self.isChecked():
            on = "checked"
        else:
            on = kind if kind in ("primary", "quiet") else ""
        for child in (self._label, self._icon):
            if child is not None and child.property("on") != on:
                child.setProperty("on", on)
                repolish(child)

    def _on_self_toggled(self, _checked: bool) -> None:
        self._update_on()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.EnabledChange:
            self._update_on()
        elif event.type() == QEvent.Type.LayoutDirectionChange:
            self._align_to_reading_side()
            self.set_text(self._text)
        super().changeEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        # Enter presses the focused button, as Space does: full keyboard use without a mouse.
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not event.isAutoRepeat():
            self.click()
            return
        super().keyPressEvent(event)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        hint = self._layout.sizeHint()
        return QSize(max(hint.width(), 48), max(hint.height(), super().sizeHint().height(), 48))

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        hint = self._layout.minimumSize()
        return QSize(max(hint.width(), 48), max(hint.height(), 48))

    def hasHeightForWidth(self) -> bool:  # noqa: N802 - Qt's name
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 - Qt's name
        return max(self._layout.totalHeightForWidth(width), super().sizeHint().height(), 48)
