"""The subject access record on Qt's PDF writer, for the desk.

`hubdesk.services.subject_access.render_pdf` writes on any `Document`. Below `ui/` that is the
dependency-free TextDocument, whose standard PDF fonts hold Windows-1252 only, so an Arabic or
Urdu name would print as ``[U+0645]...``. The desk passes `QtRecordDocument` instead: the same
sections as HTML in a QTextDocument, printed with QPdfWriter, which embeds the fonts that hold
every script (as the fire roll call does). Each value is bidi-isolated (FSI ... PDI), so a
right-to-left name never reorders the English words around it.

Runs on a worker thread (the export runs on the task runner): QTextDocument and QPdfWriter are
allowed there; no widget is touched.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QBuffer, QByteArray, QIODevice
from PySide6.QtGui import QPdfWriter

from hubdesk.ui.desk.html_pdf import paint_html
from hubdesk.ui.widgets.bidi import isolate


class QtRecordDocument:
    """A `Document` (hubdesk.services.subject_access) that renders to PDF with Qt."""

    def __init__(self) -> None:
        self.title_text = ""
        self.parts: list[str] = []

    def title(self, text: str) -> None:
        self.title_text = text
        self.parts.append(f"<h1 style='font-size:17pt'>{html.escape(text)}</h1>")

    def heading(self, text: str) -> None:
        self.parts.append(f"<h2 style='font-size:13pt; margin-top:14px'>{html.escape(text)}</h2>")

    def paragraph(self, text: str) -> None:
        self.parts.append(f"<p>{_lines(text)}</p>")

    def field(self, label: str, value: object) -> None:
        shown = "" if value is None else str(value)
        indent = len(label) - len(label.lstrip())
        style = " style='margin-left:18px'" if indent else ""
        # a member's name is the label: both sides are isolated
        self.parts.append(f"<p{style}><b>{_lines(label.strip())}:</b> {_lines(shown)}</p>")

    def render(self) -> bytes:
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        writer = QPdfWriter(buffer)
        writer.setTitle(self.title_text)
        writer.setCreator("hubdesk")
        writer.setResolution(300)
        paint_html("<html><body>" + "".join(self.parts) + "</body></html>", writer)
        del writer  # finishes the file
        buffer.close()
        return bytes(data.data())


def _lines(text: str) -> str:
    """Each line bidi-isolated and escaped, joined with line breaks."""
    return "<br>".join(html.escape(isolate(line)) for line in (text or "").splitlines())
