"""Letter layouts of the name keyboard, one per kiosk language (data only, no Qt).

Rows are listed top to bottom, each as it is drawn, left to right: keyboards keep their shape in
a right-to-left screen, as a phone's or a PC's do.

- Latin (en, and any language without its own layout): QWERTY, as on UK keyboards.
- Polish and Romanian: QWERTY with the language's own letters in a row of their own above it
  (on a phone they hide behind a long press, which a kiosk user cannot guess). Romanian ș and ț
  are the comma-below letters U+0219 and U+021B, not the cedilla ones (ş ţ).
- Accented Latin letters, one tap on the accents key away from any Latin layout: names from
  across Europe and beyond are common in the UK (Zoë, Chloé, José, Müller, Łukasz, Ştefan, Siân,
  Ayşe), and a phone hides these behind a long press, which a kiosk user cannot guess. Four rows
  of twelve, grouped by base letter.
- Arabic: the standard Arabic keyboard (the PC's "Arabic (101)" and every phone's Arabic layout;
  Qt Virtual Keyboard's ar_AR): ض ص ث ق ف غ ع ه خ ح ج د / ش س ي ب ل ا ت ن م ك ط / ئ ء ؤ ر ى ة
  و ز ظ. The PC puts ذ on the key left of 1 and أ إ آ on Shift: here ذ ends the second row (as in
  Qt's layout) and أ إ آ end the third, so every letter is on show, twelve to a row.
- Urdu: the alphabet in its dictionary order (CLDR's Urdu collation: ا آ ب پ ت ٹ ث ج چ ح خ د ڈ
  ذ ر ڑ ز ژ س ش ص ض ط ظ ع غ ف ق ک گ ل م ن ں و ہ ھ ء ی ے, with ؤ ۂ ئ ۓ beside their base
  letters), eleven to a row, read right to left. Urdu has two rival keyboards (Microsoft's, which
  Gboard follows, and CRULP's phonetic one) and both hide about eighteen letters behind Shift; in
  alphabetical order every letter is on show and anyone who reads Urdu can find it. Urdu letters
  are the Urdu code points: ک U+06A9 (not Arabic ك), ی U+06CC (not ي), ہ U+06C1 and ھ U+06BE
  (not ه), ے U+06D2.
"""

from __future__ import annotations

from dataclasses import dataclass

LATIN = "latin"
ARABIC = "arabic"
URDU = "urdu"
ACCENTS = "accents"  # the layout of accented Latin letters


@dataclass(frozen=True)
class LetterLayout:
    """The letters of one layout. `cased`: has capitals (Shift and auto-capitals apply).
    `label`: what the key that switches to this layout shows (the script's own name, not
    translated)."""

    code: str
    script: str
    rows: tuple[tuple[str, ...], ...]
    cased: bool
    label: str

    def letters(self) -> tuple[str, ...]:
        return tuple(letter for row in self.rows for letter in row)


def _row(letters: str) -> tuple[str, ...]:
    return tuple(letters.replace(" ", ""))


def _rtl_row(reading_order: str) -> tuple[str, ...]:
    """A row given in reading order (right to left), as drawn (left to right)."""
    return tuple(reversed(_row(reading_order)))


QWERTY = (_row("qwertyuiop"), _row("asdfghjkl"), _row("zxcvbnm"))

POLISH_EXTRA = _row("ą ć ę ł ń ó ś ź ż")
ROMANIAN_EXTRA = ("ă", "â", "î", "\u0219", "\u021b")  # ă â î ș ț (comma below)

ACCENTED_ROWS = (
    _row("à á â ä ã å ā æ ç ć č đ"),
    _row("è é ê ë ē ě ì í î ï ī ñ"),
    _row("ò ó ô ö õ ø ō œ ù ú û ü"),
    _row("ū ý ÿ ŵ ŷ ß ğ ı ş ž š ř"),
)

ARABIC_ROWS = (
    _row("ض ص ث ق ف غ ع ه خ ح ج د"),
    _row("ش س ي ب ل ا ت ن م ك ط ذ"),
    _row("ئ ء ؤ ر ى ة و ز ظ أ إ آ"),
)

URDU_ROWS = (
    _rtl_row("ا آ ب پ ت ٹ ث ج چ ح خ"),
    _rtl_row("د ڈ ذ ر ڑ ز ژ س ش ص ض"),
    _rtl_row("ط ظ ع غ ف ق ک گ ل م ن"),
    _rtl_row("ں و ؤ ہ ۂ ھ ء ئ ی ے ۓ"),
)

LAYOUTS: dict[str, LetterLayout] = {
    "en": LetterLayout("en", LATIN, QWERTY, cased=True, label="ABC"),
    "pl": LetterLayout("pl", LATIN, (POLISH_EXTRA, *QWERTY), cased=True, label="ABC"),
    "ro": LetterLayout("ro", LATIN, (ROMANIAN_EXTRA, *QWERTY), cased=True, label="ABC"),
    ACCENTS: LetterLayout(ACCENTS, LATIN, ACCENTED_ROWS, cased=True, label="àé"),
    "ar": LetterLayout("ar", ARABIC, ARABIC_ROWS, cased=False, label="عربي"),
    "ur": LetterLayout("ur", URDU, URDU_ROWS, cased=False, label="اردو"),
}
DEFAULT_LAYOUT = "en"


def layout_for(language: str) -> LetterLayout:
    """The layout for a kiosk language code; English's for any other (the pseudo-locale)."""
    return LAYOUTS.get(language, LAYOUTS[DEFAULT_LAYOUT])


def script_cycle(language: str) -> tuple[str, ...]:
    """The layouts the script key steps through, the language's own first.

    Arabic and Urdu: their own letters and Latin. A Latin-script language: its own letters,
    Arabic and Urdu (a family may write a name in its own script whatever the screen's
    language). Accented Latin letters are not in the cycle: the accents key beside it reaches
    them from any Latin layout and comes back."""
    own = layout_for(language)
    if own.script == LATIN:
        return (own.code, "ar", "ur")
    return (own.code, DEFAULT_LAYOUT)
