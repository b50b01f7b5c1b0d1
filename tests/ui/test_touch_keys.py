"""The kiosk's on-screen keys (hubdesk/ui/widgets/keys): every pad types by taps alone, into a
QLineEdit, what a family needs to type; keys are big enough, named, and their words fit, in normal
and large text, left to right and right to left.

Driven as a person would: `qtbot.mouseClick` on keys, never key events (a touch screen cannot make
them, and the pads must not need them).
"""

from __future__ import annotations

import string
import unicodedata
from collections.abc import Callable, Iterator
from datetime import date
from typing import Any

import pytest
from kiosk_checks import clipped_text, overlaps, unnamed_or_small
from PySide6.QtCore import QEvent, QLocale, QObject, QRegularExpression, Qt
from PySide6.QtGui import QFontMetrics, QRegularExpressionValidator
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDialog,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from hubdesk.security.passes import CROCKFORD_ALPHABET
from hubdesk.ui.i18n import PSEUDO, PseudoTranslator
from hubdesk.ui.theme import ThemeManager
from hubdesk.ui.widgets.keys import (
    DatePicker,
    KeyButton,
    NameKeyboard,
    PassCodePad,
    PostcodePad,
    ascii_digits,
)
from hubdesk.ui.widgets.keys.key_pad import KeyPad
from hubdesk.ui.widgets.keys.layouts import LAYOUTS

LEFT = Qt.MouseButton.LeftButton
CONTENT_WIDTH = 1200  # the kiosk page's content width at 1280 px
RANGE = (date(2000, 6, 1), date(2025, 6, 1))  # a child's: 26 years, newest 2025


# --- helpers ------------------------------------------------------------------------------------


@pytest.fixture(autouse=True)
def _delete_new_windows(qapp: Any) -> Iterator[None]:
    """Delete the windows a test made, at once. (Keys connect lambdas that hold their pad, so a
    pad the test lets go of is never collected; hundreds of them would slow every later test.)"""
    before = set(QApplication.topLevelWidgets())
    yield
    for widget in QApplication.topLevelWidgets():
        if widget not in before:
            widget.close()
            widget.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


@pytest.fixture
def look(qapp: Any) -> Callable[..., None]:
    """look(large=False, rtl=False): style the application as the kiosk does (theme, text size,
    layout direction). conftest.py puts the application's look back after each test."""

    def _apply(large: bool = False, rtl: bool = False) -> None:
        ThemeManager(qapp).apply(large_text=large)
        qapp.setLayoutDirection(
            Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight
        )

    return _apply


def show(qtbot: Any, widget: QWidget, width: int | None = None) -> QWidget:
    hint = widget.sizeHint()
    widget.resize(width or hint.width(), hint.height())
    widget.show()
    qtbot.waitExposed(widget)
    QApplication.processEvents()
    return widget


def tap(qtbot: Any, key: QAbstractButton | None) -> None:
    assert key is not None, "no such key"
    assert key.isVisible(), f"{key.accessibleName()!r} is not on show"
    assert key.isEnabled(), f"{key.accessibleName()!r} is disabled"
    qtbot.mouseClick(key, LEFT)


def tap_text(qtbot: Any, pad: KeyPad, text: str) -> None:
    """Tap the key for each character of `text` in turn."""
    for char in text:
        tap(qtbot, pad.key_for(char))


class KeyEventSpy(QObject):
    """Counts key events a widget receives (the pads must never send any)."""

    def __init__(self, target: QWidget) -> None:
        super().__init__()
        self.count = 0
        target.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            self.count += 1
        return False


@pytest.fixture
def field() -> QLineEdit:
    return QLineEdit()


def edits(line: QLineEdit) -> list[str]:
    """The texts `textEdited` reports from now on (what pages listen to, e.g. to clear an
    error)."""
    seen: list[str] = []
    line.textEdited.connect(seen.append)
    return seen


# --- ascii_digits -------------------------------------------------------------------------------


