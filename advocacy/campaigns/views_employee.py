"""Employee pages: the feed, personal voice, share links and "I published it"."""
from __future__ import annotations

from flask import abort, flash, redirect, render_template, request, url_for
from flask_babel import gettext as _
from flask_login import current_user
from sqlalchemy import select

from advocacy.auth.roles import EMPLOYEE, roles_required
from advocacy.campaigns import networks, sharing, voice
from advocacy.campaigns.errors import Invalid, NotAllowed
from advocacy.campaigns.forms import ButtonForm, InstanceForm, PersonaliseForm, RegisterPostForm
from advocacy.campaigns.models import SHARE_PREPARED, Share
from advocacy.campaigns.views import apply_errors, bp, get_or_404
from advocacy.extensions import db


@bp.route("/feed")
@roles_required(EMPLOYEE)
def feed():
    problem = sharing.membership_problem(current_user)
    rows = sharing.feed(current_user) if problem is None else []
    shares = db.session.scalars(select(Share).where(Share.person_id == current_user.id)
                                .order_by(Share.created_at.desc()).limit(20)).all()
    own = sharing.profile(current_user)
    return render_template("campaigns/feed.html", problem=problem, rows=rows, shares=shares,
                           my_networks=set(own.networks or ()) if own else set(), networks=networks.LABELS,
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
        if exc.code in ("not_found", "not_for_you"):
            abort(404)
        flash(exc.message, "error")
        return None


def _context_json(variant) -> dict:
    return voice.context_for(variant.kit.campaign, employee=True, images=variant.kit.images)


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
        suggestion = sharing.check_share_text(variant, form.text.data or "").suggested_text
        if suggestion:
            form.text.data = suggestion
    elif request.method == "POST":
        if form.validate_on_submit():
            try:
                with db.session.begin_nested():
                    share = sharing.prepare_share(current_user, variant, form.text.data)
            except Invalid as exc:
                outcome = voice.CheckOutcome(verdict=exc.extra.get("verdict", "fail"),
                                             findings=exc.extra.get("findings", []),
                                             suggested_text=exc.extra.get("suggested_text"))
                apply_errors(form, exc.errors)
                status = 422
            else:
                db.session.commit()
                return redirect(url_for("campaigns.share", share_id=share.id))
        else:
            status = 422
    score = voice.authenticity(form.text.data or "", start)
    return render_template("campaigns/personalise.html", variant=variant, kit=variant.kit, form=form,
                           outcome=outcome, score=score, start=start, context=_context_json(variant),
                           limit=networks.LIMITS[variant.network],
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


def _render_share(row: Share, instance_form, register_form, status=200):
    link = None
    if row.status == SHARE_PREPARED:
        try:
            link = sharing.share_url(row)
        except networks.InvalidUrl:
            link = None  # Mastodon: ask the instance first
        db.session.commit()
    own = sharing.profile(current_user)
    if own is not None and own.mastodon_instance and not instance_form.instance.data:
        instance_form.instance.data = own.mastodon_instance
    return render_template("campaigns/share.html", share=row, link=link, instance_form=instance_form,
                           register_form=register_form, tracked=sharing.tracked_link(row)), status


@bp.route("/shares/<int:share_id>/instance", methods=["POST"])
@roles_required(EMPLOYEE)
def set_instance(share_id: int):
    row = _own_share(share_id)
    form = InstanceForm()
    if form.validate_on_submit():
        try:
            with db.session.begin_nested():
                row.instance = sharing.set_mastodon_instance(current_user, form.instance.data)
        except Invalid as exc:
            apply_errors(form, exc.errors)
        else:
            db.session.commit()
            return redirect(url_for("campaigns.share", share_id=row.id))
    return _render_share(row, form, RegisterPostForm(), 422)


@bp.route("/shares/<int:share_id>/published", methods=["POST"])
@roles_required(EMPLOYEE)
def published(share_id: int):
    row = _own_share(share_id)
    form = RegisterPostForm()
    if form.validate_on_submit():
        try:
            with db.session.begin_nested():
                sharing.register_post(current_user, row, form.url.data)
        except Invalid as exc:
            apply_errors(form, exc.errors)
        else:
            db.session.commit()
            flash(_("Thank you! Your post is registered; its public figures will appear on your page."), "success")
            return redirect(url_for("campaigns.feed"))
    return _render_share(row, InstanceForm(), form, 422)
