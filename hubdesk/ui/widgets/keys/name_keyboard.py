"""A keyboard for first names in every kiosk language and script.

The letters follow the kiosk's language (`set_language`): QWERTY for English (and any language
without a layout of its own), QWERTY with the Polish or Romanian letters on show, the Arabic
keyboard, or the Urdu alphabet (see layouts.py). A script key switches to Latin letters and back
(an Arabic-speaking family may write a name in Latin letters, and the other way round).

Latin letters: the first letter of the field, and of each part after a space or hyphen, is a
capital without asking; Shift makes the next letter a capital (or, where a capital was coming,
a small letter). No caps lock: names have one capital a part.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLineEdit, QWidget

from hubdesk.ui.widgets.keys.key_button import KeyButton
from hubdesk.ui.widgets.keys.key_grid import Placed
from hubdesk.ui.widgets.keys.key_pad import KeyPad
from hubdesk.ui.widgets.keys.layouts import (
    ACCENTS,
    ARABIC,
    DEFAULT_LAYOUT,
    LATIN,
    LAYOUTS,
    LetterLayout,
    script_cycle,
)

COLUMNS = 12.0
CAPITAL_AFTER = " -"  # a new part of a name starts after these


def capital(letter: str) -> str:
    """The capital a Shift key gives: one letter for one (ß has none of its own in names, "SS"
    is two; dotless ı's capital is the plain I, which has its own key), else the letter."""
    upper = letter.upper()
    return upper if len(upper) == 1 and letter != "ı" else letter


class NameKeyboard(KeyPad):
    """Letters of the current layout, then Shift, the script key, hyphen, apostrophe, Space,
    Delete and the action key ("Next"/"Done") in a row along the bottom. At most five rows of
    twelve key units."""

    sig_layout_changed = Signal(str)
    """The letters on show changed. Argument: the layout's code ("en", "pl", "ro", "ar", "ur")."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("nameKeyboard")
        # Fewer rows (Arabic) shrink the keyboard from the top: the bottom row stays put even in
        # the moment before the page has laid itself out again
        pad_layout = self.layout()
        if pad_layout is not None:
            pad_layout.setAlignment(self.grid, Qt.AlignmentFlag.AlignBottom)
        self._language = DEFAULT_LAYOUT
        self._cycle = script_cycle(DEFAULT_LAYOUT)
        self._layout = LAYOUTS[DEFAULT_LAYOUT]
        self._shift = True  # an empty field starts with a capital
        self._letter_keys: dict[str, list[KeyButton]] = {}
        self.shift_key = self.make_key(icon_name="key-shift", name="shiftKey")
        self.shift_key.clicked.connect(self._on_shift_key_clicked)
        self.script_key = self.make_key(name="scriptKey")
        self.script_key.clicked.connect(self._on_script_key_clicked)
        self.accents_key = self.make_key(name="accentsKey")
        self.accents_key.clicked.connect(self._on_accents_key_clicked)
        self._latin_home = DEFAULT_LAYOUT  # the Latin layout the accents key comes back to
        self.hyphen_key = self.make_key("-", typed="-", name="hyphenKey")
        self.apostrophe_key = self.make_key("'", typed="'", name="apostropheKey")
        self.space_key = self.make_key(typed=" ", name="spaceKey")
        self._layout_keys()
        self.retranslate()

    # --- layouts --------------------------------------------------------------------------

    def set_language(self, code: str) -> None:
        """Show the letters of the kiosk language `code` (English's for a code without a
        layout, such as the pseudo-locale); the script key then offers the others."""
        self._language = code
        self._cycle = script_cycle(code)
        self.set_layout(self._cycle[0])

    def language(self) -> str:
        return self._language

    def set_layout(self, code: str) -> None:
        """Show the letters of layout `code` ("en", "pl", "ro", "ar", "ur")."""
        layout = LAYOUTS[code]
        changed = layout is not self._layout
        self._layout = layout
        self._layout_keys()
        self._update_shift()
        self.retranslate()
        if changed:
            self.sig_layout_changed.emit(code)

    def layout_code(self) -> str:
        return self._layout.code

    def current_layout(self) -> LetterLayout:
        return self._layout

    def letter_keys(self) -> list[KeyButton]:
        """The letter keys of the layout on show, top row first, left to right."""
        return list(self._keys_of(self._layout))

    def key_for(self, text: str) -> KeyButton | None:
        """The key on show that types `text`; a Latin letter is found in either case."""
        exact = super().key_for(text)
        if exact is not None or not self._layout.cased:
            return exact
        return super().key_for(text.lower())

    def _next_layout(self) -> LetterLayout:
        codes = self._cycle
        if self._layout.code == ACCENTS and self._latin_home in codes:
            return LAYOUTS[codes[(codes.index(self._latin_home) + 1) % len(codes)]]
        if self._layout.code not in codes:
            return LAYOUTS[codes[0]]
        return LAYOUTS[codes[(codes.index(self._layout.code) + 1) % len(codes)]]

    def _keys_of(self, layout: LetterLayout) -> list[KeyButton]:
        keys = self._letter_keys.get(layout.code)
        if keys is None:
            keys = [
                self.make_key(letter, typed=letter, name=f"{layout.code}LetterKey{i}")
                for i, letter in enumerate(layout.letters())
            ]
            if layout.code == ACCENTS:
                for key in keys:  # larger letters: ã and ā, ñ and ň differ by a small mark
                    key.setProperty("accent", True)
            self._letter_keys[layout.code] = keys
        return keys

    def _layout_keys(self) -> None:
        layout = self._layout
        keys = iter(self._keys_of(layout))
        placed: list[Placed] = []
        # Every layout's letters sit right above the same bottom row; the page keeps the
        # keyboard at its foot, so a layout with fewer rows is shorter at the top and switching
        # letters never moves Space, Delete or Next from under a finger.
        for row, letters in enumerate(layout.rows):
            start = (COLUMNS - len(letters)) / 2
            placed += [Placed(next(keys), row, start + i) for i in range(len(letters))]
        bottom = len(layout.rows)
        # The bottom row keeps one shape for every layout: a key a layout has no use for (Shift
        # for Arabic, the accents for Urdu) leaves its place empty, so the others stay put.
        controls: list[tuple[KeyButton, float, bool]] = [
            (self.shift_key, 1.5, layout.cased),
            (self.script_key, 1.5, True),
            (self.accents_key, 1.5, layout.script == LATIN),
            (self.hyphen_key, 1.0, True),
            (self.apostrophe_key, 1.0, True),
            (self.space_key, 0.0, True),  # takes what is left
            (self.delete_key, 1.5, True),
            (self.action_key, 2.0, self.action_visible()),
        ]
        space = COLUMNS - sum(span for _key, span, _shown in controls)
        col = 0.0
        for key, span, shown in controls:
            span = span or space
            if shown:
                placed.append(Placed(key, bottom, col, span))
            col += span
        self.grid.set_keys(placed)

    # --- capitals -------------------------------------------------------------------------

    def _capital_due(self) -> bool:
        """A capital is due at the cursor: the start of the field or of a part of the name."""
        field = self.field()
        if field is None:
            return True
        cursor = field.selectionStart() if field.hasSelectedText() else field.cursorPosition()
        before = field.text()[:cursor]
        return not before or before[-1] in CAPITAL_AFTER

    def shift_on(self) -> bool:
        """The next Latin letter will be a capital."""
        return self._shift and self._layout.cased

    def _update_shift(self) -> None:
        self._set_shift(self._capital_due())

    def _set_shift(self, on: bool) -> None:
        self._shift = on
        capitals = self.shift_on()
        if self._layout.cased:
            for key in self._keys_of(self._layout):
                letter = key.typed or ""
                key.set_text(capital(letter) if capitals else letter)
        self.shift_key.set_icon_name("key-shift-on" if capitals else "key-shift")
        self.shift_key.setAccessibleDescription(
            self.tr("Capital letter next") if capitals else self.tr("Small letter next")
        )

    # --- the field ------------------------------------------------------------------------

    def _field_detached(self, field: QLineEdit) -> None:
        field.cursorPositionChanged.disconnect(self._on_field_cursor_moved)

    def _field_attached(self, field: QLineEdit | None) -> None:
        # the cursor moved (a tap in the field): is a capital due there?
        if field is not None:
            field.cursorPositionChanged.connect(self._on_field_cursor_moved)
        self._update_shift()

    def _on_field_cursor_moved(self, _old: int, _new: int) -> None:
        self._update_shift()

    # --- slots ----------------------------------------------------------------------------

    def _key_tapped(self, key: KeyButton) -> None:
        text = key.typed
        if text is None:
            return
        if self.shift_on() and text.isalpha():
            text = capital(text)
        self.type_text(text)
        self._update_shift()

    def _on_shift_key_clicked(self) -> None:
        self._set_shift(not self._shift)

    def _on_script_key_clicked(self) -> None:
        self.set_layout(self._next_layout().code)

    def leave_accents(self) -> None:
        """Back to the Latin letters the accents key was opened from, if it is open."""
        if self._layout.code == ACCENTS:
            self.set_layout(self._latin_home)

    def _on_accents_key_clicked(self) -> None:
        if self._layout.code == ACCENTS:
            self.set_layout(self._latin_home)
            return
        self._latin_home = self._layout.code
        self.set_layout(ACCENTS)

    # --- words ----------------------------------------------------------------------------

    def default_action_text(self) -> str:
        return self.tr("Next")

    def _script_name(self, layout: LetterLayout) -> str:
        if layout.script == LATIN:
            return self.tr("Switch to Latin letters (A B C)")
        if layout.script == ARABIC:
            return self.tr("Switch to Arabic letters")
        return self.tr("Switch to Urdu letters")

    def retranslate(self) -> None:
        super().retranslate()
        target = self._next_layout()
        self.script_key.set_text(target.label)
        self.script_key.setAccessibleName(self._script_name(target))
        on_accents = self._layout.code == ACCENTS
        self.accents_key.set_text("abc" if on_accents else LAYOUTS[ACCENTS].label)
        self.accents_key.setAccessibleName(
            self.tr("Back to letters without accents")
            if on_accents
            else self.tr("Letters with accents (é, ñ, ü)")
        )
        self.shift_key.setAccessibleName(self.tr("Shift"))
        self.hyphen_key.setAccessibleName(self.tr("Hyphen"))
        self.apostrophe_key.setAccessibleName(self.tr("Apostrophe"))
        self.space_key.set_text(self.tr("Space"))
        self._set_shift(self._shift)
