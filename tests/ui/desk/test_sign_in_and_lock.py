"""PIN sign-in; the Lock button leaves nothing personal on screen."""

from __future__ import annotations

from hubdesk.domain.staff import StaffRole

from .conftest import NAMES, PINS, click, register, settle, sign_in, visible_texts


def test_sign_in_shows_today_and_lock_hides_every_family(
    make_desk, staff, qtbot, store, clock, identity
):
    register(store, clock, identity, "Amira", "Khan", child="Zara")
    window = make_desk()
    assert window.locked
    sign_in(qtbot, window, staff[StaffRole.RECEPTION], PINS[StaffRole.RECEPTION])
    assert NAMES[StaffRole.RECEPTION] in window.staff_label.text()
    assert window.current_page().objectName() == "todayPage"
    families = window.pages["families"]
    window.open_page("families")
    settle(qtbot, window)
    families.picker.field.setFocus()
    qtbot.keyClicks(families.picker.field, "Khan")
    qtbot.waitUntil(lambda: families.picker.item_for("Amira") is not None)
    assert any("Amira" in t for t in visible_texts(window))

    click(qtbot, window, window.lock_button)
    assert window.locked
    texts = " ".join(visible_texts(window))
    for name in ("Amira", "Khan", "Zara", "NE6"):
        assert name not in texts
    assert window.findChild(type(families), "familiesPage") is None