def test_ascii_digits_maps_arabic_and_urdu_digits():
    assert ascii_digits("١٤/٠٣/٢٠٢١") == "14/03/2021"  # Arabic-Indic
    assert ascii_digits("۱۴/۰۳/۲۰۲۱") == "14/03/2021"  # Extended Arabic-Indic (Urdu)
    assert ascii_digits("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹") == "01234567890123456789"
    assert ascii_digits("NE1 4XF أمينة") == "NE1 4XF أمينة"


# --- the pass-code pad --------------------------------------------------------------------------


def test_pass_pad_types_a_code_with_its_hyphens(qtbot, look, field):
    look()
    pad = show(qtbot, PassCodePad())
    pad.attach(field)
    field.setMaxLength(300)  # the pass field also takes a scanner's long QR text
    spy = KeyEventSpy(field)
    typed = edits(field)
    reported: list[str] = []
    pad.sig_text_changed.connect(reported.append)

    tap_text(qtbot, pad, "ABCD")
    assert field.text() == "ABCD-"  # the hyphen comes with the 4th character
    tap_text(qtbot, pad, "EFGH")
    assert field.text() == "ABCD-EFGH-"
    tap_text(qtbot, pad, "J")
    assert field.text() == "ABCD-EFGH-J"
    tap_text(qtbot, pad, "K")  # a code is full at 11
    assert field.text() == "ABCD-EFGH-J"
    assert field.maxLength() == 300  # the pad stops at 11 itself

    tap(qtbot, pad.delete_key)
    assert field.text() == "ABCD-EFGH-"
    tap(qtbot, pad.delete_key)
    assert field.text() == "ABCD-EFG"
    assert field.cursorPosition() == len("ABCD-EFG")
    tap_text(qtbot, pad, "H9")
    assert field.text() == "ABCD-EFGH-9"
    assert reported[-1] == "ABCD-EFGH-9"
    assert typed[-1] == "ABCD-EFGH-9"
    assert spy.count == 0


def test_pass_pad_holds_only_the_characters_of_a_code(qtbot, look):
    look()
    pad = show(qtbot, PassCodePad())
    typed = {key.typed for key in pad.shown_keys() if key.typed is not None}
    assert typed == set(CROCKFORD_ALPHABET)
    for letter in "ILOU":
        assert pad.key_for(letter) is None
    letters = [k.typed for k in pad.shown_keys() if k.typed and k.typed.isalpha()]
    assert letters == sorted(letters), "letters run in alphabetical order"
    digits = [k for k in pad.shown_keys() if k.typed and k.typed.isdigit()]
    assert len({k.y() for k in digits}) == 1, "the digits are one row"


def test_pass_pad_types_at_the_cursor(qtbot, look, field):
    """A person who taps inside the code to fix a character types there; the hyphens move."""
    look()
    pad = show(qtbot, PassCodePad())
    pad.attach(field)
    tap_text(qtbot, pad, "ABDEF")
    assert field.text() == "ABDE-F"
    field.setCursorPosition(2)  # the tap in the field, between B and D
    tap_text(qtbot, pad, "C")
    assert field.text() == "ABCD-EF"
    assert field.cursorPosition() == 3
    field.setCursorPosition(5)  # after the hyphen: Delete takes the D before it
    tap(qtbot, pad.delete_key)
    assert field.text() == "ABCE-F"


def test_pass_pad_respects_the_fields_max_length_and_validator(qtbot, look, field):
    look()
    pad = show(qtbot, PassCodePad())
    pad.attach(field)
    field.setMaxLength(5)
    tap_text(qtbot, pad, "ABCDE")
    assert field.text() == "ABCD-"
    field.clear()
    field.setMaxLength(32767)
    field.setValidator(QRegularExpressionValidator(QRegularExpression(r"[0-9-]*")))
    tap_text(qtbot, pad, "1A2")
    assert field.text() == "12"


def test_pass_pad_replaces_text_that_is_not_a_code(qtbot, look, field):
    """A half-scanned QR text in the field is not part of a code: the first key starts again."""
    look()
    pad = show(qtbot, PassCodePad())
    field.setText("HUBDESK:P1:")
    pad.attach(field)
    tap_text(qtbot, pad, "7")
    assert field.text() == "7"


