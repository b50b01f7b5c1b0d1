"""The council's cross-hub dashboard, served by the central service.

`tables` and `projection` (footfall projections the dashboard reads, kept up to date as events
arrive), `queries` (the measures of `hubdesk.measures` over the central tables, suppressed),
`auth` (dashboard users' sessions), `charts` (server-side SVG: nothing loaded from the internet),
`routes` (the pages and the CSV export). Kept import-light: the ingest path imports `projection`.
"""
