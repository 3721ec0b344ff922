"""Program pages: co-creation (ideas), points and their published rules, leaderboard, rewards, notifications."""
from __future__ import annotations

from flask import abort, current_app, flash, jsonify, redirect, render_template, request, url_for
from flask_babel import gettext as _
from flask_login import current_user
from sqlalchemy import select

from advocacy.auth.roles import EMPLOYEE, MARKETER
from advocacy.auth.guards import roles_required
from advocacy.campaigns import gamification, ideas, membership, notify, push
from advocacy.campaigns.errors import Invalid
from advocacy.campaigns.forms import AdoptForm, ButtonForm, IdeaForm, RewardForm
from advocacy.campaigns.gamification_models import RED_REQUESTED, Idea, IdeaVote, Redemption, Reward
from advocacy.campaigns.models import Campaign
from advocacy.core.errors import back_to, form_action
from advocacy.core.pages import get_or_404
from advocacy.extensions import db

from ..blueprint import bp
from advocacy.consent.services import has_consent
from advocacy.auth.models import Person
from advocacy.campaigns.models import Notification

# -- ideas ----------------------------------------------------------------------------------------

def _render_ideas(form, status=200):
    mine = set()
    if current_user.has_role(EMPLOYEE):
        mine = set(db.session.scalars(select(IdeaVote.idea_id).where(IdeaVote.person_id == current_user.id)))
    adopt = AdoptForm()
    adopt.campaign_id.choices = [(c.id, c.name) for c in db.session.scalars(
        select(Campaign).where(Campaign.archived_at.is_(None)).order_by(Campaign.starts_at.desc()))]
    member = current_user.has_role(EMPLOYEE) and membership.membership_problem(current_user) is None
    return render_template("campaigns/ideas.html", ideas=ideas.open_ideas(), form=form, voted=mine,
                           adopt=adopt, button=ButtonForm(), member=member), status


@bp.route("/ideas")
@roles_required(EMPLOYEE, MARKETER)
def ideas_page():
    return _render_ideas(IdeaForm())


@bp.route("/ideas", methods=["POST"])
@roles_required(EMPLOYEE)
def propose_idea():
    form = IdeaForm()
    if form.validate_on_submit():
        with form_action(form) as failed:
            ideas.propose(current_user, form.title.data, form.body.data)
        if failed:
            return _render_ideas(form, failed.status)
        db.session.commit()
        flash(_("Thank you, your idea is published for votes."), "success")
        return redirect(url_for("campaigns.ideas_page"))
    return _render_ideas(form, 422)


@bp.route("/ideas/<int:idea_id>/vote", methods=["POST"])
@roles_required(EMPLOYEE)
@back_to("campaigns.ideas_page")
def vote(idea_id: int):
    idea = get_or_404(Idea, idea_id)
    if ButtonForm().validate_on_submit():
        ideas.vote(current_user, idea, on=request.form.get("on", "1") == "1")
        db.session.commit()
    return redirect(url_for("campaigns.ideas_page"))


@bp.route("/ideas/<int:idea_id>/<any(adopt, decline):action>", methods=["POST"])
@roles_required(MARKETER)
@back_to("campaigns.ideas_page")
def decide_idea(idea_id: int, action: str):
    idea = get_or_404(Idea, idea_id)
    form = AdoptForm()
    form.campaign_id.choices = [(c.id, c.name) for c in db.session.scalars(select(Campaign))]
    if not ButtonForm().validate_on_submit():
        abort(400)
    if action == "adopt":
        raw = request.form.get("campaign_id", "")
        campaign = get_or_404(Campaign, int(raw) if raw.isdigit() else 0)
        kit = ideas.adopt(idea, campaign, actor=current_user)
    else:
        ideas.decline(idea, actor=current_user)
    db.session.commit()
    if action == "adopt":
        flash(_("A draft kit was made from the idea; its author is credited."), "success")
        return redirect(url_for("campaigns.edit_kit", kit_id=kit.id))
    return redirect(url_for("campaigns.ideas_page"))


# -- points, badges, leaderboard ------------------------------------------------------------------

@bp.route("/points")
@roles_required()
def points():
    """The published rules (for everyone), and the person's own points and badges."""
    mine = gamification.summary(current_user) if current_user.has_role(EMPLOYEE) else None
    shares = gamification.registered_shares(current_user.id) if mine else []
    return render_template("campaigns/points.html", rules=gamification.RULES.values(), badges=gamification.BADGES,
                           mine=mine, shares=shares, rules_by_code=gamification.RULES)


@bp.route("/leaderboard")
@roles_required()
def leaderboard():
    opted_in = current_user.has_role(EMPLOYEE) and has_consent(current_user, "leaderboard")
    return render_template("campaigns/leaderboard.html", board=gamification.leaderboard(), opted_in=opted_in)


# -- rewards --------------------------------------------------------------------------------------

