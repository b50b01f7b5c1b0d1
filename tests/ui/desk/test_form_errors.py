"""Every problem with a desk form at once, beside its field, in the screen's words."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QLineEdit, QVBoxLayout, QWidget

from hubdesk.domain.errors import CombinedValidationError, ValidationError
from hubdesk.ui.desk import words
from hubdesk.ui.desk.form_errors import FormErrors
from hubdesk.ui.desk.page import Message


def _form(qtbot: Any) -> tuple[QWidget, FormErrors, dict[str, QLineEdit]]:
    form = QWidget()
    qtbot.addWidget(form)
    column = QVBoxLayout(form)
    message = Message("formMessage", form)
    column.addWidget(message)
    errors = FormErrors(message)
    fields = {}
    for path, label in (
        ("adults[0]", "Parent or carer 1"),
        ("adults[0].first_name", "First name"),
        ("follow_up_due", "Follow-up date"),
    ):
        edit = QLineEdit(form)
        edit.setObjectName(path)
        column.addWidget(edit)
        column.addWidget(errors.field(path, edit, label))
        fields[path] = edit
    form.show()
    return form, errors, fields


def test_every_problem_shows_beside_its_own_field_in_the_screens_words(qtbot: Any) -> None:
    form, errors, fields = _form(qtbot)
    errors.show(
        CombinedValidationError(
            [
                ValidationError("adults[0].first_name", "required", "is required"),
                ValidationError("follow_up_due", "not_a_date", "is not a date"),
                ValidationError("adults[0].role", "unknown_role", "is not a role we know"),
            ]
        )
    )
    first = errors.error_for("adults[0].first_name")
    due = errors.error_for("follow_up_due")
    adult = errors.error_for("adults[0]")
    assert first is not None
    assert due is not None
    assert adult is not None
    assert first.isVisible()
    assert first.text() == "First name: is needed."
    assert due.isVisible()
    assert due.text().startswith("Follow-up date: is not a date.")
    # the longest registered path claims an error; a shorter one takes what is left under it
    assert adult.text() == "Parent or carer 1: is not a role we know"
    # the field's path never shows; the page says how many problems to look at
    for label in (first, due, adult):
        assert "[" not in label.text()
        assert "_" not in label.text()
    assert errors.message is not None
    assert errors.message.text() == words.check_fields(3)
    assert "3" in errors.message.text()
    assert form.focusWidget() is fields["adults[0].first_name"]


def test_clear_hides_them_and_unclaimed_problems_go_to_the_message_line(qtbot: Any) -> None:
    _form_widget, errors, _fields = _form(qtbot)
    errors.show(ValidationError("follow_up_due", "not_a_date", "is not a date"))
    errors.clear()
    due = errors.error_for("follow_up_due")
    assert due is not None
    assert not due.isVisible()
    errors.show(ValidationError("ends_at", "out_of_range", "must be after the start"))
    assert errors.message is not None
    assert errors.message.text() == "Ends: is outside what is allowed."
    errors.show(ValidationError("something.internal_thing", "odd_code", "was refused"))
    assert "internal_thing" not in errors.message.text()
    assert "was refused" in errors.message.text()
