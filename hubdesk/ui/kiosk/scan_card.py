"""Where a pass is scanned: a field a USB scanner types into, "Type my code", and the camera.

A USB scanner is a keyboard: it types the QR text into the field and ends with Enter or Tab,
both of which submit. A family at a touch screen taps the field or "Type my code" and gets a pad
with only the characters a pass code can hold (the pass code page). The camera button shows
only where the kiosk has a camera.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QKeyEvent, QMouseEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from hubdesk.ui.kiosk.context import KioskContext
from hubdesk.ui.widgets.icons import IconView
from hubdesk.ui.widgets.tile_button import TileButton

MAX_SCAN_CHARS = 300  # longer input is cut here and refused by parse_scan (over 200)


class ScanField(QLineEdit):
    """A keyboard-wedge scanner types the QR text and then Enter (or Tab): both submit. A tap
    on the field asks for the on-screen pad instead (a touch screen has no keyboard)."""

    sig_submitted = Signal(str)
    """Emitted on Enter or Tab with non-empty text. Argument: the text as typed."""
    sig_tapped = Signal()
    """The field was tapped (a finger wants to type). No arguments."""

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

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt's name
        super().mousePressEvent(event)
        self.sig_tapped.emit()

    def _submit(self) -> None:
        text = self.text()
        if text.strip():
            self.sig_submitted.emit(text)


class ScanCard(QFrame):
    """Scan a pass, or tap to type its code, or show it to the camera (where there is one)."""

    sig_scanned = Signal(str)
    """A pass was scanned. Argument: the raw text."""
    sig_type_clicked = Signal()
    """The family wants to type the code on the screen. No arguments."""
    sig_camera_clicked = Signal()
    """The family wants to show the pass to the camera. No arguments."""

    def __init__(
        self,
        prefix: str,
        ctx: KioskContext,
        parent: QWidget | None = None,
        *,
        asks: bool = True,
    ) -> None:
        super().__init__(parent)
        # asks=False under a page title that already asks "Do you have a Family Hub pass?":
        # the card then only says what to do with it, so the question is not asked twice
        self.asks = asks
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
        top.addWidget(self.prompt, 2)
        # the camera beside the words, where there is one: three controls on the field's line
        # leave each too narrow for its words in a longer language at large text
        self.camera = TileButton("camera", "", kind="secondary", icon_size=32, parent=self)
        self.camera.setObjectName(f"{prefix}CameraButton")
        self.camera.clicked.connect(self.sig_camera_clicked)
        self.camera.setVisible(ctx.has_camera)
        top.addWidget(self.camera, 1)
        outer.addLayout(top)
        row = QHBoxLayout()
        row.setSpacing(12)
        self.field = ScanField(self)
        self.field.setObjectName(f"{prefix}ScanField")
        self.field.sig_submitted.connect(self.sig_scanned)
        self.field.sig_tapped.connect(self.sig_type_clicked)
        row.addWidget(self.field, 1)
        self.type_code = TileButton("keyboard", "", kind="secondary", icon_size=28, parent=self)
        self.type_code.setObjectName(f"{prefix}TypeCode")
        self.type_code.clicked.connect(self.sig_type_clicked)
        self.type_code.setMaximumWidth(360)
        row.addWidget(self.type_code, 1)
        outer.addLayout(row)
        self.retranslate()

    def retranslate(self) -> None:
        self.prompt.setText(
            self.tr("Have a Family Hub pass? Scan it, or type the code printed under the QR.")
            if self.asks
            else self.tr("Scan it, or type the code printed under the QR.")
        )
        self.field.setAccessibleName(self.tr("Pass code"))
        self.field.setPlaceholderText(self.tr("Scan, or tap to type"))
        self.type_code.set_text(self.tr("Type my code"))
        self.camera.set_text(self.tr("Camera"))
        self.camera.setAccessibleName(self.tr("Use the camera"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def clear(self) -> None:
        self.field.clear()

    def on_shown(self) -> None:
        """Ready for a USB scanner: the scan field takes what the scanner types."""
        self.field.setFocus(Qt.FocusReason.OtherFocusReason)
