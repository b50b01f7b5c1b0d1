"""The Qt face of hubdesk: the family kiosk, the front desk, and what they share.

Everything under here may import PySide6; nothing outside it does. `app.py` wires it together.
"""

from hubdesk.ui import qt_compat as _qt_compat

_qt_compat.install()  # before any widget emits a signal; see qt_compat for the bug it works around
