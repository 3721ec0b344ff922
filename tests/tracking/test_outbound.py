"""The outbound client: guard at connection time, allow-list, caps, timeouts, redirects."""
from __future__ import annotations

import socket

import pytest

from advocacy.core.outbound import Client, OutboundError
from advocacy.core.ssrf import check_url, is_blocked_ip, parse_allow


@pytest.mark.parametrize("address", [
    "127.0.0.1", "10.1.2.3", "172.31.255.255", "192.168.0.1", "169.254.169.254", "100.100.100.200", "0.0.0.0",
    "224.0.0.251", "255.255.255.255", "::1", "::", "fe80::1", "fc00::1", "fd00:ec2::254", "::ffff:10.0.0.1",
    "::ffff:169.254.169.254", "64:ff9b::7f00:1", "2002:a9fe:a9fe::1", "ff02::1",
])
def test_private_and_special_addresses_are_blocked(address):
    assert is_blocked_ip(address)


@pytest.mark.parametrize("address", ["93.184.215.14", "1.1.1.1", "2606:4700:4700::1111", "::ffff:1.1.1.1"])
def test_public_addresses_pass(address):
    assert not is_blocked_ip(address)


@pytest.mark.parametrize("url", ["https://0x7f000001/", "https://017700000001/", "https://127.0.1/",
                                 "https://0x7f.1/", "https://metadata.google.internal/", "https://intranet/"])
def test_odd_notations_and_internal_names_are_refused(url):
    with pytest.raises(OutboundError) as info:
        check_url(url, frozenset())
    assert info.value.code == "blocked"


def test_allow_list_parses_and_rejects_junk():
    assert parse_allow("127.0.0.1:8080, [::1]:9000,Mastodon.Local:443") == {
        ("127.0.0.1", 8080), ("::1", 9000), ("mastodon.local", 443)}
    with pytest.raises(ValueError):
        parse_allow("127.0.0.1")


def test_dns_rebinding_is_caught_when_connecting(monkeypatch, fake_providers):
    """A public-looking name that resolves to loopback at connection time is refused there."""
    calls = []
    real = socket.getaddrinfo

    def rebinding(host, port, *args, **kwargs):
        calls.append(host)
        if host == "rebind.example.org":
            return real("127.0.0.1", port, *args, **kwargs)
        return real(host, port, *args, **kwargs)

    monkeypatch.setattr(socket, "getaddrinfo", rebinding)
    with pytest.raises(OutboundError) as info:
        Client("").fetch("https://rebind.example.org/")
    assert info.value.code == "blocked"
    assert calls == ["rebind.example.org"]


def test_allow_listed_host_over_plain_http(fake_providers):
    url = fake_providers.add_status(likes=1)
    assert Client(fake_providers.allow).fetch(url).status == 200
    with pytest.raises(OutboundError) as info:
        Client("").fetch(url)
    assert info.value.code == "invalid_url"
    assert fake_providers.mastodon.hits[url.split(str(fake_providers.mastodon.port))[1]] == 1


def test_redirect_chain_to_private_address_is_refused_and_never_fetched(fake_providers):
    server = fake_providers.mastodon
    server.redirect("/hop1", f"{server.base}/hop2")
    server.redirect("/hop2", "https://169.254.169.254/latest/meta-data/")
    with pytest.raises(OutboundError) as info:
        Client(fake_providers.allow).fetch(f"{server.base}/hop1")
    assert info.value.code == "blocked"
    assert server.hits["/hop1"] == 1 and server.hits["/hop2"] == 1


def test_redirects_followed_by_hand_within_a_limit(fake_providers):
    server = fake_providers.mastodon
    url = fake_providers.add_status(likes=2)
    path = url[len(server.base):]
    server.redirect("/old", path)
    response = Client(fake_providers.allow).fetch(f"{server.base}/old")
    assert response.status == 200 and response.history == [f"{server.base}/old"]
    for i in range(7):
        server.redirect(f"/loop{i}", f"/loop{i + 1}")
    with pytest.raises(OutboundError) as info:
        Client(fake_providers.allow).fetch(f"{server.base}/loop0")
    assert info.value.code == "too_many_redirects"


def test_credentials_are_not_sent_to_another_host(fake_providers):
    seen = []
    original = fake_providers._x

    def spy(handler, path, query):
        seen.append(handler.headers.get("Authorization"))
        return original(handler, path, query)

    fake_providers.x.routes = spy
    try:
        fake_providers.mastodon.redirect("/to-x", f"{fake_providers.x.base}/2/tweets/1")
        Client(fake_providers.allow).fetch(f"{fake_providers.mastodon.base}/to-x",
                                           headers={"Authorization": "Bearer secret"})
    finally:
        fake_providers.x.routes = original
    assert seen == [None]


def test_size_cap(fake_providers):
    fake_providers.mastodon.script(("huge",))
    with pytest.raises(OutboundError) as info:
        Client(fake_providers.allow, max_bytes=1024 * 1024).fetch(f"{fake_providers.mastodon.base}/api/v1/statuses/1")
    assert info.value.code == "too_large"


def test_read_timeout(fake_providers):
    url = fake_providers.add_status()
    fake_providers.mastodon.script(("sleep", 1.5))
    with pytest.raises(OutboundError) as info:
        Client(fake_providers.allow, read_timeout=0.3).fetch(url)
    assert info.value.code == "timeout"


def test_only_get_and_head(fake_providers):
    with pytest.raises(OutboundError):
        Client(fake_providers.allow).fetch(fake_providers.mastodon.base + "/", method="POST")


def test_is_allow_listed_follows_the_setting(app, monkeypatch):
    from advocacy.core.outbound import is_allow_listed

    monkeypatch.setitem(app.config, "OUTBOUND_ALLOW", "127.0.0.1:8080,mastodon.intra:443")
    assert is_allow_listed("http://127.0.0.1:8080/@alice/1")
    assert is_allow_listed("https://Mastodon.Intra/@bob/2")
    assert not is_allow_listed("http://127.0.0.1:8081/@alice/1")
    assert not is_allow_listed("https://mastodon.social/@alice/1")
    assert not is_allow_listed("ftp://127.0.0.1:8080/")
