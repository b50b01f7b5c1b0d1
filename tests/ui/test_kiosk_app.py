"""`run_kiosk`, as `hubdesk kiosk` calls it: frameless, full screen, closed only by staff.

Run in a child process: `run_kiosk` runs the application's event loop to its end, and a
QApplication that has quit cannot serve the other tests in this process.
"""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

SCRIPT = textwrap.dedent(
    """
    import secrets, sys, tempfile
    from pathlib import Path
    from PySide6.QtCore import Qt, QTimer
    from hubdesk.domain.catalogue import DeviceKind
    from hubdesk.services.setup import SetupService
    from hubdesk.storage.engine import open_store
    from hubdesk.ui import app as ui

    store = open_store(Path(tempfile.mkdtemp()) / "k.db", secrets.token_bytes(32))
    identity = SetupService(store).initialise(
        hub_name="Test Hub", hub_code="T", site_name="Test Hub", device_name="Kiosk",
        device_kind=DeviceKind.KIOSK,
    )
    qapp = ui.get_application()
    seen = {}

    def look_then_close():
        [window] = [w for w in qapp.topLevelWidgets() if w.objectName() == "kioskWindow"]
        seen["frameless"] = bool(window.windowFlags() & Qt.WindowType.FramelessWindowHint)
        seen["covers screen"] = window.geometry() == qapp.primaryScreen().geometry()
        seen["refused"] = window.close() is False
        seen["language"] = window.ctx.languages.current
        window.ctx.tasks.wait_for_done()
        window.allow_close = True  # as after a verified staff PIN
        window.close()
        qapp.quit()

    QTimer.singleShot(500, look_then_close)
    code = ui.run_kiosk(store, identity, lang="ro", fullscreen=True)
    store.close()
    print(sorted(seen.items()), code)
    """
)


def test_run_kiosk_full_screen_and_closed_by_staff(tmp_path):
    # the offscreen platform's screen is 800x600 unless told: give it the kiosk's 1280x800
    screens = tmp_path / "screens.json"
    screens.write_text(
        '{"screens": [{"name": "kiosk", "x": 0, "y": 0, "width": 1280, "height": 800,'
        ' "logicalDpiX": 96, "logicalDpiY": 96, "dpr": 1}]}',
        encoding="utf-8",
    )
    env = {
        "QT_QPA_PLATFORM": f"offscreen:configfile={screens}",
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "HOME": str(tmp_path),
        "PYTHONPATH": str(ROOT),
    }
    done = subprocess.run(
        [sys.executable, "-c", SCRIPT],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
        cwd=str(ROOT),
        check=False,
    )
    assert done.returncode == 0, done.stderr[-1000:]
    last = done.stdout.strip().splitlines()[-1]
    assert last == (
        "[('covers screen', True), ('frameless', True), ('language', 'ro'), ('refused', True)] 0"
    )
