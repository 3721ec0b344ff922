from flask_babel import lazy_gettext as _l

from advocacy.auth.roles import ADMIN
from advocacy.nav import NavItem

NAV = [NavItem("audit.index", _l("Audit trail"), (ADMIN,), 71, "admin")]
