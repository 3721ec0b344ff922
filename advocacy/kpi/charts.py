"""Server-rendered SVG charts (no JavaScript): line chart of a daily series, with the
previous period dashed, and horizontal bars. Text is escaped; gaps mark suppressed days.

Each chart is drawn twice, for a laptop and for a phone (narrower drawing, the same font size), and
the stylesheet shows one: an SVG scaled down to a phone's width would shrink its labels below
reading size. Axis numbers follow the interface language (Babel).
"""
from __future__ import annotations

from flask_babel import format_decimal
from markupsafe import Markup, escape

COLOUR = {"current": "#0b5cad", "previous": "#6e7781"}
STYLE = {"current": 'stroke="#0b5cad" stroke-width="2"',
         "previous": 'stroke="#6e7781" stroke-width="1.5" stroke-dasharray="5 4"'}
W, H, PAD_L, PAD_R, PAD_T, PAD_B = 640, 210, 48, 12, 24, 28
#: the phone drawing: about a phone's content width, so that its text stays at 11-12 px
NARROW = 340


def _fmt(value: float) -> str:
    if abs(value) >= 100 or float(value).is_integer():
        return format_decimal(value, format="#,##0")
    return format_decimal(value, format="#,##0.0")


def _both(wide: str, narrow: str) -> Markup:
    return Markup(f'<div class="chart-box"><div class="chart-wide">{wide}</div>'
                  f'<div class="chart-narrow">{narrow}</div></div>')


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
    return _both(_line(W, title, labels, values, previous, previous_label, current_label),
                 _line(NARROW, title, labels, values, previous, previous_label, current_label))


def _line(W: int, title: str, labels: list[str], values: list, previous: list | None,  # noqa: N803
          previous_label: str, current_label: str) -> str:
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
    return "".join(parts)


def bar_chart(title: str, items: list[tuple[str, float | None]]) -> Markup:
    """Horizontal bars (e.g. the engagement pyramid); ``None`` bars are drawn as "suppressed"."""
    return _both(_bars(W, 170, title, items), _bars(NARROW, 0, title, items))


def _bars(W: int, label_w: int, title: str, items: list[tuple[str, float | None]]) -> str:  # noqa: N803
    """``label_w == 0``: each label on its own line above its bar (the phone drawing)."""
    stacked = label_w == 0
    row_h = 44 if stacked else 28
    bar_y = 20 if stacked else 4  # where the bar starts within its row
    height = row_h * max(len(items), 1) + 8
    top = max([v for _l, v in items if v is not None] + [0]) or 1
    parts = [(f'<svg class="chart bars" viewBox="0 0 {W} {height}" role="img" aria-label="{escape(title)}" '
              f'width="100%" xmlns="http://www.w3.org/2000/svg"><title>{escape(title)}</title>')]
    for i, (label, value) in enumerate(items):
        yy = 4 + i * row_h
        if stacked:
            parts.append(f'<text x="0" y="{yy + 12}" fill="#1b1f24" font-size="12">{escape(label)}</text>')
        else:
            parts.append(f'<text x="{label_w - 8}" y="{yy + 18}" text-anchor="end" fill="#57606a" font-size="11">'
                         f'{escape(label)}</text>')
        if value is None:
            parts.append(f'<text x="{label_w}" y="{yy + bar_y + 14}" fill="#57606a" font-size="11">—</text>')
            continue
        width = (W - label_w - 48) * (value / top)
        parts.append(f'<rect x="{label_w}" y="{yy + bar_y}" width="{max(width, 1):.1f}" height="18" fill="#0b5cad"/>'
                     f'<text x="{label_w + width + 6:.1f}" y="{yy + bar_y + 14}" fill="#57606a" font-size="11">'
                     f'{escape(_fmt(value))}</text>')
    parts.append("</svg>")
    return "".join(parts)
