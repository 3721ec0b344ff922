from flask_babel import lazy_gettext as _l
from flask_wtf import FlaskForm
from flask_wtf.file import FileAllowed, FileField, FileRequired
from wtforms import (
    BooleanField,
    EmailField,
    PasswordField,
    SelectMultipleField,
    StringField,
)
from wtforms.fields.choices import SelectChoice
from wtforms.validators import DataRequired, EqualTo, Length, Optional, Regexp
from wtforms.widgets import CheckboxInput, ListWidget

from advocacy.auth.roles import ALL_ROLES
from advocacy.nav import ROLE_LABELS


class LoginForm(FlaskForm):
    email = EmailField(_l("E-mail"), validators=[DataRequired(), Length(max=254),
                                                Regexp(r"^[^@\s]+@[^@\s]+\.[^@\s]+$", message=_l("Enter a valid e-mail address."))])
    password = PasswordField(_l("Password"), validators=[DataRequired(), Length(max=1024)])
    remember = BooleanField(_l("Keep me logged in on this device"))


class ImportPeopleForm(FlaskForm):
    file = FileField(_l("CSV file"), validators=[FileRequired(), FileAllowed(["csv", "txt"], _l("A .csv file, please."))])


class TokenForm(FlaskForm):
    label = StringField(_l("Label"), validators=[Length(max=120)])


_EMAIL = [DataRequired(), Length(max=254),
          Regexp(r"^[^@\s]+@[^@\s]+\.[^@\s]+$", message=_l("Enter a valid e-mail address."))]


class ForgotPasswordForm(FlaskForm):
    email = EmailField(_l("E-mail"), validators=_EMAIL)


class ChoosePasswordForm(FlaskForm):
    password = PasswordField(_l("New password"), validators=[DataRequired(), Length(max=1024)])
    confirm = PasswordField(_l("The same password again"),
                            validators=[DataRequired(), EqualTo("password", message=_l("The two passwords differ."))])


class InviteForm(FlaskForm):
    email = EmailField(_l("E-mail"), validators=_EMAIL)
    display_name = StringField(_l("Name"), validators=[Optional(), Length(max=120)])
    roles = SelectMultipleField(_l("Roles"), choices=[SelectChoice(r, ROLE_LABELS[r]) for r in ALL_ROLES], default=["employee"],
                                option_widget=CheckboxInput(), widget=ListWidget(prefix_label=False))


class ActionForm(FlaskForm):
    """A button that only needs the CSRF token."""


class CodeForm(FlaskForm):
    code = StringField(_l("Code from your authenticator app (or a recovery code)"),
                       validators=[DataRequired(), Length(max=20)],
                       render_kw={"autocomplete": "one-time-code", "inputmode": "text", "spellcheck": "false"})
