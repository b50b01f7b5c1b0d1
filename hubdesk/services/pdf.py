"""A very small PDF writer for plain text reports (the subject access export), with no dependency.

No PDF library is installed with hubdesk, and Qt's PDF writer may not be used below `ui/`, so this
writes PDF 1.4 by hand: A4 pages of text in the standard Helvetica fonts (no font is embedded),
headings in bold, long lines wrapped, as many pages as needed, and a correct cross-reference table
so any reader opens it.

Text is encoded in WinAnsiEncoding (Windows-1252), which covers English and most western European
names (``Zebedee Quixote-Ångström``). A character outside it is written as its base letter
(``Ș`` becomes ``S``, ``Ł`` becomes ``L``) or else as ``[U+XXXX]``, so nothing is lost
silently; the JSON file in the same export holds every value exactly.
"""

from __future__ import annotations

import textwrap
import unicodedata
import zlib
from dataclasses import dataclass, field

PAGE_WIDTH = 595  # A4 in points
PAGE_HEIGHT = 842
MARGIN = 56
BODY_SIZE = 10
HEADING_SIZE = 13
TITLE_SIZE = 17
LEADING = 1.35
# Helvetica's average advance is about 0.5 em; wrap a little short of that to keep inside.
WRAP_COLUMNS = int((PAGE_WIDTH - 2 * MARGIN) / (BODY_SIZE * 0.52))


# Latin letters Unicode does not decompose into a base letter and a mark.
_NO_DECOMPOSITION = str.maketrans(
    {"Ł": "L", "ł": "l", "Đ": "D", "đ": "d", "Ħ": "H", "ħ": "h", "ı": "i", "Ŀ": "L", "ŀ": "l"}
)


def to_winansi(text: str) -> bytes:
    """`text` in Windows-1252, with a visible stand-in for anything it cannot hold."""
    out = bytearray()
    for ch in text:
        try:
            out += ch.encode("cp1252")
            continue
        except UnicodeEncodeError:
            pass
        decomposed = unicodedata.normalize("NFKD", ch.translate(_NO_DECOMPOSITION))
        base = "".join(c for c in decomposed if not unicodedata.combining(c))
        try:
            if base:
                out += base.encode("cp1252")
                continue
        except UnicodeEncodeError:
            pass
        out += f"[U+{ord(ch):04X}]".encode("ascii")
    return bytes(out)


def _pdf_string(text: str) -> bytes:
    raw = to_winansi(text)
    escaped = raw.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")
    # control characters (a tab or a stray CR in a note) would upset some readers
    escaped = bytes(b if b >= 0x20 else 0x20 for b in escaped)
    return b"(" + escaped + b")"


@dataclass
class _Line:
    text: str
    size: int
    bold: bool
    gap_before: float = 0.0


@dataclass
class TextDocument:
    """Build with `title`, `heading`, `field` and `paragraph`; `render()` gives the PDF bytes."""

    title_text: str = ""
    lines: list[_Line] = field(default_factory=list)

    def title(self, text: str) -> None:
        self.title_text = text
        self.lines.append(_Line(text, TITLE_SIZE, True))

    def heading(self, text: str) -> None:
        self.lines.append(_Line(text, HEADING_SIZE, True, gap_before=BODY_SIZE))

    def paragraph(self, text: str) -> None:
        for raw in (text or "").splitlines() or [""]:
            wrapped = textwrap.wrap(raw, WRAP_COLUMNS, break_long_words=True) or [""]
            for part in wrapped:
                self.lines.append(_Line(part, BODY_SIZE, False))

    def field(self, label: str, value: object) -> None:
        shown = "" if value is None else str(value)
        first, *rest = shown.splitlines() or [""]
        width = WRAP_COLUMNS
        wrapped = textwrap.wrap(f"{label}: {first}", width, break_long_words=True) or [label + ":"]
        for extra in rest:
            wrapped += textwrap.wrap("    " + extra, width, break_long_words=True) or [""]
        for part in wrapped:
            self.lines.append(_Line(part, BODY_SIZE, False))

    def blank(self) -> None:
        self.lines.append(_Line("", BODY_SIZE, False))

    def _pages(self) -> list[bytes]:
        pages: list[bytes] = []
        ops: list[bytes] = []
        y: float = PAGE_HEIGHT - MARGIN
        for line in self.lines:
            step = line.size * LEADING + line.gap_before
            if y - step < MARGIN and ops:
                pages.append(b"\n".join(ops))
                ops, y = [], PAGE_HEIGHT - MARGIN
                step = line.size * LEADING
            y -= step
            if line.text:
                font = b"/F2" if line.bold else b"/F1"
                ops.append(
                    b"BT "
                    + font
                    + f" {line.size} Tf {MARGIN} {y:.2f} Td ".encode()
                    + _pdf_string(line.text)
                    + b" Tj ET"
                )
        pages.append(b"\n".join(ops))
        # page numbers in the footer
        total = len(pages)
        return [
            body
            + b"\n"
            + b"BT /F1 8 Tf "
            + f"{MARGIN} {MARGIN / 2:.2f} Td ".encode()
            + _pdf_string(f"{self.title_text}  -  page {n} of {total}")
            + b" Tj ET"
            for n, body in enumerate(pages, start=1)
        ]

    def render(self) -> bytes:
        pages = self._pages()
        objects: list[bytes] = []  # object n is objects[n - 1]

        def add(body: bytes) -> int:
            objects.append(body)
            return len(objects)

        catalog = add(b"")  # filled in once the page tree's number is known
        pages_obj = add(b"")
        regular = add(
            b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"
        )
        bold = add(
            b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold "
            b"/Encoding /WinAnsiEncoding >>"
        )
        kids: list[int] = []
        for content in pages:
            packed = zlib.compress(content)
            stream = add(
                f"<< /Length {len(packed)} /Filter /FlateDecode >>\nstream\n".encode()
                + packed
                + b"\nendstream"
            )
            kids.append(
                add(
                    f"<< /Type /Page /Parent {pages_obj} 0 R /MediaBox [0 0 {PAGE_WIDTH} "
                    f"{PAGE_HEIGHT}] /Resources << /Font << /F1 {regular} 0 R /F2 {bold} 0 R >> "
                    f">> /Contents {stream} 0 R >>".encode()
                )
            )
        objects[catalog - 1] = f"<< /Type /Catalog /Pages {pages_obj} 0 R >>".encode()
        objects[pages_obj - 1] = (
            f"<< /Type /Pages /Kids [{' '.join(f'{k} 0 R' for k in kids)}] "
            f"/Count {len(kids)} >>".encode()
        )
        info = add(b"<< /Title " + _pdf_string(self.title_text) + b" /Producer (hubdesk) >>")

        out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
        offsets: list[int] = []
        for number, body in enumerate(objects, start=1):
            offsets.append(len(out))
            out += f"{number} 0 obj\n".encode() + body + b"\nendobj\n"
        xref = len(out)
        out += f"xref\n0 {len(objects) + 1}\n".encode()
        out += b"0000000000 65535 f \n"
        for offset in offsets:
            out += f"{offset:010d} 00000 n \n".encode()
        out += (
            f"trailer\n<< /Size {len(objects) + 1} /Root {catalog} 0 R /Info {info} 0 R >>\n"
            f"startxref\n{xref}\n%%EOF\n"
        ).encode()
        return bytes(out)
