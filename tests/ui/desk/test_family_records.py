"""Family records staff can trust, clicked through as staff would: a side-by-side merge choosing
field by field (the same person becomes one; visits, contacts and passes move) and its undo; the
list of likely duplicates; an expected baby recorded and later born; consent at the desk."""

from __future__ import annotations

import uuid
from datetime import date, timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDateTimeEdit
from sqlalchemy import select

from hubdesk.domain.catalogue import ContactChannel, Need, VisitReason
from hubdesk.domain.people import Role
from hubdesk.domain.staff import StaffRole
from hubdesk.services.base import HUB_TZ, Actor
from hubdesk.services.contacts import ContactIn, ContactService
from hubdesk.services.families import AdultIn, ChildIn, FamilyIn, FamilyService
from hubdesk.services.passes import PassService
from hubdesk.services.visits import SignIn, VisitService
from hubdesk.storage.models import (
    Contact,
    Family,
    FamilyNotDuplicate,
    FamilyPass,
    Member,
    Visit,
    VisitMember,
)
from hubdesk.ui.widgets.bidi import strip_isolates

from .conftest import PINS, click, click_list_item, click_row, settle, sign_in, type_into
from .test_accessibility import problems_on


def plain(text: str) -> str:
    """Text as read aloud: without the invisible marks that isolate a name's direction."""
    return "".join(ch for ch in text if ch not in "\u2066\u2067\u2068\u2069")


def _admin(identity):  # type: ignore[no-untyped-def]
    return Actor(
        identity.device_id, identity.hub_id, identity.site_id, uuid.uuid4(), StaffRole.ADMIN
    )


def _open(qtbot, window, text, pick):  # type: ignore[no-untyped-def]
    window.open_page("families")
    settle(qtbot, window)
    page = window.pages["families"]
    page.picker.field.clear()
    type_into(qtbot, window, page.picker.field, text)
    qtbot.waitUntil(lambda: page.picker.item_for(pick) is not None)
    click_list_item(qtbot, window, page.picker.results, page.picker.item_for(pick))
    qtbot.waitUntil(lambda: page.right.currentWidget() is page.view)
    return page


