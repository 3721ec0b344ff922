from flask_babel import lazy_gettext as _l
from flask_wtf import FlaskForm
from wtforms import BooleanField, SelectField, StringField, TextAreaField
from wtforms.fields.choices import SelectChoice
from wtforms.validators import DataRequired, Length, Optional

from advocacy.disclosure import sectors
from advocacy.disclosure.networks import CHECKED_ONLY, NETWORKS
from advocacy.core.i18n import is_english

#: every network the checker judges, shared ones first (networks.py is the one list)
NETWORK_CHOICES = [(n.name, n.label) for n in (*NETWORKS.values(), *CHECKED_ONLY.values())]
LANG_CHOICES = [("", _l("Detect")), ("fr", _l("French")), ("en", _l("English"))]
JURISDICTION_CHOICES = [("", _l("From the language")), ("fr", _l("France")), ("us", _l("United States")),
                        ("uk", _l("United Kingdom"))]


def sector_choices() -> list[SelectChoice]:
    """Every sector the checker knows (sectors.SECTORS is the one list), named in the page's language."""
    en = is_english()
    return [SelectChoice("", _l("None"))] + [SelectChoice(value, _capital(labels[1 if en else 0]))
                                               for value, labels in sectors.SECTORS.items() if value != "general"]


def _capital(label: str) -> str:
    return label[:1].upper() + label[1:]


class CheckForm(FlaskForm):
    text = TextAreaField(_l("Post"), validators=[DataRequired(), Length(max=100_000)])
    network = SelectField(_l("Network"), choices=[SelectChoice(v, l) for v, l in NETWORK_CHOICES], default="linkedin")
    lang = SelectField(_l("Language of the post"), choices=[SelectChoice(v, l) for v, l in LANG_CHOICES], default="", validators=[Optional()])
    jurisdiction = SelectField(_l("Jurisdiction"), choices=[SelectChoice(v, l) for v, l in JURISDICTION_CHOICES], default="", validators=[Optional()])
    rewarded = BooleanField(_l("The author receives something for this post (money, product, points, gift…)"))
    employee = BooleanField(_l("The author works for the brand"))
    brand = StringField(_l("Brand"), validators=[Optional(), Length(max=200)])
    image_retouched = BooleanField(_l("The image is retouched (body or face)"))
    image_virtual = BooleanField(_l("The image is virtual (generated face or body)"))
    sector = SelectField(_l("Sector"), choices=sector_choices, default="", validators=[Optional()])

    def context(self) -> dict:
        return {
            "rewarded": self.rewarded.data, "employee": self.employee.data, "brand": self.brand.data or None,
            "image_retouched": self.image_retouched.data, "image_virtual": self.image_virtual.data,
            "sector": self.sector.data or None, "jurisdiction": self.jurisdiction.data or None,
        }
