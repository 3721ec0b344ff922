"""Forms of the KPI pages (marketers' inputs, pulse rounds)."""
from __future__ import annotations

from flask_babel import lazy_gettext as _l
from flask_wtf import FlaskForm
from wtforms import DateField, DecimalField, IntegerField, SelectField, StringField
from wtforms.validators import DataRequired, Length, NumberRange, Optional
from advocacy.kpi.dashboard import campaigns_all


def campaign_choices():
    return [("", _l("Whole program"))] + [(str(c.id), c.name) for c in campaigns_all()]


class RatesForm(FlaskForm):
    cpm = DecimalField(_l("CPM: cost per thousand impressions (€)"), places=2,
                       validators=[DataRequired(), NumberRange(min=0, max=10000)])
    cpc = DecimalField(_l("CPC: cost per click (€)"), places=2, validators=[DataRequired(), NumberRange(min=0, max=10000)])
    cpe = DecimalField(_l("CPE: cost per engagement (€)"), places=2,
                       validators=[DataRequired(), NumberRange(min=0, max=10000)])
    source = StringField(_l("Where these multipliers come from"), validators=[Optional(), Length(max=300)])


class ConversionForm(FlaskForm):
    day = DateField(_l("Day"), validators=[DataRequired()])
    campaign = SelectField(_l("Campaign"), choices=[], validate_choice=False)
    conversions = IntegerField(_l("Attributed conversions"), validators=[DataRequired(), NumberRange(min=1, max=10**7)])
    unit_value = DecimalField(_l("Value of one conversion (€)"), places=2,
                              validators=[DataRequired(), NumberRange(min=0, max=10**7)])
    note = StringField(_l("Source (analytics report, CRM…)"), validators=[Optional(), Length(max=300)])


class CostForm(FlaskForm):
    day = DateField(_l("Day"), validators=[DataRequired()])
    campaign = SelectField(_l("Campaign"), choices=[], validate_choice=False)
    amount = DecimalField(_l("Amount (€)"), places=2, validators=[DataRequired(), NumberRange(min=0.01, max=10**8)])
    label = StringField(_l("What it is"), validators=[DataRequired(), Length(max=160)])


class RoundForm(FlaskForm):
    title = StringField(_l("Title"), validators=[DataRequired(), Length(max=160)])
    opens_on = DateField(_l("Opens on"), validators=[DataRequired()])
    closes_on = DateField(_l("Closes on"), validators=[DataRequired()])
