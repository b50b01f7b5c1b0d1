"""The new family's pass: the QR to photograph, the short code, and Print.

The page shows a countdown and then hides itself (back to the welcome screen, the QR gone), so
a pass left on the screen is not there for the next person to photograph.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QElapsedTimer, Qt, QTimer, Signal
from PySide6.QtGui import QPixmap
from PySide6.QtPrintSupport import QPrinterInfo
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout

from hubdesk.security.passes import render_qr_png
from hubdesk.services.passes import IssuedPass
from hubdesk.ui.kiosk.context import KioskContext
from hubdesk.ui.kiosk.page import KioskPage
from hubdesk.ui.kiosk.pass_printer import PassCard, print_pass_card
from hubdesk.ui.widgets.tile_button import TileButton, align_to_reading_side

QR_PIXELS = 300


class PassCardPage(KioskPage):
    sig_done_clicked = Signal()
    """The family has their pass. No arguments."""
    sig_printed = Signal(bool)
    """A print finished. Argument: True if it worked."""

    def __init__(self, ctx: KioskContext, *, print_to_pdf: Path | None = None) -> None:
        super().__init__(ctx, "passCardPage", back=False)
        self.print_to_pdf = print_to_pdf  # tests and printer-less kiosks print to a PDF file
        self.hub_name = ""
        self.issued: IssuedPass | None = None
        self.leave_code: int | None = None
        self.can_print = True
        self.countdown = QTimer(self)
        self.countdown.setInterval(1000)
        self.countdown.timeout.connect(self._on_countdown_tick)
        self.shown_for = QElapsedTimer()
        row = QHBoxLayout()
        row.setSpacing(32)
        self.qr = QLabel(self)
        self.qr.setObjectName("passQr")
        self.qr.setFixedSize(QR_PIXELS, QR_PIXELS)
        self.qr.setScaledContents(True)
        row.addWidget(self.qr, 0, Qt.AlignmentFlag.AlignTop)
        side = QVBoxLayout()
        self.code_caption = QLabel(self)
        self.code_caption.setWordWrap(True)
        side.addWidget(self.code_caption)
        self.code = QLabel(self)
        self.code.setObjectName("passShortCode")
        self.code.setProperty("kind", "title")
        self.code.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        side.addWidget(self.code)
        self.sign_out_hint = QLabel(self)
        self.sign_out_hint.setObjectName("passSignOutHint")
        self.sign_out_hint.setWordWrap(True)
        self.sign_out_hint.setProperty("kind", "subtitle")  # the family needs it today: not grey
        side.addWidget(self.sign_out_hint)
        side.addStretch(1)
        self.print_button = TileButton("printer", "", kind="tile", icon_size=40)
        self.print_button.setObjectName("printPassButton")
        self.print_button.clicked.connect(self._on_print_clicked)
        side.addWidget(self.print_button)
        row.addLayout(side, 1)
        self.body.addLayout(row, 1)
        # Across the page under the QR, so the column beside it keeps room for the code, the way
        # out and Print at large text in the longest language
        self.help = QLabel(self)
        self.help.setWordWrap(True)
        self.body.addWidget(self.help)
        self.closing = QLabel(self)
        self.closing.setObjectName("passClosing")
        self.closing.setWordWrap(True)
        self.closing.setProperty("kind", "hint")
        self.nav.addWidget(self.closing, 1)
        self.done = TileButton("check", "", kind="primary", icon_size=40)
        self.done.setObjectName("passDoneButton")
        self.done.setMaximumWidth(420)
        self.done.clicked.connect(self.sig_done_clicked)
        self.nav.addWidget(self.done)
        self.finish_init()

    def retranslate(self) -> None:
        self.title.setText(self.tr("You're signed in. Here is your pass"))
        self.subtitle.setText(
            self.tr("Take a photo of it, or print it. Next time, just scan it.")
            if self.can_print
            else self.tr("Take a photo of it. Next time, just scan it.")
        )
        self.code_caption.setText(self.tr("Your code (if the scan does not work):"))
        self.help.setText(
            self.tr("Keep it safe: it holds no names. If you lose it, ask at the front desk.")
        )
        # Latin letters: put the code on the page's reading side, not by its own direction
        align_to_reading_side(self.code, self.layoutDirection())
        self.print_button.set_text(self.tr("Print my pass"))
        self.done.set_text(self.tr("Done"))
        self.sign_out_hint.setText(
            self.tr(
                "To sign out, scan your pass, or tap Sign out and then number {number}."
            ).format(number=self.leave_code)
            if self.leave_code is not None
            else ""
        )
        self.sign_out_hint.setVisible(self.leave_code is not None)
        self._show_countdown()

    def reset(self) -> None:
        super().reset()
        self.issued = None
        self.leave_code = None
        self.countdown.stop()
        self.qr.clear()
        self.code.clear()
        self.print_button.setEnabled(True)
        self.retranslate()

    def show_pass(self, issued: IssuedPass, hub_name: str, leave_code: int | None = None) -> None:
        self.issued = issued
        self.hub_name = hub_name
        self.leave_code = leave_code
        pixmap = QPixmap()
        pixmap.loadFromData(render_qr_png(issued.qr_payload, box_size=8))
        self.qr.setPixmap(pixmap)
        self.qr.setAccessibleName(self.tr("QR code of your pass"))
        self.code.setText(issued.short_code)
        self.code.setAccessibleName(issued.short_code)
        # Only offer printing where there is a printer (asked here, on the GUI thread, so the
        # print job's thread never loads Qt's printer plugin on its own): a family must not be
        # sent to a button that can only fail.
        self.can_print = self.print_to_pdf is not None or bool(QPrinterInfo.availablePrinterNames())
        self.print_button.setVisible(self.can_print)
        self.shown_for.start()
        self.countdown.start()
        self.retranslate()

    def seconds_left(self) -> int:
        if not self.shown_for.isValid():
            return self.ctx.settings.pass_card_ms // 1000
        left = self.ctx.settings.pass_card_ms - self.shown_for.elapsed()
        return max(0, (left + 999) // 1000)

    def _show_countdown(self) -> None:
        self.closing.setText(
            self.tr(
                "This screen closes in %n seconds, to keep your pass private.",
                "",
                self.seconds_left(),
            )
            if self.issued is not None
            else ""
        )

    def _on_countdown_tick(self) -> None:
        if self.issued is None:
            self.countdown.stop()
            return
        if self.seconds_left() <= 0:
            self.countdown.stop()
            self.sig_done_clicked.emit()  # the window goes back to the welcome screen, cleared
            return
        self._show_countdown()

    def _on_print_clicked(self) -> None:
        if self.issued is None:
            return
        self.print_button.setEnabled(False)
        card = PassCard(
            qr_payload=self.issued.qr_payload,
            short_code=self.issued.short_code,
            hub_name=self.hub_name,
            caption=self.tr("Scan this at the Family Hub kiosk, or type the code."),
        )
        self.message.show_message("")
        self.ctx.tasks.run(
            print_pass_card,
            card,
            pdf_path=self.print_to_pdf,
            on_success=self._on_print_done,
            on_failure=self._on_print_failed,
        )

    def _on_print_done(self, _where: object) -> None:
        self.print_button.setEnabled(True)
        self.sig_printed.emit(True)

    def _on_print_failed(self, _exc: BaseException) -> None:
        self.print_button.setEnabled(True)
        self.message.show_message(
            self.tr("Sorry, the printer is not working. Please take a photo of your pass.")
        )
        self.sig_printed.emit(False)
