"""Hub settings' "Areas for reports" card: load the council's postcode lookup (so visits carry a
ward, LSOA and deprivation decile) and set the hub's reach area (the postcode districts the
council's map gives it). The reports screen's empty area tables send people here
(`SettingsPage.show_areas`)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QFileDialog, QFrame, QHBoxLayout, QLineEdit, QVBoxLayout

from hubdesk.domain.errors import ValidationError
from hubdesk.measures.postcodes import ParsedLookup, parse_lookup
from hubdesk.services.postcodes import AreaService, LookupImported, PostcodeService
from hubdesk.ui.desk.form_errors import FormErrors
from hubdesk.ui.desk.page import DeskPage, button, label

PROBLEMS_SHOWN = 3


def read_lookup(path: Path) -> ParsedLookup:
    """Parse a lookup file (UTF-8, with or without a byte-order mark). Runs on a worker."""
    try:
        with path.open(encoding="utf-8-sig", newline="") as fh:
            return parse_lookup(fh)
    except FileNotFoundError:
        raise ValidationError("lookup_file", "not_found", "does not exist") from None
    except UnicodeDecodeError:
        raise ValidationError("lookup_file", "not_utf8", "is not UTF-8 text") from None


class AreasCard(QFrame):
    """See the module docstring. Tests replace `choose_lookup_file` to avoid the dialog."""

    def __init__(self, page: DeskPage) -> None:
        super().__init__(page)
        self.page = page
        self.setObjectName("areasCard")
        self.setProperty("kind", "card")
        store, clock = page.ctx.store, page.ctx.clock
        self.postcodes = PostcodeService(store, clock)
        self.areas = AreaService(store, clock)
        col = QVBoxLayout(self)
        col.addWidget(label(self.tr("Areas for reports"), "areasTitle", "subtitle", self))

        row = QHBoxLayout()
        self.lookup_status = label("", "lookupStatus", "", self)
        self.lookup_status.setWordWrap(True)
        row.addWidget(self.lookup_status, 1)
        self.load_button = button(self.tr("Load postcode lookup…"), "loadLookupButton", self)
        row.addWidget(self.load_button)
        col.addLayout(row)
        self.lookup_result = label("", "lookupResult", "hint", self)
        self.lookup_result.setWordWrap(True)
        self.lookup_result.hide()
        col.addWidget(self.lookup_result)

        col.addWidget(
            label(
                self.tr(
                    "Reach area: the postcode districts the council's map gives this hub, "
                    "separated by spaces or commas (for example NE61, NE62)."
                ),
                "reachHint",
                "hint",
                self,
            )
        )
        row = QHBoxLayout()
        self.reach = QLineEdit(self)
        self.reach.setObjectName("reachDistricts")
        self.reach.setAccessibleName(self.tr("Reach area postcode districts"))
        self.reach.setMinimumHeight(40)
        row.addWidget(self.reach, 1)
        self.save_reach = button(self.tr("Save reach area"), "saveReachButton", self)
        row.addWidget(self.save_reach)
        col.addLayout(row)
        self.errors = FormErrors(page.message)
        col.addWidget(self.errors.field("reach_districts", self.reach, self.tr("Reach area")))
        col.addWidget(self.errors.field("lookup_file", self.load_button, self.tr("Lookup file")))

        self.load_button.clicked.connect(self._on_load_button_clicked)
        self.save_reach.clicked.connect(self._on_save_reach_clicked)

    # --- loading ---------------------------------------------------------------------------------

    def refresh(self) -> None:
        self.page.run(self.postcodes.count, on_success=self._show_count)
        self.page.run(
            self.areas.reach_districts, self.page.actor.hub_id, on_success=self._show_reach
        )

    def _show_count(self, n: int) -> None:
        if n:
            text = self.tr(
                "Postcodes in the lookup: %n. Visits are counted by ward, LSOA and deprivation "
                "decile.",
                "",
                n,
            )
        else:
            text = self.tr(
                "No postcode lookup is loaded: reports cannot count visits by ward, LSOA or "
                "deprivation decile. Load the council's lookup (a CSV from the ONS Postcode "
                "Directory)."
            )
        self.lookup_status.setText(text)

    def _show_reach(self, districts: tuple[str, ...]) -> None:
        if not self.reach.hasFocus():
            self.reach.setText(" ".join(districts))

    # --- acting ----------------------------------------------------------------------------------

    def choose_lookup_file(self) -> Path | None:
        chosen, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choose the postcode lookup"), str(Path.home()), "CSV (*.csv)"
        )
        return Path(chosen) if chosen else None

    def _on_load_button_clicked(self) -> None:
        path = self.choose_lookup_file()
        if path is None:
            return
        self.errors.clear()
        self.load_button.setEnabled(False)
        self.page.message.show_ok(self.tr("Loading the postcode lookup…"))
        postcodes = self.postcodes

        def work() -> LookupImported:  # on a worker: a whole ONSPD file takes a while
            return postcodes.import_lookup(read_lookup(path))

        self.page.run(work, on_success=self._on_lookup_loaded, on_failure=self._on_lookup_failed)

    def _on_lookup_failed(self, exc: BaseException) -> None:
        self.load_button.setEnabled(True)
        self.errors.show(exc)

    def _on_lookup_loaded(self, result: LookupImported) -> None:
        self.load_button.setEnabled(True)
        text = self.tr("Postcodes loaded: %n.", "", result.imported)
        if result.problems:
            lines = ", ".join(str(p.line) for p in result.problems[:PROBLEMS_SHOWN])
            text += " " + self.tr(
                "Lines skipped (not a postcode or an area code): %n (line {lines}).",
                "",
                len(result.problems),
            ).format(lines=lines + ("…" if len(result.problems) > PROBLEMS_SHOWN else ""))
        self.lookup_result.setText(text)
        self.lookup_result.show()
        self.page.message.show_ok(self.tr("The postcode lookup is loaded."))
        self.refresh()

    def _on_save_reach_clicked(self) -> None:
        self.errors.clear()
        districts = self.reach.text().replace(",", " ").split()
        self.page.run(
            self.areas.set_reach_districts,
            self.page.actor,
            districts,
            on_success=self._on_reach_saved,
            on_failure=self.errors.show,
        )

    def _on_reach_saved(self, districts: tuple[str, ...]) -> None:
        self.reach.setText(" ".join(districts))
        if districts:
            self.page.message.show_ok(
                self.tr("Reach area saved: {districts}.").format(districts=", ".join(districts))
            )
        else:
            self.page.message.show_ok(self.tr("Reach area cleared."))

    def focus(self, section: str) -> None:
        """Bring the part the reports asked for into view and put the focus on it."""
        target: Any = self.load_button if section == "postcodes" else self.reach
        self.page.scroller.ensureWidgetVisible(self)
        target.setFocus()
