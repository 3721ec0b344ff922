"""Slack and Microsoft Teams messages: what an organisational event says in a channel, in the
channel's language, with a link back to the service — and when it may be posted.

Formats, from the providers' documentation:
- Slack incoming webhooks (api.slack.com/messaging/webhooks): a JSON POST with ``text`` (the
  notification fallback) and Block Kit ``blocks``; ``mrkdwn`` text escapes ``&``, ``<`` and ``>``.
- Microsoft Teams, Workflows "When a Teams webhook request is received" (Microsoft Learn, "Create
  incoming webhooks with Workflows for Microsoft Teams"; "Create Incoming Webhooks": 28 KB per
  message): a ``message`` whose ``attachments`` hold one Adaptive Card
  (``application/vnd.microsoft.card.adaptive``).

Invariant: a message names no employee — it is built only from the event's organisational data.
"""
from __future__ import annotations

from datetime import datetime, timedelta

from flask_babel import force_locale
from flask_babel import gettext as _

from advocacy.charter.services import person_zone, policy_in_force
from advocacy.integrations.models import SLACK

#: Look this far ahead for an allowed moment (a long holiday period and weekends fit).
HORIZON = timedelta(days=21)


def next_allowed(now: datetime) -> datetime:
    """``now`` when the charter in force allows solicitation then (outside its quiet hours, weekends,
    public holidays and company quiet days, in the installation's time zone), else the first
    minute that does. Without a charter in force nothing holds a message."""
    policy = policy_in_force(now)
    if policy is None:
        return now
    quiet = policy.quiet_hours
    zone = person_zone(None)
    moment = now
    while moment - now < HORIZON:
        local = moment.astimezone(zone)
        if quiet.quiet_day(local.date()):
            midnight = local.replace(hour=0, minute=0, second=0, microsecond=0) + timedelta(days=1)
            moment = midnight.astimezone(now.tzinfo)
            continue
        if not quiet.covers(local):
            return moment
        moment = (moment + timedelta(minutes=1)).replace(second=0, microsecond=0)
    return now


def _titles() -> dict:
    return {
        "charter.version.review_opened": _("Charter version %(number)s is open for the staff representatives' review"),
        "charter.version.signature_opened": _("Charter version %(number)s is open for signatures"),
        "charter.version.in_force": _("Charter version %(number)s is in force"),
        "kit.submitted": _("Kit submitted for review: %(title)s"),
        "kit.approved": _("Kit approved: %(title)s"),
        "kit.returned": _("Kit returned to its authors: %(title)s"),
        "kit.live": _("New kit to share: %(title)s"),
        "campaign.started": _("Campaign started: %(name)s"),
        "campaign.ended": _("Campaign ended: %(name)s"),
        "survey.round.closed": _("Trust pulse round closed: %(title)s"),
        "kpi.rollup.completed": _("Program figures updated"),
        "webhook.test": _("Test message from Porte-voix"),
    }


def _detail(event_type: str, data: dict) -> str:
    if "kit" in data:
        return _("Campaign: %(name)s", name=data["kit"]["campaign"]["name"])
    if "campaign" in data:
        campaign = data["campaign"]
        return _("From %(start)s to %(end)s", start=campaign["starts_at"][:10], end=campaign["ends_at"][:10])
    if "version" in data:
        return data["version"]["title"]
    if event_type == "survey.round.closed":
        if data.get("results") is None:
            return _("Fewer people answered than the charter's minimum group size (%(k)s): no results are shown.",
                     k=data["min_group_size"])
        return _("%(n)s people answered: the results are on the program figures page.", n=data["respondents"])
    if event_type == "kpi.rollup.completed":
        return _("Days recomputed: %(days)s", days=", ".join(data.get("days", [])))
    return _("This channel is connected.")


def text_of(event_type: str, data: dict, language: str) -> tuple[str, str, str]:
    """(title, detail, link label) in ``language``."""
    with force_locale(language):
        values = {"number": data.get("version", {}).get("number", ""), "title": "", "name": ""}
        if "kit" in data:
            values["title"] = data["kit"]["title"]
        if "campaign" in data:
            values["name"] = data["campaign"]["name"]
        if "round" in data:
            values["title"] = data["round"]["title"]
        title = _titles().get(event_type, event_type) % values
        return title, _detail(event_type, data), _("Open in Porte-voix")


def _mrkdwn(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def slack_message(title: str, detail: str, link_label: str, url: str) -> dict:
    return {
        "text": f"{title} — {url}",
        "blocks": [
            {"type": "header", "text": {"type": "plain_text", "text": title[:150], "emoji": False}},
            {"type": "section", "text": {"type": "mrkdwn", "text": _mrkdwn(detail)[:3000]}},
            {"type": "actions", "elements": [
                {"type": "button", "text": {"type": "plain_text", "text": link_label[:75]}, "url": url[:3000]}]},
        ],
    }


def teams_message(title: str, detail: str, link_label: str, url: str) -> dict:
    card = {
        "$schema": "http://adaptivecards.io/schemas/adaptive-card.json",
        "type": "AdaptiveCard",
        "version": "1.4",
        "body": [
            {"type": "TextBlock", "text": title, "weight": "Bolder", "size": "Medium", "wrap": True},
            {"type": "TextBlock", "text": detail, "wrap": True},
        ],
        "actions": [{"type": "Action.OpenUrl", "title": link_label, "url": url}],
    }
    return {"type": "message", "attachments": [
        {"contentType": "application/vnd.microsoft.card.adaptive", "contentUrl": None, "content": card}]}


def message_for(kind: str, event_type: str, data: dict, language: str) -> dict:
    title, detail, label = text_of(event_type, data, language)
    build = slack_message if kind == SLACK else teams_message
    return build(title, detail, label, data["url"])
