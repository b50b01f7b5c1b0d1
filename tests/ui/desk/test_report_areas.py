"""An area table on the reports screen that is all "Not known" says why, and its button opens
Hub settings where the administrator loads the postcode lookup and sets the reach area; after
that the next visits are counted by ward (issue 20, item 5)."""

from __future__ import annotations

import os
import tempfile
import uuid
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLabel, QPushButton

from hubdesk.domain.catalogue import VisitReason
from hubdesk.domain.people import Party, Role
from hubdesk.domain.staff import StaffRole
from hubdesk.services.base import Actor
from hubdesk.services.visits import SignIn, VisitService
from hubdesk.ui.reports import ReportsPage

from .conftest import PINS, click, find, settle, sign_in, type_into

SHOTS = (
    Path(__file__).resolve().parents[3] / "docs" / "screenshots"
    if os.environ.get("HUBDESK_SCREENSHOTS") == "1"
    else Path(tempfile.mkdtemp(prefix="hubdesk-shots-"))
)

LOOKUP = (
    "pcds,osward,ward_name,lsoa21,imd decile\n"
    "NE6 2BD,E05001103,Byker,E01008401,1\n"
    "NOT A POSTCODE,E05001103,Byker,E01008401,1\n"
)


def _walk_in(store, clock, identity, postcode: str) -> None:
    actor = Actor(identity.device_id, identity.hub_id, identity.site_id, uuid.uuid4(),
                  StaffRole.RECEPTION)  # fmt: skip
    party = Party(adults=(Role.MOTHER,), children=())
    VisitService(store, clock).sign_in(
        actor, SignIn(VisitReason.JUST_VISITING, party=party, postcode=postcode)
    )


def _reports(qtbot, window) -> ReportsPage:
    tabs = window.workspace
    page = window.findChild(ReportsPage, "reportsPage")
    bar = tabs.tabBar()
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(tabs.indexOf(page)).center())
    settle(qtbot, window)
    qtbot.waitUntil(lambda: page.report is not None and page.tasks.idle)
    click(qtbot, window, page.show_button)  # this month, with the visits made so far
    qtbot.waitUntil(lambda: page.tasks.idle and page.show_button.isEnabled())
    page.tabs.setCurrentIndex(1)
    return page


def _table(qtbot, window, page: ReportsPage, name: str) -> None:
    combo = find(page, QComboBox, "tableChoice")
    qtbot.mouseClick(combo, Qt.MouseButton.LeftButton)
    view = combo.view()
    qtbot.waitUntil(view.isVisible)
    qtbot.keyClick(view, Qt.Key.Key_Home)
    for _ in range(combo.findText(name)):
        qtbot.keyClick(view, Qt.Key.Key_Down)
    qtbot.keyClick(view, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: combo.currentText() == name)
    settle(qtbot, window)


def test_the_fix_button_opens_settings_where_the_lookup_and_reach_area_are_set(
    make_desk, staff, qtbot, store, clock, identity, tmp_path
):
    _walk_in(store, clock, identity, "NE6 2BD")
    window = make_desk()
    sign_in(qtbot, window, staff[StaffRole.ADMIN], PINS[StaffRole.ADMIN])
    page = _reports(qtbot, window)
    _table(qtbot, window, page, "By ward")
    note = find(page, QLabel, "reportTableNote")
    assert "no postcode lookup is loaded" in note.text()
    click(qtbot, window, find(page, QPushButton, "reportFixArea"))
    settings = window.pages["settings"]
    assert window.workspace.currentWidget() is settings
    card = settings.areas
    qtbot.waitUntil(lambda: window.focusWidget() is card.load_button)
    assert not card.visibleRegion().isEmpty()  # scrolled into view
    assert "No postcode lookup is loaded" in card.lookup_status.text()

    lookup = tmp_path / "onspd.csv"
    lookup.write_text(LOOKUP, encoding="utf-8")
    card.choose_lookup_file = lambda: lookup
    click(qtbot, window, card.load_button)
    qtbot.waitUntil(lambda: card.lookup_result.isVisible())
    assert "Postcodes loaded: 1." in card.lookup_result.text()
    assert "Lines skipped (not a postcode or an area code): 1 (line 3)." in (
        card.lookup_result.text()
    )
    qtbot.waitUntil(lambda: "Postcodes in the lookup: 1." in card.lookup_status.text())

    # a district that is not one is refused under the field, in the screen's words
    card.reach.clear()
    type_into(qtbot, window, card.reach, "NE6 NOTONE")
    click(qtbot, window, card.save_reach)
    problem = card.errors.error_for("reach_districts")
    assert problem is not None
    assert problem.isVisible()
    assert problem.text().startswith("Reach area")
    assert "reach_districts" not in problem.text()
    card.reach.clear()
    type_into(qtbot, window, card.reach, "ne6, NE1")
    click(qtbot, window, card.save_reach)
    qtbot.waitUntil(lambda: "Reach area saved: NE1, NE6." in settings.message.text())
    assert not problem.isVisible()
    SHOTS.mkdir(parents=True, exist_ok=True)
    settings.scroller.ensureWidgetVisible(card)
    window.grab().save(str(SHOTS / "desk-settings-areas.png"))

    # the next walk-in is counted by its ward; the table no longer says "no lookup"
    _walk_in(store, clock, identity, "NE6 2BD")
    page = _reports(qtbot, window)
    _table(qtbot, window, page, "By ward")
    labels = [page.table.item(r, 0).text() for r in range(page.table.rowCount())]
    assert "Byker (E05001103)" in labels
    assert not note.isVisible()
    _table(qtbot, window, page, "Inside or outside reach area")
    labels = [page.table.item(r, 0).text() for r in range(page.table.rowCount())]
    assert "Inside the reach area" in labels
    assert not note.isVisible()


def test_a_manager_is_told_to_ask_an_administrator(make_desk, staff, qtbot, store, clock, identity):
    _walk_in(store, clock, identity, "NE6 2BD")
    window = make_desk()
    sign_in(qtbot, window, staff[StaffRole.MANAGER], PINS[StaffRole.MANAGER])
    page = _reports(qtbot, window)
    _table(qtbot, window, page, "By deprivation decile")
    fix = find(page, QPushButton, "reportFixArea")
    assert fix.isVisible()
    assert not fix.isEnabled()
    assert fix.text() == "Ask an administrator"
    assert fix.accessibleName() == "Ask an administrator"
    assert "administrator" in fix.toolTip()
    assert "settings" not in window.pages
