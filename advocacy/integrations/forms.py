"""Admin forms: a webhook endpoint, a Slack / Teams channel (events as checkboxes)."""
from __future__ import annotations

from flask_babel import lazy_gettext as _l
from markupsafe import Markup
from flask_wtf import FlaskForm
from wtforms import BooleanField, SelectField, SelectMultipleField, StringField
from wtforms.fields.choices import SelectChoice
from wtforms.validators import DataRequired, Length
from wtforms.widgets import CheckboxInput, ListWidget

from advocacy.core.events import CATALOGUE

#: What each event means, as admins read it.
EVENT_LABELS = {
    "charter.version.review_opened": _l("A charter version opens for review"),
    "charter.version.signature_opened": _l("A charter version opens for signatures"),
    "charter.version.in_force": _l("A charter version comes into force"),
    "kit.submitted": _l("A kit is submitted for review"),
    "kit.approved": _l("A kit is approved"),
    "kit.returned": _l("A kit is returned with comments"),
    "kit.live": _l("A kit goes live"),
    "campaign.started": _l("A campaign starts"),
    "campaign.ended": _l("A campaign ends"),
    "survey.round.closed": _l("A trust pulse round closes"),
    "kpi.rollup.completed": _l("Program figures are updated"),
}
assert set(EVENT_LABELS) == set(CATALOGUE)


class EventsField(SelectMultipleField):
    widget = ListWidget(prefix_label=False)
    option_widget = CheckboxInput()


def _choices():
    # the event's code as integrators read it, marked as a code rather than words of the page
    return [SelectChoice(name, Markup('{} (<code translate="no">{}</code>)').format(label, name))
            for name, label in EVENT_LABELS.items()]


class EndpointForm(FlaskForm):
    url = StringField(_l("Receiver address (https://…)"), validators=[DataRequired(), Length(max=500)])
    description = StringField(_l("Description"), validators=[Length(max=200)])
    events = EventsField(_l("Events"), choices=_choices, validators=[DataRequired()])


class EndpointEditForm(FlaskForm):
    description = StringField(_l("Description"), validators=[Length(max=200)])
    events = EventsField(_l("Events"), choices=_choices, validators=[DataRequired()])
    enabled = BooleanField(_l("Enabled"))


class ChannelForm(FlaskForm):
    kind = SelectField(_l("Service"), choices=[SelectChoice("slack", "Slack"), SelectChoice("teams", "Microsoft Teams")])
    name = StringField(_l("Name (for you, e.g. #marketing)"), validators=[Length(max=120)])
    url = StringField(_l("Webhook address given by Slack or Teams"), validators=[DataRequired(), Length(max=500)])
    language = SelectField(_l("Language of the messages"), choices=[SelectChoice("fr", "Français", render_kw={"lang": "fr"}),
                                    SelectChoice("en", "English", render_kw={"lang": "en"})])
    events = EventsField(_l("Events"), choices=_choices, validators=[DataRequired()])


class ActionForm(FlaskForm):
    """CSRF only (rotate, test, delete, enable)."""
