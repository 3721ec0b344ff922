"""What every loopback fake network server shares: a threaded HTTP server on a free port of
``host`` whose GET and POST requests go to the fake's ``_dispatch(handler, method)``, and its
control (``start``, ``close``, ``hostport``). Each fake (Mastodon, LinkedIn, Bluesky) speaks its
provider's documented JSON; only this plumbing is common.

``drop_answer(path)`` makes the fake do the next request to ``path`` (the post is created) and then
close the connection without answering: the client sees a lost answer, as after a network cut or a
proxy timeout, and must not post twice when it tries again."""
from __future__ import annotations

import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import urlsplit


class LoopbackFake:
    #: The thread's name, for a reader of a stack dump.
    name = "fake"

    def _serve(self, host: str, port: int = 0) -> None:
        outer = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def do_GET(self):  # noqa: N802
                outer._dispatch(self, "GET")

            def do_POST(self):  # noqa: N802
                outer._dispatch(self, "POST")

            def log_message(self, *args):
                return

        class Server(ThreadingHTTPServer):
            daemon_threads = True
            allow_reuse_address = True

        self.httpd = Server((host, port), Handler)
        self.port = self.httpd.server_address[1]
        self.base = f"http://{host}:{self.port}"
        self.thread = None
        self._drops: dict[str, int] = {}
        self._drops_lock = threading.Lock()

    def drop_answer(self, path: str, count: int = 1) -> None:
        """The next ``count`` requests to ``path`` are served, but their answers are never sent."""
        with self._drops_lock:
            self._drops[path] = self._drops.get(path, 0) + count

    def clear_drops(self) -> None:
        with self._drops_lock:
            self._drops.clear()

    def _drop(self, handler, path: str) -> bool:
        """True (and the connection closes unanswered) when this request's answer is to be lost."""
        with self._drops_lock:
            left = self._drops.get(path, 0)
            if left:
                self._drops[path] = left - 1
        if left:
            handler.close_connection = True
        return bool(left)

    def _dispatch(self, handler, method: str) -> None:
        raise NotImplementedError

    @staticmethod
    def _write(handler, status: int, payload: bytes, headers: dict, *, head: bool = False) -> None:
        """Send one answer (each fake encodes its body and picks its provider's headers first).

        A HEAD answer carries the headers a GET would, Content-Length included, and no body (RFC 9110 §9.3.2).
        """
        try:
            handler.send_response(status)
            for name, value in headers.items():
                handler.send_header(name, value)
            handler.send_header("Content-Length", str(len(payload)))
            handler.end_headers()
            if not head:
                handler.wfile.write(payload)
        except (BrokenPipeError, ConnectionResetError):
            pass  # the client went away (or a test dropped the connection on purpose)

    @property
    def hostport(self) -> str:
        return urlsplit(self.base).netloc

    def start(self):
        self.thread = threading.Thread(target=self.httpd.serve_forever, name=self.name, daemon=True)
        self.thread.start()
        return self

    def close(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()
