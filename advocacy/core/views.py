"""Home page per role, health check, language switch."""
from flask import Blueprint, current_app, jsonify, redirect, render_template, request, session, url_for
from flask_login import current_user

from advocacy.auth.roles import roles_required
from advocacy.core.health import status
from advocacy.settings import LANGUAGES

bp = Blueprint("core", __name__)


@bp.route("/")
@roles_required()
def home():
    return render_template("core/home.html", roles=sorted(current_user.roles))


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
            from advocacy.extensions import db

            current_user.language = lang
            db.session.commit()
    target = request.form.get("next") or ""
    if not target.startswith("/") or target.startswith("//"):
        target = url_for("core.home")
    return redirect(target)


@bp.app_template_global()
def app_name():
    return current_app.config.get("APP_NAME", "Porte-voix")
