"""Charts drawn on the server as SVG: no script, nothing loaded from the internet.

Every value shown goes through `suppress`: a suppressed count (under 5) is drawn as no bar (or a
gap in a line) with "<5" beside it, so a chart never reveals what its table hides.
"""

from __future__ import annotations

from collections.abc import Sequence

from markupsafe import Markup, escape

from hubdesk.measures.suppress import is_suppressed, suppress

PALETTE = (
    "#1b6ca8",
    "#d1495b",
    "#2e933c",
    "#e0a100",
    "#6a4c93",
    "#00798c",
    "#8c564b",
    "#c2185b",
)


def _nice_max(value: int) -> int:
    if value <= 5:
        return 5
    magnitude = 10 ** (len(str(value)) - 1)
    for step in (1, 2, 2.5, 5, 10):
        top = int(step * magnitude)
        if top >= value:
            return top
    return value


def _fmt(n: int) -> str:
    return suppress(n) if is_suppressed(n) else f"{n:,}"


def bar_chart(
    items: Sequence[tuple[str, int]], *, title: str, width: int = 560, row: int = 24
) -> Markup:
    """Horizontal bars, one per item, labelled on the left, value on the right."""
    label_w = 190
    value_w = 70
    plot_w = width - label_w - value_w
    height = max(1, len(items)) * row + 8
    top = _nice_max(max([n for _, n in items if not is_suppressed(n)], default=0))
    parts = [
        f'<svg class="chart" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}" '
        f'width="{width}" height="{height}" role="img" aria-label="{escape(title)}">'
        f"<title>{escape(title)}</title>"
    ]
    for i, (label, n) in enumerate(items):
        y = 4 + i * row
        parts.append(
            f'<text x="{label_w - 8}" y="{y + row * 0.65:.1f}" text-anchor="end" '
            f'class="lbl">{escape(label[:30])}</text>'
        )
        if not is_suppressed(n):
            w = max(1.0, plot_w * n / top)
            parts.append(
                f'<rect x="{label_w}" y="{y + 3}" width="{w:.1f}" height="{row - 8}" '
                f'fill="{PALETTE[0]}"/>'
            )
            vx = label_w + w + 6
        else:
            vx = label_w + 6
        parts.append(
            f'<text x="{vx:.1f}" y="{y + row * 0.65:.1f}" class="val">{escape(_fmt(n))}</text>'
        )
    parts.append("</svg>")
    return Markup("".join(parts))  # noqa: S704 - every label was escaped above


