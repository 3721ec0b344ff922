"""The shared fixtures other domains rely on."""
from advocacy.campaigns.models import KIT_APPROVED, SHARE_PENDING
from advocacy.core.timeutil import utcnow


def test_make_share_builds_a_registered_share_on_a_live_kit(make_share):
    share = make_share(network="bluesky")
    assert share.status == SHARE_PENDING
    assert share.url.startswith("https://bsky.app/")
    assert share.registered_at is not None
    kit = share.variant.kit
    assert kit.status == KIT_APPROVED and kit.is_live(utcnow())


def test_make_live_kit_has_variants_per_network_and_language(make_live_kit):
    kit = make_live_kit(networks=("linkedin", "x"), langs=("fr", "en"))
    assert sorted((v.network, v.lang) for v in kit.variants) == [
        ("linkedin", "en"), ("linkedin", "fr"), ("x", "en"), ("x", "fr")]
    assert kit.campaign.team_ids
