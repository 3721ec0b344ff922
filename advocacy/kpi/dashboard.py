"""What the dashboards show: period picking, one block per KPI (chart, table, comparison), CSV."""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta

from flask_babel import format_currency, format_date, format_decimal, format_percent
from flask_babel import gettext as _

from advocacy.charter.kpi_catalogue import KPIS, TEAM, effective_granularity
from advocacy.core import csv
from advocacy.core.i18n import percent_pattern
from advocacy.kpi.charts import bar_chart, line_chart
from advocacy.kpi.report import (
    KpiRequestError,
    Request,
    build_request,
    kpi_series,
    metric_series,
)
from sqlalchemy import select
from advocacy.extensions import db
from advocacy.kpi.models import GroupDay
from advocacy.core.routing import MAX_ID
from advocacy.core.disclosure_control import suppress_table
from advocacy.kpi.report import PYRAMID_LEVELS
from advocacy.auth.models import Team
from advocacy.campaigns.models import Campaign

HEALTH = ("participation_rate", "active_engagement_rate", "retention", "contribution", "authenticity_index",
          "reward_redemption_rate", "engagement_pyramid")
WELLBEING = ("wellbeing_quiet_hours_share", "wellbeing_solicitations")
TRUST = ("trust_score",)
CAMPAIGN_MEASURED = ("shares", "clicks", "click_rate", "reactions_per_share", "comments", "measured_reach",
                     "authenticity_index")
CAMPAIGN_ESTIMATED = ("potential_reach", "earned_media_value", "roi")


def reason_text(reason: str | None, k: int) -> str:
    if reason == "min_group_size":
        return _("Hidden: fewer than %(k)d people.", k=k)
    if reason == "complementary":
        return _("Hidden so that a smaller group cannot be worked out by subtraction.")
    if reason == "granularity":
        return _("Not available at this level: the KPI annex does not allow it.")
    return ""


def fmt(value, unit: str) -> str:
    if value is None:
        return "—"
    if unit == "percent":  # the value is already ×100
        return format_percent(value / 100, format=percent_pattern(1))
    if unit == "currency":
        return format_currency(value, "EUR")
    if unit in ("ratio", "per_person_week"):
        return format_decimal(value, format="#,##0.00")
    if unit == "score":
        return f"{format_decimal(value, format='#,##0.0')} / 100"
    return format_decimal(value, format="#,##0.##")


@dataclass
class Period:
    start: date | None = None
    end: date | None = None
    team_id: int | None = None
    campaign_id: int | None = None
    errors: dict = field(default_factory=dict)


def parse_period(args) -> Period:
    period = Period()
    for name, attr in (("from", "start"), ("to", "end")):
        raw = (args.get(name) or "").strip()
        if raw:
            try:
                setattr(period, attr, date.fromisoformat(raw))
            except ValueError:
                period.errors[name] = _("Enter a date as YYYY-MM-DD.")
    for name, attr in (("team", "team_id"), ("campaign", "campaign_id")):
        raw = (args.get(name) or "").strip()
        if raw:
            try:
                value = int(raw)
                if not 1 <= value <= MAX_ID:
                    raise ValueError(raw)
                setattr(period, attr, value)
            except ValueError:
                period.errors[name] = _("Choose from the list.")
    return period


def make_request(period: Period) -> tuple[Request | None, dict, str | None]:
    """(request, field errors, blocking message). Bad input falls back to the default period."""
    errors = dict(period.errors)
    try:
        return build_request(start=None if "from" in errors else period.start,
                             end=None if "to" in errors else period.end,
                             team_id=period.team_id, campaign_id=period.campaign_id, snap=True), errors, None
    except KpiRequestError as exc:
        if exc.status == 403 and exc.code == "no_annex":
            return None, errors, exc.message
        errors[exc.field or "from"] = _translate_error(exc)
        try:
            team = period.team_id if exc.field != "team" else None
            campaign = period.campaign_id if exc.field != "campaign" else None
            return build_request(start=None, end=None, team_id=team, campaign_id=campaign, snap=True), errors, None
        except KpiRequestError as again:
            return None, errors, again.message


