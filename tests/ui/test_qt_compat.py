"""The PySide6 singleton-reference work-around (hubdesk/ui/qt_compat.py)."""

from __future__ import annotations

import subprocess
import sys
import textwrap


def test_many_emits_and_paints_do_not_abort_the_interpreter():
    """Thousands of emits and Python overrides, then a clean exit (status 0). Without the
    work-around PySide6 6.12 on Python 3.11 aborts at exit with "deallocating None"."""
    script = textwrap.dedent(
        """
        import hubdesk.ui  # applies the work-around if the binding needs it
        from PySide6.QtCore import QCoreApplication, QEvent, QObject, Signal
        from PySide6.QtWidgets import QApplication, QWidget

        app = QApplication([])

        class Probe(QObject):
            sig_poked = Signal(int)

        class Widget(QWidget):
            def changeEvent(self, event):
                super().changeEvent(event)

        probe, widget = Probe(), Widget()
        for i in range(20000):
            probe.sig_poked.emit(i)
            QCoreApplication.sendEvent(widget, QEvent(QEvent.Type.LanguageChange))
        print("ok")
        """
    )
    done = subprocess.run(
        [sys.executable, "-c", script],
        capture_output=True,
        text=True,
        timeout=120,
        env={"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin"},
        cwd=str(__import__("pathlib").Path(__file__).resolve().parents[2]),
        check=False,
    )
    assert done.returncode == 0, done.stderr[-500:]
    assert done.stdout.strip() == "ok"
