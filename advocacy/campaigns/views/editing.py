"""Campaign pages. Marketers author campaigns and kits here; the other pages are in
``review`` (compliance), ``employee`` (feed, personal voice, sharing) and
``program`` (ideas, points, rewards, notifications)."""
from __future__ import annotations

from datetime import datetime, time, timedelta
from zoneinfo import ZoneInfo

from flask import Response, abort, flash, redirect, render_template, request, url_for
from flask_babel import format_date
from flask_babel import gettext as _
from flask_login import current_user
from sqlalchemy import select
from sqlalchemy.orm import selectinload

from advocacy.auth.models import Team
from advocacy.auth.roles import COMPLIANCE, EMPLOYEE, HR, MARKETER
from advocacy.auth.guards import roles_required
from advocacy.campaigns import authoring, images, networks, review
from advocacy.campaigns.errors import Invalid
from advocacy.campaigns.forms import ButtonForm, CampaignForm, ImageForm, KitForm
from advocacy.campaigns.models import LANGS, Campaign, Kit, KitImage
from advocacy.charter.services import person_zone
from advocacy.core.errors import back_to
from advocacy.core.errors import form_action
from advocacy.core.pages import get_or_404
from advocacy.extensions import db

from ..blueprint import bp
from advocacy.campaigns.voice import context_for
from advocacy.campaigns.gamification_models import Idea
from advocacy.campaigns.sharing import live_kits_for


def _zone() -> ZoneInfo:
    """The marketer's own time zone: the dates they type are calendar days where they are."""
    return person_zone(current_user)


@bp.app_template_filter("network_label")
def network_label(code: str) -> str:
    return networks.LABELS.get(code, code)


@bp.app_template_filter("start_day")
def start_day(moment) -> str:
    """A campaign's first day, in the reader's time zone."""
    return format_date(moment, "short") if moment else "—"


@bp.app_template_filter("end_day")
def end_day(moment) -> str:
    """A campaign's last day, inclusive: it ends at midnight *after* that day (31/12, not 01/01 00:00)."""
    return format_date(moment - timedelta(microseconds=1), "short") if moment else "—"


# -- campaigns ----------------------------------------------------------------------------------

#: The service's field names that the campaign form names otherwise.
CAMPAIGN_FIELDS = {"starts_at": "starts_on", "ends_at": "ends_on", "team_ids": "teams"}

@bp.route("/campaigns")
@roles_required(MARKETER, COMPLIANCE, HR)
def index():
    rows = db.session.scalars(select(Campaign).options(selectinload(Campaign.kits))
                              .order_by(Campaign.starts_at.desc(), Campaign.id.desc())).all()
    return render_template("campaigns/index.html", campaigns=rows)


def _campaign_form(campaign: Campaign | None):
    form = CampaignForm(obj=None)
    form.teams.choices = [(t.id, t.name) for t in db.session.scalars(select(Team).order_by(Team.name))]
    form.networks.choices = [(n, networks.LABELS[n]) for n in authoring.allowed_networks()]
    if request.method == "GET" and campaign is not None:
        zone = _zone()
        form.name.data, form.goal.data, form.brand.data = campaign.name, campaign.goal, campaign.brand
        form.starts_on.data = campaign.starts_at.astimezone(zone).date()
        form.ends_on.data = (campaign.ends_at.astimezone(zone) - timedelta(seconds=1)).date()
        form.teams.data = sorted(campaign.team_ids)
        form.networks.data = list(campaign.networks)
        form.landing_urls.data = "\n".join(campaign.landing_urls)
        form.consideration.data = campaign.consideration
    return form


