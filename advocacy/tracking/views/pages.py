"""Tracking pages: the tracked-link fallback route, findings for authors, counts for compliance."""
from __future__ import annotations

from flask import abort, flash, redirect, render_template, request, url_for
from flask_babel import gettext as _
from flask_login import current_user

from advocacy.auth.roles import ADMIN, COMPLIANCE, EMPLOYEE, HR
from advocacy.auth.guards import roles_required
from advocacy.extensions import db

from ..blueprint import bp
from sqlalchemy import select
from advocacy.tracking.links import CODE_CHARS
from advocacy.tracking.links import client_address
from advocacy.tracking.links import is_countable
from advocacy.tracking.redirect import capture_with
from advocacy.tracking.links import DailySalt
from advocacy.campaigns.models import Share
from advocacy.tracking.findings import findings_of
from advocacy.tracking.findings import message_of
from advocacy.tracking.findings import resolve
from advocacy.tracking.findings import compliance_counts
from sqlalchemy import func
from advocacy.tracking.models import ACTIVE
from advocacy.tracking.models import PollSchedule
from advocacy.tracking.polling import configuration_errors
from advocacy.core.i18n import page_language



@bp.route("/l/<code>", methods=["GET", "HEAD"])
def tracked_link(code):
    """Public by design (no login). ``RedirectMiddleware`` serves known codes before Flask;
    this view answers what it lets through (unknown codes → 404) and is the URL rule."""
    if not CODE_CHARS.fullmatch(code):
        abort(404)  # no code holds such characters (a NUL would even be refused by PostgreSQL)
    target = capture_with(db.session.connection(), code, countable=is_countable(request.method, request.headers),
                          address=client_address(request.environ), agent=request.headers.get("User-Agent", ""),
                          salt_cache=_salts)
    db.session.commit()
    if target is None:
        abort(404)
    response = redirect(target, 302)
    response.headers["Cache-Control"] = "no-store, private"
    response.headers["Referrer-Policy"] = "no-referrer"
    return response


def _make_salts():
    return DailySalt()


_salts = _make_salts()


@bp.route("/tracking/findings")
@roles_required(EMPLOYEE)
def my_findings():
    """My published posts whose live text no longer passes the disclosure check."""
    lang = page_language()
    findings = findings_of(current_user.id, include_resolved=request.args.get("all") == "1")
    share_ids = {finding.share_id for finding in findings}
    shares = ({share.id: share for share in db.session.scalars(select(Share).where(Share.id.in_(share_ids)))}
              if share_ids else {})
    rows = []
    for finding in findings:
        entries = []
        for item in finding.findings or []:
            text, fix = message_of(item, lang)
            entries.append(dict(item, text=text, fix=fix))
        rows.append({"finding": finding, "share": shares.get(finding.share_id), "entries": entries})
    return render_template("tracking/findings.html", rows=rows, show_all=request.args.get("all") == "1")


@bp.route("/tracking/findings/<int:finding_id>/resolve", methods=["POST"])
@roles_required(EMPLOYEE)
def resolve_finding(finding_id: int):
    if resolve(finding_id, current_user):
        db.session.commit()
        flash(_("Marked as fixed. The next check of the live post will confirm it."), "success")
    else:
        flash(_("This finding does not exist or is already closed."), "error")
    return redirect(url_for("tracking.my_findings"))


@bp.route("/tracking/compliance")
@roles_required(COMPLIANCE, HR, ADMIN)
def compliance():
    """Anonymous counts of live posts that fail their re-check (no names)."""
    return render_template("tracking/compliance.html", data=compliance_counts())


@bp.route("/tracking/providers")
@roles_required(ADMIN)
def providers():
    """Networks paused because they refused our settings (token, permission, API version)."""
    errors = configuration_errors()
    waiting = dict(db.session.execute(
        select(PollSchedule.provider_key, func.count()).where(
            PollSchedule.state == ACTIVE, PollSchedule.provider_key.in_([e.key for e in errors]))
        .group_by(PollSchedule.provider_key)).all()) if errors else {}
    return render_template("tracking/providers.html", errors=errors, waiting=waiting)
