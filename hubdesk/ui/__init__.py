"""The Qt face of hubdesk: the family kiosk, the front desk, and what they share.

Everything under here may import PySide6; nothing outside it does. `app.py` wires it together.
"""