# --- the postcode pad ---------------------------------------------------------------------------


@pytest.mark.parametrize("postcode", ["NE1 4XF", "SW1A 1AA", "BFPO 1234"])
def test_postcode_pad_types_postcodes(postcode, qtbot, look, field):
    look()
    pad = show(qtbot, PostcodePad())
    pad.attach(field)
    spy = KeyEventSpy(field)
    typed = edits(field)
    tap_text(qtbot, pad, postcode)
    assert field.text() == postcode
    assert typed[-1] == postcode  # textEdited fires: the About page clears its error on it
    tap(qtbot, pad.delete_key)
    assert field.text() == postcode[:-1]
    assert spy.count == 0


def test_postcode_pad_has_every_letter_and_digit_and_is_compact(qtbot, look):
    look()
    pad = show(qtbot, PostcodePad())
    typed = {key.typed for key in pad.shown_keys() if key.typed is not None}
    assert typed == set(string.ascii_uppercase + string.digits + " ")
    assert pad.width() <= 680, f"{pad.width()} px is too wide to sit beside the field"
    assert pad.grid.rows() <= 5


def test_action_key_text_and_visibility(qtbot, qapp, look, field):
    look()
    pad = show(qtbot, PostcodePad())
    pad.attach(field)
    assert pad.action_key.isVisible()
    with qtbot.waitSignal(pad.sig_action_clicked):
        tap(qtbot, pad.action_key)
    pad.set_action_text("Find")
    qapp.installTranslator(translator := PseudoTranslator())  # the language changes
    try:
        QApplication.processEvents()
        assert pad.action_key.label_text() == "Find", "the caller's words are kept"
        assert "~" in pad.space_key.label_text()
    finally:
        qapp.removeTranslator(translator)
    rows = pad.grid.rows()
    pad.set_action_visible(False)
    assert not pad.action_key.isVisible()
    assert pad.grid.rows() == rows - 1


def test_postcode_pad_types_upper_case_and_keeps_max_length(qtbot, look, field):
    look()
    pad = show(qtbot, PostcodePad())
    pad.attach(field)
    assert pad.type_text("ne")
    assert field.text() == "NE"
    field.setMaxLength(3)
    tap_text(qtbot, pad, "1A")
    assert field.text() == "NE1"


# --- the name keyboard --------------------------------------------------------------------------


def name_keyboard(qtbot: Any, line: QLineEdit, language: str) -> NameKeyboard:
    keyboard = NameKeyboard()
    keyboard.set_language(language)
    show(qtbot, keyboard)
    keyboard.attach(line)
    return keyboard


@pytest.mark.parametrize(
    ("language", "letters", "name"),
    [
        ("pl", "łucja", "Łucja"),
        ("ro", "\u0219tefan", "\u0218tefan"),  # Ș, S with comma below (not Ş with cedilla)
        ("ar", "أمينة", "أمينة"),
        ("ur", "ٹیپو", "ٹیپو"),  # ٹ and ی (U+06CC) are Urdu letters
        ("en", "sara", "Sara"),
    ],
)
def test_name_keyboard_types_names_in_every_kiosk_script(
    language, letters, name, qtbot, look, field
):
    look(rtl=language in ("ar", "ur"))
    keyboard = name_keyboard(qtbot, field, language)
    spy = KeyEventSpy(field)
    assert keyboard.layout_code() == language
    tap_text(qtbot, keyboard, letters)
    assert field.text() == name
    assert unicodedata.normalize("NFC", field.text()) == field.text()
    assert spy.count == 0


def test_latin_name_from_the_arabic_layout(qtbot, look, field):
    look(rtl=True)
    keyboard = name_keyboard(qtbot, field, "ar")
    assert keyboard.key_for("s") is None
    tap(qtbot, keyboard.script_key)
    assert keyboard.layout_code() == "en"
    tap_text(qtbot, keyboard, "amira")
    assert field.text() == "Amira"
    tap(qtbot, keyboard.script_key)
    assert keyboard.layout_code() == "ar", "the same key goes back to Arabic letters"
    tap(qtbot, keyboard.space_key)
    tap_text(qtbot, keyboard, "خان")
    assert field.text() == "Amira خان"


