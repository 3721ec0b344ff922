"""My posts: each of the person's shares, its own figures as they arrive and where its follow-up is."""
from __future__ import annotations

from flask import render_template
from flask_login import current_user

from advocacy.auth.guards import roles_required
from advocacy.auth.roles import EMPLOYEE
from advocacy.tracking.myposts import posts_of

from ..blueprint import bp


@bp.route("/me/posts")
@roles_required(EMPLOYEE)
def my_posts():
    return render_template("tracking/my_posts.html", rows=posts_of(current_user.id))
