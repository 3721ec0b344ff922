"""The organisational events of kits and campaigns (``advocacy.core.events``): what a webhook or a
Slack / Teams message says about them. Never who submitted or reviewed a kit."""
from __future__ import annotations

from datetime import datetime

from advocacy.campaigns.models import KIT_APPROVED, Campaign, Kit
from advocacy.core.events import emit
from advocacy.core.timeutil import utcnow


def _iso(value: datetime | None) -> str | None:
    return value.isoformat() if value is not None else None


def campaign_data(campaign: Campaign) -> dict:
    return {"id": campaign.id, "name": campaign.name, "starts_at": _iso(campaign.starts_at),
            "ends_at": _iso(campaign.ends_at)}


def kit_data(kit: Kit) -> dict:
    return {"id": kit.id, "title": kit.title, "status": kit.status,
            "networks": sorted({v.network for v in kit.variants}),
            "languages": sorted({v.lang for v in kit.variants}),
            "campaign": campaign_data(kit.campaign)}


def emit_kit(kit: Kit, event_type: str, key: str | None = None) -> None:
    emit(event_type, {"kit": kit_data(kit)}, path=f"/kits/{kit.id}", key=key)


def live_key(kit: Kit) -> str:
    """Once per approval: a kit approved again after a withdrawal goes live again."""
    return f"kit:{kit.id}:live:{_iso(kit.reviewed_at)}"


def emit_live_if_running(kit: Kit, at: datetime | None = None) -> bool:
    """``kit.live`` when the approved kit's campaign is running (once per approval)."""
    if kit.status != KIT_APPROVED or not kit.campaign.is_running(at or utcnow()):
        return False
    emit_kit(kit, "kit.live", key=live_key(kit))
    return True


def emit_campaign(campaign: Campaign, event_type: str) -> None:
    moment = campaign.starts_at if event_type == "campaign.started" else campaign.ends_at
    emit(event_type, {"campaign": campaign_data(campaign)}, path=f"/campaigns/{campaign.id}",
         key=f"campaign:{campaign.id}:{event_type}:{_iso(moment)}")
