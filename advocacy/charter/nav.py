from flask_babel import lazy_gettext as _l

from advocacy.auth.roles import HR, STAFF_REP
from advocacy.nav import NavItem

NAV = [
    NavItem("charter.versions", _l("Charter"), (HR, STAFF_REP), 50, "dialogue"),
    NavItem("charter.current", _l("Charter in force"), (), 79),
]
