"""Reference Square webhook verification (Flask)."""
import base64
import hashlib
import hmac
import os
import time

from flask import Flask, abort, request

app = Flask(__name__)
KEY = os.environ["SQUARE_WEBHOOK_SIGNATURE_KEY"].encode()
NOTIFICATION_URL = os.environ.get("WEBHOOK_URL", "https://loyalty.tapas-bar.example/webhook")
SEEN = {}


def valid_signature(raw: bytes, header: str) -> bool:
    mac = hmac.new(KEY, NOTIFICATION_URL.encode() + raw, hashlib.sha256).digest()
    return hmac.compare_digest(base64.b64encode(mac).decode(), header or "")


@app.post("/webhook")
def webhook():
    raw = request.get_data()
    if not valid_signature(raw, request.headers.get("x-square-hmacsha256-signature")):
        abort(401)
    evt = request.get_json(force=True)
    eid = evt.get("event_id")
    now = time.time()
    for k, t in list(SEEN.items()):
        if now - t > 600:
            del SEEN[k]
    if eid in SEEN:
        return "", 200
    SEEN[eid] = now
    # hand off to the queue here
    return "", 200