def test_arabic_and_urdu_letters_from_a_latin_layout(qtbot, look, field):
    look()
    keyboard = name_keyboard(qtbot, field, "pl")
    tap(qtbot, keyboard.script_key)
    assert keyboard.layout_code() == "ar"
    tap(qtbot, keyboard.script_key)
    assert keyboard.layout_code() == "ur"
    tap(qtbot, keyboard.script_key)
    assert keyboard.layout_code() == "pl"


def test_shift_auto_capitals_hyphen_and_apostrophe(qtbot, look, field):
    look()
    keyboard = name_keyboard(qtbot, field, "en")
    assert keyboard.shift_on(), "an empty field starts with a capital"
    assert keyboard.key_for("a").label_text() == "A", "the keys show what they will type"
    tap_text(qtbot, keyboard, "anne")
    tap(qtbot, keyboard.hyphen_key)
    tap_text(qtbot, keyboard, "marie")
    assert field.text() == "Anne-Marie", "each part of the name starts with a capital"
    assert keyboard.key_for("a").label_text() == "a"

    field.clear()
    tap_text(qtbot, keyboard, "o")
    tap(qtbot, keyboard.apostrophe_key)
    tap(qtbot, keyboard.shift_key)  # one capital
    tap_text(qtbot, keyboard, "neil")
    assert field.text() == "O'Neil"

    field.clear()
    tap(qtbot, keyboard.shift_key)  # a capital was due: Shift makes it small
    tap_text(qtbot, keyboard, "d")
    assert field.text() == "d"
    tap(qtbot, keyboard.space_key)
    tap_text(qtbot, keyboard, "la")
    assert field.text() == "d La"


def test_delete_and_max_length_in_the_name_keyboard(qtbot, look, field):
    look()
    keyboard = name_keyboard(qtbot, field, "en")
    field.setMaxLength(3)
    tap_text(qtbot, keyboard, "zara")
    assert field.text() == "Zar"
    tap(qtbot, keyboard.delete_key)
    tap(qtbot, keyboard.delete_key)
    assert field.text() == "Z"


def test_unknown_language_uses_the_english_layout(qtbot, look, field):
    look()
    keyboard = name_keyboard(qtbot, field, PSEUDO)
    assert keyboard.layout_code() == "en"
    keyboard.set_language("ro")
    assert keyboard.layout_code() == "ro"


def test_layouts_hold_every_letter_of_their_language(qtbot, look, field):
    look()
    keyboard = name_keyboard(qtbot, field, "en")

    def on_show(language: str) -> set[str]:
        keyboard.set_language(language)
        return {k.typed for k in keyboard.letter_keys() if k.isVisible() and k.typed}

    assert on_show("en") == set(string.ascii_lowercase)
    assert on_show("pl") == set(string.ascii_lowercase) | set("ąćęłńóśźż")
    romanian = on_show("ro")
    assert set("ăâî\u0219\u021b") <= romanian
    assert not set("\u015f\u0163") & romanian, "no cedilla ş ţ"
    arabic = set("ابتثجحخدذرزسشصضطظعغفقكلمنهوي") | set("ةىءأإآؤئ")
    assert len(arabic) == 36
    assert on_show("ar") == arabic
    urdu = on_show("ur")
    alphabet = "ا آ ب پ ت ٹ ث ج چ ح خ د ڈ ذ ر ڑ ز ژ س ش ص ض ط ظ ع غ ف ق ک گ ل م ن ں و ہ ھ ء ی ے"
    assert set(alphabet.split()) <= urdu
    assert not {"\u0643", "\u064a", "\u0647"} & urdu, "Urdu keheh, yeh and heh, not Arabic"
    assert keyboard.layout_code() == "ur"


