"""English plural forms for the desk's counts, as the English translation file will carry them.

The desk writes every count as a Qt plural (`self.tr("%n parties", "", n)`); the words for one
and for many come from the translation file, English included (`hubdesk_en.ts`, numerus forms), as
for the kiosk. Until the desk's strings are in the .ts files, the desk tests install this
translator, which holds the English forms for every `%n` string in `hubdesk/ui/desk`
(test_plurals.py fails when one is missing), so that they read "1 person in 1 party" as staff
will. The table is also the list of English numerus forms to copy into `hubdesk_en.ts`.
"""

from __future__ import annotations

from PySide6.QtCore import QTranslator

# source text: (one, many)
FORMS: dict[str, tuple[str, str]] = {
    "%n adults": ("%n adult", "%n adults"),
    "%n children": ("%n child", "%n children"),
    "%n people": ("%n person", "%n people"),
    "+ %n adults": ("+ %n adult", "+ %n adults"),
    "+ %n children": ("+ %n child", "+ %n children"),
    "%n parties": ("%n party", "%n parties"),
    "%n parties signed out.": ("%n party signed out.", "%n parties signed out."),
    "%n came": ("%n came", "%n came"),
    "%n months": ("%n month", "%n months"),
    "%n years": ("%n year", "%n years"),
    "%n quarantined": ("%n quarantined", "%n quarantined"),
    "%n rooms saved.": ("%n room saved.", "%n rooms saved."),
    "%n sessions copied from last week.": (
        "%n session copied from last week.",
        "%n sessions copied from last week.",
    ),
    "(%n requests)": ("(%n request)", "(%n requests)"),
    "Due for erasure now: %n families.": (
        "Due for erasure now: %n family.",
        "Due for erasure now: %n families.",
    ),
    "Intact: all %n entries link up.": (
        "Intact: the %n entry links up.",
        "Intact: all %n entries link up.",
    ),
    "Signed in: {who} (%n people).": (
        "Signed in: {who} (%n person).",
        "Signed in: {who} (%n people).",
    ),
    "Sign out everyone in the building (%n people)? Do this at closing time.": (
        "Sign out everyone in the building (%n person)? Do this at closing time.",
        "Sign out everyone in the building (%n people)? Do this at closing time.",
    ),
    "Sign out {who} (%n people)?": ("Sign out {who} (%n person)?", "Sign out {who} (%n people)?"),
    "Signed out: {who} (%n people).": (
        "Signed out: {who} (%n person).",
        "Signed out: {who} (%n people).",
    ),
    "Wrong PIN. %n tries left.": ("Wrong PIN. %n try left.", "Wrong PIN. %n tries left."),
    "{taken} of %n places taken": ("{taken} of %n place taken", "{taken} of %n places taken"),
    "{who} registered (%n people).": (
        "{who} registered (%n person).",
        "{who} registered (%n people).",
    ),
    "{state} · {last} · %n waiting": ("{state} · {last} · %n waiting",) * 2,
    "Not connected to a central service · %n records kept on this computer": (
        "Not connected to a central service · %n record kept on this computer",
        "Not connected to a central service · %n records kept on this computer",
    ),
    "This computer's clock is %n minutes ahead: please set it right": (
        "This computer's clock is %n minute ahead: please set it right",
        "This computer's clock is %n minutes ahead: please set it right",
    ),
    "This computer's clock is %n minutes behind: please set it right": (
        "This computer's clock is %n minute behind: please set it right",
        "This computer's clock is %n minutes behind: please set it right",
    ),
    "Kept for %n months, so everything before {cutoff} was due.": (
        "Kept for %n month, so everything before {cutoff} was due.",
        "Kept for %n months, so everything before {cutoff} was due.",
    ),
    "Families erased: {families} (%n people).": (
        "Families erased: {families} (%n person).",
        "Families erased: {families} (%n people).",
    ),
    "The file is encrypted with a passphrase of at least %n characters. "
    "Give the family the passphrase another way than the file.": (
        "The file is encrypted with a passphrase of at least %n character. "
        "Give the family the passphrase another way than the file.",
        "The file is encrypted with a passphrase of at least %n characters. "
        "Give the family the passphrase another way than the file.",
    ),
    "The passphrase needs at least %n characters.": (
        "The passphrase needs at least %n character.",
        "The passphrase needs at least %n characters.",
    ),
    "Please correct the %n problem(s) shown beside the fields.": (
        "Please correct the problem shown beside its field.",
        "Please correct the %n problems shown beside the fields.",
    ),
}


class EnglishPlurals(QTranslator):
    """Picks the English form for one or many; leaves every other string to the next translator."""

    def __init__(self) -> None:
        super().__init__()
        self.asked: list[tuple[str, int]] = []  # (source, n) of every plural looked up

    def translate(  # type: ignore[override]
        self, context: str, source_text: str, disambiguation: str | None = None, n: int = -1
    ) -> str | None:
        forms = FORMS.get(source_text)
        if forms is None or n < 0:
            return None  # not ours (a null string): Qt asks the next translator or keeps the source
        self.asked.append((source_text, n))
        return (forms[0] if n == 1 else forms[1]).replace("%n", str(n))

    def isEmpty(self) -> bool:
        return False
