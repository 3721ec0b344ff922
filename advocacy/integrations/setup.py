"""Integrations hooks: every organisational event (``signals.org_event``) becomes deliveries to the
endpoints and channels that chose it; the catalogue's schemas join the API reference; ``flask keys
rotate`` re-encrypts the secrets and channel URLs."""
from __future__ import annotations

from advocacy.core import signals
from advocacy.core.events import CATALOGUE, TEST_EVENT, body_schema
from advocacy.integrations import crypto, services


def document_events(api) -> None:
    """Each event body as a component ``WebhookEvent.<type>`` of ``openapi.json``."""
    for name in [*CATALOGUE, TEST_EVENT]:
        schema = dict(body_schema(name))
        schema["description"] = CATALOGUE[name]["description"] if name in CATALOGUE else "A test delivery."
        api.spec.components.schema(f"WebhookEvent.{name}", component=schema)


def init_app(app) -> None:
    signals.org_event.connect(services.on_org_event, weak=False)
    signals.keys_rotating.connect(crypto.rotate_keys, weak=False)
    api = app.extensions.get("advocacy_api")
    if api is not None:
        document_events(api)
