"""A date-of-birth picker for a touch screen: year, then month, then day, no typing.

Step 1 shows the years in range (newest first), step 2 the twelve months in the kiosk
language's own words (QLocale's stand-alone month names), step 3 the days 1-31 (days that do not
exist in that month, or fall outside the range, are shown but cannot be tapped). A breadcrumb row
("2021 › March › Day") shows what is chosen so far; tapping a part goes back to that step.

The grids run in the screen's reading direction (right to left in Arabic and Urdu) and show
numbers in the locale's digits; a date written into an attached field is always dd/mm/yyyy in
ASCII digits.
"""

from __future__ import annotations

import calendar
import contextlib
import math
import re
from datetime import date
from typing import Any

from PySide6.QtCore import QDate, QEvent, QLocale, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSizePolicy,
    QStackedLayout,
    QVBoxLayout,
    QWidget,
)

from hubdesk.domain.dates import ascii_digits
from hubdesk.ui.widgets.keys.key_button import KeyButton
from hubdesk.ui.widgets.keys.key_grid import KeyGrid, Placed
from hubdesk.ui.widgets.keys.key_pad import replace_field_text

YEAR, MONTH, DAY = "year", "month", "day"
STEPS = (YEAR, MONTH, DAY)
CHILD_YEARS = 25  # the default range: 25 years back to today (26 years to choose from)
YEAR_ROWS = 4  # up to 40 years on one page, in at most four rows
YEARS_PER_PAGE = 30  # more than 40: pages of three rows of ten, and a row to turn the page
YEAR_COLUMNS_MAX = 10
MONTH_COLUMNS = 6
DAY_COLUMNS = 10  # 1-10, 11-20, 21-30, 31: four rows, easy to find a number in
VALUE = "pickerValue"  # the dynamic property holding a key's year, month, day or step
_DMY = re.compile(r"^\s*(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{4})\s*$")


def years_back(today: date, years: int) -> date:
    """The same day `years` years before `today` (28 February for 29 February)."""
    try:
        return today.replace(year=today.year - years)
    except ValueError:
        return today.replace(year=today.year - years, day=28)


def format_dmy(value: date) -> str:
    """dd/mm/yyyy in ASCII digits."""
    return f"{value.day:02d}/{value.month:02d}/{value.year:04d}"


def parse_dmy(text: str) -> date | None:
    """A dd/mm/yyyy date (any digits, / . or - between), or None."""
    match = _DMY.match(ascii_digits(text))
    if match is None:
        return None
    day, month, year = (int(g) for g in match.groups())
    try:
        return date(year, month, day)
    except ValueError:
        return None