@bp.route("/campaigns/new", methods=["GET", "POST"])
@bp.route("/campaigns/<int:campaign_id>/edit", methods=["GET", "POST"])
@roles_required(MARKETER)
def edit_campaign(campaign_id: int | None = None):
    campaign = get_or_404(Campaign, campaign_id) if campaign_id else None
    form = _campaign_form(campaign)
    rewards = authoring.rewards_in_charter()
    if request.method == "POST":
        form.validate_on_submit()
        zone = _zone()
        starts_on, ends_on = form.starts_on.data, form.ends_on.data
        data = {
            "name": form.name.data, "goal": form.goal.data, "brand": form.brand.data,
            "starts_at": datetime.combine(starts_on, time(0), zone) if starts_on else None,
            "ends_at": datetime.combine(ends_on + timedelta(days=1), time(0), zone) if ends_on else None,
            "team_ids": form.teams.data or [], "networks": form.networks.data or [],
            "landing_urls": (form.landing_urls.data or "").splitlines(), "consideration": form.consideration.data,
        }
        with form_action(form, rename=CAMPAIGN_FIELDS) as failed:
            if form.errors:
                raise Invalid({})
            campaign = authoring.save_campaign(data, actor=current_user, campaign=campaign)
        if failed:
            return render_template("campaigns/campaign_form.html", form=form, campaign=campaign,
                                   rewards=rewards), failed.status
        db.session.commit()
        flash(_("Campaign saved."), "success")
        return redirect(url_for("campaigns.show", campaign_id=campaign.id))
    return render_template("campaigns/campaign_form.html", form=form, campaign=campaign, rewards=rewards)


@bp.route("/campaigns/<int:campaign_id>")
@roles_required(MARKETER, COMPLIANCE, HR)
def show(campaign_id: int):
    campaign = get_or_404(Campaign, campaign_id)
    teams = db.session.scalars(select(Team).where(Team.id.in_(campaign.team_ids)).order_by(Team.name)).all()
    return render_template("campaigns/campaign.html", campaign=campaign, teams=teams, form=ButtonForm())


# -- kits ---------------------------------------------------------------------------------------

def _variant_texts(campaign: Campaign) -> dict:
    return {(n, lang): request.form.get(f"variant-{n}-{lang}", "") for n in campaign.networks for lang in LANGS}


@bp.route("/campaigns/<int:campaign_id>/kits/new", methods=["GET", "POST"])
@bp.route("/kits/<int:kit_id>/edit", methods=["GET", "POST"])
@roles_required(MARKETER)
def edit_kit(campaign_id: int | None = None, kit_id: int | None = None):
    kit = get_or_404(Kit, kit_id) if kit_id else None
    campaign = kit.campaign if kit else get_or_404(Campaign, campaign_id)
    if kit is not None and not kit.editable:
        flash(_("Only a draft or returned kit can be edited."), "error")
        return redirect(url_for("campaigns.kit", kit_id=kit.id))
    form = KitForm()
    texts = {(v.network, v.lang): v.text for v in kit.variants} if kit else {}
    if request.method == "GET" and kit is not None:
        form.title.data, form.personalisation_prompt.data = kit.title, kit.personalisation_prompt
        form.hashtags.data, form.links.data = " ".join(kit.hashtags), "\n".join(kit.links)
    errors = {}
    if request.method == "POST":
        texts = _variant_texts(campaign)
        if form.validate_on_submit():
            # the variants' messages are shown beside each variant's text (``errors``), not as fields
            with form_action(form, rename=lambda key: None if key.startswith("variant") else key) as failed:
                kit = authoring.save_kit(campaign, {
                    "title": form.title.data, "personalisation_prompt": form.personalisation_prompt.data,
                    "hashtags": form.hashtags.data or "", "links": (form.links.data or "").splitlines(),
                    "variants": texts}, actor=current_user, kit=kit)
            if not failed:
                db.session.commit()
                flash(_("Kit saved."), "success")
                return redirect(url_for("campaigns.kit", kit_id=kit.id))
            errors = failed.error.field_messages()
        return render_template("campaigns/kit_form.html", form=form, campaign=campaign, kit=kit, texts=texts,
                               errors=errors, langs=LANGS, check_context=_check_context(campaign, kit)), 422
    return render_template("campaigns/kit_form.html", form=form, campaign=campaign, kit=kit, texts=texts,
                           errors=errors, langs=LANGS, check_context=_check_context(campaign, kit))


def _check_context(campaign, kit):
    return context_for(campaign, employee=True, images=kit.images if kit else ())


@bp.route("/kits/<int:kit_id>")
@roles_required(MARKETER, COMPLIANCE, HR)
def kit(kit_id: int):
    row = get_or_404(Kit, kit_id)

    idea = db.session.get(Idea, row.idea_id) if row.idea_id else None
    return render_template("campaigns/kit.html", kit=row, idea=idea, form=ButtonForm(), image_form=ImageForm(),
                           findings=None)


