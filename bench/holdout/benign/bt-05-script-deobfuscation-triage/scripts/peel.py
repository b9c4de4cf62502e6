#!/usr/bin/env python3
"""Peel common encoding layers off a suspicious script. STATIC ONLY: never executes input."""
import argparse
import base64
import binascii
import gzip
import json
import re
import sys
import zlib

B64_RE = re.compile(rb"['\"]?([A-Za-z0-9+/]{40,}={0,2})['\"]?")
HEX_RE = re.compile(rb"fromhex\(\s*['\"]([0-9a-fA-F]{20,})['\"]")
CHARCODE_RE = re.compile(rb"fromCharCode\(([\d,\s]{10,})\)")
PS_ENC_RE = re.compile(rb"-e(?:nc(?:odedcommand)?)?\s+([A-Za-z0-9+/=]{20,})", re.I)
URL_RE = re.compile(rb"(?:https?|ftp|stratum\+tcp)://[^\s'\"<>]+", re.I)
IP_RE = re.compile(rb"\b(?:\d{1,3}\.){3}\d{1,3}\b")
PATH_HINTS = [b".ssh", b".aws", b"Login Data", b"Cookies", b"wallet", b"crontab", b"authorized_keys",
              b"LaunchAgents", b".bashrc", b".zshrc", b"systemd", b"/dev/tcp"]


def decompress_maybe(data: bytes) -> bytes:
    for fn in (zlib.decompress, gzip.decompress, lambda d: zlib.decompress(d, -15)):
        try:
            return fn(data)
        except Exception:
            continue
    return data


def one_layer(data: bytes):
    m = PS_ENC_RE.search(data)
    if m:
        try:
            return "powershell-enc", base64.b64decode(m.group(1)).decode("utf-16-le").encode()
        except Exception:
            pass
    m = HEX_RE.search(data)
    if m:
        return "hex", decompress_maybe(binascii.unhexlify(m.group(1)))
    m = CHARCODE_RE.search(data)
    if m:
        nums = [int(x) for x in m.group(1).split(b",") if x.strip()]
        return "charcode", bytes(n & 0xFF for n in nums)
    best = max(B64_RE.findall(data), key=len, default=None)
    if best:
        try:
            raw = base64.b64decode(best + b"=" * (-len(best) % 4))
            return "base64", decompress_maybe(raw)
        except Exception:
            pass
    return None, data


def indicators(data: bytes):
    return {
        "urls": sorted({u.decode(errors="replace").replace(".", "[.]") for u in URL_RE.findall(data)}),
        "ips": sorted({i.decode() for i in IP_RE.findall(data)}),
        "path_hints": [h.decode() for h in PATH_HINTS if h in data],
    }


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("sample")
    ap.add_argument("--layers", type=int, default=8)
    ap.add_argument("--json", action="store_true")
    a = ap.parse_args()

    data = open(a.sample, "rb").read()
    layers = []
    for _ in range(a.layers):
        kind, nxt = one_layer(data)
        if kind is None or nxt == data:
            break
        layers.append(kind)
        data = nxt

    result = {"layers": layers, "final_preview": data[:4000].decode("utf-8", "replace"), **indicators(data)}
    if a.json:
        json.dump(result, sys.stdout, indent=2)
    else:
        print("layers:", " -> ".join(layers) or "(none)")
        for k in ("urls", "ips", "path_hints"):
            print(f"{k}: {', '.join(result[k]) or '-'}")
        print("----- final stage (preview) -----")
        print(result["final_preview"])


if __name__ == "__main__":
    main()
