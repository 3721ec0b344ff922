"""Authorization matrix: every endpoint of ``app.url_map`` → who may use it.

ADD ONE LINE HERE FOR EVERY ROUTE YOU CREATE, in your domain's block:

    "blueprint.endpoint": roles(HR, STAFF_REP),      # only these roles
    "blueprint.endpoint": ANY,                       # any logged-in person
    "blueprint.endpoint": PUBLIC,                    # no login (login page, health, tracked links)
    "blueprint.endpoint": SCIM_TOKEN,                # SCIM bearer token only (/scim/v2)
    "blueprint.endpoint": {"GET": ANY, "POST": roles(MARKETER)},   # per HTTP method

Optional: URL values for a route's placeholders go in ``SAMPLE_ARGS`` (default: 1 for ints, "x" else).

``tests/security/test_authz_matrix.py`` then checks, for every endpoint × every role and anonymous:
the row exists (a route missing here fails), it agrees with the route's ``roles_required(...)`` /
``api_roles(...)`` guard, and the live answer is right: pages → anonymous 302 to the login page,
wrong role 403; API (``/api/…``) → anonymous 401 JSON, wrong role 403 JSON; allowed → neither.
"""
from __future__ import annotations

from advocacy.auth.roles import ADMIN, ALL_ROLES, COMPLIANCE, EMPLOYEE, HR, MARKETER, STAFF_REP


class _Access:
    def __init__(self, name: str):
        self.name = name

    def __repr__(self) -> str:
        return self.name


PUBLIC = _Access("PUBLIC")
ANY = _Access("ANY")
#: Machine-to-machine routes opened only by a SCIM bearer token (``flask scim token``), never by a
#: browser session: everyone here (anonymous or any role) is refused 401 (405 for a method the
#: SCIM resource lacks, which scim2-server answers before authentication).
SCIM_TOKEN = _Access("SCIM_TOKEN")


def roles(*names: str) -> frozenset:
    unknown = set(names) - set(ALL_ROLES)
    if unknown or not names:
        raise ValueError(f"roles() needs known role names, got {names}")
    return frozenset(names)


