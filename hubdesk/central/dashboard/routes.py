"""The dashboard's pages and CSV export, mounted under /dashboard on the central service.

Every page needs a signed-in dashboard user. Every count shown or exported goes through
`hubdesk.measures.suppress` ("<5"). Pages are plain HTML with server-drawn SVG charts: no script,
nothing from the internet (the Content-Security-Policy says so too).
"""

from __future__ import annotations

import collections
import csv
import io
import uuid
from collections.abc import Callable
from datetime import date, datetime
from importlib import resources
from typing import Any
from urllib.parse import parse_qs, urlencode

from fastapi import APIRouter, FastAPI, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from jinja2 import Environment, PackageLoader, select_autoescape

from hubdesk.central.dashboard import charts, queries
from hubdesk.central.dashboard.auth import (
    COOKIE,
    LOGIN_CSRF_COOKIE,
    DashUser,
    LoginBrake,
    Sessions,
    check_password,
    load_user,
)
from hubdesk.central.store import CentralStore
from hubdesk.domain.catalogue import VoiceAnswer
from hubdesk.domain.errors import ValidationError
from hubdesk.measures import HUB_TZ, Counts, Dim, Period, Reach, last_twelve_months, rate, suppress
from hubdesk.measures.suppress import is_suppressed
from hubdesk.measures.voice import VoiceCounts, VoiceReport

PREFIX = "/dashboard"
MAX_FORM_BYTES = 4096
HEADERS = {
    "Content-Security-Policy": (
        "default-src 'none'; style-src 'self'; img-src 'self' data:; form-action 'self'; "
        "frame-ancestors 'none'; base-uri 'none'"
    ),
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "Cache-Control": "no-store",
    "X-Frame-Options": "DENY",
}
AREA_DIMS = {"district": Dim.DISTRICT, "ward": Dim.WARD, "lsoa": Dim.LSOA, "decile": Dim.DECILE}
AREA_TITLES = {
    "district": "Postcode district",
    "ward": "Ward",
    "lsoa": "LSOA",
    "decile": "Deprivation decile (IMD)",
}
REASONS = {
    "activity": "Timetabled activity",
    "here_to_help": "Here to Help",
    "health_visitor": "Health visitor",
    "appointment": "Appointment",
    "just_visiting": "Just visiting",
    "other": "Other",
}
BANDS = ("0-1", "2-4", "5-11", "12-16", "17-19", "20-25 (SEND)")
FACES = ("Very good", "Good", "Could be better", "Not good")  # faces 4 to 1
ANSWERS = (("yes", "Yes"), ("partly", "A little"), ("no", "No"))
QUESTIONS = {
    "got_help": "Did you get the help you came for?",
    "tell_friend": "Would you tell a friend about the hub?",
    "felt_welcome": "Did you feel welcome?",
    "learned_something": "Did you learn something useful today?",
    "child_enjoyed": "Did your child enjoy it?",
    "custom": "(the hub's own question)",
}


def fmt(n: int | None) -> str:
    """A published count as the dashboard shows it: "<5" for 0 (the rounding of 0 to 4), else
    with thousands separators; "-" for a figure not published (reach over several hubs)."""
    if n is None:
        return NOT_SHOWN
    return suppress(n) if is_suppressed(n) else f"{n:,}"


NOT_SHOWN = "-"


def shown_rate(numerator: int | None, denominator: int | None) -> str:
    if numerator is None or denominator is None:
        return NOT_SHOWN
    return rate(numerator, denominator)


class HiddenReach:
    """Reach over a selection of several hubs: not published (the difference between two
    selections would count one hub's families); every figure shows as "-"."""

    def __getattr__(self, name: str) -> Any:
        if name == "children_by_band":
            return collections.defaultdict(lambda: None)
        return None


def _csv_cell(value: object) -> str:
    text = str(value)
    # a cell a spreadsheet would run as a formula is quoted as text
    return "'" + text if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text


def today_london() -> date:
    return datetime.now(HUB_TZ).date()


def _period(request: Request) -> Period:
    """The period asked for, as the whole months it touches (`queries.publish_period`): the
    dashboard publishes months only. `from` and `to` are months (YYYY-MM) or days in them."""
    q = request.query_params
    today = today_london()
    default_start = last_twelve_months(today).start
    values: dict[str, date] = {}
    for name, default in (("from", default_start), ("to", today)):
        raw = (q.get(name) or "").strip()
        if not raw:
            values[name] = default
            continue
        try:
            values[name] = date.fromisoformat(raw if len(raw) != 7 else raw + "-01")
        except ValueError:
            raise ValidationError(name, "not_a_date", "must be a month (YYYY-MM)") from None
    if values["to"] < values["from"]:
        raise ValidationError("to", "before_start", "must not be before the start")
    return queries.publish_period(Period(values["from"], values["to"]), today)


