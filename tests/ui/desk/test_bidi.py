"""Right-to-left names are isolated: an Arabic name does not turn the family panel round in an
English desk, nor a Latin name in an Arabic (right-to-left) desk."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from hubdesk.domain.staff import StaffRole
from hubdesk.ui.widgets.bidi import FSI, PDI, strip_isolates

from .conftest import PINS, click, click_list_item, register, sign_in
from .test_families import open_families, search

ARABIC_FIRST, ARABIC_LAST = "زهرة", "أحمد"


def ink(widget) -> tuple[int, int]:
    """The leftmost and rightmost columns where the widget draws text (dark on light)."""
    img = widget.grab().toImage()
    xs = [
        x
        for x in range(img.width())
        for y in range(img.height())
        if img.pixelColor(x, y).alpha() > 100 and img.pixelColor(x, y).lightness() < 110
    ]
    assert xs, f"{widget.objectName()} draws nothing"
    return min(xs), max(xs)


def open_family(qtbot, window, query, first):
    page = open_families(qtbot, window)
    search(qtbot, window, page, query)
    click_list_item(qtbot, window, page.picker.results, page.picker.item_for(first))
    qtbot.waitUntil(lambda: page.right.currentWidget() is page.view)
    qtbot.waitUntil(lambda: first in page.family_facts.text())
    return page


def test_an_arabic_name_keeps_the_english_family_panel_left_to_right(
    make_desk, staff, qtbot, store, clock, identity
):
    register(store, clock, identity, ARABIC_FIRST, ARABIC_LAST, child="Omar")
    window = make_desk()
    sign_in(qtbot, window, staff[StaffRole.RECEPTION], PINS[StaffRole.RECEPTION])
    page = open_family(qtbot, window, "Omar", ARABIC_FIRST)
    facts = page.family_facts.text()
    assert f"{FSI}{ARABIC_FIRST} {ARABIC_LAST}{PDI} (" in facts  # the name is one isolated run
    assert strip_isolates(facts).startswith(f"{ARABIC_FIRST} {ARABIC_LAST} (Mum), Omar")
    # drawn from the left, as the English words around it: not flipped to the right
    for label in (page.family_title, page.family_facts):
        left, right = ink(label)
        assert left < 30, label.objectName()
        assert right < label.width() * 0.8, label.objectName()
    # the editor's title too
    click(qtbot, window, page.edit_button)
    assert ink(page.editor_title)[0] < 30


def test_a_latin_name_keeps_a_right_to_left_desk_right_to_left(
    make_desk, staff, qtbot, store, clock, identity
):
    register(store, clock, identity, "Amira", "Khan", child="Zara")
    app = QApplication.instance()
    app.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    try:
        window = make_desk()
        sign_in(qtbot, window, staff[StaffRole.RECEPTION], PINS[StaffRole.RECEPTION])
        page = open_family(qtbot, window, "Khan", "Amira")
        for label in (page.family_title, page.family_facts):
            left, right = ink(label)
            assert right > label.width() - 30, label.objectName()
            assert left > label.width() * 0.2, label.objectName()
    finally:
        app.setLayoutDirection(Qt.LayoutDirection.LeftToRight)


def test_the_today_panel_isolates_the_names_it_shows(
    make_desk, staff, qtbot, store, clock, identity
):
    register(store, clock, identity, ARABIC_FIRST, ARABIC_LAST, child="Omar")
    window = make_desk()
    sign_in(qtbot, window, staff[StaffRole.RECEPTION], PINS[StaffRole.RECEPTION])
    today = window.pages["today"]
    click(qtbot, window, today.sign_in_button)
    today.picker.field.setFocus()
    qtbot.keyClicks(today.picker.field, "Omar")
    qtbot.waitUntil(lambda: today.picker.item_for(ARABIC_FIRST) is not None)
    click_list_item(qtbot, window, today.picker.results, today.picker.item_for(ARABIC_FIRST))
    qtbot.waitUntil(lambda: len(today.member_boxes) == 2)
    assert ink(today.chosen_label)[0] < 30
    box = today.member_boxes[0][1]
    assert f"{FSI}{ARABIC_FIRST}{PDI} (Mum)" in box.text()
