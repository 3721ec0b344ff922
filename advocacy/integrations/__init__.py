"""Integrations: signed outbound webhooks (Standard Webhooks) and Slack / Microsoft Teams channels.

The top domain: it listens to ``advocacy.core.signals.org_event`` (sent by the lower domains through
``advocacy.core.events.emit``) and turns each organisational event into deliveries that an RQ job
sends through the guarded outbound client. Nothing here ever describes a person.
"""