def _translate_error(exc: KpiRequestError) -> str:
    if exc.field == "team" and exc.status == 403:
        return _("The KPI annex in force allows organisation-wide figures only.")
    messages = {
        "The period ends before it starts.": _("The period ends before it starts."),
        "The period cannot end in the future.": _("The period cannot end in the future."),
        "Unknown team.": _("Unknown team."),
        "Unknown campaign.": _("Unknown campaign."),
    }
    if exc.message in messages:
        return messages[exc.message]
    if "retention" in exc.message:
        return _("The period goes back beyond the charter's retention of %(days)d days.",
                 days=exc.extra.get("retention_days", 0))
    return exc.message


def previous_of(req: Request) -> Request | None:
    length = (req.end - req.start).days + 1
    try:
        return build_request(start=req.start - timedelta(days=length), end=req.start - timedelta(days=1),
                             team_id=None if req.team_id == 0 else req.team_id,
                             campaign_id=None if req.campaign_id == 0 else req.campaign_id, snap=True)
    except KpiRequestError:
        return None


def _labels(spans) -> list[str]:
    return [format_date(first, "d MMM") if first == last else _("week of %(day)s", day=format_date(first, "d MMM"))
            for first, last in spans]


def block(req: Request, prev: Request | None, kpi_id: str, lang: str) -> dict:
    kpi = KPIS[kpi_id]
    series = kpi_series(req, kpi_id)
    previous = kpi_series(prev, kpi_id) if prev is not None else None
    values = [p.value for p in series.points]
    prev_values = [p.value for p in previous.points] if previous else None
    rows = []
    for i, ((day, last), point) in enumerate(zip(series.spans, series.points)):
        before = previous.points[i] if previous and i < len(previous.points) else None
        label = (format_date(day, "EEE d MMM") if day == last else
                 _("%(first)s to %(last)s", first=format_date(day, "d MMM"), last=format_date(last, "d MMM")))
        rows.append({"date": label, "iso": day.isoformat(), "last": last.isoformat(),
                     "value": fmt(point.value, kpi.unit), "raw": point.value,
                     "suppressed": point.suppressed, "reason": reason_text(point.reason, req.k),
                     "previous": fmt(before.value, kpi.unit) if before else "—"})
    total, prev_total = series.total, previous.total if previous else None
    delta = None
    if prev_total and total.value is not None and prev_total.value is not None:
        delta = round(total.value - prev_total.value, 2)
    chart = line_chart(kpi.name(lang), _labels(series.spans), values, prev_values,
                       _("previous period"), _("this period"))
    return {"kpi": kpi, "name": kpi.name(lang), "definition": kpi.definition(lang), "formula": kpi.formula_in(lang), "chart": chart, "rows": rows,
            "total": fmt(total.value, kpi.unit), "total_suppressed": total.suppressed,
            "total_reason": reason_text(total.reason, req.k),
            "previous_total": fmt(prev_total.value, kpi.unit) if prev_total else None,
            "delta": None if delta is None else fmt(delta, kpi.unit), "delta_raw": delta,
            "granularity": effective_granularity(kpi, req.annex.granularity), "weekly": req.weekly}


def retention_cohorts(req: Request) -> list[dict]:
    out = []
    labels = {1: _("1 month"), 3: _("3 months"), 6: _("6 months")}
    for months, metric in ((1, "retention"), (3, "retention.3m"), (6, "retention.6m")):
        series = metric_series(req, metric, "retention")
        out.append({"months": months, "label": labels[months], "value": fmt(series.total.value, "percent"),
                    "suppressed": series.total.suppressed, "reason": reason_text(series.total.reason, req.k)})
    return out


