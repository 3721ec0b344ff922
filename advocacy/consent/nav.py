from flask_babel import lazy_gettext as _l

from advocacy.auth.roles import ADMIN, EMPLOYEE, HR, STAFF_REP
from advocacy.nav import NavItem

NAV = [
    NavItem("consent.index", _l("Privacy"), (EMPLOYEE,), 26, "share"),
    NavItem("consent.aggregates", _l("Consent statistics"), (HR, STAFF_REP), 53, "dialogue"),
    NavItem("consent.aggregates", _l("Consent statistics"), (ADMIN,), 73, "admin"),
]
