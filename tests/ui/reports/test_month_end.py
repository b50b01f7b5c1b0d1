"""Month-end figures an analyst can use (issue 20, item 5), driven through the reports screen:
XLSX figures that read back as numbers on every sheet, 0 as 0 and "<5" only for sharing, words
for every code in CSV/XLSX/PDF, financial-year and quarter presets, one row per programme, area
tables that say why they are empty, and the board pack answering the boards' questions."""

from __future__ import annotations

import csv
import re
import shutil
import subprocess
import unicodedata
import uuid
from datetime import UTC, date, datetime, timedelta
from typing import Any

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QComboBox, QDateEdit, QLabel, QPushButton

from hubdesk.domain.catalogue import ActivityKind, VisitReason
from hubdesk.domain.people import AgeBand, ChildInParty, Party, Role
from hubdesk.domain.staff import StaffRole
from hubdesk.services.base import Actor
from hubdesk.services.postcodes import AreaService
from hubdesk.services.timetable import ActivityIn, TimetableService
from hubdesk.services.visits import SignIn, VisitService
from hubdesk.ui.reports.report_tables import COUNT, DAY, MONTH, PERCENT
from tests.unit.measures import dataset as ds

from .test_reports_page import SHOTS, data, export, find, page, pick, share, show_period

__all__ = ["data", "page"]  # fixtures used here

# a stored code: two or more lower-case words joined by "_" (child_development, no_area)
CODE = re.compile(r"\b[a-z0-9]+(?:_[a-z0-9]+)+\b")
NUMBER_AS_TEXT = re.compile(r"^\s*[-+]?[\d,]+(\.\d+)?%?\s*$")


def sheet_values(path) -> dict[str, list[tuple[Any, ...]]]:
    from openpyxl import load_workbook

    book = load_workbook(path)
    return {name: list(book[name].iter_rows(values_only=True)) for name in book.sheetnames}


def test_every_figure_reads_back_as_a_number_on_every_sheet(qtbot, page, data, tmp_path):
    from openpyxl import load_workbook

    show_period(qtbot, page)
    path = tmp_path / "month.xlsx"
    export(qtbot, page, "Xlsx", path)
    book = load_workbook(path)
    assert len(book.sheetnames) == len(page.tables) >= 18
    checked = zeros = 0
    for table, name in zip(page.tables, book.sheetnames, strict=True):
        sheet = book[name]
        assert sheet.freeze_panes == "B2", name  # the header row stays in view
        assert [c.value for c in sheet[1]] == table.headers, name
        assert sheet.column_dimensions["A"].width >= 8, name
        for r, row in enumerate(table.rows, start=2):
            for c, expected in enumerate(row, start=1):
                cell = sheet.cell(row=r, column=c)
                kind = table.format_of(c - 1, expected)
                if isinstance(cell.value, str):  # no figure is ever stored as text
                    assert not NUMBER_AS_TEXT.match(cell.value), (name, cell.coordinate)
                    assert cell.value != "<5", (name, cell.coordinate)
                if kind == COUNT and expected is not None:
                    assert type(cell.value) is int, (name, cell.coordinate, cell.value)
                    assert cell.value == expected
                    assert cell.number_format == "#,##0"
                    checked += 1
                    zeros += cell.value == 0
                elif kind == PERCENT and expected is not None:
                    # (openpyxl reads 100% back as the int 1)
                    assert isinstance(cell.value, (int, float)), (name, cell.coordinate)
                    assert cell.number_format == "0.0%"
                elif kind in (DAY, MONTH) and expected is not None:
                    assert isinstance(cell.value, datetime), (name, cell.coordinate)
                    assert cell.value.date() == expected
                    assert cell.number_format in ("dd mmm yyyy", "mmm yyyy")
    assert checked > 500
    assert zeros > 0  # an hour nobody came is a 0, not "<5"
    summary = {row[0]: row[1] for row in book["Summary"].iter_rows(min_row=2, values_only=True)}
    assert summary["Visits"] == len(ds.period_visits(data))
    assert 0 < summary["Re-attendance"] <= 1  # a fraction the cell shows as a percentage


