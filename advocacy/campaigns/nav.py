from flask_babel import lazy_gettext as _l

from advocacy.auth.roles import COMPLIANCE, EMPLOYEE, HR, MARKETER
from advocacy.campaigns import home
from advocacy.nav import NavItem

NAV = [
    NavItem("campaigns.feed", _l("Kits"), (EMPLOYEE,), 20, "share"),
    NavItem("campaigns.ideas_page", _l("Ideas"), (EMPLOYEE,), 24, "share"),
    NavItem("campaigns.rewards", _l("Rewards"), (EMPLOYEE,), 25, "share"),
    NavItem("campaigns.index", _l("Campaigns"), (MARKETER,), 30, "marketing"),
    NavItem("campaigns.review_status", _l("Review status"), (MARKETER,), 31, "marketing"),
    NavItem("campaigns.ideas_page", _l("Ideas"), (MARKETER,), 33, "marketing"),
    NavItem("campaigns.rewards", _l("Rewards"), (MARKETER,), 34, "marketing"),
    NavItem("campaigns.review_queue", _l("Review queue"), (COMPLIANCE,), 40, "compliance"),
    NavItem("campaigns.share_review_queue", _l("Posts to review"), (COMPLIANCE,), 41, "compliance"),
    NavItem("campaigns.index", _l("Campaigns"), (COMPLIANCE,), 42, "compliance"),
    NavItem("campaigns.review_queue", _l("Review queue"), (HR,), 54, "dialogue"),
    NavItem("campaigns.share_review_queue", _l("Posts to review"), (HR,), 54, "dialogue"),
    NavItem("campaigns.index", _l("Campaigns"), (HR,), 55, "dialogue"),
    NavItem("campaigns.points", _l("Points"), (EMPLOYEE,), 80),
    NavItem("campaigns.notifications", _l("Notifications"), (EMPLOYEE,), 81),
]
HOME = [home.tasks]