def choose(qtbot, window, combo, text: str) -> None:  # type: ignore[no-untyped-def]
    """Open the list and click the entry that reads `text`."""
    combo.showPopup()
    settle(qtbot, window)
    lst = combo.view()
    model = combo.model()
    row = next(r for r in range(model.rowCount()) if text in plain(combo.itemText(r)))
    rect = lst.visualRect(model.index(row, 0))
    qtbot.mouseClick(lst.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    settle(qtbot, window)
    assert text in plain(combo.currentText())


def _records(store, clock, identity):  # type: ignore[no-untyped-def]
    """The Khans twice: in full at the desk, and again by Amira at the kiosk with Zara and a
    new phone. The second record has a visit, a Here to Help contact and a pass."""
    families = FamilyService(store, clock)
    admin = _admin(identity)
    keep = families.register(
        admin,
        FamilyIn(
            adults=(AdultIn("Amira", "Khan", Role.MOTHER),),
            children=(
                ChildIn("Zara", date(2023, 1, 10), last_name="Khan"),
                ChildIn("Yusuf", date(2018, 3, 2), last_name="Khan"),
            ),
            postcode="NE6 2AB",
            phone="0191 496 0123",
            consent=True,
        ),
    )
    clock.advance(timedelta(days=1))
    dup = families.register(
        admin,
        FamilyIn(
            adults=(AdultIn("Amira", "Khan", Role.MOTHER),),
            children=(ChildIn("Zara", date(2023, 1, 10)),),
            postcode="NE6 2AB",
            phone="07700 900123",
            email="amira@example.org",
            consent=True,
        ),
    )
    visits = VisitService(store, clock)
    v = visits.sign_in(
        identity.actor(),
        SignIn(VisitReason.JUST_VISITING, family_id=dup.family_id, member_ids=dup.member_ids),
    )
    visits.sign_out(identity.actor(), v.visit_id)
    ContactService(store, clock).log(
        admin, ContactIn(ContactChannel.PHONE, (Need.FOOD,), family_id=dup.family_id)
    )
    PassService(store, clock).issue(admin, dup.family_id)
    clock.advance(timedelta(hours=1))
    return keep, dup, v


def _snapshot(store):  # type: ignore[no-untyped-def]
    with store.read() as session:
        return (
            sorted(
                (f.id, f.phone, f.email, f.merged_into_id) for f in session.scalars(select(Family))
            ),
            sorted(
                (m.id, m.family_id, m.removed, m.last_name) for m in session.scalars(select(Member))
            ),
            sorted((v.id, v.family_id, v.is_new) for v in session.scalars(select(Visit))),
            sorted((c.id, c.family_id) for c in session.scalars(select(Contact))),
            sorted((p.id, p.family_id) for p in session.scalars(select(FamilyPass))),
            sorted((t.visit_id, t.member_id) for t in session.scalars(select(VisitMember))),
        )


def test_side_by_side_merge_choosing_fields_then_undo(
    make_desk, staff, qtbot, store, clock, identity
):
    keep, dup, visit = _records(store, clock, identity)
    before = _snapshot(store)
    window = make_desk()
    sign_in(qtbot, window, staff[StaffRole.MANAGER], PINS[StaffRole.MANAGER])
    page = _open(qtbot, window, "Yusuf", "Amira")
    click(qtbot, window, page.merge_button)
    type_into(qtbot, window, page.merge_picker.field, "Amira")
    qtbot.waitUntil(lambda: page.merge_picker.results.count() >= 2)
    other = next(
        page.merge_picker.results.item(i)
        for i in range(page.merge_picker.results.count())
        if "Yusuf" not in page.merge_picker.results.item(i).text()
    )
    click_list_item(qtbot, window, page.merge_picker.results, other)
    view = page.merge_view
    qtbot.waitUntil(lambda: page.right.currentWidget() is view)

    assert problems_on(window) == []  # named controls, 48 px targets
    assert page.scroller.verticalScrollBar().maximum() == 0  # all of it on one 1366x768 screen
    # the two records can be told apart: members, last visit, created
    one, two = plain(view.about[0].text()), plain(view.about[1].text())
    assert one != two
    assert "Yusuf" in one
    assert "Yusuf" not in two
    assert "No visits yet" in one
    assert "Last visit" in two
    assert "Created: 16 Jun 2026 10:30" in one
    assert "Created: 17 Jun 2026 10:30" in two
    # Amira and Zara are in both records: suggested as the same person
    assert view.pair_list.count() == 2
    # staff say the two Zaras are not the same child, then change their mind
    zara = next(
        view.pair_list.item(i)
        for i in range(view.pair_list.count())
        if "Zara" in view.pair_list.item(i).text()
    )
    click_list_item(qtbot, window, view.pair_list, zara)
    click(qtbot, window, view.unpair_button)
    assert view.pair_list.count() == 1
    choose(qtbot, window, view.person_a, "Zara")
    choose(qtbot, window, view.person_b, "Zara")
    click(qtbot, window, view.pair_button)
    assert view.pair_list.count() == 2

    # keep record 1 (older); take the newer phone and the email from record 2
    assert view.keep[0].isChecked()
    assert view.field_choices["email"][1].isChecked()  # record 1 has none: record 2's offered
    click(qtbot, window, view.field_choices["phone"][1])
    click(qtbot, window, view.merge_button)
    qtbot.waitUntil(lambda: page.message.text().startswith("Families merged."))
    qtbot.waitUntil(lambda: page.right.currentWidget() is page.view)

    with store.read() as session:
        k = session.get(Family, keep.family_id)
        assert (k.phone, k.email) == ("07700 900123", "amira@example.org")
        people = sorted(m.first_name for m in k.members if not m.removed)
        assert people == ["Amira", "Yusuf", "Zara"]
        assert session.get(Family, dup.family_id).merged_into_id == keep.family_id
        assert session.get(Visit, visit.visit_id).family_id == keep.family_id
        assert session.scalars(select(Contact.family_id)).all() == [keep.family_id]
        assert session.scalars(select(FamilyPass.family_id)).all() == [keep.family_id]
    assert "Amira Khan + 2 children" in strip_isolates(page.family_title.text())
    assert len(page.visits.findItems("Just visiting", Qt.MatchFlag.MatchContains)) == 1
    assert page.undo_merge_button.isVisible()

    click(qtbot, window, page.undo_merge_button)
    click(qtbot, window, page.merge_confirm.yes)
    qtbot.waitUntil(lambda: page.message.text().startswith("Merge undone"))
    assert _snapshot(store) == before
    qtbot.waitUntil(lambda: not page.undo_merge_button.isVisible())


def test_the_list_of_likely_duplicates_opens_side_by_side(
    make_desk, staff, qtbot, store, clock, identity
):
    keep, dup, _visit = _records(store, clock, identity)
    FamilyService(store, clock).register(
        _admin(identity),
        FamilyIn(adults=(AdultIn("Tom", "Walker", Role.FATHER),), postcode="NE4 7QT"),
    )
    window = make_desk()
    sign_in(qtbot, window, staff[StaffRole.MANAGER], PINS[StaffRole.MANAGER])
    window.open_page("families")
    settle(qtbot, window)
    page = window.pages["families"]
    click(qtbot, window, page.duplicates_button)
    dups = page.duplicates_view
    qtbot.waitUntil(lambda: page.right.currentWidget() is dups)
    assert dups.table.rowCount() == 1
    assert problems_on(window) == []
    assert page.scroller.verticalScrollBar().maximum() == 0
    assert dups.count.text().startswith("1 pair")  # plural forms come with the translations
    why = dups.table.item(0, 2).text()
    assert "A child with the same name and date of birth" in why
    assert "same surname and postcode" in why
    assert "Walker" not in " ".join(
        dups.table.item(0, c).text() for c in range(dups.table.columnCount())
    )
    assert not dups.open_button.isEnabled()
    click_row(qtbot, window, dups.table, 0, 0)
    click(qtbot, window, dups.open_button)
    qtbot.waitUntil(lambda: page.right.currentWidget() is page.merge_view)
    assert page.merge_view.compare.a.family_id == keep.family_id
    assert page.merge_view.compare.b.family_id == dup.family_id
    click(qtbot, window, page.merge_view.cancel_button)
    assert page.right.currentWidget() is dups

    # this time keep the newer record (record 2): its values are offered, the pairs still hold
    click(qtbot, window, dups.open_button)
    qtbot.waitUntil(lambda: page.right.currentWidget() is page.merge_view)
    view = page.merge_view
    click(qtbot, window, view.keep[1])
    assert view.field_choices["phone"][1].isChecked()
    assert view.field_choices["email"][1].isChecked()
    click(qtbot, window, view.merge_button)
    qtbot.waitUntil(lambda: page.message.text().startswith("Families merged."))
    with store.read() as session:
        assert session.get(Family, keep.family_id).merged_into_id == dup.family_id
        kept = session.get(Family, dup.family_id)
        assert kept.phone == "07700 900123"
        assert kept.postcode == "NE6 2AB"
        people = sorted(m.first_name for m in kept.members if not m.removed)
        assert people == ["Amira", "Yusuf", "Zara"]  # Amira and Zara once each
    click(qtbot, window, page.duplicates_button)
    qtbot.waitUntil(lambda: page.right.currentWidget() is dups)
    assert dups.table.rowCount() == 0
    assert dups.count.text() == "No likely duplicates."

    # reception may not merge: no list for them
    window2 = make_desk()
    sign_in(qtbot, window2, staff[StaffRole.RECEPTION], PINS[StaffRole.RECEPTION])
    window2.open_page("families")
    assert not window2.pages["families"].duplicates_button.isEnabled()


def _type_date(qtbot, window, edit, when: date) -> None:  # type: ignore[no-untyped-def]
    """Select the day (as a double-click on it does) and type the date's digits: each part
    moves on to the next when full."""
    edit.setFocus()
    edit.setSelectedSection(QDateTimeEdit.Section.DaySection)
    qtbot.keyClicks(edit, when.strftime("%d%m%Y"))
    settle(qtbot, window)
    assert edit.date().toPython() == when


def test_an_expected_baby_is_recorded_and_later_born(
    make_desk, staff, qtbot, store, clock, identity
):
    families = FamilyService(store, clock)
    fam = families.register(
        _admin(identity),
        FamilyIn(adults=(AdultIn("Joanna", "Nowak", Role.MOTHER),), postcode="NE5 3RS"),
    )
    today = clock.now().astimezone(HUB_TZ).date()
    due = today + timedelta(days=75)
    window = make_desk()
    sign_in(qtbot, window, staff[StaffRole.RECEPTION], PINS[StaffRole.RECEPTION])
    page = _open(qtbot, window, "Nowak", "Joanna")
    click(qtbot, window, page.baby_button)
    baby = page.baby_panel
    assert page.right.currentWidget() is baby
    assert not baby.birth_box.isVisible()  # nothing to be born yet
    assert problems_on(window) == []
    _type_date(qtbot, window, baby.due, due)
    assert baby.due.date().toPython() == due
    click(qtbot, window, baby.save_due)
    qtbot.waitUntil(lambda: page.right.currentWidget() is page.view)
    assert f"Baby due {due:%d/%m/%Y}" in strip_isolates(page.record_state.text())
    assert page.message.text() == f"Baby due {due:%d/%m/%Y}."
    assert families.details(_admin(identity), fam.family_id).members[0].is_child is False
    assert len(families.details(_admin(identity), fam.family_id).members) == 1

    clock.advance(timedelta(days=70))
    born = clock.now().astimezone(HUB_TZ).date() - timedelta(days=1)
    page.open_family(fam.family_id)
    settle(qtbot, window)
    click(qtbot, window, page.baby_button)
    assert baby.birth_box.isVisible()
    assert baby.last.text() == "Nowak"
    assert problems_on(window) == []
    assert page.scroller.verticalScrollBar().maximum() == 0
    click(qtbot, window, baby.record_birth)  # no name yet: said under the field
    first_error = baby.errors.error_for("first_name")
    qtbot.waitUntil(lambda: first_error.isVisible())
    assert first_error.text() == "First name: is needed."
    type_into(qtbot, window, baby.first, "Maja")
    _type_date(qtbot, window, baby.born, born)
    click(qtbot, window, baby.record_birth)
    qtbot.waitUntil(lambda: page.right.currentWidget() is page.view)
    assert page.message.text().endswith("added to the family.")
    assert f"Maja Nowak ({born:%d/%m/%Y})" in strip_isolates(page.family_facts.text())
    assert "Baby due" not in strip_isolates(page.record_state.text())
    with store.read() as session:
        row = session.get(Family, fam.family_id)
        assert row.due_date is None
        maja = next(m for m in row.members if m.first_name == "Maja")
        assert (maja.is_child, maja.date_of_birth) == (True, born)


def test_consent_recorded_at_the_desk(make_desk, staff, qtbot, store, clock, identity):
    families = FamilyService(store, clock)
    fam = families.register(
        _admin(identity),
        FamilyIn(adults=(AdultIn("Grace", "Okafor", Role.GRANDPARENT),), consent=False),
    )
    window = make_desk()
    sign_in(qtbot, window, staff[StaffRole.RECEPTION], PINS[StaffRole.RECEPTION])
    page = _open(qtbot, window, "Okafor", "Grace")
    state = strip_isolates(page.record_state.text())
    assert "Has not agreed to the privacy notice (version 1)." in state
    click(qtbot, window, page.consent_button)
    panel = page.consent_panel
    qtbot.waitUntil(lambda: page.right.currentWidget() is panel)
    assert "version 1" in panel.title.text()
    assert "front desk to see, correct or delete" in panel.notice.toPlainText()
    assert problems_on(window) == []
    assert page.scroller.verticalScrollBar().maximum() == 0
    click(qtbot, window, panel.agree)
    qtbot.waitUntil(lambda: page.right.currentWidget() is page.view)
    assert plain(page.message.text()) == (
        "Consent to privacy notice version 1 recorded by Rita Patel."
    )
    state = plain(strip_isolates(page.record_state.text()))
    assert "Agreed to version 1 on 16 Jun 2026" in state
    assert "recorded at the desk by Rita Patel" in state
    assert not page.consent_button.isVisible()
    with store.read() as session:
        row = session.get(Family, fam.family_id)
        assert row.consent_by == staff[StaffRole.RECEPTION]
        assert row.consent_notice_version == 1


def test_a_pair_that_is_not_one_family_leaves_the_list(
    make_desk, staff, qtbot, store, clock, identity
):
    """Two families at one address with one phone (a refuge's, say) are not one family."""
    families = FamilyService(store, clock)
    for first in ("Lena", "Maria"):
        families.register(
            _admin(identity),
            FamilyIn(adults=(AdultIn(first, "Nowak", Role.MOTHER),), postcode="NE5 3RS"),
        )
    window = make_desk()
    sign_in(qtbot, window, staff[StaffRole.MANAGER], PINS[StaffRole.MANAGER])
    window.open_page("families")
    settle(qtbot, window)
    page = window.pages["families"]
    click(qtbot, window, page.duplicates_button)
    dups = page.duplicates_view
    qtbot.waitUntil(lambda: page.right.currentWidget() is dups)
    assert dups.table.rowCount() == 1
    assert "same surname and postcode" in dups.table.item(0, 2).text()
    assert not dups.dismiss_button.isEnabled()
    click_row(qtbot, window, dups.table, 0, 0)
    click(qtbot, window, dups.dismiss_button)
    qtbot.waitUntil(lambda: dups.table.rowCount() == 0)
    assert page.message.text().startswith("Kept apart")
    assert families.duplicates(window.session.actor) == []
    with store.read() as session:
        assert session.scalar(select(FamilyNotDuplicate.a_id)) is not None
