"""Notices when nobody has touched the kiosk for a while."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication

_ACTIVITY = {
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseMove,
    QEvent.Type.KeyPress,
    QEvent.Type.TouchBegin,
    QEvent.Type.TouchUpdate,
    QEvent.Type.Wheel,
}


class IdleWatcher(QObject):
    """Emits `sig_warning` after `idle_ms - warn_ms` without input and `sig_idle` after
    `idle_ms`. Any touch, click or key press starts the count again."""

    sig_warning = Signal()
    """The kiosk has been idle long enough to ask "still there?". No arguments."""
    sig_idle = Signal()
    """The kiosk has been idle for the full idle time. No arguments."""
    sig_resumed = Signal()
    """Someone touched the kiosk after the warning. No arguments."""

    def __init__(
        self, app: QApplication, idle_ms: int, warn_ms: int, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._app = app
        self._warn = QTimer(self)
        self._warn.setSingleShot(True)
        self._warn.setInterval(max(0, idle_ms - warn_ms))
        self._warn.timeout.connect(self._on_warn_timeout)
        self._idle = QTimer(self)
        self._idle.setSingleShot(True)
        self._idle.setInterval(min(warn_ms, idle_ms))
        self._idle.timeout.connect(self.sig_idle)
        self.warning = False
        app.installEventFilter(self)
        self.poke()

    def poke(self) -> None:
        """Someone is there: start counting again."""
        was_warning = self.warning
        self.warning = False
        self._idle.stop()
        self._warn.start()
        if was_warning:
            self.sig_resumed.emit()

    def stop(self) -> None:
        self._warn.stop()
        self._idle.stop()

    def detach(self) -> None:
        """Stop watching for good (the window is closing)."""
        self.stop()
        self._app.removeEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() in _ACTIVITY:
            self.poke()
        return False

    def _on_warn_timeout(self) -> None:
        self.warning = True
        self._idle.start()
        self.sig_warning.emit()
