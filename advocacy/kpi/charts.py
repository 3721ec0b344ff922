"""Server-rendered SVG charts (no JavaScript): line chart of a daily series, with the
previous period dashed, and horizontal bars. Text is escaped; gaps mark suppressed days.
"""
from __future__ import annotations

from markupsafe import Markup, escape

COLOUR = {"current": "#0b5cad", "previous": "#6e7781"}
STYLE = {"current": 'stroke="#0b5cad" stroke-width="2"',
         "previous": 'stroke="#6e7781" stroke-width="1.5" stroke-dasharray="5 4"'}
W, H, PAD_L, PAD_R, PAD_T, PAD_B = 640, 210, 48, 12, 24, 28


def _fmt(value: float) -> str:
    if abs(value) >= 1000:
        return f"{value:,.0f}".replace(",", "\u202f")
    return f"{value:.0f}" if float(value).is_integer() else f"{value:.1f}"


def _paths(values, x, y) -> list[str]:
    paths, current = [], []
    for i, value in enumerate(values):
        if value is None:
            if current:
                paths.append(current)
            current = []
            continue
        current.append(f"{x(i):.1f},{y(value):.1f}")
    if current:
        paths.append(current)
    out = []
    for points in paths:
        if len(points) == 1:
            cx, cy = points[0].split(",")
            out.append(("dot", cx, cy))
        else:
            out.append(("line", " ".join(points)))
    return out


def line_chart(title: str, labels: list[str], values: list, previous: list | None = None,
               previous_label: str = "", current_label: str = "") -> Markup:
    """A daily line; ``None`` values (suppressed or missing) leave gaps."""
    numbers = [v for v in list(values) + list(previous or []) if v is not None]
    top = max(numbers + [0]) or 1
    bottom = min(numbers + [0])
    span = (top - bottom) or 1
    n = max(len(values), 2)
    x = lambda i: PAD_L + i * (W - PAD_L - PAD_R) / (n - 1)
    y = lambda v: PAD_T + (top - v) * (H - PAD_T - PAD_B) / span
    parts = [(f'<svg class="chart" viewBox="0 0 {W} {H}" role="img" aria-label="{escape(title)}" '
              f'width="100%" xmlns="http://www.w3.org/2000/svg"><title>{escape(title)}</title>')]
    for frac in (0, 0.5, 1):
        value = bottom + span * frac
        yy = y(value)
        parts.append(f'<line x1="{PAD_L}" x2="{W - PAD_R}" y1="{yy:.1f}" y2="{yy:.1f}" stroke="#d0d7de" stroke-width="1"/>'
                     f'<text x="{PAD_L - 6}" y="{yy + 4:.1f}" text-anchor="end" fill="#57606a" font-size="11">{escape(_fmt(value))}</text>')
    if labels:
        last = len(labels) - 1
        for i in sorted({0, len(labels) // 2, last}):
            anchor = "start" if i == 0 else "end" if i == last else "middle"
            parts.append(f'<text x="{x(i):.1f}" y="{H - 8}" text-anchor="{anchor}" fill="#57606a" font-size="11">'
                         f'{escape(labels[i])}</text>')
    for series, css in ((previous, "previous"), (values, "current")):
        if not series:
            continue
        for item in _paths(series, x, y):
            if item[0] == "line":
                parts.append(f'<polyline {STYLE[css]} fill="none" points="{item[1]}"/>')
            else:
                parts.append(f'<circle fill="{COLOUR[css]}" cx="{item[1]}" cy="{item[2]}" r="3"/>')
    if previous and previous_label:
        parts.append(f'<text x="{W - PAD_R}" y="12" text-anchor="end" fill="#57606a" font-size="11">'
                     f'<tspan fill="#0b5cad">— {escape(current_label)}</tspan> '
                     f'<tspan fill="#6e7781">- - {escape(previous_label)}</tspan></text>')
    parts.append("</svg>")
    return Markup("".join(parts))


def bar_chart(title: str, items: list[tuple[str, float | None]]) -> Markup:
    """Horizontal bars (e.g. the engagement pyramid); ``None`` bars are drawn as "suppressed"."""
    row_h, label_w = 28, 170
    height = row_h * max(len(items), 1) + 8
    top = max([v for _l, v in items if v is not None] + [0]) or 1
    parts = [(f'<svg class="chart bars" viewBox="0 0 {W} {height}" role="img" aria-label="{escape(title)}" '
              f'width="100%" xmlns="http://www.w3.org/2000/svg"><title>{escape(title)}</title>')]
    for i, (label, value) in enumerate(items):
        yy = 4 + i * row_h
        parts.append(f'<text x="{label_w - 8}" y="{yy + 18}" text-anchor="end" fill="#57606a" font-size="11">{escape(label)}</text>')
        if value is None:
            parts.append(f'<text x="{label_w}" y="{yy + 18}" fill="#57606a" font-size="11">—</text>')
            continue
        width = (W - label_w - 60) * (value / top)
        parts.append(f'<rect x="{label_w}" y="{yy + 4}" width="{max(width, 1):.1f}" height="{row_h - 10}" fill="#0b5cad"/>'
                     f'<text x="{label_w + width + 6:.1f}" y="{yy + 18}" fill="#57606a" font-size="11">{escape(_fmt(value))}</text>')
    parts.append("</svg>")
    return Markup("".join(parts))