def test_every_layout_has_the_controls_and_fits_five_rows(qtbot, look, field):
    look(large=True)
    keyboard = name_keyboard(qtbot, field, "en")
    for code, layout in LAYOUTS.items():
        keyboard.set_layout(code)
        QApplication.processEvents()
        on_show = keyboard.shown_keys()
        for control in (
            keyboard.script_key,
            keyboard.hyphen_key,
            keyboard.apostrophe_key,
            keyboard.space_key,
            keyboard.delete_key,
            keyboard.action_key,
        ):
            assert control in on_show, f"{code}: {control.objectName()} missing"
        assert (keyboard.shift_key in on_show) == layout.cased
        assert keyboard.grid.rows() <= 5, code
        assert keyboard.sizeHint().width() <= CONTENT_WIDTH, code


def test_arabic_keyboard_keeps_its_shape_and_urdu_reads_right_to_left(qtbot, look, field):
    """Keyboards do not mirror: ض is top left on every Arabic keyboard, in any direction. The
    Urdu alphabet starts at the top right, where a reader of Urdu starts."""
    for rtl in (False, True):
        look(rtl=rtl)
        keyboard = name_keyboard(qtbot, field, "ar")
        first, second = keyboard.key_for("ض"), keyboard.key_for("ص")
        assert first.x() < second.x()
        assert first.y() == second.y()
        assert keyboard.key_for("ذ").y() > first.y()
        keyboard.set_language("ur")
        QApplication.processEvents()
        alif, alif_madda = keyboard.key_for("ا"), keyboard.key_for("آ")
        assert alif.x() > alif_madda.x()
        assert alif.y() == alif_madda.y()
        assert alif.geometry().right() == max(k.geometry().right() for k in keyboard.letter_keys())
        keyboard.close()


# --- the date picker ----------------------------------------------------------------------------


def picker(qtbot: Any, line: QLineEdit | None = None, locale: str = "en") -> DatePicker:
    date_picker = DatePicker()
    date_picker.set_locale(QLocale(locale))
    date_picker.set_range(*RANGE)
    show(qtbot, date_picker)
    if line is not None:
        date_picker.attach(line)
    return date_picker


def on_show(grid: QWidget) -> list[QAbstractButton]:
    return [k for k in grid.findChildren(QAbstractButton) if k.isVisible()]


def test_date_in_three_taps(qtbot, look, field):
    look()
    date_picker = picker(qtbot, field)
    typed = edits(field)
    spy = KeyEventSpy(field)
    assert date_picker.step() == "year"
    tap(qtbot, date_picker.year_keys[2021])
    assert date_picker.step() == "month"
    tap(qtbot, date_picker.month_keys[3])
    assert date_picker.step() == "day"
    with qtbot.waitSignal(date_picker.sig_date_chosen) as chosen:
        tap(qtbot, date_picker.day_keys[14])
    assert chosen.args == [date(2021, 3, 14)]
    assert field.text() == "14/03/2021"
    assert typed[-1] == "14/03/2021"
    assert date_picker.date() == date(2021, 3, 14)
    assert date_picker.day_keys[14].isChecked()
    assert spy.count == 0


def test_days_that_do_not_exist_cannot_be_tapped(qtbot, look):
    look()
    date_picker = picker(qtbot)
    tap(qtbot, date_picker.year_keys[2023])
    tap(qtbot, date_picker.month_keys[2])
    assert date_picker.day_keys[28].isEnabled()
    assert not date_picker.day_keys[29].isEnabled()
    assert date_picker.day_keys[29].isVisible(), "shown, so the grid keeps its shape"
    tap(qtbot, date_picker.year_crumb)
    tap(qtbot, date_picker.year_keys[2024])
    tap(qtbot, date_picker.month_keys[2])
    assert date_picker.day_keys[29].isEnabled()
    assert not date_picker.day_keys[30].isEnabled()
    tap(qtbot, date_picker.month_crumb)
    tap(qtbot, date_picker.month_keys[4])
    assert date_picker.day_keys[30].isEnabled()
    assert not date_picker.day_keys[31].isEnabled()


