from flask_babel import lazy_gettext as _l
from flask_wtf import FlaskForm
from wtforms import BooleanField
from wtforms.validators import DataRequired


class ActionForm(FlaskForm):
    """Buttons that change something (CSRF only)."""


class EraseForm(FlaskForm):
    confirm = BooleanField(
        _l("I understand that my account will be closed and my personal data erased; this cannot be undone."),
        validators=[DataRequired(message=_l("Tick the box to confirm."))])