def pyramid_moves(req: Request) -> dict:
    """Moves between levels over the 30 days before the period's last day, small cells hidden."""
    # no "joined" row nor "left" column: whoever was not an acting member is passive (``rollup._moves``)
    befores = afters = ("passive", "contributors", "ambassadors")
    rows = db.session.execute(select(GroupDay.metric, GroupDay.num).where(
        GroupDay.day == req.end, GroupDay.team_id == req.team_id, GroupDay.campaign_id == 0,
        GroupDay.metric.like("engagement_pyramid.move.%"))).all()
    counts = {(b, a): 0 for b in befores for a in afters}
    for metric, num in rows:
        _p, _m, before, after = metric.split(".")
        if (before, after) in counts:  # rows rolled up before the levels had no "new"/"left"
            counts[(before, after)] = int(num)
    # a zero reveals nobody; non-zero cells under k are hidden, with their complements. A column's
    # sum is the pyramid level it ends in: when the pyramid hides that level, the column is hidden.
    table = {cell: (n if n else req.k) for cell, n in counts.items()}

    levels = {level: metric for metric, level in PYRAMID_LEVELS.items()}
    hidden_levels = {level for level in afters if level in levels
                     and metric_series(req, levels[level], "engagement_pyramid").total.suppressed}
    already = {cell for cell in counts if cell[1] in hidden_levels}
    hidden = (suppress_table(table, req.k, rows_disjoint=True, cols_disjoint=True, already=already)
              if rows else set())
    labels = {"passive": _("Passive members"), "contributors": _("Contributors"), "ambassadors": _("Ambassadors")}
    return {"available": bool(rows), "befores": [(b, labels[b]) for b in befores],
            "afters": [(a, labels[a]) for a in afters],
            "cells": {cell: (None if cell in hidden else n) for cell, n in counts.items()}}


def pyramid(req: Request) -> dict:
    levels = []
    for metric, label in (("engagement_pyramid", _("Ambassadors")),
                          ("engagement_pyramid.contributors", _("Contributors")),
                          ("engagement_pyramid.passive", _("Passive members"))):
        series = metric_series(req, metric, "engagement_pyramid")
        levels.append({"label": label, "value": series.total.value, "shown": fmt(series.total.value, "percent"),
                       "suppressed": series.total.suppressed, "reason": reason_text(series.total.reason, req.k)})
    chart = bar_chart(_("Engagement pyramid (share of members, trailing 30 days)"),
                      [(lv["label"], lv["value"]) for lv in levels])
    return {"levels": levels, "chart": chart}


def teams_for(req: Request | None):
    if req is None or req.annex.granularity != TEAM:
        return []
    return db.session.scalars(select(Team).order_by(Team.name)).all()


def campaigns_all():
    return db.session.scalars(select(Campaign).order_by(Campaign.starts_at.desc())).all()


# -- CSV -----------------------------------------------------------------------------------

def csv_export(req: Request, kpi_ids, lang: str, scope_label: str) -> str:
    """Every point of each KPI, then its total, one row each (``core.csv``: cells made inert), with the
    published member count the scope's rates divide by and its week."""
    header = ("kpi", "name", "unit", "kind", "scope", "date", "value", "suppressed", "reason", "period",
              "members", "members_week")
    rows = []
    period = f"{req.start.isoformat()}/{req.end.isoformat()}"
    # the published member count the rates divide by, and the Monday of the week it is that of
    members = req.members()
    members_cells = (members["count"], members["week"].isoformat())
    for kpi_id in kpi_ids:
        kpi = KPIS[kpi_id]
        series = kpi_series(req, kpi_id)
        for span, point in list(zip(series.spans, series.points)) + [("total", series.total)]:
            if isinstance(span, str):
                when = span
            else:  # a day, or a week as an ISO 8601 interval
                when = span[0].isoformat() if span[0] == span[1] else f"{span[0].isoformat()}/{span[1].isoformat()}"
            rows.append((kpi_id, kpi.name(lang), kpi.unit, kpi.kind, scope_label, when, point.value,
                         "yes" if point.suppressed else "no", point.reason or "", period, *members_cells))
    return csv.table(header, rows)