def test_only_years_in_range_newest_first_and_no_dates_after_the_latest(qtbot, look):
    look()
    date_picker = picker(qtbot)
    shown = [k for k in date_picker.year_grid.placed_keys() if k.isVisible()]
    assert [k.label_text() for k in shown] == [str(y) for y in range(2025, 1999, -1)]
    assert set(date_picker.year_keys) == set(range(2000, 2026))
    assert date_picker.year_grid.rows() <= 5
    tap(qtbot, date_picker.year_keys[2025])
    assert date_picker.month_keys[6].isEnabled()
    assert not date_picker.month_keys[7].isEnabled()
    tap(qtbot, date_picker.month_keys[6])
    assert date_picker.day_keys[1].isEnabled()
    assert not date_picker.day_keys[2].isEnabled()
    tap(qtbot, date_picker.year_crumb)
    tap(qtbot, date_picker.year_keys[2000])
    assert not date_picker.month_keys[5].isEnabled()
    assert date_picker.month_keys[6].isEnabled()


def test_a_long_range_turns_pages_of_years(qtbot, look):
    look()
    date_picker = picker(qtbot)
    date_picker.set_range(date(1920, 1, 1), date(2025, 6, 1))
    assert date_picker.year_grid.rows() <= 5
    assert date_picker.year_keys[2025].isVisible()
    assert not date_picker.year_keys[1920].isVisible()
    assert not date_picker.later_years_key.isVisible()
    tap(qtbot, date_picker.earlier_years_key)
    tap(qtbot, date_picker.earlier_years_key)
    tap(qtbot, date_picker.earlier_years_key)
    tap(qtbot, date_picker.year_keys[1920])
    assert date_picker.step() == "month"


def test_month_names_are_in_the_kiosk_language(qtbot, look):
    look(rtl=True)
    date_picker = picker(qtbot, locale="ar")
    tap(qtbot, date_picker.year_keys[2021])
    arabic = QLocale("ar")
    for month, key in date_picker.month_keys.items():
        name = key.label_text()
        assert name == arabic.standaloneMonthName(month, QLocale.FormatType.LongFormat)
        assert name
        assert all("\u0600" <= c <= "\u06ff" for c in name if c.isalpha()), name
    assert date_picker.month_keys[3].label_text() != "March"
    date_picker.set_locale(QLocale("pl"))
    assert date_picker.month_keys[10].label_text() == "październik"  # stand-alone form


def test_arabic_locale_still_writes_ascii_digits(qtbot, look, field):
    look(rtl=True)
    date_picker = picker(qtbot, field, locale="ar")
    assert date_picker.year_keys[2021].label_text() == "٢٠٢١"
    tap(qtbot, date_picker.year_keys[2021])
    tap(qtbot, date_picker.month_keys[3])
    tap(qtbot, date_picker.day_keys[14])
    assert field.text() == "14/03/2021"


def test_breadcrumb_goes_back_to_a_step(qtbot, look, field):
    look()
    date_picker = picker(qtbot, field)
    assert not date_picker.month_crumb.isEnabled(), "no month step before a year"
    tap(qtbot, date_picker.year_keys[2021])
    tap(qtbot, date_picker.month_keys[3])
    tap(qtbot, date_picker.day_keys[14])
    assert date_picker.year_crumb.label_text() == "2021"
    assert date_picker.month_crumb.label_text() == "March"
    assert date_picker.day_crumb.label_text() == "14"

    tap(qtbot, date_picker.month_crumb)
    assert date_picker.step() == "month"
    assert date_picker.month_grid.isVisible()
    assert not date_picker.day_grid.isVisible()
    assert date_picker.month_keys[3].isChecked()
    tap(qtbot, date_picker.month_keys[3])  # the same month: the day is kept
    assert date_picker.date() == date(2021, 3, 14)

    tap(qtbot, date_picker.year_crumb)
    assert date_picker.step() == "year"
    assert date_picker.year_grid.isVisible()
    tap(qtbot, date_picker.year_keys[2019])  # another year: month and day to choose again
    assert date_picker.step() == "month"
    assert date_picker.date() is None
    assert date_picker.month_crumb.label_text() == "Month"
    assert field.text() == "", "the old date is not left in the field"
    tap(qtbot, date_picker.month_keys[7])
    tap(qtbot, date_picker.day_keys[9])
    assert field.text() == "09/07/2019"


