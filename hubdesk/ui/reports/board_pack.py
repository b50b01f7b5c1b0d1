"""The monthly board pack: an A4 PDF that answers, in order, the questions the council's scrutiny
boards ask about Family Hubs (the minutes in the project's shared context; docs/measures.md,
"The board pack", lists each question and the figure that answers it), followed by the tables
behind the answers.

Plain data in (a report, the translated words), HTML out; `summary_pdf.write_summary_pdf`
paints it on a worker. The figures are the report's own: exact for the hub, or the published
(rounded) ones when the pack is for sharing, so every number in the answers is the same as in
the tables and the XLSX of the same report.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from hubdesk.domain.catalogue import Outcome, VoiceAnswer
from hubdesk.measures import SUPPRESSED
from hubdesk.services.reports import HubReport
from hubdesk.ui.desk.words import QT_TRANSLATE_NOOP
from hubdesk.ui.reports.report_tables import ReportWords, Table, cell_text, tables_of
from hubdesk.ui.reports.summary_pdf import _table_html


@dataclass(frozen=True)
class PackWords:
    """The pack's own words (translated on the GUI thread)."""

    title: str = QT_TRANSLATE_NOOP("BoardPack", "Monthly board pack")
    questions: str = QT_TRANSLATE_NOOP("BoardPack", "The scrutiny boards' questions, answered")
    question: str = QT_TRANSLATE_NOOP("BoardPack", "Question")
    answer: str = QT_TRANSLATE_NOOP("BoardPack", "This period")
    asked_by: str = QT_TRANSLATE_NOOP("BoardPack", "Asked by")
    not_measured: str = QT_TRANSLATE_NOOP("BoardPack", "Asked, but not measured by hubdesk")
    tables: str = QT_TRANSLATE_NOOP("BoardPack", "The figures behind the answers")
    exact: str = QT_TRANSLATE_NOOP("BoardPack", "Exact figures, for use inside the hub.")
    shared: str = QT_TRANSLATE_NOOP(
        "BoardPack",
        "For sharing: every figure is rounded to a multiple of 5 and one that rounds to 0 shows "
        'as "<5", so figures may not add up exactly.',
    )
    made: str = QT_TRANSLATE_NOOP(
        "BoardPack", "Made {when}. Days are UK local days. Definitions: docs/measures.md."
    )
    # answers ({...} are figures)
    footfall: str = QT_TRANSLATE_NOOP(
        "BoardPack", "{visits} visits; {people} people ({adults} adults, {children} children)."
    )
    reach: str = QT_TRANSLATE_NOOP(
        "BoardPack",
        "{families} families reached: {new} new, {returning} returning; {children} children "
        "reached.",
    )
    reattend: str = QT_TRANSLATE_NOOP(
        "BoardPack", "{n} families came more than once (re-attendance {rate})."
    )
    ages: str = QT_TRANSLATE_NOOP("BoardPack", "Attendances by age: {bands}.")
    over_16: str = QT_TRANSLATE_NOOP(
        "BoardPack", "{n} attendances by 17-19 year olds; {m} by 12-16 year olds."
    )
    send: str = QT_TRANSLATE_NOOP(
        "BoardPack",
        "{n} attendances by 20-25 year olds with SEND; {m} by children with SEND in all.",
    )
    fathers: str = QT_TRANSLATE_NOOP(
        "BoardPack",
        "{n} fathers and male carers came; {m} families reached came with a father or male carer.",
    )
    outside: str = QT_TRANSLATE_NOOP(
        "BoardPack", "{n} visits from outside the reach area ({share} of visits with a district)."
    )
    deprived: str = QT_TRANSLATE_NOOP(
        "BoardPack", "{n} visits from the most deprived 20% of areas (deciles 1 and 2)."
    )
    sites: str = QT_TRANSLATE_NOOP("BoardPack", "Visits by site: {sites}.")
    help: str = QT_TRANSLATE_NOOP(
        "BoardPack",
        "{n} Here to Help contacts; most asked about: {needs}; {ehr} early help requests raised.",
    )
    follow: str = QT_TRANSLATE_NOOP(
        "BoardPack", "{due} follow-ups due: {on_time} done on time, {late} late, {overdue} overdue."
    )
    groups: str = QT_TRANSLATE_NOOP(
        "BoardPack", "{n} programmes, {sessions} sessions held; the busiest: {top}."
    )
    groups_none: str = QT_TRANSLATE_NOOP("BoardPack", "No timetabled sessions in this period.")
    voice: str = QT_TRANSLATE_NOOP(
        "BoardPack",
        '{n} answers to "how was today?": {happy} good or very good ({share}) of {rated} '
        "with a face.",
    )
    voice_question: str = QT_TRANSLATE_NOOP(
        "BoardPack", '"{question}" (version {version}): yes {yes} of {answered}.'
    )
    none: str = QT_TRANSLATE_NOOP("BoardPack", "none")


