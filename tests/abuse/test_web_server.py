"""Issue 14, item 6: the production web command resists slow clients and keeps its control socket.

Replayed on a real gunicorn started with the command ``make run`` and the README use
(``advocacy.core.web.gunicorn_command``): clients that send a request line and then one header line
every second used to hold worker threads for as long as they liked, so ``/healthz`` stopped
answering; and every gunicorn shared ``~/.gunicorn/gunicorn.ctl``.
"""
from __future__ import annotations

import socket
import threading
import time

import requests

from tests.conftest import TEST_DATABASE_URL, TEST_REDIS_URL
from tests.e2e.server import LiveServer


def _slow_client(port: int, stop: threading.Event, cut: list) -> None:
    sock = socket.create_connection(("127.0.0.1", port))
    sock.settimeout(1.0)
    try:
        sock.sendall(b"GET /healthz HTTP/1.1\r\nHost: localhost\r\n")
        for n in range(60):
            if stop.is_set():
                return
            sock.sendall(b"X-Slow-%d: 1\r\n" % n)
            try:
                if sock.recv(1024) == b"":
                    cut.append(n)  # the server closed the connection
                    return
            except socket.timeout:
                pass
    except OSError:
        cut.append(-1)
    finally:
        sock.close()


def test_slow_header_clients_do_not_starve_the_workers(tmp_path):
    (tmp_path / "one").mkdir()
    server = LiveServer(TEST_DATABASE_URL, TEST_REDIS_URL, instance_path=str(tmp_path / "one"), workers=1,
                        threads=2, extra_env={"WEB_HEADER_TIMEOUT": "2"})
    server.start()
    stop = threading.Event()
    cut: list = []
    clients = [threading.Thread(target=_slow_client, args=(server.port, stop, cut), daemon=True) for _ in range(6)]
    try:
        for client in clients:
            client.start()
        time.sleep(0.5)
        answered = requests.get(server.url + "/healthz", timeout=15)
        assert answered.status_code == 200
        for client in clients:
            client.join(timeout=10)
        assert len(cut) == 6, cut  # every dripping client was cut off
    finally:
        stop.set()
        server.stop()


def test_each_instance_has_its_own_control_socket(tmp_path):
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    first = LiveServer(TEST_DATABASE_URL, TEST_REDIS_URL, instance_path=str(tmp_path / "a"), workers=1, threads=2)
    second = LiveServer(TEST_DATABASE_URL, TEST_REDIS_URL, instance_path=str(tmp_path / "b"), workers=1, threads=2)
    first.start()
    try:
        second.start()
        try:
            assert (tmp_path / "a" / "gunicorn.ctl").is_socket()
            assert (tmp_path / "b" / "gunicorn.ctl").is_socket()
        finally:
            second.stop()
        assert (tmp_path / "a" / "gunicorn.ctl").is_socket()  # the second one did not remove it
    finally:
        first.stop()
