"""A report as tables: what the screen's tables, the CSV/XLSX export and the PDF all show.

Plain Python (no Qt), so it runs on a worker. Words arrive translated from the GUI thread.
Cells are typed for the spreadsheet: counts are ints, rates floats (a fraction, shown as a
percentage), days and months `date`s; text is only for labels. The hub's own figures are exact,
0 included. `suppressed=True` is for a report whose figures were published for sharing beyond
the hub (`ReportService.published`: every count rounded to a multiple of 5); there a published 0
means "0 to 4" and is written "<5", the one text a figure column can hold.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from hubdesk.domain.catalogue import VoiceAnswer
from hubdesk.measures import SUPPRESSED, Counts, Reach
from hubdesk.measures.voice import VoiceCounts
from hubdesk.services.reports import NOT_KNOWN, HubReport, Programme, Row


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
    by_reach_area: str = "Inside or outside reach area"
    by_channel: str = "Contacts by channel"
    by_need: str = "Contacts by need"
    by_outcome: str = "Contacts by outcome"
    channel: str = "Channel"
    need: str = "Need"
    outcome: str = "Outcome"
    key: str = "Group"
    by_programme: str = "By programme"
    by_session: str = "By session"
    programme: str = "Programme"
    site: str = "Site"
    kind: str = "Kind of activity"
    first_session: str = "First session"
    last_session: str = "Last session"
    sessions: str = "Sessions held"
    sessions_with_visits: str = "Sessions with visits"
    day: str = "Date"
    week: str = "Week beginning"
    month: str = "Month"
    time: str = "Starts"
    cancelled: str = "Cancelled"
    yes: str = "Yes"
    no: str = "No"
    booked: str = "Booked"
    attended: str = "Attended"
    no_shows: str = "No-shows"
    not_known: str = "Not known"
    decile: str = "Decile {n}"
    decile_most: str = "Decile 1 (most deprived)"
    decile_least: str = "Decile 10 (least deprived)"
    no_visits: str = "Nobody signed in during this period."
    no_lookup: str = (
        "Every visit is 'Not known' here because no postcode lookup is loaded on this desk: "
        "visits carry no ward, LSOA or "
        "deprivation decile. Load the council's postcode lookup in Hub settings; visits from "
        "then on are counted by area."
    )
    no_full_postcode: str = (
        "Not known for every visit: none in this period had a full postcode found in the "
        "postcode lookup."
    )
    no_postcode_given: str = "Not known for every visit: nobody in this period gave a postcode."
    no_reach_area: str = (
        "Every visit is 'Reach area not set' here because this hub has no reach area set, so "
        "no visit can be inside or outside it. "
        "Set the reach area (the postcode districts the council's map gives this hub) in Hub "
        "settings."
    )
    # family voice (issue 23)
    voice: str = "Family voice"
    voice_by_site: str = "Family voice by site"
    voice_by_reason: str = "Family voice by reason"
    voice_by_activity: str = "Family voice by session"
    voice_by_month: str = "Family voice by month"
    voice_questions: str = "Family voice questions"
    voice_answers: str = "Answers"
    voice_rated: str = "With a face"
    faces: tuple[str, ...] = ("Very good", "Good", "Could be better", "Not good")  # 4 to 1
    voice_happy: str = "Good or very good"
    version: str = "Version"
    question: str = "Question"
    answered: str = "Answered"
    voice_answer_words: tuple[str, ...] = ("Yes", "A little", "No")
    yes_share: str = "Yes (share)"
    no_session: str = "No timetabled session"
    no_voice: str = "No family said how their day was in this period."
    voice_question_words: dict[str, str] = field(default_factory=dict)  # code -> words
    language: str = "en"  # a hub's own wording of a question in this language, if it has one
    reasons: dict[str, str] = field(default_factory=dict)
    codes: dict[str, str] = field(default_factory=dict)  # channel, need, outcome, area, kind

    def code(self, value: Any) -> str:
        """The words for a code; a code with no words is never shown as it is stored."""
        if value is None:
            return self.not_known
        text = str(value)
        if text == NOT_KNOWN:
            return self.not_known
        if text in self.reasons:
            return self.reasons[text]
        if text in self.codes:
            return self.codes[text]
        return humane(text)


_CODE = re.compile(r"^[a-z0-9]+(_[a-z0-9]+)+$")


def humane(text: str) -> str:
    """A snake_case code as words ("child_development" -> "Child development"): the last
    resort for a code the ui has no words for, so that no stored code reaches a person."""
    if _CODE.match(text):
        return text.replace("_", " ").capitalize()
    return text


# What a column holds: the spreadsheet's number format and the screen's rendering follow it.
TEXT, COUNT, PERCENT, DAY, MONTH = "text", "count", "percent", "day", "month"

# the programme table's booking columns, shown when the bookings work fills them in
# (ReportService._programme_attendance; ProgrammeAttendance)
PROGRAMME_ATTENDANCE = ("booked", "attended", "no_shows")


@dataclass(frozen=True)
class Table:
    name: str  # also the XLSX sheet name (<= 31 characters)
    headers: list[str]
    rows: list[list[Any]]
    formats: list[str] = field(default_factory=list)  # per column; missing: by the value
    note: str = ""  # why the table is empty or says "Not known", and how to fix it
    fix: str = ""  # where the desk fixes it: "postcodes", "reach" or ""

    def format_of(self, column: int, value: Any) -> str:
        if column < len(self.formats) and self.formats[column] != TEXT:
            return self.formats[column]
        if isinstance(value, (bool, str)) or value is None:
            return TEXT
        if isinstance(value, int):
            return COUNT
        if isinstance(value, float):
            return PERCENT
        if isinstance(value, date):
            return DAY
        return TEXT


def is_figure(value: Any) -> bool:
    """A cell that holds a figure (a number, or "<5" for a shared small count)."""
    return (isinstance(value, (int, float)) and not isinstance(value, bool)) or value == SUPPRESSED


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


def _decile(w: ReportWords, key: Any) -> str:
    if key is None or str(key) == NOT_KNOWN:
        return w.not_known
    n = int(key)
    if n == 1:
        return w.decile_most
    if n == 10:
        return w.decile_least
    return w.decile.format(n=n)


def tables_of(report: HubReport, w: ReportWords, *, suppressed: bool) -> list[Table]:
    """Every table of the report, in order. Counts are ints; when `suppressed` (a published
    report), a count published as 0 is "<5"."""

    def n(v: int) -> Any:
        return SUPPRESSED if suppressed and v == 0 else int(v)

    def ratio(num: int, den: int) -> Any:
        if den <= 0 or (suppressed and den < 5):
            return None  # nothing to divide by (or too few to say, when shared)
        if suppressed and num == 0:
            return SUPPRESSED
        return num / den

    s = report.summary
    c: Counts = s.counts
    r: Reach = s.reach
    f = report.follow_ups
    outside = sum(x.counts.visits for x in report.by_reach_area if x.key == "outside")
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
        [w.reattendance_rate, ratio(r.reattending_families, r.families)],
        [w.new_visits, n(c.new_visits)],
        [w.returning_visits, n(c.returning_visits)],
        [w.anonymous_visits, n(c.anonymous_visits)],
        [w.fathers, n(c.fathers)],
        [w.male_carers, n(c.male_carers)],
        [w.fathers_and_male, n(c.fathers_and_male_carers)],
        [w.families_with_father, n(r.families_with_father)],
        [w.send_children, n(c.send_children)],
        [w.outside, n(outside) if report.reach_districts else None],  # no area: not known
        [w.contacts, n(report.contacts.contacts)],
        [w.follow_ups_due, n(f.due)],
        [w.follow_ups_on_time, n(f.done_on_time)],
        [w.follow_ups_late, n(f.done_late)],
        [w.follow_ups_overdue, n(f.overdue)],
    ]
    tables = [Table(w.summary, [w.measure, w.value], summary_rows, [TEXT, TEXT])]
    bands = [
        [label, n(att), n(reached)]
        for label, att, reached in zip(
            w.bands, c.children_by_band.values(), r.children_by_band.values(), strict=True
        )
    ]
    tables.append(
        Table(w.age_band, [w.age_band, w.attendances, w.children_reached], bands,
              [TEXT, COUNT, COUNT])
    )  # fmt: skip

    def breakdown(
        name: str,
        rows: list[Row],
        label: Callable[[Row], Any] | None = None,
        *,
        key_header: str | None = None,
        key_format: str = TEXT,
        note: str = "",
        fix: str = "",
    ) -> None:
        cells = [[(label or (lambda x: w.code(x.label)))(x), *_count_cells(x.counts, n)]
                 for x in rows]  # fmt: skip
        headers = [key_header or w.key, *_counts_headers(w)]
        if not rows and not note and c.visits == 0:
            note = w.no_visits
        tables.append(
            Table(name, headers, cells, [key_format] + [COUNT] * (len(headers) - 1), note, fix)
        )

    def word(x: Row) -> str:
        return w.code(x.key)

    def unknown_only(rows: list[Row]) -> bool:
        return bool(rows) and all(x.key is None for x in rows)

    breakdown(w.by_day, report.by_day, lambda x: x.key, key_header=w.day, key_format=DAY)
    breakdown(w.by_week, report.by_week, lambda x: x.key, key_header=w.week, key_format=DAY)
    breakdown(w.by_month, report.by_month, lambda x: x.key, key_header=w.month,
              key_format=MONTH)  # fmt: skip
    breakdown(w.by_weekday, report.by_weekday)
    breakdown(w.by_hour, report.by_hour)
    breakdown(w.by_site, report.by_site, key_header=w.site)
    breakdown(w.by_reason, report.by_reason, word)
    tables.append(_programme_table(report.by_programme, w, n))
    tables.append(_session_table(report, w, n))
    lookup = report.postcodes_loaded > 0

    def area_note(rows: list[Row]) -> tuple[str, str]:
        if not unknown_only(rows):
            return "", ""  # some areas known (or nobody came: said by `breakdown`)
        if not lookup:
            return w.no_lookup, "postcodes"
        return w.no_full_postcode, ""

    breakdown(w.by_district, report.by_district,
              note=w.no_postcode_given if unknown_only(report.by_district) else "")  # fmt: skip
    wards = report.ward_names

    def ward(x: Row) -> str:
        if x.key is None:
            return w.not_known
        name = wards.get(str(x.key))
        return f"{name} ({x.key})" if name else str(x.key)

    note, fix = area_note(report.by_ward)
    breakdown(w.by_ward, report.by_ward, ward, note=note, fix=fix)
    note, fix = area_note(report.by_lsoa)
    breakdown(w.by_lsoa, report.by_lsoa, note=note, fix=fix)
    note, fix = area_note(report.by_decile)
    breakdown(w.by_decile, report.by_decile, lambda x: _decile(w, x.key), note=note, fix=fix)
    reach_note = "" if report.reach_districts else w.no_reach_area
    breakdown(w.by_reach_area, report.by_reach_area, word, note=reach_note,
              fix="reach" if reach_note else "")  # fmt: skip
    tables.append(
        Table(w.by_channel, [w.channel, w.contacts],
              [[w.code(k), n(v)] for k, v in report.contacts_by_channel.items()],
              [TEXT, COUNT])
    )  # fmt: skip
    tables.append(
        Table(w.by_need, [w.need, w.contacts],
              [[w.code(k.value), n(v)] for k, v in report.contacts.by_need.items()],
              [TEXT, COUNT])
    )  # fmt: skip
    tables.append(
        Table(w.by_outcome, [w.outcome, w.contacts],
              [[w.code(k.value), n(v)] for k, v in report.contacts.by_outcome.items()],
              [TEXT, COUNT])
    )  # fmt: skip
    tables += _voice_tables(report, w, n, ratio)
    return tables


def _voice_tables(
    report: HubReport,
    w: ReportWords,
    n: Callable[[int], Any],
    ratio: Callable[[int, int], Any],
) -> list[Table]:
    """Family voice (docs/measures.md, "Family voice"): the answers, by site, reason, session
    and month, and each question of each version of the hub's questions."""
    v = report.voice
    if v is None:
        return []
    headers = [w.key, w.voice_answers, w.voice_rated, *w.faces, w.voice_happy]
    formats = [TEXT] + [COUNT] * (len(headers) - 2) + [PERCENT]

    def cells(c: VoiceCounts) -> list[Any]:
        faces = [c.face_4, c.face_3, c.face_2, c.face_1]
        return [n(c.answers), n(c.rated), *(n(f) for f in faces), ratio(c.happy, c.rated)]

    note = w.no_voice if v.total.answers == 0 and not report.published else ""
    summary = [[w.voice, *cells(v.total)]]
    out = [Table(w.voice, headers, summary, formats, note)]

    def grouped(name: str, groups: dict[Any, VoiceCounts], label: Callable[[Any], str]) -> None:
        rows = sorted(([label(k), *cells(c)] for k, c in groups.items()), key=lambda r: r[0])
        out.append(Table(name, headers, rows, formats))

    names = report.voice_names
    grouped(w.voice_by_site, v.by_site, lambda k: names.get(k, w.not_known))
    grouped(w.voice_by_reason, v.by_reason, w.code)
    grouped(
        w.voice_by_activity, v.by_activity,
        lambda k: w.no_session if k is None else names.get(k, w.not_known),
    )  # fmt: skip
    months = [[k, *cells(c)] for k, c in sorted(v.by_month.items())]
    out.append(Table(w.voice_by_month, [w.month, *headers[1:]], months, [MONTH, *formats[1:]]))
    q_headers = [w.version, w.question, w.answered, *w.voice_answer_words, w.yes_share]
    q_rows: list[list[Any]] = []
    for q in report.voice_questions:
        c = v.by_version.get((report.hub_id, q.version))
        if c is None:
            continue
        words = (
            q.wording.get(w.language)
            or q.wording.get("en")
            or w.voice_question_words.get(q.code, q.code)
        )
        said = [c.said(q.position, a) for a in VoiceAnswer]
        answered = c.answered(q.position)
        q_rows.append(
            [q.version, words, n(answered), *(n(x) for x in said), ratio(said[0], answered)]
        )
    out.append(
        Table(w.voice_questions, q_headers, q_rows,
              [COUNT, TEXT, COUNT, COUNT, COUNT, COUNT, PERCENT])
    )  # fmt: skip
    return out


