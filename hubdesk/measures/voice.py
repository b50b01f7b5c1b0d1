"""Family voice measures (issue 23) over a table of answers (device `voice_responses`, service
`central_voice_responses`): how many answered, by face, and each follow-up question's yes,
partly and no, always within one version of the hub's questions. Definitions: docs/measures.md,
"Family voice"."""

from __future__ import annotations

import enum
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, fields
from typing import Any

from sqlalchemy import ColumnElement, Select, Table, case, func, select

from hubdesk.domain.catalogue import Face, VoiceAnswer
from hubdesk.measures.disclosure import Protector
from hubdesk.measures.localtime import Grain, Period, as_date, date_bucket
from hubdesk.measures.tables import Scope

VOICE_COLUMNS: tuple[str, ...] = (
    "hub_id",
    "site_id",
    "day",
    "activity_id",
    "reason",
    "source",
    "rating",
    "question_version",
    "answer_1",
    "answer_2",
)
SLOTS = (1, 2)


class VoiceTable:
    """A table of family voice answers with the columns above."""

    def __init__(self, table: Table) -> None:
        missing = [n for n in VOICE_COLUMNS if n not in table.c]
        if missing:
            raise ValueError(f"table {table.name} lacks voice columns: {', '.join(missing)}")
        self.table = table
        self.c = table.c


class VoiceDim(enum.StrEnum):
    HUB = "hub"
    SITE = "site"
    ACTIVITY = "activity"
    REASON = "reason"
    SOURCE = "source"
    MONTH = "month"
    VERSION = "version"


_COLS = {
    VoiceDim.HUB: "hub_id",
    VoiceDim.SITE: "site_id",
    VoiceDim.ACTIVITY: "activity_id",
    VoiceDim.REASON: "reason",
    VoiceDim.SOURCE: "source",
    VoiceDim.VERSION: "question_version",
}


def _count_if(cond: ColumnElement[bool]) -> ColumnElement[int]:
    return func.coalesce(func.sum(case((cond, 1), else_=0)), 0)


def answer_field(slot: int, answer: VoiceAnswer) -> str:
    return f"q{slot}_{answer.value}"


def voice_counts(v: VoiceTable, period: Period, scope: Scope, *dims: VoiceDim) -> Select[Any]:
    """Answers given on the local days of `period`, grouped by `dims`: how many (`answers`),
    how many tapped a face (`rated`) and each face (`face_1` .. `face_4`), and for each
    question slot how many answered it (`q1`, `q2`) and each answer (`q1_yes` ...). Answers to
    questions only mean something within one version: group by VERSION to read them."""
    c = v.c
    keys: list[ColumnElement[Any]] = []
    for d in dims:
        if d is VoiceDim.MONTH:
            keys.append(date_bucket(Grain.MONTH, c.day).label(d.value))
        else:
            keys.append(c[_COLS[d]].label(d.value))
    columns: list[ColumnElement[Any]] = [
        func.count().label("answers"),
        _count_if(c.rating.is_not(None)).label("rated"),
        *(_count_if(c.rating == face.value).label(f"face_{face.value}") for face in Face),
    ]
    for slot in SLOTS:
        col = c[f"answer_{slot}"]
        columns.append(_count_if(col.is_not(None)).label(f"q{slot}"))
        columns += [_count_if(col == a.value).label(answer_field(slot, a)) for a in VoiceAnswer]
    query = select(*keys, *columns).where(
        c.day >= period.start, c.day <= period.end, *scope.where(c.hub_id, c.site_id)
    )
    return query.group_by(*keys) if keys else query


