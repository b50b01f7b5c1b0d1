"""Where a pass is scanned: a field a USB scanner types into, a Go key, and the camera button."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from hubdesk.ui.widgets.icons import IconView
from hubdesk.ui.widgets.tile_button import TileButton

MAX_SCAN_CHARS = 300  # longer input is cut here and refused by parse_scan (over 200)


class ScanField(QLineEdit):
    """A keyboard-wedge scanner types the QR text and then Enter (or Tab): both submit."""

    sig_submitted = Signal(str)
    """Emitted on Enter or Tab with non-empty text. Argument: the text as typed."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setMaxLength(MAX_SCAN_CHARS)
        self.setInputMethodHints(
            Qt.InputMethodHint.ImhNoPredictiveText | Qt.InputMethodHint.ImhNoAutoUppercase
        )
        self.returnPressed.connect(self._submit)

    def event(self, event: QEvent) -> bool:
        # Tab arrives as a focus-change key; catch it first so a scanner ending in Tab submits.
        if event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.key() == Qt.Key.Key_Tab and self.text().strip():
                self._submit()
                return True
        return super().event(event)

    def _submit(self) -> None:
        text = self.text()
        if text.strip():
            self.sig_submitted.emit(text)


class ScanCard(QFrame):
    """Scan or type a pass; or press the camera button."""

    sig_scanned = Signal(str)
    """A pass was scanned or typed. Argument: the raw text."""
    sig_camera_clicked = Signal()
    """The family wants to show the pass to the camera. No arguments."""

    def __init__(self, prefix: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(f"{prefix}ScanCard")
        self.setProperty("kind", "card")
        outer = QVBoxLayout(self)
        outer.setContentsMargins(20, 16, 20, 16)
        top = QHBoxLayout()
        self.icon = IconView("qr", 40, self)
        top.addWidget(self.icon, 0, Qt.AlignmentFlag.AlignTop)
        self.prompt = QLabel(self)
        self.prompt.setObjectName(f"{prefix}ScanPrompt")
        self.prompt.setWordWrap(True)
        top.addWidget(self.prompt, 1)
        outer.addLayout(top)
        row = QHBoxLayout()
        row.setSpacing(12)
        self.field = ScanField(self)
        self.field.setObjectName(f"{prefix}ScanField")
        self.field.sig_submitted.connect(self.sig_scanned)
        row.addWidget(self.field, 3)
        self.go = TileButton("check", "", kind="primary", icon_size=28, parent=self)
        self.go.setObjectName(f"{prefix}ScanGo")
        self.go.clicked.connect(self._on_go_clicked)
        row.addWidget(self.go, 1)
        self.camera = TileButton("camera", "", kind="secondary", icon_size=32, parent=self)
        self.camera.setObjectName(f"{prefix}CameraButton")
        self.camera.clicked.connect(self.sig_camera_clicked)
        row.addWidget(self.camera, 2)
        outer.addLayout(row)
        self.retranslate()

    def retranslate(self) -> None:
        self.prompt.setText(
            self.tr("Have a Family Hub pass? Scan it, or type the code printed under the QR.")
        )
        self.field.setAccessibleName(self.tr("Pass code"))
        self.field.setPlaceholderText(self.tr("Pass code, e.g. ABCD-EFGH-J"))
        self.go.set_text(self.tr("Go"))
        self.camera.set_text(self.tr("Use the camera"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def clear(self) -> None:
        self.field.clear()

    def _on_go_clicked(self) -> None:
        if self.field.text().strip():
            self.sig_scanned.emit(self.field.text())
