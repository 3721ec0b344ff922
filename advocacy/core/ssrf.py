"""The SSRF guard: which addresses the outbound client may connect to.

Two layers. ``check_url`` refuses a URL before anything happens (scheme, port,
credentials, odd numeric host notations, literal private addresses). Then the
connection classes below resolve the host *themselves*, check every address and
connect to the very address they checked, so a name that resolves somewhere
public for the check and somewhere private for the connection (DNS rebinding)
cannot get through.
"""
from __future__ import annotations

import ipaddress
import re
import socket
import threading
from urllib.parse import urlsplit

from urllib3.connection import HTTPConnection, HTTPSConnection
from urllib3.connectionpool import HTTPConnectionPool, HTTPSConnectionPool
from urllib3.exceptions import ConnectTimeoutError, NewConnectionError
from urllib3.util.timeout import _DEFAULT_TIMEOUT

from advocacy.core.errors import DomainError
from advocacy.core.settings import host_key, parse_allow  # noqa: F401  (the allow-list is a setting)

# Cloud metadata endpoints (all non-global already; listed so the intent is explicit).
METADATA = frozenset(ipaddress.ip_address(a) for a in (
    "169.254.169.254", "169.254.170.2", "100.100.100.200", "192.0.0.192", "fd00:ec2::254",
))
NAT64 = ipaddress.ip_network("64:ff9b::/96")
#: Names that only ever mean "this machine" or "this private network".
_INTERNAL_SUFFIXES = (".localhost", ".local", ".internal", ".localdomain", ".home.arpa", ".lan", ".intranet",
                      ".corp", ".private")
_NUMERIC_LABEL = re.compile(r"0x[0-9a-f]*|\d+", re.IGNORECASE)
_DOTTED_QUAD = re.compile(r"^(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}$")


class OutboundError(DomainError):
    """A fetch that did not produce a response. ``code`` is one of: ``invalid_url``,
    ``blocked``, ``timeout``, ``connection``, ``too_large``, ``too_many_redirects``."""

    status = 502

    def __init__(self, code: str, message: str):
        super().__init__(code, message)
        self.args = (f"{code}: {message}",)


class BlockedAddress(OutboundError):
    def __init__(self, message: str):
        super().__init__("blocked", message)


def is_blocked_ip(ip) -> bool:
    """True for every address a server-side fetch must never reach."""
    if isinstance(ip, str):
        ip = ipaddress.ip_address(ip.split("%", 1)[0])
    if ip.version == 6:
        embedded = []
        if ip.ipv4_mapped is not None:
            embedded.append(ip.ipv4_mapped)
        if ip.sixtofour is not None:
            embedded.append(ip.sixtofour)
        if ip.teredo is not None:
            embedded.extend(ip.teredo)
        if ip in NAT64:
            embedded.append(ipaddress.IPv4Address(int(ip) & 0xFFFFFFFF))
        if any(is_blocked_ip(e) for e in embedded):
            return True
        if ip.ipv4_mapped is not None:
            return False
    return (ip in METADATA or not ip.is_global or ip.is_private or ip.is_loopback or ip.is_link_local
            or ip.is_multicast or ip.is_unspecified or ip.is_reserved)


def check_url(url: str, allow: frozenset) -> tuple[str, str, int]:
    """Refuse what is wrong before connecting; return (scheme, host, port)."""
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError as exc:
        raise OutboundError("invalid_url", str(exc)) from None
    scheme = parts.scheme.lower()
    if scheme not in ("http", "https"):
        raise OutboundError("invalid_url", f"scheme {scheme or '(none)'!r} is not allowed")
    if parts.username is not None or parts.password is not None:
        raise OutboundError("invalid_url", "credentials in URLs are not allowed")
    host = host_key(parts.hostname or "")
    if not host:
        raise OutboundError("invalid_url", "the URL has no host")
    port = port or (443 if scheme == "https" else 80)
    if (host, port) in allow:
        return scheme, host, port
    if scheme != "https":
        raise OutboundError("invalid_url", "only https:// may be fetched")
    if port != 443:
        raise OutboundError("invalid_url", f"port {port} is not allowed")
    literal = None
    try:
        literal = ipaddress.ip_address(host.split("%", 1)[0])
    except ValueError:
        labels = [lab for lab in host.split(".") if lab]
        if labels and all(_NUMERIC_LABEL.fullmatch(lab) for lab in labels):
            raise BlockedAddress(f"numeric host notation {host!r} is not allowed") from None
        if "." not in host or host == "localhost" or host.endswith(_INTERNAL_SUFFIXES):
            raise BlockedAddress(f"host {host!r} is an internal name") from None
    if literal is not None:
        if literal.version == 4 and not _DOTTED_QUAD.match(host):
            raise BlockedAddress(f"numeric host notation {host!r} is not allowed")
        if is_blocked_ip(literal):
            raise BlockedAddress(f"address {host} is not reachable from here")
    return scheme, host, port


#: ``watched_sockets.deadline`` is the running fetch's deadline (set by the outbound client in this
#: thread); connections hand it their socket so that it can be shut down when the deadline passes.
watched_sockets = threading.local()


def _watch_socket(sock) -> None:
    deadline = getattr(watched_sockets, "deadline", None)
    if deadline is not None and sock is not None:
        deadline.add(sock)


class _GuardMixin:
    """Resolve, check every address, connect to the checked address (connection time)."""

    allow: frozenset = frozenset()

    def getresponse(self, *args, **kwargs):
        _watch_socket(self.sock)  # also a pooled connection reused by this fetch
        return super().getresponse(*args, **kwargs)

    def _new_conn(self):
        host = host_key(self.host)
        allowed = (host, self.port) in self.allow
        try:
            infos = socket.getaddrinfo(self._dns_host, self.port, type=socket.SOCK_STREAM)
        except socket.gaierror as exc:
            raise NewConnectionError(self, f"Failed to resolve {self.host}: {exc}") from exc
        last_error = None
        refused = []
        for family, socktype, proto, _canon, sockaddr in infos:
            if not allowed and is_blocked_ip(sockaddr[0]):
                refused.append(sockaddr[0])
                continue
            sock = socket.socket(family, socktype, proto)
            try:
                for opt in self.socket_options or ():
                    sock.setsockopt(*opt)
                if self.timeout is not _DEFAULT_TIMEOUT:
                    sock.settimeout(self.timeout)
                sock.connect(sockaddr)
                _watch_socket(sock)
                return sock
            except socket.timeout as exc:
                sock.close()
                last_error = ConnectTimeoutError(self, f"Connection to {self.host} timed out")
                last_error.__cause__ = exc
            except OSError as exc:
                sock.close()
                last_error = NewConnectionError(self, f"Failed to establish a new connection: {exc}")
        if refused and last_error is None:
            raise BlockedAddress(f"{self.host} resolves to a non-public address ({', '.join(refused)})")
        raise last_error or NewConnectionError(self, f"No address for {self.host}")


def guarded_pool_classes(allow: frozenset) -> dict:
    """Pool classes whose connections carry the guard with this allow-list."""
    http_conn = type("GuardedHTTPConnection", (_GuardMixin, HTTPConnection), {"allow": allow})
    https_conn = type("GuardedHTTPSConnection", (_GuardMixin, HTTPSConnection), {"allow": allow})
    return {
        "http": type("GuardedHTTPConnectionPool", (HTTPConnectionPool,), {"ConnectionCls": http_conn}),
        "https": type("GuardedHTTPSConnectionPool", (HTTPSConnectionPool,), {"ConnectionCls": https_conn}),
    }
