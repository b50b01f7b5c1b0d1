"""The desk's reports screen driven as a hub manager would: pick dates and a site, read the
figures, switch tables, export CSV/XLSX/PDF (suppressed for sharing), cancel a long export."""

from __future__ import annotations

import csv
import os
import shutil
import subprocess
import tempfile
import threading
import uuid
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QDate, QPoint, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QLabel,
    QPushButton,
    QTableWidget,
)

from hubdesk.domain.clock import FakeClock
from hubdesk.services.setup import DeviceIdentity
from hubdesk.storage.engine import Store
from hubdesk.ui.reports import build_reports_page
from hubdesk.ui.reports.charts import BarChart, nice_ticks
from hubdesk.ui.tasks import TaskRunner
from tests.unit.measures import dataset as ds
from tests.unit.measures.device import load

# Screenshots go into docs/ only when asked (HUBDESK_SCREENSHOTS=1): a test run must not
# change the files in the repository.
SHOTS = (
    Path(__file__).resolve().parents[3] / "docs" / "screenshots"
    if os.environ.get("HUBDESK_SCREENSHOTS") == "1"
    else Path(tempfile.mkdtemp(prefix="hubdesk-shots-"))
)


@pytest.fixture
def data(store: Store, identity: DeviceIdentity) -> ds.Data:
    d = ds.build(identity.hub_id, (identity.site_id, uuid.uuid4()))
    load(store, d)
    return d


@pytest.fixture
def page(qtbot: Any, store: Store, identity: DeviceIdentity, clock: FakeClock, data, tmp_path):
    tasks = TaskRunner()
    p = build_reports_page(store, identity, tasks=tasks, clock=clock, output_dir=tmp_path)
    qtbot.addWidget(p)
    p.resize(1366, 768)
    p.show()
    qtbot.waitUntil(lambda: tasks.idle)
    yield p
    qtbot.waitUntil(lambda: tasks.idle)
    tasks.wait_for_done()


def pick(qtbot, combo: QComboBox, text: str) -> None:
    """Open a drop-down with a click, move to the item with the arrow keys and press Enter, as
    a person would."""
    index = combo.findText(text)
    assert index >= 0, text
    qtbot.mouseClick(combo, Qt.MouseButton.LeftButton)
    view = combo.view()
    qtbot.waitUntil(view.isVisible)
    qtbot.keyClick(view, Qt.Key.Key_Home)
    for _ in range(index):
        qtbot.keyClick(view, Qt.Key.Key_Down)
    qtbot.keyClick(view, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not view.isVisible())
    assert combo.currentIndex() == index


def find(page, kind, name):
    widget = page.findChild(kind, name)
    assert widget is not None, name
    return widget


def show_period(qtbot, page, site: str = "All sites") -> None:
    find(page, QDateEdit, "reportFrom").setDate(QDate(2026, 10, 19))
    find(page, QDateEdit, "reportTo").setDate(QDate(2026, 11, 1))
    combo = find(page, QComboBox, "reportSite")
    assert combo.findText(site) >= 0
    combo.setCurrentIndex(combo.findText(site))
    qtbot.mouseClick(find(page, QPushButton, "reportShow"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.tasks.idle and page.report is not None)
    qtbot.waitUntil(lambda: page.report.summary.start.day == 19)


def test_figures_on_screen_match_the_data_set(qtbot, page, data):
    show_period(qtbot, page)
    visits = ds.period_visits(data)
    counts = ds.expected_counts(visits)
    reach = ds.expected_reach(visits)
    assert find(page, QLabel, "tileVisits").text() == f"{counts['visits']:,}"
    assert find(page, QLabel, "tilePeople").text() == f"{counts['people']:,}"
    assert find(page, QLabel, "tileFamilies").text() == str(reach["families"])
    assert find(page, QLabel, "tileChildren").text() == f"{reach['children']:,}"
    fathers = counts["adults_father"] + counts["male_carers"]
    assert find(page, QLabel, "tileFathers").text() == str(fathers)
    # the desk shows its own hub's small counts in full
    assert find(page, QLabel, "tileContacts").text() == str(ds.expected_contacts(data)["contacts"])
    for name in ("chartTrend", "chartBands", "chartReasons", "chartHours"):
        chart = find(page, BarChart, name)
        assert chart.values
        assert len(chart.values) == len(chart.labels)
    choice = find(page, QComboBox, "tableChoice")
    choice.setCurrentIndex(choice.findText("By week"))
    table = find(page, QTableWidget, "reportTable")
    weeks = sorted(ds.group(visits, ds.by_week).items())
    assert table.rowCount() == len(weeks)
    assert [table.item(r, 1).text() for r in range(table.rowCount())] == [
        f"{len(vs):,}" for _, vs in weeks
    ]
    SHOTS.mkdir(parents=True, exist_ok=True)
    choice.setCurrentIndex(0)
    trend = find(page, BarChart, "chartTrend")
    qtbot.waitUntil(lambda: trend.isVisible() and trend.width() > 300)
    page.grab().save(str(SHOTS / "desk-reports-charts.png"))
    page.tabs.setCurrentIndex(1)
    choice.setCurrentIndex(choice.findText("By reason"))
    page.grab().save(str(SHOTS / "desk-reports-tables.png"))


def test_site_filter(qtbot, page, data):
    show_period(qtbot, page, site="Fire station")
    site = page.report.summary.site_id
    assert site == data.site_ids[1]
    expected = len(ds.period_visits(data, site))
    assert find(page, QLabel, "tileVisits").text() == f"{expected:,}"


def export(qtbot, page, kind: str, path: Path) -> None:
    page.choose_path = lambda _kind: path
    qtbot.mouseClick(find(page, QPushButton, f"export{kind}"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not page.job.running, timeout=30_000)


def share(qtbot, page) -> None:
    """Tick "for sharing beyond the hub" as a manager would."""
    box = find(page, QCheckBox, "suppressCheck")
    if not box.isChecked():
        qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))
    assert box.isChecked()


