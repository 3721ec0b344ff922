"""SCIM 2.0 provisioning at ``/scim/v2`` (RFC 7643/7644), served by scim2-server over our tables."""