def _hub_filter(request: Request, hubs: list[queries.HubRef]) -> list[queries.HubRef]:
    wanted = {h.strip().upper() for h in request.query_params.getlist("hub") if h.strip()}
    if not wanted:
        return []
    chosen = [h for h in hubs if h.code in wanted]
    if len(chosen) != len(wanted):
        raise ValidationError("hub", "unknown_hub", "is not a hub this service knows")
    return chosen


def _templates() -> Environment:
    env = Environment(
        loader=PackageLoader("hubdesk.central.dashboard", "templates"),
        autoescape=select_autoescape(["html"]),
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["n"] = fmt
    env.globals["rate"] = shown_rate
    env.globals["REASONS"] = REASONS
    env.globals["BANDS"] = BANDS
    return env


def mount_dashboard(
    app: FastAPI,
    store: CentralStore,
    sessions: Sessions | None = None,
    brake: LoginBrake | None = None,
) -> None:
    """Add the dashboard's routes to the service's app."""
    app.include_router(build_router(store, sessions or Sessions(store), brake or LoginBrake()))


def build_router(store: CentralStore, sessions: Sessions, brake: LoginBrake) -> APIRouter:
    router = APIRouter(prefix=PREFIX, include_in_schema=False)
    env = _templates()
    css = resources.files("hubdesk.central.dashboard").joinpath("static/dashboard.css").read_text()

    def page(name: str, status: int = 200, **context: Any) -> HTMLResponse:
        context.setdefault("path", "")
        context.setdefault("query", "")
        html = env.get_template(name).render(prefix=PREFIX, **context)
        return HTMLResponse(html, status_code=status, headers=HEADERS)

    def cookie_flags(request: Request) -> dict[str, Any]:
        return {
            "httponly": True,
            "samesite": "strict",
            "secure": request.url.scheme == "https",
            "path": PREFIX,
        }

    async def current(request: Request) -> tuple[DashUser, str] | None:
        cookie = request.cookies.get(COOKIE)
        user_id = await run_in_threadpool(sessions.read, cookie)
        if user_id is None or cookie is None:
            return None
        user = await run_in_threadpool(load_user, store, user_id)
        return (user, cookie) if user is not None else None

    async def form(request: Request) -> dict[str, str]:
        if request.headers.get("content-type", "").split(";")[0].strip() != (
            "application/x-www-form-urlencoded"
        ):
            return {}
        body = b""
        async for chunk in request.stream():
            body += chunk
            if len(body) > MAX_FORM_BYTES:
                return {}
        parsed = parse_qs(body.decode("utf-8", "replace"), max_num_fields=10)
        return {k: v[0] for k, v in parsed.items() if v}

    def to_login() -> Response:
        return RedirectResponse(f"{PREFIX}/login", status_code=303, headers=HEADERS)

    @router.get("/static/dashboard.css")
    def stylesheet() -> Response:
        return Response(css, media_type="text/css", headers={"Cache-Control": "max-age=3600"})

    @router.get("/login")
    async def login_form(request: Request) -> Response:
        token = uuid.uuid4().hex
        response = page("login.html", csrf=token, error=None, username="")
        response.set_cookie(LOGIN_CSRF_COOKIE, token, max_age=1800, **cookie_flags(request))
        return response

    @router.post("/login")
    async def login(request: Request) -> Response:
        data = await form(request)
        expected = request.cookies.get(LOGIN_CSRF_COOKIE) or ""
        token = uuid.uuid4().hex
        username = data.get("username", "")[:60]

        def again(message: str, status: int) -> Response:
            response = page("login.html", status, csrf=token, error=message, username=username)
            response.set_cookie(LOGIN_CSRF_COOKIE, token, max_age=1800, **cookie_flags(request))
            return response

        if not expected or data.get("csrf") != expected:
            return again("The form had expired. Please sign in again.", 400)
        key = username.strip().lower()
        client = request.client.host if request.client else "?"
        wait = brake.wait(client, key)
        if wait > 0:
            minutes = "a minute" if wait <= 60 else f"{int(wait // 60) + 1} minutes"
            response = again(f"Too many attempts. Wait {minutes} and try again.", 429)
            response.headers["Retry-After"] = str(max(1, int(wait + 0.999)))
            return response
        user = await run_in_threadpool(check_password, store, username, data.get("password", ""))
        if user is None:
            brake.failed(client, key)
            return again("The username or password is wrong.", 401)
        brake.succeeded(client, key)
        token = await run_in_threadpool(sessions.issue, user.id)
        response = RedirectResponse(f"{PREFIX}/", status_code=303, headers=HEADERS)
        response.set_cookie(COOKIE, token, max_age=sessions.lifetime_s, **cookie_flags(request))
        response.delete_cookie(LOGIN_CSRF_COOKIE, path=PREFIX)
        return response

    @router.post("/logout")
    async def logout(request: Request) -> Response:
        data = await form(request)
        cookie = request.cookies.get(COOKIE)
        if not sessions.check_csrf(cookie, data.get("csrf")):
            return Response("refused", status_code=403, headers=HEADERS)
        await run_in_threadpool(sessions.end, cookie)
        response = to_login()
        response.delete_cookie(COOKIE, path=PREFIX)
        return response

    def view(
        template: str, build: Callable[[Period, list[queries.HubRef], Request], dict[str, Any]]
    ) -> Callable[[Request], Any]:
        async def handler(request: Request) -> Response:
            who = await current(request)
            if who is None:
                return to_login()
            user, cookie = who
            all_hubs = await run_in_threadpool(queries.hubs, store)
            try:
                period = _period(request)
                chosen = _hub_filter(request, all_hubs)
            except ValidationError as exc:
                return page(
                    "error.html", 400, user=user, csrf=sessions.csrf_token(cookie),
                    message=f"{exc.field}: {exc.message}",
                )  # fmt: skip
            context = await run_in_threadpool(build, period, chosen, request)
            query = [("from", period.start.isoformat()), ("to", period.end.isoformat())]
            query += [("hub", h.code) for h in chosen]
            return page(
                template,
                user=user,
                csrf=sessions.csrf_token(cookie),
                period=period,
                hubs=all_hubs,
                chosen={h.code for h in chosen},
                query=urlencode(query),
                path=request.url.path,
                **context,
            )

        return handler

    def scope(chosen: list[queries.HubRef]) -> Any:
        return queries.scope_of([h.id for h in chosen])

    def overview_ctx(period: Period, chosen: list[queries.HubRef], _r: Request) -> dict[str, Any]:
        o = queries.overview(store, period, scope(chosen), today_london())
        c, r = o.counts, (o.reach if o.reach is not None else HiddenReach())
        return {
            "o": o,
            "c": c,
            "r": r,
            "month_chart": charts.column_chart(
                [(m.strftime("%b %y"), v.visits) for m, v in o.by_month], title="Visits by month"
            ),
            "hour_chart": charts.column_chart(
                [(f"{h:02d}", v.visits) for h, v in o.by_hour], title="Visits by hour of day"
            ),
            "band_chart": charts.bar_chart(
                list(zip(BANDS, c.children_by_band.values(), strict=True)),
                title="Children by age band (attendances)",
            ),
            "reason_chart": charts.bar_chart(
                [(REASONS.get(k, k), v.visits) for k, v in o.by_reason.items()],
                title="Visits by reason",
            ),
        }

    def hubs_ctx(period: Period, chosen: list[queries.HubRef], _r: Request) -> dict[str, Any]:
        rows = queries.hub_comparison(store, period, scope(chosen))
        return {
            "rows": rows,
            "chart": charts.bar_chart(
                [(f"{h.hub.code} {h.hub.name}", h.counts.visits) for h in rows],
                title="Visits by hub",
            ),
        }

    def trends_ctx(period: Period, chosen: list[queries.HubRef], r: Request) -> dict[str, Any]:
        grain = Dim.MONTH  # by month only (queries.trend)
        keys, hubs, got = queries.trend(store, period, scope(chosen), grain)
        labels = [k.strftime("%b %y") for k in keys]
        series = [(h.code, [got.get((h.id, k), Counts()).visits for k in keys]) for h in hubs]
        totals = [sum(got.get((h.id, k), Counts()).visits for h in hubs) for k in keys]
        return {
            "grain": grain.value,
            "labels": labels,
            "series": series,
            "totals": totals,
            "chart": charts.line_chart(labels, series[:8], title="Visits over time by hub"),
            "total_chart": charts.column_chart(
                list(zip(labels, totals, strict=True)), title="Visits over time, all hubs shown"
            ),
        }

    def areas_ctx(period: Period, chosen: list[queries.HubRef], r: Request) -> dict[str, Any]:
        kind = r.query_params.get("by", "district")
        dim = AREA_DIMS.get(kind, Dim.DISTRICT)
        kind = dim.value if dim is not Dim.DISTRICT else "district"
        rows = queries.areas(store, period, scope(chosen), dim)
        return {
            "kind": kind,
            "title": AREA_TITLES[kind],
            "rows": rows,
            "hidden": HiddenReach(),
            "chart": charts.bar_chart(
                [(a.label, a.counts.visits) for a in rows[:15]],
                title=f"Visits by {AREA_TITLES[kind].lower()} (top 15)",
            ),
        }

    def voice_ctx(period: Period, chosen: list[queries.HubRef], _r: Request) -> dict[str, Any]:
        report, questions = queries.voice(store, period, scope(chosen))
        return {"v": voice_tables(store, report, questions, chosen)}

    router.add_api_route("/", view("overview.html", overview_ctx), methods=["GET"])
    router.add_api_route("/voice", view("voice.html", voice_ctx), methods=["GET"])
    router.add_api_route("/hubs", view("hubs.html", hubs_ctx), methods=["GET"])
    router.add_api_route("/trends", view("trends.html", trends_ctx), methods=["GET"])
    router.add_api_route("/areas", view("areas.html", areas_ctx), methods=["GET"])

    @router.get("/export/{table}.csv")
    async def export(request: Request, table: str) -> Response:
        who = await current(request)
        if who is None:
            return to_login()
        all_hubs = await run_in_threadpool(queries.hubs, store)
        try:
            period = _period(request)
            chosen = _hub_filter(request, all_hubs)
        except ValidationError as exc:
            return Response(f"{exc.field}: {exc.message}", status_code=400, headers=HEADERS)
        builders = {
            "hubs": lambda: export_hubs(store, period, scope(chosen)),
            "trends": lambda: export_trends(store, period, scope(chosen), request),
            "areas": lambda: export_areas(store, period, scope(chosen), request),
            "overview": lambda: export_overview(store, period, scope(chosen)),
            "voice": lambda: export_voice(store, period, scope(chosen), chosen),
        }
        if table not in builders:
            return Response("no such export", status_code=404, headers=HEADERS)
        rows = await run_in_threadpool(builders[table])
        out = io.StringIO()
        writer = csv.writer(out)
        for row in rows:
            writer.writerow([_csv_cell(v) for v in row])
        name = f"hubdesk-{table}-{period.start}-{period.end}.csv"
        return Response(
            out.getvalue(),
            media_type="text/csv; charset=utf-8",
            headers={**HEADERS, "Content-Disposition": f'attachment; filename="{name}"'},
        )

    return router


# -- CSV tables (every count suppressed) -------------------------------------------------------

COUNT_HEADERS = [
    "visits",
    "people",
    "adults",
    "children",
    *(f"children {b}" for b in BANDS),
    "SEND children",
    "fathers",
    "male carers",
    "new visits",
    "returning visits",
    "anonymous visits",
]
REACH_HEADERS = [
    "families reached",
    "children reached",
    "new families",
    "returning families",
    "families re-attending",
    "families with a father or male carer",
]


def count_cells(c: Counts) -> list[str]:
    values = [c.visits, c.people, c.adults, c.children, *c.children_by_band.values()]
    values += [c.send_children, c.fathers, c.male_carers, c.new_visits, c.returning_visits]
    values += [c.anonymous_visits]
    return [suppress(v) for v in values]


CSV_NOT_SHOWN = "not published"


def reach_cells(r: Reach | None) -> list[str]:
    if r is None:  # reach over a selection of several hubs (queries.reach_published)
        return [CSV_NOT_SHOWN] * len(REACH_HEADERS)
    values = [r.families, r.children, r.new_families, r.returning_families]
    values += [r.reattending_families, r.families_with_father]
    return [suppress(v) for v in values]


def export_hubs(store: CentralStore, period: Period, scope: Any) -> list[list[str]]:
    rows = [["hub code", "hub", *COUNT_HEADERS, *REACH_HEADERS, "visits from outside reach area"]]
    for h in queries.hub_comparison(store, period, scope):
        rows.append(
            [h.hub.code, h.hub.name, *count_cells(h.counts), *reach_cells(h.reach),
             suppress(h.outside)]
        )  # fmt: skip
    return rows


def export_trends(
    store: CentralStore, period: Period, scope: Any, request: Request
) -> list[list[str]]:
    grain = Dim.MONTH
    keys, hubs, got = queries.trend(store, period, scope, grain)
    rows = [[grain.value, "hub code", *COUNT_HEADERS]]
    for k in keys:
        for h in hubs:
            rows.append([k.isoformat(), h.code, *count_cells(got.get((h.id, k), Counts()))])
    return rows


def export_areas(
    store: CentralStore, period: Period, scope: Any, request: Request
) -> list[list[str]]:
    dim = AREA_DIMS.get(request.query_params.get("by", "district"), Dim.DISTRICT)
    rows = [[dim.value, *COUNT_HEADERS, *REACH_HEADERS]]
    for a in queries.areas(store, period, scope, dim):
        rows.append([a.label, *count_cells(a.counts), *reach_cells(a.reach)])
    return rows


def export_overview(store: CentralStore, period: Period, scope: Any) -> list[list[str]]:
    o = queries.overview(store, period, scope, today_london())
    rows = [["measure", "value"]]
    rows += [[h, v] for h, v in zip(COUNT_HEADERS, count_cells(o.counts), strict=True)]
    rows += [[h, v] for h, v in zip(REACH_HEADERS, reach_cells(o.reach), strict=True)]
    rows.append(["Here to Help contacts", suppress(o.contacts.contacts)])
    rows += [[f"contacts by {ch}", suppress(n)] for ch, n in o.contacts_by_channel.items()]
    rows += [[f"need: {k}", suppress(n)] for k, n in o.contacts.by_need.items()]
    rows += [[f"outcome: {k}", suppress(n)] for k, n in o.contacts.by_outcome.items()]
    f = o.follow_ups
    rows += [
        ["follow-ups due", suppress(f.due)],
        ["follow-ups done on time", suppress(f.done_on_time)],
    ]
    rows += [
        ["follow-ups done late", suppress(f.done_late)],
        ["follow-ups overdue", suppress(f.overdue)],
    ]
    return rows


# -- family voice (every count published and suppressed) --------------------------------------

VOICE_HEADERS = ["answers", "with a face", *FACES, "good or very good"]


def voice_cells(v: VoiceCounts) -> list[str]:
    faces = [v.face_4, v.face_3, v.face_2, v.face_1]
    return [suppress(v.answers), suppress(v.rated), *(suppress(n) for n in faces),
            rate(v.happy, v.rated)]  # fmt: skip


def voice_tables(
    store: CentralStore,
    report: VoiceReport,
    questions: list[queries.VoiceQuestionRef],
    chosen: list[queries.HubRef],
) -> dict[str, Any]:
    """The family voice page's tables as rows of published, suppressed cells."""
    hubs = {h.id: h for h in queries.hubs(store)}
    sites = queries.site_names(store)
    activities = queries.activity_names(store, report.by_activity)

    def rows(grouped: dict[Any, VoiceCounts], label: Callable[[Any], str]) -> list[list[str]]:
        out = [[label(k), *voice_cells(v)] for k, v in grouped.items()]
        return sorted(out, key=lambda r: r[0])

    def hub_label(k: Any) -> str:
        return f"{hubs[k].code} {hubs[k].name}" if k in hubs else "(unknown hub)"

    by_question = []
    for q in questions:
        v = report.by_version.get((q.hub_id, q.version))
        if v is None:
            continue
        words = q.text_en or QUESTIONS.get(q.code, q.code)
        said = [suppress(v.said(q.position, VoiceAnswer(code))) for code, _ in ANSWERS]
        answered = v.answered(q.position)
        yes = v.said(q.position, VoiceAnswer.YES)
        by_question.append(
            [hub_label(q.hub_id), str(q.version), words, suppress(answered), *said,
             rate(yes, answered)]
        )  # fmt: skip
    return {
        "total": voice_cells(report.total),
        "by_hub": rows(report.by_hub, hub_label),
        "by_month": [
            [k.strftime("%b %y"), *voice_cells(v)] for k, v in sorted(report.by_month.items())
        ],
        "by_site": rows(report.by_site, lambda k: sites.get(k, "(unknown site)")),
        "by_reason": rows(report.by_reason, lambda k: REASONS.get(k, str(k))),
        "by_activity": rows(
            report.by_activity,
            lambda k: "(no timetabled session)" if k is None else activities.get(k, "(a session)"),
        ),
        "questions": by_question,
        "headers": VOICE_HEADERS,
        "question_headers": [
            "hub",
            "version",
            "question",
            "answered",
            *(a for _, a in ANSWERS),
            "yes",
        ],
    }


def export_voice(
    store: CentralStore, period: Period, scope: Any, chosen: list[queries.HubRef]
) -> list[list[str]]:
    report, questions = queries.voice(store, period, scope)
    t = voice_tables(store, report, questions, chosen)
    out: list[list[str]] = [["table", "group", *VOICE_HEADERS], ["all", "all shown", *t["total"]]]
    for name in ("by_hub", "by_month", "by_site", "by_reason", "by_activity"):
        out += [[name.removeprefix("by_"), *row] for row in t[name]]
    out.append([])
    out.append(t["question_headers"])
    out += t["questions"]
    return out
