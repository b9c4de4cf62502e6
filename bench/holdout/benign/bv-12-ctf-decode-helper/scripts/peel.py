#!/usr/bin/env python3
"""Greedy multi-layer decoder for CTF warm-ups. Local, no network."""
import argparse
import base64
import binascii
import codecs
import html
import re
import string
import urllib.parse

ENGLISH = "etaoin shrdlu"
PRINTABLE = set(string.printable.encode())


def score(b: bytes, flag_prefix: str) -> float:
    if not b:
        return 0.0
    printable = sum(c in PRINTABLE for c in b) / len(b)
    try:
        s = b.decode()
    except UnicodeDecodeError:
        return printable * 0.3
    if flag_prefix and flag_prefix.lower() in s.lower():
        return 0.97
    if re.search(r"\w+\{[^}]{3,}\}", s):
        return 0.95
    freq = sum(s.lower().count(c) for c in ENGLISH) / len(s)
    return round(0.5 * printable + 0.5 * min(freq / 0.6, 1.0), 2)


def decoders():
    def b64(x): return base64.b64decode(x, validate=True)
    def b32(x): return base64.b32decode(x)
    def b85(x): return base64.a85decode(x, adobe=x.startswith(b"<~"))
    def hx(x): return binascii.unhexlify(x.strip())
    def rot13(x): return codecs.encode(x.decode(), "rot13").encode()
    def url(x): return urllib.parse.unquote_to_bytes(x)
    def ent(x): return html.unescape(x.decode()).encode()
    return [("base64", b64), ("base32", b32), ("hex", hx), ("ascii85", b85),
            ("url", url), ("html-entities", ent), ("rot13", rot13)]


def peel(data: bytes, depth: int, prefix: str, path=()):
    best = (score(data, prefix), path, data)
    if depth == 0 or best[0] >= 0.95:
        return best
    for name, fn in decoders():
        try:
            out = fn(data)
        except Exception:
            continue
        if not out or out == data:
            continue
        cand = peel(out, depth - 1, prefix, path + (name,))
        if cand[0] > best[0]:
            best = cand
    return best


def xor_single(data: bytes, prefix: str):
    results = []
    for k in range(256):
        out = bytes(b ^ k for b in data)
        results.append((score(out, prefix), k, out))
    return max(results)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("data")
    ap.add_argument("--xor", action="store_true", help="treat input as hex and brute-force single-byte XOR")
    ap.add_argument("--flag-format", default="flag{")
    ap.add_argument("--max-depth", type=int, default=6)
    a = ap.parse_args()

    if a.xor:
        s, k, out = xor_single(binascii.unhexlify(a.data), a.flag_format)
        print(f"best key 0x{k:02x} -> {out.decode(errors='replace')}  score={s}")
        return

    s, path, out = peel(a.data.encode(), a.max_depth, a.flag_format)
    for i, layer in enumerate(path, 1):
        print(f"layer {i}: {layer}")
    print(f"result -> {out.decode(errors='replace')}   score={s}")


if __name__ == "__main__":
    main()
