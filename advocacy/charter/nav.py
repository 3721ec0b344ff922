from flask_babel import lazy_gettext as _l

from advocacy.auth.roles import HR, STAFF_REP
from advocacy.nav import NavItem

NAV = [
    NavItem("charter.current", _l("Charter"), (), 10),
    NavItem("charter.versions", _l("Charter drafting"), (HR, STAFF_REP), 11),
]
