"""Compliance review pages: the queue and one kit's review with comments per variant."""
from __future__ import annotations

from flask import abort, current_app, flash, redirect, render_template, request, url_for
from flask_babel import gettext as _
from flask_login import current_user
from sqlalchemy import select
from sqlalchemy.orm import joinedload

from advocacy.auth.roles import COMPLIANCE, HR
from advocacy.auth.guards import roles_required
from advocacy.auth.mfa import mfa_required
from advocacy.campaigns import review, share_review, tasks
from advocacy.campaigns.forms import ReviewForm, ShareDecisionForm
from advocacy.campaigns.models import KIT_SUBMITTED, Kit, KitReview, Share
from advocacy.core.errors import form_action
from advocacy.core.pages import get_or_404
from advocacy.extensions import db
from advocacy.queue import enqueue

from ..blueprint import bp


@bp.route("/review")
@roles_required(COMPLIANCE, HR)
def review_queue():
    kits = db.session.scalars(select(Kit).where(Kit.status == KIT_SUBMITTED).options(joinedload(Kit.campaign))
                              .order_by(Kit.submitted_at)).all()
    return render_template("campaigns/review_queue.html", kits=kits)


def _render(kit, form, outcomes, status=200):
    history = db.session.scalars(select(KitReview).where(KitReview.kit_id == kit.id)
                                 .order_by(KitReview.created_at.desc())).all()
    return render_template("campaigns/review.html", kit=kit, form=form, outcomes=outcomes, history=history,
                           comments={v.id: request.form.get(f"comment-{v.id}", "") for v in kit.variants}), status


@bp.route("/review/<int:kit_id>", methods=["GET", "POST"])
@roles_required(COMPLIANCE, HR)
@mfa_required
def review_kit(kit_id: int):
    kit = get_or_404(Kit, kit_id)
    form = ReviewForm()
    outcomes = _display_check(kit)
    if request.method == "POST":
        decision = request.form.get("decision")
        if decision not in ("approve", "return"):
            abort(400)
        if form.validate_on_submit():
            comments = {v.id: request.form.get(f"comment-{v.id}", "") for v in kit.variants}
            with form_action(form) as failed:
                review.decide(kit, decision, reviewer=current_user, comment=form.comment.data or "",
                              variant_comments=comments)
            if failed:
                return _render(kit, form, _display_check(kit), failed.status)
            db.session.commit()
            flash(_("Kit approved: it goes live between the campaign's dates.") if decision == "approve"
                  else _("Kit returned to its author with your comments."), "success")
            if decision == "approve":
                _kick_notifications()
            return redirect(url_for("campaigns.review_queue"))
        return _render(kit, form, outcomes, 422)
    return _render(kit, form, outcomes)


def _display_check(kit):
    """Run the checker for display only (the verdicts stored are those of the submission)."""
    nested = db.session.begin_nested()
    try:
        return review.check_variants(kit)
    finally:
        nested.rollback()


def _kick_notifications() -> None:
    """Ask a worker to dispatch notifications now (the cron tick would anyway)."""
    try:
        enqueue(tasks.dispatch_notifications)
    except Exception:
        current_app.logger.warning("could not enqueue notification dispatch; cron will")


# -- posts the disclosure checker warned about -------------------------------------------------


def _render_shares(forms=None, status=200):
    rows = share_review.pending()
    forms = forms or {}
    items = [(row, share_review.warnings(row), forms.get(row.id) or ShareDecisionForm(prefix=f"s{row.id}"))
             for row in rows]
    return render_template("campaigns/share_review_queue.html", items=items, decided=share_review.recent()), status


@bp.route("/review/posts")
@roles_required(COMPLIANCE, HR)
def share_review_queue():
    return _render_shares()


@bp.route("/review/posts/<int:share_id>", methods=["POST"])
@roles_required(COMPLIANCE, HR)
@mfa_required
def decide_share(share_id: int):
    row = get_or_404(Share, share_id)
    form = ShareDecisionForm(prefix=f"s{row.id}")
    if form.validate_on_submit():
        with form_action(form) as failed:
            share_review.decide(row, form.decision.data, form.reason.data, reviewer=current_user)
        if failed:
            return _render_shares({row.id: form}, failed.status)
        db.session.commit()
        flash(_("Decision recorded: the author sees it with your reason."), "success")
        return redirect(url_for("campaigns.share_review_queue"))
    return _render_shares({row.id: form}, 422)
