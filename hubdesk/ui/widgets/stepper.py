"""A count with big minus and plus buttons, for "how many children aged 2-4?"."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSizePolicy, QWidget

from hubdesk.ui.widgets.tile_button import TileButton

STEP_BUTTON_PX = 56


class Stepper(QWidget):
    """0..maximum with minus and plus buttons; keyboard: the buttons take focus, +/- keys work."""

    sig_value_changed = Signal(int)
    """Emitted when the count changes. Argument: the new count."""

    def __init__(self, name: str, maximum: int = 12, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._value = 0
        self._maximum = maximum
        self._what = ""
        self.setObjectName(name)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        self.minus = TileButton("minus", "", kind="step", icon_size=28, parent=self)
        self.minus.setObjectName(f"{name}Minus")
        self.plus = TileButton("plus", "", kind="step", icon_size=28, parent=self)
        self.plus.setObjectName(f"{name}Plus")
        for button in (self.minus, self.plus):
            button.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
            button.setFixedSize(STEP_BUTTON_PX, STEP_BUTTON_PX)
            button.set_margins(0)
            button.set_alignment(Qt.AlignmentFlag.AlignCenter)
            button.setAutoRepeat(False)
            button.centre_icon()
        self.value_label = QLabel("0", self)
        self.value_label.setObjectName(f"{name}Value")
        self.value_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.value_label.setMinimumWidth(48)
        self.value_label.setProperty("kind", "subtitle")
        layout.addWidget(self.minus)
        layout.addWidget(self.value_label)
        layout.addWidget(self.plus)
        self.minus.clicked.connect(self._on_minus_clicked)
        self.plus.clicked.connect(self._on_plus_clicked)
        self._refresh()

    def value(self) -> int:
        return self._value

    def set_value(self, value: int) -> None:
        value = max(0, min(self._maximum, value))
        if value != self._value:
            self._value = value
            self._refresh()
            self.sig_value_changed.emit(value)

    def set_maximum(self, maximum: int) -> None:
        self._maximum = maximum
        self.set_value(min(self._value, maximum))
        self._refresh()

    def set_what(self, what: str) -> None:
        """Name what is counted ("children aged 2 to 4"), for screen readers."""
        self._what = what
        self._refresh()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self._refresh()
        super().changeEvent(event)

    def keyPressEvent(self, event: object) -> None:  # noqa: N802 - Qt's name
        from PySide6.QtGui import QKeyEvent

        assert isinstance(event, QKeyEvent)
        if event.key() in (Qt.Key.Key_Plus, Qt.Key.Key_Up):
            self.set_value(self._value + 1)
        elif event.key() in (Qt.Key.Key_Minus, Qt.Key.Key_Down):
            self.set_value(self._value - 1)
        else:
            super().keyPressEvent(event)

    def _on_minus_clicked(self) -> None:
        self.set_value(self._value - 1)

    def _on_plus_clicked(self) -> None:
        self.set_value(self._value + 1)

    def _refresh(self) -> None:
        self.value_label.setText(str(self._value))
        self.minus.setEnabled(self._value > 0)
        self.plus.setEnabled(self._value < self._maximum)
        self.minus.setAccessibleName(self.tr("One fewer: {what}").format(what=self._what))
        self.plus.setAccessibleName(self.tr("One more: {what}").format(what=self._what))
        self.value_label.setAccessibleName(
            self.tr("{count} {what}").format(count=self._value, what=self._what)
        )
