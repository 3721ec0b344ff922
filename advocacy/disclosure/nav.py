from flask_babel import lazy_gettext as _l

from advocacy.nav import NavItem

NAV = [NavItem("disclosure.checker", _l("Disclosure check"), (), 84)]