def test_zero_is_0_for_the_hub_and_small_counts_are_lt5_only_for_sharing(
    qtbot, page, data, tmp_path
):
    show_period(qtbot, page)
    own = tmp_path / "own.csv"
    export(qtbot, page, "Csv", own)
    cells = [c for row in csv.reader(own.open(encoding="utf-8-sig")) for c in row]
    assert "<5" not in cells
    assert "0" in cells
    own_book = sheet_values(export_xlsx(qtbot, page, tmp_path / "own.xlsx"))
    assert not any(v == "<5" for rows in own_book.values() for row in rows for v in row)

    share(qtbot, page)
    shared = sheet_values(export_xlsx(qtbot, page, tmp_path / "shared.xlsx"))
    small = [v for rows in shared.values() for row in rows for v in row if v == "<5"]
    assert small
    figures = [
        v
        for name, rows in shared.items()
        if name not in ("By programme", "By session")  # sessions held: the timetable's count
        for row in rows[1:]
        for v in row[1:]
        if type(v) is int and not (name == "Summary" and row[0] == "Re-attendance")
    ]
    assert figures
    assert all(v % 5 == 0 and v >= 5 for v in figures)  # a published 0 is "<5", never 0


def export_xlsx(qtbot, page, path):
    export(qtbot, page, "Xlsx", path)
    return path


