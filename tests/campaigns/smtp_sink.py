"""A tiny loopback SMTP server for tests (``smtpd`` is deprecated): stores what it receives."""
from __future__ import annotations

import email
import socket
import socketserver
import threading
from email import policy


class _Handler(socketserver.StreamRequestHandler):
    def send(self, line: str) -> None:
        self.wfile.write((line + "\r\n").encode())

    def handle(self) -> None:
        self.send("220 sink.test ESMTP ready")
        sender, recipients = None, []
        while True:
            raw = self.rfile.readline(65536)
            if not raw:
                return
            line = raw.decode("utf-8", "replace").rstrip("\r\n")
            verb = line[:4].upper()
            if verb in ("EHLO", "HELO"):
                self.send("250 sink.test")
            elif verb == "MAIL":
                sender, recipients = line[10:].strip(" <>"), []
                self.send("250 OK")
            elif verb == "RCPT":
                recipients.append(line[8:].strip(" <>"))
                self.send("250 OK")
            elif verb == "DATA":
                self.send("354 End data with <CR><LF>.<CR><LF>")
                lines = []
                while True:
                    chunk = self.rfile.readline(65536)
                    if not chunk or chunk in (b".\r\n", b".\n"):
                        break
                    lines.append(chunk[1:] if chunk.startswith(b"..") else chunk)
                message = email.message_from_bytes(b"".join(lines), policy=policy.default)
                self.server.messages.append({"from": sender, "to": list(recipients), "message": message})
                self.send("250 OK queued")
            elif verb == "RSET":
                sender, recipients = None, []
                self.send("250 OK")
            elif verb == "NOOP":
                self.send("250 OK")
            elif verb == "QUIT":
                self.send("221 Bye")
                return
            else:
                self.send("502 Command not implemented")


class SmtpSink(socketserver.ThreadingTCPServer):
    daemon_threads = True
    allow_reuse_address = True

    def __init__(self):
        super().__init__(("127.0.0.1", 0), _Handler)
        self.messages: list[dict] = []
        self.thread = threading.Thread(target=self.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)

    @property
    def port(self) -> int:
        return self.server_address[1]

    def __enter__(self):
        self.thread.start()
        return self

    def __exit__(self, *exc):
        self.shutdown()
        self.server_close()
        self.thread.join(5)


def port_is_closed(port: int) -> bool:
    with socket.socket() as s:
        return s.connect_ex(("127.0.0.1", port)) != 0
