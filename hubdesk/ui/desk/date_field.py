"""A date field for desk forms: type it (day/month/year) or choose it on a calendar.

What is typed is what is kept: the field hands the text to the service exactly as typed
(`hubdesk.domain.dates.parse_typed_date` reads it there), so a date that cannot be read is an
error naming the field, beside it, and never quietly becomes another date. The calendar button
opens a month calendar (mouse, or arrow keys and Enter); the day chosen is written into the field
as dd/mm/yyyy.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QDate, QSize, Qt, Signal
from PySide6.QtGui import QIcon, QPalette
from PySide6.QtWidgets import (
    QCalendarWidget,
    QFrame,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from hubdesk.domain.dates import TYPED_DATE_MAX, format_typed_date, parse_typed_date
from hubdesk.domain.errors import ValidationError
from hubdesk.ui.widgets.icons import render_icon


class CalendarPopup(QFrame):
    """The month calendar under a DateField. `sig_date_chosen(date)`: a day was clicked, or
    Enter was pressed on one."""

    sig_date_chosen = Signal(object)

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Popup)
        self.setObjectName(name)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        col = QVBoxLayout(self)
        col.setContentsMargins(4, 4, 4, 4)
        self.calendar = QCalendarWidget(self)
        self.calendar.setObjectName(f"{name}Calendar")
        self.calendar.setFirstDayOfWeek(Qt.DayOfWeek.Monday)
        self.calendar.setGridVisible(True)
        self.calendar.setVerticalHeaderFormat(QCalendarWidget.VerticalHeaderFormat.NoVerticalHeader)
        col.addWidget(self.calendar)
        self.calendar.clicked.connect(self._on_calendar_chosen)
        self.calendar.activated.connect(self._on_calendar_chosen)

    def _on_calendar_chosen(self, day: QDate) -> None:
        self.hide()
        self.sig_date_chosen.emit(date(day.year(), day.month(), day.day()))


class DateField(QWidget):
    """A typed date with a calendar button. `text()` is what the field says, as typed.

    `sig_date_edited()`: staff typed into the field or chose a day on the calendar.
    """

    sig_date_edited = Signal()

    def __init__(
        self,
        name: str,
        accessible: str,
        parent: QWidget | None = None,
        *,
        today: Callable[[], date] = date.today,
        from_today: bool = False,
    ) -> None:
        super().__init__(parent)
        self.setObjectName(f"{name}Box")
        self._today = today
        self._from_today = from_today  # the calendar offers no day before today
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(4)
        self.edit = QLineEdit(self)
        self.edit.setObjectName(name)
        self.edit.setAccessibleName(accessible)
        self.edit.setPlaceholderText(self.tr("dd/mm/yyyy"))
        self.edit.setMaxLength(TYPED_DATE_MAX)
        self.edit.setMinimumWidth(120)
        row.addWidget(self.edit, 1)
        self.calendar_button = QPushButton(self)
        self.calendar_button.setObjectName(f"{name}Calendar")
        colour = self.calendar_button.palette().color(QPalette.ColorRole.ButtonText).name()
        self.calendar_button.setIcon(QIcon(render_icon("calendar", colour, 22)))
        self.calendar_button.setIconSize(QSize(22, 22))
        self.calendar_button.setFixedWidth(48)
        self.calendar_button.setAccessibleName(
            self.tr("Choose the {field} on a calendar").format(field=accessible.lower())
        )
        self.calendar_button.setToolTip(self.calendar_button.accessibleName())
        row.addWidget(self.calendar_button)
        self.popup = CalendarPopup(f"{name}Popup", self)
        self.popup.hide()
        self.calendar_button.clicked.connect(self._on_calendar_button_clicked)
        self.popup.sig_date_chosen.connect(self._on_popup_date_chosen)
        self.edit.textEdited.connect(lambda _t: self.sig_date_edited.emit())

    def text(self) -> str:
        return self.edit.text()

    def set_date(self, day: date | None) -> None:
        self.edit.setText(format_typed_date(day) if day is not None else "")

    def clear(self) -> None:
        self.edit.clear()

    def date_or_none(self) -> date | None:
        """The date the field says, if it says one (for where the calendar opens)."""
        try:
            return parse_typed_date(self.edit.text(), "date")
        except ValidationError:
            return None

    def _on_calendar_button_clicked(self) -> None:
        today = self._today()
        if self._from_today:
            self.popup.calendar.setMinimumDate(QDate(today.year, today.month, today.day))
        shown = self.date_or_none() or today
        self.popup.calendar.setSelectedDate(QDate(shown.year, shown.month, shown.day))
        self.popup.adjustSize()
        # under the field, or over it when there is no room under it in the window
        at = self.mapToGlobal(self.rect().bottomLeft())
        bottom = self.window().mapToGlobal(self.window().rect().bottomLeft()).y()
        if at.y() + self.popup.height() > bottom:
            at = self.mapToGlobal(self.rect().topLeft())
            at.setY(at.y() - self.popup.height())
        self.popup.move(at)
        self.popup.show()
        self.popup.calendar.setFocus(Qt.FocusReason.PopupFocusReason)

    def _on_popup_date_chosen(self, day: date) -> None:
        self.set_date(day)
        self.edit.setFocus()
        self.sig_date_edited.emit()
