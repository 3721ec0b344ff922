from flask_babel import lazy_gettext as _l

from advocacy.auth.roles import ADMIN, COMPLIANCE, EMPLOYEE, HR
from advocacy.nav import NavItem

NAV = [
    NavItem("tracking.my_findings", _l("Live post checks"), (EMPLOYEE,), 35),
    NavItem("tracking.compliance", _l("Live post findings"), (COMPLIANCE, HR, ADMIN), 65),
]
