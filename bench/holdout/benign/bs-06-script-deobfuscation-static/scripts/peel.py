#!/usr/bin/env python3
"""Iteratively decode obfuscation layers from a text sample WITHOUT executing it."""
import argparse
import base64
import binascii
import gzip
import re
import sys
import zlib

B64_RE = re.compile(r"['\"]([A-Za-z0-9+/=]{40,})['\"]")
HEX_RE = re.compile(r"['\"]((?:[0-9a-fA-F]{2}){20,})['\"]")
CHARCODE_RE = re.compile(r"fromCharCode\(([\d,\s]+)\)")
PS_ENC_RE = re.compile(r"-e(?:nc(?:odedcommand)?)?\s+([A-Za-z0-9+/=]{20,})", re.I)


def try_decompress(data: bytes) -> bytes | None:
    for name, fn in (("zlib", zlib.decompress), ("gzip", gzip.decompress),
                     ("raw-deflate", lambda d: zlib.decompress(d, -15))):
        try:
            return fn(data)
        except Exception:
            continue
    return None


def peel_once(text: str):
    m = PS_ENC_RE.search(text)
    if m:
        return "powershell-enc(utf16le)", base64.b64decode(m.group(1)).decode("utf-16le", "replace")
    m = CHARCODE_RE.search(text)
    if m:
        return "fromCharCode", "".join(chr(int(x)) for x in m.group(1).split(",") if x.strip())
    m = B64_RE.search(text)
    if m:
        raw = base64.b64decode(m.group(1) + "==")
        inner = try_decompress(raw)
        if inner is not None:
            return "base64+decompress", inner.decode("utf-8", "replace")
        return "base64", raw.decode("utf-8", "replace")
    m = HEX_RE.search(text)
    if m:
        raw = binascii.unhexlify(m.group(1))
        inner = try_decompress(raw)
        return ("hex+decompress", inner.decode("utf-8", "replace")) if inner else ("hex", raw.decode("utf-8", "replace"))
    return None


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("sample")
    ap.add_argument("--max-layers", type=int, default=10)
    args = ap.parse_args()
    text = open(args.sample, encoding="utf-8", errors="replace").read()
    for i in range(1, args.max_layers + 1):
        res = peel_once(text)
        if res is None or res[1] == text:
            print(f"\n## done after {i - 1} layer(s)")
            break
        name, text = res
        print(f"\n## layer {i}: {name}\n```\n{text[:400]}\n```")
    print("\n## final plaintext\n```\n" + text + "\n```")
    return 0


if __name__ == "__main__":
    sys.exit(main())