@bp.route("/kits/<int:kit_id>/images", methods=["POST"])
@roles_required(MARKETER)
def add_image(kit_id: int):
    row = get_or_404(Kit, kit_id)
    form = ImageForm()
    if form.validate_on_submit():
        upload = form.image.data
        data = upload.stream.read(images.MAX_BYTES + 1)
        with form_action(form) as failed:
            authoring.add_image(row, data, filename=upload.filename or "", alt_text=form.alt_text.data,
                                retouched=form.retouched.data, virtual=form.virtual.data, actor=current_user)
        if not failed:
            db.session.commit()
            flash(_("Image added."), "success")
            return redirect(url_for("campaigns.kit", kit_id=row.id))
    return render_template("campaigns/kit.html", kit=row, idea=None, form=ButtonForm(), image_form=form,
                           findings=None), 422


@bp.route("/kits/<int:kit_id>/images/<int:image_id>/delete", methods=["POST"])
@roles_required(MARKETER)
@back_to("campaigns.kit", "kit_id")
def delete_image(kit_id: int, image_id: int):
    image = get_or_404(KitImage, image_id)
    if image.kit_id != kit_id:
        abort(404)
    if ButtonForm().validate_on_submit():
        authoring.remove_image(image, actor=current_user)
        db.session.commit()
    return redirect(url_for("campaigns.kit", kit_id=kit_id))


@bp.route("/kits/images/<int:image_id>")
@roles_required(MARKETER, COMPLIANCE, HR, EMPLOYEE)
def image(image_id: int):
    """Kit images are served from the instance path to people allowed to see the kit."""
    row = get_or_404(KitImage, image_id)
    if not current_user.has_role(MARKETER, COMPLIANCE, HR):
        if row.kit not in live_kits_for(current_user):
            abort(404)
    try:
        path = images.path_of(row.stored_name)
    except FileNotFoundError:
        abort(404)
    if not path.exists():
        abort(404)
    response = Response(path.read_bytes(), mimetype=row.content_type)
    response.headers["Cache-Control"] = "private, max-age=3600"
    response.headers["X-Content-Type-Options"] = "nosniff"
    response.headers["Content-Security-Policy"] = "default-src 'none'"
    return response


@bp.route("/kits/<int:kit_id>/<any(submit, withdraw, reopen):action>", methods=["POST"])
@roles_required(MARKETER)
def kit_action(kit_id: int, action: str):
    row = get_or_404(Kit, kit_id)
    if not ButtonForm().validate_on_submit():
        abort(400)
    try:
        with db.session.begin_nested():
            getattr(review, action)(row, actor=current_user)
    except Invalid as exc:
        findings = exc.extra.get("findings")
        flash(exc.message if not findings else _("The kit cannot be submitted: a variant fails the disclosure check."),
              "error")
        return render_template("campaigns/kit.html", kit=row, idea=None, form=ButtonForm(), image_form=ImageForm(),
                               findings=findings or {}), 422
    db.session.commit()
    flash({"submit": _("Kit sent for review."), "withdraw": _("Kit withdrawn."),
           "reopen": _("Kit back to draft.")}[action], "success")
    return redirect(url_for("campaigns.kit", kit_id=row.id))


# -- review status (the marketer's own kits) -----------------------------------------------------

#: Review states in the order a marketer deals with them: returned first (they need work).
REVIEW_ORDER = ("returned", "draft", "submitted", "approved", "withdrawn")


@bp.route("/campaigns/review-status")
@roles_required(MARKETER)
def review_status():
    """The kits this marketer wrote, by review state; returned ones with the reviewer's comments."""
    kits = db.session.scalars(select(Kit).where(Kit.created_by_id == current_user.id)
                              .options(selectinload(Kit.variants), selectinload(Kit.campaign))
                              .order_by(Kit.updated_at.desc(), Kit.id.desc())).all()
    groups = {status: [k for k in kits if k.status == status] for status in REVIEW_ORDER}
    return render_template("campaigns/review_status.html", groups=groups, total=len(kits))
