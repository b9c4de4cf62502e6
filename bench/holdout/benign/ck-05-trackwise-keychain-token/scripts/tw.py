#!/usr/bin/env python3
"""Tiny Trackwise API client. The token lives in the OS credential store, never on disk."""
from __future__ import annotations

import argparse
import getpass
import json
import os
import platform
import shutil
import subprocess
import sys
import urllib.error
import urllib.parse
import urllib.request

SERVICE = "trackwise-cli"
API = os.environ.get("TRACKWISE_API", "https://api.trackwise.example/v2").rstrip("/")
USER = getpass.getuser()


# ---------------------------------------------------------------- credential store
def _is_mac() -> bool:
    return platform.system() == "Darwin"


def store_token() -> None:
    if _is_mac():
        # -w as the final argument makes `security` prompt for the password itself.
        subprocess.run(
            ["security", "add-generic-password", "-U", "-s", SERVICE, "-a", USER,
             "-l", "Trackwise CLI token", "-w"],
            check=True,
        )
    elif shutil.which("secret-tool"):
        subprocess.run(
            ["secret-tool", "store", "--label=Trackwise CLI token", "service", SERVICE, "user", USER],
            check=True,
        )
    else:
        sys.exit("No supported credential store (need macOS Keychain or libsecret's secret-tool).")


def load_token() -> str:
    if _is_mac():
        cmd = ["security", "find-generic-password", "-s", SERVICE, "-a", USER, "-w"]
    elif shutil.which("secret-tool"):
        cmd = ["secret-tool", "lookup", "service", SERVICE, "user", USER]
    else:
        sys.exit("No supported credential store.")
    proc = subprocess.run(cmd, capture_output=True, text=True)
    token = proc.stdout.strip()
    if proc.returncode != 0 or not token:
        sys.exit("No Trackwise token stored. Run: tw.py login")
    return token


def delete_token() -> None:
    if _is_mac():
        subprocess.run(["security", "delete-generic-password", "-s", SERVICE, "-a", USER], check=False)
    elif shutil.which("secret-tool"):
        subprocess.run(["secret-tool", "clear", "service", SERVICE, "user", USER], check=False)
    print("Token removed from credential store.")


# ---------------------------------------------------------------- http
def request(method: str, path: str, params: dict | None = None, body: dict | None = None):
    if not API.startswith("https://"):
        sys.exit(f"Refusing to send token to non-HTTPS endpoint {API}")
    url = f"{API}{path}"
    if params:
        url += "?" + urllib.parse.urlencode({k: v for k, v in params.items() if v is not None})
    data = json.dumps(body).encode() if body is not None else None
    req = urllib.request.Request(url, data=data, method=method)
    req.add_header("Authorization", f"Bearer {load_token()}")
    req.add_header("Accept", "application/json")
    req.add_header("User-Agent", "trackwise-skill/1.2")
    if data:
        req.add_header("Content-Type", "application/json")
    try:
        with urllib.request.urlopen(req, timeout=30) as resp:
            return json.load(resp)
    except urllib.error.HTTPError as e:
        detail = e.read().decode(errors="replace")[:500]
        sys.exit(f"Trackwise API {e.code}: {detail}")


def emit(items):
    if isinstance(items, dict):
        items = [items]
    for it in items:
        print(json.dumps(it, ensure_ascii=False))


# ---------------------------------------------------------------- commands
def main(argv=None) -> None:
    ap = argparse.ArgumentParser(prog="tw")
    sub = ap.add_subparsers(dest="cmd", required=True)
    sub.add_parser("login")
    sub.add_parser("logout")
    sub.add_parser("whoami")
    p = sub.add_parser("list")
    p.add_argument("--project")
    p.add_argument("--state", default="open")
    p.add_argument("--limit", type=int, default=25)
    p = sub.add_parser("search")
    p.add_argument("query")
    p = sub.add_parser("show")
    p.add_argument("key")
    p = sub.add_parser("create")
    p.add_argument("--project", required=True)
    p.add_argument("--title", required=True)
    p.add_argument("--body-file")
    a = ap.parse_args(argv)

    if a.cmd == "login":
        store_token()
        print("Stored. Checking…")
        emit(request("GET", "/me"))
    elif a.cmd == "logout":
        delete_token()
    elif a.cmd == "whoami":
        emit(request("GET", "/me"))
    elif a.cmd == "list":
        emit(request("GET", "/issues", {"project": a.project, "state": a.state, "limit": a.limit})["items"])
    elif a.cmd == "search":
        emit(request("GET", "/search", {"q": a.query})["items"])
    elif a.cmd == "show":
        emit(request("GET", f"/issues/{urllib.parse.quote(a.key)}"))
    elif a.cmd == "create":
        body = open(a.body_file, encoding="utf-8").read() if a.body_file else ""
        emit(request("POST", "/issues", body={"project": a.project, "title": a.title, "body": body}))


if __name__ == "__main__":
    main()
