"""Admins: webhook endpoints (secret shown once, rotation, test, attempts) and Slack / Teams channels."""
from __future__ import annotations

from flask import abort, flash, redirect, render_template, url_for
from flask_babel import gettext as _
from flask_login import current_user
from sqlalchemy import select

from advocacy.auth.guards import roles_required
from advocacy.auth.mfa import mfa_required
from advocacy.auth.roles import ADMIN
from advocacy.core.errors import form_action
from advocacy.extensions import db
from advocacy.integrations import services
from advocacy.integrations.forms import EVENT_LABELS, ActionForm, ChannelForm, EndpointEditForm, EndpointForm
from advocacy.integrations.models import Channel, WebhookEndpoint

from ..blueprint import bp


def _page(endpoint_form=None, channel_form=None, new_secret=None, new_endpoint=None, status=200):
    endpoints = db.session.scalars(select(WebhookEndpoint).order_by(WebhookEndpoint.id)).all()
    channels = db.session.scalars(select(Channel).order_by(Channel.id)).all()
    return render_template("integrations/index.html", endpoints=endpoints, channels=channels,
                           endpoint_form=endpoint_form or EndpointForm(prefix="endpoint"),
                           channel_form=channel_form or ChannelForm(prefix="channel"), action_form=ActionForm(),
                           new_secret=new_secret, new_endpoint=new_endpoint, labels=EVENT_LABELS), status


@bp.route("/")
@roles_required(ADMIN)
def index():
    return _page()


@bp.route("/endpoints", methods=["POST"])
@roles_required(ADMIN)
@mfa_required
def create_endpoint():
    form = EndpointForm(prefix="endpoint")
    if not form.validate_on_submit():
        return _page(endpoint_form=form, status=422)
    with form_action(form) as failed:
        endpoint, secret = services.create_endpoint(current_user, url=form.url.data, events=form.events.data,
                                                    description=form.description.data or "")
    if failed:
        return _page(endpoint_form=form, status=422)
    db.session.commit()
    return _page(new_secret=secret, new_endpoint=endpoint)


def _endpoint(endpoint_id: int) -> WebhookEndpoint:
    row = db.session.get(WebhookEndpoint, endpoint_id)
    if row is None:
        abort(404)
    return row


def _endpoint_page(endpoint, form=None, new_secret=None, status=200):
    if form is None:
        form = EndpointEditForm(prefix="edit", data={"description": endpoint.description,
                                                     "events": list(endpoint.events or ()),
                                                     "enabled": endpoint.enabled})
    deliveries = services.deliveries_of(endpoint_id=endpoint.id, limit=30)
    attempts = {d.id: services.attempts_of(d.id) for d in deliveries}
    return render_template("integrations/endpoint.html", endpoint=endpoint, form=form, action_form=ActionForm(),
                           deliveries=deliveries, attempts=attempts, new_secret=new_secret), status


@bp.route("/endpoints/<int:endpoint_id>", methods=["GET", "POST"])
@roles_required(ADMIN)
@mfa_required
def endpoint(endpoint_id: int):
    row = _endpoint(endpoint_id)
    form = EndpointEditForm(prefix="edit")
    if form.is_submitted():
        if not form.validate():
            return _endpoint_page(row, form, status=422)
        with form_action(form) as failed:
            services.update_endpoint(row, current_user, events=form.events.data, enabled=form.enabled.data,
                                     description=form.description.data or "")
        if failed:
            return _endpoint_page(row, form, status=422)
        db.session.commit()
        flash(_("Endpoint saved."), "success")
        return redirect(url_for("integrations.endpoint", endpoint_id=row.id))
    return _endpoint_page(row)


@bp.route("/endpoints/<int:endpoint_id>/<any(rotate, test, delete):action>", methods=["POST"])
@roles_required(ADMIN)
@mfa_required
def endpoint_action(endpoint_id: int, action: str):
    row = _endpoint(endpoint_id)
    if not ActionForm().validate_on_submit():
        abort(400)
    if action == "rotate":
        secret = services.rotate_secret(row, current_user)
        db.session.commit()
        return _endpoint_page(row, new_secret=secret)
    if action == "test":
        services.send_test(row, current_user)
        db.session.commit()
        flash(_("Test delivery queued: its attempts appear below."), "success")
        return redirect(url_for("integrations.endpoint", endpoint_id=row.id))
    services.delete(row, current_user)
    db.session.commit()
    flash(_("Endpoint deleted."), "success")
    return redirect(url_for("integrations.index"))


@bp.route("/channels", methods=["POST"])
@roles_required(ADMIN)
@mfa_required
def create_channel():
    form = ChannelForm(prefix="channel")
    if not form.validate_on_submit():
        return _page(channel_form=form, status=422)
    with form_action(form) as failed:
        services.create_channel(current_user, kind=form.kind.data, url=form.url.data, events=form.events.data,
                                language=form.language.data, name=form.name.data or "")
    if failed:
        return _page(channel_form=form, status=422)
    db.session.commit()
    flash(_("Channel added."), "success")
    return redirect(url_for("integrations.index"))


def _channel(channel_id: int) -> Channel:
    row = db.session.get(Channel, channel_id)
    if row is None:
        abort(404)
    return row


@bp.route("/channels/<int:channel_id>")
@roles_required(ADMIN)
def channel(channel_id: int):
    row = _channel(channel_id)
    deliveries = services.deliveries_of(channel_id=row.id, limit=30)
    attempts = {d.id: services.attempts_of(d.id) for d in deliveries}
    return render_template("integrations/channel.html", channel=row, action_form=ActionForm(),
                           deliveries=deliveries, attempts=attempts, labels=EVENT_LABELS)


@bp.route("/channels/<int:channel_id>/<any(test, delete, enable, disable):action>", methods=["POST"])
@roles_required(ADMIN)
@mfa_required
def channel_action(channel_id: int, action: str):
    row = _channel(channel_id)
    if not ActionForm().validate_on_submit():
        abort(400)
    if action == "test":
        services.send_test(row, current_user)
        flash(_("Test message queued: its attempts appear below."), "success")
    elif action in ("enable", "disable"):
        services.update_channel(row, current_user, enabled=action == "enable")
        flash(_("Channel saved."), "success")
    else:
        services.delete(row, current_user)
        db.session.commit()
        flash(_("Channel deleted."), "success")
        return redirect(url_for("integrations.index"))
    db.session.commit()
    return redirect(url_for("integrations.channel", channel_id=row.id))