MATRIX: dict = {
    # -- foundation -------------------------------------------------------------------------
    "static": PUBLIC,
    "api-docs.openapi_json": PUBLIC,
    "core.home": ANY,
    "core.healthz": PUBLIC,
    "core.favicon": PUBLIC,
    "core.manifest": PUBLIC,
    "core.service_worker": PUBLIC,
    "core.offline": PUBLIC,
    "core.set_language": PUBLIC,
    "auth.login": PUBLIC,
    "auth.logout": ANY,
    "auth.people": roles(ADMIN),
    "auth.settings": roles(ADMIN),
    "auth.import_people": roles(ADMIN),
    "auth.tokens": ANY,
    "auth.revoke_token": ANY,
    "auth.my_sessions": ANY,
    "auth.end_session": ANY,
    "auth.forgot_password": PUBLIC,
    "auth.choose_password": PUBLIC,
    "auth.invite": roles(ADMIN),
    "auth.invite_person": roles(ADMIN),
    "auth.invite_all": roles(ADMIN),
    "auth.sign_out_everywhere": roles(ADMIN),
    "auth.mfa_setup": ANY,
    "auth.mfa_verify": ANY,
    "auth.mfa_recovery_codes": ANY,
    "auth.mfa_disable": ANY,
    "auth.mfa_reset": roles(ADMIN),
    "auth.login_verify": PUBLIC,
    "auth.oidc_login": PUBLIC,
    "auth.oidc_callback": PUBLIC,
    "auth.saml_metadata": PUBLIC,
    "auth.saml_login": PUBLIC,
    "auth.saml_acs": PUBLIC,
    "scim.endpoint": SCIM_TOKEN,
    "audit.index": roles(ADMIN),
    "api_core.me": ANY,
    "auth_api.list_people": roles(ADMIN),
    "auth_api.invite": roles(ADMIN),
    "auth_api.deactivate": roles(ADMIN),
    # -- consent ----------------------------------------------------------------------------
    "consent.index": ANY,
    "consent.change": ANY,
    "consent.leave": ANY,
    "consent.receipt": ANY,
    "consent.export": ANY,
    "consent.erase": ANY,
    "consent.data_request": ANY,
    "consent.download": ANY,
    "consent.aggregates": roles(HR, STAFF_REP, ADMIN),
    "consent.person_ledger": roles(ADMIN),
    "consent_api.my_consents": ANY,
    "consent_api.change_consent": ANY,
    "consent_api.withdraw_all": ANY,
    "consent_api.receipt": ANY,
    "consent_api.export": ANY,
    "consent_api.erase": ANY,
    "consent_api.data_request": ANY,
    "consent_api.download": ANY,
    "consent_api.aggregates": roles(HR, STAFF_REP, ADMIN),
    # -- charter ----------------------------------------------------------------------------
    "charter.static": PUBLIC,
    "charter.current": ANY,
    "charter.accept": ANY,
    "charter.versions": ANY,
    "charter.diff_picker": ANY,
    "charter.version": ANY,
    "charter.print_view": ANY,
    "charter.diff": ANY,
    "charter.new_version": roles(HR),
    "charter.edit_version": roles(HR),
    "charter.new_clause": roles(HR),
    "charter.edit_clause": roles(HR),
    "charter.delete_clause": roles(HR),
    "charter.move_clause": roles(HR),
    "charter.submit": roles(HR),
    "charter.request_signatures": roles(HR),
    "charter.bring_into_force": roles(HR),
    "charter.comment": roles(HR, STAFF_REP),
    "charter.propose": roles(STAFF_REP),
    "charter.accept_amendment": roles(HR),
    "charter.answer_amendment": roles(HR),
    "charter.sign": roles(HR, STAFF_REP),
    "charter.refuse": roles(HR, STAFF_REP),
    "charter_api.charter_in_force": ANY,
    "charter_api.accept_current": ANY,
    "charter_api.list_versions": ANY,
    "charter_api.create_version": roles(HR),
    "charter_api.get_version": ANY,
    "charter_api.put_policy": roles(HR),
    "charter_api.sign_version": roles(HR, STAFF_REP),
    "charter_api.diff": ANY,
    # -- campaigns --------------------------------------------------------------------------
    "campaigns.index": roles(MARKETER, COMPLIANCE, HR),
    "campaigns.review_status": roles(MARKETER),
    "campaigns.edit_campaign": roles(MARKETER),
    "campaigns.show": roles(MARKETER, COMPLIANCE, HR),
    "campaigns.edit_kit": roles(MARKETER),
    "campaigns.kit": roles(MARKETER, COMPLIANCE, HR),
    "campaigns.add_image": roles(MARKETER),
    "campaigns.delete_image": roles(MARKETER),
    "campaigns.image": roles(MARKETER, COMPLIANCE, HR, EMPLOYEE),
    "campaigns.kit_action": roles(MARKETER),
    "campaigns.review_queue": roles(COMPLIANCE, HR),
    "campaigns.review_kit": roles(COMPLIANCE, HR),
    "campaigns.feed": roles(EMPLOYEE),
    "campaigns.my_networks": roles(EMPLOYEE),
    "campaigns.personalise": roles(EMPLOYEE),
    "campaigns.share": roles(EMPLOYEE),
    "campaigns.set_instance": roles(EMPLOYEE),
    "campaigns.published": roles(EMPLOYEE),
    "campaigns.publish": roles(EMPLOYEE),
    # -- linked accounts ----------------------------------------------------------------------
    "accounts.index": roles(EMPLOYEE),
    "accounts.link_mastodon": roles(EMPLOYEE),
    "accounts.link_linkedin": roles(EMPLOYEE),
    "accounts.link_bluesky": roles(EMPLOYEE),
    "accounts.callback": roles(EMPLOYEE),
    "accounts.unlink": roles(EMPLOYEE),
    "campaigns.ideas_page": roles(EMPLOYEE, MARKETER),
    "campaigns.propose_idea": roles(EMPLOYEE),
    "campaigns.vote": roles(EMPLOYEE),
    "campaigns.decide_idea": roles(MARKETER),
    "campaigns.points": ANY,
    "campaigns.leaderboard": ANY,
    "campaigns.rewards": roles(EMPLOYEE, MARKETER),
    "campaigns.add_reward": roles(MARKETER),
    "campaigns.request_reward": roles(EMPLOYEE),
    "campaigns.redemption_action": roles(EMPLOYEE, MARKETER),
    "campaigns.notifications": ANY,
    "campaigns.push_subscribe": ANY,
    "campaigns.push_unsubscribe": ANY,
    "campaigns_api.list_campaigns": roles(EMPLOYEE, MARKETER, COMPLIANCE, HR),
    "campaigns_api.create_share": roles(EMPLOYEE),
    "campaigns_api.get_share": roles(EMPLOYEE),
    "campaigns_api.my_points": roles(EMPLOYEE),
    "campaigns_api.rewards": roles(EMPLOYEE, MARKETER),
    "campaigns_api.list_kits": roles(EMPLOYEE, MARKETER, COMPLIANCE, HR),
    "campaigns_api.get_kit": roles(EMPLOYEE, MARKETER, COMPLIANCE, HR),
    "campaigns_api.approve_kit": roles(COMPLIANCE, HR),
    "campaigns_api.return_kit": roles(COMPLIANCE, HR),
    "campaigns_api.create_campaign": roles(MARKETER),
    "campaigns_api.get_campaign": roles(MARKETER, COMPLIANCE, HR),
    "campaigns_api.edit_campaign": roles(MARKETER),
    "campaigns_api.create_kit": roles(MARKETER),
    "campaigns_api.edit_kit": roles(MARKETER),
    "campaigns_api.submit_kit": roles(MARKETER),
    # -- disclosure -------------------------------------------------------------------------
    "disclosure.checker": ANY,
    "disclosure_api.check_one": ANY,
    "disclosure_api.check_batch": ANY,
    "disclosure_api.list_sectors": ANY,
    "campaigns.share_review_queue": roles(COMPLIANCE, HR),
    "campaigns.decide_share": roles(COMPLIANCE, HR),
    "campaigns.fix_share": roles(EMPLOYEE),
    # -- tracking ---------------------------------------------------------------------------
    "tracking.tracked_link": PUBLIC,
    "tracking.my_posts": roles(EMPLOYEE),
    "tracking.my_findings": roles(EMPLOYEE),
    "tracking.resolve_finding": roles(EMPLOYEE),
    "tracking.compliance": roles(COMPLIANCE, HR, ADMIN),
    "tracking.providers": roles(ADMIN),
    # -- kpi --------------------------------------------------------------------------------
    "kpi.index": ANY,
    "kpi.program": roles(HR, STAFF_REP, ADMIN),
    "kpi.campaigns": roles(MARKETER, HR, STAFF_REP, ADMIN),
    "kpi.export_csv": roles(MARKETER, HR, STAFF_REP, ADMIN),
    "kpi.me": roles(EMPLOYEE),
    "kpi.marketer_inputs": roles(MARKETER, ADMIN),
    "kpi.pulse_answer": roles(EMPLOYEE),
    "kpi.pulse_rounds": roles(HR, STAFF_REP, ADMIN),
    "kpi.pulse_close": roles(HR, ADMIN),
    "kpi_api.kpis": roles(HR, STAFF_REP, MARKETER, ADMIN),
    # -- integrations (webhooks, Slack / Teams channels) -----------------------------------------
    "integrations.index": roles(ADMIN),
    "integrations.create_endpoint": roles(ADMIN),
    "integrations.endpoint": roles(ADMIN),
    "integrations.endpoint_action": roles(ADMIN),
    "integrations.create_channel": roles(ADMIN),
    "integrations.channel": roles(ADMIN),
    "integrations.channel_action": roles(ADMIN),
    "integrations_api.event_types": roles(ADMIN),
    "integrations_api.list_endpoints": roles(ADMIN),
    "integrations_api.create_endpoint": roles(ADMIN),
    "integrations_api.get_endpoint": roles(ADMIN),
    "integrations_api.update_endpoint": roles(ADMIN),
    "integrations_api.delete_endpoint": roles(ADMIN),
    "integrations_api.rotate_secret": roles(ADMIN),
    "integrations_api.test_endpoint": roles(ADMIN),
    "integrations_api.endpoint_deliveries": roles(ADMIN),
    "integrations_api.list_channels": roles(ADMIN),
    "integrations_api.create_channel": roles(ADMIN),
    "integrations_api.get_channel": roles(ADMIN),
    "integrations_api.update_channel": roles(ADMIN),
    "integrations_api.delete_channel": roles(ADMIN),
    "integrations_api.test_channel": roles(ADMIN),
    "integrations_api.channel_deliveries": roles(ADMIN),
}

#: Values for URL placeholders, per endpoint: {"consent.change": {"purpose": "program"}}.
SAMPLE_ARGS: dict[str, dict] = {
    "static": {"filename": "css/app.css"},
    "consent.change": {"purpose": "program"},
    "scim.endpoint": {"path": "Users"},
}


def sample_values(rule) -> dict:
    """Values for ``rule``'s placeholders: SAMPLE_ARGS, else 1 for ints, an allowed word, or "x"."""
    from werkzeug.routing.converters import AnyConverter, IntegerConverter

    values = {}
    for name in rule.arguments:
        converter = rule._converters.get(name)
        if isinstance(converter, IntegerConverter):
            values[name] = 1
        elif isinstance(converter, AnyConverter):
            values[name] = sorted(converter.items)[0]
        else:
            values[name] = "x"
    values.update(SAMPLE_ARGS.get(rule.endpoint, {}))
    return values
