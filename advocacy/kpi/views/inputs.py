"""Marketers' inputs (ROI and EMV) and the anonymous trust pulse survey."""
from __future__ import annotations

from datetime import timedelta

from flask import abort, flash, redirect, render_template, request, url_for
from flask_babel import gettext as _
from flask_login import current_user

from advocacy.auth.roles import ADMIN, EMPLOYEE, HR, MARKETER, STAFF_REP
from advocacy.auth.guards import roles_required
from advocacy.charter import kpi_catalogue
from advocacy.charter.services import min_group_size
from advocacy.core.errors import form_action
from advocacy.extensions import db
from advocacy.kpi import inputs, pulse
from advocacy.kpi.forms import (
    ConversionForm,
    CostForm,
    RatesForm,
    RoundForm,
    campaign_choices,
)

from ..blueprint import bp
from advocacy.campaigns.models import Campaign
from advocacy.kpi.rollup import current_annex
from advocacy.kpi.models import PulseRound


def _campaign_id(form):
    raw = form.campaign.data
    if not raw:
        return None

    try:
        campaign = db.session.get(Campaign, int(raw))
    except ValueError:
        campaign = None
    if campaign is None:
        form.campaign.errors = list(form.campaign.errors) + [_("Choose a campaign from the list.")]
        return False
    return campaign.id


def _save_dated(form, add, message: str, **fields):
    """Save a conversion or cost entry (day + optional campaign); ``None`` when the campaign is refused."""
    campaign_id = _campaign_id(form)
    if campaign_id is False:
        return None
    add(current_user, day=form.day.data, campaign_id=campaign_id, **fields)
    db.session.commit()
    flash(message, "success")
    return redirect(url_for("kpi.marketer_inputs"))


@bp.route("/inputs", methods=["GET", "POST"])
@roles_required(MARKETER, ADMIN)
def marketer_inputs():
    rates = inputs.current_emv_rates()
    rates_form = RatesForm(prefix="rates", data={"cpm": rates.cpm, "cpc": rates.cpc, "cpe": rates.cpe,
                                                 "source": "" if rates.is_default else rates.source})
    conversion_form, cost_form = ConversionForm(prefix="conv"), CostForm(prefix="cost")
    for form in (conversion_form, cost_form):
        form.campaign.choices = campaign_choices()
    which = request.form.get("which")
    if request.method == "POST":
        if which == "rates" and rates_form.validate_on_submit():
            inputs.set_emv_rates(current_user, cpm=rates_form.cpm.data, cpc=rates_form.cpc.data,
                                 cpe=rates_form.cpe.data, source=rates_form.source.data or "")
            db.session.commit()
            flash(_("Multipliers saved."), "success")
            return redirect(url_for("kpi.marketer_inputs"))
        if which == "conversion" and conversion_form.validate_on_submit():
            saved = _save_dated(conversion_form, inputs.add_conversion, _("Conversions saved."),
                                conversions=conversion_form.conversions.data,
                                unit_value=conversion_form.unit_value.data, note=conversion_form.note.data or "")
            if saved:
                return saved
        if which == "cost" and cost_form.validate_on_submit():
            saved = _save_dated(cost_form, inputs.add_cost, _("Cost saved."), amount=cost_form.amount.data,
                                label=cost_form.label.data)
            if saved:
                return saved
        if which == "delete":
            kind = request.form.get("kind")
            if kind not in ("conversion", "cost"):
                abort(400)
            inputs.delete_input(current_user, kind, request.form.get("id", type=int) or 0)
            db.session.commit()
            flash(_("Deleted."), "success")
            return redirect(url_for("kpi.marketer_inputs"))
    conversions, costs = inputs.recent()
    status = 422 if request.method == "POST" else 200
    return render_template("kpi/inputs.html", emv=kpi_catalogue.get("earned_media_value"), rates=rates, rates_form=rates_form, conversion_form=conversion_form,
                           cost_form=cost_form, conversions=conversions, costs=costs), status


@bp.route("/pulse", methods=["GET", "POST"])
@roles_required(EMPLOYEE)
def pulse_answer():
    current = pulse.round_to_answer(current_user)
    errors = {}
    if request.method == "POST":
        round_id = request.form.get("round_id", type=int)
        chosen = next((r for r in pulse.open_rounds() if r.id == round_id), None)
        if chosen is None:
            flash(_("This round is not open."), "error")
            return redirect(url_for("kpi.pulse_answer"))
        answers = {q["key"]: request.form.get(f"q_{q['key']}", "") for q in chosen.questions}
        try:
            pulse.submit(current_user, chosen, answers)
        except pulse.PulseError as exc:
            db.session.rollback()
            if exc.code == "already_answered":
                flash(_("You have already answered this round."), "warning")
                return redirect(url_for("kpi.pulse_answer"))
            errors[exc.field] = _("Choose an answer from 1 to 5.")
            current = chosen
        else:
            db.session.commit()
            flash(_("Thank you. Your answers are stored without your name."), "success")
            return redirect(url_for("kpi.pulse_answer"))
    answered = [r for r in pulse.open_rounds() if pulse.has_answered(current_user, r)]
    return render_template("kpi/pulse.html", current=current, answered=answered, errors=errors,
                           scale=pulse.SCALE), 422 if errors else 200


@bp.route("/pulse/rounds", methods=["GET", "POST"])
@roles_required(HR, STAFF_REP, ADMIN)
def pulse_rounds():
    annex, _policy, _version = current_annex()
    today = pulse.today()
    form = RoundForm(data=None if request.method == "POST" else {
        "title": _("Trust pulse"), "opens_on": today, "closes_on": today + timedelta(days=14)})
    if request.method == "POST" and form.validate_on_submit():
        if annex is None or "trust_score" not in annex.kpis:
            flash(_("The trust score is not in the KPI annex in force: no survey can be opened."), "error")
        else:
            with form_action(form, fallback="closes_on") as failed:
                pulse.open_round(current_user, title=form.title.data, opens_on=form.opens_on.data,
                                 closes_on=form.closes_on.data)
            if not failed:
                db.session.commit()
                flash(_("The survey round is open."), "success")
                return redirect(url_for("kpi.pulse_rounds"))
    k = min_group_size()
    listing = [(r, *pulse.results(r, k)) for r in pulse.rounds()]
    return render_template("kpi/rounds.html", form=form, listing=listing, k=k,
                           can_close=current_user.has_role(HR, ADMIN),
                           questions=pulse.annex_questions(), in_annex=bool(annex and "trust_score" in annex.kpis)), \
        422 if request.method == "POST" and form.errors else 200


@bp.route("/pulse/rounds/<int:round_id>/close", methods=["POST"])
@roles_required(HR, ADMIN)
def pulse_close(round_id: int):
    """HR closes an open round: answering stops and its results (from k respondents) appear."""
    chosen = db.session.get(PulseRound, round_id)
    if chosen is None:
        abort(404)
    if pulse.close_round(current_user, chosen):
        db.session.commit()
        flash(_("The survey round is closed."), "success")
    else:
        flash(_("This round is already closed."), "warning")
    return redirect(url_for("kpi.pulse_rounds"))