def pdf_text(path) -> str:
    return subprocess.run(
        ["pdftotext", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout


@pytest.mark.parametrize("shared", [False, True])
def test_no_stored_code_reaches_any_export(qtbot, page, data, tmp_path, shared):
    show_period(qtbot, page)
    if shared:
        share(qtbot, page)
    texts: dict[str, str] = {}
    for kind, ext in (("Csv", "csv"), ("Xlsx", "xlsx"), ("Pdf", "pdf")):
        path = tmp_path / f"out.{ext}"
        export(qtbot, page, kind, path)
        if ext == "csv":
            texts[ext] = path.read_text(encoding="utf-8-sig")
        elif ext == "xlsx":
            texts[ext] = "\n".join(
                str(v) for rows in sheet_values(path).values() for row in rows for v in row
            )
        else:
            texts[ext] = pdf_text(path)
    for ext, text in texts.items():
        assert not CODE.findall(text), (ext, sorted(set(CODE.findall(text)))[:10])
        assert "(none)" not in text, ext
    # the words the desk uses for the same codes are there instead
    assert "Child development" in texts["csv"]
    assert "Stay and play" in texts["xlsx"]
    assert "Here to Help" in texts["pdf"]
    # and on screen too
    choice = find(page, QComboBox, "tableChoice")
    for i in range(choice.count()):
        pick(qtbot, choice, choice.itemText(i))
        for r in range(page.table.rowCount()):
            for c in range(page.table.columnCount()):
                item = page.table.item(r, c)
                assert item is None or not CODE.search(item.text()), (choice.itemText(i), r, c)


PRESETS = {
    "This month": (date(2027, 2, 1), date(2027, 2, 10)),
    "Last month": (date(2027, 1, 1), date(2027, 1, 31)),
    "This financial year (April–March)": (date(2026, 4, 1), date(2027, 2, 10)),
    "Last financial year": (date(2025, 4, 1), date(2026, 3, 31)),
    "Q1 (April–June)": (date(2026, 4, 1), date(2026, 6, 30)),
    "Q2 (July–September)": (date(2026, 7, 1), date(2026, 9, 30)),
    "Q3 (October–December)": (date(2026, 10, 1), date(2026, 12, 31)),
    "Q4 (January–March)": (date(2027, 1, 1), date(2027, 2, 10)),  # to today: no days to come
}


def test_financial_year_and_quarter_presets(qtbot, page, clock):
    clock.set(datetime(2027, 2, 10, 12, 0, tzinfo=UTC))
    combo = find(page, QComboBox, "reportPreset")
    for text, (start, end) in PRESETS.items():
        pick(qtbot, combo, text)
        assert find(page, QDateEdit, "reportFrom").date() == QDate(start.year, start.month, 1)
        assert find(page, QDateEdit, "reportTo").date() == QDate(end.year, end.month, end.day)
        qtbot.waitUntil(
            lambda s=start, e=end: (
                page.tasks.idle
                and page.report is not None
                and (page.report.summary.start, page.report.summary.end) == (s, e)
            )
        )
        if text.startswith("Q3"):  # October to December 2026: the data set's weeks
            SHOTS.mkdir(parents=True, exist_ok=True)
            page.grab().save(str(SHOTS / "desk-reports-preset.png"))
    # in April the financial year is the new one; last year's runs 1 April to 31 March
    clock.set(datetime(2026, 4, 1, 9, 0, tzinfo=UTC))
    pick(qtbot, combo, "Last financial year")
    assert find(page, QDateEdit, "reportFrom").date() == QDate(2025, 4, 1)
    assert find(page, QDateEdit, "reportTo").date() == QDate(2026, 3, 31)
    qtbot.waitUntil(lambda: page.tasks.idle and page.report.summary.start == date(2025, 4, 1))
    # dates changed by hand are no longer the preset
    find(page, QDateEdit, "reportFrom").setDate(QDate(2025, 5, 1))
    qtbot.mouseClick(find(page, QPushButton, "reportShow"), Qt.MouseButton.LeftButton)
    assert combo.currentText() == "Choose a period…"
    qtbot.waitUntil(lambda: page.tasks.idle and page.report.summary.start == date(2025, 5, 1))


def test_one_row_per_programme_with_its_dates(qtbot, store, identity, clock, tmp_path):
    from hubdesk.ui.reports import build_reports_page
    from hubdesk.ui.tasks import TaskRunner

    actor = Actor(identity.device_id, identity.hub_id, identity.site_id, uuid.uuid4(),
                  StaffRole.ADMIN)  # fmt: skip
    timetable = TimetableService(store, clock)
    visits = VisitService(store, clock)
    monday = datetime(2026, 11, 2, 10, 0, tzinfo=UTC)

    def session(name: str, kind: ActivityKind, at: datetime, hours: int = 1) -> uuid.UUID:
        span = ActivityIn(identity.site_id, name, kind, at, at + timedelta(hours=hours))
        return timetable.add(actor, span)

    weekly = [
        session("Stay and play", ActivityKind.STAY_AND_PLAY, monday + timedelta(weeks=w))
        for w in range(3)
    ]
    clinic = session("Baby clinic", ActivityKind.BABY_CLINIC, monday + timedelta(days=2), 2)
    party = Party(adults=(Role.MOTHER,), children=(ChildInParty(AgeBand.B0_1),))
    for activity, n in ((weekly[0], 2), (clinic, 1), (weekly[2], 3)):
        with store.read() as session:
            from hubdesk.storage.models import Activity

            at = session.get(Activity, activity).starts_at
        clock.set(at.replace(tzinfo=UTC) + timedelta(minutes=5))
        for _ in range(n):
            visits.sign_in(actor, SignIn(VisitReason.ACTIVITY, party=party, activity_id=activity))
    tasks = TaskRunner()
    p = build_reports_page(store, identity, tasks=tasks, clock=clock, output_dir=tmp_path)
    qtbot.addWidget(p)
    p.resize(1366, 768)
    p.show()
    qtbot.waitUntil(lambda: tasks.idle and p.show_button.isEnabled())  # this month, at first
    find(p, QDateEdit, "reportFrom").setDate(QDate(2026, 11, 1))
    find(p, QDateEdit, "reportTo").setDate(QDate(2026, 11, 30))
    qtbot.mouseClick(find(p, QPushButton, "reportShow"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tasks.idle and p.report is not None
                    and p.report.summary.end == date(2026, 11, 30))  # fmt: skip
    p.tabs.setCurrentIndex(1)
    pick(qtbot, find(p, QComboBox, "tableChoice"), "By programme")
    table = p.table
    headers = [table.horizontalHeaderItem(c).text() for c in range(table.columnCount())]
    rows = [
        dict(zip(headers, (table.item(r, c).text() for c in range(len(headers))), strict=True))
        for r in range(table.rowCount())
    ]
    assert [r["Programme"] for r in rows] == ["Stay and play", "Baby clinic"]
    SHOTS.mkdir(parents=True, exist_ok=True)
    p.grab().save(str(SHOTS / "desk-reports-programmes.png"))
    stay = rows[0]
    assert stay["Kind of activity"] == "Stay and play"
    assert stay["First session"] == "02 Nov 2026"
    assert stay["Last session"] == "16 Nov 2026"
    assert stay["Sessions held"] == "3"
    assert stay["Sessions with visits"] == "2"
    assert stay["Visits"] == "5"
    assert stay["Children"] == "5"
    assert rows[1]["Visits"] == "1"
    assert rows[1]["First session"] == "04 Nov 2026"
    # the sessions one by one, dated
    pick(qtbot, find(p, QComboBox, "tableChoice"), "By session")
    assert p.table.rowCount() == 4
    assert p.table.item(0, 0).text() == "02 Nov 2026"
    assert p.table.item(0, 2).text() == "Stay and play"
    tasks.wait_for_done()


def test_an_empty_area_table_says_why_and_offers_the_fix(qtbot, store, identity, clock, tmp_path):
    """No postcode lookup loaded (so no visit has a ward), no reach area set."""
    from hubdesk.ui.reports import build_reports_page
    from hubdesk.ui.tasks import TaskRunner
    from tests.unit.measures.device import load

    bare = ds.build(identity.hub_id, (identity.site_id, uuid.uuid4()))
    for v in bare.visits:
        v.update(ward_code=None, lsoa_code=None, imd_decile=None)
    load(store, bare)
    actor = Actor(identity.device_id, identity.hub_id, identity.site_id, uuid.uuid4(),
                  StaffRole.ADMIN)  # fmt: skip
    AreaService(store, clock).set_reach_districts(actor, [])
    tasks = TaskRunner()
    page = build_reports_page(store, identity, tasks=tasks, clock=clock, output_dir=tmp_path)
    qtbot.addWidget(page)
    page.resize(1366, 768)
    page.show()
    qtbot.waitUntil(lambda: tasks.idle)
    show_period(qtbot, page)
    outside = find(page, QLabel, "tileOutside")
    assert outside.text() == "–"  # not 0: nobody can be outside an area that is not set
    assert "no reach area set" in outside.toolTip()
    page.can_fix = True
    asked: list[str] = []
    page.sig_settings_requested.connect(asked.append)
    page.tabs.setCurrentIndex(1)
    note = find(page, QLabel, "reportTableNote")
    fix = find(page, QPushButton, "reportFixArea")
    pick(qtbot, find(page, QComboBox, "tableChoice"), "By ward")
    assert note.isVisible()
    assert "no postcode lookup is loaded" in note.text()
    assert page.table.item(0, 0).text() == "Not known"
    assert fix.isVisible()
    assert fix.text() == "Load the postcode lookup…"
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.grab().save(str(SHOTS / "desk-reports-area-empty.png"))
    qtbot.mouseClick(fix, Qt.MouseButton.LeftButton)
    assert asked == ["postcodes"]
    pick(qtbot, find(page, QComboBox, "tableChoice"), "Inside or outside reach area")
    assert "no reach area set" in note.text()
    assert fix.text() == "Set the reach area…"
    qtbot.mouseClick(fix, Qt.MouseButton.LeftButton)
    assert asked == ["postcodes", "reach"]
    pick(qtbot, find(page, QComboBox, "tableChoice"), "By week")
    assert not note.isVisible()
    assert not fix.isVisible()
    tasks.wait_for_done()


def test_the_board_pack_answers_the_boards_questions(qtbot, page, data, tmp_path):
    show_period(qtbot, page)
    path = tmp_path / "pack.pdf"
    export(qtbot, page, "Pdf", path)
    assert oct(path.stat().st_mode & 0o777) == "0o600"
    text = " ".join(unicodedata.normalize("NFKC", pdf_text(path)).split())  # no "ﬁ" ligatures
    visits = ds.period_visits(data)
    counts = ds.expected_counts(visits)
    assert "Monthly board pack" in text
    assert "The scrutiny boards' questions, answered" in text
    for question in ("How many people come to the hub (footfall)?", "Are fathers engaged?",
                     "Are young people aged 19-25 with SEND reached?",
                     "Does the hub reach the most deprived areas?"):  # fmt: skip
        assert question in text
    assert f"{counts['visits']:,} visits; {counts['people']:,} people" in text
    fathers = counts["adults_father"] + counts["male_carers"]
    assert f"{fathers:,} fathers and male carers came" in text
    deprived = sum(1 for v in visits if v["imd_decile"] in (1, 2))
    assert f"{deprived:,} visits from the most deprived 20% of areas" in text
    assert "Asked, but not measured by hubdesk" in text
    if shutil.which("pdftoppm"):
        SHOTS.mkdir(parents=True, exist_ok=True)
        subprocess.run(["pdftoppm", "-png", "-r", "70", str(path),
                        str(SHOTS / "desk-reports-board-pack")], check=True)  # fmt: skip


def test_the_board_pack_for_sharing_answers_in_published_figures(qtbot, page, data, tmp_path):
    show_period(qtbot, page)
    share(qtbot, page)
    path = tmp_path / "pack-shared.pdf"
    export(qtbot, page, "Pdf", path)
    text = " ".join(unicodedata.normalize("NFKC", pdf_text(path)).split())
    assert "For sharing: every figure is rounded to a multiple of 5" in text
    published = page.service.published(page.report)
    c = published.summary.counts
    assert f"{c.visits:,} visits; {c.people:,} people" in text
    answer = re.search(r"([\d,<]+) fathers and male carers came; ([\d,<]+) families", text)
    assert answer is not None
    for figure in answer.groups():
        assert figure == "<5" or int(figure.replace(",", "")) % 5 == 0
    assert "<5" in text
    if shutil.which("pdftoppm"):
        SHOTS.mkdir(parents=True, exist_ok=True)
        out = str(SHOTS / "desk-reports-board-pack-shared")
        first_page = ["-f", "1", "-l", "1", "-singlefile"]
        subprocess.run(["pdftoppm", "-png", "-r", "70", *first_page, str(path), out], check=True)


def test_family_voice_in_the_board_pack_and_the_xlsx(qtbot, page, store, identity, tmp_path):
    """Issue 23: the answers, worked by hand, in the board pack's answer and on their sheet."""
    from hubdesk.storage.models import VoiceQuestion, VoiceResponse

    at = datetime(2026, 10, 20, 12, tzinfo=UTC)
    answers = [(4, "yes"), (4, "yes"), (3, "no"), (2, None), (None, "partly")]
    with store.write() as session:
        session.add(
            VoiceQuestion(id=uuid.uuid4(), hub_id=identity.hub_id, version=1, position=1,
                          code="custom", text_en="Warm enough?", text_pl="", text_ro="",
                          text_ur="", text_ar="", created_at=at, updated_at=at)
        )  # fmt: skip
        for face, said in answers:
            session.add(
                VoiceResponse(id=uuid.uuid4(), hub_id=identity.hub_id, site_id=identity.site_id,
                              day=date(2026, 10, 20), reason="just_visiting", source="kiosk",
                              rating=face, question_version=1 if said else None,
                              answer_1=said, updated_at=at)
            )  # fmt: skip
    show_period(qtbot, page)
    path = tmp_path / "pack.pdf"
    export(qtbot, page, "Pdf", path)
    text = " ".join(unicodedata.normalize("NFKC", pdf_text(path)).split())
    # the question and its answer sit side by side in a table: pdftotext interleaves their lines
    assert "14. What do families say about the" in text
    # 5 answers, 4 with a face, 3 of them good or very good; "Warm enough?" yes 2 of 4
    assert '5 answers to "how was today?": 3 good or very' in text
    assert "good (75%) of 4 with a face." in text
    assert "(version 1): yes 2 of 4." in text
    xlsx = tmp_path / "voice.xlsx"
    export(qtbot, page, "Xlsx", xlsx)
    sheets = sheet_values(xlsx)
    assert sheets["Family voice"][1] == ("Family voice", 5, 4, 2, 1, 1, 0, 0.75)
    assert sheets["Family voice questions"][1] == (1, "Warm enough?", 4, 2, 1, 1, 0.5)
