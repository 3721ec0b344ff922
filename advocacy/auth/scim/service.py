"""scim2-server's application over our storage (loaded on the first SCIM request: ``blueprint._scim``)."""
from __future__ import annotations

from scim2_models import UnauthorizedException
from scim2_server.applications.wsgi import WSGIApplication
from scim2_server.requests import ScimRequest
from scim2_server.service import ScimService

from advocacy.auth.scim import tokens
from advocacy.auth.scim.application import MAX_BODY
from advocacy.auth.scim.schema import build_provider
from advocacy.auth.scim.storage import PeopleStorage

__all__ = ["ScimRequest", "application"]


class _Application(WSGIApplication):
    def check_auth(self, scim_request: ScimRequest) -> None:
        if tokens.check(scim_request.header("Authorization")) is None:
            raise UnauthorizedException(detail="Send 'Authorization: Bearer <token from flask scim token>'.")


class _Service(ScimService):
    def max_body_size(self, scim_request: ScimRequest) -> int | None:
        return MAX_BODY


_provider = build_provider()
application = _Application(PeopleStorage(_provider), _provider, service=_Service(_provider))