def test_csv_export_is_suppressed_for_sharing(qtbot, page, data, tmp_path):
    show_period(qtbot, page)
    share(qtbot, page)
    path = tmp_path / "out" / "footfall.csv"
    export(qtbot, page, "Csv", path)
    assert page.last_export == path
    assert oct(path.stat().st_mode & 0o777) == "0o600"
    rows = list(csv.reader(path.open(encoding="utf-8-sig")))
    summary = {r[0]: r[1] for r in rows[2:25] if len(r) == 2}
    # for sharing, every figure is rounded to a multiple of 5 (disclosure control): the total
    # is within 4 of the true count, and nothing is a count of 1-4
    true = ds.expected_counts(ds.period_visits(data))["visits"]
    assert abs(int(summary["Visits"]) - true) <= 4
    assert summary["Children with SEND"] in {"<5"} | {str(n) for n in range(5, 999, 5)}
    # (the programme and session tables also count sessions on the timetable: not people)
    counted = rows[: next(i for i, r in enumerate(rows) if r == ["By programme"])]
    numbers = [c for r in counted for c in r[1:] if c.isdigit()]
    assert numbers
    assert all(int(c) >= 5 for c in numbers)
    assert all(int(c) % 5 == 0 for c in numbers)
    assert any(c == "<5" for r in rows for c in r)
    # the same report published again gives the same file
    again = tmp_path / "out" / "again.csv"
    export(qtbot, page, "Csv", again)
    assert again.read_text(encoding="utf-8-sig") == path.read_text(encoding="utf-8-sig")


def test_xlsx_export_in_full_when_unticked(qtbot, page, data, tmp_path):
    from openpyxl import load_workbook

    show_period(qtbot, page)
    assert not page.suppress_check.isChecked()  # the hub's own figures unless ticked
    path = tmp_path / "footfall.xlsx"
    export(qtbot, page, "Xlsx", path)
    book = load_workbook(path)
    assert book.sheetnames[:3] == ["Summary", "Age band", "By day"]
    sheet = book["Summary"]
    values = {row[0].value: row[1].value for row in sheet.iter_rows(min_row=2)}
    assert values["Visits"] == len(ds.period_visits(data))
    assert values["Here to Help contacts"] == ds.expected_contacts(data)["contacts"]


def test_monthly_summary_pdf(qtbot, page, tmp_path):
    show_period(qtbot, page)
    path = tmp_path / "summary.pdf"
    export(qtbot, page, "Pdf", path)
    assert path.read_bytes()[:5] == b"%PDF-"
    if shutil.which("pdftotext"):
        text = subprocess.run(
            ["pdftotext", str(path), "-"], capture_output=True, text=True, check=True
        ).stdout
        assert "Monthly board pack" in text
        assert "Riverside Family Hub" in text
        assert "<5" not in text  # the hub's own figures
    if shutil.which("pdftoppm"):
        SHOTS.mkdir(parents=True, exist_ok=True)
        subprocess.run(
            ["pdftoppm", "-png", "-r", "60", "-f", "1", "-l", "1", "-singlefile", str(path),
             str(SHOTS / "desk-reports-summary-pdf")],
            check=True,
        )  # fmt: skip


