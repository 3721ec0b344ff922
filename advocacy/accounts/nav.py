from flask_babel import lazy_gettext as _l

from advocacy.auth.roles import EMPLOYEE
from advocacy.nav import NavItem

NAV = [NavItem("accounts.index", _l("My accounts"), (EMPLOYEE,), 23, "share")]