class DatePicker(QWidget):
    """Choose a date in three taps. `set_range`, `set_locale`, `set_date`, `date`, `reset`;
    `attach(field)` to have the chosen date written into a QLineEdit as dd/mm/yyyy."""

    sig_date_chosen = Signal(object)
    """A day was tapped. Argument: the chosen datetime.date."""
    sig_step_changed = Signal(str)
    """The picker moved to another step. Argument: "year", "month" or "day"."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("datePicker")
        today = date.today()
        self._earliest = years_back(today, CHILD_YEARS)
        self._latest = today
        self._locale = QLocale()
        self._year: int | None = None
        self._month: int | None = None
        self._day: int | None = None
        self._step = YEAR
        self._year_page = 0
        self._field: QLineEdit | None = None
        self._written = ""  # what the picker last wrote into the field

        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(8)
        crumbs = QHBoxLayout()
        crumbs.setSpacing(8)
        self.year_crumb = self._crumb("yearCrumb", YEAR)
        self.month_crumb = self._crumb("monthCrumb", MONTH)
        self.day_crumb = self._crumb("dayCrumb", DAY)
        self._separators: list[QLabel] = []
        for i, crumb in enumerate((self.year_crumb, self.month_crumb, self.day_crumb)):
            if i:
                separator = QLabel(self)
                separator.setAccessibleName("")
                separator.setAlignment(Qt.AlignmentFlag.AlignCenter)
                self._separators.append(separator)
                crumbs.addWidget(separator)
            crumbs.addWidget(crumb)
        self.prompt = QLabel(self)
        self.prompt.setObjectName("datePrompt")
        self.prompt.setWordWrap(True)
        self.prompt.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        crumbs.addSpacing(8)
        crumbs.addWidget(self.prompt, 1)
        outer.addLayout(crumbs)

        self._pages = QStackedLayout()
        self.year_grid = KeyGrid(mirror=True, parent=self)
        self.year_grid.setObjectName("yearGrid")
        self.month_grid = KeyGrid(mirror=True, parent=self)
        self.month_grid.setObjectName("monthGrid")
        self.day_grid = KeyGrid(mirror=True, parent=self)
        self.day_grid.setObjectName("dayGrid")
        for grid in (self.year_grid, self.month_grid, self.day_grid):
            self._pages.addWidget(grid)
        outer.addLayout(self._pages)

        self.year_keys: dict[int, KeyButton] = {}
        self.later_years_key = self._key(self.year_grid, "laterYearsKey")
        self.later_years_key.clicked.connect(self._on_later_years_key_clicked)
        self.earlier_years_key = self._key(self.year_grid, "earlierYearsKey")
        self.earlier_years_key.clicked.connect(self._on_earlier_years_key_clicked)
        self.month_keys: dict[int, KeyButton] = {}
        for month in range(1, 13):
            key = self._key(self.month_grid, f"monthKey{month}", checkable=True)
            key.setProperty(VALUE, month)
            key.clicked.connect(self._on_month_key_clicked)
            self.month_keys[month] = key
        self.month_grid.set_keys(
            Placed(self.month_keys[m], (m - 1) // MONTH_COLUMNS, float((m - 1) % MONTH_COLUMNS))
            for m in range(1, 13)
        )
        self.day_keys: dict[int, KeyButton] = {}
        for day in range(1, 32):
            key = self._key(self.day_grid, f"dayKey{day}", checkable=True)
            key.setProperty(VALUE, day)
            key.clicked.connect(self._on_day_key_clicked)
            self.day_keys[day] = key
        self.day_grid.set_keys(
            Placed(self.day_keys[d], (d - 1) // DAY_COLUMNS, float((d - 1) % DAY_COLUMNS))
            for d in range(1, 32)
        )
        self._build_years()
        self._refresh()

    def _crumb(self, name: str, step: str) -> KeyButton:
        crumb = KeyButton("", parent=self)
        crumb.setObjectName(name)
        crumb.set_margins(12)
        crumb.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        crumb.set_focus_home(self.field)
        crumb.setProperty(VALUE, step)
        crumb.clicked.connect(self._on_crumb_clicked)
        return crumb

    def _key(self, grid: KeyGrid, name: str, *, checkable: bool = False) -> KeyButton:
        key = KeyButton("", parent=grid)
        key.setObjectName(name)
        key.setCheckable(checkable)
        key.set_focus_home(self.field)
        key.hide()
        return key

    # --- public ---------------------------------------------------------------------------

    def set_range(self, earliest: date, latest: date) -> None:
        """Only dates from `earliest` to `latest` (both included) can be chosen."""
        if earliest > latest:
            raise ValueError("earliest is after latest")
        self._earliest, self._latest = earliest, latest
        chosen = self.date()
        date_out = chosen is not None and not earliest <= chosen <= latest
        year_out = self._year is not None and not earliest.year <= self._year <= latest.year
        if date_out or year_out:
            self._year = self._month = self._day = None
            self._step = YEAR
        self._build_years()
        self._refresh()

    def set_locale(self, locale: QLocale) -> None:
        """Month names and digits in `locale`'s words (e.g. QLocale("ar"))."""
        self._locale = QLocale(locale)
        self._build_years()
        self._refresh()

    def set_date(self, value: date | None) -> None:
        """Show `value` chosen, at the day step (None, or a date out of range: start again)."""
        if value is None or not self._earliest <= value <= self._latest:
            self.reset()
            return
        self._year, self._month, self._day = value.year, value.month, value.day
        self._show_year_page_of(value.year)
        self._go(DAY)

    def date(self) -> date | None:
        """The chosen date, once a day has been tapped (or set)."""
        if self._year is None or self._month is None or self._day is None:
            return None
        return date(self._year, self._month, self._day)

    def reset(self) -> None:
        """Nothing chosen: back to the year step."""
        self._year = self._month = self._day = None
        self._year_page = 0
        self._go(YEAR)

    def step(self) -> str:
        """The step on show: "year", "month" or "day"."""
        return self._step

    def go_to(self, step: str) -> None:
        """Show `step` (as tapping its part of the breadcrumb does); a step not reached yet
        (the day before a month is chosen) is refused."""
        if step == MONTH and self._year is None:
            return
        if step == DAY and self._month is None:
            return
        if step == YEAR and self._year is not None:
            self._show_year_page_of(self._year)
        self._go(step)

    def attach(self, field: QLineEdit | None) -> None:
        """Write chosen dates into `field` (None: nowhere). A date already in the field (dd/mm/
        yyyy, in range) is shown chosen; otherwise the picker starts at the year step."""
        if self._field is not None:
            with contextlib.suppress(RuntimeError, TypeError):
                self._field.destroyed.disconnect(self._on_field_destroyed)
        self._field = field
        self._written = ""
        if field is None:
            return
        field.destroyed.connect(self._on_field_destroyed)
        self.set_date(parse_dmy(field.text()))
        if self.date() is not None:
            self._written = field.text()

    def field(self) -> QLineEdit | None:
        return self._field

    # --- steps ----------------------------------------------------------------------------

    def _go(self, step: str) -> None:
        changed = step != self._step
        self._step = step
        self._refresh()
        if changed:
            self.sig_step_changed.emit(step)

    def _years(self) -> list[int]:
        return list(range(self._latest.year, self._earliest.year - 1, -1))

    def _paged(self) -> bool:
        return len(self._years()) > YEAR_ROWS * YEAR_COLUMNS_MAX

    def _show_year_page_of(self, year: int) -> None:
        if self._paged():
            self._year_page = self._years().index(year) // YEARS_PER_PAGE
            self._build_years()

    def _build_years(self) -> None:
        years = self._years()
        for year in years:
            if year not in self.year_keys:
                key = self._key(self.year_grid, f"yearKey{year}", checkable=True)
                key.setProperty(VALUE, year)
                key.clicked.connect(self._on_year_key_clicked)
                self.year_keys[year] = key
        for year in [y for y in self.year_keys if y not in years]:
            self.year_keys.pop(year).deleteLater()
        placed: list[Placed] = []
        if not self._paged():
            columns = max(1, math.ceil(len(years) / YEAR_ROWS))
            for i, year in enumerate(years):
                placed.append(Placed(self.year_keys[year], i // columns, float(i % columns)))
        else:
            pages = math.ceil(len(years) / YEARS_PER_PAGE)
            self._year_page = max(0, min(self._year_page, pages - 1))
            start = self._year_page * YEARS_PER_PAGE
            shown = years[start : start + YEARS_PER_PAGE]
            for i, year in enumerate(shown):
                row, col = divmod(i, YEAR_COLUMNS_MAX)
                placed.append(Placed(self.year_keys[year], row, float(col)))
            nav = YEARS_PER_PAGE // YEAR_COLUMNS_MAX
            if self._year_page > 0:
                placed.append(Placed(self.later_years_key, nav, 0.0, 4.0))
            if self._year_page < pages - 1:
                placed.append(Placed(self.earlier_years_key, nav, 6.0, 4.0))
        self.year_grid.set_keys(placed)
        for year, key in self.year_keys.items():
            key.set_text(self._number(year))

    # --- showing --------------------------------------------------------------------------

    def _number(self, value: int) -> str:
        locale = QLocale(self._locale)
        locale.setNumberOptions(QLocale.NumberOption.OmitGroupSeparator)
        return locale.toString(value)

    def _month_name(self, month: int) -> str:
        return self._locale.standaloneMonthName(month, QLocale.FormatType.LongFormat)

    def _month_possible(self, year: int, month: int) -> bool:
        first = date(year, month, 1)
        last = date(year, month, calendar.monthrange(year, month)[1])
        return first <= self._latest and last >= self._earliest

    def _day_possible(self, year: int, month: int, day: int) -> bool:
        if day > calendar.monthrange(year, month)[1]:
            return False
        return self._earliest <= date(year, month, day) <= self._latest

    def _refresh(self) -> None:
        self._pages.setCurrentIndex(STEPS.index(self._step))
        for year, key in self.year_keys.items():
            key.setChecked(year == self._year)
        for month, key in self.month_keys.items():
            key.set_text(self._month_name(month))
            key.setEnabled(self._year is not None and self._month_possible(self._year, month))
            key.setChecked(month == self._month)
        for day, key in self.day_keys.items():
            key.set_text(self._number(day))
            possible = (
                self._year is not None
                and self._month is not None
                and self._day_possible(self._year, self._month, day)
            )
            key.setEnabled(possible)
            key.setChecked(possible and day == self._day)
            if possible and self._year is not None and self._month is not None:
                when = QDate(self._year, self._month, day)
                key.setAccessibleName(self._locale.toString(when, QLocale.FormatType.LongFormat))
            else:
                key.setAccessibleName(self._number(day))
        crumbs = (
            (self.year_crumb, self._number(self._year) if self._year else self.tr("Year")),
            (self.month_crumb, self._month_name(self._month) if self._month else self.tr("Month")),
            (self.day_crumb, self._number(self._day) if self._day else self.tr("Day")),
        )
        for crumb, text in crumbs:
            crumb.set_text(text)
        self.year_crumb.setAccessibleName(self.tr("Year: {value}").format(value=crumbs[0][1]))
        self.month_crumb.setAccessibleName(self.tr("Month: {value}").format(value=crumbs[1][1]))
        self.day_crumb.setAccessibleName(self.tr("Day: {value}").format(value=crumbs[2][1]))
        self.month_crumb.setEnabled(self._year is not None)
        self.day_crumb.setEnabled(self._month is not None)
        self.later_years_key.set_text(self.tr("Later years"))
        self.earlier_years_key.set_text(self.tr("Earlier years"))
        prompts = {
            YEAR: self.tr("Choose the year"),
            MONTH: self.tr("Choose the month"),
            DAY: self.tr("Choose the day"),
        }
        self.prompt.setText(prompts[self._step])
        self.year_grid.setAccessibleName(prompts[YEAR])
        self.month_grid.setAccessibleName(prompts[MONTH])
        self.day_grid.setAccessibleName(prompts[DAY])
        # "›" is a mirrored character: in a right-to-left screen the bidi algorithm draws it
        # as "‹", pointing on to the next step, so it is the same character in both directions
        for separator in self._separators:
            separator.setText("›")

    # --- the field ------------------------------------------------------------------------

    def _write_field(self) -> None:
        field = self._field
        if field is None or field.isReadOnly() or not field.isEnabled():
            return
        chosen = self.date()
        text = format_dmy(chosen) if chosen is not None else ""
        if chosen is None and field.text() != self._written:
            return  # somebody else's text: leave it
        if replace_field_text(field, text):
            self._written = text

    def _on_field_destroyed(self, _obj: QObject | None = None) -> None:
        self._field = None

    # --- slots ----------------------------------------------------------------------------

    def _tapped(self) -> Any:
        """The value of the key that sent the signal being handled."""
        sender = self.sender()
        return sender.property(VALUE) if sender is not None else None

    def _on_crumb_clicked(self) -> None:
        self.go_to(str(self._tapped()))

    def _on_year_key_clicked(self) -> None:
        self._choose_year(int(self._tapped()))

    def _on_month_key_clicked(self) -> None:
        self._choose_month(int(self._tapped()))

    def _on_day_key_clicked(self) -> None:
        self._choose_day(int(self._tapped()))

    def _choose_year(self, year: int) -> None:
        if year != self._year:
            had_date = self.date() is not None
            self._year, self._month, self._day = year, None, None
            if had_date:
                self._write_field()
        self._go(MONTH)

    def _choose_month(self, month: int) -> None:
        if month != self._month:
            had_date = self.date() is not None
            self._month, self._day = month, None
            if had_date:
                self._write_field()
        self._go(DAY)

    def _choose_day(self, day: int) -> None:
        if self._year is None or self._month is None:
            return
        self._day = day
        self._refresh()
        chosen = date(self._year, self._month, day)
        self._write_field()
        self.sig_date_chosen.emit(chosen)

    def _on_later_years_key_clicked(self) -> None:
        self._year_page -= 1
        self._build_years()
        self._refresh()

    def _on_earlier_years_key_clicked(self) -> None:
        self._year_page += 1
        self._build_years()
        self._refresh()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() in (QEvent.Type.LanguageChange, QEvent.Type.LayoutDirectionChange):
            self._refresh()
        super().changeEvent(event)