def test_a_long_export_can_be_cancelled(qtbot, page, tmp_path):
    show_period(qtbot, page)
    reached = threading.Event()
    release = threading.Event()

    def hold() -> None:  # on the worker: wait at the first step until the test has cancelled
        reached.set()
        release.wait(10)

    page.export_hook = hold
    path = tmp_path / "never.csv"
    page.choose_path = lambda _kind: path
    qtbot.mouseClick(find(page, QPushButton, "exportCsv"), Qt.MouseButton.LeftButton)
    cancel = find(page, QPushButton, "exportCancel")
    qtbot.waitUntil(lambda: reached.is_set() and cancel.isVisible())
    qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)
    release.set()
    qtbot.waitUntil(lambda: not page.job.running)
    assert "cancelled" in find(page, QLabel, "reportMessage").text()
    assert not path.exists()
    assert list(tmp_path.glob(".export-*")) == []
    # and the next export works
    page.export_hook = None
    export(qtbot, page, "Csv", path)
    assert path.exists()


def test_last_twelve_months_is_this_month_and_the_eleven_before(qtbot, page, clock):
    """On 3 December the button gives 1 January to 3 December: twelve months, not thirteen (a
    step back of 335 days from the 1st landed in the December before)."""
    clock.set(datetime(2026, 12, 3, 10, 0, tzinfo=UTC))
    pick(qtbot, find(page, QComboBox, "reportPreset"), "Last 12 months")
    assert find(page, QDateEdit, "reportFrom").date() == QDate(2026, 1, 1)
    assert find(page, QDateEdit, "reportTo").date() == QDate(2026, 12, 3)
    qtbot.waitUntil(lambda: page.tasks.idle and page.report is not None)
    qtbot.waitUntil(lambda: page.report.summary.start == date(2026, 1, 1))


def test_the_board_summary_draws_no_bar_for_a_suppressed_count(qtbot, page):
    """Issue 21: charts drew a bar for a suppressed count. The board summary's bars are drawn
    from the published (rounded) figures: none for "<5", and each in proportion to its figure."""
    import re
    from datetime import datetime

    from hubdesk.ui.reports.summary_pdf import summary_html

    show_period(qtbot, page)
    published = page.service.published(page.report)
    html = summary_html(published, page.words(), title="t", subtitle="s", footnote="f",
                        made=datetime(2026, 11, 2), suppressed=True)  # fmt: skip
    rows = re.findall(r"<tr>(<td>.*?)</tr>", html, re.S)
    seen_small = seen_bar = 0
    for row in rows:
        value = re.search(r"<td align=right>([^<]*)</td>", row)
        if value is None:
            continue
        bar = re.search(r"bgcolor='#1b6ca8' width='(\d+)%'", row)
        if value.group(1) == "&lt;5":
            seen_small += 1
            assert bar is None, row
        elif bar is not None:
            seen_bar += 1
            assert int(value.group(1).replace(",", "")) % 5 == 0, row
    assert seen_small
    assert seen_bar


@pytest.mark.parametrize(
    ("top", "ticks"),
    [(0, [0, 2, 4, 6]), (5, [0, 2, 4, 6]), (12, [0, 5, 10, 15]), (97, [0, 25, 50, 75, 100]),
     (1234, [0, 500, 1000, 1500])],
)  # fmt: skip
def test_the_value_axis_has_round_ticks_that_cover_the_tallest_bar(top, ticks):
    assert nice_ticks(top) == ticks


def test_the_bundle_ships_no_gpl_only_qt_module():
    """Qt Charts and Qt Virtual Keyboard are GPL-3.0 or commercial, never LGPL (docs/licensing.md):
    nothing in hubdesk imports them and the bundle's spec excludes them."""
    root = Path(__file__).resolve().parents[3]
    for path in (root / "hubdesk").rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        assert "QtCharts import" not in text, path
        assert "import PySide6.QtCharts" not in text, path
        assert "QtVirtualKeyboard import" not in text, path
    spec = (root / "installer" / "hubdesk.spec").read_text(encoding="utf-8")
    assert '"PySide6.QtCharts"' in spec
    assert '"PySide6.QtVirtualKeyboard"' in spec
