from flask_babel import lazy_gettext as _l
from flask_wtf import FlaskForm
from wtforms import BooleanField, SelectField, StringField, TextAreaField
from wtforms.fields.choices import SelectChoice
from wtforms.validators import DataRequired, Length, Optional

NETWORK_CHOICES = [("linkedin", "LinkedIn"), ("instagram", "Instagram"), ("facebook", "Facebook"), ("x", "X"),
                   ("bluesky", "Bluesky"), ("mastodon", "Mastodon")]
LANG_CHOICES = [("", _l("Detect")), ("fr", _l("French")), ("en", _l("English"))]
JURISDICTION_CHOICES = [("", _l("From the language")), ("fr", _l("France")), ("us", _l("United States")),
                        ("uk", _l("United Kingdom"))]
SECTOR_CHOICES = [
    ("", _l("None")), ("cosmetic_surgery", _l("Cosmetic surgery")), ("therapeutic", _l("Therapeutic claims")),
    ("nicotine", _l("Nicotine products")), ("wild_animals", _l("Wild animals")), ("financial_cfd", _l("Leveraged CFDs")),
    ("betting_tips", _l("Betting tips")), ("crypto", _l("Crypto-assets")), ("gambling", _l("Gambling")),
    ("alcohol", _l("Alcohol")), ("medicine", _l("Medicines")),
]


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
    sector = SelectField(_l("Sector"), choices=[SelectChoice(v, l) for v, l in SECTOR_CHOICES], default="", validators=[Optional()])

    def context(self) -> dict:
        return {
            "rewarded": self.rewarded.data, "employee": self.employee.data, "brand": self.brand.data or None,
            "image_retouched": self.image_retouched.data, "image_virtual": self.image_virtual.data,
            "sector": self.sector.data or None, "jurisdiction": self.jurisdiction.data or None,
        }