def test_set_date_opens_at_the_day_and_attach_reads_the_field(qtbot, look, field):
    look()
    date_picker = picker(qtbot)
    date_picker.set_date(date(2018, 3, 2))
    assert date_picker.step() == "day"
    assert date_picker.day_keys[2].isChecked()
    assert date_picker.date() == date(2018, 3, 2)
    date_picker.reset()
    assert date_picker.step() == "year"
    assert date_picker.date() is None
    field.setText("١٤/٠٣/٢٠٢١")
    date_picker.attach(field)
    assert date_picker.date() == date(2021, 3, 14)
    date_picker.set_date(date(1990, 1, 1))  # out of range
    assert date_picker.date() is None
    assert date_picker.step() == "year"


# --- focus: no key looks chosen before it is tapped ---------------------------------------------


def test_keys_leave_the_focus_with_the_field(qtbot, look):
    look()
    window = QDialog()  # a dialog makes focused push buttons its default: keys must not be
    column = QVBoxLayout(window)
    line = QLineEdit(window)
    pad = NameKeyboard(window)
    column.addWidget(line)
    column.addWidget(pad)
    pad.attach(line)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    line.setFocus()
    QApplication.processEvents()
    tap_text(qtbot, pad, "ola")
    assert line.text() == "Ola"
    assert line.hasFocus(), "the caret stays in the field"
    for key in pad.shown_keys():
        assert not key.hasFocus()
        assert not key.isDefault()
        assert not key.autoDefault()
        assert key.focusPolicy() & Qt.FocusPolicy.TabFocus, "a keyboard user can reach it"


@pytest.mark.parametrize(
    "make", [PassCodePad, PostcodePad, NameKeyboard, DatePicker], ids=lambda m: m.__name__
)
def test_no_key_has_the_focus_ring_when_a_pad_appears(make, qtbot, look):
    """Qt gives a newly active window's first Tab stop the focus (and its focus ring)."""
    look()
    pad = show(qtbot, make())
    pad.activateWindow()
    QApplication.processEvents()
    focused = QApplication.focusWidget()
    assert not isinstance(focused, QAbstractButton), focused.accessibleName()
    key = next(k for k in pad.findChildren(KeyButton) if k.isVisible())
    key.setFocus(Qt.FocusReason.TabFocusReason)
    assert key.hasFocus(), "a key can still take the focus from Tab"


# --- sizes, names and words that fit ------------------------------------------------------------


def _name_keyboard(language: str) -> Callable[[], QWidget]:
    def make() -> QWidget:
        keyboard = NameKeyboard()
        keyboard.set_language(language)
        return keyboard

    return make


def _date_picker(step: str, locale: str) -> Callable[[], QWidget]:
    def make() -> QWidget:
        date_picker = DatePicker()
        date_picker.set_locale(QLocale(locale))
        date_picker.set_range(*RANGE)
        if step != "year":
            date_picker.set_date(date(2021, 9, 28))  # September: a long month name
        if step == "month":
            date_picker.go_to("month")
        return date_picker

    return make


WIDGETS: dict[str, Callable[[], QWidget]] = {
    "pass": PassCodePad,
    "postcode": PostcodePad,
    **{f"name-{code}": _name_keyboard(code) for code in ("en", "pl", "ro", "ar", "ur")},
    "date-year": _date_picker("year", "en"),
    "date-month-pl": _date_picker("month", "pl"),
    "date-month-ar": _date_picker("month", "ar"),
    "date-day-ur": _date_picker("day", "ur"),
}


def key_problems(widget: QWidget) -> Iterator[str]:
    """Keys under 48x48, without a name, or whose words do not fit their label."""
    for key in widget.findChildren(QAbstractButton):
        if not key.isVisible():
            continue
        name = key.accessibleName()
        where = f"{key.objectName()} {name!r}"
        if not name.strip():
            yield f"{where}: no accessible name"
        if key.width() < 48 or key.height() < 48:
            yield f"{where}: {key.width()}x{key.height()} is under 48 px"
        if isinstance(key, KeyButton) and key.label.isVisible():
            label = key.label
            fm = QFontMetrics(label.font())
            room = label.contentsRect().width()
            for word in label.text().split():
                if fm.horizontalAdvance(word) > room:
                    yield f"{where}: {word!r} needs {fm.horizontalAdvance(word)} px, has {room}"
            if label.heightForWidth(label.width()) > label.height() + 1:
                yield f"{where}: the words need more lines than the key has"
            if not label.geometry().intersects(key.rect()) or not key.rect().contains(
                label.geometry()
            ):
                yield f"{where}: label outside the key"


