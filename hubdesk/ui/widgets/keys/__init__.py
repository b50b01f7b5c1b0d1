"""On-screen input for the touch kiosk (no physical or system keyboard): a pad shaped for each
kind of field, a general name keyboard for every kiosk script, and a date picker. Each sits on
its kiosk page under the one field it fills, so nothing ever covers that field.

Keys type through the attached QLineEdit's `insert()`/`backspace()`, never key events.
"""

from __future__ import annotations

from hubdesk.domain.dates import ascii_digits
from hubdesk.ui.widgets.keys.date_picker import DatePicker
from hubdesk.ui.widgets.keys.key_button import KeyButton
from hubdesk.ui.widgets.keys.key_pad import KeyPad
from hubdesk.ui.widgets.keys.name_keyboard import NameKeyboard
from hubdesk.ui.widgets.keys.pass_code_pad import PassCodePad
from hubdesk.ui.widgets.keys.postcode_pad import PostcodePad

__all__ = [
    "DatePicker",
    "KeyButton",
    "KeyPad",
    "NameKeyboard",
    "PassCodePad",
    "PostcodePad",
    "ascii_digits",
]