@dataclass(frozen=True)
class Question:
    text: str
    asked_by: str
    answer: Callable[[HubReport, dict[str, Table], Callable[[int], str]], str]


def _fig(suppressed: bool) -> Callable[[int], str]:
    def fig(v: int) -> str:
        return SUPPRESSED if suppressed and v == 0 else f"{v:,}"

    return fig


def _rate(num: int, den: int, suppressed: bool) -> str:
    if den <= 0 or (suppressed and (num < 5 or den < 5)):
        return "–"
    return f"{100 * num / den:.0f}%"


def questions(
    w: ReportWords, p: PackWords, tr: Callable[[str], str], *, suppressed: bool
) -> tuple[list[Question], list[tuple[str, str]]]:
    """The boards' questions this pack answers, and those it cannot (with who asked).
    `tr` translates the questions (the GUI thread's `self.tr`)."""

    def bands(r: HubReport, _t: dict[str, Table], f: Callable[[int], str]) -> str:
        values = r.summary.counts.children_by_band.values()
        text = "; ".join(f"{b}: {f(v)}" for b, v in zip(w.bands, values, strict=True))
        return p.ages.format(bands=text)

    def outside(r: HubReport, _t: dict[str, Table], f: Callable[[int], str]) -> str:
        if not r.reach_districts:
            return w.no_reach_area
        got = {x.key: x.counts.visits for x in r.by_reach_area}
        n, inside = got.get("outside", 0), got.get("inside", 0)
        return p.outside.format(n=f(n), share=_rate(n, n + inside, suppressed))

    def deprived(r: HubReport, _t: dict[str, Table], f: Callable[[int], str]) -> str:
        if all(x.key is None for x in r.by_decile):
            return w.no_lookup if r.postcodes_loaded == 0 else w.no_full_postcode
        n = sum(x.counts.visits for x in r.by_decile if x.key in (1, 2))
        return p.deprived.format(n=f(n))

    def sites(r: HubReport, _t: dict[str, Table], f: Callable[[int], str]) -> str:
        text = "; ".join(f"{x.label}: {f(x.counts.visits)}" for x in r.by_site)
        return p.sites.format(sites=text or p.none)

    def helped(r: HubReport, _t: dict[str, Table], f: Callable[[int], str]) -> str:
        needs = sorted(r.contacts.by_need.items(), key=lambda kv: -kv[1])
        top = ", ".join(f"{w.code(k.value)} ({f(v)})" for k, v in needs[:3] if v) or p.none
        ehr = r.contacts.by_outcome.get(Outcome.EARLY_HELP_REQUEST, 0)
        return p.help.format(n=f(r.contacts.contacts), needs=top, ehr=f(ehr))

    def groups(r: HubReport, _t: dict[str, Table], f: Callable[[int], str]) -> str:
        if not r.by_programme:
            return p.groups_none
        top = ", ".join(
            f"{x.name} ({f(x.counts.visits)})" for x in r.by_programme[:3] if x.counts.visits
        )
        held = sum(x.sessions for x in r.by_programme)
        return p.groups.format(n=len(r.by_programme), sessions=held, top=top or p.none)

    def voiced(r: HubReport, _t: dict[str, Table], f: Callable[[int], str]) -> str:
        v = r.voice
        if v is None:
            return w.no_voice
        t = v.total
        text = p.voice.format(
            n=f(t.answers), happy=f(t.happy), share=_rate(t.happy, t.rated, suppressed),
            rated=f(t.rated),
        )  # fmt: skip
        for q in r.voice_questions:
            c = v.by_version.get((r.hub_id, q.version))
            if c is None or not c.answered(q.position):
                continue
            words = (
                q.wording.get(w.language)
                or q.wording.get("en")
                or w.voice_question_words.get(q.code, q.code)
            )
            text += " " + p.voice_question.format(
                question=words, version=q.version,
                yes=f(c.said(q.position, VoiceAnswer.YES)), answered=f(c.answered(q.position)),
            )  # fmt: skip
        return text

    coventry = tr(QT_TRANSLATE_NOOP("BoardPack", "Coventry scrutiny board"))
    northumberland = tr(QT_TRANSLATE_NOOP("BoardPack", "Northumberland"))
    staffordshire = tr(QT_TRANSLATE_NOOP("BoardPack", "Staffordshire scrutiny committee"))
    bradford = tr(QT_TRANSLATE_NOOP("BoardPack", "Bradford"))
    asked = [
        Question(
            tr(QT_TRANSLATE_NOOP("BoardPack", "How many people come to the hub (footfall)?")),
            coventry,
            lambda r, _t, f: p.footfall.format(
                visits=f(r.summary.counts.visits),
                people=f(r.summary.counts.people),
                adults=f(r.summary.counts.adults),
                children=f(r.summary.counts.children),
            ),
        ),
        Question(
            tr(
                QT_TRANSLATE_NOOP(
                    "BoardPack",
                    "How many children, young people and families does the hub reach, and how many "
                    "are new?",
                )
            ),
            coventry,
            lambda r, _t, f: p.reach.format(
                families=f(r.summary.reach.families),
                new=f(r.summary.reach.new_families),
                returning=f(r.summary.reach.returning_families),
                children=f(r.summary.reach.children),
            ),
        ),
        Question(
            tr(
                QT_TRANSLATE_NOOP(
                    "BoardPack",
                    "Do families come back? (re-attendance; hubdesk does not record re-referrals)",
                )
            ),
            coventry,
            lambda r, _t, f: p.reattend.format(
                n=f(r.summary.reach.reattending_families),
                rate=_rate(
                    r.summary.reach.reattending_families, r.summary.reach.families, suppressed
                ),
            ),
        ),
        Question(
            tr(
                QT_TRANSLATE_NOOP(
                    "BoardPack",
                    "What ages are the children? Is the 0-2 and 0-5 work (Start for Life) kept up?",
                )
            ),
            f"{coventry}; {northumberland}; {staffordshire}",
            bands,
        ),
        Question(
            tr(QT_TRANSLATE_NOOP("BoardPack", "Are young people over 16 supported?")),
            coventry,
            lambda r, _t, f: p.over_16.format(
                n=f(r.summary.counts.children_17_19), m=f(r.summary.counts.children_12_16)
            ),
        ),
        Question(
            tr(QT_TRANSLATE_NOOP("BoardPack", "Are young people aged 19-25 with SEND reached?")),
            f"{coventry}; {staffordshire}",
            lambda r, _t, f: p.send.format(
                n=f(r.summary.counts.children_20_25), m=f(r.summary.counts.send_children)
            ),
        ),
        Question(
            tr(QT_TRANSLATE_NOOP("BoardPack", "Are fathers engaged?")),
            northumberland,
            lambda r, _t, f: p.fathers.format(
                n=f(r.summary.counts.fathers_and_male_carers),
                m=f(r.summary.reach.families_with_father),
            ),
        ),
        Question(
            tr(
                QT_TRANSLATE_NOOP(
                    "BoardPack",
                    "Do people use the hub the map allocates to them, or travel to another?",
                )
            ),
            coventry,
            outside,
        ),
        Question(
            tr(QT_TRANSLATE_NOOP("BoardPack", "Does the hub reach the most deprived areas?")),
            f"{staffordshire}; {northumberland}",
            deprived,
        ),
        Question(
            tr(
                QT_TRANSLATE_NOOP(
                    "BoardPack", "How much happens at outreach points and spokes in the community?"
                )
            ),
            f"{coventry}; {northumberland}",
            sites,
        ),
        Question(
            tr(
                QT_TRANSLATE_NOOP(
                    "BoardPack",
                    "What do people ask Here to Help for, and how many requests for early help?",
                )
            ),
            f"{coventry}; {northumberland}",
            helped,
        ),
        Question(
            tr(
                QT_TRANSLATE_NOOP(
                    "BoardPack",
                    "Is the help given on time? (follow-ups, for the performance framework)",
                )
            ),
            staffordshire,
            lambda r, _t, f: p.follow.format(
                due=f(r.follow_ups.due),
                on_time=f(r.follow_ups.done_on_time),
                late=f(r.follow_ups.done_late),
                overdue=f(r.follow_ups.overdue),
            ),
        ),
        Question(
            tr(QT_TRANSLATE_NOOP("BoardPack", "Which groups run, and who comes to them?")),
            f"{northumberland}; {coventry}",
            groups,
        ),
        Question(
            tr(
                QT_TRANSLATE_NOOP(
                    "BoardPack",
                    "What do families say about the hub? (family voice and experience)",
                )
            ),
            f"{staffordshire}; {coventry}; {northumberland}",
            voiced,
        ),
    ]
    staff_ages = QT_TRANSLATE_NOOP("BoardPack", "Are staff confident working with every age range?")
    worker = QT_TRANSLATE_NOOP(
        "BoardPack", "Do families keep the same support worker? Are staff retained?"
    )
    caseload = QT_TRANSLATE_NOOP(
        "BoardPack", "What is the impact on social work caseloads, compared with before?"
    )
    outcomes = QT_TRANSLATE_NOOP(
        "BoardPack", "What difference did the help make to families (outcomes, case studies)?"
    )
    estate = QT_TRANSLATE_NOOP(
        "BoardPack", "How is public sector estate shared with health and other services?"
    )
    unanswered = [
        (tr(staff_ages), bradford),
        (tr(worker), bradford),
        (tr(caseload), bradford),
        (tr(outcomes), f"{coventry}; {staffordshire}"),
        (tr(estate), northumberland),
    ]
    return asked, unanswered


