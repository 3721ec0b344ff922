"""A tiny webhook receiver for trying the integrations by hand (not used by the service).

    .venv/bin/python tools/webhook_receiver.py --port 8769 --secret whsec_… --fail 2

Prints every request it gets: Standard Webhooks deliveries are verified with the ``standardwebhooks``
package when ``--secret`` is given (also read from ``WEBHOOK_SECRET``); Slack / Teams messages
(no ``webhook-signature`` header) are printed as they are. ``--fail N`` answers 500 to the first N
requests, then 200 — retries carry the same ``webhook-id``.
"""
from __future__ import annotations

import argparse
import json
import os
from http.server import BaseHTTPRequestHandler, HTTPServer

from standardwebhooks import Webhook
from standardwebhooks.webhooks import WebhookVerificationError


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8769)
    parser.add_argument("--secret", default=os.environ.get("WEBHOOK_SECRET"))
    parser.add_argument("--fail", type=int, default=0, help="answer 500 to this many requests first")
    args = parser.parse_args()
    state = {"left": args.fail, "count": 0}

    class Handler(BaseHTTPRequestHandler):
        def log_message(self, *_args):
            pass

        def do_POST(self):
            body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
            state["count"] += 1
            headers = dict(self.headers.items())
            lowered = {k.lower(): v for k, v in headers.items()}
            print(f"--- request {state['count']} {self.path}")
            if "webhook-signature" in lowered:
                print(f"webhook-id: {lowered.get('webhook-id')}  timestamp: {lowered.get('webhook-timestamp')}")
                if args.secret:
                    try:
                        Webhook(args.secret).verify(body, headers)
                        print("signature: VERIFIED")
                    except WebhookVerificationError as exc:
                        print(f"signature: REFUSED ({exc})")
            try:
                print(json.dumps(json.loads(body), indent=2, ensure_ascii=False))
            except ValueError:
                print(body[:2000])
            status = 500 if state["left"] > 0 else 200
            state["left"] -= 1
            print(f"answer: {status}", flush=True)
            self.send_response(status)
            self.send_header("Content-Type", "text/plain")
            self.end_headers()
            self.wfile.write(b"ok" if status == 200 else b"failing on purpose")

    print(f"listening on http://{args.host}:{args.port}/", flush=True)
    HTTPServer((args.host, args.port), Handler).serve_forever()


if __name__ == "__main__":
    main()
