"""Linked network accounts: a person's own Mastodon and LinkedIn (and later Bluesky) accounts, linked
by signing in to the network, and publishing through them.

Layer: above consent (a token is kept only under the ``account_token`` purpose), below campaigns
(which publishes a share through :func:`advocacy.accounts.services.publish`) and tracking.

Invariants a reader must not break:
- a token is stored only encrypted (:mod:`advocacy.core.crypto`, ``MultiFernet`` from
  ``ADVOCACY_ENCRYPTION_KEYS``), never logged, never exported, never in an audit record;
- unlinking, or withdrawing ``account_token``, deletes the tokens and asks the provider to revoke them;
- only the person's own text is published, by the campaigns domain, after the disclosure check.
"""
