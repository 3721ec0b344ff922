from flask_babel import lazy_gettext as _l

from advocacy.auth.roles import ADMIN, EMPLOYEE, HR, MARKETER, STAFF_REP
from advocacy.nav import NavItem

NAV = [
    NavItem("kpi.program", _l("Program KPIs"), (HR, STAFF_REP, ADMIN), 60),
    NavItem("kpi.campaigns", _l("Campaign KPIs"), (MARKETER,), 61),
    NavItem("kpi.marketer_inputs", _l("ROI and EMV inputs"), (MARKETER,), 62),
    NavItem("kpi.me", _l("My figures"), (EMPLOYEE,), 63),
    NavItem("kpi.pulse_answer", _l("Trust pulse"), (EMPLOYEE,), 64),
    NavItem("kpi.pulse_rounds", _l("Trust surveys"), (HR, STAFF_REP), 65),
]
