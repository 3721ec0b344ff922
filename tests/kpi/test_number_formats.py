"""Numbers, percentages, amounts and chart axes follow the interface language."""
from __future__ import annotations

import re

from flask_babel import force_locale

from advocacy.kpi.charts import bar_chart, line_chart
from advocacy.kpi.dashboard import fmt


def _plain(text: str) -> str:
    return text.replace("\u202f", " ").replace("\xa0", " ")


def test_kpi_values_in_french_and_in_english(app):
    with app.test_request_context():
        with force_locale("fr"):
            assert _plain(fmt(71.5, "percent")) == "71,5 %"
            assert _plain(fmt(120, "currency")) == "120,00 €"
            assert _plain(fmt(12345.678, "count")) == "12 345,68"
        with force_locale("en"):
            assert fmt(71.5, "percent") == "71.5%"
            assert fmt(120, "currency") == "€120.00"
            assert fmt(12345.678, "count") == "12,345.68"


def test_chart_axes_in_the_interface_language_and_a_phone_drawing(app):
    with app.test_request_context():
        with force_locale("fr"):
            chart = str(line_chart("Taux", ["1 nov.", "2 nov.", "3 nov."], [12.9, 3.1, 25.8]))
            assert "25,8" in chart and "25.8" not in chart
        with force_locale("en"):
            chart = str(line_chart("Rate", ["Nov 1", "Nov 2", "Nov 3"], [12.9, 3.1, 25.8]))
            assert "25.8" in chart
        bars = str(bar_chart("Pyramid", [("Shared at least once this month", 40.0), ("Hidden", None)]))
    # one drawing for laptops, one for phones; the phone's is narrow so its 11-12 px text stays readable
    assert chart.count("<svg") == 2 and 'class="chart-narrow"' in chart
    widths = [int(w) for w in re.findall(r'viewBox="0 0 (\d+) ', bars)]
    assert len(widths) == 2 and min(widths) <= 360 < max(widths)