def column_chart(
    items: Sequence[tuple[str, int]], *, title: str, width: int = 560, height: int = 200
) -> Markup:
    """Vertical columns (hours of the day, months), labels underneath."""
    pad_l, pad_b, pad_t = 44, 34, 12
    plot_w = width - pad_l - 8
    plot_h = height - pad_b - pad_t
    n = max(1, len(items))
    slot = plot_w / n
    top = _nice_max(max([v for _, v in items if not is_suppressed(v)], default=0))
    parts = [
        f'<svg class="chart" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}" '
        f'width="{width}" height="{height}" role="img" aria-label="{escape(title)}">'
        f"<title>{escape(title)}</title>",
        f'<line x1="{pad_l}" y1="{pad_t + plot_h}" x2="{width - 8}" y2="{pad_t + plot_h}" '
        f'class="axis"/>',
        f'<text x="{pad_l - 6}" y="{pad_t + 8}" text-anchor="end" class="tick">{top:,}</text>',
        f'<text x="{pad_l - 6}" y="{pad_t + plot_h}" text-anchor="end" class="tick">0</text>',
    ]
    every = max(1, n // 12)
    for i, (label, v) in enumerate(items):
        x = pad_l + i * slot
        if not is_suppressed(v):
            h = plot_h * v / top
            parts.append(
                f'<rect x="{x + slot * 0.15:.1f}" y="{pad_t + plot_h - h:.1f}" '
                f'width="{slot * 0.7:.1f}" height="{h:.1f}" fill="{PALETTE[0]}">'
                f"<title>{escape(label)}: {v:,}</title></rect>"
            )
        elif slot >= 30:
            parts.append(
                f'<text x="{x + slot / 2:.1f}" y="{pad_t + plot_h - 3}" text-anchor="middle" '
                f'class="sup">&lt;5</text>'
            )
        else:  # too narrow for words: a short grey mark, "<5" on hover
            parts.append(
                f'<rect x="{x + slot * 0.3:.1f}" y="{pad_t + plot_h - 3}" width="{slot * 0.4:.1f}" '
                f'height="3" class="supmark"><title>{escape(label)}: &lt;5</title></rect>'
            )
        if i % every == 0:
            parts.append(
                f'<text x="{x + slot / 2:.1f}" y="{height - pad_b + 16}" text-anchor="middle" '
                f'class="tick">{escape(label)}</text>'
            )
    parts.append("</svg>")
    return Markup("".join(parts))  # noqa: S704 - every label was escaped above


def line_chart(
    labels: Sequence[str],
    series: Sequence[tuple[str, Sequence[int]]],
    *,
    title: str,
    width: int = 900,
    height: int = 280,
) -> Markup:
    """One line per series over `labels`; suppressed points are gaps, marked "<5" at the foot."""
    pad_l, pad_r, pad_b, pad_t = 52, 150, 44, 12
    plot_w = width - pad_l - pad_r
    plot_h = height - pad_b - pad_t
    n = max(2, len(labels))
    values = [v for _, vs in series for v in vs if not is_suppressed(v)]
    top = _nice_max(max(values, default=0))

    def xy(i: int, v: int) -> tuple[float, float]:
        return pad_l + plot_w * i / (n - 1), pad_t + plot_h - plot_h * v / top

    parts = [
        f'<svg class="chart" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}" '
        f'width="{width}" height="{height}" role="img" aria-label="{escape(title)}">'
        f"<title>{escape(title)}</title>",
        f'<line x1="{pad_l}" y1="{pad_t + plot_h}" x2="{pad_l + plot_w}" '
        f'y2="{pad_t + plot_h}" class="axis"/>',
        f'<text x="{pad_l - 6}" y="{pad_t + 8}" text-anchor="end" class="tick">{top:,}</text>',
        f'<text x="{pad_l - 6}" y="{pad_t + plot_h}" text-anchor="end" class="tick">0</text>',
    ]
    every = max(1, len(labels) // 8)
    for i, label in enumerate(labels):
        if i % every == 0:
            x, _ = xy(i, 0)
            parts.append(
                f'<text x="{x:.1f}" y="{height - pad_b + 16}" text-anchor="middle" '
                f'class="tick">{escape(label)}</text>'
            )
    for s, (name, vs) in enumerate(series):
        colour = PALETTE[s % len(PALETTE)]
        runs: list[list[tuple[float, float]]] = [[]]
        for i, v in enumerate(vs):
            if is_suppressed(v):
                runs.append([])
                x, _ = xy(i, 0)
                parts.append(
                    f'<circle cx="{x:.1f}" cy="{pad_t + plot_h - 4}" r="3" fill="none" '
                    f'stroke="{colour}"><title>{escape(name)} {escape(labels[i])}: &lt;5</title>'
                    "</circle>"
                )
            else:
                runs[-1].append(xy(i, v))
        for run in runs:
            if len(run) == 1:
                parts.append(
                    f'<circle cx="{run[0][0]:.1f}" cy="{run[0][1]:.1f}" r="3" fill="{colour}"/>'
                )
            elif run:
                points = " ".join(f"{x:.1f},{y:.1f}" for x, y in run)
                parts.append(
                    f'<polyline points="{points}" fill="none" stroke="{colour}" stroke-width="2"/>'
                )
        ly = pad_t + 14 + s * 18
        parts.append(
            f'<rect x="{width - pad_r + 12}" y="{ly - 9}" width="12" height="12" fill="{colour}"/>'
            f'<text x="{width - pad_r + 30}" y="{ly + 1}" class="lbl">{escape(name[:18])}</text>'
        )
    parts.append(
        f'<text x="{pad_l}" y="{height - 4}" class="sup">Open circles at the foot: '
        "fewer than 5 (not drawn to scale).</text>"
    )
    parts.append("</svg>")
    return Markup("".join(parts))  # noqa: S704 - every label was escaped above