@dataclass(frozen=True)
class VoiceCounts:
    answers: int = 0
    rated: int = 0
    face_1: int = 0
    face_2: int = 0
    face_3: int = 0
    face_4: int = 0
    q1: int = 0
    q1_yes: int = 0
    q1_partly: int = 0
    q1_no: int = 0
    q2: int = 0
    q2_yes: int = 0
    q2_partly: int = 0
    q2_no: int = 0

    @classmethod
    def from_row(cls, m: Mapping[Any, Any]) -> VoiceCounts:
        return cls(**{f.name: int(m[f.name] or 0) for f in fields(cls)})

    def __add__(self, other: VoiceCounts) -> VoiceCounts:
        return VoiceCounts(
            **{f.name: getattr(self, f.name) + getattr(other, f.name) for f in fields(self)}
        )

    def face(self, face: Face) -> int:
        return int(getattr(self, f"face_{face.value}"))

    @property
    def happy(self) -> int:
        """Answers with one of the two happy faces."""
        return self.face_3 + self.face_4

    def answered(self, slot: int) -> int:
        return int(getattr(self, f"q{slot}"))

    def said(self, slot: int, answer: VoiceAnswer) -> int:
        return int(getattr(self, answer_field(slot, answer)))


def read_voice(
    rows: Iterable[Any], dims: tuple[VoiceDim, ...] = ()
) -> dict[tuple[Any, ...], VoiceCounts]:
    out: dict[tuple[Any, ...], VoiceCounts] = {}
    for row in rows:
        m = row._mapping
        key = tuple(as_date(m[d.value]) if d is VoiceDim.MONTH else m[d.value] for d in dims)
        out[key] = VoiceCounts.from_row(m)
    return out


def total(grouped: Mapping[Any, VoiceCounts]) -> VoiceCounts:
    return sum(grouped.values(), VoiceCounts())


# -- disclosure control ------------------------------------------------------------------------
# Each (hub, month, question version) is an atom. Its answers are rounded on their own; the
# rated and unrated split off the answers, the faces split off the rated, each question's
# answered split off the answers and its yes/partly/no off the answered: all controlled, so
# the published parts add up to the published whole. The groups of a breakdown of an atom (by
# site, activity, reason) are rounded together field by field, adding up to the atom's.


def publish(p: Protector, v: VoiceCounts, *key: object) -> VoiceCounts:
    """An atom's answers published (`key`: hub, month, version)."""
    answers = p.one(v.answers, "voice-answers", *key)
    rated = p.family({"in": v.rated, "out": v.answers - v.rated}, answers, "voice-rated", *key)[
        "in"
    ]
    faces = p.family({f"face_{f.value}": v.face(f) for f in Face}, rated, "voice-faces", *key)
    values: dict[str, int] = {"answers": answers, "rated": rated, **faces}
    for slot in SLOTS:
        n = v.answered(slot)
        asked = p.family({"in": n, "out": v.answers - n}, answers, f"voice-q{slot}", *key)["in"]
        values[f"q{slot}"] = asked
        said = {answer_field(slot, a): v.said(slot, a) for a in VoiceAnswer}
        values.update(p.family(said, asked, f"voice-q{slot}-answers", *key))
    return VoiceCounts(**values)


def _leaves(v: VoiceCounts) -> dict[str, int]:
    """The counts that make up the others: each face, "no face", and each slot's answers."""
    out = {f"face_{f.value}": v.face(f) for f in Face}
    out["unrated"] = v.answers - v.rated
    for slot in SLOTS:
        out.update({answer_field(slot, a): v.said(slot, a) for a in VoiceAnswer})
    return out


def _from_leaves(leaves: Mapping[str, int]) -> VoiceCounts:
    rated = sum(leaves[f"face_{f.value}"] for f in Face)
    values = {name: n for name, n in leaves.items() if name != "unrated"}
    values["rated"] = rated
    values["answers"] = rated + leaves["unrated"]
    for slot in SLOTS:
        values[f"q{slot}"] = sum(leaves[answer_field(slot, a)] for a in VoiceAnswer)
    return VoiceCounts(**values)


def publish_groups(
    p: Protector, groups: Mapping[Any, VoiceCounts], whole: VoiceCounts, *key: object
) -> dict[Any, VoiceCounts]:
    """The groups of one breakdown of an atom whose published answers are `whole`: each count
    that makes up the others (each face, no face, each answer to each question) is controlled
    across the groups to add up to the atom's, and a group's totals are the sums of its own
    (so its faces add up to its rated, its answers to its answered). A group's "answered" and
    "answers" come from different parts, so they are each within rounding of the truth, not
    one below the other."""
    if not groups:
        return {}
    total_leaves = _leaves(whole)
    cells = {g: _leaves(v) for g, v in groups.items()}
    by_leaf = {
        name: p.family(
            {g: leaves[name] for g, leaves in cells.items()},
            total_leaves[name],
            "voice-group",
            name,
            *key,
        )
        for name in total_leaves
    }
    return {g: _from_leaves({name: by_leaf[name][g] for name in by_leaf}) for g in groups}


