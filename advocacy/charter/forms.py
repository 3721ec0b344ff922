"""Charter forms. The policy fields are read and validated by ``policy.parse_policy`` (its one
marshmallow schema: the same rules and messages as the API)."""
from __future__ import annotations

from flask_babel import lazy_gettext as _l
from flask_wtf import FlaskForm
from wtforms import (
    BooleanField,
    DateField,
    HiddenField,
    IntegerField,
    RadioField,
    SelectField,
    SelectMultipleField,
    StringField,
    TextAreaField,
    widgets,
)
from wtforms.fields.choices import SelectChoice
from wtforms.validators import DataRequired, InputRequired, Length, Optional

from advocacy.core.errors import show_on_form
from advocacy.disclosure import NETWORKS
from advocacy.charter.policy import (
    DEFAULT_REVIEW_DAYS,
    GRANULARITY_LABELS,
    PolicyError,
    catalogue_kpi_ids,
    kpi_label,
    network_label,
    parse_policy,
)


class MultiCheckboxField(SelectMultipleField):
    widget = widgets.ListWidget(prefix_label=False)
    option_widget = widgets.CheckboxInput()


POLICY_FIELD_NAMES = {
    "quiet_hours": "quiet_start", "quiet_hours.start": "quiet_start", "quiet_hours.end": "quiet_end",
    "quiet_hours.weekends": "quiet_weekends", "quiet_hours.holidays": "quiet_holidays",
    "quiet_hours.quiet_days": "quiet_days", "review_days": "review_days", "quorum": "quorum_hr", "quorum.hr": "quorum_hr",
    "quorum.staff_rep": "quorum_staff_rep", "kpi_annex": "kpis", "kpi_annex.kpis": "kpis",
    "kpi_annex.granularity": "granularity", "kpi_annex.min_group_size": "min_group_size",
}


class VersionForm(FlaskForm):
    title = StringField(_l("Title (French, authoritative)"), validators=[DataRequired(), Length(max=200)])
    title_en = StringField(_l("Title (English translation)"), validators=[Optional(), Length(max=200)])
    change_summary = TextAreaField(_l("What changes in this version"), validators=[Optional(), Length(max=5000)])
    quiet_start = StringField(_l("Quiet hours start (HH:MM)"), validators=[InputRequired()])
    quiet_end = StringField(_l("Quiet hours end (HH:MM)"), validators=[InputRequired()])
    quiet_weekends = BooleanField(_l("Weekends are quiet all day"))
    quiet_holidays = StringField(_l("Public holidays are quiet all day: country code (FR), or country and "
                                    "subdivision (FR-57 for Moselle); empty for none"),
                                 validators=[Optional(), Length(max=10)])
    quiet_days = TextAreaField(_l("Company quiet days (bridges, closures): one date per line, YYYY-MM-DD"),
                               validators=[Optional(), Length(max=5000)])
    review_days = IntegerField(_l("Minimum review period before signatures, in days"),
                               validators=[Optional()])
    max_solicitations_per_week = IntegerField(_l("Maximum solicitations per employee per week"),
                                              validators=[InputRequired()])
    rewards = BooleanField(_l("The program gives rewards or other consideration "
                              "(every campaign then carries the commercial mention)"))
    allowed_networks = MultiCheckboxField(_l("Allowed networks"),
                                          choices=[SelectChoice(n, network_label(n)) for n in NETWORKS])
    retention_days = IntegerField(_l("Retention of tracking data, in days after a share or after leaving"),
                                  validators=[InputRequired()])
    quorum_hr = IntegerField(_l("HR signatures needed"), validators=[InputRequired()])
    quorum_staff_rep = IntegerField(_l("Staff representative signatures needed"), validators=[InputRequired()])
    kpis = MultiCheckboxField(_l("KPIs that may be computed"))
    granularity = RadioField(_l("Finest granularity of the KPIs"),
                             choices=[SelectChoice(k, v) for k, v in GRANULARITY_LABELS.items()],
                             validators=[InputRequired()])
    min_group_size = IntegerField(_l("Minimum group size (k): figures about fewer people are suppressed"),
                                  validators=[InputRequired()])

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.kpis.choices = [SelectChoice(k, kpi_label(k)) for k in catalogue_kpi_ids()]

    def fill(self, version) -> None:
        """The form from the version, its policy read by the one parser (``parse_policy``)."""
        policy = parse_policy(version.policy)
        quiet, annex = policy.quiet_hours, policy.kpi_annex
        self.title.data, self.title_en.data, self.change_summary.data = (version.title, version.title_en,
                                                                         version.change_summary)
        self.quiet_start.data, self.quiet_end.data = quiet.start.strftime("%H:%M"), quiet.end.strftime("%H:%M")
        self.quiet_weekends.data = quiet.weekends
        self.quiet_holidays.data = quiet.holidays or ""
        self.quiet_days.data = "\n".join(day.isoformat() for day in quiet.quiet_days)
        self.review_days.data = policy.review_days
        self.max_solicitations_per_week.data = policy.max_solicitations_per_week
        self.rewards.data = policy.rewards
        self.allowed_networks.data = list(policy.allowed_networks)
        self.retention_days.data = policy.retention_days
        self.quorum_hr.data, self.quorum_staff_rep.data = policy.quorum["hr"], policy.quorum["staff_rep"]
        self.kpis.data = list(annex.kpis)
        self.granularity.data = annex.granularity
        self.min_group_size.data = annex.min_group_size

    def policy_dict(self, base: dict | None = None) -> dict:
        """The policy the form describes; what the form does not edit is kept from ``base``."""
        kept = ((base or {}).get("kpi_annex") or {}).get("pulse_questions")
        return {
            "quiet_hours": {"start": (self.quiet_start.data or "").strip(), "end": (self.quiet_end.data or "").strip(),
                            "weekends": bool(self.quiet_weekends.data),
                            "holidays": (self.quiet_holidays.data or "").strip() or None,
                            "quiet_days": [line.strip() for line in (self.quiet_days.data or "").splitlines()
                                           if line.strip()]},
            "max_solicitations_per_week": self.max_solicitations_per_week.data,
            "rewards": bool(self.rewards.data),
            "allowed_networks": list(self.allowed_networks.data or []),
            "retention_days": self.retention_days.data,
            "quorum": {"hr": self.quorum_hr.data, "staff_rep": self.quorum_staff_rep.data},
            "kpi_annex": {"kpis": list(self.kpis.data or []), "granularity": self.granularity.data,
                          "min_group_size": self.min_group_size.data,
                          "pulse_questions": kept},
            "review_days": DEFAULT_REVIEW_DAYS if self.review_days.data is None else self.review_days.data,
        }

    def validate_policy(self) -> bool:
        """Run the policy rules; put the first error under its field. True when valid."""
        try:
            parse_policy(self.policy_dict())
        except PolicyError as exc:
            show_on_form(self, exc, rename=self.field_for, fallback="title")
            return False
        return True

    @staticmethod
    def field_for(policy_field: str) -> str:
        """The form field of a policy field (``quorum.hr``, or ``policy.quorum.hr`` from the workflow)."""
        name = policy_field.removeprefix("policy.")
        return POLICY_FIELD_NAMES.get(name, name)