@pytest.mark.parametrize("rtl", [False, True], ids=["ltr", "rtl"])
@pytest.mark.parametrize("large", [False, True], ids=["normal", "large"])
@pytest.mark.parametrize("which", list(WIDGETS))
def test_keys_are_big_named_and_fit(which, large, rtl, qtbot, look):
    look(large=large, rtl=rtl)
    widget = WIDGETS[which]()
    show(qtbot, widget)
    keys = [k for k in widget.findChildren(QAbstractButton) if k.isVisible()]
    assert len(keys) >= 6
    problems = [
        *key_problems(widget),
        *clipped_text(widget),
        *overlaps(widget),
        *unnamed_or_small(widget),
    ]
    assert not problems, "\n".join(problems)
    assert widget.width() <= CONTENT_WIDTH, f"{widget.width()} px wide"
    if which.startswith("date"):
        limit = 460 if large else 420
        assert widget.height() <= limit, f"{widget.height()} px tall"
    for key in keys:
        assert key.height() >= 56 or not isinstance(key, KeyButton)


def test_words_fit_in_the_pseudo_locale(qtbot, qapp, look):
    """Translations run longer than English: the pseudo-locale's 40% longer words still fit the
    keys, in large text and right to left."""
    look(large=True, rtl=True)
    translator = PseudoTranslator()
    qapp.installTranslator(translator)
    try:
        for which in ("pass", "postcode", "name-pl", "name-ur", "date-month-pl", "date-year"):
            widget = WIDGETS[which]()
            show(qtbot, widget)
            QApplication.processEvents()
            problems = [*key_problems(widget), *clipped_text(widget), *overlaps(widget)]
            assert not problems, f"{which}: " + "\n".join(problems)
            assert widget.width() <= CONTENT_WIDTH, f"{which}: {widget.width()} px wide"
            widget.close()
    finally:
        qapp.removeTranslator(translator)


def test_the_size_checks_can_fail(qtbot, look):
    """key_problems finds a key squeezed under its word, and one without a name."""
    look()
    holder = QWidget()
    squeezed = KeyButton("Wednesday", parent=holder)
    squeezed.setGeometry(0, 0, 60, 64)
    unnamed = KeyButton(icon_name="key-backspace", parent=holder)
    unnamed.setGeometry(70, 0, 64, 64)
    holder.resize(200, 80)
    show(qtbot, holder, width=200)
    squeezed.setGeometry(0, 0, 60, 64)
    problems = list(key_problems(holder))
    assert any("'Wednesday'" in p for p in problems), problems
    assert any("no accessible name" in p for p in problems), problems


def test_accented_letters_are_one_tap_away_and_back(qtbot, look, field):
    """Zoë, José, Müller: names common in the UK need letters a QWERTY row lacks. The accents key
    shows them (no hidden long press) and the same key goes back."""
    look()
    keyboard = name_keyboard(qtbot, field, "en")
    assert keyboard.key_for("ë") is None
    tap_text(qtbot, keyboard, "zo")
    tap(qtbot, keyboard.accents_key)
    assert keyboard.layout_code() == "accents"
    tap_text(qtbot, keyboard, "ë")
    tap(qtbot, keyboard.accents_key)
    assert keyboard.layout_code() == "en"
    assert field.text() == "Zoë"
    for letter in "éñüçøåßş":
        assert letter in LAYOUTS["accents"].letters()
    # from the accents, the script key goes on to Arabic as it would from the Latin letters
    tap(qtbot, keyboard.accents_key)
    tap(qtbot, keyboard.script_key)
    assert keyboard.layout_code() == "ar"
    assert keyboard.accents_key.isHidden()
