"""KPI dashboards: program health for HR and staff reps, campaigns for marketers, one's own figures."""
from __future__ import annotations

from flask import (Response,
    abort,
    flash,
    redirect,
    render_template,
    request,
    url_for,
)
from flask_babel import gettext as _
from flask_login import current_user

from advocacy.auth.roles import ADMIN, EMPLOYEE, HR, MARKETER, STAFF_REP
from advocacy.auth.guards import roles_required
from advocacy.extensions import db
from advocacy.kpi import dashboard as dash
from advocacy.charter.kpi_catalogue import KPIS
from advocacy.kpi.models import ALL

from ..blueprint import bp
from advocacy.kpi import pulse
from advocacy.kpi.inputs import current_emv_rates
from advocacy.core.audit import record
from advocacy.auth.models import Team
from advocacy.campaigns.models import Campaign
from advocacy.kpi.report import own_figures
from advocacy.kpi.report import team_medians
from advocacy.kpi.services import compares_with_team
from advocacy.kpi.services import set_compare_with_team
from advocacy.core.i18n import page_language


PROGRAM_READERS = (HR, STAFF_REP, ADMIN)
CAMPAIGN_READERS = (MARKETER, HR, STAFF_REP, ADMIN)


def _in_annex(req, ids):
    allowed = set(req.annex.kpis) if req else set()
    return [k for k in ids if k in allowed and k in KPIS]


@bp.route("/")
@roles_required()
def index():
    if current_user.has_role(*PROGRAM_READERS):
        return redirect(url_for("kpi.program"))
    if current_user.has_role(MARKETER):
        return redirect(url_for("kpi.campaigns"))
    return redirect(url_for("kpi.me"))


@bp.route("/program")
@roles_required(*PROGRAM_READERS)
def program():
    period = dash.parse_period(request.args)
    period.campaign_id = None
    req, errors, blocking = dash.make_request(period)
    context = {"period": period, "errors": errors, "blocking": blocking, "req": req, "teams": dash.teams_for(req)}
    if req is not None:
        prev = dash.previous_of(req)
        sections = []
        for title, ids in ((_("Program health"), dash.HEALTH), (_("Well-being guardrails"), dash.WELLBEING),
                           (_("Trust"), dash.TRUST)):
            present = _in_annex(req, ids)
            sections.append({"title": title, "blocks": [dash.block(req, prev, k, page_language()) for k in present]})
        context.update(sections=sections, prev=prev, export_url=_export_url("program", req),
                       cohorts=dash.retention_cohorts(req) if "retention" in req.annex.kpis else None,
                       pyramid=dash.pyramid(req) if "engagement_pyramid" in req.annex.kpis else None,
                       moves=dash.pyramid_moves(req) if "engagement_pyramid" in req.annex.kpis else None,
                       pulse=_pulse_summary(req) if "trust_score" in req.annex.kpis else None)
    return render_template("kpi/program.html", **context)


def _export_url(view: str, req) -> str:
    args = {"view": view, "from": req.start.isoformat(), "to": req.end.isoformat()}
    if req.team_id != ALL:
        args["team"] = req.team_id
    if req.campaign_id != ALL and view == "campaigns":
        args["campaign"] = req.campaign_id
    return url_for("kpi.export_csv", **args)


def _pulse_summary(req):
    latest = pulse.rounds(limit=1)
    if not latest:
        return None
    respondents, results = pulse.results(latest[0], req.k)
    return {"round": latest[0], "respondents": respondents, "results": results}


@bp.route("/campaigns")
@roles_required(*CAMPAIGN_READERS)
def campaigns():
    period = dash.parse_period(request.args)
    req, errors, blocking = dash.make_request(period)
    context = {"period": period, "errors": errors, "blocking": blocking, "req": req,
               "teams": dash.teams_for(req), "campaigns": dash.campaigns_all(), "rates": current_emv_rates()}
    if req is not None:
        prev = dash.previous_of(req)
        context.update(
            prev=prev, export_url=_export_url("campaigns", req),
            measured=[dash.block(req, prev, k, page_language()) for k in _in_annex(req, dash.CAMPAIGN_MEASURED)],
            estimated=[dash.block(req, prev, k, page_language()) for k in _in_annex(req, dash.CAMPAIGN_ESTIMATED)])
    return render_template("kpi/campaigns.html", **context)


@bp.route("/export.csv")
@roles_required(*CAMPAIGN_READERS)
def export_csv():
    view = request.args.get("view") or ("program" if current_user.has_role(*PROGRAM_READERS) else "campaigns")
    if view not in ("program", "campaigns"):
        abort(404)
    if view == "program" and not current_user.has_role(*PROGRAM_READERS):
        abort(403)
    period = dash.parse_period(request.args)
    if view == "program":
        period.campaign_id = None
    req, errors, _blocking = dash.make_request(period)
    if req is None or errors:
        flash(_("Fix the period before exporting."), "error")
        kept = {k: v for k, v in request.args.items() if k in ("from", "to", "team", "campaign")}
        return redirect(url_for(f"kpi.{view}", **kept))
    ids = dash.HEALTH + dash.WELLBEING + dash.TRUST if view == "program" else dash.CAMPAIGN_MEASURED + dash.CAMPAIGN_ESTIMATED
    scope = _scope_label(req)
    body = dash.csv_export(req, _in_annex(req, ids), page_language(), scope)

    record("kpi.export", actor=current_user, details={"view": view, "from": req.start.isoformat(),
                                                      "to": req.end.isoformat(), "scope": scope})
    db.session.commit()
    name = f"kpi-{view}-{req.start.isoformat()}-{req.end.isoformat()}.csv"
    return Response(body, mimetype="text/csv",
                    headers={"Content-Disposition": f'attachment; filename="{name}"', "Cache-Control": "no-store"})


def _scope_label(req) -> str:
    parts = []
    if req.team_id != ALL:
        parts.append(db.session.get(Team, req.team_id).name)
    if req.campaign_id != ALL:
        parts.append(db.session.get(Campaign, req.campaign_id).name)
    return " / ".join(parts) or _("Whole organisation")


@bp.route("/me", methods=["GET", "POST"])
@roles_required(EMPLOYEE)
def me():
    if request.method == "POST":
        set_compare_with_team(current_user, request.form.get("compare") == "1")
        db.session.commit()
        flash(_("Your choice is saved."), "success")
        return redirect(url_for("kpi.me", **{k: v for k, v in request.args.items() if k in ("from", "to")}))
    period = dash.parse_period(request.args)
    period.team_id = period.campaign_id = None
    req, errors, blocking = dash.make_request(period)
    context = {"period": period, "errors": errors, "blocking": blocking, "req": req,
               "compare": compares_with_team(current_user), "figures": [], "median_note": None}
    if req is not None:
        ids = [k for k in req.annex.kpis if k in KPIS and KPIS[k].finest == "person"]
        mine = own_figures(current_user.id, req.start, req.end, ids)
        medians = None
        if context["compare"] and current_user.team_id and req.annex.granularity == "team":
            medians = team_medians(current_user.team_id, req.start, req.end, ids, req.k)
            if medians is None:
                context["median_note"] = _("Your team is smaller than %(k)d members: no median is shown.", k=req.k)
        context["figures"] = [{"kpi": KPIS[k], "name": KPIS[k].name(page_language()), "value": dash.fmt(mine.get(k), KPIS[k].unit),
                               "median": dash.fmt(medians.get(k), KPIS[k].unit) if medians else None}
                              for k in ids]
    return render_template("kpi/me.html", **context)