class ClauseForm(FlaskForm):
    title = StringField(_l("Clause title (French)"), validators=[DataRequired(), Length(max=200)])
    body = TextAreaField(_l("Clause text (French, Markdown)"), validators=[DataRequired(), Length(max=20000)])
    title_en = StringField(_l("Clause title (English translation)"), validators=[Optional(), Length(max=200)])
    body_en = TextAreaField(_l("Clause text (English translation, Markdown)"),
                            validators=[Optional(), Length(max=20000)])
    translation_current = BooleanField(_l("The English translation still matches the French text"))


class CommentForm(FlaskForm):
    clause_key = HiddenField(validators=[DataRequired()])
    parent_id = HiddenField()
    body = TextAreaField(_l("Comment"), validators=[DataRequired(), Length(max=5000)])


class AmendmentForm(FlaskForm):
    clause_key = HiddenField(validators=[DataRequired()])
    title = StringField(_l("Proposed title"), validators=[DataRequired(), Length(max=200)])
    body = TextAreaField(_l("Proposed text"), validators=[DataRequired(), Length(max=20000)])
    rationale = TextAreaField(_l("Why"), validators=[Optional(), Length(max=5000)])


class AnswerForm(FlaskForm):
    answer = TextAreaField(_l("Answer"), validators=[Optional(), Length(max=5000)])


ROLE_CHOICES = [SelectChoice("hr", _l("HR")), SelectChoice("staff_rep", _l("Staff representative"))]


class SignForm(FlaskForm):
    role = SelectField(_l("Signing as"), choices=ROLE_CHOICES,
                       validators=[Optional()])
    confirm = BooleanField(_l("I have read this exact text and sign it"), validators=[DataRequired(
        message=_l("Tick the box to confirm you sign this exact text."))])
    code = StringField(_l("Code from your authenticator app"), validators=[Optional(), Length(max=20)],
                       render_kw={"autocomplete": "one-time-code", "spellcheck": "false"})


class RefuseForm(FlaskForm):
    role = SelectField(_l("Refusing as"), choices=ROLE_CHOICES,
                       validators=[Optional()])
    reason = TextAreaField(_l("Reason for refusing (visible to both sides)"),
                           validators=[DataRequired(), Length(min=10, max=5000)])


class ScheduleForm(FlaskForm):
    effective_date = DateField(_l("In force from (empty: as soon as it is adopted)"), validators=[Optional()])


class AcceptForm(FlaskForm):
    confirm = BooleanField(_l("I have read the charter and accept it"), validators=[DataRequired(
        message=_l("Tick the box to accept the charter."))])


class ActionForm(FlaskForm):
    """A button: CSRF only."""


class DiffForm(FlaskForm):
    class Meta:
        csrf = False

    a = SelectField(_l("From version"), coerce=int)
    b = SelectField(_l("To version"), coerce=int)
