"""Home-page tasks of the figures domain: a survey round to answer, or one running."""
from __future__ import annotations

from flask import url_for
from flask_babel import format_date
from flask_babel import gettext as _

from advocacy.auth.roles import EMPLOYEE, HR, STAFF_REP
from advocacy.kpi import pulse
from advocacy.nav import HomeTask


def tasks(person) -> list[HomeTask]:
    found: list[HomeTask] = []
    if person.has_role(EMPLOYEE):
        waiting = pulse.round_to_answer(person)
        if waiting is not None:
            found.append(HomeTask("pulse", _("A survey is open: %(title)s", title=waiting.title),
                                  url_for("kpi.pulse_answer"), _("Answer the survey"), count=1,
                                  text=_("Anonymous, a few questions, until %(date)s.",
                                         date=format_date(waiting.closes_on, "long")), order=12))
    if person.has_role(HR, STAFF_REP):
        rounds = pulse.open_rounds()
        found.append(HomeTask("rounds", _("Survey rounds open"), url_for("kpi.pulse_rounds"), _("See the survey"),
                              count=len(rounds), order=20))
        found.append(HomeTask("program", _("Programme figures"), url_for("kpi.program"), _("See the figures"),
                              order=40))
    return found
