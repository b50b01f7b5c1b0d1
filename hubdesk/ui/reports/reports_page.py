"""The front desk's reports screen: date range and site filters, headline figures, bar
charts and tables, export to CSV and XLSX, and the monthly board pack (PDF).

The hub's own desk shows its counts in full, and so do its files unless the manager ticks "for
sharing beyond the hub": then the exports and the board pack go through disclosure control
(every figure rounded to a multiple of 5 so that no small count can be worked out,
`ReportService.published`; a published 0 reads "<5"). Every query and file runs on the task
runner; exports show progress and can be cancelled.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import fields
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QDate, QLocale, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from hubdesk.domain.catalogue import (
    ActivityKind,
    ContactChannel,
    Face,
    Need,
    Outcome,
    VisitReason,
    VoiceAnswer,
    VoiceQuestionCode,
)
from hubdesk.domain.clock import Clock, SystemClock
from hubdesk.measures import HUB_TZ
from hubdesk.services.reports import PRESETS, HubReport, ReportService, preset_period
from hubdesk.services.setup import DeviceIdentity
from hubdesk.storage.engine import Store
from hubdesk.ui.desk import words as desk_words
from hubdesk.ui.reports.board_pack import PACK_QUESTIONS, PackWords, board_pack_html
from hubdesk.ui.reports.cancellable import CancellableJob
from hubdesk.ui.reports.charts import bar_chart_view
from hubdesk.ui.reports.exports import CancelToken, write_csv, write_xlsx
from hubdesk.ui.reports.report_tables import (
    COUNT,
    PERCENT,
    ReportWords,
    Table,
    cell_text,
    is_figure,
    tables_of,
)
from hubdesk.ui.reports.summary_pdf import write_summary_pdf
from hubdesk.ui.tasks import TaskRunner
from hubdesk.ui.widgets.voice_words import answer_word, face_word, standard_question

TILES = (
    ("tileVisits", "visits"),
    ("tilePeople", "people"),
    ("tileFamilies", "families"),
    ("tileChildren", "children_reached"),
    ("tileNewFamilies", "new_families"),
    ("tileReturningFamilies", "returning_families"),
    ("tileFathers", "fathers_and_male"),
    ("tileOutside", "outside"),
    ("tileContacts", "contacts"),
)


class ReportsPage(QWidget):
    """See the module docstring. Tests replace `choose_path` to avoid the file dialog and may
    set `export_hook` (called on the worker before each step) to hold an export mid-way."""

    sig_settings_requested = Signal(str)
    """Emitted when the person asks to fix an empty area table in Hub settings. Argument:
    "postcodes" (load the postcode lookup) or "reach" (set the reach area)."""

    def __init__(
        self,
        store: Store,
        identity: DeviceIdentity,
        *,
        tasks: TaskRunner | None = None,
        clock: Clock | None = None,
        output_dir: Path | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("reportsPage")
        self.identity = identity
        self.clock = clock or SystemClock()
        self.service = ReportService(store, self.clock)
        self.tasks = tasks or TaskRunner(self)
        self.output_dir = output_dir or Path.home() / "hubdesk"
        self.report: HubReport | None = None
        self.tables: list[Table] = []
        self.export_hook: Callable[[], None] | None = None
        self.last_export: Path | None = None
        self.can_fix = False  # may the person open Hub settings (set by the desk)
        self.fix_table = ""
        self._preset_dates: tuple[date, date] | None = None
        self.job = CancellableJob(self.tasks, self)
        self.job.sig_progress_changed.connect(self._on_job_progress_changed)
        self.job.sig_job_finished.connect(self._on_job_finished)
        self._build()
        self._load_sites()
        self.set_month(self._today().replace(day=1))

    # -- layout ----------------------------------------------------------------------------------

    def _build(self) -> None:
        outer = QVBoxLayout(self)
        outer.setContentsMargins(12, 12, 12, 12)
        title = QLabel(self.tr("Reports"))
        title.setObjectName("reportsTitle")
        title.setStyleSheet("font-size: 20px; font-weight: 600;")
        outer.addWidget(title)

        filters = QHBoxLayout()
        self.from_edit = self._date_edit("reportFrom", self.tr("From"))
        self.to_edit = self._date_edit("reportTo", self.tr("To"))
        self.site_combo = QComboBox()
        self.site_combo.setObjectName("reportSite")
        self.site_combo.setAccessibleName(self.tr("Site"))
        self.site_combo.setMinimumHeight(40)
        self.show_button = self._button(self.tr("Show"), "reportShow", self.refresh)
        for label, widget in (
            (self.tr("From"), self.from_edit),
            (self.tr("To"), self.to_edit),
            (self.tr("Site"), self.site_combo),
        ):
            text = QLabel(label)
            text.setBuddy(widget)
            filters.addWidget(text)
            filters.addWidget(widget)
        filters.addWidget(self.show_button)
        filters.addSpacing(12)
        preset_label = QLabel(self.tr("Quick pick"))
        self.preset_combo = QComboBox()
        self.preset_combo.setObjectName("reportPreset")
        self.preset_combo.setAccessibleName(self.tr("Quick pick of a period"))
        self.preset_combo.setMinimumHeight(40)
        preset_label.setBuddy(self.preset_combo)
        self.preset_combo.addItem(self.tr("Choose a period…"), "")
        for code in PRESETS:
            self.preset_combo.addItem(self.preset_words()[code], code)
        self.preset_combo.activated.connect(self._on_preset_combo_activated)
        filters.addWidget(preset_label)
        filters.addWidget(self.preset_combo)
        filters.addStretch(1)
        outer.addLayout(filters)

        self.message = QLabel("")
        self.message.setObjectName("reportMessage")
        self.message.setWordWrap(True)
        outer.addWidget(self.message)

        tiles = QGridLayout()
        tiles.setSpacing(8)
        self.tiles: dict[str, QLabel] = {}
        words = self.words()
        for i, (name, attr) in enumerate(TILES):
            frame = QFrame()
            frame.setFrameShape(QFrame.Shape.StyledPanel)
            box = QVBoxLayout(frame)
            value = QLabel("–")
            value.setObjectName(name)
            value.setStyleSheet("font-size: 22px; font-weight: 700;")
            caption = QLabel(getattr(words, attr))
            caption.setWordWrap(True)
            value.setAccessibleName(getattr(words, attr))
            box.addWidget(value)
            box.addWidget(caption)
            tiles.addWidget(frame, 0, i)
            self.tiles[name] = value
        outer.addLayout(tiles)

        self.tabs = QTabWidget()
        self.tabs.setObjectName("reportTabs")
        charts_area = QScrollArea()
        charts_area.setWidgetResizable(True)
        self.charts_host = QWidget()
        self.charts_grid = QGridLayout(self.charts_host)
        charts_area.setWidget(self.charts_host)
        self.tabs.addTab(charts_area, self.tr("Charts"))
        tables_host = QWidget()
        tables_box = QVBoxLayout(tables_host)
        self.table_choice = QComboBox()
        self.table_choice.setObjectName("tableChoice")
        self.table_choice.setAccessibleName(self.tr("Table"))
        self.table_choice.currentIndexChanged.connect(self._on_table_choice_changed)
        self.table = QTableWidget()
        self.table.setObjectName("reportTable")
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        tables_box.addWidget(self.table_choice)
        note_row = QHBoxLayout()
        self.table_note = QLabel("")
        self.table_note.setObjectName("reportTableNote")
        self.table_note.setWordWrap(True)
        self.table_note.setStyleSheet(
            "background: #fff4ce; color: #3d2e00; border: 1px solid #c9a227; padding: 6px;"
        )
        self.fix_button = self._button("", "reportFixArea", self._on_fix_button_clicked)
        note_row.addWidget(self.table_note, 1)
        note_row.addWidget(self.fix_button)
        self.table_note.setVisible(False)
        self.fix_button.setVisible(False)
        tables_box.addLayout(note_row)
        tables_box.addWidget(self.table)
        self.tabs.addTab(tables_host, self.tr("Tables"))
        outer.addWidget(self.tabs, 1)

        exports = QHBoxLayout()
        self.suppress_check = QCheckBox(
            self.tr('For sharing beyond the hub: round every figure to a multiple of 5 ("<5")')
        )
        self.suppress_check.setObjectName("suppressCheck")
        self.suppress_check.setToolTip(
            self.tr(
                "Leave unticked for the hub's own exact figures (0 is 0). Tick it for files "
                "that leave the hub: each figure is rounded to a multiple of 5 and one that "
                'rounds to 0 shows as "<5", so no small count can be worked out.'
            )
        )
        self.suppress_check.setChecked(False)
        exports.addWidget(self.suppress_check)
        exports.addStretch(1)
        self.csv_button = self._button(self.tr("Export CSV…"), "exportCsv",
                                       lambda: self.start_export("csv"))  # fmt: skip
        self.xlsx_button = self._button(self.tr("Export XLSX…"), "exportXlsx",
                                        lambda: self.start_export("xlsx"))  # fmt: skip
        self.pdf_button = self._button(self.tr("Board pack PDF…"), "exportPdf",
                                       lambda: self.start_export("pdf"))  # fmt: skip
        self.progress = QProgressBar()
        self.progress.setObjectName("exportProgress")
        self.progress.setAccessibleName(self.tr("Export progress"))
        self.progress.setVisible(False)
        self.cancel_button = self._button(self.tr("Cancel"), "exportCancel", self.job.cancel)
        self.cancel_button.setVisible(False)
        for w in (self.csv_button, self.xlsx_button, self.pdf_button, self.progress,
                  self.cancel_button):  # fmt: skip
            exports.addWidget(w)
        outer.addLayout(exports)

    def _date_edit(self, name: str, label: str) -> QDateEdit:
        edit = QDateEdit()
        edit.setObjectName(name)
        edit.setAccessibleName(label)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("dd MMM yyyy")
        edit.setMinimumHeight(40)
        return edit

    def _button(self, text: str, name: str, slot: Callable[[], Any]) -> QPushButton:
        b = QPushButton(text)
        b.setObjectName(name)
        b.setAccessibleName(text)
        b.setMinimumHeight(48)
        b.clicked.connect(slot)
        return b

    def words(self) -> ReportWords:
        """Every label, translated here on the GUI thread (the workers get plain text)."""
        return ReportWords(
            summary=self.tr("Summary"),
            measure=self.tr("Measure"),
            value=self.tr("Value"),
            visits=self.tr("Visits"),
            people=self.tr("People (footfall)"),
            adults=self.tr("Adults"),
            children=self.tr("Children"),
            families=self.tr("Families reached"),
            children_reached=self.tr("Children reached"),
            new_families=self.tr("New families"),
            returning_families=self.tr("Returning families"),
            reattending=self.tr("Families who came more than once"),
            reattendance_rate=self.tr("Re-attendance"),
            new_visits=self.tr("New visits"),
            returning_visits=self.tr("Returning visits"),
            anonymous_visits=self.tr("Visits by parties not registered"),
            fathers=self.tr("Fathers"),
            male_carers=self.tr("Male carers"),
            fathers_and_male=self.tr("Fathers and male carers"),
            families_with_father=self.tr("Families with a father or male carer"),
            send_children=self.tr("Children with SEND"),
            outside=self.tr("Visits from outside the reach area"),
            contacts=self.tr("Here to Help contacts"),
            follow_ups_due=self.tr("Follow-ups due"),
            follow_ups_on_time=self.tr("Follow-ups done on time"),
            follow_ups_late=self.tr("Follow-ups done late"),
            follow_ups_overdue=self.tr("Follow-ups overdue"),
            age_band=self.tr("Age band"),
            attendances=self.tr("Attendances"),
            by_site=self.tr("By site"),
            by_reason=self.tr("By reason"),
            by_activity=self.tr("By activity"),
            by_week=self.tr("By week"),
            by_month=self.tr("By month"),
            by_day=self.tr("By day"),
            by_hour=self.tr("By hour of day"),
            by_weekday=self.tr("By day of the week"),
            by_district=self.tr("By postcode district"),
            by_ward=self.tr("By ward"),
            by_lsoa=self.tr("By LSOA"),
            by_decile=self.tr("By deprivation decile"),
            by_reach_area=self.tr("Inside or outside reach area"),
            by_channel=self.tr("Contacts by channel"),
            by_need=self.tr("Contacts by need"),
            by_outcome=self.tr("Contacts by outcome"),
            channel=self.tr("Channel"),
            need=self.tr("Need"),
            outcome=self.tr("Outcome"),
            key=self.tr("Group"),
            by_programme=self.tr("By programme"),
            by_session=self.tr("By session"),
            programme=self.tr("Programme"),
            site=self.tr("Site"),
            kind=self.tr("Kind of activity"),
            first_session=self.tr("First session"),
            last_session=self.tr("Last session"),
            sessions=self.tr("Sessions held"),
            sessions_with_visits=self.tr("Sessions with visits"),
            day=self.tr("Date"),
            week=self.tr("Week beginning"),
            month=self.tr("Month"),
            time=self.tr("Starts"),
            cancelled=self.tr("Cancelled"),
            yes=self.tr("Yes"),
            no=self.tr("No"),
            booked=self.tr("Booked"),
            attended=self.tr("Attended"),
            no_shows=self.tr("No-shows"),
            not_known=self.tr("Not known"),
            decile=self.tr("Decile {n}"),
            decile_most=self.tr("Decile 1 (most deprived)"),
            decile_least=self.tr("Decile 10 (least deprived)"),
            no_visits=self.tr("Nobody signed in during this period."),
            no_lookup=self.tr(
                "Every visit is 'Not known' here because no postcode lookup is loaded on this "
                "desk: visits carry no ward, LSOA or deprivation decile. Load the council's "
                "postcode lookup in Hub settings; visits from then on are counted by area."
            ),
            no_full_postcode=self.tr(
                "Not known for every visit: none in this period had a full postcode found in "
                "the postcode lookup."
            ),
            no_postcode_given=self.tr(
                "Not known for every visit: nobody in this period gave a postcode."
            ),
            no_reach_area=self.tr(
                "Every visit is 'Reach area not set' here because this hub has no reach area "
                "set, so no visit can be inside or outside it. Set the reach area (the postcode "
                "districts the council's map gives this hub) in Hub settings."
            ),
            voice=self.tr("Family voice"),
            voice_by_site=self.tr("Family voice by site"),
            voice_by_reason=self.tr("Family voice by reason"),
            voice_by_activity=self.tr("Family voice by session"),
            voice_by_month=self.tr("Family voice by month"),
            voice_questions=self.tr("Family voice questions"),
            voice_answers=self.tr("Answers"),
            voice_rated=self.tr("With a face"),
            faces=tuple(face_word(f) for f in sorted(Face, reverse=True)),
            voice_happy=self.tr("Good or very good"),
            version=self.tr("Version"),
            question=self.tr("Question"),
            answered=self.tr("Answered"),
            voice_answer_words=tuple(answer_word(a) for a in VoiceAnswer),
            yes_share=self.tr("Yes (share)"),
            no_session=self.tr("No timetabled session"),
            no_voice=self.tr("No family said how their day was in this period."),
            voice_question_words={c.value: standard_question(c) for c in VoiceQuestionCode},
            language=QLocale().name().split("_")[0],
            reasons={r.value: desk_words.reason(r.value) for r in VisitReason},
            codes={
                "inside": self.tr("Inside the reach area"),
                "outside": self.tr("Outside the reach area"),
                "no_district": self.tr("No postcode given"),
                "no_area": self.tr("Reach area not set"),
                **{c.value: desk_words.channel(c) for c in ContactChannel},
                **{n.value: desk_words.need(n) for n in Need},
                **{o.value: desk_words.outcome(o) for o in Outcome},
                **{k.value: desk_words.activity_kind(k) for k in ActivityKind},
            },
        )

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        if self.report is None and self.show_button.isEnabled():
            self.refresh()  # the first time the tab is opened: this month so far

    # -- filters ---------------------------------------------------------------------------------

    def _today(self) -> date:
        return self.clock.now().astimezone(HUB_TZ).date()

    def _load_sites(self) -> None:
        self.site_combo.clear()
        self.site_combo.addItem(self.tr("All sites"), None)
        for site_id, name in self.service.sites(self.identity.hub_id):
            self.site_combo.addItem(name, str(site_id))

    def set_period(self, start: date, end: date) -> None:
        self.from_edit.setDate(QDate(start.year, start.month, start.day))
        self.to_edit.setDate(QDate(end.year, end.month, end.day))

    def set_month(self, first: date) -> None:
        nxt = (first.replace(day=28) + timedelta(days=4)).replace(day=1)
        self.set_period(first, min(nxt - timedelta(days=1), self._today()))

    def pack_words(self) -> PackWords:
        """The board pack's words, translated here on the GUI thread."""
        return PackWords(
            **{f.name: QCoreApplication.translate("BoardPack", getattr(PackWords(), f.name))
               for f in fields(PackWords)}
        )  # fmt: skip

    def preset_words(self) -> dict[str, str]:
        return {
            "this_month": self.tr("This month"),
            "last_month": self.tr("Last month"),
            "this_fy": self.tr("This financial year (April–March)"),
            "last_fy": self.tr("Last financial year"),
            "q1": self.tr("Q1 (April–June)"),
            "q2": self.tr("Q2 (July–September)"),
            "q3": self.tr("Q3 (October–December)"),
            "q4": self.tr("Q4 (January–March)"),
            "last_12_months": self.tr("Last 12 months"),
        }

    def apply_preset(self, code: str) -> None:
        """Set the dates a preset names (the end cut at today: days to come have no figures)
        and show the report."""
        today = self._today()
        start, end = preset_period(code, today)
        self.set_period(start, max(start, min(end, today)))
        self._preset_dates = self.period()[:2]
        self.refresh()

    def _on_preset_combo_activated(self, index: int) -> None:
        code = self.preset_combo.itemData(index)
        if code:
            self.apply_preset(str(code))

    def period(self) -> tuple[date, date, uuid.UUID | None]:
        start = self.from_edit.date().toPython()
        end = self.to_edit.date().toPython()
        site = self.site_combo.currentData()
        return start, end, uuid.UUID(site) if site else None  # type: ignore[return-value]

    # -- showing ---------------------------------------------------------------------------------

    def refresh(self) -> None:
        start, end, site = self.period()
        if (start, end) != self._preset_dates:  # dates typed since: no longer the preset
            self.preset_combo.setCurrentIndex(0)
        self.message.setText(self.tr("Working out the figures…"))
        self.show_button.setEnabled(False)
        self.tasks.run(
            self.service.hub_report, self.identity.hub_id, start, end, site,
            on_success=self._if_alive(self._on_report_loaded),
            on_failure=self._if_alive(self._on_report_failed),
        )  # fmt: skip

    def _if_alive(self, slot: Callable[[Any], None]) -> Callable[[Any], None]:
        """`slot`, dropped once the page is gone (the desk locked while a report ran)."""

        def call(value: Any) -> None:
            if shiboken6.isValid(self) and shiboken6.isValid(self.show_button):
                slot(value)

        return call

    def _on_report_failed(self, exc: BaseException) -> None:
        self.show_button.setEnabled(True)
        field = getattr(exc, "field", None)
        message = getattr(exc, "message", None)
        if field and message:
            self.message.setText(f"{field}: {message}")
        else:
            self.message.setText(self.tr("The report could not be worked out."))

    def _on_report_loaded(self, report: HubReport) -> None:
        self.show_button.setEnabled(True)
        self.report = report
        words = self.words()
        self.tables = tables_of(report, words, suppressed=False)
        summary = dict(self.tables[0].rows)
        for name, attr in TILES:
            value = summary.get(getattr(words, attr), 0)
            self.tiles[name].setText(cell_text(value, COUNT) or "–")
            self.tiles[name].setToolTip("")
        if not report.reach_districts:  # nobody can be outside an area that is not set
            self.tiles["tileOutside"].setToolTip(words.no_reach_area)
        s = report.summary
        self.message.setText(
            self.tr("{hub}: {start} to {end}").format(
                hub=report.hub_name + (f" · {report.site_name}" if report.site_name else ""),
                start=s.start.strftime("%d %b %Y"), end=s.end.strftime("%d %b %Y"),
            )
        )  # fmt: skip
        self._draw_charts(report, words)
        current = self.table_choice.currentText()
        self.table_choice.blockSignals(True)
        self.table_choice.clear()
        self.table_choice.addItems([t.name for t in self.tables])
        self.table_choice.blockSignals(False)
        index = self.table_choice.findText(current)
        self.table_choice.setCurrentIndex(max(0, index))
        self._show_table(max(0, index))

    def _draw_charts(self, report: HubReport, w: ReportWords) -> None:
        while self.charts_grid.count():
            item = self.charts_grid.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:  # off the page now, not at the next turn of the event loop
                widget.setParent(None)
                widget.deleteLater()
        s = report.summary
        if len(s.by_day) <= 62:
            trend_labels = [d.strftime("%d") for d in s.by_day]
            trend_values = list(s.by_day.values())
            trend_title = self.tr("Visits by day")
        else:
            trend_labels = [r.key.strftime("%d %b") for r in report.by_week]
            trend_values = [r.counts.visits for r in report.by_week]
            trend_title = self.tr("Visits by week")
        hours = [r for r in report.by_hour if 7 <= r.key <= 19]
        charts = [
            bar_chart_view("chartTrend", trend_title, trend_labels, trend_values),
            bar_chart_view("chartBands", self.tr("Children by age band"), list(w.bands),
                           list(s.children_by_band.values()), horizontal=True),
            bar_chart_view("chartReasons", self.tr("Visits by reason"),
                           [w.reasons.get(str(r.key), r.label) for r in report.by_reason],
                           [r.counts.visits for r in report.by_reason], horizontal=True),
            bar_chart_view("chartHours", self.tr("Visits by hour of day"),
                           [r.label[:2] for r in hours], [r.counts.visits for r in hours]),
        ]  # fmt: skip
        for i, view in enumerate(charts):
            self.charts_grid.addWidget(view, i // 2, i % 2)

    def _on_table_choice_changed(self, index: int) -> None:
        self._show_table(index)

    def _show_table(self, index: int) -> None:
        if not 0 <= index < len(self.tables):
            return
        table = self.tables[index]
        self.table.clear()
        self.table.setColumnCount(len(table.headers))
        self.table.setHorizontalHeaderLabels(table.headers)
        self.table.setRowCount(len(table.rows))
        for r, row in enumerate(table.rows):
            for c, value in enumerate(row):
                kind = table.format_of(c, value)
                item = QTableWidgetItem(cell_text(value, kind))
                if is_figure(value) or kind in (COUNT, PERCENT):
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                self.table.setItem(r, c, item)
        self.table_note.setText(table.note)
        self.table_note.setVisible(bool(table.note))
        self.fix_table = table.fix
        fixes = {
            "postcodes": self.tr("Load the postcode lookup…"),
            "reach": self.tr("Set the reach area…"),
        }
        if table.fix and self.can_fix:
            self.fix_button.setText(fixes[table.fix])
            self.fix_button.setAccessibleName(fixes[table.fix])
        elif table.fix:
            self.fix_button.setText(self.tr("Ask an administrator"))
            self.fix_button.setAccessibleName(self.fix_button.text())
        self.fix_button.setVisible(bool(table.fix))
        self.fix_button.setEnabled(bool(table.fix) and self.can_fix)
        if table.fix and not self.can_fix:
            self.fix_button.setToolTip(self.tr("Only an administrator can change Hub settings."))

    def _on_fix_button_clicked(self) -> None:
        if self.fix_table:
            self.sig_settings_requested.emit(self.fix_table)

    # -- exports ---------------------------------------------------------------------------------

    def choose_path(self, kind: str) -> Path | None:
        start, end, _ = self.period()
        name = "board-pack" if kind == "pdf" else "footfall"
        shared = "-for-sharing" if self.suppress_check.isChecked() else ""
        suggested = self.output_dir / f"{name}-{start}-{end}{shared}.{kind}"
        filters = {"csv": "CSV (*.csv)", "xlsx": "Excel (*.xlsx)", "pdf": "PDF (*.pdf)"}
        chosen, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the report"), str(suggested), filters[kind]
        )
        return Path(chosen) if chosen else None

    def start_export(self, kind: str) -> None:
        if self.job.running:
            return
        path = self.choose_path(kind)
        if path is None:
            return
        start, end, site = self.period()
        hub_id = self.identity.hub_id
        words = self.words()
        suppressed = self.suppress_check.isChecked()
        service = self.service
        hook = self.export_hook
        pack = self.pack_words()
        asked: dict[str, str] = {}  # the boards' questions, translated here on the GUI thread

        def translate(text: str) -> str:
            return asked.get(text, text)

        for text in PACK_QUESTIONS:
            asked[text] = QCoreApplication.translate("BoardPack", text)
        made = self.clock.now().astimezone(HUB_TZ)

        def work(token: CancelToken, progress: Callable[[int, int], None]) -> Path:
            # runs on a worker thread: plain data only, no widgets
            def step(done: int, of: int) -> None:
                if hook is not None:
                    hook()
                token.check()
                progress(done, 2 * of)

            report = service.hub_report(hub_id, start, end, site, on_step=step)
            if suppressed:  # for sharing beyond the hub: disclosure control
                report = service.published(report)
            token.check()
            half = 1000

            def writing(done: int, of: int) -> None:
                progress(half + half * done // max(1, of), 2 * half)

            if kind == "pdf":
                subtitle = (
                    f"{report.hub_name}"
                    + (f" · {report.site_name}" if report.site_name else "")
                    + f" · {start:%d %b %Y} – {end:%d %b %Y}"
                )
                doc = board_pack_html(report, words, pack, translate, subtitle=subtitle,
                                      made=made, suppressed=suppressed)  # fmt: skip
                return write_summary_pdf(doc, path, token, title=pack.title)
            tables = tables_of(report, words, suppressed=suppressed)
            writer = write_csv if kind == "csv" else write_xlsx
            return writer(path, tables, token, writing)

        self.progress.setRange(0, 100)
        self.progress.setValue(0)
        self.progress.setVisible(True)
        self.cancel_button.setVisible(True)
        for b in (self.csv_button, self.xlsx_button, self.pdf_button):
            b.setEnabled(False)
        self.message.setText(self.tr("Exporting…"))
        self.job.start(work)

    def _on_job_progress_changed(self, done: int, of: int) -> None:
        self.progress.setValue(int(100 * done / max(1, of)))

    def _on_job_finished(self, outcome: str, result: object) -> None:
        self.progress.setVisible(False)
        self.cancel_button.setVisible(False)
        for b in (self.csv_button, self.xlsx_button, self.pdf_button):
            b.setEnabled(True)
        if outcome == "done":
            assert isinstance(result, Path)
            self.last_export = result
            self.message.setText(self.tr("Saved to {path}").format(path=str(result)))
        elif outcome == "cancelled":
            self.message.setText(self.tr("Export cancelled: nothing was saved."))
        else:
            self.message.setText(self.tr("The export failed: nothing was saved."))


def build_reports_page(
    store: Store,
    identity: DeviceIdentity,
    *,
    tasks: TaskRunner | None = None,
    clock: Clock | None = None,
    output_dir: Path | None = None,
    parent: QWidget | None = None,
) -> ReportsPage:
    """The reports screen for the desk (mount it as a tab). Shows this month at first."""
    page = ReportsPage(
        store, identity, tasks=tasks, clock=clock, output_dir=output_dir, parent=parent
    )
    return page
