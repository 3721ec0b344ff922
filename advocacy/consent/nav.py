from flask_babel import lazy_gettext as _l

from advocacy.auth.roles import ADMIN, EMPLOYEE, HR, STAFF_REP
from advocacy.nav import NavItem

NAV = [
    NavItem("consent.index", _l("My consents"), (EMPLOYEE,), 20),
    NavItem("consent.aggregates", _l("Consent statistics"), (HR, STAFF_REP, ADMIN), 60),
]
