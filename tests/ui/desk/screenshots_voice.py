"""Screenshots of family voice on the desk at 1366x768, into docs/screenshots/desk-*.png.

    QT_QPA_PLATFORM=offscreen python tests/ui/desk/screenshots_voice.py

The same made-up hub as screenshots.py: the administrator's questions card in Hub settings, a
Here to Help contact saved and the family asked how today was, and the reports' family voice
table after a few answers.
"""

from __future__ import annotations

import os
import secrets
import sys
import tempfile
from datetime import UTC, datetime
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[3]))

from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from hubdesk.domain.catalogue import (
    ContactChannel,
    Face,
    Need,
    Outcome,
    VisitReason,
    VoiceAnswer,
    VoiceQuestionCode,
    VoiceSource,
)
from hubdesk.domain.clock import FakeClock
from hubdesk.domain.people import Party, Role
from hubdesk.services.family_voice import Asked, FamilyVoiceService, new_response_id
from hubdesk.services.visits import SignIn, VisitService
from hubdesk.storage.engine import open_store
from tests.ui.desk.screenshots import click, seed, settle, shot


def main() -> None:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    from tests.ui.desk.screenshots import install_english, open_desk

    install_english(app)
    tmp = Path(tempfile.mkdtemp())
    clock = FakeClock(datetime(2026, 6, 16, 8, 40, tzinfo=UTC))  # a Tuesday, 09:40 in BST
    store = open_store(tmp / "hubdesk.db", secrets.token_bytes(32))
    ident, staff = seed(store, clock)
    window = open_desk(app, store, ident, clock, tmp / "out")
    lock = window.lock_page
    click(window, lock.button_for(staff["admin"]))
    for d in "2468":
        click(window, lock.pad.keys[d])
    click(window, lock.pad.ok_key)
    settle(window)

    # Hub settings: the questions after the faces
    window.open_page("settings")
    page = window.pages["settings"]
    settle(window)
    card = page.voice
    card.codes[0].setCurrentIndex(card.codes[0].findData(VoiceQuestionCode.GOT_HELP.value))
    card.codes[1].setCurrentIndex(card.codes[1].findData(VoiceQuestionCode.CUSTOM.value))
    card.words[1]["en"].setFocus()
    QTest.keyClicks(card.words[1]["en"], "Was the room warm and comfortable?")
    card.words[1]["pl"].setText("Czy w sali było ciepło i wygodnie?")
    click(window, card.save)
    settle(window)
    page.scroller.ensureWidgetVisible(card, 0, 0)
    shot(window, "settings-voice")

    # some answers at the kiosk, for the report
    kiosk = ident.actor()
    voice = FamilyVoiceService(store, clock)
    visits = VisitService(store, clock)
    answers = [(Face.VERY_HAPPY, VoiceAnswer.YES), (Face.HAPPY, VoiceAnswer.YES),
               (Face.HAPPY, VoiceAnswer.PARTLY), (Face.UNHAPPY, VoiceAnswer.NO),
               (Face.VERY_HAPPY, None)]  # fmt: skip
    for face, answer in answers:
        visit = visits.sign_in(
            kiosk, SignIn(VisitReason.JUST_VISITING, party=Party((Role.MOTHER,)))
        )
        asked = Asked(new_response_id(), VoiceSource.KIOSK, visit_id=visit.visit_id)
        voice.rate(kiosk, asked, face)
        if answer is not None:
            voice.answer(kiosk, asked, 1, 1, answer)

    # Here to Help: saved, then the family asked
    window.open_page("help")
    help_page = window.pages["help"]
    settle(window)
    click(window, help_page.channel_buttons[ContactChannel.IN_PERSON])
    click(window, help_page.need_boxes[Need.MONEY])
    click(window, help_page.outcome_boxes[Outcome.ADVICE])
    click(window, help_page.save_button)
    settle(window)
    bar = help_page.voice_ask
    click(window, bar.faces[Face.VERY_HAPPY])
    click(window, bar.rows[0][1][VoiceAnswer.YES])
    help_page.scroller.ensureWidgetVisible(bar, 0, 0)
    shot(window, "help-voice")

    # Reports: the family voice table (the reports tab is its own widget)
    from PySide6.QtWidgets import QTabWidget

    tabs = window.findChild(QTabWidget)
    tabs.setCurrentIndex(tabs.count() - 1)
    reports = tabs.currentWidget()
    settle(window)
    click(window, reports.show_button)
    settle(window)
    reports.tabs.setCurrentIndex(1)
    names = [reports.table_choice.itemText(i) for i in range(reports.table_choice.count())]
    reports.table_choice.setCurrentIndex(names.index("Family voice questions"))
    settle(window)
    shot(window, "reports-voice")
    window.close()
    app.processEvents()


if __name__ == "__main__":
    main()
