"""What every loopback fake network server shares: a threaded HTTP server on a free port of
``host`` whose GET and POST requests go to the fake's ``_dispatch(handler, method)``, and its
control (``start``, ``close``, ``hostport``). Each fake (Mastodon, LinkedIn, Bluesky) speaks its
provider's documented JSON; only this plumbing is common."""
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

    def _dispatch(self, handler, method: str) -> None:
        raise NotImplementedError

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
