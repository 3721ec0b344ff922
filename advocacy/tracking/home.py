"""Home-page tasks of tracking: findings on my live posts; open findings for compliance; networks paused
by a configuration error for admins."""
from __future__ import annotations

from flask import url_for
from flask_babel import gettext as _
from flask_babel import ngettext
from sqlalchemy import func, select

from advocacy.auth.roles import ADMIN, COMPLIANCE, EMPLOYEE, HR
from advocacy.extensions import db
from advocacy.nav import HomeTask
from advocacy.tracking.models import LiveFinding
from advocacy.tracking.polling import configuration_errors


def tasks(person) -> list[HomeTask]:
    found: list[HomeTask] = []
    if person.has_role(EMPLOYEE):
        mine = db.session.scalar(select(func.count(LiveFinding.id)).where(
            LiveFinding.person_id == person.id, LiveFinding.resolved_at.is_(None))) or 0
        if mine:
            found.append(HomeTask("my_findings", ngettext("%(num)d finding on your posts", "%(num)d findings on your posts", mine),
                                  url_for("tracking.my_findings"), _("See what to fix"), count=mine, order=8))
        found.append(HomeTask("my_posts", _("How your posts did"), url_for("tracking.my_posts"), _("See my posts"),
                              order=30))
    if person.has_role(COMPLIANCE, HR, ADMIN):
        open_ = db.session.scalar(select(func.count(LiveFinding.id)).where(LiveFinding.resolved_at.is_(None))) or 0
        found.append(HomeTask("findings", ngettext("%(num)d open finding on live posts", "%(num)d open findings on live posts",
                                                   open_),
                              url_for("tracking.compliance"), _("See the findings"), count=open_, order=15))
    if person.has_role(ADMIN):
        paused = len(configuration_errors())
        if paused:  # a refused token or API version: no post is measured on that network until fixed
            found.append(HomeTask("providers", ngettext("%(num)d network paused by a configuration error",
                                                        "%(num)d networks paused by a configuration error", paused),
                                  url_for("tracking.providers"), _("See the network connections"), count=paused,
                                  order=5))
    return found
