"""The one outbound client refuses private, loopback, link-local and metadata addresses in every
spelling, and re-checks each redirect. No refused address is ever connected to: a spy on
``socket.connect`` fails the test before any packet could leave for a non-loopback address."""
from __future__ import annotations

import http.server
import ipaddress
import socket
import threading

import pytest

from advocacy.core.outbound import Client, OutboundError

REFUSED = (
    "https://127.0.0.1/", "https://127.1/", "https://2130706433/", "https://0x7f.0.0.1/",
    "https://0177.0.0.1/", "https://0.0.0.0/", "https://[::1]/", "https://[::ffff:127.0.0.1]/",
    "https://[::ffff:7f00:1]/", "https://10.0.0.1/", "https://172.16.0.1/", "https://192.168.1.1/",
    "https://100.64.0.1/", "https://169.254.169.254/latest/meta-data/", "https://[fd00:ec2::254]/",
    "https://[fe80::1]/", "https://[64:ff9b::a9fe:a9fe]/", "https://[2002:7f00:1::]/", "https://224.0.0.1/",
    "https://localhost/", "https://localhost./", "http://127.0.0.1:6379/", "https://127.0.0.1:5432/",
    "file:///etc/passwd", "gopher://127.0.0.1:6379/_FLUSHALL", "ftp://10.0.0.1/", "https://user:pw@example.org/",
    "https://[::]/", "https://255.255.255.255/",
)


@pytest.fixture
def connect_spy(monkeypatch):
    """Record every connect; refuse (before any packet) anything that is not loopback."""
    attempts = []
    real_connect = socket.socket.connect

    def spy(self, address):
        attempts.append(address)
        host = address[0] if isinstance(address, tuple) else str(address)
        try:
            if not ipaddress.ip_address(host.split("%")[0]).is_loopback:
                raise AssertionError(f"the outbound client tried to connect to {address}")
        except ValueError:
            raise AssertionError(f"unexpected connect target {address!r}") from None
        return real_connect(self, address)

    monkeypatch.setattr(socket.socket, "connect", spy)
    return attempts


@pytest.mark.parametrize("url", REFUSED)
def test_refused_before_connecting(url, connect_spy):
    client = Client("")
    with pytest.raises(OutboundError) as info:
        client.fetch(url)
    # "connection" only when the name does not even resolve here (e.g. "localhost." on some hosts)
    assert info.value.code in ("blocked", "invalid_url", "connection"), info.value
    assert connect_spy == [], f"{url}: connected to {connect_spy}"


class _Hits(http.server.BaseHTTPRequestHandler):
    target = ""
    hits: list

    def do_GET(self):
        self.hits.append(self.path)
        if self.path.startswith("/redirect"):
            self.send_response(302)
            self.send_header("Location", self.target)
            self.end_headers()
        else:
            self.send_response(200)
            self.end_headers()
            self.wfile.write(b"secret")

    def log_message(self, *args):
        pass


def _serve(target: str):
    handler = type("H", (_Hits,), {"target": target, "hits": []})
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, handler


@pytest.mark.parametrize("where", ["internal", "metadata", "ipv6-loopback", "scheme"])
def test_redirects_are_rechecked_on_every_hop(where, connect_spy):
    internal, internal_handler = _serve("")
    targets = {
        "internal": f"http://127.0.0.1:{internal.server_port}/secret",  # loopback but not allow-listed
        "metadata": "http://169.254.169.254/latest/meta-data/",
        "ipv6-loopback": f"http://[::1]:{internal.server_port}/secret",
        "scheme": "file:///etc/passwd",
    }
    public, public_handler = _serve(targets[where])
    try:
        client = Client(f"127.0.0.1:{public.server_port}")
        assert client.fetch(f"http://127.0.0.1:{public.server_port}/ok").status == 200  # allowed host works
        with pytest.raises(OutboundError) as info:
            client.fetch(f"http://127.0.0.1:{public.server_port}/redirect")
        assert info.value.code in ("blocked", "invalid_url")
        assert internal_handler.hits == []  # the forbidden target was never reached
        assert public_handler.hits == ["/ok", "/redirect"]
    finally:
        public.shutdown()
        internal.shutdown()
        public.server_close()
        internal.server_close()
