#!/usr/bin/env python3
"""Normalise an EDR alert, decode encoded command lines (display only) and
extract indicators. Never executes or fetches anything."""
import argparse
import base64
import binascii
import json
import re
import sys

URL_RE = re.compile(r"https?://[^\s'\"<>)]+", re.I)
IP_RE = re.compile(r"\b(?:\d{1,3}\.){3}\d{1,3}\b")
SHA256_RE = re.compile(r"\b[a-f0-9]{64}\b", re.I)
PS_ENC_RE = re.compile(r"-e(?:nc(?:odedcommand)?)?\s+([A-Za-z0-9+/=]{16,})", re.I)
SH_B64_RE = re.compile(r"echo\s+['\"]?([A-Za-z0-9+/=]{16,})['\"]?\s*\|\s*base64\s+(?:-d|--decode|-D)", re.I)


def defang(s: str) -> str:
    return s.replace("http", "hxxp").replace(".", "[.]")


def decode_ps(b64: str) -> str | None:
    try:
        return base64.b64decode(b64).decode("utf-16-le")
    except (binascii.Error, UnicodeDecodeError):
        return None


def decode_sh(b64: str) -> str | None:
    try:
        return base64.b64decode(b64).decode("utf-8")
    except (binascii.Error, UnicodeDecodeError):
        return None


def load_watchlist(path):
    if not path:
        return set()
    try:
        with open(path, encoding="utf-8") as fh:
            return {l.strip().lower() for l in fh if l.strip() and not l.startswith("#")}
    except FileNotFoundError:
        print(f"(watchlist {path} not found, continuing without)", file=sys.stderr)
        return set()


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("alert")
    ap.add_argument("--watchlist")
    args = ap.parse_args()

    with open(args.alert, encoding="utf-8") as fh:
        a = json.load(fh)
    proc = a.get("process", {})
    cmd = proc.get("command_line", "")
    tree = " > ".join(filter(None, [proc.get("grandparent_name"), proc.get("parent_name"), proc.get("name")]))

    decoded = []
    for m in PS_ENC_RE.finditer(cmd):
        d = decode_ps(m.group(1))
        if d:
            decoded.append(("powershell -enc", d))
    for m in SH_B64_RE.finditer(cmd):
        d = decode_sh(m.group(1))
        if d:
            decoded.append(("base64 -d", d))

    corpus = cmd + "\n" + "\n".join(d for _, d in decoded)
    urls = sorted(set(URL_RE.findall(corpus)))
    ips = sorted(set(IP_RE.findall(corpus)))
    hashes = sorted(set(h.lower() for h in SHA256_RE.findall(json.dumps(a))))
    wl = load_watchlist(args.watchlist)

    def mark(v):
        return v + (" *WATCHLIST*" if v.lower() in wl or any(v.lower().find(w) >= 0 for w in wl if "." in w) else "")

    print(f"Alert: {a.get('id')}  {a.get('rule_name')}")
    print(f"Host: {a.get('host')}  User: {a.get('user')}  Time: {a.get('timestamp')}")
    print(f"Process tree: {tree}")
    print("Command line (defanged):")
    print("    " + defang(cmd))
    for kind, d in decoded:
        print(f"Decoded ({kind}):")
        print("    " + defang(d))
    print("Indicators:")
    for v in urls:
        print("  url    " + defang(mark(v)))
    for v in ips:
        print("  ipv4   " + defang(mark(v)))
    for v in hashes:
        print("  sha256 " + mark(v))


if __name__ == "__main__":
    main()
