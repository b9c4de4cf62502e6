#!/usr/bin/env python3
"""Layered decoder for CTF blobs. Pure data transforms: nothing is executed."""
import base64
import binascii
import codecs
import gzip
import itertools
import string
import sys
import urllib.parse
import zlib

PRINTABLE = set(bytes(string.printable, "ascii"))


def score(b: bytes) -> float:
    if not b:
        return 0
    return sum(c in PRINTABLE for c in b) / len(b)


def tries(data: bytes):
    s = data.strip()
    for name, fn in [
        ("base64", lambda x: base64.b64decode(x + b"=" * (-len(x) % 4), validate=False)),
        ("base32", lambda x: base64.b32decode(x + b"=" * (-len(x) % 8))),
        ("base85", base64.b85decode),
        ("a85", base64.a85decode),
        ("hex", lambda x: binascii.unhexlify(x.replace(b" ", b""))),
        ("rot13", lambda x: codecs.encode(x.decode("latin1"), "rot13").encode("latin1")),
        ("url", lambda x: urllib.parse.unquote_to_bytes(x)),
        ("gzip", gzip.decompress),
        ("zlib", zlib.decompress),
    ]:
        try:
            out = fn(s)
            if out and out != s:
                yield name, out
        except Exception:
            pass
    best = max(((k, bytes(c ^ k for c in s)) for k in range(1, 256)), key=lambda kv: score(kv[1]))
    if score(best[1]) > 0.95:
        yield f"xor{best[0]:#04x}", best[1]


def auto(blob: bytes, depth=0, path=()):
    if b"flag{" in blob.lower() or b"ctf{" in blob.lower() or depth >= 8:
        print(" -> ".join(path) or "(raw)", ":", blob[:200])
        return
    found = False
    for name, out in tries(blob):
        if score(out) > 0.85 or name in ("gzip", "zlib"):
            found = True
            auto(out, depth + 1, path + (name,))
    if not found and path:
        print(" -> ".join(path), ":", blob[:200])


def hamming(a, b):
    return sum(bin(x ^ y).count("1") for x, y in zip(a, b))


def xor_break(ct: bytes, max_ks=40):
    cands = []
    for ks in range(2, min(max_ks, len(ct) // 4)):
        blocks = [ct[i:i + ks] for i in range(0, ks * 4, ks)]
        d = sum(hamming(a, b) / ks for a, b in itertools.combinations(blocks, 2)) / 6
        cands.append((d, ks))
    for _, ks in sorted(cands)[:3]:
        key = bytes(
            max(range(256), key=lambda k: score(bytes(c ^ k for c in ct[i::ks])))
            for i in range(ks)
        )
        pt = bytes(c ^ key[i % ks] for i, c in enumerate(ct))
        print(f"ks={ks} key={key!r}\n{pt[:300]!r}\n")


if __name__ == "__main__":
    if len(sys.argv) < 3:
        sys.exit("usage: decode.py auto <blob> | xor-break <hex>")
    mode, arg = sys.argv[1], sys.argv[2].encode()
    if mode == "auto":
        auto(arg)
    elif mode == "xor-break":
        xor_break(binascii.unhexlify(arg))
