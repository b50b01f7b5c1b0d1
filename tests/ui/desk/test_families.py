"""Families: search by name, child's name, postcode and pass code; edit; merge duplicates (by role);
issue, reprint and revoke a QR pass printed as a card."""

from __future__ import annotations

import shutil
import stat
import subprocess

import pytest
from PySide6.QtWidgets import QLabel
from sqlalchemy import select

from hubdesk.domain.errors import PermissionDeniedError
from hubdesk.domain.staff import StaffRole
from hubdesk.services.base import Actor
from hubdesk.services.families import FamilyService
from hubdesk.services.passes import PassService
from hubdesk.storage.models import Family, FamilyPass, Member
from hubdesk.ui.widgets.bidi import strip_isolates

from .conftest import PINS, click, click_list_item, register, settle, sign_in, type_into


def open_families(qtbot, window):  # type: ignore[no-untyped-def]
    window.open_page("families")
    settle(qtbot, window)
    return window.pages["families"]


def search(qtbot, window, page, text):  # type: ignore[no-untyped-def]
    page.picker.field.clear()
    type_into(qtbot, window, page.picker.field, text)
    qtbot.waitUntil(lambda: page.picker.results.count() > 0)


@pytest.mark.parametrize("query", ["Khan", "zara", "NE6 2", "pass"])
def test_search_by_name_child_postcode_and_pass_code(
    query, make_desk, staff, qtbot, store, clock, identity
):
    fam = register(store, clock, identity, "Amira", "Khan", child="Zara")
    register(store, clock, identity, "Tom", "Walker", child="Ella", postcode="NE4 7QT")
    issued = PassService(store, clock).issue(identity.actor(), fam.family_id)
    window = make_desk()
    sign_in(qtbot, window, staff[StaffRole.RECEPTION], PINS[StaffRole.RECEPTION])
    page = open_families(qtbot, window)
    search(qtbot, window, page, issued.short_code if query == "pass" else query)
    assert page.picker.item_for("Amira") is not None
    assert page.picker.item_for("Tom") is None
    click_list_item(qtbot, window, page.picker.results, page.picker.item_for("Amira"))
    qtbot.waitUntil(lambda: page.right.currentWidget() is page.view)
    assert "Zara Khan" in page.family_facts.text()


def test_edit_a_family(make_desk, staff, qtbot, store, clock, identity):
    fam = register(store, clock, identity, "Amira", "Khan", child="Zara")
    window = make_desk()
    sign_in(qtbot, window, staff[StaffRole.RECEPTION], PINS[StaffRole.RECEPTION])
    page = open_families(qtbot, window)
    search(qtbot, window, page, "Khan")
    click_list_item(qtbot, window, page.picker.results, page.picker.item_for("Amira"))
    click(qtbot, window, page.edit_button)
    page.phone.clear()
    type_into(qtbot, window, page.phone, "07700 900123")
    click(qtbot, window, page.add_child)
    row = page.members_table.rowCount() - 1
    page.members_table.item(row, 0).setText("Yusuf")
    page.members_table.item(row, 3).setText("31/02/2018")  # no such day: refused, naming the field
    click(qtbot, window, page.save_edit)
    error = page.findChild(QLabel, f"memberError_{row}_date_of_birth")
    qtbot.waitUntil(lambda: error.isVisible())
    assert error.text().startswith(f"Person {row + 1}, date of birth: is not a date.")
    page.members_table.item(row, 3).setText("02/03/2018")
    click(qtbot, window, page.save_edit)
    qtbot.waitUntil(
        lambda: page.right.currentWidget() is page.view and "Yusuf" in page.family_facts.text()
    )
    with store.read() as session:
        family = session.get(Family, fam.family_id)
        assert family.phone == "07700 900123"
        amira = session.scalars(select(Member).where(Member.first_name == "Amira")).one()
        assert amira.role == "mother"  # the role the editor showed is the one kept
        names = sorted(
            m.first_name
            for m in session.scalars(select(Member).where(Member.family_id == fam.family_id))
        )
        assert names == ["Amira", "Yusuf", "Zara"]


def test_manager_merges_a_duplicate(make_desk, staff, qtbot, store, clock, identity):
    keep = register(store, clock, identity, "Amira", "Khan", child="Zara")
    dup = register(store, clock, identity, "Amira", "Khann", postcode=None)
    window = make_desk()
    sign_in(qtbot, window, staff[StaffRole.MANAGER], PINS[StaffRole.MANAGER])
    page = open_families(qtbot, window)
    search(qtbot, window, page, "Zara")
    click_list_item(qtbot, window, page.picker.results, page.picker.item_for("Amira Khan "))
    click(qtbot, window, page.merge_button)
    type_into(qtbot, window, page.merge_picker.field, "Khann")
    qtbot.waitUntil(lambda: page.merge_picker.item_for("Khann") is not None)
    click_list_item(qtbot, window, page.merge_picker.results, page.merge_picker.item_for("Khann"))
    qtbot.waitUntil(lambda: page.right.currentWidget() is page.merge_view)
    click(qtbot, window, page.merge_view.merge_button)
    qtbot.waitUntil(lambda: page.message.text().startswith("Families merged."))
    with store.read() as session:
        assert session.get(Family, dup.family_id).merged_into_id == keep.family_id


