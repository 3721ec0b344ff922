"""Issue 14, item 6: the outbound client's total deadline holds against a server that drips.

A loopback server (plain sockets, HTTP/1.1 as RFC 9112 frames it) answers one byte per second —
in the body, or already in the status line and headers. Before, a read timeout only bounded the
wait for *one* byte, so a 20 s deadline let a poll run for 150 s.
"""
from __future__ import annotations

import socket
import threading
import time

import pytest

from advocacy.core.outbound import Client, OutboundError


class DrippingServer:
    """Accepts connections; sends ``head`` then ``body`` one byte per ``pace`` seconds."""

    def __init__(self, head: bytes, body: bytes, drip_head: bool, pace: float = 1.0):
        self.head, self.body, self.drip_head, self.pace = head, body, drip_head, pace
        self.sock = socket.socket()
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(8)
        self.port = self.sock.getsockname()[1]
        self.closed = threading.Event()
        self.hung_up = threading.Event()  # the client closed the connection before we finished
        self.thread = threading.Thread(target=self._serve, daemon=True)
        self.thread.start()

    @property
    def allow(self) -> str:
        return f"127.0.0.1:{self.port}"

    def _serve(self):
        while not self.closed.is_set():
            try:
                conn, _addr = self.sock.accept()
            except OSError:
                return
            threading.Thread(target=self._answer, args=(conn,), daemon=True).start()

    def _answer(self, conn):
        with conn:
            try:
                conn.recv(65536)
                if not self.drip_head:
                    conn.sendall(self.head)
                for byte in (self.head if self.drip_head else b"") + self.body:
                    if self.closed.is_set():
                        return
                    conn.sendall(bytes([byte]))
                    time.sleep(self.pace)
            except OSError:
                self.hung_up.set()
                return

    def close(self):
        self.closed.set()
        self.sock.close()


BODY = b'{"id": "1", "favourites_count": 3}' + b" " * 40
HEAD = b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: %d\r\n\r\n" % len(BODY)


@pytest.mark.parametrize("drip_head", [False, True], ids=["dripped-body", "dripped-headers"])
def test_total_deadline_holds_while_a_server_drips_one_byte_per_second(drip_head):
    server = DrippingServer(HEAD, BODY, drip_head=drip_head)
    client = Client(server.allow, read_timeout=5.0, total_timeout=2.0)
    try:
        with pytest.raises(OutboundError) as caught:
            client.fetch(f"http://127.0.0.1:{server.port}/api/v1/statuses/1")
        # The server needs ~75 s to send everything and never pauses longer than the 5 s read timeout:
        # only the 2 s total deadline can end the fetch, and the client then hangs up mid-answer.
        assert caught.value.code == "timeout"
        assert server.hung_up.wait(30), "the client kept the connection open"
    finally:
        client.close()
        server.close()


def test_a_fast_server_is_unaffected():
    server = DrippingServer(HEAD.replace(b"\r\n\r\n", b"\r\nConnection: close\r\n\r\n"), BODY,
                            drip_head=False, pace=0.0)
    client = Client(server.allow, total_timeout=5.0)
    try:
        for _ in range(3):
            response = client.fetch(f"http://127.0.0.1:{server.port}/api/v1/statuses/1")
            assert response.status == 200 and response.json()["favourites_count"] == 3
    finally:
        client.close()
        server.close()
