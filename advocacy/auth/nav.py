from flask_babel import lazy_gettext as _l

from advocacy.auth.roles import ADMIN
from advocacy.nav import NavItem

NAV = [
    NavItem("auth.people", _l("People"), (ADMIN,), 70, "admin"),
    NavItem("auth.settings", _l("Settings"), (ADMIN,), 76, "admin"),
    NavItem("auth.tokens", _l("API tokens"), (), 95),
    NavItem("auth.my_sessions", _l("Your sessions"), (), 96),
]
