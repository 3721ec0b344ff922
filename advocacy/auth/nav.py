from flask_babel import lazy_gettext as _l

from advocacy.auth.roles import ADMIN
from advocacy.nav import NavItem

NAV = [
    NavItem("auth.people", _l("People"), (ADMIN,), 90),
    NavItem("auth.tokens", _l("API tokens"), (), 95),
]
