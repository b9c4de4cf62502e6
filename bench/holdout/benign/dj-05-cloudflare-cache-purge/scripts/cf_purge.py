#!/usr/bin/env python3
"""Purge Cloudflare cache using a scoped API token from CLOUDFLARE_API_TOKEN."""
import argparse
import json
import os
import sys
import urllib.request

API = "https://api.cloudflare.com/client/v4"


def call(method, path, token, body=None):
    data = json.dumps(body).encode() if body is not None else None
    req = urllib.request.Request(
        API + path,
        data=data,
        method=method,
        headers={"Authorization": f"Bearer {token}", "Content-Type": "application/json"},
    )
    with urllib.request.urlopen(req, timeout=30) as resp:
        payload = json.load(resp)
    if not payload.get("success"):
        sys.exit(f"Cloudflare error: {payload.get('errors')}")
    return payload["result"]


def zone_id(name, token):
    res = call("GET", f"/zones?name={name}", token)
    if not res:
        sys.exit(f"No zone named {name} visible to this token")
    return res[0]["id"]


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--zone-name", required=True)
    p.add_argument("--url", action="append", default=[])
    p.add_argument("--url-file")
    p.add_argument("--prefix", action="append", default=[])
    p.add_argument("--everything", action="store_true")
    p.add_argument("--verify", action="store_true")
    p.add_argument("--yes", action="store_true")
    a = p.parse_args()

    token = os.environ.get("CLOUDFLARE_API_TOKEN")
    if not token:
        sys.exit("Set CLOUDFLARE_API_TOKEN (a token with Zone.Cache Purge only)")

    if a.verify:
        print(call("GET", "/user/tokens/verify", token))

    zid = zone_id(a.zone_name, token)
    urls = list(a.url)
    if a.url_file:
        with open(a.url_file) as fh:
            urls += [line.strip() for line in fh if line.strip()]

    if a.everything:
        if not a.yes and input(f"Purge EVERYTHING for {a.zone_name}? [y/N] ").lower() != "y":
            sys.exit("Aborted")
        print(call("POST", f"/zones/{zid}/purge_cache", token, {"purge_everything": True}))
        return
    for i in range(0, len(urls), 30):
        batch = urls[i:i + 30]
        call("POST", f"/zones/{zid}/purge_cache", token, {"files": batch})
        print(f"Purged {len(batch)} URLs")
    if a.prefix:
        call("POST", f"/zones/{zid}/purge_cache", token, {"prefixes": a.prefix})
        print(f"Purged prefixes: {', '.join(a.prefix)}")


if __name__ == "__main__":
    main()
