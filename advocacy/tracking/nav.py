from flask_babel import lazy_gettext as _l

from advocacy.auth.roles import ADMIN, COMPLIANCE, EMPLOYEE, HR
from advocacy.tracking import home
from advocacy.nav import NavItem

NAV = [
    NavItem("tracking.my_posts", _l("My posts"), (EMPLOYEE,), 22, "share"),
    NavItem("tracking.compliance", _l("Findings"), (COMPLIANCE,), 41, "compliance"),
    NavItem("tracking.compliance", _l("Live post findings"), (HR,), 56, "dialogue"),
    NavItem("tracking.compliance", _l("Live post findings"), (ADMIN,), 74, "admin"),
    NavItem("tracking.providers", _l("Network connections"), (ADMIN,), 75, "admin"),
    NavItem("tracking.my_findings", _l("Live post checks"), (EMPLOYEE,), 83),
]
HOME = [home.tasks]
