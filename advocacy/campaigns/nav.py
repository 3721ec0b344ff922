from flask_babel import lazy_gettext as _l

from advocacy.auth.roles import COMPLIANCE, EMPLOYEE, HR, MARKETER
from advocacy.nav import NavItem

NAV = [
    NavItem("campaigns.feed", _l("Kits for me"), (EMPLOYEE,), 20),
    NavItem("campaigns.index", _l("Campaigns"), (MARKETER, COMPLIANCE, HR), 30),
    NavItem("campaigns.review_queue", _l("Kits to review"), (COMPLIANCE, HR), 31),
    NavItem("campaigns.ideas_page", _l("Ideas"), (EMPLOYEE, MARKETER), 32),
    NavItem("campaigns.points", _l("Points"), (EMPLOYEE,), 33),
    NavItem("campaigns.rewards", _l("Rewards"), (EMPLOYEE, MARKETER), 34),
    NavItem("campaigns.notifications", _l("Notifications"), (EMPLOYEE,), 35),
]
