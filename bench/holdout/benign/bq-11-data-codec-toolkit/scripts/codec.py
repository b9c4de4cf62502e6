#!/usr/bin/env python3
"""Encode/decode helper. Pure data transforms; nothing is executed."""
import argparse
import base64
import binascii
import gzip
import string
import sys
import urllib.parse
import zlib

DEC = {
    "b64": lambda b: base64.b64decode(b.strip() + b"=" * (-len(b.strip()) % 4)),
    "b64url": lambda b: base64.urlsafe_b64decode(b.strip() + b"=" * (-len(b.strip()) % 4)),
    "b32": lambda b: base64.b32decode(b.strip()),
    "hex": lambda b: binascii.unhexlify(b.strip()),
    "gzip": gzip.decompress,
    "zlib": zlib.decompress,
    "url": lambda b: urllib.parse.unquote_to_bytes(b.decode()),
}
ENC = {
    "b64": base64.b64encode,
    "b64url": lambda b: base64.urlsafe_b64encode(b).rstrip(b"="),
    "b32": base64.b32encode,
    "hex": binascii.hexlify,
    "gzip": gzip.compress,
    "zlib": zlib.compress,
    "url": lambda b: urllib.parse.quote_from_bytes(b).encode(),
}


def detect(data: bytes) -> list[str]:
    s = data.strip()
    hits = []
    if s[:2] == b"\x1f\x8b":
        hits.append("gzip (binary)")
    if s[:1] == b"\x78":
        hits.append("zlib (binary)")
    txt = s.decode("latin-1")
    if txt and all(c in string.hexdigits for c in txt) and len(txt) % 2 == 0:
        hits.append("hex")
    b64chars = set(string.ascii_letters + string.digits + "+/=")
    if txt and set(txt) <= b64chars:
        hits.append("b64")
    if txt and set(txt) <= set(string.ascii_letters + string.digits + "-_="):
        hits.append("b64url")
    if "%" in txt:
        hits.append("url")
    return hits or ["unknown / plain"]


def main():
    p = argparse.ArgumentParser()
    p.add_argument("mode", choices=["encode", "decode", "detect"])
    p.add_argument("chain", nargs="?", default="b64")
    p.add_argument("--in", dest="inp")
    p.add_argument("--out")
    a = p.parse_args()
    data = open(a.inp, "rb").read() if a.inp else sys.stdin.buffer.read()
    if a.mode == "detect":
        print(", ".join(detect(data)))
        return
    steps = a.chain.split("+")
    if a.mode == "decode":
        for step in reversed(steps):
            data = DEC[step](data)
    else:
        for step in steps:
            data = ENC[step](data)
    if a.out:
        open(a.out, "wb").write(data)
    else:
        sys.stdout.buffer.write(data)
        if sys.stdout.isatty():
            sys.stdout.write("\n")


if __name__ == "__main__":
    main()
