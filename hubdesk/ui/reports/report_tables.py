"""A report as tables: what the screen's tables, the CSV/XLSX export and the PDF all show.

Plain Python (no Qt), so it runs on a worker. Words arrive translated from the GUI thread.
`suppressed=True` (anything that leaves the hub: files for the council or a board) turns every
count under 5 into "<5"; the desk's own screen shows its hub's counts in full.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from hubdesk.measures import Counts, Reach, rate, shown
from hubdesk.services.reports import HubReport, Row


@dataclass(frozen=True)
class ReportWords:
    """Every label of the exported tables (translated on the GUI thread)."""

    summary: str = "Summary"
    measure: str = "Measure"
    value: str = "Value"
    visits: str = "Visits"
    people: str = "People (footfall)"
    adults: str = "Adults"
    children: str = "Children"
    families: str = "Families reached"
    children_reached: str = "Children reached"
    new_families: str = "New families"
    returning_families: str = "Returning families"
    reattending: str = "Families who came more than once"
    reattendance_rate: str = "Re-attendance"
    new_visits: str = "New visits"
    returning_visits: str = "Returning visits"
    anonymous_visits: str = "Visits by parties not registered"
    fathers: str = "Fathers"
    male_carers: str = "Male carers"
    fathers_and_male: str = "Fathers and male carers"
    families_with_father: str = "Families with a father or male carer"
    send_children: str = "Children with SEND"
    outside: str = "Visits from outside the reach area"
    contacts: str = "Here to Help contacts"
    follow_ups_due: str = "Follow-ups due"
    follow_ups_on_time: str = "Follow-ups done on time"
    follow_ups_late: str = "Follow-ups done late"
    follow_ups_overdue: str = "Follow-ups overdue"
    age_band: str = "Age band"
    attendances: str = "Attendances"
    bands: tuple[str, ...] = ("0-1", "2-4", "5-11", "12-16", "17-19", "20-25 (SEND)")
    by_site: str = "By site"
    by_reason: str = "By reason"
    by_activity: str = "By activity"
    by_week: str = "By week"
    by_month: str = "By month"
    by_day: str = "By day"
    by_hour: str = "By hour of day"
    by_weekday: str = "By day of the week"
    by_district: str = "By postcode district"
    by_ward: str = "By ward"
    by_lsoa: str = "By LSOA"
    by_decile: str = "By deprivation decile"
    by_reach_area: str = "Inside or outside the reach area"
    by_channel: str = "Contacts by channel"
    by_need: str = "Contacts by need"
    by_outcome: str = "Contacts by outcome"
    channel: str = "Channel"
    need: str = "Need"
    outcome: str = "Outcome"
    key: str = "Group"
    reasons: dict[str, str] = field(default_factory=dict)
    codes: dict[str, str] = field(default_factory=dict)  # channel, need, outcome, area words


@dataclass(frozen=True)
class Table:
    name: str  # also the XLSX sheet name (<= 31 characters)
    headers: list[str]
    rows: list[list[Any]]


def _counts_headers(w: ReportWords) -> list[str]:
    return [
        w.visits,
        w.people,
        w.adults,
        w.children,
        *w.bands,
        w.fathers_and_male,
        w.new_visits,
        w.returning_visits,
    ]


def _count_cells(c: Counts, n: Callable[[int], Any]) -> list[Any]:
    values = [c.visits, c.people, c.adults, c.children, *c.children_by_band.values()]
    values += [c.fathers_and_male_carers, c.new_visits, c.returning_visits]
    return [n(v) for v in values]


def tables_of(report: HubReport, w: ReportWords, *, suppressed: bool) -> list[Table]:
    """Every table of the report, in order. Counts are ints on the desk, text when suppressed."""

    def n(v: int) -> Any:
        return shown(v, suppressed=True) if suppressed else int(v)

    s = report.summary
    c: Counts = s.counts
    r: Reach = s.reach
    f = report.follow_ups
    summary_rows: list[list[Any]] = [
        [w.visits, n(c.visits)],
        [w.people, n(c.people)],
        [w.adults, n(c.adults)],
        [w.children, n(c.children)],
        [w.families, n(r.families)],
        [w.children_reached, n(r.children)],
        [w.new_families, n(r.new_families)],
        [w.returning_families, n(r.returning_families)],
        [w.reattending, n(r.reattending_families)],
        [w.reattendance_rate, rate(r.reattending_families, r.families, suppressed=suppressed)],
        [w.new_visits, n(c.new_visits)],
        [w.returning_visits, n(c.returning_visits)],
        [w.anonymous_visits, n(c.anonymous_visits)],
        [w.fathers, n(c.fathers)],
        [w.male_carers, n(c.male_carers)],
        [w.fathers_and_male, n(c.fathers_and_male_carers)],
        [w.families_with_father, n(r.families_with_father)],
        [w.send_children, n(c.send_children)],
        [w.outside, n(sum(x.counts.visits for x in report.by_reach_area if x.key == "outside"))],
        [w.contacts, n(report.contacts.contacts)],
        [w.follow_ups_due, n(f.due)],
        [w.follow_ups_on_time, n(f.done_on_time)],
        [w.follow_ups_late, n(f.done_late)],
        [w.follow_ups_overdue, n(f.overdue)],
    ]
    tables = [Table(w.summary, [w.measure, w.value], summary_rows)]
    bands = [
        [label, n(att), n(reached)]
        for label, att, reached in zip(
            w.bands, c.children_by_band.values(), r.children_by_band.values(), strict=True
        )
    ]
    tables.append(Table(w.age_band, [w.age_band, w.attendances, w.children_reached], bands))

    def breakdown(name: str, rows: list[Row], label: Callable[[Row], str] | None = None) -> None:
        tables.append(
            Table(
                name,
                [w.key, *_counts_headers(w)],
                [[(label or (lambda x: x.label))(x), *_count_cells(x.counts, n)] for x in rows],
            )
        )

    def word(x: Row) -> str:
        return w.reasons.get(str(x.key), w.codes.get(str(x.key), x.label))

    day_rows = [
        Row(day, day.isoformat(), Counts(visits=v, people=s.people_by_day.get(day, 0)))
        for day, v in s.by_day.items()
    ]
    tables.append(
        Table(w.by_day, [w.key, w.visits, w.people],
              [[x.label, n(x.counts.visits), n(x.counts.people)] for x in day_rows])
    )  # fmt: skip
    breakdown(w.by_week, report.by_week)
    breakdown(w.by_month, report.by_month)
    breakdown(w.by_weekday, report.by_weekday)
    breakdown(w.by_hour, report.by_hour)
    breakdown(w.by_site, report.by_site)
    breakdown(w.by_reason, report.by_reason, word)
    breakdown(w.by_activity, report.by_activity)
    breakdown(w.by_district, report.by_district)
    breakdown(w.by_ward, report.by_ward)
    breakdown(w.by_lsoa, report.by_lsoa)
    breakdown(w.by_decile, report.by_decile)
    breakdown(w.by_reach_area, report.by_reach_area, word)
    tables.append(
        Table(w.by_channel, [w.channel, w.contacts],
              [[w.codes.get(str(k), str(k)), n(v)] for k, v in report.contacts_by_channel.items()])
    )  # fmt: skip
    tables.append(
        Table(w.by_need, [w.need, w.contacts],
              [[w.codes.get(k.value, k.value), n(v)] for k, v in report.contacts.by_need.items()])
    )  # fmt: skip
    tables.append(
        Table(w.by_outcome, [w.outcome, w.contacts],
              [[w.codes.get(k.value, k.value), n(v)]
               for k, v in report.contacts.by_outcome.items()])
    )  # fmt: skip
    return tables
