"""Reading a postcode lookup: a CSV subset of the ONS postcode directory (ONSPD).

Pure parsing (the caller opens the file and writes the rows). Header names are matched without
regard to case, spaces or underscores; the accepted names are in `HEADERS` and docs/measures.md.
A malformed row is reported by line number and field and skipped; the rest are kept.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from hubdesk.domain.errors import ValidationError
from hubdesk.domain.postcode import Postcode

# field -> header names accepted (normalised: lower case, no spaces, underscores or hyphens)
HEADERS: dict[str, tuple[str, ...]] = {
    "postcode": ("pcds", "pcd", "pcd2", "pcd7", "pcd8", "postcode"),
    "ward_code": ("osward", "wd25cd", "wd24cd", "wd23cd", "wd22cd", "ward", "wardcode"),
    "ward_name": ("wardname", "osward_name", "wd25nm", "wd24nm", "wd23nm", "wd22nm"),
    "lsoa_code": ("lsoa21", "lsoa21cd", "lsoa11", "lsoa11cd", "lsoa", "lsoacode"),
    "imd_decile": ("imddecile", "imd_decile", "deprivationdecile", "imddec"),
}
GSS_CODE = re.compile(r"^[EWSN]\d{8}$")  # e.g. E05001234 (ward), E01012345 (LSOA)
MAX_ROWS = 3_000_000  # the whole ONSPD is ~2.7 million live and terminated postcodes


def _norm(name: str) -> str:
    return re.sub(r"[\s_\-]", "", name.strip().lower().lstrip("\ufeff"))


@dataclass(frozen=True)
class PostcodeRow:
    postcode: str  # "AA9A 9AA"
    district: str
    ward_code: str | None
    ward_name: str | None
    lsoa_code: str | None
    imd_decile: int | None


@dataclass(frozen=True)
class RowProblem:
    line: int  # 1 = the header line
    field: str
    code: str
    message: str

    def __str__(self) -> str:
        return f"line {self.line}: {self.field}: {self.message}"


@dataclass
class ParsedLookup:
    rows: list[PostcodeRow] = field(default_factory=list)
    problems: list[RowProblem] = field(default_factory=list)


def _columns(header: list[str]) -> dict[str, int]:
    by_name = {_norm(h): i for i, h in enumerate(header)}
    found: dict[str, int] = {}
    for name, aliases in HEADERS.items():
        for alias in aliases:
            if _norm(alias) in by_name:
                found[name] = by_name[_norm(alias)]
                break
    if "postcode" not in found:
        raise ValidationError("header", "no_postcode", "needs a postcode column (pcds)")
    if not {"ward_code", "lsoa_code", "imd_decile"} & set(found):
        raise ValidationError(
            "header", "no_areas", "needs a ward (osward), LSOA (lsoa21) or IMD decile column"
        )
    return found


def _code(value: str, name: str) -> str | None:
    value = value.strip().upper()
    if not value:
        return None
    if not GSS_CODE.match(value):
        raise ValidationError(name, "not_a_gss_code", "is not a nine-character ONS area code")
    return value


def _decile(value: str) -> int | None:
    value = value.strip()
    if not value:
        return None
    if not value.isdigit() or not 1 <= int(value) <= 10:
        raise ValidationError("imd_decile", "not_a_decile", "is not a whole number from 1 to 10")
    return int(value)


def parse_lookup(lines: Iterable[str]) -> ParsedLookup:
    """Rows and problems from the lines of a CSV file (header first)."""
    reader = csv.reader(lines)
    out = ParsedLookup()
    try:
        header = next(reader)
    except StopIteration:
        raise ValidationError("file", "empty", "is empty") from None
    cols = _columns(header)
    width = max(cols.values()) + 1
    seen: dict[str, int] = {}
    for row in reader:
        line = reader.line_num
        if not any(cell.strip() for cell in row):
            continue
        if len(out.rows) >= MAX_ROWS:
            raise ValidationError("file", "too_many_rows", "has more rows than a postcode lookup")
        if len(row) < width:
            out.problems.append(RowProblem(line, "row", "too_few_fields", "has too few fields"))
            continue

        def cell(name: str, row: list[str] = row) -> str:
            return row[cols[name]] if name in cols else ""

        try:
            pc = Postcode.parse(cell("postcode"), "postcode")
            parsed = PostcodeRow(
                postcode=str(pc),
                district=pc.district,
                ward_code=_code(cell("ward_code"), "ward_code"),
                ward_name=cell("ward_name").strip()[:120] or None,
                lsoa_code=_code(cell("lsoa_code"), "lsoa_code"),
                imd_decile=_decile(cell("imd_decile")),
            )
        except ValidationError as exc:
            out.problems.append(RowProblem(line, exc.field, exc.code, exc.message))
            continue
        if parsed.postcode in seen:
            out.problems.append(
                RowProblem(
                    line,
                    "postcode",
                    "duplicate",
                    f"repeats the postcode on line {seen[parsed.postcode]}",
                )
            )
            continue
        seen[parsed.postcode] = line
        out.rows.append(parsed)
    return out
