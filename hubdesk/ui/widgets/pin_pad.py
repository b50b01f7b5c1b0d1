"""A number pad for staff PINs: big keys, the digits hidden, usable from the keyboard."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QGridLayout, QLineEdit, QVBoxLayout, QWidget

from hubdesk.ui.widgets.tile_button import TileButton

MAX_PIN = 12


class PinPad(QWidget):
    """Collects a PIN. Emits `sig_pin_entered` with the digits when OK is pressed."""

    sig_pin_entered = Signal(str)
    """Emitted when OK is pressed (or Enter typed). Argument: the PIN digits."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pinPad")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.field = QLineEdit(self)
        self.field.setObjectName("pinField")
        self.field.setEchoMode(QLineEdit.EchoMode.Password)
        self.field.setMaxLength(MAX_PIN)
        self.field.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.field.returnPressed.connect(self._on_ok_clicked)
        layout.addWidget(self.field)
        grid = QGridLayout()
        grid.setSpacing(8)
        self.keys: dict[str, TileButton] = {}
        for i, digit in enumerate("123456789"):
            self._add_key(grid, digit, i // 3, i % 3)
        self.clear_key = TileButton("back", "", kind="secondary", icon_size=28, parent=self)
        self.clear_key.setObjectName("pinBackspace")
        self.clear_key.clicked.connect(self._on_backspace_clicked)
        grid.addWidget(self.clear_key, 3, 0)
        self._add_key(grid, "0", 3, 1)
        self.ok_key = TileButton("check", "", kind="primary", icon_size=28, parent=self)
        self.ok_key.setObjectName("pinOk")
        self.ok_key.clicked.connect(self._on_ok_clicked)
        grid.addWidget(self.ok_key, 3, 2)
        layout.addLayout(grid)
        self.retranslate()

    def _add_key(self, grid: QGridLayout, digit: str, row: int, col: int) -> None:
        key = TileButton(None, digit, kind="secondary", parent=self)
        key.setObjectName(f"pinKey{digit}")
        key.set_alignment(Qt.AlignmentFlag.AlignCenter)
        key.setMinimumWidth(80)
        key.clicked.connect(lambda: self._on_key_clicked(digit))
        grid.addWidget(key, row, col)
        self.keys[digit] = key

    def retranslate(self) -> None:
        self.field.setAccessibleName(self.tr("Staff PIN"))
        self.field.setPlaceholderText(self.tr("PIN"))
        self.clear_key.setAccessibleName(self.tr("Delete last digit"))
        self.ok_key.setAccessibleName(self.tr("OK"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def clear(self) -> None:
        self.field.clear()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        if event.text().isdigit() and event.text().isascii():
            self._on_key_clicked(event.text())
        elif event.key() == Qt.Key.Key_Backspace:
            self._on_backspace_clicked()
        elif event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self._on_ok_clicked()
        else:
            super().keyPressEvent(event)

    def _on_key_clicked(self, digit: str) -> None:
        if len(self.field.text()) < MAX_PIN:
            self.field.setText(self.field.text() + digit)

    def _on_backspace_clicked(self) -> None:
        self.field.setText(self.field.text()[:-1])

    def _on_ok_clicked(self) -> None:
        pin = self.field.text()
        self.field.clear()
        self.sig_pin_entered.emit(pin)
