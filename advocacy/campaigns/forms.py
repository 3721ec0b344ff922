from flask_babel import lazy_gettext as _l
from flask_wtf import FlaskForm
from flask_wtf.file import FileField, FileRequired
from wtforms import (
    BooleanField,
    DateField,
    DateTimeLocalField,
    IntegerField,
    RadioField,
    SelectField,
    SelectMultipleField,
    StringField,
    TextAreaField,
    URLField,
)
from wtforms.fields.choices import SelectChoice
from wtforms.validators import DataRequired, Length, NumberRange, Optional
from wtforms.widgets import CheckboxInput, ListWidget


class MultiCheckboxField(SelectMultipleField):
    widget = ListWidget(prefix_label=False)
    option_widget = CheckboxInput()


class CampaignForm(FlaskForm):
    name = StringField(_l("Name"), validators=[DataRequired(), Length(max=160)])
    goal = TextAreaField(_l("Goal"), validators=[Length(max=4000)])
    brand = StringField(_l("Brand named in disclosures"), validators=[Length(max=120)])
    starts_on = DateField(_l("First day"), validators=[DataRequired()])
    ends_on = DateField(_l("Last day"), validators=[DataRequired()])
    teams = MultiCheckboxField(_l("Target teams"), coerce=int)
    networks = MultiCheckboxField(_l("Networks"))
    landing_urls = TextAreaField(_l("Landing URLs (one per line)"), validators=[Length(max=2500)])
    consideration = BooleanField(_l("Authors receive a consideration (points redeemable for rewards, gifts…)"))


class KitForm(FlaskForm):
    title = StringField(_l("Title"), validators=[DataRequired(), Length(max=160)])
    personalisation_prompt = TextAreaField(_l("Personalisation prompt"), validators=[Length(max=1000)],
                                           default=_l("What does this mean for you?"))
    hashtags = StringField(_l("Hashtags"), validators=[Length(max=600)])
    links = TextAreaField(_l("Links (one per line; the campaign's UTM parameters are added)"),
                          validators=[Length(max=2500)])


class ImageForm(FlaskForm):
    image = FileField(_l("Image (PNG, JPEG, GIF or WebP, 5 MB at most)"), validators=[FileRequired()])
    alt_text = TextAreaField(_l("Alternative text"), validators=[DataRequired(), Length(max=1000)])
    retouched = BooleanField(_l("Retouched image (body or face altered)"))
    virtual = BooleanField(_l("Virtual image (AI-generated face or body)"))


class ReviewForm(FlaskForm):
    comment = TextAreaField(_l("General comment"), validators=[Length(max=4000)])


class ShareDecisionForm(FlaskForm):
    """Compliance's decision on a post the checker warned about."""

    decision = RadioField(_l("Decision"), choices=[SelectChoice("pass", _l("Pass: it may stay published")),
                                                  SelectChoice("fail", _l("Fail: the author must fix or remove it"))],
                          validators=[DataRequired(message=_l("Choose pass or fail."))])
    reason = TextAreaField(_l("Reason (the author reads it)"),
                           validators=[DataRequired(message=_l("Give the reason: the author reads it.")),
                                       Length(max=2000)])


class ShareFixForm(FlaskForm):
    """The author of a published post compliance failed: edited (with the text as it reads now) or deleted."""

    text = TextAreaField(_l("Your post as it reads now"), validators=[Length(max=10000)])


class ButtonForm(FlaskForm):
    """CSRF only, for action buttons."""


class PersonaliseForm(FlaskForm):
    text = TextAreaField(_l("Your post"), validators=[DataRequired(), Length(max=10000)])


class InstanceForm(FlaskForm):
    instance = StringField(_l("Your Mastodon server"), validators=[DataRequired(), Length(max=255)],
                           description=_l("For example mastodon.social, or your address @you@server"))


class RegisterPostForm(FlaskForm):
    url = URLField(_l("Address of your post"), validators=[DataRequired(), Length(max=500)])


class IdeaForm(FlaskForm):
    title = StringField(_l("Title"), validators=[DataRequired(), Length(max=160)])
    body = TextAreaField(_l("Your idea"), validators=[DataRequired(), Length(max=4000)])


class AdoptForm(FlaskForm):
    campaign_id = SelectField(_l("Campaign"), coerce=int)


class RewardForm(FlaskForm):
    name = StringField(_l("Name"), validators=[DataRequired(), Length(max=160)])
    description = TextAreaField(_l("Description"), validators=[Length(max=2000)])
    cost = IntegerField(_l("Cost in points"), validators=[DataRequired(), NumberRange(min=1, max=100000)])
    stock = IntegerField(_l("Stock (empty = unlimited)"), validators=[Optional(), NumberRange(min=0)])
    active = BooleanField(_l("Available"), default=True)


class PublishForm(FlaskForm):
    """Publish a prepared share through a linked account: now, or at a moment of the person's time zone."""
    account_id = SelectField(_l("Account"), coerce=int, validators=[Optional()])
    publish_at = DateTimeLocalField(_l("Publish at"), format="%Y-%m-%dT%H:%M", validators=[Optional()],
                                    description=_l("Your time. Quiet hours, weekends and holidays of the charter "
                                                   "are refused."))
