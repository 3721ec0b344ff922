"""The employee feed as cards: per kit, the networks the person may pick (those they use that the
charter allows and the kit has a variant for), the variant chosen, and its preview as the network
would show it (the text before and after the feed's fold, its length against the limit)."""
from __future__ import annotations

from dataclasses import dataclass

from advocacy.campaigns import networks, sharing
from advocacy.campaigns.models import Kit, KitVariant


@dataclass
class FeedCard:
    kit: Kit
    networks: list[str]          # in the order the picker shows them
    network: str                 # the one picked
    variant: KitVariant
    languages: list[KitVariant]  # other-language variants on the same network
    text: str                    # where the person starts from
    shown: str                   # what the feed shows before its fold
    folded: str                  # what hides behind "see more" (or goes past the limit)
    length: int
    limit: int

    @property
    def over(self) -> bool:
        return self.length > self.limit


def _fold(network: str, text: str) -> tuple[str, str]:
    cut = networks.FEED_CUT.get(network, networks.LIMITS[network])
    if len(text) <= cut:
        return text, ""
    space = text.rfind(" ", 0, cut)
    at = space if space > cut * 0.6 else cut
    return text[:at], text[at:]


def cards(person, picked_kit: int | None = None, picked_network: str | None = None,
          picked_variant: int | None = None) -> list[FeedCard]:
    found = []
    for kit, variants in sharing.feed(person):
        order = list(dict.fromkeys(v.network for v in variants))
        network = picked_network if kit.id == picked_kit and picked_network in order else order[0]
        on_network = [v for v in variants if v.network == network]  # the person's language first
        variant = next((v for v in on_network if kit.id == picked_kit and v.id == picked_variant), on_network[0])
        text = sharing.starting_text(variant)
        shown, folded = _fold(network, text)
        found.append(FeedCard(kit=kit, networks=order, network=network, variant=variant,
                              languages=[v for v in on_network if v.id != variant.id], text=text, shown=shown,
                              folded=folded, length=networks.text_length(network, text, kit.link),
                              limit=sharing.post_limit(person, network)))
    return found
