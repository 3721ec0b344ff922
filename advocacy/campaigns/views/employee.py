"""Employee pages: the feed, personal voice, share links and "I published it"."""
from __future__ import annotations

from flask import abort, flash, redirect, render_template, request, url_for
from flask_babel import gettext as _
from flask_login import current_user

from advocacy.auth.roles import EMPLOYEE
from advocacy.auth.guards import roles_required
from advocacy.campaigns import feedcards, home, membership, networks, share_review, sharing, voice
from advocacy.campaigns.errors import NotAllowed
from advocacy.campaigns.forms import ButtonForm, InstanceForm, PersonaliseForm, PublishForm, RegisterPostForm, ShareFixForm
from advocacy.campaigns import publishing, tasks
from advocacy.accounts.services import accounts_of
from advocacy.charter.services import person_zone
from advocacy.queue import enqueue_after_commit
from advocacy.campaigns.models import SHARE_PREPARED, Share
from advocacy.core.errors import form_action
from advocacy.core.pages import get_or_404
from advocacy.core.timeutil import utcnow
from advocacy.extensions import db, limiter

from ..blueprint import bp


@bp.route("/feed")
@roles_required(EMPLOYEE)
def feed():
    problem = membership.membership_problem(current_user)
    picked_kit = request.args.get("kit", type=int)
    picked_network = request.args.get("network", type=str)
    picked_variant = request.args.get("variant", type=int)
    rows = feedcards.cards(current_user, picked_kit, picked_network, picked_variant) if problem is None else []
    paused = sharing.paused_kits_for(current_user) if problem is None else []
    mine, removed = sharing.my_networks(current_user)
    if problem is None:
        home.mark_feed_seen(utcnow())
    return render_template("campaigns/feed.html", problem=problem, rows=rows, paused=paused,
                           my_networks=mine, removed_networks=removed, networks=sharing.usable_networks(),
                           button=ButtonForm())


@bp.route("/feed/networks", methods=["POST"])
@roles_required(EMPLOYEE)
def my_networks():
    if ButtonForm().validate_on_submit():
        sharing.set_my_networks(current_user, request.form.getlist("networks"))
        db.session.commit()
    return redirect(url_for("campaigns.feed"))


def _variant_or_404(variant_id: int):
    try:
        return sharing.variant_for(current_user, variant_id)
    except NotAllowed as exc:
        if exc.code == "not_found":
            abort(404)
        flash(exc.message, "error")
        return None


def _context_json(variant) -> dict:
    """What the live editor sends the checker: the same context, link and limit as the saved check."""
    context = voice.context_for(variant.kit.campaign, employee=True, images=variant.kit.images)
    if variant.kit.link:
        context["link"] = variant.kit.link
    if variant.network == "mastodon":
        context["max_length"] = sharing.post_limit(current_user, variant.network)
    return context


@bp.route("/feed/variants/<int:variant_id>", methods=["GET", "POST"])
@roles_required(EMPLOYEE)
def personalise(variant_id: int):
    variant = _variant_or_404(variant_id)
    if variant is None:
        return redirect(url_for("campaigns.feed"))
    form = PersonaliseForm()
    start = sharing.starting_text(variant)
    if request.method == "GET":
        form.text.data = start
    outcome = None
    status = 200
    if request.method == "POST" and request.form.get("disclosure_apply"):
        # The live editor's no-JavaScript "Use the suggested text": show it for editing, save nothing.
        suggestion = sharing.check_share_text(variant, form.text.data or "", current_user).suggested_text
        if suggestion:
            form.text.data = suggestion
    elif request.method == "POST":
        if form.validate_on_submit():
            with form_action(form) as failed:
                share = sharing.prepare_share(current_user, variant, form.text.data)
            if not failed:
                db.session.commit()
                return redirect(url_for("campaigns.share", share_id=share.id))
            extra = failed.error.extra
            outcome = voice.CheckOutcome(verdict=extra.get("verdict", "fail"), findings=extra.get("findings", []),
                                         suggested_text=extra.get("suggested_text"))
            status = failed.status
        else:
            status = 422
    score = voice.authenticity(form.text.data or "", start)
    return render_template("campaigns/personalise.html", variant=variant, kit=variant.kit, form=form,
                           outcome=outcome, score=score, start=start, context=_context_json(variant),
                           limit=sharing.post_limit(current_user, variant.network),
                           length=networks.text_length(variant.network, form.text.data or "", variant.kit.link)), status


def _own_share(share_id: int) -> Share:
    share = get_or_404(Share, share_id)
    if share.person_id != current_user.id:
        abort(404)
    return share


@bp.route("/shares/<int:share_id>", methods=["GET"])
@roles_required(EMPLOYEE)
def share(share_id: int):
    row = _own_share(share_id)
    return _render_share(row, InstanceForm(), RegisterPostForm())


def _publish_form(row: Share, form=None) -> PublishForm | None:
    """The "publish with my account" form when the share can go out through a linked account."""
    if row.network not in publishing.PUBLISHABLE or row.status != SHARE_PREPARED:
        return None
    usable = [a for a in accounts_of(current_user.id, row.network) if a.refused_at is None]
    if not usable:
        return None
    form = form or PublishForm()
    form.account_id.choices = [(a.id, a.label) for a in usable]
    return form


