"""A keypad for a pass's short code: only the 32 characters a code can hold.

The code is printed as ``XXXX-XXXX-C`` (Crockford base32: digits and the letters without I, L,
O and U). The pad types upper case and puts in the hyphens itself, after the 4th and the 8th
character, so the field shows the code as the pass prints it.
"""

from __future__ import annotations

from PySide6.QtWidgets import QLineEdit, QWidget

from hubdesk.security.passes import CROCKFORD_ALPHABET, SHORT_CODE_LENGTH
from hubdesk.ui.widgets.keys.key_grid import Placed
from hubdesk.ui.widgets.keys.key_pad import KeyPad

GROUP = 4
DISPLAY_LENGTH = SHORT_CODE_LENGTH + 2  # XXXX-XXXX-C: 11
DIGITS = "1234567890"  # as on a keyboard's top row
LETTERS = "".join(c for c in CROCKFORD_ALPHABET if c.isalpha())  # A-Z without I, L, O, U
LETTER_ROWS = (LETTERS[:11], LETTERS[11:])  # A-M and N-Z


def display_form(compact: str) -> str:
    """The code so far as printed: ``ABCD`` → ``ABCD-``, ``ABCDEFGHJ`` → ``ABCD-EFGH-J``."""
    out = compact[:GROUP]
    if len(compact) >= GROUP:
        out += "-" + compact[GROUP : 2 * GROUP]
    if len(compact) >= 2 * GROUP:
        out += "-" + compact[2 * GROUP : SHORT_CODE_LENGTH]
    return out


def display_position(count: int) -> int:
    """Where the cursor goes after `count` code characters in the display form."""
    return count + (count >= GROUP) + (count >= 2 * GROUP)


def compact_form(text: str) -> str | None:
    """The code characters in `text` (upper case, hyphens and spaces dropped), or None if it
    holds anything else (a scanned QR text, say)."""
    kept = "".join(c for c in text.upper() if c not in "- ")
    if len(kept) > SHORT_CODE_LENGTH or any(c not in CROCKFORD_ALPHABET for c in kept):
        return None
    return kept


class PassCodePad(KeyPad):
    """Digits 1-0, the letters A-M and N-Z a code can hold, Delete and the action key ("Go").

    The field's own maxLength is left alone (the pass field also takes a scanner's 40-character
    QR text): the pad stops at 11 characters itself.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("passCodePad")
        self._char_keys = [
            self.make_key(c, typed=c, name=f"passKey{c}") for c in DIGITS + "".join(LETTER_ROWS)
        ]
        self._layout_keys()
        self.retranslate()

    def _layout_keys(self) -> None:
        keys = iter(self._char_keys)
        placed = [Placed(next(keys), 0, 0.5 + i) for i in range(len(DIGITS))]
        for row, letters in enumerate(LETTER_ROWS, start=1):
            placed += [Placed(next(keys), row, float(i)) for i in range(len(letters))]
        placed.append(Placed(self.delete_key, 3, 3.0, 2.0))
        if self.action_visible():
            placed.append(Placed(self.action_key, 3, 5.0, 3.0))
        self.grid.set_keys(placed)

    def default_action_text(self) -> str:
        return self.tr("Go")

    # --- typing: keep the display form --------------------------------------------------

    def _split(self, field: QLineEdit) -> tuple[str, str] | None:
        """The code characters before and after the cursor (a selection is deleted first)."""
        text = field.text()
        if field.hasSelectedText():
            start = field.selectionStart()
            end = start + len(field.selectedText())
            before_text, after_text = text[:start], text[end:]
        else:
            cursor = field.cursorPosition()
            before_text, after_text = text[:cursor], text[cursor:]
        before = compact_form(before_text)
        after = compact_form(after_text)
        if before is None or after is None:
            return None
        return before, after

    def type_text(self, text: str) -> bool:
        field = self._usable_field()
        if field is None:
            return False
        code = compact_form(text)
        if not code:
            return False
        parts = self._split(field)
        before, after = parts if parts is not None else ("", "")  # not a code: start again
        compact = before + code + after
        if len(compact) > SHORT_CODE_LENGTH:
            return False
        return self.replace_text(display_form(compact), display_position(len(before) + len(code)))

    def delete_back(self) -> bool:
        field = self._usable_field()
        if field is None:
            return False
        parts = self._split(field)
        if parts is None:
            return super().delete_back()
        before, after = parts
        if field.hasSelectedText():
            return self.replace_text(display_form(before + after), display_position(len(before)))
        if not before:
            return False
        return self.replace_text(
            display_form(before[:-1] + after), display_position(len(before) - 1)
        )
