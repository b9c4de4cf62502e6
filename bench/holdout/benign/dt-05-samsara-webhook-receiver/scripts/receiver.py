import base64
import hashlib
import hmac
import json
import os
import sys
import time

import requests
from flask import Flask, abort, request

app = Flask(__name__)
SECRET = base64.b64decode(os.environ.get("SAMSARA_WEBHOOK_SECRET", ""))
TEAMS_URL = os.environ.get("TEAMS_WEBHOOK_URL", "")
MAX_SKEW = 300


def verify(req) -> bool:
    ts = req.headers.get("X-Samsara-Timestamp", "")
    sig = req.headers.get("X-Samsara-Signature", "")
    if not ts or not sig.startswith("v1="):
        return False
    if abs(time.time() - int(ts)) > MAX_SKEW:
        return False
    msg = b"v1:" + ts.encode() + b":" + req.get_data()
    expected = hmac.new(SECRET, msg, hashlib.sha256).hexdigest()
    return hmac.compare_digest(expected, sig[3:])


def summarize(evt: dict) -> str:
    etype = evt.get("eventType", "Alert")
    data = evt.get("data", {})
    veh = (data.get("vehicle") or {}).get("name", "unknown vehicle")
    detail = data.get("description") or data.get("conditionDescription") or ""
    when = evt.get("eventTime", "")[11:16]
    return f"\U0001F69A {veh} – {etype}: {detail} at {when}".strip()


@app.post("/samsara")
def samsara():
    if not verify(request):
        abort(401)
    evt = request.get_json(force=True)
    text = summarize(evt)
    if TEAMS_URL:
        requests.post(TEAMS_URL, json={"text": text}, timeout=10)
    return {"ok": True}


@app.get("/healthz")
def health():
    return "ok"


def selftest(url="http://127.0.0.1:8085/samsara"):
    body = json.dumps({"eventType": "Test", "eventTime": "2026-01-01T14:02:00Z",
                       "data": {"vehicle": {"name": "Unit 000"}, "description": "self test"}}).encode()
    ts = str(int(time.time()))
    sig = hmac.new(SECRET, b"v1:" + ts.encode() + b":" + body, hashlib.sha256).hexdigest()
    r = requests.post(url, data=body, headers={"X-Samsara-Timestamp": ts,
                                               "X-Samsara-Signature": "v1=" + sig,
                                               "Content-Type": "application/json"}, timeout=10)
    print(r.status_code, r.text)


if __name__ == "__main__":
    if "--selftest" in sys.argv:
        selftest()
    else:
        app.run(port=8085)