def _programme_table(programmes: list[Programme], w: ReportWords, n: Callable[[int], Any]) -> Table:
    """One row per programme (a repeating activity): its dates, sessions and visits; the
    booking columns when a session of the period was booked (PROGRAMME_ATTENDANCE)."""
    booked = any(p.attendance is not None for p in programmes)
    headers = [w.programme, w.site, w.kind, w.first_session, w.last_session, w.sessions,
               w.sessions_with_visits, w.visits, w.people, w.children, w.fathers_and_male,
               w.new_visits]  # fmt: skip
    formats = [TEXT, TEXT, TEXT, DAY, DAY, COUNT, COUNT, COUNT, COUNT, COUNT, COUNT, COUNT]
    if booked:
        headers += [w.booked, w.attended, w.no_shows]
        formats += [COUNT] * 3
    rows = []
    for p in programmes:
        c = p.counts
        row: list[Any] = [p.name, p.site_name, w.code(p.kind), p.first, p.last, p.sessions,
                          p.sessions_with_visits, n(c.visits), n(c.people), n(c.children),
                          n(c.fathers_and_male_carers), n(c.new_visits)]  # fmt: skip
        if booked:
            a = p.attendance
            row += [n(getattr(a, k)) if a is not None else None for k in PROGRAMME_ATTENDANCE]
        rows.append(row)
    return Table(w.by_programme, headers, rows, formats, "" if rows else w.no_visits)


def _session_table(report: HubReport, w: ReportWords, n: Callable[[int], Any]) -> Table:
    headers = [w.day, w.time, w.programme, w.site, w.kind, w.cancelled, w.visits, w.people,
               w.children]  # fmt: skip
    rows = [
        [s.day, s.starts, s.programme, s.site_name, w.code(s.kind),
         w.yes if s.cancelled else w.no, n(s.counts.visits), n(s.counts.people),
         n(s.counts.children)]
        for s in report.by_session
    ]  # fmt: skip
    formats = [DAY, TEXT, TEXT, TEXT, TEXT, TEXT, COUNT, COUNT, COUNT]
    return Table(w.by_session, headers, rows, formats)


def cell_text(value: Any, kind: str) -> str:
    """A typed cell as the screen and the PDF show it: 1,234; 42%; 19 Oct 2026; Oct 2026."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, int):
        return f"{value:,}"
    if isinstance(value, float):
        return f"{100 * value:.0f}%"
    if isinstance(value, date):
        return value.strftime("%b %Y") if kind == MONTH else value.strftime("%d %b %Y")
    return str(value)