def test_reception_cannot_merge(make_desk, staff, qtbot, store, clock, identity):
    """GRANTS: reception has no MERGE_FAMILIES. The button is off and the service refuses too."""
    keep = register(store, clock, identity, "Amira", "Khan")
    dup = register(store, clock, identity, "Amira", "Khann")
    window = make_desk()
    sign_in(qtbot, window, staff[StaffRole.RECEPTION], PINS[StaffRole.RECEPTION])
    page = open_families(qtbot, window)
    assert not page.merge_button.isEnabled()
    with pytest.raises(PermissionDeniedError):
        FamilyService(store, clock).merge(window.session.actor, keep.family_id, dup.family_id)


def test_issue_reprint_and_revoke_a_pass_card(make_desk, staff, qtbot, store, clock, identity):
    fam = register(store, clock, identity, "Amira", "Khan", child="Zara")
    window = make_desk()
    sign_in(qtbot, window, staff[StaffRole.RECEPTION], PINS[StaffRole.RECEPTION])
    page = open_families(qtbot, window)
    search(qtbot, window, page, "Khan")
    click_list_item(qtbot, window, page.picker.results, page.picker.item_for("Amira"))
    assert page.pass_state.text() == "No pass yet."
    click(qtbot, window, page.issue_button)
    qtbot.waitUntil(lambda: page.card_box.isVisible())
    with store.read() as session:
        card = session.scalars(select(FamilyPass)).one()
    code = page.code.text()
    assert code.replace("-", "") == card.short_code
    assert not page.qr.pixmap().isNull()
    click(qtbot, window, page.print_button)
    qtbot.waitUntil(lambda: page.last_card is not None)
    # the card opens the family's record to whoever holds it: user-only, like every export
    assert stat.S_IMODE(page.last_card.stat().st_mode) == 0o600
    if shutil.which("pdftotext"):
        text = subprocess.run(
            ["pdftotext", str(page.last_card), "-"], capture_output=True, text=True, check=True
        ).stdout
        assert code in text  # the short code is printed under the QR
        assert "Amira" not in text  # nothing personal on the card
    click(qtbot, window, page.reprint_button)
    qtbot.waitUntil(lambda: page.code.text() == code)
    click(qtbot, window, page.issue_button)  # a new one: asks first, the old one stops
    click(qtbot, window, page.pass_confirm.yes)
    qtbot.waitUntil(lambda: page.code.text() not in ("", code))
    click(qtbot, window, page.revoke_button)
    click(qtbot, window, page.pass_confirm.yes)
    qtbot.waitUntil(lambda: page.pass_state.text() == "Pass revoked.")
    with store.read() as session:
        assert all(p.revoked_at is not None for p in session.scalars(select(FamilyPass)))
    assert not page.card_box.isVisible()
    _ = fam, Actor


def test_a_child_added_at_the_kiosk_is_checked_at_the_desk(
    make_desk, staff, qtbot, store, clock, identity
):
    from datetime import date

    from hubdesk.services.families import ChildIn

    fam = register(store, clock, identity, "Amira", "Khan", child="Zara")
    FamilyService(store, clock).add_children_at_kiosk(
        identity.actor(), fam.family_id, (ChildIn("Noor", date(2026, 5, 1)),)
    )
    window = make_desk()
    sign_in(qtbot, window, staff[StaffRole.RECEPTION], PINS[StaffRole.RECEPTION])
    page = open_families(qtbot, window)
    search(qtbot, window, page, "Khan")
    click_list_item(qtbot, window, page.picker.results, page.picker.item_for("Amira"))
    qtbot.waitUntil(lambda: page.confirm_button.isVisible())
    assert "Noor (01/05/2026)" in strip_isolates(page.to_check.text())
    click(qtbot, window, page.confirm_button)
    qtbot.waitUntil(lambda: not page.confirm_button.isVisible())
    details = FamilyService(store, clock).details(
        Actor(
            identity.device_id,
            identity.hub_id,
            identity.site_id,
            staff[StaffRole.ADMIN],
            StaffRole.ADMIN,
        ),
        fam.family_id,
    )
    assert not any(m.to_confirm for m in details.members)