# -- a whole report ----------------------------------------------------------------------------
# The desk (its own hub, unrounded) and the dashboard (published) read the same report: one
# query at the finest grain, then every figure built from it in the same way.

FINEST = (
    VoiceDim.HUB,
    VoiceDim.MONTH,
    VoiceDim.VERSION,
    VoiceDim.SITE,
    VoiceDim.REASON,
    VoiceDim.ACTIVITY,
)
BREAKDOWNS = {VoiceDim.SITE: 3, VoiceDim.REASON: 4, VoiceDim.ACTIVITY: 5}


@dataclass(frozen=True)
class VoiceReport:
    total: VoiceCounts
    by_hub: dict[Any, VoiceCounts]
    by_month: dict[Any, VoiceCounts]
    by_site: dict[Any, VoiceCounts]
    by_reason: dict[Any, VoiceCounts]
    by_activity: dict[Any, VoiceCounts]
    # answers to the questions only mean something within one hub's version of them
    by_version: dict[tuple[Any, int], VoiceCounts]


def _fold(cells: Mapping[tuple[Any, ...], VoiceCounts], index: int) -> dict[Any, VoiceCounts]:
    out: dict[Any, VoiceCounts] = {}
    for key, v in cells.items():
        out[key[index]] = out[key[index]] + v if key[index] in out else v
    return out


def voice_report(
    session: Any, v: VoiceTable, period: Period, scope: Scope, p: Protector
) -> VoiceReport:
    """Every family voice figure of `period` and `scope`, each built from atoms (hub, month,
    version) published by `p` (`disclosure.Unrounded()` for the hub's own desk): totals by hub
    and month are sums of published atoms; site, reason and activity are breakdowns of each atom
    rounded together (`publish_groups`)."""
    cells = read_voice(session.execute(voice_counts(v, period, scope, *FINEST)), FINEST)
    atoms_raw: dict[tuple[Any, ...], VoiceCounts] = {}
    for key, c in cells.items():
        atom = key[:3]
        atoms_raw[atom] = atoms_raw[atom] + c if atom in atoms_raw else c
    atoms = {atom: publish(p, c, *atom) for atom, c in atoms_raw.items()}
    broken: dict[VoiceDim, dict[tuple[Any, ...], VoiceCounts]] = {}
    for dim, index in BREAKDOWNS.items():
        groups: dict[tuple[Any, ...], dict[Any, VoiceCounts]] = {}
        for key, c in cells.items():
            mine = groups.setdefault(key[:3], {})
            mine[key[index]] = mine[key[index]] + c if key[index] in mine else c
        out: dict[tuple[Any, ...], VoiceCounts] = {}
        for atom, by_group in groups.items():
            for group, c in publish_groups(p, by_group, atoms[atom], dim.value, *atom).items():
                out[(*atom, group)] = c
        broken[dim] = out
    by_version = _by_version(atoms)
    return VoiceReport(
        total=total(atoms),
        by_hub=_fold(atoms, 0),
        by_month=_fold(atoms, 1),
        by_site=_fold(broken[VoiceDim.SITE], 3),
        by_reason=_fold(broken[VoiceDim.REASON], 3),
        by_activity=_fold(broken[VoiceDim.ACTIVITY], 3),
        by_version=by_version,
    )


def _by_version(atoms: Mapping[tuple[Any, ...], VoiceCounts]) -> dict[tuple[Any, int], VoiceCounts]:
    out: dict[tuple[Any, int], VoiceCounts] = {}
    for (hub, _month, version), c in atoms.items():
        if version is None:
            continue
        key = (hub, int(version))
        out[key] = out[key] + c if key in out else c
    return out
