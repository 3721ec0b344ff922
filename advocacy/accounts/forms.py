from flask_babel import lazy_gettext as _l
from flask_wtf import FlaskForm
from wtforms import PasswordField, StringField
from wtforms.validators import DataRequired, Length, Optional


class MastodonServerForm(FlaskForm):
    server = StringField(_l("Your Mastodon server"), validators=[DataRequired(), Length(max=300)],
                         description=_l("Its address, e.g. mastodon.social (or your handle @you@mastodon.social)."))


class BlueskyForm(FlaskForm):
    handle = StringField(_l("Your Bluesky handle"), validators=[DataRequired(), Length(max=253)],
                         description=_l("e.g. you.bsky.social"))
    app_password = PasswordField(_l("An app password"), validators=[DataRequired(), Length(max=200)],
                                 description=_l("Create one for Porte-voix in Bluesky: Settings, Privacy and "
                                                "security, App passwords. We use it once to open a session and "
                                                "never keep it; deleting it in Bluesky ends our access."))
    server = StringField(_l("Server (optional)"), validators=[Optional(), Length(max=300)],
                         description=_l("Leave empty for bsky.social; the address of your own server otherwise."))


class ButtonForm(FlaskForm):
    """A POST button with its CSRF token."""