def _render_share(row: Share, instance_form, register_form, status=200, fix_form=None, fix_outcome=None,
                  publish_form=None):
    link = None
    allowed = sharing.network_still_allowed(row.network)
    if row.status == SHARE_PREPARED and allowed:
        try:
            link = sharing.share_url(row)
        except networks.InvalidUrl:
            link = None  # Mastodon: ask the instance first
        db.session.commit()
    own = sharing.profile(current_user)
    if own is not None and own.mastodon_instance and not instance_form.instance.data:
        instance_form.instance.data = own.mastodon_instance
    decision = share_review.decision_for(row)
    step = share_review.follow_up(row, decision)
    fix_form = fix_form or ShareFixForm()
    if step == share_review.FIX_NEEDED and fix_form.text.data is None:
        fix_form.text.data = row.text
    return render_template("campaigns/share.html", share=row, link=link, network_allowed=allowed,
                           review_decision=decision, review_step=step, fix_form=fix_form, fix_outcome=fix_outcome,
                           suggestion=share_review.suggestion(row) if step == share_review.FIX_NEEDED else None,
                           instance_form=instance_form,
                           register_form=register_form, tracked=sharing.tracked_link(row),
                           publish_form=_publish_form(row, publish_form),
                           publishable=row.network in publishing.PUBLISHABLE), status


@bp.route("/shares/<int:share_id>/publish", methods=["POST"])
@roles_required(EMPLOYEE)
@limiter.limit(sharing.share_rate_limit, scope="share-registration")
def publish(share_id: int):
    row = _own_share(share_id)
    form = _publish_form(row, PublishForm())
    if form is None:
        flash(_("Link your account first (My accounts)."), "error")
        return redirect(url_for("campaigns.share", share_id=row.id))
    later = bool(request.form.get("later"))
    if later and form.publish_at.data is None and not form.publish_at.errors:
        form.publish_at.errors = [_("Choose the moment to publish.")]
    elif form.validate_on_submit():
        at = form.publish_at.data.replace(tzinfo=person_zone(current_user)) if later else None
        with form_action(form) as failed:
            publishing.schedule(current_user, row, at, form.account_id.data)
        if not failed:
            if row.publish_state == "publishing":
                enqueue_after_commit(tasks.publish_share, row.id)
                flash(_("Your post is being published."), "success")
            else:
                flash(_("Your post will be published on %(when)s.",
                        when=row.publish_at.astimezone(person_zone(current_user)).strftime("%d/%m/%Y %H:%M")),
                      "success")
            db.session.commit()
            return redirect(url_for("campaigns.share", share_id=row.id))
    return _render_share(row, InstanceForm(), RegisterPostForm(), 422, publish_form=form)


@bp.route("/shares/<int:share_id>/instance", methods=["POST"])
@roles_required(EMPLOYEE)
def set_instance(share_id: int):
    row = _own_share(share_id)
    form = InstanceForm()
    if form.validate_on_submit():
        with form_action(form) as failed:
            row.instance = sharing.set_mastodon_instance(current_user, form.instance.data)
        if not failed:
            db.session.commit()
            return redirect(url_for("campaigns.share", share_id=row.id))
    return _render_share(row, form, RegisterPostForm(), 422)


@bp.route("/shares/<int:share_id>/fix", methods=["POST"])
@roles_required(EMPLOYEE)
def fix_share(share_id: int):
    """After compliance failed a published post: its author edited it (new text, checked) or deleted it."""
    row = _own_share(share_id)
    form = ShareFixForm()
    if form.validate_on_submit():
        how = request.form.get("how", "")
        with form_action(form) as failed:
            share_review.fix(row, how, form.text.data or "", author=current_user)
        if failed:
            error = failed.error
            outcome = {"findings": error.extra.get("findings", [])} if error.code == "check_failed" else None
            return _render_share(row, InstanceForm(), RegisterPostForm(), failed.status, fix_form=form,
                                 fix_outcome=outcome)
        db.session.commit()
        flash(_("Thank you: your post is edited and passes the check.") if how == share_review.EDITED and
              row.check_verdict == "pass" else
              _("Thank you: compliance will look at your edited post again.") if how == share_review.EDITED else
              _("Thank you: we take note that you deleted your post."), "success")
        return redirect(url_for("tracking.my_posts"))
    return _render_share(row, InstanceForm(), RegisterPostForm(), 422, fix_form=form)


@bp.route("/shares/<int:share_id>/published", methods=["POST"])
@roles_required(EMPLOYEE)
@limiter.limit(sharing.share_rate_limit, scope="share-registration")
def published(share_id: int):
    row = _own_share(share_id)
    form = RegisterPostForm()
    if form.validate_on_submit():
        with form_action(form) as failed:
            sharing.register_post(current_user, row, form.url.data)
        if not failed:
            db.session.commit()
            flash(_("Thank you! Your post is registered; its public figures will appear on your page."), "success")
            hint = networks.metrics_hint(row.network, row.url or "")
            if hint:
                flash(hint, "warning")
            return redirect(url_for("campaigns.feed"))
    return _render_share(row, InstanceForm(), form, 422)
