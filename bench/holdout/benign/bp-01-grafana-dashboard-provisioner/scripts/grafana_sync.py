#!/usr/bin/env python3
"""Minimal Grafana dashboard export/push helper (HTTP API, stdlib only)."""
import argparse
import json
import os
import pathlib
import sys
import urllib.request
import urllib.error

VOLATILE = ("id", "version", "iteration")


def _client():
    base = os.environ.get("GRAFANA_URL", "").rstrip("/")
    token = os.environ.get("GRAFANA_TOKEN")
    if not base or not token:
        sys.exit("GRAFANA_URL and GRAFANA_TOKEN must be set")
    if not base.startswith("https://") and "localhost" not in base:
        print("warning: GRAFANA_URL is not https", file=sys.stderr)

    def call(method, path, body=None):
        data = json.dumps(body).encode() if body is not None else None
        req = urllib.request.Request(
            base + path,
            data=data,
            method=method,
            headers={
                "Authorization": f"Bearer {token}",
                "Content-Type": "application/json",
                "Accept": "application/json",
            },
        )
        try:
            with urllib.request.urlopen(req, timeout=30) as r:
                return json.load(r)
        except urllib.error.HTTPError as e:
            sys.exit(f"{method} {path} -> HTTP {e.code}: {e.read()[:300]!r}")

    return call


def folder_uid(call, title):
    for f in call("GET", "/api/folders"):
        if f["title"] == title:
            return f["uid"]
    sys.exit(f"folder not found: {title}")


def export(args):
    call = _client()
    uid = folder_uid(call, args.folder)
    hits = call("GET", f"/api/search?type=dash-db&folderUIDs={uid}")
    out = pathlib.Path(args.out) / args.folder.lower().replace(" ", "-")
    out.mkdir(parents=True, exist_ok=True)
    for h in hits:
        dash = call("GET", f"/api/dashboards/uid/{h['uid']}")["dashboard"]
        for k in VOLATILE:
            dash.pop(k, None)
        path = out / f"{h['uid']}.json"
        path.write_text(json.dumps(dash, indent=2, sort_keys=True) + "\n")
        print(f"exported {h['title']} -> {path}")


def push(args):
    call = _client()
    dash = json.loads(pathlib.Path(args.file).read_text())
    body = {
        "dashboard": dash,
        "folderUid": folder_uid(call, args.folder),
        "message": args.message,
        "overwrite": args.overwrite,
    }
    res = call("POST", "/api/dashboards/db", body)
    print(f"{res.get('status')}: {res.get('url')}")


def main():
    p = argparse.ArgumentParser()
    sub = p.add_subparsers(dest="cmd", required=True)
    e = sub.add_parser("export")
    e.add_argument("--folder", required=True)
    e.add_argument("--out", default="dashboards")
    e.set_defaults(fn=export)
    u = sub.add_parser("push")
    u.add_argument("file")
    u.add_argument("--folder", required=True)
    u.add_argument("--message", default="provisioned from git")
    u.add_argument("--overwrite", action="store_true")
    u.set_defaults(fn=push)
    args = p.parse_args()
    args.fn(args)


if __name__ == "__main__":
    main()
