"""The front desk's reports screen: date range and site filters, headline figures, QtCharts
charts and tables, export to CSV and XLSX, and a printable monthly summary (PDF).

The hub's own desk shows its counts in full. Files for sharing beyond the hub (exports and the
board summary) go through disclosure control (every figure rounded to a multiple of 5 so that
no small count can be worked out, `ReportService.published`) unless the manager unticks "for
sharing". Every query and file runs on the task runner; exports show progress and can be
cancelled.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate, Qt
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

from hubdesk.domain.clock import Clock, SystemClock
from hubdesk.measures import HUB_TZ, last_twelve_months
from hubdesk.services.reports import HubReport, ReportService
from hubdesk.services.setup import DeviceIdentity
from hubdesk.storage.engine import Store
from hubdesk.ui.reports.cancellable import CancellableJob
from hubdesk.ui.reports.charts import bar_chart_view
from hubdesk.ui.reports.exports import CancelToken, write_csv, write_xlsx
from hubdesk.ui.reports.report_tables import ReportWords, Table, tables_of
from hubdesk.ui.reports.summary_pdf import summary_html, write_summary_pdf
from hubdesk.ui.tasks import TaskRunner

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
        filters.addWidget(
            self._button(self.tr("This month"), "reportThisMonth",
                         lambda: self._quick(self._today().replace(day=1)))
        )  # fmt: skip
        filters.addWidget(
            self._button(self.tr("Last month"), "reportLastMonth",
                         lambda: self._quick((self._today().replace(day=1) - timedelta(days=1))
                                             .replace(day=1)))
        )  # fmt: skip
        filters.addWidget(self._button(self.tr("Last 12 months"), "reportYear", self._last_year))
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
        tables_box.addWidget(self.table)
        self.tabs.addTab(tables_host, self.tr("Tables"))
        outer.addWidget(self.tabs, 1)

        exports = QHBoxLayout()
        self.suppress_check = QCheckBox(
            self.tr("Files for sharing beyond the hub: round every figure to a multiple of 5")
        )
        self.suppress_check.setObjectName("suppressCheck")
        self.suppress_check.setChecked(True)
        exports.addWidget(self.suppress_check)
        exports.addStretch(1)
        self.csv_button = self._button(self.tr("Export CSV…"), "exportCsv",
                                       lambda: self.start_export("csv"))  # fmt: skip
        self.xlsx_button = self._button(self.tr("Export XLSX…"), "exportXlsx",
                                        lambda: self.start_export("xlsx"))  # fmt: skip
        self.pdf_button = self._button(self.tr("Monthly summary PDF…"), "exportPdf",
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
        t = self.tr
        return ReportWords(
            summary=t("Summary"), measure=t("Measure"), value=t("Value"), visits=t("Visits"),
            people=t("People (footfall)"), adults=t("Adults"), children=t("Children"),
            families=t("Families reached"), children_reached=t("Children reached"),
            new_families=t("New families"), returning_families=t("Returning families"),
            reattending=t("Families who came more than once"),
            reattendance_rate=t("Re-attendance"), new_visits=t("New visits"),
            returning_visits=t("Returning visits"),
            anonymous_visits=t("Visits by parties not registered"), fathers=t("Fathers"),
            male_carers=t("Male carers"), fathers_and_male=t("Fathers and male carers"),
            families_with_father=t("Families with a father or male carer"),
            send_children=t("Children with SEND"),
            outside=t("Visits from outside the reach area"), contacts=t("Here to Help contacts"),
            follow_ups_due=t("Follow-ups due"), follow_ups_on_time=t("Follow-ups done on time"),
            follow_ups_late=t("Follow-ups done late"), follow_ups_overdue=t("Follow-ups overdue"),
            age_band=t("Age band"), attendances=t("Attendances"),
            by_site=t("By site"), by_reason=t("By reason"), by_activity=t("By activity"),
            by_week=t("By week"), by_month=t("By month"), by_day=t("By day"),
            by_hour=t("By hour of day"), by_weekday=t("By day of the week"),
            by_district=t("By postcode district"), by_ward=t("By ward"), by_lsoa=t("By LSOA"),
            by_decile=t("By deprivation decile"),
            by_reach_area=t("Inside or outside the reach area"),
            by_channel=t("Contacts by channel"), by_need=t("Contacts by need"),
            by_outcome=t("Contacts by outcome"), channel=t("Channel"), need=t("Need"),
            outcome=t("Outcome"), key=t("Group"),
            reasons={
                "activity": t("Timetabled activity"), "here_to_help": t("Here to Help"),
                "health_visitor": t("Health visitor"), "appointment": t("Appointment"),
                "just_visiting": t("Just visiting"), "other": t("Other"),
            },
            codes={
                "inside": t("Inside the reach area"), "outside": t("Outside the reach area"),
                "no_district": t("No postcode given"), "no_area": t("Reach area not set"),
                "in_person": t("In person"), "phone": t("Phone"), "email": t("Email"),
                "online_request": t("Online request"),
            },
        )  # fmt: skip

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

    def _quick(self, first: date) -> None:
        self.set_month(first)
        self.refresh()

    def _last_year(self) -> None:
        year = last_twelve_months(self._today())
        self.set_period(year.start, year.end)
        self.refresh()

    def period(self) -> tuple[date, date, uuid.UUID | None]:
        start = self.from_edit.date().toPython()
        end = self.to_edit.date().toPython()
        site = self.site_combo.currentData()
        return start, end, uuid.UUID(site) if site else None  # type: ignore[return-value]

    # -- showing ---------------------------------------------------------------------------------

    def refresh(self) -> None:
        start, end, site = self.period()
        self.message.setText(self.tr("Working out the figures…"))
        self.show_button.setEnabled(False)
        self.tasks.run(
            self.service.hub_report, self.identity.hub_id, start, end, site,
            on_success=self._on_report_loaded, on_failure=self._on_report_failed,
        )  # fmt: skip

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
            self.tiles[name].setText(f"{value:,}" if isinstance(value, int) else str(value))
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
            if widget is not None:
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
                text = f"{value:,}" if isinstance(value, int) else str(value)
                item = QTableWidgetItem(text)
                if isinstance(value, int):
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                self.table.setItem(r, c, item)

    # -- exports ---------------------------------------------------------------------------------

    def choose_path(self, kind: str) -> Path | None:
        start, end, _ = self.period()
        suggested = self.output_dir / f"footfall-{start}-{end}.{kind}"
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
        title = self.tr("Footfall summary")
        shared = self.tr(
            "Every figure is rounded to a multiple of 5, so figures may not add up exactly; "
            'one that rounds to 0 is shown as "<5". Days are UK local days. Reach counts '
            "registered families only. Definitions: docs/measures.md."
        )
        internal = self.tr(
            "Exact figures, for use inside the hub only. Days are UK local days. Reach counts "
            "registered families only. Definitions: docs/measures.md."
        )
        footnote = shared if suppressed else internal
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
                doc = summary_html(report, words, title=title, subtitle=subtitle,
                                   footnote=footnote, made=made, suppressed=suppressed)  # fmt: skip
                return write_summary_pdf(doc, path, token)
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
