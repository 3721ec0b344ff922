"""A stand-alone disclosure checker page (the same editor the kit and share pages embed)."""
from flask import render_template, request

from advocacy.auth.guards import roles_required
from advocacy.disclosure.editor import editor_check, editor_config
from advocacy.disclosure.forms import CheckForm

from ..blueprint import bp



@bp.route("/", methods=["GET", "POST"])
@roles_required()
def checker():
    form = CheckForm()
    result = None
    if form.validate_on_submit():
        text, result = editor_check(form.text.data, form.network.data, form.lang.data or None, form.context(),
                                    request.form)
        form.text.data = text
    config = editor_config(form.network.data or "linkedin", form.context(), form.lang.data or None)
    return render_template("disclosure/checker.html", form=form, result=result, config=config)
