"""A start-up probe: print a marker when the first screen has painted (for bench/startup.py).

With `HUBDESK_STARTUP_PROBE=1` in the environment, `install_startup_probe(app)` watches for the
first Paint event of a widget whose object name is in `WATCHED` (the kiosk's welcome page, the
desk's main window, the wizard) and prints one line to stdout:

    HUBDESK_FIRST_PAINT <objectName> <seconds since the process started>

With `HUBDESK_STARTUP_PROBE=exit` it also quits the event loop right after, so a benchmark can
start the app many times. Without the variable it does nothing and costs nothing.
"""

from __future__ import annotations

import os
import sys
import time

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer

PROBE_ENV = "HUBDESK_STARTUP_PROBE"
MARKER = "HUBDESK_FIRST_PAINT"
WATCHED = frozenset({"welcomePage", "deskWindow", "firstRunWizard"})


def process_age() -> float:
    """Seconds since this process started (from the OS's start time where it tells us)."""
    try:
        with open(f"/proc/{os.getpid()}/stat", encoding="ascii") as fh:
            fields = fh.read().rsplit(")", 1)[1].split()
        start_ticks = int(fields[19])  # field 22 counts from 1 and after "pid (comm)"
        with open("/proc/uptime", encoding="ascii") as fh:
            uptime = float(fh.read().split()[0])
        return uptime - start_ticks / os.sysconf("SC_CLK_TCK")
    except (OSError, ValueError, IndexError):
        return time.perf_counter() - _IMPORTED_AT + _IMPORT_AGE


_IMPORTED_AT = time.perf_counter()
_IMPORT_AGE = 0.0


class _FirstPaintFilter(QObject):
    def __init__(self, app: QCoreApplication, quit_after: bool) -> None:
        super().__init__(app)
        self._app = app
        self._quit_after = quit_after
        self.fired = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if not self.fired and event.type() == QEvent.Type.Paint and watched.objectName() in WATCHED:
            self.fired = True
            sys.stdout.write(f"{MARKER} {watched.objectName()} {process_age():.4f}\n")
            sys.stdout.flush()
            self._app.removeEventFilter(self)
            if self._quit_after:
                # exit(), not quit(): the kiosk refuses to close, and Qt 6 lets windows veto quit()
                QTimer.singleShot(0, lambda: self._app.exit(0))
        return False


def install_startup_probe(app: QCoreApplication, *, force: str | None = None) -> bool:
    """Install the probe if `HUBDESK_STARTUP_PROBE` (or `force`) asks for it. True if installed."""
    mode = force if force is not None else os.environ.get(PROBE_ENV, "")
    if not mode or mode == "0":
        return False
    if app.property("hubdeskStartupProbe"):
        return True
    probe = _FirstPaintFilter(app, quit_after=mode == "exit")
    app.installEventFilter(probe)
    app.setProperty("hubdeskStartupProbe", True)
    return True
