"""Every problem with a form at once, each beside its field, in the words the screen uses.

A desk form registers its fields with the label the screen shows for them:

    self.errors = FormErrors(self.message)
    row.addWidget(self.errors.field("follow_up_due", self.follow_up, self.tr("Follow-up date")))

and when a service call fails, `self.errors.show(exc)` puts each ValidationError (all of a
CombinedValidationError) under the field whose path it names, as "Follow-up date: is not a real
date", moves the focus to the first field in error, and sends anything no field claims (or any
other failure) to the page's message line. `clear()` empties them all; a form calls it before
each save.

A field path matches an error when it is the error's field, or the start of it followed by "."
or "[": "adults[0]" takes "adults[0].first_name"; the longest registered path wins.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

from hubdesk.domain.errors import ValidationError, every_error
from hubdesk.ui.desk import words
from hubdesk.ui.desk.page import Message
from hubdesk.ui.widgets.tile_button import repolish


class FieldError(QLabel):
    """The problem with one field, shown right under it; takes no room while there is none."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setProperty("kind", "fielderror")
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setContentsMargins(6, 2, 6, 2)
        self.set_problem("")

    def set_problem(self, text: str) -> None:
        self.setText(text)
        self.setAccessibleName(text)
        self.setVisible(bool(text))
        repolish(self)


@dataclass
class _Field:
    path: str
    widget: QWidget
    label: str
    error: FieldError


class FormErrors:
    """The fields of one form and the error line beside each (see the module's docstring)."""

    def __init__(self, message: Message | None = None) -> None:
        self.message = message
        self._fields: list[_Field] = []

    def field(self, path: str, widget: QWidget, label: str, name: str = "") -> FieldError:
        """Register `widget` for errors about `path`, named `label` as on the screen; returns
        the FieldError to place right under (or beside) it."""
        error = FieldError(name or f"{widget.objectName() or path}Error", widget.parentWidget())
        self._fields.append(_Field(path, widget, label, error))
        return error

    def forget(self, path: str) -> None:
        """Drop a field that is no longer on the screen (a row removed from a form)."""
        self._fields = [f for f in self._fields if f.path != path]

    def error_for(self, path: str) -> FieldError | None:
        return next((f.error for f in self._fields if f.path == path), None)

    def clear(self) -> None:
        for f in self._fields:
            f.error.set_problem("")
        if self.message is not None:
            self.message.clear_message()

    def show(self, exc: BaseException) -> None:
        """Show every problem in `exc`, each beside its field; the rest in the message line."""
        self.clear()
        if not isinstance(exc, ValidationError):
            if self.message is not None:
                self.message.show_error(words.problem(exc))
            return
        first: _Field | None = None
        unclaimed: list[str] = []
        shown: dict[int, list[str]] = {}
        for error in every_error(exc):
            f = self._owner(error.field)
            if f is None:
                unclaimed.append(words.problem(error))
                continue
            shown.setdefault(id(f), []).append(words.sentence(error))
            if first is None:
                first = f
        for f in self._fields:
            sentences = shown.get(id(f))
            if sentences:
                text = " ".join(dict.fromkeys(sentences))  # the same problem once
                f.error.set_problem(words.field_problem(f.label, text))
        if self.message is not None:
            if unclaimed:
                self.message.show_error(" ".join(dict.fromkeys(unclaimed)))
            elif first is not None:
                count = len(every_error(exc))
                self.message.show_error(words.check_fields(count))
        if first is not None and first.widget.isVisible():
            first.widget.setFocus(Qt.FocusReason.OtherFocusReason)

    def _owner(self, path: str) -> _Field | None:
        best: _Field | None = None
        for f in self._fields:
            claims = path == f.path or path.startswith((f.path + ".", f.path + "["))
            if claims and (best is None or len(f.path) > len(best.path)):
                best = f
        return best
