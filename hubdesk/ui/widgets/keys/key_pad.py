"""The base of the on-screen keypads: a field to type into, keys, Delete and an action key.

A touch kiosk has no keyboard: keys type by calling the attached QLineEdit's `insert()` and
`backspace()` (never by sending key events), so the field's maxLength and validator apply as
they would to typing, and `textEdited` fires as it would for typing.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Signal
from PySide6.QtGui import QValidator
from PySide6.QtWidgets import QLineEdit, QVBoxLayout, QWidget

from hubdesk.ui.widgets.keys.key_button import KeyButton
from hubdesk.ui.widgets.keys.key_grid import KeyGrid


def replace_field_text(field: QLineEdit, text: str, cursor: int | None = None) -> bool:
    """Replace `field`'s whole text as typing would (textEdited fires, undo works), unless it is
    longer than the field's maxLength or its validator refuses it. True if it was accepted."""
    if len(text) > field.maxLength():
        return False
    validator = field.validator()
    if validator is not None:
        state = validator.validate(text, len(text))
        verdict = state[0] if isinstance(state, (tuple, list)) else state
        if verdict == QValidator.State.Invalid:
            return False
    if text != field.text():
        field.selectAll()
        field.insert(text)
    if cursor is not None:
        field.setCursorPosition(cursor)
    return True


class KeyPad(QWidget):
    """A set of keys that type into one QLineEdit at a time (`attach`).

    Subclasses build their keys with `make_key` and place them on `self.grid`; the base class
    provides `delete_key` and `action_key` (shown unless `set_action_visible(False)`).
    """

    sig_text_changed = Signal(str)
    """A key changed the field's text. Argument: the field's new text."""
    sig_action_clicked = Signal()
    """The action key ("Done", "Go", "Next") was tapped. No arguments."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._field: QLineEdit | None = None
        self._action_text: str | None = None
        self._action_visible = True
        self._keys: list[KeyButton] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.grid = KeyGrid(parent=self)
        layout.addWidget(self.grid)
        self.delete_key = self.make_key(icon_name="key-backspace", name="deleteKey")
        self.delete_key.clicked.connect(self._on_delete_key_clicked)
        self.action_key = self.make_key(kind="primary", name="actionKey")
        self.action_key.clicked.connect(self._on_action_key_clicked)

    # --- the field ------------------------------------------------------------------------

    def attach(self, field: QLineEdit | None) -> None:
        """Type into `field` from now on (None: type nowhere)."""
        if self._field is not None:
            self._field.destroyed.disconnect(self._on_field_destroyed)
            self._field_detached(self._field)
        self._field = field
        if field is not None:
            field.destroyed.connect(self._on_field_destroyed)
        self._field_attached(field)

    def field(self) -> QLineEdit | None:
        return self._field

    def _field_attached(self, field: QLineEdit | None) -> None:
        """For subclasses: a field was attached (or None: detached, or deleted)."""

    def _field_detached(self, field: QLineEdit) -> None:
        """For subclasses: `field` (still alive) is no longer the one typed into."""

    def _on_field_destroyed(self, _obj: QObject | None = None) -> None:
        self._field = None
        self._field_attached(None)

    def _usable_field(self) -> QLineEdit | None:
        field = self._field
        if field is None or field.isReadOnly() or not field.isEnabled():
            return None
        return field

    # --- keys -----------------------------------------------------------------------------

    def make_key(
        self,
        text: str = "",
        *,
        typed: str | None = None,
        icon_name: str | None = None,
        kind: str = "secondary",
        name: str | None = None,
    ) -> KeyButton:
        """A new key on this pad's grid, hidden until placed. A key with `typed` types it when
        tapped (through `type_text`); its accessible name is its text unless set otherwise."""
        key = KeyButton(text, typed=typed, icon_name=icon_name, kind=kind, parent=self.grid)
        key.hide()  # until the grid places it
        key.set_focus_home(self.field)
        if name:
            key.setObjectName(name)
        if typed is not None:
            # a method, not a lambda holding `self`: PySide holds a method's object weakly
            key.clicked.connect(self._on_typed_key_clicked)
        self._keys.append(key)
        return key

    def shown_keys(self) -> list[KeyButton]:
        """Every key on show, top row first."""
        return [k for k in self.grid.placed_keys() if not k.isHidden()]

    def key_for(self, text: str) -> KeyButton | None:
        """The key on show that types `text` (exactly), or None."""
        return next((k for k in self.shown_keys() if k.typed == text), None)

    def set_action_text(self, text: str) -> None:
        """Label the action key ("Go", "Next", "Done"): already translated by the caller."""
        self._action_text = text
        self.action_key.set_text(text)

    def default_action_text(self) -> str:
        # The base class names its own context: self.tr() would look in the subclass's.
        return QCoreApplication.translate("KeyPad", "Done")

    def set_action_visible(self, visible: bool) -> None:
        """Show or leave out the action key (the page may have its own Next button)."""
        self._action_visible = visible
        self._layout_keys()

    def action_visible(self) -> bool:
        return self._action_visible

    def _layout_keys(self) -> None:
        """For subclasses: place the keys on `self.grid` (again)."""

    # --- typing ---------------------------------------------------------------------------

    def type_text(self, text: str) -> bool:
        """Insert `text` at the field's cursor (replacing a selection) as typing would: refused
        if the field is read-only, full (maxLength) or its validator says no. True if the text
        changed."""
        field = self._usable_field()
        if field is None or not text:
            return False
        before = field.text()
        field.insert(text)
        return self._changed(field, before)

    def delete_back(self) -> bool:
        """Delete the character before the cursor (or the selection). True if the text
        changed."""
        field = self._usable_field()
        if field is None:
            return False
        before = field.text()
        field.backspace()
        return self._changed(field, before)

    def replace_text(self, text: str, cursor: int | None = None) -> bool:
        """Replace the whole text as one edit (textEdited fires, undo works), if maxLength and
        the validator allow it; put the cursor at `cursor` (default: the end)."""
        field = self._usable_field()
        if field is None:
            return False
        before = field.text()
        replace_field_text(field, text, cursor)
        return self._changed(field, before)

    def _changed(self, field: QLineEdit, before: str) -> bool:
        if field.text() == before:
            return False
        self.sig_text_changed.emit(field.text())
        return True

    # --- slots ----------------------------------------------------------------------------

    def _on_typed_key_clicked(self) -> None:
        key = self.sender()
        if isinstance(key, KeyButton):
            self._key_tapped(key)

    def _key_tapped(self, key: KeyButton) -> None:
        """For subclasses: what a tap on a typing key does (default: type its text)."""
        if key.typed is not None:
            self.type_text(key.typed)

    def _on_delete_key_clicked(self) -> None:
        self.delete_back()

    def _on_action_key_clicked(self) -> None:
        self.sig_action_clicked.emit()

    # --- words ----------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.delete_key.setAccessibleName(QCoreApplication.translate("KeyPad", "Delete"))
        self.action_key.set_text(
            self._action_text if self._action_text is not None else self.default_action_text()
        )

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
