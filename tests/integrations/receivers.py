"""Loopback receivers that speak what the real ones document.

- ``Receiver``: a Standard Webhooks consumer (standardwebhooks.com, "Standard Webhooks
  specification": a 2xx answer means received, anything else or no answer means retry). It records
  each request's headers and raw body; the tests verify them with ``standardwebhooks.Webhook``.
  Its answers follow a script: a status, ``("slow", seconds)`` or ``("huge", bytes)``.
- ``SlackFake``: a Slack incoming webhook (api.slack.com, "Sending messages using incoming
  webhooks" and its error list): a JSON POST with ``text`` and/or ``blocks``; ``200 ok`` as plain
  text; ``400 invalid_payload`` for a body that is not JSON, ``400 no_text`` without text or
  blocks, ``400 invalid_blocks`` for a block without a type.
- ``TeamsFake``: a Microsoft Teams Workflows webhook (Microsoft Learn, "Create incoming webhooks
  with Workflows for Microsoft Teams", and "Create Incoming Webhooks" for the 28 KB message
  limit): a ``message`` whose ``attachments`` carry an Adaptive Card
  (``contentType`` ``application/vnd.microsoft.card.adaptive``, ``content.type`` ``AdaptiveCard``);
  the flow answers ``202 Accepted``; a malformed request is refused with 400, an oversize one 413.
"""
from __future__ import annotations

import json
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


class _Server:
    def __init__(self):
        self.requests: list[dict] = []
        self.release = threading.Event()
        owner = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args):
                pass

            def do_POST(self):
                length = int(self.headers.get("Content-Length") or 0)
                body = self.rfile.read(length)
                owner.requests.append({"path": self.path, "headers": dict(self.headers.items()), "body": body})
                status, content_type, payload = owner.answer(body, self.headers)
                if status == "slow":
                    owner.release.wait(payload)
                    status, content_type, payload = 200, "text/plain", b"late"
                if status == "huge":
                    self.send_response(200)
                    self.send_header("Content-Type", "application/octet-stream")
                    self.send_header("Content-Length", str(payload))
                    self.end_headers()
                    try:
                        chunk = b"x" * 65536
                        for _ in range(payload // len(chunk)):
                            self.wfile.write(chunk)
                    except OSError:
                        pass
                    return
                self.send_response(status)
                self.send_header("Content-Type", content_type)
                self.send_header("Content-Length", str(len(payload)))
                self.end_headers()
                self.wfile.write(payload)

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.port = self.server.server_address[1]
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}/hook"

    @property
    def allow(self) -> str:
        return f"127.0.0.1:{self.port}"

    def answer(self, body: bytes, headers) -> tuple:
        raise NotImplementedError

    def close(self) -> None:
        self.release.set()
        self.server.shutdown()
        self.server.server_close()


class Receiver(_Server):
    def __init__(self, script=()):
        self.script = list(script)
        super().__init__()

    def answer(self, body, headers):
        step = self.script.pop(0) if self.script else 200
        if isinstance(step, tuple):
            return step[0], "text/plain", step[1]
        return step, "text/plain", b"ok" if 200 <= step < 300 else b"no"


class SlackFake(_Server):
    def answer(self, body, headers):
        try:
            payload = json.loads(body)
        except ValueError:
            return 400, "text/plain", b"invalid_payload"
        if not isinstance(payload, dict) or not (payload.get("text") or payload.get("blocks")):
            return 400, "text/plain", b"no_text"
        blocks = payload.get("blocks") or []
        if not isinstance(blocks, list) or any(not isinstance(b, dict) or "type" not in b for b in blocks):
            return 400, "text/plain", b"invalid_blocks"
        return 200, "text/plain", b"ok"


class TeamsFake(_Server):
    LIMIT = 28 * 1024

    def answer(self, body, headers):
        if len(body) > self.LIMIT:
            return 413, "application/json", b'{"error":{"code":"MessageSizeTooBig"}}'
        try:
            payload = json.loads(body)
            attachment = payload["attachments"][0]
            ok = (payload.get("type") == "message"
                  and attachment["contentType"] == "application/vnd.microsoft.card.adaptive"
                  and attachment["content"]["type"] == "AdaptiveCard"
                  and isinstance(attachment["content"].get("body"), list))
        except (ValueError, KeyError, IndexError, TypeError):
            ok = False
        if not ok:
            return 400, "application/json", b'{"error":{"code":"InvalidRequestContent"}}'
        return 202, "application/json", b""
