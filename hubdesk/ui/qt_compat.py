"""Work-arounds for bugs in the Qt binding, each switched on only when the bug is detected.

PySide6 6.12.0 on CPython 3.11 loses references to the singletons None, True and False: every
`signal.emit()` from Python drops a reference to True, and every call from C++ into a Python
override (`paintEvent`, `changeEvent`, `QTranslator.translate`, `tr()` ...) drops one to None.
(On Python 3.12+ these objects are immortal, so the binding gets away with it there; 6.11.2 does
not have the bug.) On 3.11 their reference counts fall with every paint and every emit until the
interpreter aborts with "none_dealloc: deallocating None" -- at exit in the tests, and in the
middle of the day on a kiosk that paints all day.

`install()` measures whether the binding leaks and, only if it does, makes the three singletons
effectively immortal the way Python 3.12 does (PEP 683): their reference counts are set to a
value so large that the leak could not bring them to zero in centuries. Nothing else changes.
Remove this module once the project requires a PySide6 without the bug.
"""

from __future__ import annotations

import ctypes
import sys

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Signal
from PySide6.QtWidgets import QWidget

_PROBES = 32
_IMMORTAL = 1 << 40  # ~10^12 lost references before trouble: years of painting at 1000/s
_applied = False


class _Probe(QObject):
    sig_probed = Signal()
    """Emitted only by `leaks_singletons`. No arguments."""


class _ProbeWidget(QWidget):
    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        super().changeEvent(event)


def leaks_singletons() -> bool:
    """True if emitting a signal, or Qt calling a Python override, loses a reference to
    None, True or False. Needs no QApplication for the emit; the override probe runs only if
    a QApplication exists."""
    before = sys.getrefcount(None), sys.getrefcount(True), sys.getrefcount(False)
    probe = _Probe()
    for _ in range(_PROBES):
        probe.sig_probed.emit()
    if QCoreApplication.instance() is not None:
        widget = _ProbeWidget()
        for _ in range(_PROBES):
            QCoreApplication.sendEvent(widget, QEvent(QEvent.Type.LanguageChange))
        widget.deleteLater()
    after = sys.getrefcount(None), sys.getrefcount(True), sys.getrefcount(False)
    # A handful either way is ordinary noise; a leak loses one per call.
    return any(b - a >= _PROBES // 2 for a, b in zip(after, before, strict=True))


def _immortalise(obj: object) -> None:
    # ob_refcnt is the first Py_ssize_t of every CPython object header.
    refcnt = ctypes.c_ssize_t.from_address(id(obj))
    if refcnt.value < _IMMORTAL:
        refcnt.value = _IMMORTAL


def install() -> bool:
    """Apply the work-around if this binding needs it. Returns True if it is in force."""
    global _applied
    if _applied:
        return True
    if sys.implementation.name != "cpython" or sys.version_info >= (3, 12):
        return False  # immortal already
    if not leaks_singletons():
        return False
    for singleton in (None, True, False):
        _immortalise(singleton)
    _applied = True
    return True
