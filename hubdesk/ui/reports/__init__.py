"""The front desk's reports screen (bar charts, tables, CSV/XLSX export, the board pack PDF).

`build_reports_page(store, identity, tasks=..., clock=...)` returns the page; the desk mounts it
as a tab. The figures come from `hubdesk.services.reports` (on `hubdesk.measures`)."""

from __future__ import annotations

from hubdesk.ui.reports.reports_page import ReportsPage, build_reports_page

__all__ = ["ReportsPage", "build_reports_page"]
