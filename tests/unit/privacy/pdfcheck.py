"""A PDF checker for the tests that does not trust the writer: the cross-reference table must point
at every object, the trailer at a catalogue whose page tree holds the pages, and the page
streams must inflate. When poppler's pdfinfo/pdftotext are installed they must accept it too."""

from __future__ import annotations

import re
import shutil
import subprocess
import zlib
from pathlib import Path


def check_pdf(data: bytes) -> list[str]:
    """Assert `data` is a well-formed PDF; return the text shown on its pages (decoded cp1252)."""
    assert data.startswith(b"%PDF-1.")
    assert data.rstrip().endswith(b"%%EOF")
    startxref = int(re.findall(rb"startxref\s+(\d+)\s+%%EOF", data)[-1])
    assert data[startxref:].startswith(b"xref")
    header = re.match(rb"xref\s+0\s+(\d+)\s+", data[startxref:])
    assert header is not None
    size = int(header.group(1))
    table = data[startxref + header.end() :]
    entries = re.findall(rb"(\d{10}) (\d{5}) ([nf]) ?\r?\n", table[: 20 * size])
    assert len(entries) == size
    objects: dict[int, bytes] = {}
    for number, (offset, _gen, kind) in enumerate(entries):
        if kind == b"f":
            continue
        at = int(offset)
        head = re.match(rb"(\d+) 0 obj\s", data[at:])
        assert head is not None, f"xref entry {number} points at no object"
        assert int(head.group(1)) == number
        end = data.index(b"endobj", at)
        objects[number] = data[at + head.end() : end]
    trailer = data[data.rindex(b"trailer") :]
    root = int(re.search(rb"/Root (\d+) 0 R", trailer).group(1))
    assert b"/Type /Catalog" in objects[root]
    pages_ref = int(re.search(rb"/Pages (\d+) 0 R", objects[root]).group(1))
    kids = [int(k) for k in re.findall(rb"(\d+) 0 R", objects[pages_ref])]
    count = int(re.search(rb"/Count (\d+)", objects[pages_ref]).group(1))
    assert count == len(kids) >= 1
    text: list[str] = []
    for kid in kids:
        assert b"/Type /Page" in objects[kid]
        content = int(re.search(rb"/Contents (\d+) 0 R", objects[kid]).group(1))
        body = objects[content]
        length = int(re.search(rb"/Length (\d+)", body).group(1))
        start = body.index(b"stream\n") + len(b"stream\n")
        stream = zlib.decompress(body[start : start + length])
        for raw in re.findall(rb"\(((?:\\.|[^\\)])*)\) Tj", stream):
            unescaped = re.sub(rb"\\(.)", rb"\1", raw)
            text.append(unescaped.decode("cp1252"))
    return text


def poppler_text(path: Path) -> str | None:
    """pdftotext's reading of the file, or None where poppler is not installed."""
    if shutil.which("pdfinfo") is None or shutil.which("pdftotext") is None:
        return None
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=False)
    assert info.returncode == 0, info.stderr
    assert "Syntax Error" not in info.stderr, info.stderr
    out = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True, check=False
    )
    assert out.returncode == 0, out.stderr
    assert b"Syntax Error" not in out.stderr, out.stderr
    return out.stdout.decode("utf-8")
