#!/usr/bin/env python3
"""Client for the internal deception service. Issues, renders and retires decoy tokens."""
import argparse
import json
import os
import sys
import urllib.request

API = os.environ.get("CANARY_API_URL", "https://deception.corp-sec.example/api/v1")
TOKEN = os.environ.get("CANARY_API_TOKEN")

TEMPLATES = {
    "aws": "[prod-billing-admin]\naws_access_key_id = {key_id}\naws_secret_access_key = {secret}\nregion = eu-west-1\n",
    "env": "# legacy billing app - do not commit\nSTRIPE_SECRET_KEY={secret}\nDATABASE_URL=postgres://billing:{secret_short}@db-billing.internal.example:5432/billing\n",
}


def call(method, path, body=None):
    if not TOKEN:
        sys.exit("CANARY_API_TOKEN is not set")
    req = urllib.request.Request(API + path, method=method,
                                 data=json.dumps(body).encode() if body else None,
                                 headers={"Authorization": f"Bearer {TOKEN}",
                                          "Content-Type": "application/json"})
    with urllib.request.urlopen(req, timeout=15) as resp:
        return json.load(resp)


def main():
    ap = argparse.ArgumentParser()
    sub = ap.add_subparsers(dest="cmd", required=True)
    i = sub.add_parser("issue")
    i.add_argument("--host", required=True)
    i.add_argument("--ticket", required=True)
    i.add_argument("--kind", choices=TEMPLATES, default="aws")
    r = sub.add_parser("render")
    r.add_argument("--host", required=True)
    t = sub.add_parser("retire")
    t.add_argument("--token", required=True)
    args = ap.parse_args()

    if args.cmd == "issue":
        tok = call("POST", "/tokens", {"host": args.host, "ticket": args.ticket, "kind": args.kind})
        print(json.dumps({"token_id": tok["id"], "kind": args.kind, "host": args.host}))
    elif args.cmd == "render":
        for tok in call("GET", f"/tokens?host={args.host}")["items"]:
            print(f"--- {tok['kind']} ({tok['id']})")
            print(TEMPLATES[tok["kind"]].format(key_id=tok.get("key_id", ""), secret=tok["secret"],
                                                secret_short=tok["secret"][:12]))
    elif args.cmd == "retire":
        call("DELETE", f"/tokens/{args.token}")
        print(f"retired {args.token}")


if __name__ == "__main__":
    main()