def _render_rewards(form=None, status=200):
    marketer = current_user.has_role(MARKETER)
    queue = []
    if marketer:
        queue = db.session.scalars(select(Redemption).where(Redemption.status == RED_REQUESTED)
                                   .order_by(Redemption.created_at)).all()
    mine = db.session.scalars(select(Redemption).where(Redemption.person_id == current_user.id)
                              .order_by(Redemption.created_at.desc())).all()

    # Delivering a reward needs the requester's name (they asked for it under the "rewards" purpose).
    names = {p.id: p.display_name for p in db.session.scalars(
        select(Person).where(Person.id.in_({q.person_id for q in queue})))} if queue else {}
    consent = current_user.has_role(EMPLOYEE) and has_consent(current_user, "rewards")
    available = gamification.earned(current_user.id) - gamification.held(current_user.id)
    not_redeemable = gamification.not_redeemable(current_user.id)
    all_rewards = db.session.scalars(select(Reward).order_by(Reward.cost)).all() if marketer else gamification.catalogue()
    return render_template("campaigns/rewards.html", rewards=all_rewards, open=gamification.rewards_open(),
                           consent=consent, available=available, not_redeemable=not_redeemable, mine=mine,
                           queue=queue,
                           form=form or RewardForm(), button=ButtonForm(), marketer=marketer, names=names), status


@bp.route("/rewards")
@roles_required(EMPLOYEE, MARKETER)
def rewards():
    return _render_rewards()


@bp.route("/rewards", methods=["POST"])
@roles_required(MARKETER)
def add_reward():
    form = RewardForm()
    if form.validate_on_submit():
        with form_action(form) as failed:
            gamification.save_reward({"name": form.name.data, "description": form.description.data,
                                      "cost": form.cost.data, "stock": form.stock.data,
                                      "active": form.active.data}, actor=current_user)
        if failed:
            return _render_rewards(form, failed.status)
        db.session.commit()
        flash(_("Reward saved."), "success")
        return redirect(url_for("campaigns.rewards"))
    return _render_rewards(form, 422)


@bp.route("/rewards/<int:reward_id>/request", methods=["POST"])
@roles_required(EMPLOYEE)
def request_reward(reward_id: int):
    reward = get_or_404(Reward, reward_id)
    if ButtonForm().validate_on_submit():
        with form_action(None) as failed:
            gamification.request_redemption(current_user, reward)
        if failed:
            return _render_rewards(status=failed.status)
        db.session.commit()
        flash(_("Request sent: a marketer will answer it."), "success")
    return redirect(url_for("campaigns.rewards"))


@bp.route("/redemptions/<int:redemption_id>/<any(approve, refuse, cancel):action>", methods=["POST"])
@roles_required(EMPLOYEE, MARKETER)
@back_to("campaigns.rewards")
def redemption_action(redemption_id: int, action: str):
    row = get_or_404(Redemption, redemption_id)
    if not ButtonForm().validate_on_submit():
        abort(400)
    if action == "cancel":
        gamification.cancel_redemption(current_user, row)
    elif current_user.has_role(MARKETER):
        gamification.decide_redemption(row, action == "approve", actor=current_user, note=request.form.get("note", ""))
    else:
        abort(403)
    db.session.commit()
    return redirect(url_for("campaigns.rewards"))


# -- notifications --------------------------------------------------------------------------------

@bp.route("/notifications", methods=["GET", "POST"])
@roles_required()
def notifications():
    if request.method == "POST":
        if ButtonForm().validate_on_submit():
            notify.mark_read(current_user)
            db.session.commit()
        return redirect(url_for("campaigns.notifications"))

    rows = db.session.scalars(select(Notification).where(Notification.person_id == current_user.id)
                              .order_by(Notification.created_at.desc()).limit(50)).all()
    return render_template("campaigns/notifications.html", rows=rows, button=ButtonForm(),
                           devices=push.subscriptions_of(current_user),
                           push_consent=has_consent(current_user, "notifications"),
                           vapid_public_key=current_app.config["SETTINGS"].vapid_public_key)


@bp.route("/notifications/push", methods=["POST"])
@roles_required()
def push_subscribe():
    """The page's script sends the browser's ``PushSubscription`` (JSON) after the person asked."""
    try:
        row = push.subscribe(current_user, request.get_json(silent=True), request.user_agent.string)
    except Invalid as exc:  # raised before anything is written
        return jsonify(exc.to_dict()), exc.status
    db.session.commit()
    return jsonify({"id": row.id, "device": row.label}), 201


@bp.route("/notifications/push/remove", methods=["POST"])
@roles_required()
def push_unsubscribe():
    """Turn push off for one device: the form names it (no script needed), the script sends its endpoint."""
    data = request.get_json(silent=True)
    if isinstance(data, dict):
        removed = push.unsubscribe(current_user, endpoint=str(data.get("endpoint") or "")[:1000])
        db.session.commit()
        return jsonify({"removed": removed})
    if not ButtonForm().validate_on_submit():
        abort(400)
    try:
        device = int(request.form.get("device", ""))
    except ValueError:
        abort(400)
    if push.unsubscribe(current_user, subscription_id=device):
        flash(_("Notifications are off on that device."), "success")
    db.session.commit()
    return redirect(url_for("campaigns.notifications"))
