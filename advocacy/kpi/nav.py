from flask_babel import lazy_gettext as _l

from advocacy.auth.roles import ADMIN, EMPLOYEE, HR, MARKETER, STAFF_REP
from advocacy.kpi import home
from advocacy.nav import NavItem

NAV = [
    NavItem("kpi.me", _l("My figures"), (EMPLOYEE,), 23, "share"),
    NavItem("kpi.campaigns", _l("Figures"), (MARKETER,), 31, "marketing"),
    NavItem("kpi.marketer_inputs", _l("ROI and EMV inputs"), (MARKETER,), 35, "marketing"),
    NavItem("kpi.program", _l("Figures"), (HR, STAFF_REP), 51, "dialogue"),
    NavItem("kpi.pulse_rounds", _l("Survey"), (HR, STAFF_REP), 52, "dialogue"),
    NavItem("kpi.program", _l("Program figures"), (ADMIN,), 72, "admin"),
    NavItem("kpi.pulse_answer", _l("Trust pulse"), (EMPLOYEE,), 82),
]
HOME = [home.tasks]