def board_pack_html(
    report: HubReport,
    w: ReportWords,
    p: PackWords,
    tr: Callable[[str], str],
    *,
    subtitle: str,
    made: datetime,
    suppressed: bool,
) -> str:
    """The pack as HTML for QTextDocument. `report` is already published when `suppressed`."""
    e = html.escape
    fig = _fig(suppressed)
    tables = {t.name: t for t in tables_of(report, w, suppressed=suppressed)}
    asked, unanswered = questions(w, p, tr, suppressed=suppressed)
    summary = tables[w.summary]
    tiles = "".join(
        f"<td width='20%' valign=top><span style='font-size:15pt'><b>"
        f"{e(cell_text(v, ''))}</b></span><br>{e(k)}</td>" + ("</tr><tr>" if i == 4 else "")
        for i, (k, v) in enumerate(summary.rows[:10])
    )
    answers = "".join(
        f"<tr><td valign=top width='5%' nowrap>{i}.</td>"
        f"<td valign=top width='38%'><b>{e(q.text)}</b>"
        f"<br><span style='color:#555; font-size:8pt'>{e(q.asked_by)}</span></td>"
        f"<td valign=top>{e(q.answer(report, tables, fig))}</td></tr>"
        for i, q in enumerate(asked, 1)
    )
    missing = "".join(f"<li>{e(text)} <i>({e(who)})</i></li>" for text, who in unanswered)

    def section(name: str, value_col: int = 1) -> str:
        t = tables[name]
        note = f"<p style='background:#fff4ce; padding:4px'>{e(t.note)}</p>" if t.note else ""
        return _table_html(t, value_col) + note

    programme = tables[w.by_programme]
    shown = (0, 1, 3, 4, 5, 7, 8)  # programme, site, first, last, sessions, visits, people
    prog_rows = "".join(
        "<tr>" + "".join(
            f"<td{' align=right' if i >= 5 else ''}>"
            f"{e(cell_text(row[i], programme.format_of(i, row[i])))}</td>"
            for i in shown
        ) + "</tr>"
        for row in programme.rows[:15]
    )  # fmt: skip
    prog_head = "".join(
        f"<th align={'right' if i >= 5 else 'left'}>{e(programme.headers[i])}</th>" for i in shown
    )
    parts = [
        "<html><body style='font-family: sans-serif; font-size: 9.5pt'>",
        f"<h1>{e(p.title)}</h1><p><b>{e(subtitle)}</b><br>{e(p.shared if suppressed else p.exact)}"
        "</p>",
        f"<table cellspacing=6 cellpadding=4 width='100%'><tr>{tiles}</tr></table>",
        f"<h2>{e(p.questions)}</h2>",
        f"<table cellspacing=0 cellpadding=4 border=1 width='100%' style='border-color:#ccc'>"
        f"<tr><th></th><th align=left>{e(p.question)}</th><th align=left>{e(p.answer)}</th>"
        f"</tr>{answers}</table>",
        f"<h3>{e(p.not_measured)}</h3><ul>{missing}</ul>",
        f"<h2 style='page-break-before: always'>{e(p.tables)}</h2>",
        section(w.age_band),
        section(w.by_month),
        section(w.by_site),
        f"<h3>{e(w.by_programme)}</h3>",
        (
            f"<table cellspacing=0 cellpadding=3 width='100%'><tr>{prog_head}</tr>{prog_rows}"
            "</table>"
            if programme.rows
            else f"<p>{e(p.groups_none)}</p>"
        ),
        section(w.by_reason),
        section(w.by_district),
        section(w.by_reach_area),
        section(w.by_decile),
        section(w.by_need),
        section(w.by_outcome),
        # family voice: the answers and each question of each version (docs/measures.md)
        *(section(name, 1) for name in (w.voice, w.voice_questions) if name in tables),
        f"<p style='font-size:8pt; color:#555'>"
        f"{e(p.made.format(when=made.strftime('%d %b %Y %H:%M')))}</p>",
        "</body></html>",
    ]
    return "".join(parts)


def _texts() -> tuple[str, ...]:
    """Every question and asker, in English: the page translates them on the GUI thread
    (context "BoardPack") and hands the worker the words."""
    seen: list[str] = []

    def record(text: str) -> str:
        seen.append(text)
        return text

    questions(ReportWords(), PackWords(), record, suppressed=False)
    return tuple(dict.fromkeys(seen))


PACK_QUESTIONS = _texts()
