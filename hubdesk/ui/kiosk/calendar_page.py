"""What's on here, on a family's phone: the site's public timetable as a QR code. The phone's
camera opens the calendar feed the central service publishes (docs/deployment.md, "The public
offer"); the calendar then follows it, changes and cancellations included."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout

from hubdesk.security.passes import render_qr_png
from hubdesk.ui.kiosk.context import KioskContext
from hubdesk.ui.kiosk.page import KioskPage

QR_PIXELS = 300


class CalendarPage(KioskPage):
    def __init__(self, ctx: KioskContext) -> None:
        super().__init__(ctx, "calendarPage")
        row = QHBoxLayout()
        row.setSpacing(40)
        self.qr = QLabel(self)
        self.qr.setObjectName("calendarQr")
        self.qr.setFixedSize(QR_PIXELS, QR_PIXELS)
        self.qr.setScaledContents(True)
        if ctx.calendar_url:
            pixmap = QPixmap()
            pixmap.loadFromData(render_qr_png(ctx.calendar_url, box_size=8))
            self.qr.setPixmap(pixmap)
        row.addWidget(self.qr, 0, Qt.AlignmentFlag.AlignTop)
        steps = QVBoxLayout()
        steps.setSpacing(12)
        self.steps: list[QLabel] = []
        for i in range(3):
            step = QLabel(self)
            step.setObjectName(f"calendarStep{i + 1}")
            step.setWordWrap(True)
            steps.addWidget(step)
            self.steps.append(step)
        self.hint = QLabel(self)
        self.hint.setObjectName("calendarHint")
        self.hint.setProperty("kind", "hint")
        self.hint.setWordWrap(True)
        steps.addWidget(self.hint)
        steps.addStretch(1)
        row.addLayout(steps, 1)
        self.body.addLayout(row)
        self.body.addStretch(1)
        self.finish_init()

    def retranslate(self) -> None:
        self.title.setText(self.tr("What's on here, on your phone"))
        self.subtitle.setText(self.tr("Follow our timetable in your phone's calendar."))
        self.steps[0].setText(self.tr("1. Open your phone's camera."))
        self.steps[1].setText(self.tr("2. Point it at the code."))
        self.steps[2].setText(self.tr("3. Tap Subscribe or Add to calendar."))
        self.hint.setText(
            self.tr(
                "Our sessions then show in your calendar, and so do changes and cancellations. "
                "Nothing about you is shared."
            )
        )
        self.qr.setAccessibleName(self.tr("QR code of our timetable"))
