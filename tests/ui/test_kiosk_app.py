"""`run_kiosk`, as `hubdesk kiosk` calls it: frameless, full screen, closed only by staff."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer

from hubdesk.ui.app import run_kiosk


def test_run_kiosk_full_screen_and_closed_by_staff(qapp, store, identity):
    seen: dict[str, object] = {}

    def look_then_close() -> None:
        [window] = [w for w in qapp.topLevelWidgets() if w.objectName() == "kioskWindow"]
        seen["frameless"] = bool(window.windowFlags() & Qt.WindowType.FramelessWindowHint)
        seen["covers screen"] = window.geometry() == qapp.primaryScreen().geometry()
        seen["refused"] = window.close() is False
        seen["language"] = window.ctx.languages.current
        window.ctx.tasks.wait_for_done()
        window.allow_close = True  # as after a verified staff PIN
        window.close()
        qapp.quit()

    QTimer.singleShot(300, look_then_close)
    code = run_kiosk(store, identity, lang="ro", fullscreen=True)
    assert code == 0
    assert seen == {"frameless": True, "covers screen": True, "refused": True, "language": "ro"}
