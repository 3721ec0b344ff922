"""``/scim/v2/…``: one Flask route hands each request to scim2-server's service over our storage.

Only a SCIM bearer token (``flask scim token``) opens these routes — never a browser session —
so they are exempt from CSRF (``csrf_exempt`` on the view, read by ``core.setup``). ``/ServiceProviderConfig`` is public (RFC 7643 §5).
The view commits what a successful request did; an error answer undoes its request's writes.
"""
from __future__ import annotations

import importlib
import json
from functools import cache, wraps

from flask import Blueprint, Response, request

from advocacy.auth.scim.application import MAX_BODY
from advocacy.extensions import db

bp = Blueprint("scim", __name__, url_prefix="/scim/v2")
METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE"]


@cache
def _scim():
    """scim2-server and its pydantic models take about a second to import: every process (web, worker,
    cron, CLI) creates the app, few ever serve SCIM, so they load on the first SCIM request."""
    return importlib.import_module("advocacy.auth.scim.service")


def _primary_first(emails):
    if not isinstance(emails, list) or not all(isinstance(e, dict) for e in emails):
        return emails
    ordered = sorted(emails, key=lambda e: e.get("primary") is not True)  # stable: the primary one first
    return [{k: v for k, v in e.items() if k != "primary"} for e in ordered]


def tolerate_primary(body: bytes) -> bytes:
    """Okta and Microsoft Entra mark an address ``"primary": true`` (RFC 7643 §4.1.2) in every User
    they send. We keep one address and publish no ``primary`` sub-attribute (a client reading our
    Schemas must not expect to read a flag back), so the flag only orders the list: the primary
    address first, which is the one kept. Anything that is not such JSON is passed on untouched."""
    if b"primary" not in body:
        return body
    try:
        data = json.loads(body)
    except ValueError:
        return body
    if not isinstance(data, dict):
        return body
    if "emails" in data:
        data["emails"] = _primary_first(data["emails"])
    operations = data.get("Operations")
    if isinstance(operations, list):
        kept = []
        for operation in operations:
            if not isinstance(operation, dict):
                kept.append(operation)
                continue
            path = str(operation.get("path") or "")
            if path.endswith(".primary") and path.startswith("emails"):
                continue  # "make this address primary": nothing to store
            value = operation.get("value")
            if path == "emails":
                operation["value"] = _primary_first(value)
            elif isinstance(value, dict) and "emails" in value:
                value["emails"] = _primary_first(value["emails"])
            kept.append(operation)
        data["Operations"] = kept or operations
    return json.dumps(data).encode()


def scim_token_required(view):
    """Marks the route for the authorization matrix: a SCIM bearer token, checked per request."""
    @wraps(view)
    def wrapper(*args, **kwargs):
        return view(*args, **kwargs)

    wrapper.scim_token_required = True
    # No browser session is ever read on these routes (only the bearer token), so there is no
    # ambient credential for a cross-site request to ride: CSRF does not apply.
    wrapper.csrf_exempt = True
    return wrapper


@bp.route("", defaults={"path": ""}, methods=METHODS)
@bp.route("/<path:path>", methods=METHODS)
@scim_token_required
def endpoint(path: str):
    scim = _scim()
    scim_request = scim.ScimRequest(
        method=request.method,
        base_url=request.host_url.rstrip("/") + bp.url_prefix,
        path=scim.application.split_path("/" + path),
        query=request.args.to_dict(),
        headers=list(request.headers.items()),
        body=tolerate_primary(request.get_data(cache=False)[:MAX_BODY + 1]),
    )
    operation = db.session.begin_nested()  # an error answer undoes what its request flushed, only that
    answer = scim.application.serve(scim_request)
    if answer.status < 400:
        operation.commit()
    else:
        operation.rollback()
    db.session.commit()
    body = b"" if answer.body is None else json.dumps(answer.body).encode()
    return Response(body, status=int(answer.status), headers=answer.headers)
