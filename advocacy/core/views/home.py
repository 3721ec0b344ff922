"""Home page per role, health check, language switch."""
from flask import current_app, jsonify, redirect, render_template, request, session, url_for
from flask_login import current_user

from advocacy.core.health import status
from advocacy.core.urls import safe_next
from advocacy.core.pages import signed_in
from advocacy.extensions import db
from advocacy.core.settings import LANGUAGES
from advocacy.nav import home_tasks

from ..blueprint import bp


@bp.route("/")
@signed_in
def home():
    tasks = home_tasks(current_user, current_app.extensions.get("advocacy_home", ()))
    return render_template("core/home.html", roles=sorted(current_user.roles), tasks=tasks)


@bp.route("/healthz")
def healthz():
    body, code = status()
    return jsonify(body), code


@bp.route("/lang", methods=["POST"])
def set_language():
    lang = request.form.get("lang", "")
    if lang in LANGUAGES:
        session["lang"] = lang
        if current_user.is_authenticated and current_user.language != lang:
            current_user.language = lang
            db.session.commit()
    return redirect(safe_next(request.form.get("next"), url_for("core.home")))


@bp.app_template_global()
def app_name():
    return current_app.config.get("APP_NAME", "Porte-voix")
