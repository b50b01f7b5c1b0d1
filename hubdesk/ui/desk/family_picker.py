"""Find a family as you type: name, child's name, postcode or pass code."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from hubdesk.services.families import FamilySummary
from hubdesk.ui.desk import words
from hubdesk.ui.desk.context import DeskContext, StaffSession
from hubdesk.ui.desk.page import run_for
from hubdesk.ui.widgets.bidi import strip_isolates

MIN_CHARS = 2


def summary_text(f: FamilySummary) -> str:
    """One line per family, every name isolated (an Arabic name keeps its own direction and
    leaves the rest of the line alone)."""
    extra = [
        x for x in (words.name(f.postcode), words.local(f.last_visit_at, "last in %d %b")) if x
    ]
    lead, plus, others = f.label.partition(" + ")  # "Amira Khan + 2 children"
    label = words.name(lead) + (f" + {others}" if plus else "")
    names = words.names(list(f.member_names))
    text = f"{label}  ·  {names}" + (f"  ·  {' · '.join(extra)}" if extra else "")
    return words.line(text)


class FamilyPicker(QWidget):
    """A search field and a list of matches; emits the family chosen with one click."""

    sig_family_chosen = Signal(object)
    """A family was clicked. Argument: its FamilySummary."""
    sig_results_shown = Signal(int)
    """A search finished and its results are listed. Argument: how many."""

    def __init__(
        self,
        ctx: DeskContext,
        session: StaffSession,
        name: str,
        *,
        limit: int = 20,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.session = session
        self.setObjectName(name)
        self._limit = limit
        self._generation = 0
        self._default: list[FamilySummary] = []
        self._default_heading = ""
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        self.field = QLineEdit(self)
        self.field.setObjectName(f"{name}Search")
        self.field.setPlaceholderText(self.tr("Search: name, child's name, postcode or pass code"))
        self.field.setAccessibleName(self.tr("Search for a family"))
        self.field.setClearButtonEnabled(True)
        for clear in self.field.findChildren(QToolButton):  # Qt's own clear button: name it
            clear.setAccessibleName(self.tr("Clear the search"))
        layout.addWidget(self.field)
        self.busy = QProgressBar(self)
        self.busy.setObjectName(f"{name}Busy")
        self.busy.setRange(0, 0)
        self.busy.setTextVisible(False)
        self.busy.setAccessibleName(self.tr("Searching"))
        self.busy.hide()
        layout.addWidget(self.busy)
        self.results = QListWidget(self)
        self.results.setObjectName(f"{name}Results")
        self.results.setAccessibleName(self.tr("Families found"))
        self.results.setWordWrap(True)
        layout.addWidget(self.results, 1)
        self.results.itemClicked.connect(self._on_results_clicked)
        self.results.itemActivated.connect(self._on_results_clicked)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(ctx.settings.search_delay_ms)
        self._timer.timeout.connect(self.search_now)
        self.field.textChanged.connect(self._on_field_changed)
        self.field.returnPressed.connect(self.search_now)

    def clear(self) -> None:
        self._generation += 1
        self.field.clear()
        self.busy.hide()
        self._show_default()

    def set_default(self, families: list[FamilySummary], heading: str = "") -> None:
        """What the list shows while the search field is empty (e.g. families here today)."""
        self._default = list(families)
        self._default_heading = heading
        if len(self.field.text().strip()) < MIN_CHARS:
            self._show_default()

    def _show_default(self) -> None:
        self.results.clear()
        if self._default and self._default_heading:
            head = QListWidgetItem(self._default_heading)
            head.setFlags(Qt.ItemFlag.NoItemFlags)
            self.results.addItem(head)
        for f in self._default:
            item = QListWidgetItem(
                summary_text(f) if f.member_names else words.line(words.name(f.label))
            )
            item.setData(Qt.ItemDataRole.UserRole, f)
            self.results.addItem(item)

    def _on_field_changed(self, _text: str) -> None:
        self._timer.start()

    def search_now(self) -> None:
        self._timer.stop()
        text = self.field.text().strip()
        self._generation += 1
        generation = self._generation
        if len(text) < MIN_CHARS:
            self.busy.hide()
            self._show_default()
            return
        self.busy.show()
        run_for(
            self,
            self.ctx.services.families.search,
            self.session.actor,
            text,
            self._limit,
            on_success=lambda found: self._show(found, generation),
            on_failure=lambda exc: self._failed(exc, generation),
        )

    def _show(self, found: list[FamilySummary], generation: int) -> None:
        if generation != self._generation:
            return  # an older search; a newer one is on its way
        self.busy.hide()
        self.results.clear()
        for f in found:
            item = QListWidgetItem(summary_text(f))
            item.setData(Qt.ItemDataRole.UserRole, f)
            self.results.addItem(item)
        if not found:
            item = QListWidgetItem(
                self.tr("No family found. Check the spelling, or add a new one.")
            )
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            self.results.addItem(item)
        self.sig_results_shown.emit(len(found))

    def _failed(self, exc: BaseException, generation: int) -> None:
        if generation != self._generation:
            return
        self.busy.hide()
        self.results.clear()
        item = QListWidgetItem(words.problem(exc))
        item.setFlags(Qt.ItemFlag.NoItemFlags)
        self.results.addItem(item)

    def _on_results_clicked(self, item: QListWidgetItem) -> None:
        summary = item.data(Qt.ItemDataRole.UserRole)
        if isinstance(summary, FamilySummary):
            self.sig_family_chosen.emit(summary)

    def item_for(self, text: str) -> QListWidgetItem | None:
        """The result whose label contains `text` (for tests and keyboard users)."""
        for i in range(self.results.count()):
            item = self.results.item(i)
            if text in strip_isolates(item.text()) and isinstance(
                item.data(Qt.ItemDataRole.UserRole), FamilySummary
            ):
                return item
        return None
