"""Counts on the desk are Qt plurals (`%n` with its n), so "1 person in 1 party", never
"1 parties"; and no count is pasted into a sentence with str.format."""

from __future__ import annotations

import ast
import re
from pathlib import Path

from hubdesk.domain.catalogue import VisitReason
from hubdesk.domain.people import Party, Role
from hubdesk.domain.staff import StaffRole
from hubdesk.services.visits import SignIn, VisitService

from .conftest import PINS, click, click_row, sign_in
from .test_today import add_kiosk

ROOT = Path(__file__).resolve().parents[3]
DESK = ROOT / "hubdesk" / "ui" / "desk"
ENGLISH = ROOT / "resources" / "translations" / "hubdesk_en.ts"


def english_plural_forms() -> dict[str, list[str]]:
    """The English translation's forms (one, many) of every plural it holds."""
    import xml.etree.ElementTree as ET

    return {
        m.findtext("source") or "": [f.text or "" for f in m.iter("numerusform")]
        for m in ET.parse(ENGLISH).getroot().iter("message")
        if m.get("numerus") == "yes"
    }


TRANSLATING = {"tr", "t", "_t", "translate"}
# a number set into a sentence by str.format: "{n} people", "{people} in {parties}"
COUNT_FIELD = re.compile(r"\{(n|count|people|parties|adults|children|minutes|families)\}")


def translated_strings() -> list[tuple[str, str]]:
    """(file, text) of every literal the desk passes to tr()/translate()."""
    found = []
    for path in sorted(DESK.glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            name = getattr(node.func, "attr", None) or getattr(node.func, "id", None)
            if name not in TRANSLATING:
                continue
            for arg in node.args[:2]:
                if isinstance(arg, ast.Constant) and isinstance(arg.value, str):
                    found.append((path.name, arg.value))
    return found


def test_every_count_in_the_desk_is_a_qt_plural():
    strings = translated_strings()
    assert len(strings) > 200  # the scan sees the desk's words
    pasted = [(f, s) for f, s in strings if COUNT_FIELD.search(s) and "%n" not in s]
    # these join plurals made on their own ("%n people", "%n adults")
    joins = {"{people} in {parties}", "{total}: {adults}, {children}"}
    pasted = [(f, s) for f, s in pasted if s not in joins]
    assert pasted == [], "\n".join(map(str, pasted))
    plurals = {s for _, s in strings if "%n" in s}
    assert plurals  # and the English forms for one and many exist for each of them
    forms = english_plural_forms()
    assert sorted(plurals - forms.keys()) == [], sorted(plurals - forms.keys())
    assert all(len(forms[s]) == 2 and all(forms[s]) for s in plurals)


def test_today_says_one_person_in_one_party(
    make_desk, staff, qtbot, store, clock, identity, english_plurals
):
    kiosk = add_kiosk(store, clock, identity)
    visits = VisitService(store, clock)
    visits.sign_in(kiosk, SignIn(VisitReason.OTHER, party=Party((Role.MOTHER,), ())))
    window = make_desk()
    sign_in(qtbot, window, staff[StaffRole.RECEPTION], PINS[StaffRole.RECEPTION])
    today = window.pages["today"]
    qtbot.waitUntil(lambda: today.table.rowCount() == 1)
    assert today.count_label.text() == "1 person in 1 party"
    assert today.table.item(0, 2).text() == "1: 1 adult, 0 children"
    # through Qt's plural lookup with the number itself ("%n people" with 1 is "1 person" only
    # in the translation's one-form), so every language gets its own forms

    visits.sign_in(kiosk, SignIn(VisitReason.OTHER, party=Party((Role.FATHER, Role.CARER), ())))
    today.refresh()
    qtbot.waitUntil(lambda: today.table.rowCount() == 2)
    assert today.count_label.text() == "3 people in 2 parties"
    row = today.row_of("Not registered")
    click_row(qtbot, window, today.table, row)
    click(qtbot, window, today.sign_out_all_button)
    assert "(3 people)" in today.confirm.text.text()
