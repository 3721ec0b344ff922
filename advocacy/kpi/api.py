"""``GET /api/v1/kpis`` — the KPIs of the annex in force, read from the rollups."""
from __future__ import annotations

from flask import g
from flask_smorest import Blueprint
from marshmallow import Schema, fields, validate

from advocacy.core.errors import ApiError
from advocacy.auth.roles import ADMIN, HR, MARKETER, STAFF_REP
from advocacy.auth.guards import api_roles
from advocacy.charter.kpi_catalogue import KPIS
from advocacy.kpi.report import KpiRequestError, build_request, report_dict
from advocacy.core.routing import MAX_ID
from advocacy.core.i18n import page_language
from flask_babel import gettext as _

blp = Blueprint("kpi_api", __name__, description="KPIs agreed in the charter's KPI annex (aggregates only).")

READERS = (HR, STAFF_REP, MARKETER, ADMIN)


class KpiQuerySchema(Schema):
    from_ = fields.Date(data_key="from", load_default=None, metadata={"description": "First day (YYYY-MM-DD)."})
    to = fields.Date(load_default=None, metadata={"description": "Last day (YYYY-MM-DD), at most today."})
    team = fields.Int(load_default=None, validate=validate.Range(min=1, max=MAX_ID),
                      metadata={"description": "A team id (annex granularity 'team')."})
    campaign = fields.Int(load_default=None, validate=validate.Range(min=1, max=MAX_ID),
                          metadata={"description": "A campaign id."})
    kpi = fields.List(fields.Str(), load_default=list, metadata={"description": "KPI ids (repeatable)."})


class FigureSchema(Schema):
    value = fields.Float(allow_none=True)
    suppressed = fields.Bool()
    reason = fields.Str(allow_none=True)


class PointSchema(FigureSchema):
    date = fields.Str(metadata={"description": "The point's first day."})
    to = fields.Str(metadata={"description": "The point's last day, when it covers a week."})


class KpiSchema(Schema):
    id = fields.Str()
    name = fields.Str()
    unit = fields.Str()
    kind = fields.Str(metadata={"description": "measured or estimated"})
    granularity = fields.Str()
    series = fields.List(fields.Nested(PointSchema))
    total = fields.Nested(FigureSchema)


class AnnexSchema(Schema):
    version = fields.Int(allow_none=True)
    min_group_size = fields.Int()
    granularity = fields.Str()


class PeriodSchema(Schema):
    from_ = fields.Str(data_key="from", attribute="from")
    to = fields.Str()
    unit = fields.Str(metadata={"description": "day, or week when the scope touches a hidden figure: then every "
                                               "point is a calendar week (date = Monday, to = Sunday or today)"})


class MembersSchema(Schema):
    count = fields.Int(allow_none=True, metadata={
        "description": "The member count the scope's rates divide by (participation, solicitations per person, "
                       "the pyramid's shares): published once per calendar week and moved only when at least "
                       "moves_by_at_least people joined or left since its last value, so that no single arrival, "
                       "departure or erasure shows. null when the group is under the annex's minimum size."})
    week = fields.Str(metadata={"description": "Monday of the calendar week the count is that of (the period's last)."})
    as_of = fields.Str(allow_none=True, metadata={"description": "The day the week's count was taken."})
    moves_by_at_least = fields.Int(metadata={"description": "The annex's minimum group size k."})


class KpiReportSchema(Schema):
    kpis = fields.List(fields.Nested(KpiSchema))
    annex = fields.Nested(AnnexSchema, allow_none=True)
    members = fields.Nested(MembersSchema, allow_none=True)
    period = fields.Nested(PeriodSchema, allow_none=True)
    team = fields.Int(allow_none=True)
    campaign = fields.Int(allow_none=True)


@blp.route("/kpis")
@blp.arguments(KpiQuerySchema, location="query")
@blp.response(200, KpiReportSchema)
@api_roles(*READERS)
def kpis(args):
    """KPIs of the charter's annex in force, per day and for the period, small groups suppressed.

    A KPI outside the annex is absent; asking for it by id answers 403 naming the annex;
    an unknown id, a backwards period, a period beyond the charter's retention, an unknown
    team or campaign answer 422. When a figure of the scope is hidden (a group under the
    annex's minimum size, or its complement), the scope is reported on whole calendar weeks
    only: another period answers 422 ``reporting_period`` with the ``allowed`` period, so
    that no hidden day can be isolated by subtracting two periods.
    """
    wanted = list(dict.fromkeys(args.get("kpi") or []))
    unknown = [k for k in wanted if k not in KPIS]
    if unknown:
        raise ApiError(422, "validation_error", _("Unknown KPI: %(names)s.", names=", ".join(unknown)), field="kpi",
                       known=list(KPIS))
    try:
        req = build_request(start=args.get("from_"), end=args.get("to"), team_id=args.get("team"),
                            campaign_id=args.get("campaign"))
    except KpiRequestError as exc:
        if exc.code == "no_annex" and not wanted:
            return {"kpis": [], "annex": None, "members": None, "period": None, "team": None, "campaign": None}
        raise
    annex_ids = [k for k in req.annex.kpis if k in KPIS]
    outside = [k for k in wanted if k not in annex_ids]
    if outside:
        raise ApiError(403, "not_in_annex",
                       _("Not in the KPI annex of charter version %(version)s: %(names)s. Only the KPIs "
                         "agreed with the staff representatives are computed.", version=req.version,
                         names=", ".join(outside)),
                       field="kpi", annex={"version": req.version, "kpis": annex_ids})
    ids = [k for k in annex_ids if not wanted or k in wanted]
    g.kpi_request = req
    return report_dict(req, ids, page_language())
