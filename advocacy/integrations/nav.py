from flask_babel import lazy_gettext as _l

from advocacy.auth.roles import ADMIN
from advocacy.nav import NavItem

NAV = [NavItem("integrations.index", _l("Webhooks and chat"), (ADMIN,), 74, "admin")]
