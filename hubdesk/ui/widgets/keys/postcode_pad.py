"""A keypad for UK postcodes, small enough to sit beside the field: digits, A-Z, Space.

Every letter is there (BFPO, GIR and a mistyped code must be typeable: the domain's parser says
what is wrong, not the pad). Letters come in alphabetical rows of ten under the digits.
"""

from __future__ import annotations

import string

from PySide6.QtWidgets import QWidget

from hubdesk.ui.widgets.keys.key_grid import Placed
from hubdesk.ui.widgets.keys.key_pad import KeyPad

DIGITS = "1234567890"
COLUMNS = 10
POSTCODE_SPACING_PX = 4  # ten keys a row and still narrow enough to sit beside the field


class PostcodePad(KeyPad):
    """Digits, the letters A-Z, Space, Delete and the action key; types upper case.

    Five rows of ten key units: 1-0 / A-J / K-T / U-Z, Space, Delete / the action key.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("postcodePad")
        self.grid.set_spacing(POSTCODE_SPACING_PX)
        chars = DIGITS + string.ascii_uppercase
        self._char_keys = [self.make_key(c, typed=c, name=f"postcodeKey{c}") for c in chars]
        self.space_key = self.make_key(typed=" ", name="spaceKey")
        self._layout_keys()
        self.retranslate()

    def _layout_keys(self) -> None:
        placed = [
            Placed(key, i // COLUMNS, float(i % COLUMNS)) for i, key in enumerate(self._char_keys)
        ]
        # the last row of letters (U-Z) leaves four units: Space and Delete
        last = len(self._char_keys) % COLUMNS
        row = len(self._char_keys) // COLUMNS
        placed.append(Placed(self.space_key, row, float(last), 2.0))
        placed.append(Placed(self.delete_key, row, float(last + 2), float(COLUMNS - last - 2)))
        if self.action_visible():
            placed.append(Placed(self.action_key, row + 1, 3.0, 4.0))
        self.grid.set_keys(placed)

    def type_text(self, text: str) -> bool:
        return super().type_text(text.upper())

    def retranslate(self) -> None:
        super().retranslate()
        self.space_key.set_text(self.tr("Space"))
