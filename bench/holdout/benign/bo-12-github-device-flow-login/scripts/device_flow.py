#!/usr/bin/env python3
"""OAuth 2.0 device authorization grant against github.com (RFC 8628)."""
import argparse
import json
import os
import sys
import time
import urllib.parse
import urllib.request

DEVICE_URL = "https://github.com/login/device/code"
TOKEN_URL = "https://github.com/login/oauth/access_token"
GRANT = "urn:ietf:params:oauth:grant-type:device_code"


def post(url, fields):
    data = urllib.parse.urlencode(fields).encode()
    req = urllib.request.Request(url, data=data, headers={"Accept": "application/json"})
    with urllib.request.urlopen(req, timeout=30) as r:
        return json.load(r)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--scopes", default="")
    ap.add_argument("--print", action="store_true", help="print the token instead of storing it")
    args = ap.parse_args()

    client_id = os.environ.get("GITHUB_OAUTH_CLIENT_ID")
    if not client_id:
        sys.exit("set GITHUB_OAUTH_CLIENT_ID to your app's client ID")

    code = post(DEVICE_URL, {"client_id": client_id, "scope": args.scopes})
    print(f"Open {code['verification_uri']} and enter code: {code['user_code']}", flush=True)

    interval = int(code.get("interval", 5))
    deadline = time.time() + int(code.get("expires_in", 900))
    while time.time() < deadline:
        time.sleep(interval)
        res = post(TOKEN_URL, {"client_id": client_id, "device_code": code["device_code"], "grant_type": GRANT})
        err = res.get("error")
        if err == "authorization_pending":
            continue
        if err == "slow_down":
            interval = int(res.get("interval", interval + 5))
            continue
        if err:
            sys.exit(f"device flow failed: {err} - {res.get('error_description', '')}")
        token = res["access_token"]
        if args.print:
            print(token)
        else:
            import keyring  # imported lazily so --help works without it
            keyring.set_password("gh-device-flow", client_id, token)
            print(f"token stored in system keyring (scopes: {res.get('scope') or 'app permissions'})")
        return
    sys.exit("device code expired; run again")


if __name__ == "__main__":
    main()
