"""Human labels for states, roles and policy fields (shared by pages, diff and print view)."""
from flask_babel import lazy_gettext as _l

STATE_LABELS = {
    "draft": _l("draft"),
    "review": _l("in review"),
    "awaiting_signatures": _l("awaiting signatures"),
    "adopted": _l("adopted"),
    "scheduled": _l("adopted, in force from its effective date"),
    "in_force": _l("in force"),
    "superseded": _l("superseded"),
    "hr": _l("HR"),
    "staff_rep": _l("staff representatives"),
}

ROLE_LABELS = {"hr": _l("HR"), "staff_rep": _l("Staff representative")}

POLICY_FIELD_LABELS = {
    "quiet_hours": _l("Quiet hours"),
    "quiet_hours.quiet_days": _l("Company quiet days"),
    "review_days": _l("Minimum review period before signatures"),
    "max_solicitations_per_week": _l("Maximum solicitations per employee per week"),
    "rewards": _l("Rewards or any consideration"),
    "allowed_networks": _l("Allowed networks"),
    "retention_days": _l("Retention of tracking data (days)"),
    "quorum": _l("Signatory quorum"),
    "kpi_annex.kpis": _l("KPIs that may be computed"),
    "kpi_annex.granularity": _l("KPI granularity"),
    "kpi_annex.min_group_size": _l("Minimum group size (figures for smaller groups are suppressed)"),
}

AMENDMENT_LABELS = {"open": _l("open"), "accepted": _l("accepted"), "declined": _l("answered, not taken")}
