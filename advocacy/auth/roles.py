"""The roles a person can hold. Constants only: the guards that check them are in ``auth.guards``."""
from __future__ import annotations

EMPLOYEE = "employee"
MARKETER = "marketer"
COMPLIANCE = "compliance"
HR = "hr"
STAFF_REP = "staff_rep"
ADMIN = "admin"
ALL_ROLES = (EMPLOYEE, MARKETER, COMPLIANCE, HR, STAFF_REP, ADMIN)
